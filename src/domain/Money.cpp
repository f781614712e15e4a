#include "Money.h"

#include <QCoreApplication>

#include <array>
#include <limits>

namespace mutualise::domain {

namespace {

struct CurrencyRow
{
    char16_t code[4];
    int minorDigits;
    const char16_t* symbol;
};

// ISO 4217 minor digits; symbols as people write them in the currency's home country.
constexpr std::array<CurrencyRow, 16> currencyTable { {
    { u"GBP", 2, u"£" },
    { u"EUR", 2, u"€" },
    { u"USD", 2, u"$" },
    { u"JPY", 0, u"¥" },
    { u"CHF", 2, u"CHF" },
    { u"SEK", 2, u"kr" },
    { u"NOK", 2, u"kr" },
    { u"DKK", 2, u"kr." },
    { u"PLN", 2, u"zł" },
    { u"CZK", 2, u"Kč" },
    { u"AUD", 2, u"A$" },
    { u"CAD", 2, u"CA$" },
    { u"NZD", 2, u"NZ$" },
    { u"ISK", 0, u"kr" },
    { u"KWD", 3, u"KD" },
    { u"BHD", 3, u"BD" },
} };

Error overflowError()
{
    return Error { QCoreApplication::translate("Money", "The amount is too large to be recorded."),
                   QStringLiteral("amount-overflow"), QString() };
}

Error mismatchError(const Currency& mine, const QString& theirs)
{
    return Error { QCoreApplication::translate("Money", "Amounts in %1 and %2 cannot be combined.")
                       .arg(mine.code(), theirs),
                   QStringLiteral("currency-mismatch"), QString() };
}

bool isSpaceLike(QChar c)
{
    return c.isSpace() || c == QChar(0x00A0) || c == QChar(0x202F) || c == QChar(0x2009);
}

QString trimmedSpaceLike(QStringView text)
{
    qsizetype first = 0;
    qsizetype last = text.size();
    while (first < last && isSpaceLike(text[first]))
        ++first;
    while (last > first && isSpaceLike(text[last - 1]))
        --last;
    return text.mid(first, last - first).toString();
}

// What the text around the digits may say about the currency, longest first so that "kr." wins
// over "kr".
QStringList markersOf(const Currency& currency)
{
    QStringList markers { currency.code(), currency.symbol() };
    std::sort(markers.begin(), markers.end(),
              [](const QString& a, const QString& b) { return a.size() > b.size(); });
    return markers;
}

// Whether the text is the code or symbol of some currency in the table other than `currency`.
std::optional<QString> otherCurrencyNamed(const QString& text, const Currency& currency)
{
    for (const CurrencyRow& row : currencyTable) {
        const QString code = QString::fromUtf16(row.code);
        if (code == currency.code())
            continue;
        if (text.compare(code, Qt::CaseInsensitive) == 0 || text == QString::fromUtf16(row.symbol))
            return code;
    }
    return std::nullopt;
}

struct Signed
{
    QString rest;
    bool isNegative = false;
};

// Removes a leading minus sign (ASCII, the locale's or U+2212) if there is one.
Signed withoutLeadingSign(const QString& text, const QLocale& locale)
{
    for (const QString& sign : { locale.negativeSign(), QStringLiteral("-"), QString(QChar(0x2212)) }) {
        if (!sign.isEmpty() && text.startsWith(sign))
            return { trimmedSpaceLike(QStringView(text).mid(sign.size())), true };
    }
    return { text, false };
}

struct Unmarked
{
    QString rest;
    bool hadMarker = false;
};

Unmarked withoutMarker(const QString& text, const Currency& currency, bool atStart)
{
    for (const QString& marker : markersOf(currency)) {
        const bool found = atStart ? text.startsWith(marker, Qt::CaseInsensitive)
                                   : text.endsWith(marker, Qt::CaseInsensitive);
        if (!found)
            continue;
        const QStringView view(text);
        const QStringView rest = atStart ? view.mid(marker.size()) : view.first(text.size() - marker.size());
        return { trimmedSpaceLike(rest), true };
    }
    return { text, false };
}

class AmountReader
{
public:
    AmountReader(const Currency& currency, const QLocale& locale)
        : m_currency(currency)
        , m_locale(locale)
    { }

