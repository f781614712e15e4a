#include "MemberNumbers.h"

#include "Member.h"

#include <QRegularExpression>
#include <QSet>

#include <optional>

namespace mutualise::domain {

namespace {

// A number split into what comes before its final digits and the digits.
struct NumberParts
{
    QString prefix;
    QString digits;
};

std::optional<NumberParts> partsOf(const QString& number)
{
    static const QRegularExpression trailingDigits(QStringLiteral("^(.*?)([0-9]+)$"));
    const auto match = trailingDigits.match(number);
    if (!match.hasMatch())
        return std::nullopt;
    return NumberParts { match.captured(1), match.captured(2) };
}

QString withoutLeadingZeros(const QString& digits)
{
    qsizetype first = 0;
    while (first < digits.size() - 1 && digits[first] == u'0')
        ++first;
    return digits.sliced(first);
}

// Digit strings compared as the numbers they write, whatever their length or padding.
bool isLess(const QString& left, const QString& right)
{
    const QString a = withoutLeadingZeros(left);
    const QString b = withoutLeadingZeros(right);
    return a.size() != b.size() ? a.size() < b.size() : a < b;
}

// One more, in decimal digits of any length: "099" gives "100", "9" gives "10".
QString plusOne(QString digits)
{
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        if (digits[i] != u'9') {
            digits[i] = QChar(digits[i].unicode() + 1);
            return digits;
        }
        digits[i] = u'0';
    }
    return u'1' + digits;
}

} // namespace

QString nextMemberNumber(const QStringList& numbers)
{
    if (numbers.isEmpty())
        return QStringLiteral("1");
    const auto last = partsOf(numbers.last());
    if (!last)
        return {};
    QSet<QString> taken;
    QString highest = last->digits;
    for (const QString& number : numbers) {
        taken.insert(number.toCaseFolded());
        const auto parts = partsOf(number);
        if (parts && parts->prefix.compare(last->prefix, Qt::CaseInsensitive) == 0
            && isLess(highest, parts->digits))
            highest = parts->digits;
    }
    QString digits = highest;
    QString next;
    do {
        digits = plusOne(digits);
        // The padding of the last number: C001 is followed by C002, not C2.
        next = last->prefix + withoutLeadingZeros(digits).rightJustified(last->digits.size(), u'0');
    } while (taken.contains(next.toCaseFolded()));
    return isValidMemberNumber(next) ? next : QString();
}

} // namespace mutualise::domain
