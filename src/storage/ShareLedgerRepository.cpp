#include "ShareLedgerRepository.h"

#include "BulkInsert.h"
#include "MemberRepository.h"
#include "Statement.h"
#include "domain/Dates.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QtNumeric>

#include <limits>

namespace mutualise::storage {

namespace {

using domain::MemberPosition;
using domain::ShareEntry;

const QString entryColumns = QStringLiteral("e.id, e.kind, e.entry_date, e.member_id, e.shares, e.amount, "
                                            "e.counterparty_id, e.reverses_id, e.reference, "
                                            "e.recorded_by, e.recorded_at");
constexpr int entryColumnCount = 11;

// Rule "total-too-large" for a sum of the ledger that does not fit in 64 bits: `what` is the total,
// "The mutual's share capital".
Error sumTooLargeError(const QString& what)
{
    return Error { QCoreApplication::translate(
                       "ShareLedgerRepository",
                       "%1 comes to more than %2, the most that can be added up: the "
                       "ledger holds an entry far too large, which a reversal can undo.")
                       .arg(what, QLocale().toString(std::numeric_limits<qint64>::max())),
                   QStringLiteral("total-too-large"),
                   {} };
}

// The shares and amount of the two split sums starting at `column` (shares, then amount).
Result<domain::Holding> joinedHolding(const Statement& query, int column, qint64 memberId,
                                      const QString& what)
{
    const std::optional<qint64> shares = joinedSum(query, column);
    const std::optional<qint64> amount = joinedSum(query, column + 2);
    if (!shares || !amount)
        return sumTooLargeError(what);
    return domain::Holding { memberId, *shares, *amount };
}

ShareEntry entryFrom(const Statement& query)
{
    ShareEntry entry;
    entry.id = query.value(0).toLongLong();
    entry.kind
        = domain::entryKindFromKey(query.value(1).toString()).value_or(domain::ShareEntryKind::Subscription);
    entry.date = dateFrom(query.value(2));
    entry.memberId = query.value(3).toLongLong();
    entry.shares = query.value(4).toLongLong();
    entry.amount = query.value(5).toLongLong();
    entry.counterpartyId = idFrom(query.value(6));
    entry.reversesId = idFrom(query.value(7));
    entry.reference = query.value(8).toString();
    entry.recordedBy = query.value(9).toString();
    entry.recordedAt = QDateTime::fromString(query.value(10).toString(), Qt::ISODateWithMs);
    return entry;
}

QJsonObject entryToJson(const ShareEntry& entry)
{
    QJsonObject json { { QStringLiteral("id"), entry.id },
                       { QStringLiteral("kind"), domain::entryKindKey(entry.kind) },
                       { QStringLiteral("date"), entry.date.toString(Qt::ISODate) },
                       { QStringLiteral("memberId"), entry.memberId },
                       { QStringLiteral("shares"), entry.shares },
                       { QStringLiteral("amount"), entry.amount },
                       { QStringLiteral("reference"), entry.reference } };
    if (entry.counterpartyId)
        json.insert(QStringLiteral("counterpartyId"), *entry.counterpartyId);
    if (entry.reversesId)
        json.insert(QStringLiteral("reversesId"), *entry.reversesId);
    return json;
}

QJsonObject entriesToJson(const QList<ShareEntry>& entries)
{
    QJsonArray array;
    for (const ShareEntry& entry : entries)
        array.append(entryToJson(entry));
    return QJsonObject { { QStringLiteral("entries"), array } };
}

QString idsOf(const QList<ShareEntry>& entries)
{
    QStringList ids;
    for (const ShareEntry& entry : entries)
        ids.append(QString::number(entry.id));
    return ids.join(u',');
}

Result<QList<ShareEntry>> entriesWhere(const QSqlDatabase& database, const QString& condition,
                                       const QString& placeholder, qint64 value)
{
    Statement query(
        database,
        QStringLiteral("SELECT %1 FROM share_entries e WHERE %2 ORDER BY e.id").arg(entryColumns, condition));
    query.bind(placeholder, value);
    if (auto done = query.exec(); !done)
        return done.error();
    QList<ShareEntry> entries;
    while (query.next())
        entries.append(entryFrom(query));
    return entries;
}

// Adds the member's register entry, class and whole ledger to `positions`. A member that does not
// exist is left out, so that the ledger rules report it as "unknown-member".
Outcome addPosition(MutualFile& file, QHash<qint64, MemberPosition>& positions, qint64 memberId)
{
    if (positions.contains(memberId))
        return domain::ok();
    MemberRepository members(file);
    const auto member = members.member(memberId);
    if (!member)
        return member.error().rule == QStringLiteral("unknown-member") ? domain::ok()
                                                                       : Outcome(member.error());
    MemberPosition position;
    position.member = *member;
    const auto classes = members.classes();
    if (!classes)
        return classes.error();
    for (const domain::MemberClass& memberClass : *classes) {
        if (memberClass.id == member->classId)
            position.memberClass = memberClass;
    }
    const auto entries = ShareLedgerRepository(file).entriesOf(memberId);
    if (!entries)
        return entries.error();
    position.entries = *entries;
    positions.insert(memberId, position);
    return domain::ok();
}

// How the holdings of the members chosen by `condition` changed day by day, as the ledger stands.
Result<QList<domain::DayChange>> dayChanges(const QSqlDatabase& database, const QString& condition,
                                            qint64 classId, const QString& what)
{
    Statement query(
        database,
        QStringLiteral("SELECT e.entry_date, %1, %2 FROM share_entries e%3 GROUP BY "
                       "e.entry_date")
            .arg(splitSum(QStringLiteral("e.shares")), splitSum(QStringLiteral("e.amount")), condition));
    if (!condition.isEmpty())
        query.bind(QStringLiteral(":class"), classId);
    if (auto done = query.exec(); !done)
        return done.error();
    QList<domain::DayChange> changes;
    while (query.next()) {
        const auto day = joinedHolding(query, 1, 0, what);
        if (!day)
            return day.error();
        changes.append({ dateFrom(query.value(0)), day->shares, day->amount });
    }
    return changes;
}

// The totals the ledger rules check a movement that raises holdings against: the mutual's, and those of
// the classes of the members in `positions`.
Result<domain::LedgerTotals> ledgerTotals(const QSqlDatabase& database,
                                          const QHash<qint64, MemberPosition>& positions)
{
    domain::LedgerTotals totals;
    auto mutual = dayChanges(
        database, {}, 0, QCoreApplication::translate("ShareLedgerRepository", "The mutual's share capital"));
    if (!mutual)
        return mutual.error();
    totals.mutual = std::move(mutual).value();
    for (const MemberPosition& position : positions) {
        const domain::MemberClass& memberClass = position.memberClass;
        if (totals.byClass.contains(memberClass.id))
            continue;
        auto changes = dayChanges(
            database, QStringLiteral(" JOIN members m ON m.id = e.member_id WHERE m.class_id = :class"),
            memberClass.id,
            QCoreApplication::translate("ShareLedgerRepository", "The holding of the class \"%1\"")
                .arg(memberClass.name));
        if (!changes)
            return changes.error();
        totals.byClass.insert(memberClass.id, std::move(changes).value());
    }
    return totals;
}

Result<qint64> nextMovementId(const QSqlDatabase& database)
{
    // Safe inside BEGIN IMMEDIATE: no other writer can take the same number.
    Statement query(database, QStringLiteral("SELECT COALESCE(MAX(movement_id), 0) + 1 FROM share_entries"));
    if (auto done = query.exec(); !done)
        return done.error();
    query.next();
    return query.value(0).toLongLong();
}

// Appends the lines of one movement; they share a movement id so that both sides of a transfer are
// always found together.
Result<QList<ShareEntry>> appendLines(const QSqlDatabase& database, const QList<ShareEntry>& lines,
                                      const QString& actor,
                                      LineMovements movements = LineMovements::OneMovement)
{
    const auto movementId = nextMovementId(database);
    if (!movementId)
        return movementId.error();
    Statement insert(
        database,
        QStringLiteral("INSERT INTO share_entries (movement_id, kind, entry_date, member_id, shares, "
                       "amount, counterparty_id, reverses_id, reference, recorded_by, recorded_at) "
                       "VALUES (:movement, :kind, :date, :member, :shares, :amount, :counterparty, "
                       ":reverses, :reference, :recorded_by, :recorded_at) RETURNING id"));
    const QString recordedAt = nowUtcText();
    QList<ShareEntry> stored;
    stored.reserve(lines.size());
    qint64 movement = *movementId;
    for (ShareEntry line : lines) {
        insert.bind(QStringLiteral(":movement"), movement)
            .bind(QStringLiteral(":kind"), domain::entryKindKey(line.kind))
            .bind(QStringLiteral(":date"), dateValue(line.date))
            .bind(QStringLiteral(":member"), line.memberId)
            .bind(QStringLiteral(":shares"), line.shares)
            .bind(QStringLiteral(":amount"), line.amount)
            .bind(QStringLiteral(":counterparty"), idValue(line.counterpartyId))
            .bind(QStringLiteral(":reverses"), idValue(line.reversesId))
            .bind(QStringLiteral(":reference"), line.reference)
            .bind(QStringLiteral(":recorded_by"), actor)
            .bind(QStringLiteral(":recorded_at"), recordedAt);
        const auto id = insert.insertReturningId();
        if (!id)
            return id.error();
        line.id = *id;
        line.recordedBy = actor;
        line.recordedAt = QDateTime::fromString(recordedAt, Qt::ISODateWithMs);
        stored.append(line);
        if (movements == LineMovements::MovementEach)
            ++movement;
    }
    return stored;
}

// From how many lines appendShareLines writes them a chunk at a time.
constexpr qsizetype bulkLines = 64;

QString filterClause(const ShareEntryFilter& filter)
{
    QStringList conditions;
    if (filter.memberId)
        conditions.append(QStringLiteral("e.member_id = :member"));
    if (filter.from.isValid())
        conditions.append(QStringLiteral("e.entry_date >= :from"));
    if (filter.to.isValid())
        conditions.append(QStringLiteral("e.entry_date <= :to"));
    return conditions.isEmpty() ? QString()
                                : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

// " ORDER BY …" for a listing of entries (aliases as in entries()).
QString entryOrderClause(const ShareEntryFilter& filter)
{
    using Key = ShareEntryFilter::SortKey;
    const QString direction = filter.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    QString column;
    switch (filter.sortKey) {
    case Key::Date:
    case Key::EntryNumber:
        break;
    case Key::Kind:
        column = QStringLiteral("e.kind");
        break;
    case Key::Member:
        column = QStringLiteral("length(m.number)%1, m.number").arg(direction);
        break;
    case Key::Counterparty:
        column = QStringLiteral("length(cp.number)%1, cp.number").arg(direction);
        break;
    case Key::Shares:
        column = QStringLiteral("e.shares");
        break;
    case Key::Amount:
        column = QStringLiteral("e.amount");
        break;
    case Key::Reference:
        column = QStringLiteral("e.reference COLLATE NOCASE");
        break;
    case Key::RecordedBy:
        column = QStringLiteral("e.recorded_by COLLATE NOCASE");
        break;
    }
    const QString order
        = filter.sortKey == Key::EntryNumber ? QString() : QStringLiteral("e.entry_date%1, ").arg(direction);
    return QStringLiteral(" ORDER BY ")
        + (column.isEmpty() ? QString() : column + direction + QStringLiteral(", ")) + order
        + QStringLiteral("e.id") + direction;
}

void bindFilter(Statement& statement, const ShareEntryFilter& filter)
{
    if (filter.memberId)
        statement.bind(QStringLiteral(":member"), *filter.memberId);
    if (filter.from.isValid())
        statement.bind(QStringLiteral(":from"), dateValue(filter.from));
    if (filter.to.isValid())
        statement.bind(QStringLiteral(":to"), dateValue(filter.to));
}

} // namespace

QString subscribedCondition()
{
    return QStringLiteral("e.kind IN ('subscription', 'reversal') AND (e.kind = 'subscription' OR EXISTS "
                          "(SELECT 1 FROM share_entries o WHERE o.id = e.reverses_id AND o.kind = "
                          "'subscription'))");
}

Result<QList<domain::ShareEntry>> appendShareLines(const QSqlDatabase& database,
                                                   const QList<domain::ShareEntry>& lines,
                                                   const QString& actor, LineMovements movements)
{
    if (lines.size() < bulkLines)
        return appendLines(database, lines, actor, movements);
    // Many lines at once (an allocation capitalises the interest of every member): written a chunk at a
    // time, since a statement a line costs more than the ledger's own work. Inside BEGIN IMMEDIATE no
    // other writer can take the ids and movement numbers given here.
    const auto movementId = nextMovementId(database);
    if (!movementId)
        return movementId.error();
    Statement last(database, QStringLiteral("SELECT COALESCE(MAX(id), 0) + 1 FROM share_entries"));
    if (auto done = last.exec(); !done)
        return done.error();
    last.next();
    const qint64 firstId = last.value(0).toLongLong();
    const QString recordedAt = nowUtcText();
    BulkInsert insert(database, QStringLiteral("share_entries"),
                      { QStringLiteral("id"), QStringLiteral("movement_id"), QStringLiteral("kind"),
                        QStringLiteral("entry_date"), QStringLiteral("member_id"), QStringLiteral("shares"),
                        QStringLiteral("amount"), QStringLiteral("counterparty_id"),
                        QStringLiteral("reverses_id"), QStringLiteral("reference"),
                        QStringLiteral("recorded_by"), QStringLiteral("recorded_at") });
    const qint64 movementStep = movements == LineMovements::MovementEach ? 1 : 0;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const ShareEntry& line = lines.at(i);
        if (auto done = insert.add({ firstId + i, *movementId + i * movementStep,
                                     domain::entryKindKey(line.kind), dateValue(line.date), line.memberId,
                                     line.shares, line.amount, idValue(line.counterpartyId),
                                     idValue(line.reversesId), line.reference, actor, recordedAt });
            !done)
            return done.error();
    }
    if (auto done = insert.finish(); !done)
        return done.error();
    QList<ShareEntry> stored;
    stored.reserve(lines.size());
    const QDateTime at = QDateTime::fromString(recordedAt, Qt::ISODateWithMs);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        ShareEntry line = lines[i];
        line.id = firstId + i;
        line.recordedBy = actor;
        line.recordedAt = at;
        stored.append(line);
    }
    return stored;
}

