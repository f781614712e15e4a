#include "OutputFile.h"

#include "domain/Text.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <optional>
#include <sys/stat.h>

namespace mutualise::formats {

using domain::Error;

namespace {

struct FileIdentity
{
    dev_t device = 0;
    ino_t inode = 0;
    bool operator==(const FileIdentity&) const = default;
};

// The file a name reaches, symbolic links followed; none when nothing is there yet.
std::optional<FileIdentity> identity(const QString& path)
{
    struct stat status = {};
    if (::stat(QFile::encodeName(path).constData(), &status) != 0)
        return std::nullopt;
    return FileIdentity { status.st_dev, status.st_ino };
}

// Where a name leads once its symbolic links are followed, even to a file that does not exist yet (a
// link to the -wal of a mutual that has none at the moment), with its folder made canonical.
QString destination(const QString& path)
{
    // Linux gives up after 40 links in a row (MAXSYMLINKS); so does this.
    constexpr int maximumLinks = 40;
    QString current = QFileInfo(path).absoluteFilePath();
    for (int link = 0; link < maximumLinks; ++link) {
        const QFileInfo info(current);
        if (!info.isSymLink())
            break;
        current = info.symLinkTarget();
    }
    const QFileInfo info(current);
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    return folder.isEmpty() ? info.absoluteFilePath() : folder + QLatin1Char('/') + info.fileName();
}

bool isSameFile(const QString& path, const std::optional<FileIdentity>& pathIdentity, const QString& other)
{
    const std::optional<FileIdentity> otherIdentity = identity(other);
    if (pathIdentity && otherIdentity)
        return *pathIdentity == *otherIdentity;
    return destination(path) == destination(other);
}

Error isTheMutual(const QString& outputPath, const QString& mutualPath)
{
    if (QFileInfo(outputPath).absoluteFilePath() == QFileInfo(mutualPath).absoluteFilePath())
        return Error { QCoreApplication::translate("OutputFile",
                                                   "“%1” is the open mutual: writing there would destroy its "
                                                   "records. Choose another name.")
                           .arg(domain::quotedText(QDir::toNativeSeparators(outputPath))),
                       QStringLiteral("output-is-mutual"),
                       {} };
    // Another name for the same file: a link, or the same folder reached another way.
    return Error { QCoreApplication::translate("OutputFile",
                                               "“%1” is the mutual “%2” itself: writing there would destroy "
                                               "its records. Choose another name.")
                       .arg(domain::quotedText(QDir::toNativeSeparators(outputPath)),
                            domain::quotedText(QDir::toNativeSeparators(mutualPath))),
                   QStringLiteral("output-is-mutual"),
                   {} };
}

Error isBesideTheMutual(const QString& outputPath, const QString& mutualPath)
{
    return Error { QCoreApplication::translate("OutputFile",
                                               "“%1” is a file that SQLite keeps beside the mutual “%2”: "
                                               "writing there would damage its records. Choose another name.")
                       .arg(domain::quotedText(QDir::toNativeSeparators(outputPath)),
                            domain::quotedText(QDir::toNativeSeparators(mutualPath))),
                   QStringLiteral("output-is-mutual"),
                   {} };
}

Error notWritten(const QString& path, const QString& reason)
{
    return Error { QCoreApplication::translate("OutputFile", "Cannot write “%1”: %2.")
                       .arg(domain::quotedText(QDir::toNativeSeparators(path)), reason),
                   QStringLiteral("not-written"),
                   {} };
}

} // namespace

domain::Outcome checkNotMutual(const QString& outputPath, const QString& mutualPath)
{
    const std::optional<FileIdentity> output = identity(outputPath);
    // SQLite names the files beside a mutual after the file a link leads to, so both names count.
    QStringList mutualNames { mutualPath };
    if (const QString canonical = QFileInfo(mutualPath).canonicalFilePath(); !canonical.isEmpty())
        mutualNames.append(canonical);
    for (const QString& name : std::as_const(mutualNames)) {
        if (isSameFile(outputPath, output, name))
            return isTheMutual(outputPath, mutualPath);
    }
    for (const QString& name : std::as_const(mutualNames)) {
        for (const char* suffix : { "-wal", "-shm", "-journal" }) {
            if (isSameFile(outputPath, output, name + QLatin1String(suffix)))
                return isBesideTheMutual(outputPath, mutualPath);
        }
    }
    return domain::ok();
}

domain::Outcome writeWholeFile(const QString& path, const std::function<bool(QIODevice&)>& write)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return notWritten(path, file.errorString());
    if (!write(file)) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return notWritten(path, reason);
    }
    if (!file.commit())
        return notWritten(path, file.errorString());
    return domain::ok();
}

domain::Outcome writeWholeFile(const QString& path, const QByteArray& content)
{
    return writeWholeFile(path,
                          [&content](QIODevice& device) { return device.write(content) == content.size(); });
}

} // namespace mutualise::formats
