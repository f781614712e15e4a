#pragma once

#include "Error.h"

#include <QLocale>
#include <QString>
#include <QStringView>

#include <compare>
#include <optional>

namespace mutualise::domain {

// An ISO 4217 currency: its three-letter code, how many digits its minor unit has (2 for pence,
// 0 for yen) and the symbol people write before or after amounts.
class Currency
{
public:
    // Only codes in the built-in table are accepted; anything else is a user error.
    static Result<Currency> fromCode(QStringView code);
    static Currency gbp();

    QString code() const { return m_code; }
    int minorDigits() const { return m_minorDigits; }
    QString symbol() const { return m_symbol; }
    // 10 ^ minorDigits: how many minor units make one major unit.
    qint64 minorPerMajor() const;

    bool operator==(const Currency& other) const { return m_code == other.m_code; }

private:
    Currency(QString code, int minorDigits, QString symbol);

    QString m_code;
    int m_minorDigits = 2;
    QString m_symbol;
};

// An amount of money: a whole number of minor units (pence, cents) in one currency. Never a double.
// Arithmetic that could overflow or that mixes currencies returns an Error instead of a wrong answer.
class Money
{
public:
    Money(qint64 minorUnits, Currency currency);
    static Money zero(Currency currency) { return Money(0, std::move(currency)); }

    qint64 minorUnits() const { return m_minorUnits; }
    const Currency& currency() const { return m_currency; }
    bool isZero() const { return m_minorUnits == 0; }
    bool isNegative() const { return m_minorUnits < 0; }

    Result<Money> plus(const Money& other) const;
    Result<Money> minus(const Money& other) const;
    Result<Money> times(qint64 factor) const;
    Result<Money> negated() const;

    // Reads what a person typed: "£1,234.56", "1234.56", "-12.5", "1 234,56 €" in a French locale.
    // The currency symbol or code is optional but must match; grouping separators are accepted only
    // in the whole part; more decimal places than the currency has is an error, never rounded.
    static Result<Money> parse(QStringView text, const Currency& currency, const QLocale& locale = QLocale());

    // "£1,234.56" in en_GB, "1 234,56 €" in fr_FR: the locale's own pattern, digits and separators.
    QString format(const QLocale& locale = QLocale()) const;
    // "1234.56": no symbol, no grouping, '.' as the decimal point; for CSV and machine output.
    QString formatPlain() const;

    bool operator==(const Money& other) const = default;

private:
    qint64 m_minorUnits = 0;
    Currency m_currency;
};

} // namespace mutualise::domain