ShareLedgerRepository::ShareLedgerRepository(MutualFile& file)
    : m_file(file)
{ }

Result<qint64> ShareLedgerRepository::count(const ShareEntryFilter& filter) const
{
    Statement query(m_file.connection(),
                    QStringLiteral("SELECT COUNT(*) FROM share_entries e") + filterClause(filter));
    bindFilter(query, filter);
    if (auto done = query.exec(); !done)
        return done.error();
    return query.next() ? query.value(0).toLongLong() : 0;
}

Result<QList<ShareEntryRow>> ShareLedgerRepository::entries(const ShareEntryFilter& filter, qint64 offset,
                                                            qint64 limit) const
{
    Statement query(
        m_file.connection(),
        QStringLiteral("SELECT %1, m.number, m.name, cp.number, EXISTS (SELECT 1 FROM share_entries r "
                       "WHERE r.reverses_id = e.id) FROM share_entries e JOIN members m ON m.id = "
                       "e.member_id LEFT JOIN members cp ON cp.id = e.counterparty_id")
                .arg(entryColumns)
            + filterClause(filter) + entryOrderClause(filter)
            + QStringLiteral(" LIMIT :limit OFFSET :offset"));
    bindFilter(query, filter);
    query.bind(QStringLiteral(":limit"), limitValue(limit))
        .bind(QStringLiteral(":offset"), qMax<qint64>(0, offset));
    if (auto done = query.exec(); !done)
        return done.error();
    QList<ShareEntryRow> rows;
    while (query.next()) {
        ShareEntryRow row;
        row.entry = entryFrom(query);
        row.memberNumber = query.value(entryColumnCount).toString();
        row.memberName = query.value(entryColumnCount + 1).toString();
        row.counterpartyNumber = query.value(entryColumnCount + 2).toString();
        row.isReversed = query.value(entryColumnCount + 3).toInt() != 0;
        rows.append(row);
    }
    return rows;
}

