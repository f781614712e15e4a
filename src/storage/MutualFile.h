#pragma once

#include "domain/Error.h"
#include "domain/Member.h"
#include "domain/Mutual.h"

#include <QDateTime>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>

namespace mutualise::storage {

class RowChanges;
class Statement;

using domain::Error;
using domain::Outcome;
using domain::Result;

// One mutual: one SQLite file (".mutual"), opened for reading and writing. The only way into the
// data; repositories borrow its connection. Not copyable; closing is destruction.
//
// Errors from create()/open() carry one of these rules, and leave the file exactly as it was:
//   "not-found"      no such file
//   "not-a-mutual"   the file is not a Mutualise file (another SQLite database, or not SQLite at all)
//   "newer-version"  made by a newer version of Mutualise; the user must upgrade the program
//   "corrupt"        SQLite's integrity check fails
//   "read-only"      the file or its folder cannot be written
//   "locked"         another program holds a lock on it
//   "exists"         create() refuses to overwrite a file
//   "upgrade-failed" an older file could not be upgraded (it is left as it was)
//   "needs-upgrade"  openForReading() of a file made by an older version, which only opening it for
//                    writing upgrades
//   "database"       any other database failure, with SQLite's message
class MutualFile
{
public:
    ~MutualFile();
    MutualFile(const MutualFile&) = delete;
    MutualFile& operator=(const MutualFile&) = delete;

    // Creates a new file with the latest schema and the mutual's settings and classes. `actor` is who
    // is recorded in the audit trail for every change made through this object.
    static Result<std::unique_ptr<MutualFile>> create(const QString& path, const domain::Mutual& mutual,
                                                      const QList<domain::MemberClass>& classes,
                                                      const QString& actor);
    enum class Access
    {
        ReadWrite,
        ReadOnly,
    };

    // Opens an existing file, upgrading an older schema by migrations (after a backup copy beside it,
    // removed again if the upgrade fails).
    static Result<std::unique_ptr<MutualFile>> open(const QString& path, const QString& actor,
                                                    Access access = Access::ReadWrite);
    // Opens an existing file only to read it: it may be read-only, or being written by another program
    // (the write-ahead log lets readers go on). Any change through it fails with rule "read-only". A
    // file that needs upgrading is refused, since reading must not change it.
    static Result<std::unique_ptr<MutualFile>> openForReading(const QString& path, const QString& actor);

    static int latestSchemaVersion();
    // The login name of the person running the program, for the audit trail.
    static QString currentActor();

    QString path() const { return m_path; }
    bool isReadOnly() const { return m_access == Access::ReadOnly; }
    QString actor() const { return m_actor; }
    // Who makes the changes made through this object from now on, as the audit trail records them.
    void setActor(const QString& actor) { m_actor = actor; }

    // Asked on this object's thread before the first change made through it: the name of the person
    // making it, which becomes the actor. An error (rule "cancelled") refuses the change, and the
    // question is asked again before the next one; once answered, it is not asked again. The window asks
    // a person who has not yet said who they are.
    using ActorQuestion = std::function<Result<QString>()>;
    void askActorBeforeFirstChange(ActorQuestion question) { m_actorQuestion = std::move(question); }
    // Asks the question now if it is still to be asked: before work on another thread that opens the
    // file for itself as actor().
    Outcome settleActor();
    int schemaVersion() const;

    // The mutual's settings as they were read when the file was opened (or last updated through it).
    domain::Mutual mutual() const { return m_mutual; }
    // The settings as stored now: what rules must be checked against inside a transaction, since
    // another program may have changed them since the file was opened.
    Result<domain::Mutual> readMutual() const;
    // Refuses to change the currency or the nominal value once the ledger has an entry (rule
    // "settings-in-use" of domain::checkSettingsChange).
    Outcome updateMutual(const domain::Mutual& mutual);

    // Runs `work` inside one transaction (BEGIN IMMEDIATE) and commits if it succeeds; on failure,
    // or if the commit fails, rolls back so the file is exactly as it was.
    Outcome inTransaction(const std::function<Outcome()>& work);

    // Moves every committed change into the file itself and empties the write-ahead log, which
    // otherwise keeps recent changes in the order they were made: after a secret vote, nobody should
    // be able to pair a voter with the change to the totals or papers made with them. Returns false,
    // having lost nothing, when another connection's reading keeps the log in use.
    bool clearWriteAheadLog();

    // Appends an audit entry; call only inside inTransaction(). `before`/`after` are the changed
    // record as JSON (empty for creation/deletion). The entry also records the difference made to every
    // recorded table by the rows written since the last entry (see RowDigest.h), so that verification
    // can tell the program's changes from one made behind its back: call it after the rows it
    // records are written.
    Outcome audit(const QString& action, const QString& entity, const QString& entityKey,
                  const QJsonObject& before, const QJsonObject& after);

    // When the votes changed next are stamped as opened, cast and declared (ISO 8601, UTC): now, unless
    // a time is pinned. The demonstration pins its past meetings' own days, so that a result reads as
    // declared at the meeting, not on the day the demo was made; an invalid time unpins. The audit log
    // always keeps the real time of each change.
    QString recordingTimeText() const;
    void pinRecordingTime(const QDateTime& at) { m_pinnedTime = at; }

    // Changes whenever any connection, in this or another process, commits to the file; a window
    // polls it to refresh when the CLI changed the data.
    qint64 dataVersion() const;

    QSqlDatabase connection() const;

private:
    MutualFile(QString path, QString connectionName, QString actor);
    Outcome loadMutual();
    Outcome watchRowChanges();
    Result<QByteArray> rowsJsonForEntry();

    QString m_path;
    QString m_connectionName;
    QString m_actor;
    ActorQuestion m_actorQuestion;
    bool m_isAskingActor = false;
    Access m_access = Access::ReadWrite;
    domain::Mutual m_mutual;
    bool m_isInTransaction = false;
    QDateTime m_pinnedTime;
    // Within a transaction: the hash of the last audit entry, and the insert that appends the next.
    QString m_auditHead;
    std::unique_ptr<Statement> m_auditInsert;
    // The rows written since the last audit entry; none while the file is read only.
    std::unique_ptr<RowChanges> m_rowChanges;
    // The next audit entry records every table whole: the file is new or has just been upgraded.
    bool m_isRecordingWhole = false;
};

} // namespace mutualise::storage
