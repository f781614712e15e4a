#pragma once

#include <QStringList>

namespace mutualise::app {

// The mutuals opened lately, newest first, kept in the settings between runs.
class RecentFiles
{
public:
    static constexpr qsizetype maximumCount = 8;

    static QStringList paths();
    // Moves the path to the front, dropping the oldest beyond maximumCount.
    static void add(const QString& path);
    static void remove(const QString& path);
    static void clear();
};

} // namespace mutualise::app
