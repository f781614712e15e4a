#include "WorkingFile.h"

#include "Statement.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>

namespace mutualise::storage {

using domain::Error;
using domain::Outcome;

// The write-ahead log lets the window read while the command line writes. SQLite answers with the mode
// it actually chose (a file system without shared memory may refuse WAL).
Outcome useWriteAheadLog(const QSqlDatabase& database)
{
    QSqlQuery query(database);
    if (!query.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !query.next())
        return databaseError(query.lastError());
    if (query.value(0).toString().compare(QStringLiteral("wal"), Qt::CaseInsensitive) == 0)
        return domain::ok();
    return Error { QCoreApplication::translate("MutualFile",
                                               "This folder does not support the write-ahead log that "
                                               "Mutualise needs (SQLite chose the “%1” journal). Keep the "
                                               "file on a local disk.")
                       .arg(query.value(0).toString()),
                   QStringLiteral("database"),
                   {} };
}

void removeWithCompanions(const QString& path)
{
    QFile::remove(path);
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
    QFile::remove(path + QStringLiteral("-journal"));
}

// A new file is built under a working name of its own beside it and renamed into place when whole. The
// name is claimed by creating the file, empty, so that no file already there (perhaps another mutual
// called "X.part") is ever removed or built over; empty when none could be claimed.
QString claimWorkingPath(const QString& absolutePath)
{
    constexpr int attempts = 100;
    for (int attempt = 0; attempt < attempts; ++attempt) {
        const QString candidate
            = absolutePath + QStringLiteral(".part") + (attempt == 0 ? QString() : QString::number(attempt));
        const bool hasCompanions = QFileInfo::exists(candidate + QStringLiteral("-wal"))
            || QFileInfo::exists(candidate + QStringLiteral("-shm"))
            || QFileInfo::exists(candidate + QStringLiteral("-journal"));
        if (hasCompanions)
            continue;
        QFile file(candidate);
        if (file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            return candidate;
    }
    return {};
}

} // namespace mutualise::storage
