#pragma once

#include "domain/Error.h"

#include <QByteArray>
#include <QIODevice>
#include <QString>

#include <functional>

namespace mutualise::formats {

// Where an export may write, and writing it so that nothing half-written ever replaces a file.

// Refuses to write to `outputPath` when it is the open mutual at `mutualPath` or one of the files
// SQLite keeps beside it (FILE-wal, FILE-shm, FILE-journal), whatever name reaches it: the files
// themselves are compared (device and inode), so a symbolic or a hard link is caught as well as the
// same name. An output that does not exist yet is compared by where its name leads. Rule
// "output-is-mutual", naming the file and asking for another name.
domain::Outcome checkNotMutual(const QString& outputPath, const QString& mutualPath);

// Writes the whole file through QSaveFile: the content goes to a temporary file beside `path`, which
// replaces `path` only once all of it is written, so a failure leaves any old file as it was. `write`
// fills the device and returns false if it could not. Rule "not-written" with the system's reason.
domain::Outcome writeWholeFile(const QString& path, const std::function<bool(QIODevice&)>& write);
domain::Outcome writeWholeFile(const QString& path, const QByteArray& content);

} // namespace mutualise::formats
