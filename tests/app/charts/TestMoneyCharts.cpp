#include "app/charts/ChartPanel.h"
#include "app/charts/ChartView.h"
#include "app/charts/MoneyAxis.h"
#include "app/charts/MoneyCharts.h"
#include "app/dashboard/ContributionChart.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QFile>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QImage>
#include <QLegend>
#include <QLegendMarker>
#include <QMenu>
#include <QPieSeries>
#include <QPieSlice>
#include <QScatterSeries>
#include <QStackedBarSeries>
#include <QTemporaryDir>
#include <QTest>
#include <QToolTip>
#include <QValueAxis>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;
using namespace mutualise;
using app::MoneyCharts;

namespace {

// Six Welsh and English councils and their offices, some with long names, for the top ten and the
// pictures looked at.
app::Contributors sampleContributors()
{
    app::Contributors input;
    const QStringList names { u"Cardiff Council"_s,
                              u"Royal Borough of Kensington and Chelsea"_s,
                              u"Council of the Isles of Scilly"_s,
                              u"Rhondda Cynon Taf County Borough Council"_s,
                              u"Shire Digital Staff Co-operative"_s,
                              u"Bristol City Council"_s,
                              u"Powys County Council"_s,
                              u"North Yorkshire Council"_s,
                              u"Gwynedd Council"_s,
                              u"Conwy County Borough Council"_s,
                              u"Monmouthshire County Council"_s,
                              u"Ceredigion County Council"_s };
    for (qsizetype i = 0; i < names.size(); ++i) {
        // 1,000,000p (£10,000) down by 70,000p a member: the twelfth gives 230,000p (£2,300).
        input.contributors.append({ u"C%1"_s.arg(static_cast<int>(i + 1), 3, 10, QChar(u'0')), names.at(i),
                                    1'000'000 - 70'000 * static_cast<qint64>(i) });
    }
    return input;
}

app::ContributionsOverTime sampleContributions(int periods)
{
    app::ContributionsOverTime input;
    const QDate first(2024, 4, 1);
    for (int i = 0; i < periods; ++i) {
        input.periods.append(QLocale().toString(first.addMonths(i), u"MMM yyyy"_s));
    }
    const QStringList classes { u"Founding council"_s, u"Council"_s, u"Community"_s, u"Staff"_s };
    for (qsizetype c = 0; c < classes.size(); ++c) {
        app::ClassAmounts amounts { classes.at(c), {} };
        for (int i = 0; i < periods; ++i) {
            amounts.amounts.append(100'000 * (c + 1) + 25'000 * (i % 5));
        }
        input.classes.append(amounts);
    }
    return input;
}

app::SavingsByYear sampleSavings()
{
    app::SavingsByYear input;
    input.years = { { u"2021/22"_s, 4'500'000, 0 },
                    { u"2022/23"_s, 6'200'000, 2'000'000 },
                    // The first year of the licence cost the members more than buying alone.
                    { u"2023/24"_s, -1'250'000, 3'000'000 },
                    { u"2024/25"_s, 8'800'000, 2'500'000 },
                    { u"2025/26"_s, 9'400'000, 4'000'000 } };
    return input;
}

app::ReinvestmentByCategory sampleCategories()
{
    app::ReinvestmentByCategory input;
    input.categories = {
        { u"Community funding"_s, 5'000'000 }, { u"Innovation"_s, 2'500'000 }, { u"Research"_s, 1'500'000 },
        { u"Digital inclusion"_s, 800'000 },   { u"Skills"_s, 200'000 },       { u"Heritage"_s, 0 }
    };
    return input;
}

app::ProjectsProgress sampleProjects()
{
    app::ProjectsProgress input;
    input.projects
        = { { u"Library digital hub"_s, 2'000'000, 1'000'000, 500'000 },
            { u"Care-leavers' laptop scheme for the Valleys and the coast"_s, 1'500'000, 1'500'000, 300'000 },
            { u"Open-source planning portal"_s, 4'000'000, 500'000, 0 },
            { u"Apprenticeships in data"_s, 1'000'000, 0, 0 } };
    return input;
}

QStringList categoriesOf(const QChart& chart, Qt::Orientation orientation)
{
    const auto axes = chart.axes(orientation);
    for (QAbstractAxis* axis : axes) {
        if (auto* categories = qobject_cast<QBarCategoryAxis*>(axis)) {
            return categories->categories();
        }
    }
    return {};
}

QValueAxis* valueAxisOf(const QChart& chart, Qt::Orientation orientation)
{
    const auto axes = chart.axes(orientation);
    return axes.isEmpty() ? nullptr : qobject_cast<QValueAxis*>(axes.constFirst());
}

} // namespace

class TestMoneyCharts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void tickStepsAreRound_data();
    void tickStepsAreRound();
    void axisCountsInThousandsOnceLarge();
    void percentagesAreExact();
    void contributionsStackOnePeriodPerBar();
    void contributionsNameEverySixthOfTenYearsOfMonths();
    void contributionsReversedBelowZero();
    void topTenLargestAtTheTop();
    void topTenCutsLongNamesInTheMiddle();
    void topTenTellsApartMembersOfTheSameName();
    void savingsNegativeYearBelowZero();
    void reinvestmentSlicesWithAmountsAndPercentages();
    void reinvestmentLegendEscapesNames();
    void namesAreShownAsTyped();
    void projectsAgainstTheirTargets();
    void everyChartHasASentenceWhenEmpty();
    void savesPngAtTheViewsSize();
    void savesSvgWithTheTitle();
    void axisNumbersHaveThousandsSeparators();
    void refusesToWriteOverTheMutual();
    void suggestsTheTitleAndAddsTheSuffix();
    void keyboardOpensTheSaveMenu();
    void dashboardChartCanBeSaved();

private:
    app::ChartPanel* showInPanel(app::MoneyChart chart, QSize size = QSize(900, 575));

    QTemporaryDir m_dir;
    std::unique_ptr<app::ChartPanel> m_panel;
};

void TestMoneyCharts::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    QVERIFY(m_dir.isValid());
}

void TestMoneyCharts::cleanup()
{
    m_panel.reset();
}

app::ChartPanel* TestMoneyCharts::showInPanel(app::MoneyChart chart, QSize size)
{
    m_panel = std::make_unique<app::ChartPanel>();
    m_panel->showChart(std::move(chart));
    m_panel->resize(size);
    m_panel->show();
    if (!QTest::qWaitForWindowExposed(m_panel.get())) {
        return nullptr;
    }
    return m_panel.get();
}

void TestMoneyCharts::tickStepsAreRound_data()
{
    QTest::addColumn<qint64>("atLeast");
    QTest::addColumn<qint64>("step");
    // The smallest of 1, 2, 2.5 or 5 times a power of ten that is not below it.
    QTest::newRow("£2,500") << qint64(250'000) << qint64(250'000); // 2.5 x 10^5 exactly
    QTest::newRow("£2,500.01") << qint64(250'001) << qint64(500'000);
    QTest::newRow("£21,300") << qint64(2'130'000) << qint64(2'500'000);
    QTest::newRow("£26.88") << qint64(2'688) << qint64(5'000);
    QTest::newRow("£0.11") << qint64(11) << qint64(20);
    QTest::newRow("3p") << qint64(3) << qint64(5); // never 2.5p
    QTest::newRow("1p") << qint64(1) << qint64(1);
    QTest::newRow("nothing") << qint64(0) << qint64(1);
    // 9,223,372,036,854,775,807 / 4 rounded up is 2.3 x 10^18: 2.5 x 10^18, with no overflow on the way.
    QTest::newRow("largest") << std::numeric_limits<qint64>::max() / 4 + 1
                             << qint64(2'500'000'000'000'000'000);
    // 9.2 x 10^18 itself: 10^19 would overflow, so the power of ten it is at least.
    QTest::newRow("beyond") << std::numeric_limits<qint64>::max() << qint64(1'000'000'000'000'000'000);
}

void TestMoneyCharts::tickStepsAreRound()
{
    QFETCH(qint64, atLeast);
    QFETCH(qint64, step);
    QCOMPARE(app::MoneyAxis::roundStep(atLeast), step);
}

void TestMoneyCharts::axisCountsInThousandsOnceLarge()
{
    const domain::Currency pound = domain::Currency::gbp();
    // £1,999.99 stays in pounds; the axis reaches the next whole step of £500 above it.
    const app::MoneyAxis small(0, 199'999, pound);
    QCOMPARE(small.unit(), u"£"_s);
    QCOMPARE(small.minorPerUnit(), 100);
    QCOMPARE(small.step(), 50'000); // 199,999 / 5 = 40,000 rounded up to a round step; four steps
    QCOMPARE(small.high(), 200'000);
    QCOMPARE(small.title(), u"Amount (£)"_s);
    // £94,000 with a loss of £12,500: thousands, a step of £25,000 shown as 25, from -25 to 100.
    const app::MoneyAxis large(-1'250'000, 9'400'000, pound);
    QCOMPARE(large.unit(), u"£ thousands"_s);
    QCOMPARE(large.minorPerUnit(), 100'000);
    // (9,400,000 + 1,250,000) / 5 = 2,130,000, rounded up to 2,500,000: four steps up and one down.
    QCOMPARE(large.step(), 2'500'000);
    QCOMPARE(large.low(), -2'500'000);
    QCOMPARE(large.high(), 10'000'000);
    QCOMPARE(large.decimals(), 0);
    QValueAxis* axis = large.createAxis();
    QCOMPARE(axis->min(), -25.0);
    QCOMPARE(axis->max(), 100.0);
    QCOMPARE(axis->tickInterval(), 25.0);
    QCOMPARE(axis->titleText(), u"Amount (£ thousands)"_s);
    delete axis;
    // £2,000,000 and more: millions.
    QCOMPARE(app::MoneyAxis(0, 200'000'000, pound).unit(), u"£ millions"_s);
    // A step of £2,500 on an axis of £ thousands is 2.5: one decimal in the labels.
    const app::MoneyAxis fractional(0, 1'250'000, pound);
    QCOMPARE(fractional.step(), 250'000); // 1,250,000 / 5
    QCOMPARE(fractional.decimals(), 1);
}

void TestMoneyCharts::percentagesAreExact()
{
    QCOMPARE(MoneyCharts::percentText(1, 3), u"33.3%"_s); // 33.33...
    QCOMPARE(MoneyCharts::percentText(2, 3), u"66.7%"_s); // 66.66... rounds up
    QCOMPARE(MoneyCharts::percentText(1, 8), u"12.5%"_s); // exactly 12.5
    QCOMPARE(MoneyCharts::percentText(1, 1600), u"0.1%"_s); // 0.0625 rounds to 0.1
    // No overflow where the amounts fill 64 bits.
    const qint64 largest = std::numeric_limits<qint64>::max();
    QCOMPARE(MoneyCharts::percentText(largest / 2, largest), u"50.0%"_s);
    QCOMPARE(MoneyCharts::percentReached(1'999'999, 2'000'000), 99); // 99.99995 never reads 100
    QCOMPARE(MoneyCharts::percentReached(2'000'000, 2'000'000), 100);
    QCOMPARE(MoneyCharts::percentReached(3'000'000, 2'000'000), 150);
    QCOMPARE(MoneyCharts::percentReached(largest, largest), 100);
}

void TestMoneyCharts::contributionsStackOnePeriodPerBar()
{
    const app::MoneyChart built = MoneyCharts::contributionsByClass(sampleContributions(12));
    QVERIFY(built.hasChart());
    QVERIFY(built.emptyMessage.isEmpty());
    QCOMPARE(built.title, u"Contributions by class"_s);
    QCOMPARE(built.chart->title(), built.title);
    QCOMPARE(built.chart->series().size(), 1);
    auto* series = qobject_cast<QStackedBarSeries*>(built.chart->series().constFirst());
    QVERIFY(series);
    QCOMPARE(series->count(), 4); // a set per class
    QCOMPARE(series->barSets().constFirst()->label(), u"Founding council"_s);
    QCOMPARE(series->barSets().constFirst()->count(), 12);
    QCOMPARE(categoriesOf(*built.chart, Qt::Horizontal).size(), 12);
    QCOMPARE(categoriesOf(*built.chart, Qt::Horizontal).constFirst(), u"Apr 2024"_s);
    QValueAxis* amounts = valueAxisOf(*built.chart, Qt::Vertical);
    QVERIFY(amounts);
    QVERIFY(amounts->titleText().contains(u"£"_s));
    // The tallest stack: 100,000 x (1 + 2 + 3 + 4) + 4 x 25,000 x 4 = 1,400,000p, £14,000: in thousands.
    QCOMPARE(amounts->titleText(), u"Amount (£ thousands)"_s);
    QCOMPARE(series->barSets().at(3)->at(4), 5.0); // 400,000 + 100,000 = 500,000p = £5 thousand
    QVERIFY(amounts->max() >= 14.0);
    QCOMPARE(amounts->min(), 0.0);
}

void TestMoneyCharts::contributionsNameEverySixthOfTenYearsOfMonths()
{
    const app::MoneyChart built = MoneyCharts::contributionsByClass(sampleContributions(120));
    const QStringList periods = categoriesOf(*built.chart, Qt::Horizontal);
    QCOMPARE(periods.size(), 120); // a bar for every month
    // 120 months named would be drawn over one another: every 6th (120 / 6 = 20, at most 24) is named.
    QCOMPARE(periods.at(0), u"Apr 2024"_s);
    QCOMPARE(periods.at(6), u"Oct 2024"_s);
    QCOMPARE(periods.at(12), u"Apr 2025"_s);
    QCOMPARE(periods.at(1).trimmed(), QString(2, QChar(0x200B))); // unnamed, and unlike its neighbours
    QCOMPARE(QStringList(periods).removeDuplicates(), 0);
    // Twenty-four months are all named.
    QCOMPARE(
        categoriesOf(*MoneyCharts::contributionsByClass(sampleContributions(24)).chart, Qt::Horizontal).at(1),
        u"May 2024"_s);
}

void TestMoneyCharts::contributionsReversedBelowZero()
{
    app::ContributionsOverTime input;
    input.periods = { u"2024/25"_s, u"2025/26"_s };
    // The community's subscription of 2024/25 reversed in 2025/26: -30,000p drawn under the axis.
    input.classes = { { u"Council"_s, { 100'000, 50'000 } }, { u"Community"_s, { 30'000, -30'000 } } };
    const app::MoneyChart built = MoneyCharts::contributionsByClass(input);
    QVERIFY(built.hasChart());
    auto* series = qobject_cast<QStackedBarSeries*>(built.chart->series().constFirst());
    QCOMPARE(series->barSets().at(1)->at(1), -300.0); // £300 below zero
    QValueAxis* amounts = valueAxisOf(*built.chart, Qt::Vertical);
    QCOMPARE(amounts->titleText(), u"Amount (£)"_s);
    QVERIFY2(amounts->min() <= -300.0, qPrintable(QString::number(amounts->min())));
}

void TestMoneyCharts::topTenLargestAtTheTop()
{
    app::Contributors input = sampleContributors();
    // In no order, with a tie: Gwynedd (9th, 440,000p) and a newcomer with the same amount sort by name.
    std::reverse(input.contributors.begin(), input.contributors.end());
    input.contributors.append({ u"C900"_s, u"Anglesey Council"_s, 440'000 });
    input.contributors.append({ u"C901"_s, u"Nobody"_s, 0 });
    const app::MoneyChart built = MoneyCharts::topContributors(input);
    QVERIFY(built.hasChart());
    QCOMPARE(built.title, u"Largest contributors"_s);
    auto* series = qobject_cast<QHorizontalBarSeries*>(built.chart->series().constFirst());
    QVERIFY(series);
    QCOMPARE(series->count(), 1);
    QBarSet* set = series->barSets().constFirst();
    QCOMPARE(set->count(), 10);
    const QStringList names = categoriesOf(*built.chart, Qt::Vertical);
    QCOMPARE(names.size(), 10);
    // The axis runs bottom up: the last category is drawn at the top.
    QCOMPARE(names.constLast(), u"Cardiff Council"_s); // 1,000,000p
    // Gwynedd, ninth, gives 1,000,000 - 8 x 70,000 = 440,000p as Anglesey does: by name, Anglesey above.
    QCOMPARE(names.at(1), u"Anglesey Council"_s);
    QCOMPARE(names.constFirst(), u"Gwynedd Council"_s);
    QVERIFY(
        !names.contains(u"Conwy County Borough Council"_s)); // tenth of the sample: 370,000p, eleventh here
    for (int i = 1; i < set->count(); ++i) {
        QVERIFY(set->at(i - 1) <= set->at(i));
    }
    QValueAxis* amounts = valueAxisOf(*built.chart, Qt::Horizontal);
    QVERIFY(amounts->titleText().contains(u"£"_s));
    QCOMPARE(set->at(9), 10.0); // £10,000 in thousands
    QVERIFY(amounts->max() > 10.0); // room for the figure at the end of the bar
}

void TestMoneyCharts::topTenCutsLongNamesInTheMiddle()
{
    app::Contributors input;
    const QString longName = u"The Royal Borough of Kensington and Chelsea Tenant Management Organisation"_s;
    input.contributors = { { u"C001"_s, longName, 500'000 }, { u"C002"_s, u"Cardiff Council"_s, 100'000 } };
    const app::MoneyChart built = MoneyCharts::topContributors(input);
    const QString shown = categoriesOf(*built.chart, Qt::Vertical).constLast();
    QVERIFY2(shown.contains(u'…') && shown.size() < longName.size(), qPrintable(shown));
    // 74 characters: the first 15 and the last 15 about an ellipsis, 31 in all (at most 32).
    QCOMPARE(shown, u"The Royal Borou…nt Organisation"_s);
    // The bar's tooltip names the member in full with the exact amount.
    QBarSet* set
        = qobject_cast<QHorizontalBarSeries*>(built.chart->series().constFirst())->barSets().constFirst();
    Q_EMIT set->hovered(true, 1);
    // The tooltip is written as markup with the text escaped, its line break a <br>.
    QCOMPARE(QToolTip::text(), u"<html>%1 (C001)<br>£5,000.00</html>"_s.arg(longName));
    Q_EMIT set->hovered(false, 1);
}

void TestMoneyCharts::topTenTellsApartMembersOfTheSameName()
{
    app::Contributors input;
    input.contributors
        = { { u"C001"_s, u"Parish Council"_s, 500'000 }, { u"C002"_s, u"Parish Council"_s, 100'000 } };
    const app::MoneyChart built = MoneyCharts::topContributors(input);
    QCOMPARE(categoriesOf(*built.chart, Qt::Vertical),
             (QStringList { u"Parish Council (C002)"_s, u"Parish Council (C001)"_s }));
}

void TestMoneyCharts::savingsNegativeYearBelowZero()
{
    const app::MoneyChart built = MoneyCharts::savingsAndReinvestment(sampleSavings());
    QVERIFY(built.hasChart());
    QCOMPARE(built.title, u"Savings generated and reinvested"_s);
    auto* series = qobject_cast<QBarSeries*>(built.chart->series().constFirst());
    QVERIFY(series);
    QCOMPARE(series->count(), 2);
    QCOMPARE(series->barSets().at(0)->label(), u"Savings generated"_s);
    QCOMPARE(series->barSets().at(1)->label(), u"Savings reinvested"_s);
    QCOMPARE(categoriesOf(*built.chart, Qt::Horizontal).size(), 5);
    // 2023/24 saved -1,250,000p: -12.5 on an axis of £ thousands, which reaches below it.
    QCOMPARE(series->barSets().at(0)->at(2), -12.5);
    QValueAxis* amounts = valueAxisOf(*built.chart, Qt::Vertical);
    QCOMPARE(amounts->titleText(), u"Amount (£ thousands)"_s);
    // As axisCountsInThousandsOnceLarge works out: steps of £25,000 from -£25,000 to £100,000.
    QCOMPARE(amounts->min(), -25.0);
    QCOMPARE(amounts->max(), 100.0);
}

void TestMoneyCharts::reinvestmentSlicesWithAmountsAndPercentages()
{
    const app::MoneyChart built = MoneyCharts::reinvestmentByCategory(sampleCategories());
    QVERIFY(built.hasChart());
    QCOMPARE(built.title, u"Reinvestment by category"_s);
    auto* series = qobject_cast<QPieSeries*>(built.chart->series().constFirst());
    QVERIFY(series);
    QCOMPARE(series->count(), 5); // Heritage received nothing and has no slice
    // 10,000,000p in all: community funding 5,000,000 is 50.0%, skills 200,000 is 2.0%. The ring shows the
    // percentage, the legend the category, its amount and its percentage.
    QCOMPARE(series->slices().constFirst()->label(), u"50.0%"_s);
    const auto markers = built.chart->legend()->markers(series);
    QCOMPARE(markers.size(), 5);
    QCOMPARE(markers.constFirst()->label(), u"Community funding<br>£50,000.00 (50.0%)"_s);
    QCOMPARE(markers.constLast()->label(), u"Skills<br>£2,000.00 (2.0%)"_s);
    QVERIFY(series->slices().constFirst()->isLabelVisible());
    QVERIFY(!series->slices().constLast()->isLabelVisible()); // under 5%: named in the legend only
    QVERIFY(built.chart->legend()->isVisible());
}

// Axes, legends and tooltips read their text as rich text: a class or member named like markup is
// shown as typed.
void TestMoneyCharts::namesAreShownAsTyped()
{
    app::ContributionsOverTime contributions;
    contributions.periods = { u"2025/26"_s };
    contributions.classes = { { u"Councils <5,000 & more"_s, { 100000 } } };
    const app::MoneyChart stacked = MoneyCharts::contributionsByClass(contributions);
    QVERIFY(stacked.hasChart());
    auto* series = qobject_cast<QStackedBarSeries*>(stacked.chart->series().constFirst());
    QVERIFY(series);
    QCOMPARE(series->barSets().constFirst()->label(), u"Councils &lt;5,000 &amp; more"_s);

    app::Contributors contributors;
    contributors.contributors = { { u"C001"_s, u"<b>Bold</b> Council"_s, 500000 } };
    const app::MoneyChart top = MoneyCharts::topContributors(contributors);
    QVERIFY(top.hasChart());
    auto* names = qobject_cast<QBarCategoryAxis*>(top.chart->axes(Qt::Vertical).constFirst());
    QVERIFY(names);
    QCOMPARE(names->categories(), QStringList { u"&lt;b&gt;Bold&lt;/b&gt; Council"_s });
    QBarSet* set
        = qobject_cast<QHorizontalBarSeries*>(top.chart->series().constFirst())->barSets().constFirst();
    Q_EMIT set->hovered(true, 0);
    QCOMPARE(QToolTip::text(), u"<html>&lt;b&gt;Bold&lt;/b&gt; Council (C001)<br>£5,000.00</html>"_s);
    Q_EMIT set->hovered(false, 0);
}

// The legend reads its labels as rich text: a category's name is shown as typed, never as markup.
void TestMoneyCharts::reinvestmentLegendEscapesNames()
{
    app::ReinvestmentByCategory input;
    input.categories = { { u"R&D <b>bold</b>"_s, 150000 } };
    const app::MoneyChart built = MoneyCharts::reinvestmentByCategory(input);
    QVERIFY(built.hasChart());
    auto* series = qobject_cast<QPieSeries*>(built.chart->series().constFirst());
    QVERIFY(series);
    QCOMPARE(built.chart->legend()->markers(series).constFirst()->label(),
             u"R&amp;D &lt;b&gt;bold&lt;/b&gt;<br>£1,500.00 (100.0%)"_s);
}

void TestMoneyCharts::projectsAgainstTheirTargets()
{
    const app::MoneyChart built = MoneyCharts::projectProgress(sampleProjects());
    QVERIFY(built.hasChart());
    QCOMPARE(built.title, u"Projects and their targets"_s);
    QCOMPARE(built.chart->series().size(), 2);
    auto* bars = qobject_cast<QHorizontalStackedBarSeries*>(built.chart->series().at(0));
    QVERIFY(bars);
    QCOMPARE(bars->count(), 3); // granted, pledged and seconded, still to raise
    auto* targets = qobject_cast<QScatterSeries*>(built.chart->series().at(1));
    QVERIFY(targets);
    QCOMPARE(targets->count(), 4);
    const QStringList projects = categoriesOf(*built.chart, Qt::Vertical);
    QCOMPARE(projects.size(), 4);
    // The first project is drawn at the top, the last category: (1,000,000 + 500,000) / 2,000,000 = 75%.
    QCOMPARE(projects.constLast(), u"Library digital hub (75%)"_s);
    // (1,500,000 + 300,000) / 1,500,000 = 120%: over its target, nothing left to raise.
    QVERIFY(projects.at(2).endsWith(u"(120%)"_s));
    QCOMPARE(projects.constFirst(), u"Apprenticeships in data (0%)"_s);
    // The first project's bar: 10 granted, 5 received, 5 still to raise; its target marked at 20 (£
    // thousands).
    QCOMPARE(bars->barSets().at(0)->at(3), 10.0);
    QCOMPARE(bars->barSets().at(1)->at(3), 5.0);
    QCOMPARE(bars->barSets().at(2)->at(3), 5.0);
    QCOMPARE(bars->barSets().at(2)->at(2), 0.0);
    QCOMPARE(targets->at(3), QPointF(20.0, 3.0));
    QVERIFY(valueAxisOf(*built.chart, Qt::Horizontal)->titleText().contains(u"£"_s));
}

void TestMoneyCharts::everyChartHasASentenceWhenEmpty()
{
    app::ContributionsOverTime noContributions = sampleContributions(3);
    for (app::ClassAmounts& amounts : noContributions.classes) {
        amounts.amounts.fill(0);
    }
    app::SavingsByYear noSavings;
    noSavings.years = { { u"2025/26"_s, 0, 0 } };
    app::ReinvestmentByCategory noGrants;
    noGrants.categories = { { u"Skills"_s, 0 } };
    const std::pair<app::MoneyChart, QString> charts[] = {
        { MoneyCharts::contributionsByClass(noContributions), u"No contributions have been recorded yet."_s },
        { MoneyCharts::topContributors({}), u"No member has contributed yet."_s },
        { MoneyCharts::savingsAndReinvestment(noSavings), u"No savings have been recorded yet."_s },
        { MoneyCharts::reinvestmentByCategory(noGrants), u"Nothing has been reinvested yet."_s },
        { MoneyCharts::projectProgress({}), u"No projects have been proposed yet."_s },
    };
    for (const auto& [built, sentence] : charts) {
        QVERIFY2(!built.hasChart(), qPrintable(built.title));
        QVERIFY2(built.emptyMessage.startsWith(sentence), qPrintable(built.emptyMessage));
        QVERIFY(!built.title.isEmpty());
    }
    app::ChartPanel panel;
    panel.showChart(MoneyCharts::topContributors({}));
    QVERIFY(!panel.isShowingChart());
    QVERIFY(panel.message().startsWith(u"No member has contributed yet."_s));
}

void TestMoneyCharts::savesPngAtTheViewsSize()
{
    app::ChartPanel* panel
        = showInPanel(MoneyCharts::savingsAndReinvestment(sampleSavings()), QSize(900, 575));
    QVERIFY(panel);
    app::ChartView* view = panel->chartView();
    const QString path = m_dir.filePath(u"savings.png"_s);
    QVERIFY(view->saveChartAs(path, app::ChartFileFormat::Png));
    QImage image;
    QVERIFY(image.load(path));
    const qreal ratio = view->devicePixelRatioF();
    const QSizeF chartSize = view->chart()->size();
    QCOMPARE(image.size(), QSize(qCeil(chartSize.width() * ratio), qCeil(chartSize.height() * ratio)));
    QCOMPARE(chartSize.toSize(), view->viewport()->size());
    // Not a blank page: the white background and some darker ink of bars and text.
    QCOMPARE(image.pixelColor(0, 0), QColor(Qt::white));
    bool hasInk = false;
    for (int y = 0; y < image.height() && !hasInk; y += 3) {
        for (int x = 0; x < image.width() && !hasInk; x += 3) {
            hasInk = qGray(image.pixel(x, y)) < 128;
        }
    }
    QVERIFY(hasInk);
}

void TestMoneyCharts::savesSvgWithTheTitle()
{
    app::ChartPanel* panel = showInPanel(MoneyCharts::projectProgress(sampleProjects()));
    QVERIFY(panel);
    const QString path = m_dir.filePath(u"projects.svg"_s);
    QVERIFY(panel->chartView()->saveChartAs(path, app::ChartFileFormat::Svg));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray svg = file.readAll();
    QXmlStreamReader reader(svg);
    bool hasSvgElement = false;
    QString text;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement() && reader.name() == u"svg"_s) {
            hasSvgElement = true;
        }
        if (reader.isCharacters()) {
            text += reader.text();
        }
    }
    QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
    QVERIFY(hasSvgElement);
    QVERIFY2(text.contains(u"Projects and their targets"_s), qPrintable(text.left(400)));
    QVERIFY(text.contains(u"Library digital hub (75%)"_s));
}

// The axis in the user's number format: with en_GB, "1,500" under a bar of £1,800.
void TestMoneyCharts::axisNumbersHaveThousandsSeparators()
{
    app::ContributionsOverTime input;
    input.periods = { u"2025/26"_s };
    // 180,000p is £1,800: an axis in pounds, steps of 180,000 / 5 = 36,000 rounded to 50,000p (£500).
    input.classes = { { u"Council"_s, { 180'000 } } };
    app::ChartPanel* panel = showInPanel(MoneyCharts::contributionsByClass(input));
    QVERIFY(panel);
    QVERIFY(panel->chartView()->chart()->localizeNumbers());
    const QString path = m_dir.filePath(u"separators.svg"_s);
    QVERIFY(panel->chartView()->saveChartAs(path, app::ChartFileFormat::Svg));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray svg = file.readAll();
    QVERIFY(svg.contains("1,500"));
    QVERIFY(svg.contains("2,000"));
    QVERIFY(!svg.contains("1500"));
}

void TestMoneyCharts::refusesToWriteOverTheMutual()
{
    app::ChartPanel* panel = showInPanel(MoneyCharts::topContributors(sampleContributors()));
    QVERIFY(panel);
    const QString mutualPath = m_dir.filePath(u"council.mutual"_s);
    QFile mutual(mutualPath);
    QVERIFY(mutual.open(QIODevice::WriteOnly));
    const QByteArray content = "SQLite format 3\0 pretend records"_ba;
    mutual.write(content);
    mutual.close();
    app::ChartView* view = panel->chartView();
    view->setMutualPath(mutualPath);
    QStringList errors;
    view->setErrorPresenter([&errors](const QString& title, const QString& message) {
        errors.append(title + u": "_s + message);
    });
    view->setSavePathChooser([&mutualPath](const QString&, app::ChartFileFormat) { return mutualPath; });
    view->chooseAndSave(app::ChartFileFormat::Png);
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.constFirst().startsWith(u"Chart Not Saved: “%1” is the open mutual"_s.arg(mutualPath)),
             qPrintable(errors.constFirst()));
    // Nor through its journal beside it, nor as SVG.
    QVERIFY(!view->saveChartAs(mutualPath + u"-wal"_s, app::ChartFileFormat::Svg));
    QCOMPARE(errors.size(), 2);
    QVERIFY(errors.constLast().contains(u"SQLite keeps beside"_s));
    QVERIFY(mutual.open(QIODevice::ReadOnly));
    QCOMPARE(mutual.readAll(), content); // byte for byte as it was
    QVERIFY(!QFile::exists(mutualPath + u"-wal"_s));
}

void TestMoneyCharts::suggestsTheTitleAndAddsTheSuffix()
{
    app::ChartPanel* panel = showInPanel(MoneyCharts::reinvestmentByCategory(sampleCategories()));
    QVERIFY(panel);
    app::ChartView* view = panel->chartView();
    QString suggested;
    view->setSavePathChooser([&](const QString& name, app::ChartFileFormat) {
        suggested = name;
        return m_dir.filePath(u"board pack"_s);
    });
    view->chooseAndSave(app::ChartFileFormat::Svg);
    QCOMPARE(suggested, u"Reinvestment by category.svg"_s);
    QVERIFY(QFile::exists(m_dir.filePath(u"board pack.svg"_s)));
    // Cancelling writes nothing.
    view->setSavePathChooser([](const QString&, app::ChartFileFormat) { return QString(); });
    view->chooseAndSave(app::ChartFileFormat::Png);
    QVERIFY(!QFile::exists(m_dir.filePath(u"board pack.png"_s)));
    QCOMPARE(app::chartFileName(u"Savings: 2025/26?"_s, app::ChartFileFormat::Png),
             u"Savings- 2025-26-.png"_s);
    QCOMPARE(app::chartFileName(QString(), app::ChartFileFormat::Png), u"Chart.png"_s);
}

void TestMoneyCharts::keyboardOpensTheSaveMenu()
{
    app::ChartPanel* panel = showInPanel(MoneyCharts::savingsAndReinvestment(sampleSavings()));
    QVERIFY(panel);
    app::ChartView* view = panel->chartView();
    QCOMPARE(view->focusPolicy(), Qt::StrongFocus);
    view->setFocus();
    QTest::keyClick(view, Qt::Key_F10, Qt::ShiftModifier);
    auto* menu = qobject_cast<QMenu*>(QApplication::activePopupWidget());
    QVERIFY(menu);
    QStringList texts;
    for (QAction* action : menu->actions()) {
        texts.append(action->text());
    }
    QCOMPARE(texts, (QStringList { u"Save Chart as &PNG…"_s, u"Save Chart as &SVG…"_s }));
    menu->close();
    // The Menu key, and a right click, open the same menu through a context menu event.
    QContextMenuEvent fromKey(QContextMenuEvent::Keyboard, QPoint(10, 10), view->mapToGlobal(QPoint(10, 10)));
    QApplication::sendEvent(view, &fromKey);
    menu = qobject_cast<QMenu*>(QApplication::activePopupWidget());
    QVERIFY(menu);
    QCOMPARE(menu->actions().size(), 2);
    menu->close();
}

void TestMoneyCharts::dashboardChartCanBeSaved()
{
    app::ContributionChart chart;
    domain::MemberClass council;
    council.id = 1;
    council.name = u"Council"_s;
    domain::Mutual mutual;
    chart.setContributions({ { QDate(2025, 4, 1), 1, 125'000 } }, { council }, mutual);
    chart.resize(900, 400);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    QVERIFY(chart.isShowingChart());
    app::ChartView* view = chart.chartView();
    QCOMPARE(view->chart(), chart.chart());
    QCOMPARE(view->chart()->title(), u"Capital subscribed"_s);
    QCOMPARE(view->suggestedFileName(app::ChartFileFormat::Png), u"Capital subscribed.png"_s);
    QVERIFY(valueAxisOf(*view->chart(), Qt::Vertical)->titleText().contains(u"£"_s));
    const QString path = m_dir.filePath(u"capital.svg"_s);
    QVERIFY(view->saveChartAs(path, app::ChartFileFormat::Svg));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().contains("Capital subscribed"));
    const QString mutualPath = m_dir.filePath(u"dashboard.mutual"_s);
    chart.setMutualPath(mutualPath);
    QCOMPARE(view->mutualPath(), mutualPath);
}

QTEST_MAIN(TestMoneyCharts)
#include "TestMoneyCharts.moc"
