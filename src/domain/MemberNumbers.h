#pragma once

#include <QString>
#include <QStringList>

namespace mutualise::domain {

// The member number to offer for the next member: the numbers go on as the secretary has been writing
// them. The pattern is that of the member added last (the letters or marks before its final digits,
// and its zero padding), and the number is one more than the highest number in that pattern:
// C001..C003 gives C004, 7 gives 8, 2024/09 gives 2024/10, C099 gives C100. A number already taken is
// skipped. `numbers` are the register's numbers in the order the members were added; "1" when there
// are none, and empty when the last number does not end in digits or the next one would not be a valid
// member number.
QString nextMemberNumber(const QStringList& numbers);

} // namespace mutualise::domain
