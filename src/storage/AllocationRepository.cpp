#include "AllocationRepository.h"

#include "BulkInsert.h"
#include "ShareLedgerRepository.h"
#include "Statement.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <limits>

namespace mutualise::storage {

namespace {

using domain::AllocationMember;
using domain::AllocationPlan;
using domain::SurplusAllocation;

// The context of this file's texts, as translators and the running program both name it.
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(AllocationRepository)
};

Error allocationError(const QString& message, const char* rule, const QString& field = {})
{
    return Error { message, QString::fromLatin1(rule), field };
}

// Every member with its class, in member number order (the shorter first, as the register lists them):
// what the allocation lists, and what the ledger's rules need to judge capitalised interest. The few
// classes are read once and shared, and the members are sorted here rather than read through the
// index of their numbers.
Result<QList<AllocationMember>> membersOf(const QSqlDatabase& database)
{
    Statement classQuery(
        database, QStringLiteral("SELECT id, name, minimum_shares, maximum_shares FROM member_classes"));
    if (auto done = classQuery.exec(); !done)
        return done.error();
    QHash<qint64, domain::MemberClass> classes;
    while (classQuery.next()) {
        domain::MemberClass memberClass;
        memberClass.id = classQuery.value(0).toLongLong();
        memberClass.name = classQuery.value(1).toString();
        memberClass.minimumShares = classQuery.value(2).toLongLong();
        if (!classQuery.value(3).isNull())
            memberClass.maximumShares = classQuery.value(3).toLongLong();
        classes.insert(memberClass.id, memberClass);
    }
    Statement count(database, QStringLiteral("SELECT COUNT(*) FROM members"));
    if (auto done = count.exec(); !done)
        return done.error();
    QList<AllocationMember> members;
    members.reserve(count.next() ? count.value(0).toLongLong() : 0);
    Statement query(database,
                    QStringLiteral("SELECT id, number, kind, status, admitted_on, ceased_on, class_id FROM "
                                   "members"));
    if (auto done = query.exec(); !done)
        return done.error();
    while (query.next()) {
        AllocationMember member;
        member.memberId = query.value(0).toLongLong();
        member.number = query.value(1).toString();
        member.kind = domain::kindFromKey(query.value(2).toString()).value_or(domain::MemberKind::Individual);
        member.status
            = domain::statusFromKey(query.value(3).toString()).value_or(domain::MemberStatus::Suspended);
        member.admittedOn = dateFrom(query.value(4));
        member.ceasedOn = dateFrom(query.value(5));
        member.memberClass = classes.value(query.value(6).toLongLong());
        members.append(std::move(member));
    }
    std::sort(members.begin(), members.end(),
              [](const AllocationMember& left, const AllocationMember& right) {
                  if (left.number.size() != right.number.size())
                      return left.number.size() < right.number.size();
                  return left.number < right.number;
              });
    return members;
}

// Each member's ledger grouped by day, in one query over the whole ledger.
Outcome addLedgers(const QSqlDatabase& database, QList<AllocationMember>& members,
                   const QHash<qint64, qsizetype>& indexOf)
{
    Statement query(database,
                    QStringLiteral("SELECT member_id, entry_date, SUM(shares), SUM(amount) FROM "
                                   "share_entries GROUP BY member_id, entry_date"));
    if (auto done = query.exec(); !done)
        return done;
    while (query.next()) {
        const qsizetype index = indexOf.value(query.value(0).toLongLong(), -1);
        if (index < 0)
            continue;
        members[index].lines.append(
            { dateFrom(query.value(1)), query.value(2).toLongLong(), query.value(3).toLongLong() });
    }
    return domain::ok();
}

// Each member's service charges dated in the year, net of reversals (which carry negative amounts).
Outcome addCharges(const QSqlDatabase& database, QList<AllocationMember>& members,
                   const QHash<qint64, qsizetype>& indexOf, const domain::Period& year)
{
    Statement query(database,
                    QStringLiteral("SELECT member_id, SUM(amount) FROM contributions WHERE kind = "
                                   "'charge' AND entry_date >= :first AND entry_date <= :last "
                                   "GROUP BY member_id"));
    query.bind(QStringLiteral(":first"), dateValue(year.first))
        .bind(QStringLiteral(":last"), dateValue(year.last));
    if (auto done = query.exec(); !done)
        return done;
    while (query.next()) {
        const qsizetype index = indexOf.value(query.value(0).toLongLong(), -1);
        if (index >= 0)
            members[index].charges = query.value(1).toLongLong();
    }
    return domain::ok();
}

Outcome checkLedgerInYear(const QSqlDatabase& database, const domain::Period& year, int yearNumber)
{
    Statement query(database,
                    QStringLiteral("SELECT EXISTS (SELECT 1 FROM share_entries WHERE entry_date <= "
                                   ":last)"));
    query.bind(QStringLiteral(":last"), dateValue(year.last));
    if (auto done = query.exec(); !done)
        return done;
    if (query.next() && query.value(0).toInt() != 0)
        return domain::ok();
    return allocationError(
        Texts::tr("The share ledger has no entry by the end of financial year %1 (%2 to %3), so "
                  "there is nothing to allocate on.")
            .arg(yearNumber)
            .arg(year.first.toString(Qt::ISODate), year.last.toString(Qt::ISODate)),
        "no-ledger", QStringLiteral("year"));
}

// The approving motion must be closed and carried; the allocation is dated the day of its meeting,
// after the year it allocates.
Result<QDate> resolutionDate(const QSqlDatabase& database, qint64 motionId, const domain::Period& year)
{
    Statement query(database,
                    QStringLiteral("SELECT mo.state, mo.outcome, me.held_on FROM motions mo JOIN "
                                   "meetings me ON me.id = mo.meeting_id WHERE mo.id = :id"));
    query.bind(QStringLiteral(":id"), motionId);
    if (auto done = query.exec(); !done)
        return done.error();
    if (!query.next())
        return allocationError(Texts::tr("There is no motion %1 to approve the allocation.").arg(motionId),
                               "unknown-motion", QStringLiteral("resolution"));
    const bool isCarried = query.value(0).toString() == QStringLiteral("closed")
        && query.value(1).toString() == QStringLiteral("carried");
    if (!isCarried)
        return allocationError(
            Texts::tr("Motion %1 has not been carried (its vote must be closed and the motion "
                      "carried), so it cannot approve the allocation.")
                .arg(motionId),
            "resolution-not-carried", QStringLiteral("resolution"));
    const QDate heldOn = dateFrom(query.value(2));
    if (!heldOn.isValid() || heldOn <= year.last)
        return allocationError(
            Texts::tr("Motion %1 was decided on %2, before financial year %3 ended on %4; a "
                      "surplus is allocated after its year.")
                .arg(QString::number(motionId), heldOn.toString(Qt::ISODate),
                     QString::number(year.first.year()), year.last.toString(Qt::ISODate)),
            "allocation-date", QStringLiteral("resolution"));
    return heldOn;
}

// The year's stored allocation: its id and whether it is approved; nothing when there is none.
struct StoredState
{
    qint64 id = 0;
    bool isApproved = false;
    QJsonObject plan;
};

Result<std::optional<StoredState>> storedState(const QSqlDatabase& database, int year)
{
    Statement query(database,
                    QStringLiteral("SELECT id, status, plan_json FROM allocations WHERE year = :year"));
    query.bind(QStringLiteral(":year"), year);
    if (auto done = query.exec(); !done)
        return done.error();
    if (!query.next())
        return std::optional<StoredState>();
    return std::optional<StoredState>(
        StoredState { query.value(0).toLongLong(), query.value(1).toString() == QStringLiteral("approved"),
                      QJsonDocument::fromJson(query.value(2).toString().toUtf8()).object() });
}

Outcome checkNotFinal(const std::optional<StoredState>& stored, int year)
{
    if (!stored || !stored->isApproved)
        return domain::ok();
    return allocationError(
        Texts::tr("The allocation of financial year %1 has been approved and is final.").arg(year),
        "allocation-final", QStringLiteral("year"));
}

Result<qint64> insertAllocation(MutualFile& file, const SurplusAllocation& allocation)
{
    const AllocationPlan& plan = allocation.plan;
    Statement insert(
        file.connection(),
        QStringLiteral(
            "INSERT INTO allocations (year, period_from, period_to, surplus, reserves, "
            "interest_rate_bp, interest_mode, interest_total, rebates, fund, distributable_profit, "
            "motion_id, allocated_on, status, plan_json, recorded_by, recorded_at) VALUES (:year, "
            ":from, :to, :surplus, :reserves, :rate, :mode, :interest, :rebates, :fund, :profit, "
            ":motion, :on, :status, :plan, :by, :at) RETURNING id"));
    insert.bind(QStringLiteral(":year"), plan.year)
        .bind(QStringLiteral(":from"), dateValue(allocation.year.first))
        .bind(QStringLiteral(":to"), dateValue(allocation.year.last))
        .bind(QStringLiteral(":surplus"), plan.surplus)
        .bind(QStringLiteral(":reserves"), plan.reserves)
        .bind(QStringLiteral(":rate"), plan.interestRateBp)
        .bind(QStringLiteral(":mode"), domain::interestModeKey(plan.interestMode))
        .bind(QStringLiteral(":interest"), allocation.interestTotal)
        .bind(QStringLiteral(":rebates"), allocation.rebatesTotal)
        .bind(QStringLiteral(":fund"), allocation.fund)
        .bind(QStringLiteral(":profit"), idValue(plan.distributableProfit))
        .bind(QStringLiteral(":motion"), idValue(plan.resolution))
        .bind(QStringLiteral(":on"), allocation.isApproved() ? dateValue(allocation.allocatedOn) : QVariant())
        .bind(QStringLiteral(":status"),
              allocation.isApproved() ? QStringLiteral("approved") : QStringLiteral("draft"))
        .bind(QStringLiteral(":plan"),
              QString::fromUtf8(
                  QJsonDocument(domain::allocationPlanToJson(plan)).toJson(QJsonDocument::Compact)))
        .bind(QStringLiteral(":by"), file.actor())
        .bind(QStringLiteral(":at"), nowUtcText());
    return insert.insertReturningId();
}

// The capitalised shares, each member's its own movement, dated the day of the approving meeting.
Result<QHash<qint64, qint64>> appendCapitalisedShares(MutualFile& file, const SurplusAllocation& allocation,
                                                      qint64 nominal)
{
    // Translated once: a lookup a member would cost more than the entry itself.
    const QString reference = Texts::tr("Interest for %1").arg(allocation.plan.year);
    QList<domain::ShareEntry> lines;
    for (const domain::InterestPart& part : allocation.interest) {
        if (part.capitalisedShares == 0)
            continue;
        domain::ShareEntry line;
        line.kind = domain::ShareEntryKind::InterestCapitalised;
        line.date = allocation.allocatedOn;
        line.memberId = part.memberId;
        line.shares = part.capitalisedShares;
        line.amount = part.capitalisedShares * nominal;
        line.reference = reference;
        lines.append(line);
    }
    QHash<qint64, qint64> entryOf;
    if (lines.isEmpty())
        return entryOf;
    const auto stored = appendShareLines(file.connection(), lines, file.actor(), LineMovements::MovementEach);
    if (!stored)
        return stored.error();
    entryOf.reserve(stored->size());
    for (const domain::ShareEntry& entry : *stored)
        entryOf.insert(entry.memberId, entry.id);
    return entryOf;
}

// Every member's part, written a chunk of rows at a time.
Outcome insertPayments(MutualFile& file, qint64 allocationId, const SurplusAllocation& allocation,
                       const QHash<qint64, qint64>& entryOf)
{
    BulkInsert insert(file.connection(), QStringLiteral("allocation_payments"),
                      { QStringLiteral("allocation_id"), QStringLiteral("member_id"), QStringLiteral("kind"),
                        QStringLiteral("basis"), QStringLiteral("amount"), QStringLiteral("paid"),
                        QStringLiteral("capitalised_shares"), QStringLiteral("share_entry_id") });
    const QVariant interest = QStringLiteral("interest");
    for (const domain::InterestPart& part : allocation.interest) {
        if (part.amount == 0)
            continue;
        const qint64 entry = entryOf.value(part.memberId, 0);
        if (auto done = insert.add({ allocationId, part.memberId, interest, part.shareDays, part.amount,
                                     part.paid, part.capitalisedShares, entry == 0 ? QVariant() : entry });
            !done)
            return done;
    }
    const QVariant rebate = QStringLiteral("rebate");
    for (const domain::RebatePart& part : allocation.rebates) {
        if (part.amount == 0)
            continue;
        if (auto done = insert.add({ allocationId, part.memberId, rebate, part.charges, part.amount,
                                     part.amount, 0, QVariant() });
            !done)
            return done;
    }
    return insert.finish();
}

QJsonObject summaryJson(const SurplusAllocation& allocation)
{
    return QJsonObject { { QStringLiteral("plan"), domain::allocationPlanToJson(allocation.plan) },
                         { QStringLiteral("interestTotal"), allocation.interestTotal },
                         { QStringLiteral("rebates"), allocation.rebatesTotal },
                         { QStringLiteral("fund"), allocation.fund },
                         { QStringLiteral("capitalisedShares"), allocation.capitalisedShares },
                         { QStringLiteral("allocatedOn"),
                           allocation.isApproved() ? allocation.allocatedOn.toString(Qt::ISODate)
                                                   : QString() } };
}

const QString rowColumns = QStringLiteral(
    "id, year, period_from, period_to, surplus, reserves, interest_rate_bp, interest_mode, interest_total, "
    "rebates, fund, distributable_profit, motion_id, allocated_on, status");

AllocationRow rowFrom(const Statement& query)
{
    AllocationRow row;
    row.id = query.value(0).toLongLong();
    row.year = query.value(1).toInt();
    row.period = { dateFrom(query.value(2)), dateFrom(query.value(3)) };
    row.surplus = query.value(4).toLongLong();
    row.reserves = query.value(5).toLongLong();
    row.interestRateBp = query.value(6).toInt();
    row.interestMode
        = domain::interestModeFromKey(query.value(7).toString()).value_or(domain::InterestMode::Pay);
    row.interestTotal = query.value(8).toLongLong();
    row.rebates = query.value(9).toLongLong();
    row.fund = query.value(10).toLongLong();
    row.distributableProfit = idFrom(query.value(11));
    row.motionId = idFrom(query.value(12));
    row.allocatedOn = dateFrom(query.value(13));
    row.isApproved = query.value(14).toString() == QStringLiteral("approved");
    return row;
}

} // namespace