Result<QList<domain::ShareEntry>> ShareLedgerRepository::entriesOf(qint64 memberId) const
{
    return entriesWhere(m_file.connection(), QStringLiteral("e.member_id = :member"),
                        QStringLiteral(":member"), memberId);
}

Result<QList<domain::ShareEntry>> ShareLedgerRepository::record(const domain::ShareMovement& movement)
{
    if (auto done = domain::checkNotInFuture(movement.date, QDate::currentDate(), QStringLiteral("date"));
        !done)
        return done.error();
    QList<ShareEntry> stored;
    const Outcome outcome = m_file.inTransaction([&]() -> Outcome {
        QHash<qint64, MemberPosition> positions;
        if (auto done = addPosition(m_file, positions, movement.memberId); !done)
            return done;
        if (movement.toMemberId) {
            if (auto done = addPosition(m_file, positions, *movement.toMemberId); !done)
                return done;
        }
        const auto mutual = m_file.readMutual();
        if (!mutual)
            return mutual.error();
        // Only a subscription or a transfer raises a holding, and with it the totals to check.
        domain::LedgerTotals totals;
        const bool raisesHoldings = movement.kind == domain::ShareEntryKind::Subscription
            || movement.kind == domain::ShareEntryKind::Transfer
            || movement.kind == domain::ShareEntryKind::InterestCapitalised;
        if (raisesHoldings) {
            auto facts = ledgerTotals(m_file.connection(), positions);
            if (!facts)
                return facts.error();
            totals = std::move(facts).value();
        }
        const auto lines = domain::ShareLedger::prepare(movement, positions, *mutual, totals);
        if (!lines)
            return lines.error();
        const auto appended = appendLines(m_file.connection(), *lines, m_file.actor());
        if (!appended)
            return appended.error();
        stored = *appended;
        return m_file.audit(QStringLiteral("share.record"), QStringLiteral("share_entry"), idsOf(stored), {},
                            entriesToJson(stored));
    });
    if (!outcome)
        return outcome.error();
    return stored;
}

