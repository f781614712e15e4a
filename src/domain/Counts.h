#pragma once

#include <QString>

namespace mutualise::domain {

// Counts written with the plural form the language gives them ("1 share", "2 shares"; Welsh has more
// forms), with thousands separators. Qt's plural forms take an int, but a holding or a total of shares
// may pass 2^31: these take any qint64.

// A stand-in int for `count` that every language's plural rule treats as it would `count`: the same last
// six digits, and still at least a million when the count is (rules look at n, n % 10, n % 100 and
// whether n is large). A negative count ("would hold -2 shares") takes the form of its size: Qt's rules
// are written for counts of none or more. Give it as n to tr() when the text prints the count itself
// with %1; a text with %n would print the stand-in.
int pluralFormOf(qint64 count);

// "1 share", "1,250 shares".
QString shareCount(qint64 shares);
// "1 member", "12 members".
QString memberCount(qint64 members);
// "1 paper", "30 papers" (ballot papers).
QString paperCount(qint64 papers);

} // namespace mutualise::domain