AllocationRepository::AllocationRepository(MutualFile& file)
    : m_file(file)
{ }

domain::Period AllocationRepository::financialYear(int year) const
{
    const domain::Mutual mutual = m_file.mutual();
    return mutual.financialYearContaining(
        QDate(year, mutual.financialYearStartMonth, mutual.financialYearStartDay));
}

Result<SurplusAllocation> AllocationRepository::compute(const AllocationPlan& plan,
                                                        const QDate& draftDate) const
{
    const QSqlDatabase database = m_file.connection();
    const auto mutual = m_file.readMutual();
    if (!mutual)
        return mutual.error();
    if (const Outcome rate = domain::checkInterestRate(plan, *mutual); !rate)
        return rate.error();
    const domain::Period year = financialYear(plan.year);
    const auto stored = storedState(database, plan.year);
    if (!stored)
        return stored.error();
    if (const Outcome final = checkNotFinal(*stored, plan.year); !final)
        return final.error();
    QDate allocatedOn = std::max(draftDate, year.last.addDays(1));
    if (plan.resolution) {
        const auto heldOn = resolutionDate(database, *plan.resolution, year);
        if (!heldOn)
            return heldOn.error();
        allocatedOn = *heldOn;
    }
    if (const Outcome ledger = checkLedgerInYear(database, year, plan.year); !ledger)
        return ledger.error();

    auto found = membersOf(database);
    if (!found)
        return found.error();
    QList<AllocationMember>* members = &found.value();
    QHash<qint64, qsizetype> indexOf;
    indexOf.reserve(members->size());
    for (qsizetype i = 0; i < members->size(); ++i)
        indexOf.insert(members->at(i).memberId, i);
    if (const Outcome ledgers = addLedgers(database, *members, indexOf); !ledgers)
        return ledgers.error();
    if (const Outcome charges = addCharges(database, *members, indexOf, year); !charges)
        return charges.error();
    return domain::allocateSurplus(plan, *mutual, year, *members, allocatedOn);
}