Result<QList<domain::ShareEntry>> ShareLedgerRepository::reverse(qint64 entryId, const QDate& date,
                                                                 const QString& reference)
{
    if (auto done = domain::checkNotInFuture(date, QDate::currentDate(), QStringLiteral("date")); !done)
        return done.error();
    QList<ShareEntry> stored;
    const Outcome outcome = m_file.inTransaction([&]() -> Outcome {
        const QSqlDatabase database = m_file.connection();
        // Every line of the entry's movement: both sides of a transfer are reversed together.
        const auto originals = entriesWhere(
            database,
            QStringLiteral("e.movement_id = (SELECT movement_id FROM share_entries WHERE id = :id)"),
            QStringLiteral(":id"), entryId);
        if (!originals)
            return originals.error();
        if (originals->isEmpty()) {
            return Error { QCoreApplication::translate("ShareLedgerRepository",
                                                       "There is no ledger entry %1.")
                               .arg(entryId),
                           QStringLiteral("unknown-entry"),
                           {} };
        }
        QHash<qint64, MemberPosition> positions;
        QList<qint64> reversedIds;
        for (const ShareEntry& original : *originals) {
            if (auto done = addPosition(m_file, positions, original.memberId); !done)
                return done;
            const auto reversals = entriesWhere(database, QStringLiteral("e.reverses_id = :id"),
                                                QStringLiteral(":id"), original.id);
            if (!reversals)
                return reversals.error();
            if (!reversals->isEmpty())
                reversedIds.append(original.id);
        }
        const auto mutual = m_file.readMutual();
        if (!mutual)
            return mutual.error();
        // Undoing a withdrawal, a forfeiture or a transfer gives shares back, and raises the totals.
        domain::LedgerTotals totals;
        const bool raisesHoldings
            = std::any_of(originals->cbegin(), originals->cend(),
                          [](const ShareEntry& entry) { return entry.shares < 0 || entry.amount < 0; });
        if (raisesHoldings) {
            auto facts = ledgerTotals(database, positions);
            if (!facts)
                return facts.error();
            totals = std::move(facts).value();
        }
        const auto lines = domain::ShareLedger::prepareReversal(*originals, date, reference, positions,
                                                                reversedIds, *mutual, totals);
        if (!lines)
            return lines.error();
        const auto appended = appendLines(database, *lines, m_file.actor());
        if (!appended)
            return appended.error();
        stored = *appended;
        return m_file.audit(QStringLiteral("share.reverse"), QStringLiteral("share_entry"), idsOf(*originals),
                            entriesToJson(*originals), entriesToJson(stored));
    });
    if (!outcome)
        return outcome.error();
    return stored;
}

