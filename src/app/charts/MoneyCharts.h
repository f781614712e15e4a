#pragma once

#include "domain/Money.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

class QChart;

namespace mutualise::app {

// The charts of the money pages, built from plain figures (amounts in minor units) that the pages read
// from storage. Each is titled, its money axis labelled in the currency, its numbers in the user's
// format; exact amounts are in the tooltips. When there is nothing to draw a builder gives no chart but
// the sentence to show instead.

// A built chart, or the sentence that stands in for it.
struct MoneyChart
{
    QString title;
    std::unique_ptr<QChart> chart; // null when there is nothing to draw
    QString emptyMessage; // set when there is nothing to draw

    bool hasChart() const { return chart != nullptr; }
};

// Contributions by member class over time: for each class, its amount in each period.
struct ClassAmounts
{
    QString className;
    QList<qint64> amounts; // one per period, minor units, net of reversals (so possibly negative)
};

struct ContributionsOverTime
{
    domain::Currency currency = domain::Currency::gbp();
    QStringList periods; // oldest first: "Apr 2025", "Q1 2025/26", "2025/26"
    QList<ClassAmounts> classes;
};

// One member's contributions, of which the ten largest are drawn.
struct ContributorAmount
{
    QString number; // the member number, to tell apart two members of the same name
    QString name;
    qint64 amount = 0;
};

struct Contributors
{
    domain::Currency currency = domain::Currency::gbp();
    QList<ContributorAmount> contributors; // any number, in any order
};

// One financial year's savings generated for members and the savings reinvested in public good.
struct YearSavings
{
    QString year; // "2025/26"
    qint64 saved = 0; // baseline less actual: negative when the members paid more through the mutual
    qint64 reinvested = 0;
};

struct SavingsByYear
{
    domain::Currency currency = domain::Currency::gbp();
    QList<YearSavings> years; // oldest first
};

struct CategoryAmount
{
    QString category; // "Digital inclusion"
    qint64 amount = 0;
};

struct ReinvestmentByCategory
{
    domain::Currency currency = domain::Currency::gbp();
    QList<CategoryAmount> categories;
};

struct ProjectProgress
{
    QString title;
    qint64 target = 0;
    qint64 granted = 0; // by the fund
    qint64 received = 0; // pledges paid and staff time seconded
};

struct ProjectsProgress
{
    domain::Currency currency = domain::Currency::gbp();
    QList<ProjectProgress> projects; // drawn top to bottom in this order
};

class MoneyCharts
{
    Q_DECLARE_TR_FUNCTIONS(MoneyCharts)

public:
    static constexpr qsizetype topContributorCount = 10;
    // The most characters of a name or title on an axis: wider labels would squeeze the bars at 900 pixels.
    static constexpr qsizetype maximumLabelLength = 32;

    // Stacked bars, one per period, a colour per class, negative net amounts below zero.
    static MoneyChart contributionsByClass(const ContributionsOverTime& input);
    // Horizontal bars of the ten largest contributors, the largest at the top (ties by name, then number);
    // long names cut in the middle. Members whose contributions come to nothing or less are left out.
    static MoneyChart topContributors(const Contributors& input);
    // Two bars for each financial year, saved and reinvested; a negative saving is drawn below zero.
    static MoneyChart savingsAndReinvestment(const SavingsByYear& input);
    // A donut of what each category received, largest first: its percentage on the ring, and the category
    // with its amount and percentage in the legend. Categories that received nothing (or less) are left out.
    static MoneyChart reinvestmentByCategory(const ReinvestmentByCategory& input);
    // A horizontal bar for each project: granted and received against its target, which is marked, and
    // the percentage reached in the project's label.
    static MoneyChart projectProgress(const ProjectsProgress& input);

    // A name or title cut in the middle when it is longer than maximumLabelLength characters, its control
    // characters made visible: "Rhondda Cynon Taf…Borough Council".
    static QString shortLabel(const QString& text);
    // `part` as a percentage of `whole`, rounded to one decimal half away from zero: "23.4%"; exact.
    static QString percentText(qint64 part, qint64 whole);
    // `amount` as a whole percentage of `target`, rounded down so that a project short of its target
    // never reads 100%.
    static qint64 percentReached(qint64 amount, qint64 target);
};

} // namespace mutualise::app
