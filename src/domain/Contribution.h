#pragma once

#include "Error.h"
#include "Mutual.h"
#include "ShareEntry.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace mutualise::domain {

// What members put in besides share capital: subscriptions, charges for services, donations,
// payments of pledges and contributions in kind, and the services the mutual provides them.

// The keys of the kinds every mutual has: "fee" (annual subscription), "charge", "donation",
// "pledge-payment" and "in-kind", in that order.
QStringList builtInContributionKinds();
bool isBuiltInContributionKind(QStringView key);

// "share-capital": capital subscribed, read from the share ledger (net of reversals) and counted among
// the contributions, but never entered as one.
QString shareCapitalKind();

// A kind of contribution: a built-in one, or one the mutual added with its own label.
struct ContributionKind
{
    QString key; // "fee", "charge", ..., or the mutual's own such as "sponsorship"
    QString label; // as stored; the built-in kinds and share capital are shown translated instead
    bool isBuiltIn = false;

    bool operator==(const ContributionKind&) const = default;
};

// What a person reads for a kind: the translated label of a built-in kind or of share capital, the
// stored label of the mutual's own, or the key itself when there is no label.
QString contributionKindLabel(const QString& key, const QString& storedLabel = {});

// The longest key of a kind.
inline constexpr qsizetype maximumKindKeyLength = 40;

// A kind the mutual adds: a key of lower-case letters, digits and '-' (starting with a letter, at most
// maximumKindKeyLength), not a built-in key ("duplicate-kind") nor "share-capital"
// ("share-capital-is-derived"), and a plain label on one line of at most maximumTitleLength characters.
// Rules "invalid-kind", "control-character".
Outcome validateContributionKind(const ContributionKind& kind);

// The most one contribution may be: the same bound as one entry of the share ledger (rule
// "entry-too-large").
inline constexpr qint64 maximumContributionAmount = maximumAmountInOneEntry;
// The most days one contribution in kind may count, in hundredths: 100,000 days.
inline constexpr qint64 maximumDaysHundredths = 10'000'000;
// The longest note on a contribution or description of a service.
inline constexpr qsizetype maximumNoteLength = 2'000;

// One line of the append-only record of contributions. A reversal repeats the line it undoes with the
// amount (and days) negated and reversesId naming it.
struct Contribution
{
    qint64 id = 0;
    QString kind;
    QDate date;
    qint64 memberId = 0;
    qint64 amount = 0; // minor units
    // Time in kind, valued as days x day rate: days in hundredths (2.5 days is 250), the rate in minor
    // units. Both or neither.
    std::optional<qint64> daysHundredths;
    std::optional<qint64> dayRate;
    std::optional<qint64> serviceId;
    std::optional<qint64> projectId;
    QString reference;
    QString note;
    std::optional<qint64> reversesId;
    QString recordedBy;
    QDateTime recordedAt; // UTC

    bool isReversal() const { return reversesId.has_value(); }
    bool operator==(const Contribution&) const = default;
};

// Days as a person types them: a positive number with at most two decimal places ("3", "2.5",
// "0.25"), in hundredths. Rule "invalid-days" for anything else, including more than
// maximumDaysHundredths.
Result<qint64> daysFromText(QStringView text);
// Hundredths of days as text: 250 is "2.5", 300 is "3", 25 is "0.25".
QString daysText(qint64 daysHundredths);

// The value of time in kind: days x day rate, rounded half up to the minor unit (2.5 days at £333.33
// is £833.325, so £833.33). Rules "invalid-days", "invalid-amount" for a rate not above zero, and
// "entry-too-large" when the value is more than maximumContributionAmount.
Result<qint64> inKindValue(qint64 daysHundredths, qint64 dayRate);

