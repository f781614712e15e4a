#pragma once

#include "domain/Error.h"

#include <QSqlDatabase>
#include <QString>

namespace mutualise::storage {

// The files of a mutual being made: a new file (MutualFile::create) or a backup (Backup::write), built
// under a working name beside its target and renamed into place only when whole.

// Puts the connection's file in write-ahead log mode, which lets the window read while the command line
// writes; refused when the folder's file system cannot keep the log.
domain::Outcome useWriteAheadLog(const QSqlDatabase& database);

// Removes the file and the files SQLite keeps beside it.
void removeWithCompanions(const QString& path);

// A working name beside `absolutePath` ("X.part", "X.part1", …), claimed by creating the file empty so
// that no file already there is ever removed or built over; empty when none could be claimed.
QString claimWorkingPath(const QString& absolutePath);

} // namespace mutualise::storage