Result<QList<HoldingRow>> ShareLedgerRepository::holdingsAsOf(const QDate& asOf) const
{
    // A holding of nothing is left out once its parts are put together: the parts of a sum of zero need
    // not both be zero.
    Statement query(
        m_file.connection(),
        QStringLiteral("SELECT h.member_id, m.number, m.name, c.name, h.shares_high, h.shares_low, "
                       "h.amount_high, h.amount_low FROM (SELECT member_id, %1, %2 FROM "
                       "share_entries WHERE entry_date <= :as_of GROUP BY member_id) h JOIN members m ON "
                       "m.id = h.member_id JOIN member_classes c ON c.id = m.class_id ORDER BY m.number")
            .arg(splitSum(QStringLiteral("shares"), QStringLiteral("shares")),
                 splitSum(QStringLiteral("amount"), QStringLiteral("amount"))));
    query.bind(QStringLiteral(":as_of"), dateValue(asOf));
    if (auto done = query.exec(); !done)
        return done.error();
    QList<HoldingRow> rows;
    while (query.next()) {
        HoldingRow row;
        row.memberNumber = query.value(1).toString();
        const auto holding
            = joinedHolding(query, 4, query.value(0).toLongLong(),
                            QCoreApplication::translate("ShareLedgerRepository", "The holding of member %1")
                                .arg(row.memberNumber));
        if (!holding)
            return holding.error();
        if (holding->shares == 0 && holding->amount == 0)
            continue;
        row.holding = *holding;
        row.memberName = query.value(2).toString();
        row.className = query.value(3).toString();
        rows.append(row);
    }
    return rows;
}

