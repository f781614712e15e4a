#include "AuditLog.h"

#include "Statement.h"

#include <QCryptographicHash>
#include <QJsonDocument>

namespace mutualise::storage {

namespace {

struct StoredEntry
{
    AuditEntry entry;
    QByteArray beforeJson;
    QByteArray afterJson;
    QByteArray rowsJson;
};

const QString selectColumns = QStringLiteral("SELECT id, at, actor, action, entity, entity_key, before_json, "
                                             "after_json, previous_hash, hash, rows_json FROM audit_log ");

StoredEntry storedEntryFrom(const Statement& query)
{
    StoredEntry stored;
    stored.entry.id = query.value(0).toLongLong();
    stored.entry.at = QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs);
    stored.entry.actor = query.value(2).toString();
    stored.entry.action = query.value(3).toString();
    stored.entry.entity = query.value(4).toString();
    stored.entry.entityKey = query.value(5).toString();
    stored.beforeJson = query.value(6).toString().toUtf8();
    stored.afterJson = query.value(7).toString().toUtf8();
    stored.entry.before = QJsonDocument::fromJson(stored.beforeJson).object();
    stored.entry.after = QJsonDocument::fromJson(stored.afterJson).object();
    stored.entry.previousHash = query.value(8).toString();
    stored.entry.hash = query.value(9).toString();
    stored.rowsJson = query.value(10).toString().toUtf8();
    stored.entry.rows = QJsonDocument::fromJson(stored.rowsJson).object();
    return stored;
}

// The condition an entry meets to pass `filter`, naming the parameters that bindFilter() binds.
QString filterCondition(const AuditFilter& filter)
{
    QStringList conditions;
    if (!filter.memberNumber.isEmpty()) {
        // A record names a member by id (memberId, counterpartyId, proxyMemberId) or by number (member,
        // proxy). JSON that does not parse names nobody rather than failing the list.
        const QString names = QStringLiteral(
            "EXISTS (SELECT 1 FROM json_tree(CASE WHEN json_valid(%1) THEN %1 ELSE '{}' END) "
            "WHERE (key IN ('memberId', 'counterpartyId', 'proxyMemberId') AND atom = :member_id) "
            "OR (key IN ('member', 'proxy') AND atom = :member_number))");
        conditions.append(
            QStringLiteral("((entity = 'member' AND entity_key = :member_number) OR %1 OR %2)")
                .arg(names.arg(QStringLiteral("after_json")), names.arg(QStringLiteral("before_json"))));
    }
    if (!filter.entity.isEmpty())
        conditions.append(QStringLiteral("entity = :entity"));
    if (filter.from.isValid())
        conditions.append(QStringLiteral("at >= :from"));
    if (filter.until.isValid())
        conditions.append(QStringLiteral("at < :until"));
    return conditions.isEmpty() ? QString()
                                : QStringLiteral("WHERE ") + conditions.join(QStringLiteral(" AND "));
}

// The moment as the trail stores it, so that text comparison orders it as time.
QString storedMoment(const QDateTime& moment)
{
    return moment.toUTC().toString(Qt::ISODateWithMs);
}

Outcome bindFilter(const QSqlDatabase& database, Statement& query, const AuditFilter& filter)
{
    if (!filter.memberNumber.isEmpty()) {
        // The member's id as it is now; a number no member has still finds entries naming it.
        Statement member(database, QStringLiteral("SELECT id FROM members WHERE number = :number"));
        member.bind(QStringLiteral(":number"), filter.memberNumber);
        if (auto done = member.exec(); !done)
            return done;
        query.bind(QStringLiteral(":member_id"), member.next() ? member.value(0) : QVariant(-1));
        query.bind(QStringLiteral(":member_number"), filter.memberNumber);
    }
    if (!filter.entity.isEmpty())
        query.bind(QStringLiteral(":entity"), filter.entity);
    if (filter.from.isValid())
        query.bind(QStringLiteral(":from"), storedMoment(filter.from));
    if (filter.until.isValid())
        query.bind(QStringLiteral(":until"), storedMoment(filter.until));
    return domain::ok();
}

} // namespace

AuditLog::AuditLog(const MutualFile& file)
    : m_file(file)
{ }

