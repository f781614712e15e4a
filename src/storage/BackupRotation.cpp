#include "BackupRotation.h"

#include "WorkingFile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>

namespace mutualise::storage {

namespace {

const QString suffix = QStringLiteral(".mutual");

QString fileNameOf(const QDate& day)
{
    return day.toString(Qt::ISODate) + suffix;
}

} // namespace

BackupRotation::BackupRotation(const QString& backupsFolder, const QString& mutualPath)
{
    const QFileInfo mutual(mutualPath);
    const QByteArray whole = QFile::encodeName(mutual.absoluteFilePath());
    const QString tag
        = QString::fromLatin1(QCryptographicHash::hash(whole, QCryptographicHash::Sha256).toHex().left(12));
    m_folder = QDir(backupsFolder).filePath(mutual.completeBaseName() + u'-' + tag);
}

QList<KeptBackup> BackupRotation::backups() const
{
    static const QRegularExpression named(QStringLiteral("^(\\d{4}-\\d{2}-\\d{2})\\.mutual$"));
    QList<KeptBackup> found;
    const QDir folder(m_folder);
    for (const QFileInfo& file : folder.entryInfoList({ QStringLiteral("*") + suffix }, QDir::Files)) {
        const QRegularExpressionMatch match = named.match(file.fileName());
        const QDate day = match.hasMatch() ? QDate::fromString(match.captured(1), Qt::ISODate) : QDate();
        if (day.isValid())
            found.append({ file.absoluteFilePath(), day });
    }
    std::sort(found.begin(), found.end(),
              [](const KeptBackup& one, const KeptBackup& other) { return one.day > other.day; });
    return found;
}

bool BackupRotation::hasBackupOn(const QDate& day) const
{
    return QFileInfo::exists(QDir(m_folder).filePath(fileNameOf(day)));
}

QList<QDate> BackupRotation::daysToRemove(QList<QDate> days)
{
    std::sort(days.begin(), days.end(), std::greater<>());
    days.erase(std::unique(days.begin(), days.end()), days.end());
    QList<QDate> removed;
    QList<std::pair<int, int>> weeksKept; // (year, week) of each weekly backup kept
    for (qsizetype i = 0; i < days.size(); ++i) {
        const QDate day = days.at(i);
        if (i < dailyKept)
            continue;
        int year = 0;
        const int week = day.weekNumber(&year);
        // Newest first, so the first of a week met is the newest of it.
        const bool isNewWeek = !weeksKept.contains(std::pair(year, week));
        if (isNewWeek && weeksKept.size() < weeklyKept) {
            weeksKept.append({ year, week });
            continue;
        }
        removed.append(day);
    }
    return removed;
}

Result<std::optional<BackupCopy>> BackupRotation::keep(const MutualFile& source, const QDate& day) const
{
    if (hasBackupOn(day))
        return std::optional<BackupCopy>();
    if (!QDir().mkpath(m_folder))
        return Error {
            tr("The folder “%1” for backups could not be made.").arg(QDir::toNativeSeparators(m_folder)),
            QStringLiteral("not-written"),
            {}
        };
    auto written = Backup::write(source, QDir(m_folder).filePath(fileNameOf(day)));
    if (!written)
        return written.error();
    QList<QDate> days;
    for (const KeptBackup& backup : backups())
        days.append(backup.day);
    for (const QDate& old : daysToRemove(days))
        removeWithCompanions(QDir(m_folder).filePath(fileNameOf(old)));
    return std::optional<BackupCopy>(std::move(written).value());
}

Result<Restored> BackupRotation::restore(const QString& backupPath, const QString& mutualPath,
                                         const QDateTime& now)
{
    const QFileInfo mutual(mutualPath);
    for (const char* companion : { "-wal", "-shm", "-journal" }) {
        if (QFileInfo::exists(mutual.absoluteFilePath() + QLatin1String(companion)))
            return Error { tr("“%1” is open in another program. Close it there, then restore the backup.")
                               .arg(QDir::toNativeSeparators(mutual.absoluteFilePath())),
                           QStringLiteral("in-use"),
                           {} };
    }
    auto backup = MutualFile::openForReading(backupPath, MutualFile::currentActor());
    if (!backup)
        return backup.error();
    const QString aside = mutual.dir().filePath(
        tr("%1 (before restore %2).mutual")
            .arg(mutual.completeBaseName(), now.toString(QStringLiteral("yyyy-MM-dd HH-mm-ss"))));
    if (QFileInfo::exists(aside) || !QFile::rename(mutual.absoluteFilePath(), aside))
        return Error { tr("“%1” could not be kept aside as “%2”, so nothing was restored.")
                           .arg(QDir::toNativeSeparators(mutual.absoluteFilePath()),
                                QDir::toNativeSeparators(aside)),
                       QStringLiteral("not-written"),
                       {} };
    auto copied = Backup::write(**backup, mutual.absoluteFilePath());
    if (!copied) {
        QFile::rename(aside, mutual.absoluteFilePath());
        return copied.error();
    }
    return Restored { aside, std::move(copied).value() };
}

} // namespace mutualise::storage
