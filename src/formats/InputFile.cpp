#include "formats/InputFile.h"

#include "formats/XlsxSheet.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace mutualise::formats {

using domain::Error;
using domain::Result;

namespace {

// Read in pieces, so that what is held never runs far ahead of the limit.
constexpr qint64 chunkSize = 1024 * 1024;

QString shown(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

Error cannotRead(const QString& path, const QString& reason)
{
    return Error { QCoreApplication::translate("InputFile", "Cannot read %1: %2.").arg(shown(path), reason),
                   QStringLiteral("not-found"), QString() };
}

Error notAFile(const QString& path, const QString& kind)
{
    //: %2 says what the path names instead of a file: "a folder", "a device", "a pipe", "a socket".
    return Error { QCoreApplication::translate("InputFile",
                                               "%1 is %2, not a file: only a file can be imported. Save "
                                               "what it holds to a file and import that.")
                       .arg(shown(path), kind),
                   QStringLiteral("not-a-file"), QString() };
}

Error tooLarge(const QString& path, qint64 limit)
{
    return Error { QCoreApplication::translate("InputFile",
                                               "%1 is larger than %2, the most a file to import may hold.")
                       .arg(shown(path), QLocale().formattedDataSize(limit, 0)),
                   QStringLiteral("input-too-large"), QString() };
}

#ifdef Q_OS_UNIX
QString kindOf(mode_t mode)
{
    if (S_ISDIR(mode))
        return QCoreApplication::translate("InputFile", "a folder");
    if (S_ISFIFO(mode))
        return QCoreApplication::translate("InputFile", "a pipe");
    if (S_ISSOCK(mode))
        return QCoreApplication::translate("InputFile", "a socket");
    return QCoreApplication::translate("InputFile", "a device");
}

// Opens without waiting (a pipe with nobody writing to it would block the open itself) and checks what
// was opened, not what the name named a moment before, so that nothing can be swapped in between.
Result<int> openRegularFile(const QString& path)
{
    const int descriptor
        = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    if (descriptor < 0)
        return cannotRead(path, qt_error_string(errno));
    struct stat status = {};
    if (::fstat(descriptor, &status) != 0) {
        const QString reason = qt_error_string(errno);
        ::close(descriptor);
        return cannotRead(path, reason);
    }
    if (!S_ISREG(status.st_mode)) {
        ::close(descriptor);
        return notAFile(path, kindOf(status.st_mode));
    }
    return descriptor;
}
#endif

Result<QByteArray> readUpTo(QFile& file, const QString& path, qint64 limit)
{
    if (file.size() > limit)
        return tooLarge(path, limit);
    QByteArray content;
    content.reserve(file.size());
    for (;;) {
        // One byte beyond the limit tells a file that grew past it from one that ends there.
        const QByteArray chunk = file.read(qMin(chunkSize, limit + 1 - content.size()));
        if (chunk.isEmpty()) {
            if (file.error() != QFileDevice::NoError)
                return cannotRead(path, file.errorString());
            return content;
        }
        content.append(chunk);
        if (content.size() > limit)
            return tooLarge(path, limit);
    }
}

} // namespace

Result<QByteArray> readInputFile(const QString& path, qint64 limit)
{
    QFile file;
#ifdef Q_OS_UNIX
    const Result<int> descriptor = openRegularFile(path);
    if (!descriptor)
        return descriptor.error();
    if (!file.open(*descriptor, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(*descriptor);
        return cannotRead(path, file.errorString());
    }
#else
    const QFileInfo info(path);
    if (info.exists() && !info.isFile())
        return notAFile(path,
                        info.isDir() ? QCoreApplication::translate("InputFile", "a folder")
                                     : QCoreApplication::translate("InputFile", "a device"));
    file.setFileName(path);
    if (!file.open(QIODevice::ReadOnly))
        return cannotRead(path, file.errorString());
#endif
    return readUpTo(file, path, limit);
}

Result<QByteArray> readTableFile(const QString& path, qint64 limit)
{
    Result<QByteArray> content = readInputFile(path, limit);
    if (!content || !XlsxSheet::isZipArchive(*content))
        return content;
    Result<QByteArray> sheet = XlsxSheet::firstSheetAsCsv(*content, limit);
    if (!sheet) {
        //: %2 says what is wrong with it: "it is not an Excel workbook: it has no sheet."
        return Error { QCoreApplication::translate("InputFile",
                                                   "%1 cannot be read as a spreadsheet: %2 Save the sheet as "
                                                   "CSV (UTF-8) and import that instead.")
                           .arg(shown(path), sheet.error().message),
                       sheet.error().rule, QString() };
    }
    return sheet;
}

} // namespace mutualise::formats
