#include "ShareLedger.h"

#include "Counts.h"
#include "Text.h"

#include <QCoreApplication>
#include <QLocale>
#include <QMap>
#include <QtNumeric>

#include <algorithm>
#include <limits>

namespace mutualise::domain::ShareLedger {

namespace {

Error ledgerError(const QString& message, const char* rule, const char* field = "")
{
    return Error { message, QString::fromLatin1(rule), QString::fromLatin1(field) };
}

QString dateText(const QDate& date)
{
    return QLocale().toString(date, QLocale::ShortFormat);
}

QString moneyText(qint64 amount, const Mutual& mutual)
{
    return Money(amount, mutual.currency).format(QLocale());
}

QString sharesText(qint64 shares)
{
    return QLocale().toString(shares);
}

// Which total a change would take beyond maximumTotal.
struct TotalName
{
    enum class Of
    {
        Member, // `name` is the member's number
        Class, // `name` is the class's name
        Mutual,
    };
    Of of = Of::Mutual;
    QString name;
};

enum class Measure
{
    Shares,
    Amount,
};

QString totalTooLargeMessage(const TotalName& total, Measure measure)
{
    const bool isShares = measure == Measure::Shares;
    switch (total.of) {
    case TotalName::Of::Member:
        return isShares
            ? QCoreApplication::translate(
                "ShareLedger",
                "On %1 member %2 would hold more than %3 shares, the most a holding may reach.")
            : QCoreApplication::translate("ShareLedger",
                                          "On %1 member %2 would hold share capital of more than %3, "
                                          "the most a holding may reach.");
    case TotalName::Of::Class:
        return isShares
            ? QCoreApplication::translate("ShareLedger",
                                          "On %1 the members of the class \"%2\" would hold more "
                                          "than %3 shares between them, the most a total may reach.")
            : QCoreApplication::translate("ShareLedger",
                                          "On %1 the members of the class \"%2\" would hold share "
                                          "capital of more than %3 between them, the most a total "
                                          "may reach.");
    case TotalName::Of::Mutual:
        return isShares
            ? QCoreApplication::translate("ShareLedger",
                                          "On %1 the mutual's members would hold more than %2 shares "
                                          "in all, the most a total may reach.")
            : QCoreApplication::translate("ShareLedger",
                                          "On %1 the mutual's share capital would come to more than "
                                          "%2, the most a total may reach.");
    }
    Q_UNREACHABLE();
    return {};
}

// A holding or a total that would go beyond maximumTotal on `date`, or could not even be added up.
Error totalTooLargeError(const QDate& date, const TotalName& total, Measure measure, const Mutual& mutual)
{
    const bool isShares = measure == Measure::Shares;
    const QString most = isShares ? sharesText(maximumTotal) : moneyText(maximumTotal, mutual);
    const QString message = total.of == TotalName::Of::Mutual
        ? totalTooLargeMessage(total, measure).arg(dateText(date), most)
        : totalTooLargeMessage(total, measure).arg(dateText(date), total.name, most);
    return ledgerError(message, "total-too-large", isShares ? "shares" : "amount");
}

// Adds a change to a day's, or a running, total; the measure that no longer fits in 64 bits otherwise.
std::optional<Measure> addTo(DayChange& total, qint64 shares, qint64 amount)
{
    if (qAddOverflow(total.shares, shares, &total.shares))
        return Measure::Shares;
    if (qAddOverflow(total.amount, amount, &total.amount))
        return Measure::Amount;
    return std::nullopt;
}

// A member's holding at the end of one day on which its holding changed.
struct DayTotal
{
    QDate date;
    qint64 shares = 0;
    qint64 amount = 0;
};

// End-of-day totals over the member's whole timeline, in date order. Several lines on one day count
// together: only what is held at the end of the day matters.
Result<QList<DayTotal>> timelineOf(const Member& member, const QList<ShareEntry>& existing,
                                   const QList<ShareEntry>& added, const Mutual& mutual)
{
    const qint64 memberId = member.id;
    QList<const ShareEntry*> lines;
    lines.reserve(existing.size() + added.size());
    for (const QList<ShareEntry>* source : { &existing, &added }) {
        for (const ShareEntry& entry : *source) {
            if (entry.memberId == memberId)
                lines.append(&entry);
        }
    }
    std::stable_sort(lines.begin(), lines.end(),
                     [](const ShareEntry* a, const ShareEntry* b) { return a->date < b->date; });

    QList<DayTotal> days;
    DayTotal running;
    for (const ShareEntry* line : lines) {
        if (!days.isEmpty() && days.last().date == line->date)
            days.removeLast();
        if (qAddOverflow(running.shares, line->shares, &running.shares))
            return totalTooLargeError(line->date, { TotalName::Of::Member, member.number }, Measure::Shares,
                                      mutual);
        if (qAddOverflow(running.amount, line->amount, &running.amount))
            return totalTooLargeError(line->date, { TotalName::Of::Member, member.number }, Measure::Amount,
                                      mutual);
        running.date = line->date;
        days.append(running);
    }
    return days;
}

bool isIncrease(const ShareEntry& line)
{
    return line.shares > 0;
}

// A member's position as the rules read it, neither copied nor added: one the positions lack reads as
// a member with no history (the shape of the movement has already refused one).
const MemberPosition& positionOf(const QHash<qint64, MemberPosition>& positions, qint64 memberId)
{
    static const MemberPosition none;
    const auto found = positions.constFind(memberId);
    return found == positions.cend() ? none : *found;
}

struct LineCheck
{
    const ShareEntry& line;
    const MemberPosition& position;
    const Mutual& mutual;
};

Outcome checkNotBelowZero(const LineCheck& check, const QList<DayTotal>& days)
{
    for (const DayTotal& day : days) {
        if (day.date < check.line.date)
            continue;
        if (day.shares < 0)
            return ledgerError(QCoreApplication::translate(
                                   "ShareLedger", "On %1 member %2 would hold %3, %4 fewer than none.")
                                   .arg(dateText(day.date), check.position.member.number,
                                        shareCount(day.shares), sharesText(-day.shares)),
                               "holding-below-zero", "shares");
        if (day.amount < 0)
            return ledgerError(
                QCoreApplication::translate(
                    "ShareLedger", "On %1 member %2 would hold share capital of %3, %4 less than none.")
                    .arg(dateText(day.date), check.position.member.number,
                         moneyText(day.amount, check.mutual), moneyText(-day.amount, check.mutual)),
                "holding-below-zero", "amount");
    }
    return ok();
}

Error belowMinimumError(const LineCheck& check, const DayTotal& day)
{
    const MemberClass& memberClass = check.position.memberClass;
    return ledgerError(
        QCoreApplication::translate("ShareLedger",
                                    "On %1 member %2 would hold %3; the class \"%4\" requires at least %5 "
                                    "(a ceased member may hold none).")
            .arg(dateText(day.date), check.position.member.number, shareCount(day.shares), memberClass.name,
                 sharesText(memberClass.minimumShares)),
        "below-class-minimum", "shares");
}

// A reduction may not leave a member under its class minimum on any later day; a ceased member may
// end with nothing at all.
Outcome checkReductionMinimum(const LineCheck& check, const QList<DayTotal>& days)
{
    const bool mayHoldNone = check.position.member.status == MemberStatus::Ceased;
    for (const DayTotal& day : days) {
        if (day.date < check.line.date)
            continue;
        const bool isAllowed
            = day.shares >= check.position.memberClass.minimumShares || (mayHoldNone && day.shares == 0);
        if (!isAllowed)
            return belowMinimumError(check, day);
    }
    return ok();
}

// Whether an increase must itself bring the holding up to the class minimum. A new subscription
// must; a correction that puts back shares wrongly taken away need not.
enum class MinimumOnEntryDay
{
    Required,
    NotRequired,
};

Outcome checkIncreaseLimits(const LineCheck& check, const QList<DayTotal>& days, MinimumOnEntryDay minimum)
{
    const MemberClass& memberClass = check.position.memberClass;
    const bool isCapped = check.position.member.kind == MemberKind::Individual;
    for (const DayTotal& day : days) {
        if (day.date < check.line.date)
            continue;
        if (minimum == MinimumOnEntryDay::Required && day.date == check.line.date
            && day.shares < memberClass.minimumShares)
            return belowMinimumError(check, day);
        if (memberClass.maximumShares && day.shares > *memberClass.maximumShares)
            return ledgerError(
                QCoreApplication::translate(
                    "ShareLedger", "On %1 member %2 would hold %3; the class \"%4\" allows at most %5.")
                    .arg(dateText(day.date), check.position.member.number, shareCount(day.shares),
                         memberClass.name, sharesText(*memberClass.maximumShares)),
                "above-class-maximum", "shares");
        // Co-operative and Community Benefit Societies Act 2014, s.24: the cap on an individual's
        // withdrawable share capital.
        if (isCapped && day.amount > check.mutual.individualWithdrawableCap)
            return ledgerError(QCoreApplication::translate(
                                   "ShareLedger",
                                   "On %1 member %2 would hold share capital of %3, more than the %4 an "
                                   "individual may hold.")
                                   .arg(dateText(day.date), check.position.member.number,
                                        moneyText(day.amount, check.mutual),
                                        moneyText(check.mutual.individualWithdrawableCap, check.mutual)),
                               "individual-cap", "amount");
    }
    return ok();
}

// A holding may not go beyond maximumTotal. Only an increase is held to it, so that editing a member of
// an older file that holds more does not fail, and the entry can still be reversed.
Outcome checkHoldingWithinMost(const LineCheck& check, const QList<DayTotal>& days)
{
    const TotalName holding { TotalName::Of::Member, check.position.member.number };
    for (const DayTotal& day : days) {
        if (day.date < check.line.date)
            continue;
        if (day.shares > maximumTotal)
            return totalTooLargeError(day.date, holding, Measure::Shares, check.mutual);
        if (day.amount > maximumTotal)
            return totalTooLargeError(day.date, holding, Measure::Amount, check.mutual);
    }
    return ok();
}

Outcome checkBalances(const LineCheck& check, const QList<ShareEntry>& added, bool isReversal)
{
    const auto days = timelineOf(check.position.member, check.position.entries, added, check.mutual);
    if (!days)
        return days.error();
    if (const Outcome zero = checkNotBelowZero(check, *days); !zero)
        return zero;
    // A correction may take a holding to zero or under the class minimum: it undoes a mistake. One
    // that raises a holding is still bound by the class maximum and the individual cap, which are
    // limits of law and of the rules, not of the entry being undone.
    if (isIncrease(check.line)) {
        if (const Outcome most = checkHoldingWithinMost(check, *days); !most)
            return most;
        return checkIncreaseLimits(check, *days,
                                   isReversal ? MinimumOnEntryDay::NotRequired : MinimumOnEntryDay::Required);
    }
    if (isReversal)
        return ok();
    return checkReductionMinimum(check, *days);
}

Outcome checkDates(const ShareEntry& line, const Member& member)
{
    if (!member.admittedOn.isValid() || line.date < member.admittedOn)
        return ledgerError(
            member.admittedOn.isValid()
                ? QCoreApplication::translate("ShareLedger",
                                              "Member %1 was admitted on %2; an entry cannot be dated %3.")
                      .arg(member.number, dateText(member.admittedOn), dateText(line.date))
                : QCoreApplication::translate("ShareLedger",
                                              "Member %1 has not been admitted, so cannot hold shares.")
                      .arg(member.number),
            "before-admission", "date");
    if (isIncrease(line) && member.ceasedOn.isValid() && line.date >= member.ceasedOn)
        return ledgerError(QCoreApplication::translate(
                               "ShareLedger", "Member %1 ceased on %2 and cannot receive shares dated %3.")
                               .arg(member.number, dateText(member.ceasedOn), dateText(line.date)),
                           "after-cessation", "date");
    return ok();
}

Outcome checkActive(const Member& member)
{
    if (member.isActive())
        return ok();
    return ledgerError(QCoreApplication::translate(
                           "ShareLedger", "Member %1 is %2; only an active member can take up shares.")
                           .arg(member.number, statusLabel(member.status)),
                       "member-not-active", "memberId");
}

Error unknownMemberError(qint64 memberId)
{
    return ledgerError(
        QCoreApplication::translate("ShareLedger", "There is no member with id %1.").arg(memberId),
        "unknown-member", "memberId");
}

Error entryTooLargeError(const QString& message, const char* field)
{
    return ledgerError(message, "entry-too-large", field);
}

Result<qint64> amountFor(const ShareMovement& movement, const Mutual& mutual)
{
    qint64 expected = 0;
    const bool isWithinEntry = !qMulOverflow(movement.shares, mutual.nominalShareValue, &expected)
        && expected <= maximumAmountInOneEntry;
    if (!isWithinEntry && (!movement.amount || !mutual.amountMayDifferFromNominal))
        return entryTooLargeError(
            QCoreApplication::translate("ShareLedger",
                                        "%1 shares at %2 each come to more than %3, the most one entry may "
                                        "move.")
                .arg(sharesText(movement.shares), moneyText(mutual.nominalShareValue, mutual),
                     moneyText(maximumAmountInOneEntry, mutual)),
            "amount");
    if (!movement.amount)
        return expected;
    if (!mutual.amountMayDifferFromNominal && *movement.amount != expected)
        return ledgerError(QCoreApplication::translate("ShareLedger", "%1 at %2 each come to %3, not %4.")
                               .arg(shareCount(movement.shares), moneyText(mutual.nominalShareValue, mutual),
                                    moneyText(expected, mutual), moneyText(*movement.amount, mutual)),
                           "invalid-amount", "amount");
    if (*movement.amount <= 0)
        return ledgerError(QCoreApplication::translate("ShareLedger", "The amount must be more than zero."),
                           "invalid-amount", "amount");
    if (*movement.amount > maximumAmountInOneEntry)
        return entryTooLargeError(
            QCoreApplication::translate("ShareLedger",
                                        "One entry may move at most %1; this one would move %2.")
                .arg(moneyText(maximumAmountInOneEntry, mutual), moneyText(*movement.amount, mutual)),
            "amount");
    return *movement.amount;
}

Result<QList<ShareEntry>> linesFor(const ShareMovement& movement, qint64 amount)
{
    ShareEntry line;
    line.kind = movement.kind;
    line.date = movement.date;
    line.memberId = movement.memberId;
    line.reference = movement.reference;
    line.shares = movement.shares;
    line.amount = amount;
    if (movement.kind == ShareEntryKind::Subscription || movement.kind == ShareEntryKind::InterestCapitalised)
        return QList<ShareEntry> { line };
    line.shares = -movement.shares;
    line.amount = -amount;
    if (movement.kind != ShareEntryKind::Transfer)
        return QList<ShareEntry> { line };
    line.counterpartyId = movement.toMemberId;
    ShareEntry receiving = line;
    receiving.memberId = *movement.toMemberId;
    receiving.counterpartyId = movement.memberId;
    receiving.shares = movement.shares;
    receiving.amount = amount;
    return QList<ShareEntry> { line, receiving };
}

Outcome checkReference(const QString& reference)
{
    if (reference.size() > maximumReferenceLength)
        return ledgerError(
            QCoreApplication::translate("ShareLedger",
                                        "A reference may be at most %1 characters long; this one has %2.")
                .arg(maximumReferenceLength)
                .arg(reference.size()),
            "reference-too-long", "reference");
    return checkPlainText(reference, QCoreApplication::translate("ShareLedger", "The reference"),
                          QStringLiteral("reference"));
}

Outcome checkMovementShape(const ShareMovement& movement, const QHash<qint64, MemberPosition>& positions)
{
    if (movement.kind == ShareEntryKind::Reversal)
        return ledgerError(QCoreApplication::translate(
                               "ShareLedger", "A reversal is recorded by reversing the entry it undoes."),
                           "invalid-kind", "kind");
    if (movement.shares <= 0)
        return ledgerError(QCoreApplication::translate(
                               "ShareLedger", "The number of shares must be a whole number more than zero."),
                           "invalid-shares", "shares");
    if (movement.shares > maximumSharesInOneEntry)
        return entryTooLargeError(
            QCoreApplication::translate("ShareLedger",
                                        "One entry may move at most %1 shares; this one would move %2.")
                .arg(sharesText(maximumSharesInOneEntry), sharesText(movement.shares)),
            "shares");
    if (!movement.date.isValid())
        return ledgerError(QCoreApplication::translate("ShareLedger", "The entry needs a valid date."),
                           "invalid-date", "date");
    if (const Outcome reference = checkReference(movement.reference); !reference)
        return reference;
    if (!positions.contains(movement.memberId))
        return unknownMemberError(movement.memberId);
    if (movement.kind != ShareEntryKind::Transfer)
        return ok();
    if (!movement.toMemberId || !positions.contains(*movement.toMemberId))
        return unknownMemberError(movement.toMemberId.value_or(0));
    if (*movement.toMemberId == movement.memberId)
        return ledgerError(QCoreApplication::translate(
                               "ShareLedger", "Shares cannot be transferred to the member they come from."),
                           "same-member", "toMemberId");
    return ok();
}

// A group's total (a class's or the mutual's) on every day on and after the first of the changes added
// to it, with those changes counted in, stays within maximumTotal; otherwise the first day it does not,
// and why. Only a change that raises the total is checked, so that an impossible total in an older
// file never stops it being put right.
std::optional<TotalBreach> groupBreach(const QList<DayChange>& changes, const QList<DayChange>& added,
                                       const TotalName& name, const Mutual& mutual)
{
    DayChange net;
    QDate firstAdded;
    QMap<QDate, DayChange> byDay;
    for (const DayChange& change : added) {
        if (const auto measure = addTo(net, change.shares, change.amount))
            return TotalBreach { change.date, totalTooLargeError(change.date, name, *measure, mutual) };
        if (!firstAdded.isValid() || change.date < firstAdded)
            firstAdded = change.date;
        byDay[change.date].date = change.date;
    }
    if (net.shares <= 0 && net.amount <= 0)
        return std::nullopt;
    for (const QList<DayChange>* source : { &changes, &added }) {
        for (const DayChange& change : *source) {
            DayChange& day = byDay[change.date];
            day.date = change.date;
            if (const auto measure = addTo(day, change.shares, change.amount))
                return TotalBreach { day.date, totalTooLargeError(day.date, name, *measure, mutual) };
        }
    }
    DayChange running;
    for (const DayChange& day : std::as_const(byDay)) {
        if (const auto measure = addTo(running, day.shares, day.amount))
            return TotalBreach { day.date, totalTooLargeError(day.date, name, *measure, mutual) };
        // Days before the first added change keep the total they had: not this movement's to answer for.
        if (day.date < firstAdded)
            continue;
        if (running.shares > maximumTotal)
            return TotalBreach { day.date, totalTooLargeError(day.date, name, Measure::Shares, mutual) };
        if (running.amount > maximumTotal)
            return TotalBreach { day.date, totalTooLargeError(day.date, name, Measure::Amount, mutual) };
    }
    return std::nullopt;
}

Outcome checkGroupTotal(const QList<DayChange>& changes, const QList<const ShareEntry*>& added,
                        const TotalName& name, const Mutual& mutual)
{
    QList<DayChange> days;
    days.reserve(added.size());
    for (const ShareEntry* line : added)
        days.append({ line->date, line->shares, line->amount });
    if (auto breach = groupBreach(changes, days, name, mutual))
        return breach->error;
    return ok();
}

// The totals the lines feed besides the members' own holdings: each class's and the mutual's.
Outcome checkTotals(const QList<ShareEntry>& lines, const QHash<qint64, MemberPosition>& positions,
                    const LedgerTotals& totals, const Mutual& mutual)
{
    QList<const ShareEntry*> all;
    QMap<qint64, QList<const ShareEntry*>> byClass;
    for (const ShareEntry& line : lines) {
        all.append(&line);
        byClass[positionOf(positions, line.memberId).memberClass.id].append(&line);
    }
    for (auto it = byClass.cbegin(); it != byClass.cend(); ++it) {
        const TotalName name { TotalName::Of::Class,
                               positionOf(positions, it.value().first()->memberId).memberClass.name };
        if (const Outcome total = checkGroupTotal(totals.byClass.value(it.key()), it.value(), name, mutual);
            !total)
            return total;
    }
    return checkGroupTotal(totals.mutual, all, { TotalName::Of::Mutual, QString() }, mutual);
}

} // namespace

Result<QList<ShareEntry>> prepare(const ShareMovement& movement,
                                  const QHash<qint64, MemberPosition>& positions, const Mutual& mutual,
                                  const LedgerTotals& totals)
{
    if (const Outcome shape = checkMovementShape(movement, positions); !shape)
        return shape.error();
    const Result<qint64> amount = amountFor(movement, mutual);
    if (!amount)
        return amount.error();
    const auto lines = linesFor(movement, *amount);
    for (const ShareEntry& line : *lines) {
        const MemberPosition& position = positionOf(positions, line.memberId);
        if (isIncrease(line)) {
            if (const Outcome active = checkActive(position.member); !active)
                return active.error();
        }
        if (const Outcome dates = checkDates(line, position.member); !dates)
            return dates.error();
    }
    for (const ShareEntry& line : *lines) {
        const MemberPosition& position = positionOf(positions, line.memberId);
        const LineCheck check { line, position, mutual };
        if (const Outcome balances = checkBalances(check, *lines, false); !balances)
            return balances.error();
    }
    if (const Outcome sums = checkTotals(*lines, positions, totals, mutual); !sums)
        return sums.error();
    return lines;
}

std::optional<TotalBreach> firstTotalBreach(const LedgerTotals& existing, const LedgerTotals& added,
                                            const QHash<qint64, QString>& classNames, const Mutual& mutual)
{
    std::optional<TotalBreach> first;
    const auto note = [&first](std::optional<TotalBreach> breach) {
        if (breach && (!first || breach->date < first->date))
            first = std::move(breach);
    };
    for (auto it = added.byClass.cbegin(); it != added.byClass.cend(); ++it)
        note(groupBreach(existing.byClass.value(it.key()), it.value(),
                         { TotalName::Of::Class, classNames.value(it.key()) }, mutual));
    note(groupBreach(existing.mutual, added.mutual, { TotalName::Of::Mutual, QString() }, mutual));
    return first;
}

namespace {

Outcome checkReversible(const ShareEntry& entry, const QDate& date, const QList<qint64>& reversedIds)
{
    if (entry.kind == ShareEntryKind::Reversal)
        return ledgerError(
            QCoreApplication::translate(
                "ShareLedger", "Entry %1 is itself a reversal; record a new entry instead of reversing it.")
                .arg(entry.id),
            "cannot-reverse-reversal", "entry");
    if (entry.kind == ShareEntryKind::InterestCapitalised)
        return ledgerError(QCoreApplication::translate("ShareLedger",
                                                       "Entry %1 capitalised interest under an approved "
                                                       "allocation, which is final; it cannot be reversed.")
                               .arg(entry.id),
                           "allocation-final", "entry");
    if (reversedIds.contains(entry.id))
        return ledgerError(
            QCoreApplication::translate("ShareLedger", "Entry %1 has already been reversed.").arg(entry.id),
            "already-reversed", "entry");
    if (!date.isValid() || date < entry.date)
        return ledgerError(QCoreApplication::translate(
                               "ShareLedger", "Entry %1 is dated %2; its reversal cannot be dated earlier.")
                               .arg(QString::number(entry.id), dateText(entry.date)),
                           "reversal-date", "date");
    return ok();
}

// A transfer is reversed as a pair, or shares would appear or vanish.
Outcome checkTransferPair(const QList<ShareEntry>& original)
{
    const qsizetype transferSides
        = std::count_if(original.cbegin(), original.cend(),
                        [](const ShareEntry& entry) { return entry.kind == ShareEntryKind::Transfer; });
    const bool isPair = original.size() == 2 && transferSides == 2
        && original[0].memberId == original[1].counterpartyId.value_or(0)
        && original[1].memberId == original[0].counterpartyId.value_or(0);
    if (transferSides == 0 && original.size() == 1)
        return ok();
    if (isPair)
        return ok();
    return ledgerError(QCoreApplication::translate(
                           "ShareLedger", "A transfer is reversed with both of its sides, and nothing else."),
                       "incomplete-transfer", "entry");
}

} // namespace

Result<QList<ShareEntry>> prepareReversal(const QList<ShareEntry>& original, const QDate& date,
                                          const QString& reference,
                                          const QHash<qint64, MemberPosition>& positions,
                                          const QList<qint64>& reversedIds, const Mutual& mutual,
                                          const LedgerTotals& totals)
{
    Q_ASSERT(!original.isEmpty());
    if (const Outcome checked = checkReference(reference); !checked)
        return checked.error();
    for (const ShareEntry& entry : original) {
        if (const Outcome reversible = checkReversible(entry, date, reversedIds); !reversible)
            return reversible.error();
    }
    if (const Outcome pair = checkTransferPair(original); !pair)
        return pair.error();

    QList<ShareEntry> lines;
    for (const ShareEntry& entry : original) {
        if (!positions.contains(entry.memberId))
            return unknownMemberError(entry.memberId);
        ShareEntry line;
        line.kind = ShareEntryKind::Reversal;
        line.date = date;
        line.memberId = entry.memberId;
        line.counterpartyId = entry.counterpartyId;
        line.reversesId = entry.id;
        line.reference = reference;
        // Only a line no version of the program could write holds the most negative 64-bit number.
        if (qSubOverflow(qint64 { 0 }, entry.shares, &line.shares)
            || qSubOverflow(qint64 { 0 }, entry.amount, &line.amount))
            return entryTooLargeError(
                QCoreApplication::translate("ShareLedger", "Entry %1 is too large to be reversed.")
                    .arg(entry.id),
                "entry");
        lines.append(line);
    }
    for (const ShareEntry& line : lines) {
        const MemberPosition& position = positionOf(positions, line.memberId);
        // Putting shares back on a member who has since ceased would give a former member shares.
        if (const Outcome dates = checkDates(line, position.member); !dates)
            return dates.error();
        const LineCheck check { line, position, mutual };
        if (const Outcome balances = checkBalances(check, lines, true); !balances)
            return balances.error();
    }
    if (const Outcome sums = checkTotals(lines, positions, totals, mutual); !sums)
        return sums.error();
    return lines;
}

Outcome checkMemberChange(const MemberPosition& changed, const Mutual& mutual, bool isClassChanged)
{
    if (changed.entries.isEmpty())
        return ok();
    for (const ShareEntry& entry : changed.entries) {
        if (const Outcome dates = checkDates(entry, changed.member); !dates)
            return dates;
    }
    const auto days = timelineOf(changed.member, changed.entries, {}, mutual);
    if (!days)
        return days.error();
    // The limits are checked over the whole history, from the first day the member held shares.
    ShareEntry fromTheStart;
    fromTheStart.memberId = changed.member.id;
    fromTheStart.date = days->constFirst().date;
    const LineCheck check { fromTheStart, changed, mutual };
    if (const Outcome limits = checkIncreaseLimits(check, *days, MinimumOnEntryDay::NotRequired); !limits)
        return limits;
    const DayTotal& latest = days->constLast();
    const bool isHeldToMinimum = isClassChanged && changed.member.status != MemberStatus::Ceased;
    if (isHeldToMinimum && latest.shares < changed.memberClass.minimumShares)
        return belowMinimumError(check, latest);
    return ok();
}

qint64 sharesThatCanBeGivenUp(const MemberPosition& position, const QDate& date)
{
    const qint64 memberId = position.member.id;
    // The holding only changes on the days of later entries, so those and `date` are the days to check.
    QList<QDate> days { date };
    for (const ShareEntry& entry : position.entries) {
        if (entry.memberId == memberId && entry.date > date)
            days.append(entry.date);
    }
    // checkReductionMinimum: a member that has not ceased keeps its class minimum; a ceased one may
    // end with nothing.
    const qint64 kept = position.member.status == MemberStatus::Ceased
        ? 0
        : std::max<qint64>(0, position.memberClass.minimumShares);
    qint64 most = std::numeric_limits<qint64>::max();
    for (const QDate& day : std::as_const(days))
        most = std::min(most, holdingAsOf(memberId, position.entries, day).shares - kept);
    return std::max<qint64>(0, most);
}

Holding holdingAsOf(qint64 memberId, const QList<ShareEntry>& entries, const QDate& asOf)
{
    Holding holding { memberId, 0, 0 };
    for (const ShareEntry& entry : entries) {
        if (entry.memberId == memberId && entry.date <= asOf) {
            holding.shares += entry.shares;
            holding.amount += entry.amount;
        }
    }
    return holding;
}

QList<Holding> holdingsAsOf(const QList<ShareEntry>& entries, const QDate& asOf)
{
    QMap<qint64, Holding> byMember;
    for (const ShareEntry& entry : entries) {
        if (entry.date > asOf)
            continue;
        Holding& holding = byMember[entry.memberId];
        holding.memberId = entry.memberId;
        holding.shares += entry.shares;
        holding.amount += entry.amount;
    }
    return byMember.values();
}

} // namespace mutualise::domain::ShareLedger