    Result<Money> read(QStringView text) const
    {
        QString rest = trimmedSpaceLike(text);
        if (rest.isEmpty())
            return invalid(QCoreApplication::translate("Money", "No amount was given."));

        bool isNegative = false;
        // Accounting style: "(£12.50)" is minus twelve pounds fifty.
        if (rest.startsWith(u'(') && rest.endsWith(u')')) {
            isNegative = true;
            rest = trimmedSpaceLike(QStringView(rest).sliced(1, rest.size() - 2));
        }
        Signed signedText = withoutLeadingSign(rest, m_locale);
        isNegative = isNegative != signedText.isNegative;
        Unmarked unmarked = withoutMarker(signedText.rest, m_currency, true);
        if (unmarked.hadMarker && !signedText.isNegative) {
            signedText = withoutLeadingSign(unmarked.rest, m_locale);
            isNegative = isNegative != signedText.isNegative;
            unmarked.rest = signedText.rest;
        }
        if (!unmarked.hadMarker)
            unmarked = withoutMarker(unmarked.rest, m_currency, false);
        if (unmarked.rest.isEmpty())
            return invalid(QCoreApplication::translate("Money", "No digits were given."));

        if (const auto error = foreignText(unmarked.rest))
            return *error;
        return readNumber(unmarked.rest, isNegative);
    }

private:
    Error invalid(const QString& what) const
    {
        const Money example(123456, m_currency);
        return Error { QCoreApplication::translate("Money", "%1 Write an amount such as %2 or %3.")
                           .arg(what, example.format(m_locale), example.formatPlain()),
                       QStringLiteral("invalid-amount"), QStringLiteral("amount") };
    }

    std::optional<int> digitValue(QChar c) const
    {
        if (c >= u'0' && c <= u'9')
            return c.unicode() - u'0';
        const QString zero = m_locale.zeroDigit();
        if (zero.size() == 1 && c.unicode() >= zero[0].unicode() && c.unicode() <= zero[0].unicode() + 9)
            return c.unicode() - zero[0].unicode();
        return std::nullopt;
    }

    bool isGroupSeparator(QChar c) const
    {
        const QString group = m_locale.groupSeparator();
        if (group.size() == 1 && isSpaceLike(group[0]))
            return isSpaceLike(c);
        return group.size() == 1 && c == group[0];
    }

    bool isDecimalPoint(QChar c) const
    {
        const QString point = m_locale.decimalPoint();
        if (point.size() == 1 && c == point[0])
            return true;
        // Machine-style "1234.56" is unambiguous wherever '.' does not group thousands.
        return c == u'.' && !isGroupSeparator(c);
    }

    // Text left over before or after the digits that is not part of a number.
    std::optional<Error> foreignText(const QString& text) const
    {
        qsizetype first = 0;
        while (first < text.size() && !digitValue(text[first]) && !isDecimalPoint(text[first]))
            ++first;
        qsizetype last = text.size();
        while (last > first && !digitValue(text[last - 1]))
            --last;
        const QString before = trimmedSpaceLike(QStringView(text).first(first));
        const QString after = trimmedSpaceLike(QStringView(text).sliced(last));
        for (const QString& extra : { before, after }) {
            if (extra.isEmpty())
                continue;
            if (const auto other = otherCurrencyNamed(extra, m_currency))
                return mismatchError(m_currency, *other);
            return invalid(QCoreApplication::translate("Money", "\"%1\" is not part of an amount in %2.")
                               .arg(extra, m_currency.code()));
        }
        return std::nullopt;
    }