Result<QList<AuditEntry>> AuditLog::find(const AuditFilter& filter, int limit,
                                         std::optional<qint64> olderThan) const
{
    QString condition = filterCondition(filter);
    if (olderThan)
        condition += (condition.isEmpty() ? QStringLiteral("WHERE ") : QStringLiteral(" AND "))
            + QStringLiteral("id < :older_than");
    Statement query(m_file.connection(),
                    selectColumns + condition + QStringLiteral(" ORDER BY id DESC LIMIT :limit"));
    if (auto bound = bindFilter(m_file.connection(), query, filter); !bound)
        return bound.error();
    if (olderThan)
        query.bind(QStringLiteral(":older_than"), *olderThan);
    query.bind(QStringLiteral(":limit"), limitValue(limit));
    if (auto done = query.exec(); !done)
        return done.error();
    QList<AuditEntry> found;
    while (query.next())
        found.append(storedEntryFrom(query).entry);
    return found;
}

Result<QList<AuditEntry>> AuditLog::entries(int limit) const
{
    return find({}, limit);
}

Result<qint64> AuditLog::count(const AuditFilter& filter) const
{
    Statement query(m_file.connection(),
                    QStringLiteral("SELECT count(*) FROM audit_log ") + filterCondition(filter));
    if (auto bound = bindFilter(m_file.connection(), query, filter); !bound)
        return bound.error();
    if (auto done = query.exec(); !done)
        return done.error();
    return query.next() ? query.value(0).toLongLong() : 0;
}

Result<QStringList> AuditLog::entities() const
{
    Statement query(m_file.connection(),
                    QStringLiteral("SELECT DISTINCT entity FROM audit_log ORDER BY entity"));
    if (auto done = query.exec(); !done)
        return done.error();
    QStringList found;
    while (query.next())
        found.append(query.value(0).toString());
    return found;
}

Result<std::optional<qint64>> AuditLog::firstBrokenLink() const
{
    std::optional<qint64> broken;
    const auto walked = walk([&broken](const AuditLink& link) {
        if (!broken && (!link.isHashCorrect || !link.isPreviousCorrect))
            broken = link.entry.id;
    });
    if (!walked)
        return walked.error();
    return broken;
}

Result<AuditHead> AuditLog::walk(const std::function<void(const AuditLink&)>& visit) const
{
    Statement query(m_file.connection(), selectColumns + QStringLiteral("ORDER BY id"));
    if (auto done = query.exec(); !done)
        return done.error();
    AuditHead head;
    QString expectedPrevious(64, u'0');
    while (query.next()) {
        StoredEntry stored = storedEntryFrom(query);
        // The timestamp is hashed as stored, so it is read back as text rather than re-formatted.
        const QString at = query.value(1).toString();
        const QString recomputed = auditHash(stored.entry.previousHash, at, stored.entry.actor,
                                             stored.entry.action, stored.entry.entity, stored.entry.entityKey,
                                             stored.beforeJson, stored.afterJson, stored.rowsJson);
        AuditLink link;
        link.isPreviousCorrect = stored.entry.previousHash == expectedPrevious;
        link.isHashCorrect = stored.entry.hash == recomputed;
        link.hasRows = !stored.rowsJson.isEmpty();
        link.entry = std::move(stored.entry);
        // A changed entry is reported once: the next is checked against the hash it was given.
        expectedPrevious = link.entry.hash;
        head = { link.entry.id, link.entry.hash };
        visit(link);
    }
    return head;
}

Result<AuditHead> AuditLog::head() const
{
    Statement query(m_file.connection(),
                    QStringLiteral("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1"));
    if (auto done = query.exec(); !done)
        return done.error();
    if (!query.next())
        return AuditHead();
    return AuditHead { query.value(0).toLongLong(), query.value(1).toString() };
}

QString auditHash(const QString& previousHash, const QString& at, const QString& actor, const QString& action,
                  const QString& entity, const QString& entityKey, const QByteArray& beforeJson,
                  const QByteArray& afterJson, const QByteArray& rowsJson)
{
    // Each field ends with a NUL so that moving text from one field to the next changes the hash.
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QByteArray& field : { previousHash.toUtf8(), at.toUtf8(), actor.toUtf8(), action.toUtf8(),
                                     entity.toUtf8(), entityKey.toUtf8(), beforeJson, afterJson }) {
        hash.addData(field);
        hash.addData(QByteArrayView("\0", 1));
    }
    // Entries made before rows were recorded have none, and keep the hash they were made with.
    if (!rowsJson.isEmpty()) {
        hash.addData(rowsJson);
        hash.addData(QByteArrayView("\0", 1));
    }
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace mutualise::storage
