#pragma once

#include "domain/Error.h"

#include <QByteArray>
#include <QString>

namespace mutualise::formats {

// The most an import reads. A real ward's .blt file of a million ballot papers takes 16 MB, so this
// leaves room for twice that, and keeps the memory a file of distinct papers needs to a few hundred MB.
inline constexpr qint64 maximumInputSize = 32 * 1024 * 1024;

// The whole of a file to import (ballots, papers), read before anything is stored, so that a file that
// cannot be read never touches the mutual. Only a regular file is read: a folder, a device such as
// /dev/zero, a pipe or a socket may never end, and is refused. The size is checked before reading and
// again while reading, for a file that grows. Rules:
//   "not-found"        it cannot be opened or read (missing, not readable): the system's reason
//   "not-a-file"       a folder, a device, a pipe or a socket
//   "input-too-large"  more than `limit` bytes; the message names the limit
domain::Result<QByteArray> readInputFile(const QString& path, qint64 limit = maximumInputSize);

// A table to import, as CSV: a CSV file as it is, or the first sheet of an Excel workbook (.xlsx, known
// by its content, not its name) as XlsxSheet writes it, no larger than `limit` either. Rules as
// readInputFile's, and XlsxSheet's and ZipReader's for a workbook that cannot be read, whose message
// names the file.
domain::Result<QByteArray> readTableFile(const QString& path, qint64 limit);

} // namespace mutualise::formats
