#include "Savings.h"

#include "Dates.h"
#include "Money.h"
#include "Text.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QtNumeric>

#include <algorithm>
#include <limits>

namespace mutualise::domain {

namespace {

Outcome checkAmount(qint64 amount, const QString& what, const char* field, const Currency& currency)
{
    if (amount < 0)
        return Error { QCoreApplication::translate("Savings", "%1 cannot be below zero; it is %2.")
                           .arg(what, Money(amount, currency).format()),
                       QStringLiteral("invalid-amount"), QString::fromLatin1(field) };
    if (amount > maximumSavingAmount)
        return Error { QCoreApplication::translate("Savings", "%1 can be at most %2; it is %3.")
                           .arg(what, Money(maximumSavingAmount, currency).format(),
                                Money(amount, currency).format()),
                       QStringLiteral("invalid-amount"), QString::fromLatin1(field) };
    return ok();
}

Outcome checkDate(const QDate& date, const QString& what, const char* field, const QDate& today)
{
    if (date.isNull())
        return Error { QCoreApplication::translate("Savings", "%1 is missing.").arg(what),
                       QStringLiteral("missing-date"), QString::fromLatin1(field) };
    return checkPlausibleDate(date, today, QString::fromLatin1(field));
}

// Totals per key, in the order the keys are first met.
class Accumulator
{
public:
    bool add(const QString& key, qint64 baseline, qint64 actual)
    {
        auto found = m_index.constFind(key);
        if (found == m_index.cend()) {
            found = m_index.insert(key, m_rows.size());
            m_rows.append(SavingsTotal { key, 0, 0, 0 });
        }
        SavingsTotal& row = m_rows[*found];
        return addTo(row, baseline, actual) && addTo(m_total, baseline, actual);
    }

    QList<SavingsTotal> rows() const { return m_rows; }
    SavingsTotal total() const { return m_total; }

private:
    // The saving of a group is its baseline less its actual cost: both sums are at least zero, so the
    // difference always fits once they do.
    static bool addTo(SavingsTotal& row, qint64 baseline, qint64 actual)
    {
        if (qAddOverflow(row.baseline, baseline, &row.baseline)
            || qAddOverflow(row.actual, actual, &row.actual))
            return false;
        row.saving = row.baseline - row.actual;
        return true;
    }

    QHash<QString, qsizetype> m_index;
    QList<SavingsTotal> m_rows;
    SavingsTotal m_total;
};

QString keyOf(const SavingsFigure& figure, SavingsGrouping grouping, const Mutual& mutual)
{
    switch (grouping) {
    case SavingsGrouping::Member:
        return figure.memberNumber;
    case SavingsGrouping::Service:
        return figure.serviceName;
    case SavingsGrouping::Class:
        return figure.className;
    case SavingsGrouping::Year:
        return QString::number(savingsYearOf(figure.from, mutual));
    }
    return {};
}

// Member numbers as the register lists them (shorter first, so 999 before 1000); years in order;
// names alphabetically, ignoring case.
bool comesBefore(const QString& left, const QString& right, SavingsGrouping grouping)
{
    if (grouping == SavingsGrouping::Member || grouping == SavingsGrouping::Year) {
        if (left.size() != right.size())
            return left.size() < right.size();
        return left < right;
    }
    const int folded = left.compare(right, Qt::CaseInsensitive);
    return folded != 0 ? folded < 0 : left < right;
}

} // namespace

Outcome validateSaving(const Saving& saving, const Currency& currency, const QDate& today)
{
    if (auto done = checkAmount(saving.baseline, QCoreApplication::translate("Savings", "The baseline"),
                                "baseline", currency);
        !done)
        return done;
    if (auto done = checkAmount(saving.actual, QCoreApplication::translate("Savings", "The actual cost"),
                                "actual", currency);
        !done)
        return done;
    if (auto done
        = checkDate(saving.from, QCoreApplication::translate("Savings", "The first day of the period"),
                    "from", today);
        !done)
        return done;
    if (auto done = checkDate(saving.to, QCoreApplication::translate("Savings", "The last day of the period"),
                              "to", today);
        !done)
        return done;
    if (saving.to < saving.from)
        return Error { QCoreApplication::translate("Savings",
                                                   "The period ends on %1, before it starts on %2.")
                           .arg(saving.to.toString(Qt::ISODate), saving.from.toString(Qt::ISODate)),
                       QStringLiteral("invalid-period"), QStringLiteral("to") };
    if (saving.evidence.size() > maximumEvidenceLength)
        return Error { QCoreApplication::translate(
                           "Savings", "The evidence can be at most %1 characters long; it has %2.")
                           .arg(QLocale().toString(maximumEvidenceLength),
                                QLocale().toString(saving.evidence.size())),
                       QStringLiteral("invalid-text"), QStringLiteral("evidence") };
    return checkPlainText(saving.evidence, QCoreApplication::translate("Savings", "The evidence"),
                          QStringLiteral("evidence"), Lines::Several);
}

QString savingsGroupingKey(SavingsGrouping grouping)
{
    switch (grouping) {
    case SavingsGrouping::Member:
        return QStringLiteral("member");
    case SavingsGrouping::Service:
        return QStringLiteral("service");
    case SavingsGrouping::Class:
        return QStringLiteral("class");
    case SavingsGrouping::Year:
        return QStringLiteral("year");
    }
    return {};
}

std::optional<SavingsGrouping> savingsGroupingFromKey(QStringView key)
{
    for (SavingsGrouping grouping : { SavingsGrouping::Member, SavingsGrouping::Service,
                                      SavingsGrouping::Class, SavingsGrouping::Year }) {
        if (key == savingsGroupingKey(grouping))
            return grouping;
    }
    return std::nullopt;
}

int savingsYearOf(const QDate& from, const Mutual& mutual)
{
    return mutual.financialYearContaining(from).first.year();
}

Result<SavingsTotals> totalSavings(const QList<SavingsFigure>& figures, SavingsGrouping grouping,
                                   const Mutual& mutual)
{
    Accumulator accumulator;
    for (const SavingsFigure& figure : figures) {
        if (!accumulator.add(keyOf(figure, grouping, mutual), figure.baseline, figure.actual))
            return Error { QCoreApplication::translate(
                               "Savings",
                               "The savings come to more than %1, the most that can be added up: a "
                               "baseline or actual cost is far too large.")
                               .arg(QLocale().toString(std::numeric_limits<qint64>::max())),
                           QStringLiteral("total-too-large"), QString() };
    }
    SavingsTotals totals { accumulator.rows(), accumulator.total() };
    std::sort(totals.rows.begin(), totals.rows.end(),
              [grouping](const SavingsTotal& a, const SavingsTotal& b) {
                  return comesBefore(a.key, b.key, grouping);
              });
    return totals;
}

} // namespace mutualise::domain
