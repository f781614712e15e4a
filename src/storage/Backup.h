#pragma once

#include "MutualFile.h"
#include "Verify.h"

#include <QCoreApplication>
#include <QString>

namespace mutualise::storage {

// A copy of a mutual made while it may be open, and what the copy was found to hold.
struct BackupCopy
{
    QString path;
    qint64 members = 0;
    VerifyReport verification; // of the copy, as written
};

// Writes a consistent copy of an open file: every change committed when the copy starts, none made
// while it is written, even by another program. The copy is written beside `destination` and put in
// its place only once whole, then checked as `verify` checks a file.
class Backup
{
    Q_DECLARE_TR_FUNCTIONS(Backup)

public:
    // Refuses a destination that exists ("exists") or that is the file itself or one of the files
    // SQLite keeps beside it ("output-is-mutual"); "not-written" when the copy cannot be written,
    // leaving nothing behind.
    static Result<BackupCopy> write(const MutualFile& source, const QString& destination);
};

} // namespace mutualise::storage
