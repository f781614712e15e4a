#include "domain/Fraction.h"

#include <utility>

namespace mutualise::domain {

namespace {

WideInteger greatestCommonDivisor(WideInteger a, WideInteger b)
{
    while (b != 0) {
        const WideInteger remainder = a % b;
        a = b;
        b = remainder;
    }
    return a;
}

// The ordering of a / b against c / d (all non-negative, b and d positive) by comparing continued
// fractions: whole parts first, then the reciprocals of what is left. No product is ever formed, so
// nothing can overflow.
std::strong_ordering compareFractions(WideInteger a, WideInteger b, WideInteger c, WideInteger d)
{
    bool isReversed = false;
    const auto oriented
        = [&isReversed](std::strong_ordering order) { return isReversed ? 0 <=> order : order; };
    for (;;) {
        const WideInteger wholeLeft = a / b;
        const WideInteger wholeRight = c / d;
        if (wholeLeft != wholeRight)
            return oriented(wholeLeft <=> wholeRight);
        a %= b;
        c %= d;
        // Equal whole parts: nothing left over is less than something left over.
        if (a == 0 || c == 0)
            return oriented((a != 0) <=> (c != 0));
        // a/b and c/d are now both strictly between 0 and 1: the larger has the smaller reciprocal.
        std::swap(a, b);
        std::swap(c, d);
        isReversed = !isReversed;
    }
}

} // namespace

Fraction::Fraction(qint64 whole)
    : m_numerator(whole)
{
    Q_ASSERT(whole >= 0);
}

std::optional<Fraction> Fraction::of(WideInteger numerator, WideInteger denominator)
{
    if (denominator <= 0 || numerator < 0)
        return std::nullopt;
    const WideInteger divisor = greatestCommonDivisor(numerator, denominator);
    Fraction fraction;
    fraction.m_numerator = numerator / divisor;
    fraction.m_denominator = denominator / divisor;
    return fraction;
}

std::optional<Fraction> Fraction::plus(const Fraction& other) const
{
    const WideInteger divisor = greatestCommonDivisor(m_denominator, other.m_denominator);
    const WideInteger otherScale = other.m_denominator / divisor;
    WideInteger left = 0;
    WideInteger right = 0;
    WideInteger numerator = 0;
    WideInteger denominator = 0;
    if (__builtin_mul_overflow(m_numerator, otherScale, &left)
        || __builtin_mul_overflow(other.m_numerator, m_denominator / divisor, &right)
        || __builtin_add_overflow(left, right, &numerator)
        || __builtin_mul_overflow(m_denominator, otherScale, &denominator))
        return std::nullopt;
    return of(numerator, denominator);
}

std::optional<Fraction> Fraction::times(const Fraction& other) const
{
    // Cancel across first, so the product is already in lowest terms and as small as it can be.
    const WideInteger first = greatestCommonDivisor(m_numerator, other.m_denominator);
    const WideInteger second = greatestCommonDivisor(other.m_numerator, m_denominator);
    WideInteger numerator = 0;
    WideInteger denominator = 0;
    if (__builtin_mul_overflow(m_numerator / first, other.m_numerator / second, &numerator)
        || __builtin_mul_overflow(m_denominator / second, other.m_denominator / first, &denominator))
        return std::nullopt;
    return of(numerator, denominator);
}

std::strong_ordering operator<=>(const Fraction& left, const Fraction& right)
{
    return compareFractions(left.m_numerator, left.m_denominator, right.m_numerator, right.m_denominator);
}

double Fraction::toDouble() const
{
    return static_cast<double>(m_numerator) / static_cast<double>(m_denominator);
}

QString Fraction::toString() const
{
    if (isWhole())
        return wideIntegerText(m_numerator);
    return wideIntegerText(m_numerator) + u'/' + wideIntegerText(m_denominator);
}

QString wideIntegerText(WideInteger value)
{
    if (value == 0)
        return QStringLiteral("0");
    const bool isNegative = value < 0;
    QString digits;
    while (value != 0) {
        const WideInteger digit = value % 10;
        digits.prepend(QChar(u'0' + static_cast<char16_t>(isNegative ? -digit : digit)));
        value /= 10;
    }
    return isNegative ? u'-' + digits : digits;
}

} // namespace mutualise::domain
