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

} // namespace

AuditLog::AuditLog(const MutualFile& file)
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