Result<domain::Holding> ShareLedgerRepository::holdingOf(qint64 memberId, const QDate& asOf) const
{
    Statement query(
        m_file.connection(),
        QStringLiteral("SELECT %1, %2 FROM share_entries WHERE member_id = :member AND entry_date "
                       "<= :as_of")
            .arg(splitSum(QStringLiteral("shares")), splitSum(QStringLiteral("amount"))));
    query.bind(QStringLiteral(":member"), memberId).bind(QStringLiteral(":as_of"), dateValue(asOf));
    if (auto done = query.exec(); !done)
        return done.error();
    query.next();
    return joinedHolding(query, 0, memberId,
                         QCoreApplication::translate("ShareLedgerRepository", "The member's holding"));
}

Result<domain::Holding> ShareLedgerRepository::totalAsOf(const QDate& asOf) const
{
    Statement query(m_file.connection(),
                    QStringLiteral("SELECT %1, %2 FROM share_entries WHERE entry_date <= :as_of")
                        .arg(splitSum(QStringLiteral("shares")), splitSum(QStringLiteral("amount"))));
    query.bind(QStringLiteral(":as_of"), dateValue(asOf));
    if (auto done = query.exec(); !done)
        return done.error();
    query.next();
    return joinedHolding(query, 0, 0,
                         QCoreApplication::translate("ShareLedgerRepository", "The mutual's share capital"));
}

Result<qint64> ShareLedgerRepository::subscribedBetween(const QDate& first, const QDate& last) const
{
    Statement query(
        m_file.connection(),
        QStringLiteral("SELECT %1 FROM share_entries e WHERE e.entry_date >= :first AND e.entry_date <= "
                       ":last AND ")
                .arg(splitSum(QStringLiteral("e.amount")))
            + subscribedCondition());
    query.bind(QStringLiteral(":first"), dateValue(first)).bind(QStringLiteral(":last"), dateValue(last));
    if (auto done = query.exec(); !done)
        return done.error();
    query.next();
    const std::optional<qint64> subscribed = joinedSum(query, 0);
    if (!subscribed)
        return sumTooLargeError(
            QCoreApplication::translate("ShareLedgerRepository", "The capital subscribed"));
    return *subscribed;
}

Result<QList<domain::MonthlyContribution>> ShareLedgerRepository::monthlySubscriptionsByClass() const
{
    Statement query(m_file.connection(),
                    QStringLiteral("SELECT substr(e.entry_date, 1, 7) AS month, m.class_id, %1 FROM "
                                   "share_entries e JOIN members m ON m.id = e.member_id WHERE ")
                            .arg(splitSum(QStringLiteral("e.amount")))
                        + subscribedCondition()
                        + QStringLiteral(" GROUP BY substr(e.entry_date, 1, 7), m.class_id ORDER BY month, "
                                         "m.class_id"));
    if (auto done = query.exec(); !done)
        return done.error();
    QList<domain::MonthlyContribution> months;
    while (query.next()) {
        domain::MonthlyContribution month;
        month.month = QDate::fromString(query.value(0).toString() + QStringLiteral("-01"), Qt::ISODate);
        month.classId = query.value(1).toLongLong();
        const std::optional<qint64> amount = joinedSum(query, 2);
        if (!amount)
            return sumTooLargeError(
                QCoreApplication::translate("ShareLedgerRepository", "The capital subscribed in %1")
                    .arg(query.value(0).toString()));
        month.amount = *amount;
        months.append(month);
    }
    return months;
}

} // namespace mutualise::storage