    Result<Money> readNumber(const QString& text, bool isNegative) const
    {
        QString wholeDigits;
        QString fractionDigits;
        QList<qsizetype> groupLengths { 0 };
        bool isInFraction = false;
        bool hasGrouping = false;
        for (const QChar c : text) {
            if (const auto digit = digitValue(c)) {
                const QChar ascii(u'0' + *digit);
                if (isInFraction) {
                    fractionDigits.append(ascii);
                } else {
                    wholeDigits.append(ascii);
                    ++groupLengths.last();
                }
            } else if (isDecimalPoint(c) && !isInFraction) {
                isInFraction = true;
            } else if (isGroupSeparator(c)) {
                if (isInFraction)
                    return invalid(QCoreApplication::translate(
                        "Money", "Digits after the decimal point cannot be grouped."));
                hasGrouping = true;
                groupLengths.append(0);
            } else {
                return invalid(QCoreApplication::translate(
                                   "Money", "\"%1\" is not a digit, a decimal point or a group separator.")
                                   .arg(c));
            }
        }
        if (wholeDigits.isEmpty() && fractionDigits.isEmpty())
            return invalid(QCoreApplication::translate("Money", "No digits were given."));
        if (hasGrouping && !isPlausibleGrouping(groupLengths))
            return invalid(QCoreApplication::translate(
                "Money", "The group separators are not between groups of three digits."));
        if (isInFraction && fractionDigits.isEmpty())
            return invalid(QCoreApplication::translate("Money", "No digits follow the decimal point."));
        if (fractionDigits.size() > m_currency.minorDigits()) {
            return Error { QCoreApplication::translate(
                               "Money",
                               "%1 has %n decimal place(s); the amount has more. Amounts are never rounded.",
                               nullptr, m_currency.minorDigits())
                               .arg(m_currency.code()),
                           QStringLiteral("too-many-decimals"), QStringLiteral("amount") };
        }
        while (fractionDigits.size() < m_currency.minorDigits())
            fractionDigits.append(u'0');
        return combine(wholeDigits, fractionDigits, isNegative);
    }

    // "1,234,567", the Indian "12,34,567" and Qt's Polish "1000 000" (no grouping under five digits,
    // even in the first group): the last group has three digits, inner groups two or three. Anything
    // else ("12,50") is most likely a mistyped decimal point.
    static bool isPlausibleGrouping(const QList<qsizetype>& lengths)
    {
        if (lengths.first() < 1 || lengths.last() != 3)
            return false;
        for (qsizetype i = 1; i + 1 < lengths.size(); ++i) {
            if (lengths[i] != 2 && lengths[i] != 3)
                return false;
        }
        return true;
    }

    // Works on the magnitude as an unsigned number so that the most negative qint64 still parses.
    Result<Money> combine(const QString& wholeDigits, const QString& fractionDigits, bool isNegative) const
    {
        quint64 magnitude = 0;
        for (const QChar c : wholeDigits + fractionDigits) {
            const auto digit = static_cast<quint64>(c.unicode() - u'0');
            if (__builtin_mul_overflow(magnitude, quint64 { 10 }, &magnitude)
                || __builtin_add_overflow(magnitude, digit, &magnitude))
                return overflowError();
        }
        constexpr auto largest = static_cast<quint64>(std::numeric_limits<qint64>::max());
        if (magnitude > largest + (isNegative ? 1U : 0U))
            return overflowError();
        if (!isNegative)
            return Money(static_cast<qint64>(magnitude), m_currency);
        if (magnitude == largest + 1U)
            return Money(std::numeric_limits<qint64>::min(), m_currency);
        return Money(-static_cast<qint64>(magnitude), m_currency);
    }