Result<SurplusAllocation> AllocationRepository::allocate(const AllocationPlan& plan, const QDate& draftDate)
{
    std::optional<SurplusAllocation> result;
    const Outcome outcome = m_file.inTransaction([&]() -> Outcome {
        auto allocation = compute(plan, draftDate);
        if (!allocation)
            return allocation.error();
        const auto stored = storedState(m_file.connection(), plan.year);
        if (!stored)
            return stored.error();
        QJsonObject before;
        if (*stored) {
            // Only a draft is left here: compute() refused a final one.
            Statement remove(m_file.connection(), QStringLiteral("DELETE FROM allocations WHERE id = :id"));
            remove.bind(QStringLiteral(":id"), (*stored)->id);
            if (auto done = remove.exec(); !done)
                return done;
            before = (*stored)->plan;
        }
        const auto id = insertAllocation(m_file, *allocation);
        if (!id)
            return id.error();
        const QString key = QString::number(plan.year);
        if (!allocation->isApproved()) {
            result = std::move(allocation).value();
            return m_file.audit(QStringLiteral("allocation.draft"), QStringLiteral("allocation"), key,
                                before.isEmpty() ? QJsonObject()
                                                 : QJsonObject { { QStringLiteral("plan"), before } },
                                summaryJson(*result));
        }
        const auto entryOf = appendCapitalisedShares(m_file, *allocation, m_file.mutual().nominalShareValue);
        if (!entryOf)
            return entryOf.error();
        if (auto done = insertPayments(m_file, *id, *allocation, *entryOf); !done)
            return done;
        if (!entryOf->isEmpty()) {
            qint64 lowest = std::numeric_limits<qint64>::max();
            qint64 highest = 0;
            for (const qint64 entryId : *entryOf) {
                lowest = std::min(lowest, entryId);
                highest = std::max(highest, entryId);
            }
            const QJsonObject capitalised { { QStringLiteral("entries"), entryOf->size() },
                                            { QStringLiteral("firstId"), lowest },
                                            { QStringLiteral("lastId"), highest },
                                            { QStringLiteral("shares"), allocation->capitalisedShares } };
            if (auto done = m_file.audit(QStringLiteral("share.capitalise"), QStringLiteral("share_entry"),
                                         key, {}, capitalised);
                !done)
                return done;
        }
        result = std::move(allocation).value();
        return m_file.audit(QStringLiteral("allocation.approve"), QStringLiteral("allocation"), key,
                            before.isEmpty() ? QJsonObject()
                                             : QJsonObject { { QStringLiteral("plan"), before } },
                            summaryJson(*result));
    });
    if (!outcome)
        return outcome.error();
    return *result;
}

