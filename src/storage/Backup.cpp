#include "Backup.h"

#include "FileErrors.h"
#include "MemberRepository.h"
#include "RowDigest.h"
#include "Statement.h"
#include "WorkingFile.h"
#include "formats/OutputFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>

#include <sqlite3.h>

namespace mutualise::storage {

namespace {

Error notWritten(const QString& path, const QString& reason)
{
    return Error {
        Backup::tr("The backup “%1” could not be written: %2").arg(QDir::toNativeSeparators(path), reason),
        QStringLiteral("not-written"),
        {}
    };
}

// Copies every page of the file through SQLite's online backup interface, in one step: a read
// transaction, so that the copy is the file as it was when it started, whoever writes it meanwhile.
Outcome copyPages(const QSqlDatabase& source, const QString& path)
{
    sqlite3* from = sqliteHandle(source);
    if (!from)
        return Error { Backup::tr("only a file can be backed up."), QStringLiteral("database"), {} };
    sqlite3* to = nullptr;
    const QByteArray name = QFile::encodeName(path);
    int result = sqlite3_open_v2(name.constData(), &to, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    if (result == SQLITE_OK) {
        sqlite3_backup* backup = sqlite3_backup_init(to, "main", from, "main");
        if (backup) {
            result = sqlite3_backup_step(backup, -1);
            const int finished = sqlite3_backup_finish(backup);
            result = result == SQLITE_DONE ? finished : result;
        } else {
            result = sqlite3_errcode(to);
        }
    }
    const QString message = QString::fromUtf8(to ? sqlite3_errmsg(to) : sqlite3_errstr(result));
    sqlite3_close(to);
    if (result != SQLITE_OK)
        return Error { message, QStringLiteral("database"), {} };
    return domain::ok();
}

// A copy keeps a rollback journal; the program keeps its files in write-ahead mode, so that the window
// can read one while the command line writes it.
Outcome useWriteAheadLogIn(const QString& path)
{
    const QString name = QStringLiteral("backup-%1").arg(reinterpret_cast<quintptr>(&path));
    Outcome outcome = domain::ok();
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        database.setDatabaseName(path);
        outcome = database.open() ? useWriteAheadLog(database) : databaseError(database.lastError());
        database.close();
    }
    QSqlDatabase::removeDatabase(name);
    return outcome;
}

} // namespace

Result<BackupCopy> Backup::write(const MutualFile& source, const QString& destination)
{
    const QString target = QFileInfo(destination).absoluteFilePath();
    if (auto allowed = formats::checkNotMutual(target, source.path()); !allowed)
        return allowed.error();
    if (QFileInfo::exists(target) || QFileInfo(target).isSymLink()) {
        return Error { tr("“%1” already exists; a backup never replaces a file. Choose another name.")
                           .arg(QDir::toNativeSeparators(target)),
                       QStringLiteral("exists"),
                       {} };
    }
    if (!QFileInfo(QFileInfo(target).absolutePath()).isDir())
        return notWritten(target, tr("the folder does not exist."));

    const QString working = claimWorkingPath(target);
    if (working.isEmpty())
        return notWritten(target, tr("no working file could be made beside it."));
    auto writeCopy = [&]() -> Outcome {
        if (auto done = copyPages(source.connection(), working); !done)
            return notWritten(target, done.error().message);
        if (auto done = useWriteAheadLogIn(working); !done)
            return notWritten(target, done.error().message);
        if (!QFile::rename(working, target))
            return notWritten(target, tr("it could not be put in place of its working copy."));
        return domain::ok();
    };
    if (auto written = writeCopy(); !written) {
        removeWithCompanions(working);
        return written.error();
    }

    BackupCopy copy;
    copy.path = target;
    const auto opened = MutualFile::openForReading(target, source.actor());
    if (!opened)
        return opened.error();
    const auto members = MemberRepository(*opened.value()).count({});
    if (!members)
        return members.error();
    copy.members = *members;
    const auto verification = Verifier(*opened.value()).run();
    if (!verification)
        return verification.error();
    copy.verification = *verification;
    return copy;
}

} // namespace mutualise::storage