    const Currency& m_currency;
    const QLocale& m_locale;
};

quint64 magnitudeOf(qint64 value)
{
    // Negating in unsigned arithmetic keeps the most negative value representable.
    return value < 0 ? 0U - static_cast<quint64>(value) : static_cast<quint64>(value);
}

QString paddedMinor(quint64 minor, int digits, const QString& zero)
{
    QString text = QString::number(minor).rightJustified(digits, u'0');
    if (zero != QStringLiteral("0")) {
        for (QChar& c : text)
            c = QChar(zero[0].unicode() + (c.unicode() - u'0'));
    }
    return text;
}

} // namespace

Currency::Currency(QString code, int minorDigits, QString symbol)
    : m_code(std::move(code))
    , m_minorDigits(minorDigits)
    , m_symbol(std::move(symbol))
{ }

Result<Currency> Currency::fromCode(QStringView code)
{
    const QString wanted = code.trimmed().toString().toUpper();
    for (const CurrencyRow& row : currencyTable) {
        if (wanted == QString::fromUtf16(row.code))
            return Currency(wanted, row.minorDigits, QString::fromUtf16(row.symbol));
    }
    return Error {
        QCoreApplication::translate(
            "Money",
            "\"%1\" is not a currency code this program knows; use an ISO 4217 code such as GBP or EUR.")
            .arg(code),
        QStringLiteral("unknown-currency"), QStringLiteral("currency")
    };
}

Currency Currency::gbp()
{
    return Currency(QStringLiteral("GBP"), 2, QStringLiteral("£"));
}

qint64 Currency::minorPerMajor() const
{
    qint64 factor = 1;
    for (int i = 0; i < m_minorDigits; ++i)
        factor *= 10;
    return factor;
}

Money::Money(qint64 minorUnits, Currency currency)
    : m_minorUnits(minorUnits)
    , m_currency(std::move(currency))
{ }

Result<Money> Money::plus(const Money& other) const
{
    if (!(m_currency == other.m_currency))
        return mismatchError(m_currency, other.m_currency.code());
    qint64 sum = 0;
    if (__builtin_add_overflow(m_minorUnits, other.m_minorUnits, &sum))
        return overflowError();
    return Money(sum, m_currency);
}

Result<Money> Money::minus(const Money& other) const
{
    if (!(m_currency == other.m_currency))
        return mismatchError(m_currency, other.m_currency.code());
    qint64 difference = 0;
    if (__builtin_sub_overflow(m_minorUnits, other.m_minorUnits, &difference))
        return overflowError();
    return Money(difference, m_currency);
}

Result<Money> Money::times(qint64 factor) const
{
    qint64 product = 0;
    if (__builtin_mul_overflow(m_minorUnits, factor, &product))
        return overflowError();
    return Money(product, m_currency);
}

Result<Money> Money::negated() const
{
    qint64 negative = 0;
    if (__builtin_sub_overflow(qint64 { 0 }, m_minorUnits, &negative))
        return overflowError();
    return Money(negative, m_currency);
}

Result<Money> Money::parse(QStringView text, const Currency& currency, const QLocale& locale)
{
    return AmountReader(currency, locale).read(text);
}

QString Money::format(const QLocale& locale) const
{
    const quint64 magnitude = magnitudeOf(m_minorUnits);
    const auto perMajor = static_cast<quint64>(m_currency.minorPerMajor());
    QString number = locale.toString(static_cast<qulonglong>(magnitude / perMajor));
    if (m_currency.minorDigits() > 0)
        number += locale.decimalPoint()
            + paddedMinor(magnitude % perMajor, m_currency.minorDigits(), locale.zeroDigit());

    // The C locale has no currency pattern of its own ("1£"); write the symbol first as most readers expect.
    QString pattern = locale.language() == QLocale::C
        ? m_currency.symbol() + QStringLiteral("1")
        : locale.toCurrencyString(qlonglong { 1 }, m_currency.symbol());
    const QString one = locale.toString(qlonglong { 1 });
    const qsizetype symbolAt = pattern.indexOf(m_currency.symbol());
    qsizetype oneAt = pattern.indexOf(one);
    while (oneAt >= 0 && symbolAt >= 0 && oneAt >= symbolAt && oneAt < symbolAt + m_currency.symbol().size())
        oneAt = pattern.indexOf(one, oneAt + 1);
    Q_ASSERT(oneAt >= 0);
    pattern.replace(oneAt, one.size(), number);
    // A leading sign rather than Qt's accounting brackets "(£12.50)": what a statement of members' capital
    // shows.
    return m_minorUnits < 0 ? locale.negativeSign() + pattern : pattern;
}

QString Money::formatPlain() const
{
    const quint64 magnitude = magnitudeOf(m_minorUnits);
    const auto perMajor = static_cast<quint64>(m_currency.minorPerMajor());
    QString text = m_minorUnits < 0 ? QStringLiteral("-") : QString();
    text += QString::number(magnitude / perMajor);
    if (m_currency.minorDigits() > 0)
        text += u'.' + paddedMinor(magnitude % perMajor, m_currency.minorDigits(), QStringLiteral("0"));
    return text;
}

} // namespace mutualise::domain