Result<QList<AllocationRow>> AllocationRepository::all() const
{
    Statement query(m_file.connection(),
                    QStringLiteral("SELECT %1 FROM allocations ORDER BY year").arg(rowColumns));
    if (auto done = query.exec(); !done)
        return done.error();
    QList<AllocationRow> rows;
    while (query.next())
        rows.append(rowFrom(query));
    return rows;
}

Result<std::optional<AllocationRow>> AllocationRepository::ofYear(int year) const
{
    Statement query(m_file.connection(),
                    QStringLiteral("SELECT %1 FROM allocations WHERE year = :year").arg(rowColumns));
    query.bind(QStringLiteral(":year"), year);
    if (auto done = query.exec(); !done)
        return done.error();
    if (!query.next())
        return std::optional<AllocationRow>();
    return std::optional<AllocationRow>(rowFrom(query));
}

Result<QList<AllocationPaymentRow>> AllocationRepository::payments(qint64 allocationId) const
{
    Statement query(
        m_file.connection(),
        QStringLiteral(
            "SELECT p.member_id, m.number, m.name, p.kind, p.basis, p.amount, p.paid, "
            "p.capitalised_shares FROM allocation_payments p JOIN members m ON m.id = "
            "p.member_id WHERE p.allocation_id = :id ORDER BY length(m.number), m.number, p.kind"));
    query.bind(QStringLiteral(":id"), allocationId);
    if (auto done = query.exec(); !done)
        return done.error();
    QList<AllocationPaymentRow> rows;
    while (query.next()) {
        rows.append({ query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                      query.value(3).toString(), query.value(4).toLongLong(), query.value(5).toLongLong(),
                      query.value(6).toLongLong(), query.value(7).toLongLong() });
    }
    return rows;
}

