#pragma once

#include "MutualFile.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <functional>
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
    // What the change did to the rows of each recorded table (see RowDigest.h); empty in entries made
    // before they were recorded.
    QJsonObject rows;
    QString previousHash;
    QString hash; // SHA-256 (hex) over the previous hash and this entry's content
};

// Where the audit trail ends: its last entry and that entry's hash. Printed on a report, it anchors the
// file's history: a file whose trail no longer passes through it has been rewritten.
struct AuditHead
{
    qint64 entry = 0; // 0 when the trail is empty
    QString hash;
};

// An entry as the chain was walked: whether it is what its hash says, and follows its predecessor.
struct AuditLink
{
    AuditEntry entry;
    bool isHashCorrect = true;
    bool isPreviousCorrect = true;
    bool hasRows = false; // the entry records what it did to the rows of the recorded tables
};

// Which entries of the trail to list; every entry by default.
struct AuditFilter
{
    // The entries concerning one member: the member's own changes, and every other change whose record
    // names them (share entries, contributions, attendance, proxies), by member number.
    QString memberNumber;
    QString entity; // the kind of record changed: "member", "share_entry", "meeting"…; empty for all
    QDateTime from; // made at or after this moment, when valid
    QDateTime until; // made before this moment, when valid

    bool isEmpty() const
    {
        return memberNumber.isEmpty() && entity.isEmpty() && !from.isValid() && !until.isValid();
    }
};

// The append-only trail of every change, chained by hashes so that an edit made behind the program's
// back is detected.
class AuditLog
{
public:
    explicit AuditLog(const MutualFile& file);

    Result<QList<AuditEntry>> entries(int limit = -1) const; // newest first
    // Up to `limit` entries that `filter` lets through, newest first, each older than entry `olderThan`
    // when it is given: the next page of a long list after its last entry.
    Result<QList<AuditEntry>> find(const AuditFilter& filter, int limit,
                                   std::optional<qint64> olderThan = std::nullopt) const;
    Result<qint64> count(const AuditFilter& filter) const;
    // The kinds of record the trail has entries for ("member", "share_entry"…), in alphabetical order.
    Result<QStringList> entities() const;
    // The id of the first entry whose hash does not match its content or its predecessor, if any.
    Result<std::optional<qint64>> firstBrokenLink() const;
    // Visits every entry, oldest first, checking each link of the chain; returns the last.
    Result<AuditHead> walk(const std::function<void(const AuditLink&)>& visit) const;
    // The last entry now.
    Result<AuditHead> head() const;

private:
    const MutualFile& m_file;
};

// The hash chaining an entry to its predecessor: hex SHA-256 over the previous hash and the entry's
// content, the before/after and rows JSON exactly as stored.
QString auditHash(const QString& previousHash, const QString& at, const QString& actor, const QString& action,
                  const QString& entity, const QString& entityKey, const QByteArray& beforeJson,
                  const QByteArray& afterJson, const QByteArray& rowsJson = {});

} // namespace mutualise::storage
