#pragma once

#include "domain/Error.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QHash>
#include <QString>

namespace mutualise::formats {

// The entries of a zip archive held in memory (PKWARE's APPNOTE, without the 64-bit extensions), read
// as a spreadsheet's workbook needs: by name, each stored or deflated. Every size and offset is checked
// against the archive before it is used, and an entry is inflated no further than the size its directory
// gives and the caller's limit, so that neither a damaged archive nor a small file that inflates to
// gigabytes can take more memory than that. Rules:
//   "not-an-archive"        no zip directory, or one that does not hold together
//   "unsupported-archive"   the 64-bit extensions, an encrypted entry, a method other than deflate
//   "archive-entry-missing" no entry of that name
//   "archive-entry-too-large" an entry larger than the limit
//   "archive-damaged"       an entry that does not inflate to its size and checksum
class ZipReader
{
    Q_DECLARE_TR_FUNCTIONS(ZipReader)

public:
    static domain::Result<ZipReader> open(QByteArrayView archive);

    bool contains(const QString& name) const { return m_entries.contains(name); }
    domain::Result<QByteArray> read(const QString& name, qint64 limit) const;

private:
    struct Entry
    {
        quint16 method = 0;
        quint32 crc = 0;
        qint64 compressedSize = 0;
        qint64 size = 0;
        qint64 dataOffset = 0;
    };

    QByteArrayView m_archive;
    QHash<QString, Entry> m_entries;
};

} // namespace mutualise::formats
