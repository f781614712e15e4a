#include "ZipReader.h"

#include "ZipFormat.h"

#include <QtEndian>

#include <limits>
#include <zlib.h>

namespace mutualise::formats {

using namespace zip;

namespace {

constexpr qsizetype endOfDirectorySize = 22;
constexpr qsizetype centralHeaderSize = 46;
constexpr qsizetype localHeaderSize = 30;
constexpr qsizetype longestComment = 0xffff;

domain::Error notAnArchive()
{
    return { ZipReader::tr("it is not a zip archive, or its directory is damaged."),
             QStringLiteral("not-an-archive"),
             {} };
}

// The little-endian integer at `at`, which the caller has checked lies within the archive.
template<typename Integer>
Integer numberAt(QByteArrayView archive, qsizetype at)
{
    return qFromLittleEndian<Integer>(archive.data() + at);
}

bool fits(QByteArrayView archive, qint64 at, qint64 length)
{
    return at >= 0 && length >= 0 && at <= archive.size() && length <= archive.size() - at;
}

} // namespace

domain::Result<ZipReader> ZipReader::open(QByteArrayView archive)
{
    // The end of the directory is the last 22 bytes, or before them a comment of up to 64 kB.
    if (archive.size() < endOfDirectorySize)
        return notAnArchive();
    qsizetype end = -1;
    const qsizetype earliest = std::max<qsizetype>(0, archive.size() - endOfDirectorySize - longestComment);
    for (qsizetype at = archive.size() - endOfDirectorySize; at >= earliest; --at) {
        if (numberAt<quint32>(archive, at) == endOfDirectorySignature) {
            end = at;
            break;
        }
    }
    if (end < 0)
        return notAnArchive();
    const quint16 count = numberAt<quint16>(archive, end + 10);
    const quint32 directorySize = numberAt<quint32>(archive, end + 12);
    const quint32 directoryOffset = numberAt<quint32>(archive, end + 16);
    if (count == 0xffff || directorySize == 0xffffffff || directoryOffset == 0xffffffff)
        return domain::Error { ZipReader::tr("it uses zip's 64-bit extensions, which are not read."),
                               QStringLiteral("unsupported-archive"),
                               {} };
    if (!fits(archive, directoryOffset, directorySize) || directoryOffset + qint64(directorySize) > end)
        return notAnArchive();

    ZipReader reader;
    reader.m_archive = archive;
    qint64 at = directoryOffset;
    const qint64 directoryEnd = directoryOffset + qint64(directorySize);
    for (int index = 0; index < count; ++index) {
        if (!fits(archive, at, centralHeaderSize) || at + centralHeaderSize > directoryEnd
            || numberAt<quint32>(archive, at) != centralHeaderSignature)
            return notAnArchive();
        const quint16 flags = numberAt<quint16>(archive, at + 8);
        Entry entry;
        entry.method = numberAt<quint16>(archive, at + 10);
        entry.crc = numberAt<quint32>(archive, at + 16);
        entry.compressedSize = numberAt<quint32>(archive, at + 20);
        entry.size = numberAt<quint32>(archive, at + 24);
        const quint16 nameLength = numberAt<quint16>(archive, at + 28);
        const quint16 extraLength = numberAt<quint16>(archive, at + 30);
        const quint16 commentLength = numberAt<quint16>(archive, at + 32);
        const qint64 localOffset = numberAt<quint32>(archive, at + 42);
        const qint64 headerEnd = at + centralHeaderSize + nameLength + extraLength + commentLength;
        if (headerEnd > directoryEnd)
            return notAnArchive();
        const QString name = QString::fromUtf8(archive.sliced(at + centralHeaderSize, nameLength));
        at = headerEnd;
        if (entry.compressedSize == 0xffffffff || entry.size == 0xffffffff || localOffset == 0xffffffff)
            return domain::Error { ZipReader::tr("it uses zip's 64-bit extensions, which are not read."),
                                   QStringLiteral("unsupported-archive"),
                                   {} };
        if (flags & encrypted)
            return domain::Error { ZipReader::tr("“%1” in it is encrypted.").arg(name),
                                   QStringLiteral("unsupported-archive"),
                                   {} };
        // The data follows the entry's local header, whose name and extra field may differ in length.
        if (!fits(archive, localOffset, localHeaderSize)
            || numberAt<quint32>(archive, localOffset) != localHeaderSignature)
            return notAnArchive();
        entry.dataOffset = localOffset + localHeaderSize + numberAt<quint16>(archive, localOffset + 26)
            + numberAt<quint16>(archive, localOffset + 28);
        if (!fits(archive, entry.dataOffset, entry.compressedSize))
            return notAnArchive();
        reader.m_entries.insert(name, entry);
    }
    return reader;
}

domain::Result<QByteArray> ZipReader::read(const QString& name, qint64 limit) const
{
    const auto found = m_entries.constFind(name);
    if (found == m_entries.cend())
        return domain::Error { ZipReader::tr("it has no “%1”.").arg(name),
                               QStringLiteral("archive-entry-missing"),
                               {} };
    const Entry& entry = *found;
    if (entry.size > limit)
        return domain::Error { tr("“%1” in it is larger than the %Ln MB that is read.", nullptr,
                                  static_cast<int>(limit / (1024 * 1024)))
                                   .arg(name),
                               QStringLiteral("archive-entry-too-large"),
                               {} };
    const QByteArrayView data = m_archive.sliced(entry.dataOffset, entry.compressedSize);
    const domain::Error damaged { ZipReader::tr("“%1” in it is damaged.").arg(name),
                                  QStringLiteral("archive-damaged"),
                                  {} };
    QByteArray content;
    if (entry.method == stored) {
        if (entry.compressedSize != entry.size)
            return damaged;
        content = data.toByteArray();
    } else if (entry.method == deflated) {
        // One byte more than the directory says: an entry that inflates further is damaged, or a bomb.
        content.resize(static_cast<qsizetype>(entry.size) + 1);
        z_stream stream {};
        if (inflateInit2(&stream, -MAX_WBITS) != Z_OK)
            return damaged;
        stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
        stream.avail_in = static_cast<uInt>(data.size());
        stream.next_out = reinterpret_cast<Bytef*>(content.data());
        stream.avail_out = static_cast<uInt>(content.size());
        const int result = ::inflate(&stream, Z_FINISH);
        const auto written = static_cast<qint64>(stream.total_out);
        inflateEnd(&stream);
        if (result != Z_STREAM_END || written != entry.size)
            return damaged;
        content.resize(static_cast<qsizetype>(written));
    } else {
        return domain::Error { ZipReader::tr(
                                   "“%1” in it is compressed in a way that is not read (method %2).")
                                   .arg(name)
                                   .arg(entry.method),
                               QStringLiteral("unsupported-archive"),
                               {} };
    }
    const uLong crc = crc32(crc32(0, nullptr, 0), reinterpret_cast<const Bytef*>(content.constData()),
                            static_cast<uInt>(content.size()));
    if (crc != entry.crc)
        return damaged;
    return content;
}

} // namespace mutualise::formats
