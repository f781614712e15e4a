#pragma once

#include <QByteArray>
#include <QFile>
#include <QList>

// The most memory the process has held, in megabytes (VmHWM of /proc/self/status); -1 where there is
// no such file.
inline qint64 peakMegabytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly | QIODevice::Text))
        return -1;
    // A file of /proc has no size to read up to: read lines until none is left.
    for (QByteArray line = status.readLine(); !line.isEmpty(); line = status.readLine()) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong() / 1024;
    }
    return -1;
}
