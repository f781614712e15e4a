#pragma once

#include <QtGlobal>

namespace mutualise::app {

// The n to give tr() for a count it prints itself with %1 (with thousands separators, and beyond an
// int): a stand-in every language's plural rule treats as it would the count, with the same last six
// digits and still at least a million when the count is. Plural rules look at n, n % 10, n % 100 and
// whether n is large.
inline int pluralFormOf(qint64 count)
{
    constexpr quint64 million = 1'000'000;
    const quint64 magnitude = count < 0 ? 0 - static_cast<quint64>(count) : static_cast<quint64>(count);
    if (magnitude < million) {
        return static_cast<int>(count);
    }
    const int standIn = static_cast<int>(magnitude % million + million);
    return count < 0 ? -standIn : standIn;
}

} // namespace mutualise::app
