#include "Counts.h"

#include <QCoreApplication>
#include <QLocale>

namespace mutualise::domain {

int pluralFormOf(qint64 count)
{
    constexpr quint64 million = 1'000'000;
    // Unsigned, so that even the lowest qint64 has a magnitude.
    const quint64 magnitude = count < 0 ? 0 - static_cast<quint64>(count) : static_cast<quint64>(count);
    return static_cast<int>(magnitude < million ? magnitude : magnitude % million + million);
}

QString shareCount(qint64 shares)
{
    return QCoreApplication::translate("Counts", "%1 share(s)", nullptr, pluralFormOf(shares))
        .arg(QLocale().toString(shares));
}

QString memberCount(qint64 members)
{
    return QCoreApplication::translate("Counts", "%1 member(s)", nullptr, pluralFormOf(members))
        .arg(QLocale().toString(members));
}

QString paperCount(qint64 papers)
{
    return QCoreApplication::translate("Counts", "%1 paper(s)", nullptr, pluralFormOf(papers))
        .arg(QLocale().toString(papers));
}

} // namespace mutualise::domain
