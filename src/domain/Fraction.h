#pragma once

#include <QString>

#include <compare>
#include <optional>

namespace mutualise::domain {

// 128 bits: the class-weighted count multiplies class shares by member counts and needs room to be exact.
// __extension__ keeps -Wpedantic quiet about a type that GCC and Clang both provide.
__extension__ typedef __int128 WideInteger;

// An exact non-negative rational number, always in lowest terms. The class-weighted count cannot be
// done in whole numbers (a class with 50% of the vote split 3 for, 1 against gives 3/8 for) and must
// not be done in floating point: a motion that needs 75% must not carry on 74.99999999%.
class Fraction
{
public:
    constexpr Fraction() = default;
    explicit Fraction(qint64 whole);
    // Nothing when the denominator is not positive or the numerator is negative.
    static std::optional<Fraction> of(WideInteger numerator, WideInteger denominator);

    WideInteger numerator() const { return m_numerator; }
    WideInteger denominator() const { return m_denominator; }
    bool isZero() const { return m_numerator == 0; }
    bool isWhole() const { return m_denominator == 1; }

    // Exact, or nothing when the result would not fit in 128 bits.
    std::optional<Fraction> plus(const Fraction& other) const;
    std::optional<Fraction> times(const Fraction& other) const;

    // Exact; never overflows, whatever the size of the terms.
    friend std::strong_ordering operator<=>(const Fraction& left, const Fraction& right);
    friend bool operator==(const Fraction&, const Fraction&) = default;

    // For display only; nothing is ever decided on them.
    double toDouble() const;
    double toPercent() const { return toDouble() * 100.0; }
    // "17/30", or "412" when whole: plain ASCII digits, for files, logs and tests.
    QString toString() const;

private:
    WideInteger m_numerator = 0;
    WideInteger m_denominator = 1;
};

// Plain ASCII digits of a 128-bit integer (QString::number has no overload for it).
QString wideIntegerText(WideInteger value);

} // namespace mutualise::domain
