#include "AuditLog.h"

#include "Statement.h"

#include <QJsonDocument>

namespace mutualise::storage {

namespace {

struct StoredEntry
{
    AuditEntry entry;
    QByteArray beforeJson;
    QByteArray afterJson;
};

const QString selectColumns = QStringLiteral("SELECT id, at, actor, action, entity, entity_key, before_json, "
                                             "after_json, previous_hash, hash FROM audit_log ");

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
    return stored;
}

} // namespace

AuditLog::AuditLog(MutualFile& file)
    : m_file(file)
{ }

Result<QList<AuditEntry>> AuditLog::entries(int limit) const
{
    Statement query(m_file.connection(), selectColumns + QStringLiteral("ORDER BY id DESC LIMIT :limit"));
    query.bind(QStringLiteral(":limit"), limitValue(limit));
    if (auto done = query.exec(); !done)
        return done.error();
    QList<AuditEntry> found;
    while (query.next())
        found.append(storedEntryFrom(query).entry);
    return found;
}

Result<std::optional<qint64>> AuditLog::firstBrokenLink() const
{
    Statement query(m_file.connection(), selectColumns + QStringLiteral("ORDER BY id"));
    if (auto done = query.exec(); !done)
        return done.error();
    QString expectedPrevious(64, u'0');
    while (query.next()) {
        const StoredEntry stored = storedEntryFrom(query);
        // The timestamp is hashed as stored, so it is read back as text rather than re-formatted.
        const QString at = query.value(1).toString();
        const QString recomputed
            = auditHash(stored.entry.previousHash, at, stored.entry.actor, stored.entry.action,
                        stored.entry.entity, stored.entry.entityKey, stored.beforeJson, stored.afterJson);
        if (stored.entry.previousHash != expectedPrevious || stored.entry.hash != recomputed)
            return std::optional<qint64>(stored.entry.id);
        expectedPrevious = stored.entry.hash;
    }
    return std::optional<qint64>();
}

} // namespace mutualise::storage
