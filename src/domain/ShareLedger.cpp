#include "ShareLedger.h"

#include <QCoreApplication>
#include <QLocale>
#include <QMap>

#include <algorithm>

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

Error overflowError()
{
    return ledgerError(
        QCoreApplication::translate("ShareLedger", "The figures are too large to be recorded."),
        "amount-overflow", "amount");
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
Result<QList<DayTotal>> timelineOf(qint64 memberId, const QList<ShareEntry>& existing,
                                   const QList<ShareEntry>& added)
{
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
        if (__builtin_add_overflow(running.shares, line->shares, &running.shares)
            || __builtin_add_overflow(running.amount, line->amount, &running.amount))
            return overflowError();
        running.date = line->date;
        days.append(running);
    }
    return days;
}

bool isIncrease(const ShareEntry& line)
{
    return line.shares > 0;
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
                                   "ShareLedger", "On %1 member %2 would hold %3 shares, %4 fewer than none.")
                                   .arg(dateText(day.date), check.position.member.number)
                                   .arg(day.shares)
                                   .arg(-day.shares),
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
    return ledgerError(QCoreApplication::translate(
                           "ShareLedger",
                           "On %1 member %2 would hold %3 shares; the class \"%4\" requires at least %5 "
                           "(a ceased member may hold none).")
                           .arg(dateText(day.date), check.position.member.number)
                           .arg(day.shares)
                           .arg(memberClass.name)
                           .arg(memberClass.minimumShares),
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
                    "ShareLedger",
                    "On %1 member %2 would hold %3 shares; the class \"%4\" allows at most %5.")
                    .arg(dateText(day.date), check.position.member.number)
                    .arg(day.shares)
                    .arg(memberClass.name)
                    .arg(*memberClass.maximumShares),
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

Outcome checkBalances(const LineCheck& check, const QList<ShareEntry>& added, bool isReversal)
{
    const auto days = timelineOf(check.line.memberId, check.position.entries, added);
    if (!days)
        return days.error();
    if (const Outcome zero = checkNotBelowZero(check, *days); !zero)
        return zero;
    // A correction may take a holding to zero or under the class minimum: it undoes a mistake. One
    // that raises a holding is still bound by the class maximum and the individual cap, which are
    // limits of law and of the rules, not of the entry being undone.
    if (isIncrease(check.line))
        return checkIncreaseLimits(check, *days,
                                   isReversal ? MinimumOnEntryDay::NotRequired : MinimumOnEntryDay::Required);
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

Result<qint64> amountFor(const ShareMovement& movement, const Mutual& mutual)
{
    qint64 expected = 0;
    if (__builtin_mul_overflow(movement.shares, mutual.nominalShareValue, &expected))
        return overflowError();
    if (!movement.amount)
        return expected;
    if (!mutual.amountMayDifferFromNominal && *movement.amount != expected)
        return ledgerError(
            QCoreApplication::translate("ShareLedger", "%1 shares at %2 each come to %3, not %4.")
                .arg(movement.shares)
                .arg(moneyText(mutual.nominalShareValue, mutual), moneyText(expected, mutual),
                     moneyText(*movement.amount, mutual)),
            "invalid-amount", "amount");
    if (*movement.amount <= 0)
        return ledgerError(QCoreApplication::translate("ShareLedger", "The amount must be more than zero."),
                           "invalid-amount", "amount");
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
    if (movement.kind == ShareEntryKind::Subscription)
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
    if (!movement.date.isValid())
        return ledgerError(QCoreApplication::translate("ShareLedger", "The entry needs a valid date."),
                           "invalid-date", "date");
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

} // namespace

Result<QList<ShareEntry>> prepare(const ShareMovement& movement,
                                  const QHash<qint64, MemberPosition>& positions, const Mutual& mutual)
{
    if (const Outcome shape = checkMovementShape(movement, positions); !shape)
        return shape.error();
    const Result<qint64> amount = amountFor(movement, mutual);
    if (!amount)
        return amount.error();
    const auto lines = linesFor(movement, *amount);
    for (const ShareEntry& line : *lines) {
        const MemberPosition position = positions.value(line.memberId);
        if (isIncrease(line)) {
            if (const Outcome active = checkActive(position.member); !active)
                return active.error();
        }
        if (const Outcome dates = checkDates(line, position.member); !dates)
            return dates.error();
    }
    for (const ShareEntry& line : *lines) {
        // value() shares the position's data implicitly: no copy of the history is made.
        const MemberPosition position = positions.value(line.memberId);
        const LineCheck check { line, position, mutual };
        if (const Outcome balances = checkBalances(check, *lines, false); !balances)
            return balances.error();
    }
    return lines;
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
                                          const QList<qint64>& reversedIds, const Mutual& mutual)
{
    Q_ASSERT(!original.isEmpty());
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
        if (__builtin_sub_overflow(qint64 { 0 }, entry.shares, &line.shares)
            || __builtin_sub_overflow(qint64 { 0 }, entry.amount, &line.amount))
            return overflowError();
        lines.append(line);
    }
    for (const ShareEntry& line : lines) {
        // value() shares the position's data implicitly: no copy of the history is made.
        const MemberPosition position = positions.value(line.memberId);
        // Putting shares back on a member who has since ceased would give a former member shares.
        if (const Outcome dates = checkDates(line, position.member); !dates)
            return dates.error();
        const LineCheck check { line, position, mutual };
        if (const Outcome balances = checkBalances(check, lines, true); !balances)
            return balances.error();
    }
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
    const auto days = timelineOf(changed.member.id, changed.entries, {});
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
