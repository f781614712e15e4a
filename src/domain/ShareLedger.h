#pragma once

#include "Error.h"
#include "Member.h"
#include "Mutual.h"
#include "ShareEntry.h"

#include <QDate>
#include <QHash>
#include <QList>

#include <optional>

namespace mutualise::domain {

// What a member holds on a date, derived from the ledger; never stored by hand.
struct Holding
{
    qint64 memberId = 0;
    qint64 shares = 0;
    qint64 amount = 0; // minor units

    bool operator==(const Holding&) const = default;
};

// A movement a person asks for, before the rules have checked it.
struct ShareMovement
{
    ShareEntryKind kind = ShareEntryKind::Subscription; // any kind but Reversal
    QDate date;
    qint64 memberId = 0; // the member subscribing, withdrawing, forfeiting, or transferring out
    std::optional<qint64> toMemberId; // transfers only: the member receiving the shares
    qint64 shares = 0; // a positive count
    std::optional<qint64> amount; // minor units; defaults to shares x nominal value
    QString reference;
};

// The most any total of the ledger may reach, in shares and in minor units: a member's holding, a
// class's, the mutual's whole share capital. Fifteen digits, the most a spreadsheet keeps exactly, so
// that every total a report exports reads back as it was; a thousand times the largest entry.
// Rule "total-too-large".
inline constexpr qint64 maximumTotal = 999'999'999'999'999;

// How the holdings of a group of members (a class, or the whole mutual) changed on one day, all its
// lines together: what storage tells the rules of the ledger as it stands.
struct DayChange
{
    QDate date;
    qint64 shares = 0;
    qint64 amount = 0;

    bool operator==(const DayChange&) const = default;
};

// The totals a movement feeds besides the members' own holdings, day by day, in any order.
struct LedgerTotals
{
    QList<DayChange> mutual; // every member's lines
    QHash<qint64, QList<DayChange>> byClass; // class id -> the lines of the members now in it
};

// Everything the rules need to know about one member: the register entry, its class, and all of its
// ledger lines (in any order).
struct MemberPosition
{
    Member member;
    MemberClass memberClass;
    QList<ShareEntry> entries;
};

// The rules of the share ledger. Plain functions of their inputs: they read no clock and no file.
//
// Error::rule names the rule broken, so the CLI and tests can tell them apart:
//   "invalid-shares"          the share count is not a positive whole number
//   "invalid-amount"          the amount is not positive or does not equal shares x nominal value
//   "entry-too-large"         more shares than maximumSharesInOneEntry, or an amount (given or
//                             shares x nominal value) above maximumAmountInOneEntry
//   "total-too-large"         a member's holding, a class's total or the mutual's share capital would
//                             go beyond maximumTotal (or could not even be added up) on some day
//   "control-character"       the reference holds a control or reordering character (checkPlainText)
//   "reference-too-long"      the reference is longer than maximumReferenceLength
//   "unknown-member"          a member named by the movement is not in the positions
//   "same-member"             a transfer to the member it comes from
//   "member-not-active"       subscriptions and transfers in need an active member
//   "before-admission"        an entry dated before the member was admitted (or never admitted)
//   "after-cessation"         an increase dated on or after the member ceased
//   "holding-below-zero"      the holding would fall below zero on some day
//   "below-class-minimum"     a member not ceased would hold fewer shares than its class minimum
//   "above-class-maximum"     the holding would exceed the class maximum
//   "individual-cap"          an individual's withdrawable share capital would exceed the cap
//   "already-reversed"        the entry has already been reversed
//   "cannot-reverse-reversal" a reversal is not itself reversed; record a new entry instead
//   "reversal-date"           a reversal dated before the entry it reverses
//   "incomplete-transfer"     one side of a transfer reversed without the other
//   "invalid-kind"            a movement of kind Reversal (use prepareReversal)
//   "invalid-date"            a movement without a valid date
namespace ShareLedger {

// The lines to append for the movement (one, or two for a transfer: the paying side first), or the
// rule it breaks. `positions` must hold every member the movement names; `totals` the ledger's
// totals for the mutual and for the classes of the members whose holdings the movement raises. Ids of
// the returned lines are 0; recordedBy/recordedAt are left for storage to fill.
Result<QList<ShareEntry>> prepare(const ShareMovement& movement,
                                  const QHash<qint64, MemberPosition>& positions, const Mutual& mutual,
                                  const LedgerTotals& totals = {});

// The first day on which a total of the ledger would go beyond maximumTotal, and the refusal.
struct TotalBreach
{
    QDate date;
    Error error;
};

// For many movements checked one by one and then added at once (an import): the first day on which the
// mutual's total, or a class's, with the changes `added` counted in, goes beyond maximumTotal, as
// prepare() checks it for one movement; nullopt when none does. `classNames` names the classes of
// `added.byClass`.
std::optional<TotalBreach> firstTotalBreach(const LedgerTotals& existing, const LedgerTotals& added,
                                            const QHash<qint64, QString>& classNames, const Mutual& mutual);

// The reversing lines for `original` (a transfer's two sides are reversed together: pass both), dated
// `date`, or the rule it breaks. `reversedIds` holds the ids of entries already reversed; `totals` is
// as for prepare, needed when the reversal gives shares back. A reversal that takes shares away is
// never refused for the size of a total: it is how a ledger with an impossible total is put right.
Result<QList<ShareEntry>> prepareReversal(const QList<ShareEntry>& original, const QDate& date,
                                          const QString& reference,
                                          const QHash<qint64, MemberPosition>& positions,
                                          const QList<qint64>& reversedIds, const Mutual& mutual,
                                          const LedgerTotals& totals = {});

// Whether a member, as edited or ceased, still agrees with its own ledger history: no entry before its
// admission, no shares received on or after its cessation, never above its class maximum or (for an
// individual) the cap. A member moved to another class must also hold that class's minimum now,
// unless it has ceased. Other edits are not held to the minimum: a correction may have left the
// holding under it, and that must not stop the secretary fixing an address or ceasing the member.
// `changed.entries` is the member's whole ledger.
Outcome checkMemberChange(const MemberPosition& changed, const Mutual& mutual, bool isClassChanged);

// The most shares a member can give up on `date` (by withdrawal, transfer out or forfeiture): what it
// holds that day and every later day, less its class minimum ("below-class-minimum"), or all of it
// once it has ceased ("holding-below-zero"); never less than 0. What a form says before it lets the
// user record a reduction, so that the ledger's refusal is never the first the user hears of it.
qint64 sharesThatCanBeGivenUp(const MemberPosition& position, const QDate& date);

// A member's holding at the end of the given day.
Holding holdingAsOf(qint64 memberId, const QList<ShareEntry>& entries, const QDate& asOf);

// Every member's holding at the end of the given day, for members with any entry on or before it,
// ordered by member id.
QList<Holding> holdingsAsOf(const QList<ShareEntry>& entries, const QDate& asOf);

} // namespace ShareLedger

} // namespace mutualise::domain
