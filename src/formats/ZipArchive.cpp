#include "ZipArchive.h"

#include "ZipFormat.h"

#include <QCoreApplication>
#include <QtEndian>

#include <limits>
#include <optional>
#include <zlib.h>

namespace mutualise::formats {

using namespace zip;

namespace {

constexpr quint16 versionNeeded = 20; // 2.0: deflate
constexpr qint64 largestSize = std::numeric_limits<quint32>::max();

struct Written
{
    QByteArray name;
    quint32 crc = 0;
    quint32 compressedSize = 0;
    quint32 size = 0;
    quint32 offset = 0;
};

void append16(QByteArray& out, quint16 value)
{
    char bytes[2];
    qToLittleEndian(value, bytes);
    out.append(bytes, 2);
}

void append32(QByteArray& out, quint32 value)
{
    char bytes[4];
    qToLittleEndian(value, bytes);
    out.append(bytes, 4);
}

// The content as a raw deflate stream (no zlib header), as a zip entry holds it.
std::optional<QByteArray> rawDeflate(const QByteArray& content)
{
    z_stream stream {};
    if (deflateInit2(&stream, Z_DEFAULT_COMPRESSION, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return std::nullopt;
    QByteArray out(static_cast<qsizetype>(deflateBound(&stream, static_cast<uLong>(content.size()))),
                   Qt::Uninitialized);
    stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(content.constData()));
    stream.avail_in = static_cast<uInt>(content.size());
    stream.next_out = reinterpret_cast<Bytef*>(out.data());
    stream.avail_out = static_cast<uInt>(out.size());
    const int result = ::deflate(&stream, Z_FINISH);
    const auto written = static_cast<qsizetype>(stream.total_out);
    deflateEnd(&stream);
    if (result != Z_STREAM_END)
        return std::nullopt;
    out.truncate(written);
    return out;
}

// MS-DOS time and date, as zip headers keep them: two-second steps, years from 1980.
std::pair<quint16, quint16> dosTimeAndDate(const QDateTime& moment)
{
    const QDateTime local = moment.toLocalTime();
    const QDate date = local.date().year() < 1980 ? QDate(1980, 1, 1) : local.date();
    const QTime time = local.date().year() < 1980 ? QTime(0, 0) : local.time();
    const auto dosTime
        = static_cast<quint16>((time.hour() << 11) | (time.minute() << 5) | (time.second() / 2));
    const auto dosDate = static_cast<quint16>(((date.year() - 1980) << 9) | (date.month() << 5) | date.day());
    return { dosTime, dosDate };
}

// The fields a local header and the central directory both give of an entry, from the version needed
// to the length of its name.
void appendEntryFields(QByteArray& out, const Written& entry, quint16 dosTime, quint16 dosDate)
{
    append16(out, versionNeeded);
    append16(out, namesInUtf8);
    append16(out, deflated);
    append16(out, dosTime);
    append16(out, dosDate);
    append32(out, entry.crc);
    append32(out, entry.compressedSize);
    append32(out, entry.size);
    append16(out, static_cast<quint16>(entry.name.size()));
}

domain::Error tooLarge()
{
    return domain::Error { QCoreApplication::translate(
                               "ZipArchive",
                               "The archive would be larger than 4 GB, the most a zip file holds; "
                               "export a shorter period or fewer members."),
                           QStringLiteral("archive-too-large"), QStringLiteral("output") };
}

} // namespace

domain::Result<QByteArray> zipArchive(const QList<ZipEntry>& entries, const QDateTime& modified)
{
    if (entries.size() > std::numeric_limits<quint16>::max())
        return tooLarge();
    const auto [dosTime, dosDate] = dosTimeAndDate(modified);
    QByteArray out;
    QList<Written> written;
    for (const ZipEntry& entry : entries) {
        if (entry.content.size() > largestSize)
            return tooLarge();
        const auto compressed = rawDeflate(entry.content);
        if (!compressed)
            return tooLarge();
        Written each;
        each.name = entry.name.toUtf8();
        each.crc = static_cast<quint32>(crc32(crc32(0, nullptr, 0),
                                              reinterpret_cast<const Bytef*>(entry.content.constData()),
                                              static_cast<uInt>(entry.content.size())));
        each.compressedSize = static_cast<quint32>(compressed->size());
        each.size = static_cast<quint32>(entry.content.size());
        if (out.size() > largestSize)
            return tooLarge();
        each.offset = static_cast<quint32>(out.size());
        append32(out, localHeaderSignature);
        appendEntryFields(out, each, dosTime, dosDate);
        append16(out, 0); // no extra field
        out.append(each.name);
        out.append(*compressed);
        written.append(each);
    }
    const qint64 directoryStart = out.size();
    for (const Written& each : written) {
        append32(out, centralHeaderSignature);
        append16(out, versionNeeded); // made by: MS-DOS attributes, version 2.0
        appendEntryFields(out, each, dosTime, dosDate);
        append16(out, 0); // extra field
        append16(out, 0); // comment
        append16(out, 0); // disk
        append16(out, 0); // internal attributes
        append32(out, 0); // external attributes
        append32(out, each.offset);
        out.append(each.name);
    }
    if (out.size() > largestSize)
        return tooLarge();
    const qint64 directorySize = out.size() - directoryStart;
    append32(out, endOfDirectorySignature);
    append16(out, 0); // this disk
    append16(out, 0); // the disk the directory starts on
    append16(out, static_cast<quint16>(written.size()));
    append16(out, static_cast<quint16>(written.size()));
    append32(out, static_cast<quint32>(directorySize));
    append32(out, static_cast<quint32>(directoryStart));
    append16(out, 0); // no comment
    return out;
}

} // namespace mutualise::formats
