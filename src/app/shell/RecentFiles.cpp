#include "app/shell/RecentFiles.h"

#include <QFileInfo>
#include <QSettings>

namespace mutualise::app {

namespace {
QString settingsKey()
{
    return QStringLiteral("recentFiles");
}

void store(const QStringList& paths)
{
    QSettings().setValue(settingsKey(), paths);
}
} // namespace

QStringList RecentFiles::paths()
{
    return QSettings().value(settingsKey()).toStringList();
}

void RecentFiles::add(const QString& path)
{
    const QString canonical = QFileInfo(path).absoluteFilePath();
    QStringList list = paths();
    list.removeAll(canonical);
    list.prepend(canonical);
    while (list.size() > maximumCount) {
        list.removeLast();
    }
    store(list);
}

void RecentFiles::remove(const QString& path)
{
    QStringList list = paths();
    list.removeAll(QFileInfo(path).absoluteFilePath());
    store(list);
}

void RecentFiles::clear()
{
    store({});
}

} // namespace mutualise::app