// The checks a new contribution must pass before it is stored, `knownKinds` being the keys the mutual
// has: the kind is one of them ("unknown-kind"), never "share-capital" ("share-capital-is-derived");
// the amount above zero ("invalid-amount") and at most maximumContributionAmount ("entry-too-large");
// days and a day rate only together and only for "in-kind" ("days-only-in-kind"), and then the amount
// is their value ("in-kind-value"); a date in the plausible range and not after `today`
// ("implausible-date", "future-date", "missing-date"); a reference of plain text on one line of at most
// maximumReferenceLength characters and a note of at most maximumNoteLength ("invalid-text",
// "control-character"). Error::field names the field at fault.
Outcome validateContribution(const Contribution& contribution, const QStringList& knownKinds,
                             const QDate& today = QDate::currentDate());

// A service the members commission from the mutual (shared hosting, a four-year contract), and the
// members that take it.
struct Service
{
    qint64 id = 0;
    QString name; // unique ignoring case
    QString description;
    QDate start;
    QDate end; // null while open-ended; otherwise on or after start
    QList<qint64> memberIds;

    bool operator==(const Service&) const = default;
};

// A name present, plain text on one line of at most maximumTitleLength characters ("invalid-service",
// "control-character"); a description of plain text of at most maximumNoteLength; a start, and an end
// when there is one, in the plausible range ("implausible-date", "missing-date"), the end not before
// the start ("end-before-start"). Whether the name is unique is the repository's rule
// ("duplicate-service").
Outcome validateService(const Service& service, const QDate& today = QDate::currentDate());

// Whether two names of services are the same, ignoring case.
bool isSameServiceName(const QString& a, const QString& b);

// How totals of contributions are grouped: by member, by member class, by calendar month, or by
// quarter or year of the mutual's financial year.
enum class ContributionGrouping
{
    Member,
    Class,
    Month,
    Quarter,
    Year,
};

// Keys used by the CLI and JSON: "member", "class", "month", "quarter", "year".
QString contributionGroupingKey(ContributionGrouping grouping);
// "Member", "Class", "Month", "Quarter", "Financial year": a choice in a list, a column's heading.
QString contributionGroupingLabel(ContributionGrouping grouping);
QList<ContributionGrouping> allContributionGroupings();
std::optional<ContributionGrouping> contributionGroupingFromKey(QStringView key);

// The key of the period holding `date`: "2025-04" for a month; for the financial year that starts in
// calendar year 2025 (with the default start, 1 April 2025 to 31 March 2026), "2025" for the year and
// "2025-Q1" to "2025-Q4" for its quarters of three months each from its first day.
QString contributionPeriodKey(const QDate& date, ContributionGrouping grouping, const Mutual& mutual);

// One row of the totals: a member (key its number), a class (its name) or a period (its key), what it
// contributed altogether and by kind ("share-capital", "charge", ...), net of reversals.
struct ContributionTotalRow
{
    QString key;
    QString label; // the member's name; empty for other groupings
    qint64 amount = 0;
    QMap<QString, qint64> amountByKind;

    bool operator==(const ContributionTotalRow&) const = default;
};

// The kinds that `amountByKind` holds, in the order they are shown: share capital first, then the
// built-in kinds in their order, then the mutual's own by key.
QStringList contributionKindsInOrder(const QMap<QString, qint64>& amountByKind);

struct ContributionTotals
{
    QDate from;
    QDate to;
    ContributionGrouping grouping = ContributionGrouping::Member;
    QList<ContributionTotalRow> rows; // only rows with something other than nought
    QMap<QString, qint64> amountByKind; // over every row, for each kind that some row shows
    qint64 total = 0; // the sum of the rows' amounts

    bool operator==(const ContributionTotals&) const = default;
};

// Adds amounts to rows, each checked against overflow: rule "total-too-large" naming the row, when a
// total would go beyond 64 bits (only an impossible file has such figures).
class ContributionTally
{
public:
    Outcome add(const QString& rowKey, const QString& kind, qint64 amount);
    // The rows with anything other than nought, kinds at nought left out: members in the order of their
    // numbers (shorter first, as the register lists them), classes by name, periods in time order.
    ContributionTotals totals(const QDate& from, const QDate& to, ContributionGrouping grouping) const;

private:
    QList<ContributionTotalRow> m_rows;
    QHash<QString, qsizetype> m_indexByKey;
    QMap<QString, qint64> m_amountByKind;
    qint64 m_total = 0;
};

} // namespace mutualise::domain
