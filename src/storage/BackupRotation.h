#pragma once

#include "Backup.h"
#include "MutualFile.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace mutualise::storage {

// A backup kept of a mutual: the file, and the day it was made.
struct KeptBackup
{
    QString path;
    QDate day;
};

// What restoring a backup did: where the file as it was has been kept, and the copy put in its place.
struct Restored
{
    QString keptAside;
    BackupCopy copy;
};

// The backups the window keeps of each mutual it opens, in a folder of that mutual's own: at most one a
// day, named by the day ("2026-12-08.mutual"); the newest seven, and beyond them the newest of each of
// the four weeks before, are kept, and the rest removed.
class BackupRotation
{
    Q_DECLARE_TR_FUNCTIONS(BackupRotation)

public:
    static constexpr int dailyKept = 7;
    static constexpr int weeklyKept = 4;

    // The backups of the mutual at `mutualPath`, in a folder under `backupsFolder` named after the
    // file and its whole path, so that two mutuals of one name in different folders keep theirs apart.
    BackupRotation(const QString& backupsFolder, const QString& mutualPath);

    QString folder() const { return m_folder; }
    // Newest first; files in the folder not named by a day are not backups, and are left alone.
    QList<KeptBackup> backups() const;
    bool hasBackupOn(const QDate& day) const;
    // Writes the backup of `day` from the open file, unless there is one, and removes those no longer
    // kept. Rule "not-written" (from Backup::write) when the folder or the copy cannot be written.
    Result<std::optional<BackupCopy>> keep(const MutualFile& source, const QDate& day) const;

    // Of the days backups were made, those not kept once the newest are kept as the class says; a pure
    // rule, for the tests' worked examples.
    static QList<QDate> daysToRemove(QList<QDate> days);

    // Puts the backup at `backupPath` in the place of the mutual at `mutualPath`, which must be closed:
    // the mutual is first renamed beside itself ("Name (before restore 2026-12-08 10-31-05).mutual",
    // stamped with `now`), then the backup copied in as Backup::write copies. If the copy fails, the
    // mutual is put back. Rule "in-use" when another program has the mutual open (SQLite's files are
    // beside it), "not-written" when it cannot be renamed or the copy written, as Backup::write says.
    static Result<Restored> restore(const QString& backupPath, const QString& mutualPath,
                                    const QDateTime& now);

private:
    QString m_folder;
};

} // namespace mutualise::storage
