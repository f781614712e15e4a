#pragma once

#include "MutualFile.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace mutualise::storage {

struct AuditEntry
{
    qint64 id = 0;
    QDateTime at; // UTC
    QString actor;
    QString action; // "member.add", "member.cease", "share.record", "share.reverse", "mutual.update"...
    QString entity; // "member", "share_entry", "mutual"
    QString entityKey; // member number, entry id...
    QJsonObject before;
    QJsonObject after;
    QString previousHash;
    QString hash; // SHA-256 (hex) over the previous hash and this entry's content
};

// The append-only trail of every change, chained by hashes so that an edit made behind the program's
// back is detected.
class AuditLog
{
public:
    explicit AuditLog(MutualFile& file);

    Result<QList<AuditEntry>> entries(int limit = -1) const; // newest first
    // The id of the first entry whose hash does not match its content or its predecessor, if any.
    Result<std::optional<qint64>> firstBrokenLink() const;

private:
    MutualFile& m_file;
};

// The hash chaining an entry to its predecessor: hex SHA-256 over the previous hash and the entry's
// content, the before/after JSON exactly as stored.
QString auditHash(const QString& previousHash, const QString& at, const QString& actor, const QString& action,
                  const QString& entity, const QString& entityKey, const QByteArray& beforeJson,
                  const QByteArray& afterJson);

} // namespace mutualise::storage
