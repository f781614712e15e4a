#pragma once

#include "Error.h"
#include "Mutual.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace mutualise::domain {

// The most a baseline or an actual cost may be: £100,000,000,000.00 in pence. Far beyond what any
// member pays for a service, and low enough that a million of them add up without overflow.
inline constexpr qint64 maximumSavingAmount = 100'000'000'000'00;
// The longest evidence note: a few paragraphs naming the quotes, invoices or benchmarks compared.
inline constexpr qsizetype maximumEvidenceLength = 2000;

// What a service saved one member over a period: what the member would have paid alone (the
// baseline) against what it paid through the mutual (the actual cost), with the evidence for both.
struct Saving
{
    qint64 id = 0;
    qint64 serviceId = 0;
    qint64 memberId = 0;
    QDate from; // the first day of the period
    QDate to; // the last day of the period
    qint64 baseline = 0; // minor units
    qint64 actual = 0; // minor units
    QString evidence;
    QString recordedBy;
    QDateTime recordedAt;

    // Baseline minus actual: negative when the member paid more through the mutual. Both lie between 0
    // and maximumSavingAmount, so the difference always fits.
    qint64 saving() const { return baseline - actual; }

    bool operator==(const Saving&) const = default;
};

// Checks a saving before it is stored; amounts in messages are in `currency`. Rules, each with Error::field
// the field concerned:
//   "invalid-amount"     a baseline or actual below zero or above maximumSavingAmount
//   "missing-date"       no from or to date
//   "implausible-date"   a date outside checkPlausibleDate's range
//   "invalid-period"     a period that ends before it starts
//   "control-character"  evidence holding a control or reordering character (line feeds are allowed)
//   "invalid-text"       evidence longer than maximumEvidenceLength characters
Outcome validateSaving(const Saving& saving, const Currency& currency, const QDate& today);

// How totals of savings are grouped.
enum class SavingsGrouping
{
    Member,
    Service,
    Class,
    Year, // the financial year containing the first day of each period
};

// "member", "service", "class", "year" for files and the command line.
QString savingsGroupingKey(SavingsGrouping grouping);
std::optional<SavingsGrouping> savingsGroupingFromKey(QStringView key);

// One recorded saving with what totals group it by.
struct SavingsFigure
{
    QString memberNumber;
    QString serviceName;
    QString className;
    QDate from;
    qint64 baseline = 0;
    qint64 actual = 0;
};

// The baseline, actual cost and saving of a group of savings; `key` names the group (a member number,
// a service or class name, or a financial year such as "2025" for the year starting in 2025).
struct SavingsTotal
{
    QString key;
    qint64 baseline = 0;
    qint64 actual = 0;
    qint64 saving = 0; // baseline - actual, negative when the group paid more through the mutual

    bool operator==(const SavingsTotal&) const = default;
};

struct SavingsTotals
{
    QList<SavingsTotal> rows; // ordered by key: members by number, names alphabetically, years in order
    SavingsTotal total; // the sum of the rows; its key is empty

    bool operator==(const SavingsTotals&) const = default;
};

// The financial year a saving counts in: the one containing the first day of its period, named by the
// calendar year it starts in (2025 for 1 April 2025 to 31 March 2026).
int savingsYearOf(const QDate& from, const Mutual& mutual);

// Adds up the figures by `grouping`. Every negative saving counts as it is: nothing is clamped or left
// out. Rule "total-too-large" when a total would not fit in 64 bits.
Result<SavingsTotals> totalSavings(const QList<SavingsFigure>& figures, SavingsGrouping grouping,
                                   const Mutual& mutual);

} // namespace mutualise::domain
