#include "formats/InputFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

namespace mutualise::formats {

domain::Result<QByteArray> readInputFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return domain::Error { QCoreApplication::translate("InputFile", "Cannot read %1: %2.")
                                   .arg(QDir::toNativeSeparators(path), file.errorString()),
                               QStringLiteral("not-found"), QString() };
    return file.readAll();
}

} // namespace mutualise::formats
