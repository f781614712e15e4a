#pragma once

#include "domain/Error.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace mutualise::formats {

// A file to put in a zip archive: its name inside the archive ("members.csv") and its content.
struct ZipEntry
{
    QString name;
    QByteArray content;
};

// A zip archive (PKWARE's APPNOTE, without the 64-bit extensions) of the entries, each compressed with
// deflate, its name in UTF-8 and dated `modified` in local time, as every unzip tool and file manager
// reads. Rule "archive-too-large" when an entry or the whole archive would pass 4 GB, the most a zip
// without those extensions can hold.
domain::Result<QByteArray> zipArchive(const QList<ZipEntry>& entries, const QDateTime& modified);

} // namespace mutualise::formats