Result<QList<domain::AllocationMemberPart>> AllocationRepository::memberParts(const AllocationRow& allocation,
                                                                              const QDate& draftDate) const
{
    if (!allocation.isApproved) {
        const auto computed = compute(allocation.plan(), draftDate);
        if (!computed)
            return computed.error();
        Statement query(m_file.connection(), QStringLiteral("SELECT id, name FROM members"));
        if (auto done = query.exec(); !done)
            return done.error();
        QHash<qint64, QString> names;
        while (query.next())
            names.insert(query.value(0).toLongLong(), query.value(1).toString());
        return domain::memberParts(*computed, names);
    }
    const auto found = payments(allocation.id);
    if (!found)
        return found.error();
    // The payments come by member number, the interest before the rebate.
    QList<domain::AllocationMemberPart> parts;
    for (const AllocationPaymentRow& payment : *found) {
        if (parts.isEmpty() || parts.constLast().memberId != payment.memberId) {
            domain::AllocationMemberPart part;
            part.memberId = payment.memberId;
            part.number = payment.memberNumber;
            part.name = payment.memberName;
            parts.append(part);
        }
        domain::AllocationMemberPart& part = parts.last();
        if (payment.kind == QLatin1String("interest")) {
            part.shareDays = payment.basis;
            part.interest = payment.amount;
            part.capitalisedShares = payment.capitalisedShares;
            part.interestPaid = payment.paid;
        } else {
            part.charges = payment.basis;
            part.rebate = payment.amount;
        }
    }
    return parts;
}

domain::AllocationPlan AllocationRow::plan() const
{
    domain::AllocationPlan plan;
    plan.year = year;
    plan.surplus = surplus;
    plan.reserves = reserves;
    plan.interestRateBp = interestRateBp;
    plan.interestMode = interestMode;
    plan.rebates = rebates;
    plan.fund = fund;
    plan.distributableProfit = distributableProfit;
    return plan;
}

} // namespace mutualise::storage
