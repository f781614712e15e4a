#include "domain/Money.h"

#include <QTest>

#include <limits>

using namespace mutualise::domain;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 int64Max = std::numeric_limits<qint64>::max();
constexpr qint64 int64Min = std::numeric_limits<qint64>::min();

} // namespace

class TestMoney : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void currencyTable_data();
    void currencyTable();
    void unknownCurrency_data();
    void unknownCurrency();
    void arithmetic_data();
    void arithmetic();
    void arithmeticErrors_data();
    void arithmeticErrors();
    void format_data();
    void format();
    void formatPlain_data();
    void formatPlain();
    void parse_data();
    void parse();
    void parseErrors_data();
    void parseErrors();
    void invalidAmountMessageShowsExample();
    void roundTrip_data();
    void roundTrip();
};

void TestMoney::currencyTable_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("minorDigits");
    QTest::addColumn<QString>("symbol");
    QTest::addColumn<qint64>("minorPerMajor");

    QTest::newRow("GBP") << u"GBP"_s << 2 << u"£"_s << qint64 { 100 };
    QTest::newRow("EUR") << u"EUR"_s << 2 << u"€"_s << qint64 { 100 };
    QTest::newRow("USD") << u"USD"_s << 2 << u"$"_s << qint64 { 100 };
    QTest::newRow("JPY has no minor unit") << u"JPY"_s << 0 << u"¥"_s << qint64 { 1 };
    QTest::newRow("ISK has no minor unit") << u"ISK"_s << 0 << u"kr"_s << qint64 { 1 };
    QTest::newRow("KWD has fils: 3 digits") << u"KWD"_s << 3 << u"KD"_s << qint64 { 1000 };
    QTest::newRow("BHD 3 digits") << u"BHD"_s << 3 << u"BD"_s << qint64 { 1000 };
    QTest::newRow("CHF") << u"CHF"_s << 2 << u"CHF"_s << qint64 { 100 };
    QTest::newRow("lower case accepted") << u"sek"_s << 2 << u"kr"_s << qint64 { 100 };
    for (const char* code : { "NOK", "DKK", "PLN", "CZK", "AUD", "CAD", "NZD" })
        QTest::newRow(code) << QString::fromLatin1(code) << 2
                            << Currency::fromCode(QString::fromLatin1(code))->symbol() << qint64 { 100 };
}

void TestMoney::currencyTable()
{
    QFETCH(QString, code);
    QFETCH(int, minorDigits);
    QFETCH(QString, symbol);
    QFETCH(qint64, minorPerMajor);
    const auto result = Currency::fromCode(code);
    QVERIFY(result.isOk());
    QCOMPARE(result->code(), code.toUpper());
    QCOMPARE(result->minorDigits(), minorDigits);
    QCOMPARE(result->symbol(), symbol);
    QVERIFY(!result->symbol().isEmpty());
    QCOMPARE(result->minorPerMajor(), minorPerMajor);
}

void TestMoney::unknownCurrency_data()
{
    QTest::addColumn<QString>("code");
    QTest::newRow("empty") << QString();
    QTest::newRow("not ISO") << u"XYZ"_s;
    QTest::newRow("too long") << u"GBPX"_s;
    QTest::newRow("symbol instead of code") << u"£"_s;
    QTest::newRow("two letters") << u"GB"_s;
}

void TestMoney::unknownCurrency()
{
    QFETCH(QString, code);
    const auto result = Currency::fromCode(code);
    QVERIFY(!result.isOk());
    QCOMPARE(result.error().rule, u"unknown-currency"_s);
    QVERIFY(!result.error().message.isEmpty());
}

void TestMoney::arithmetic_data()
{
    QTest::addColumn<qint64>("left");
    QTest::addColumn<qint64>("right");
    QTest::addColumn<qint64>("sum");
    QTest::addColumn<qint64>("difference");
    QTest::addColumn<qint64>("product");

    // £12.50 + £0.75 = £13.25; £12.50 - £0.75 = £11.75; £12.50 x 75 = £937.50
    QTest::newRow("pence") << qint64 { 1250 } << qint64 { 75 } << qint64 { 1325 } << qint64 { 1175 }
                           << qint64 { 93750 };
    // -£1.00 + £0.01 = -£0.99; -£1.00 - £0.01 = -£1.01; -£1.00 x 1 = -£1.00
    QTest::newRow("negative") << qint64 { -100 } << qint64 { 1 } << qint64 { -99 } << qint64 { -101 }
                              << qint64 { -100 };
    // the largest value plus nothing is still the largest; times one unchanged
    QTest::newRow("at INT64 max") << int64Max << qint64 { 0 } << int64Max << int64Max << qint64 { 0 };
    // (2^62) x 1 = 2^62; 2^62 + 1 fits
    QTest::newRow("2^62") << (qint64 { 1 } << 62) << qint64 { 1 } << (qint64 { 1 } << 62) + 1
                          << (qint64 { 1 } << 62) - 1 << (qint64 { 1 } << 62);
}

void TestMoney::arithmetic()
{
    QFETCH(qint64, left);
    QFETCH(qint64, right);
    QFETCH(qint64, sum);
    QFETCH(qint64, difference);
    QFETCH(qint64, product);
    const Money a(left, Currency::gbp());
    const Money b(right, Currency::gbp());
    QCOMPARE(a.plus(b)->minorUnits(), sum);
    QCOMPARE(a.minus(b)->minorUnits(), difference);
    QCOMPARE(a.times(right)->minorUnits(), product);
    QCOMPARE(a.plus(b)->currency(), Currency::gbp());
}

void TestMoney::arithmeticErrors_data()
{
    QTest::addColumn<QString>("operation");
    QTest::addColumn<qint64>("left");
    QTest::addColumn<qint64>("right");
    QTest::addColumn<QString>("rightCurrency");
    QTest::addColumn<QString>("rule");

    QTest::newRow("max + 1") << u"plus"_s << int64Max << qint64 { 1 } << u"GBP"_s << u"amount-overflow"_s;
    QTest::newRow("min - 1") << u"minus"_s << int64Min << qint64 { 1 } << u"GBP"_s << u"amount-overflow"_s;
    QTest::newRow("max x 2") << u"times"_s << int64Max << qint64 { 2 } << u"GBP"_s << u"amount-overflow"_s;
    QTest::newRow("min x -1") << u"times"_s << int64Min << qint64 { -1 } << u"GBP"_s << u"amount-overflow"_s;
    QTest::newRow("-min") << u"negated"_s << int64Min << qint64 { 0 } << u"GBP"_s << u"amount-overflow"_s;
    QTest::newRow("GBP + EUR") << u"plus"_s << qint64 { 1 } << qint64 { 1 } << u"EUR"_s
                               << u"currency-mismatch"_s;
    QTest::newRow("GBP - JPY") << u"minus"_s << qint64 { 1 } << qint64 { 1 } << u"JPY"_s
                               << u"currency-mismatch"_s;
}

void TestMoney::arithmeticErrors()
{
    QFETCH(QString, operation);
    QFETCH(qint64, left);
    QFETCH(qint64, right);
    QFETCH(QString, rightCurrency);
    QFETCH(QString, rule);
    const Money a(left, Currency::gbp());
    const Money b(right, *Currency::fromCode(rightCurrency));
    const Result<Money> result = operation == u"plus"_s ? a.plus(b)
        : operation == u"minus"_s                       ? a.minus(b)
        : operation == u"times"_s                       ? a.times(right)
                                                        : a.negated();
    QVERIFY(!result.isOk());
    QCOMPARE(result.error().rule, rule);
}

void TestMoney::format_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("code");
    QTest::addColumn<qint64>("minorUnits");
    QTest::addColumn<QString>("expected");

    // 123456 pence = £1,234.56
    QTest::newRow("en_GB GBP") << u"en_GB"_s << u"GBP"_s << qint64 { 123456 } << u"£1,234.56"_s;
    // Qt 6.4's fr_FR groups with U+202F (narrow no-break space) and puts U+00A0 before the symbol.
    QTest::newRow("fr_FR EUR") << u"fr_FR"_s << u"EUR"_s << qint64 { 123456 }
                               << QStringLiteral("1\u202F234,56\u00A0€");
    // JPY has no minor unit: 1234 yen = ¥1,234
    QTest::newRow("en_US JPY") << u"en_US"_s << u"JPY"_s << qint64 { 1234 } << u"¥1,234"_s;
    // -1250 pence = -£12.50, a leading sign rather than accounting brackets
    QTest::newRow("en_GB negative") << u"en_GB"_s << u"GBP"_s << qint64 { -1250 } << u"-£12.50"_s;
    QTest::newRow("en_GB pence only") << u"en_GB"_s << u"GBP"_s << qint64 { 5 } << u"£0.05"_s;
    QTest::newRow("en_GB zero") << u"en_GB"_s << u"GBP"_s << qint64 { 0 } << u"£0.00"_s;
    // 1234567 fils = 1,234.567 KD
    QTest::newRow("en_GB KWD") << u"en_GB"_s << u"KWD"_s << qint64 { 1234567 } << u"KD1,234.567"_s;
    QTest::newRow("de_DE EUR negative")
        << u"de_DE"_s << u"EUR"_s << qint64 { -123456 } << QStringLiteral("-1.234,56\u00A0€");
    // sv_SE writes U+2212 as its minus sign and U+00A0 to group
    QTest::newRow("sv_SE SEK negative")
        << u"sv_SE"_s << u"SEK"_s << qint64 { -100000 } << QStringLiteral("\u22121\u00A0000,00\u00A0kr");
    // The C locale has no currency pattern; the symbol goes first and nothing is grouped.
    QTest::newRow("C GBP") << u"C"_s << u"GBP"_s << qint64 { 123456 } << u"£1234.56"_s;
    // INT64 max = 9223372036854775807 pence = £92,233,720,368,547,758.07
    QTest::newRow("en_GB INT64 max") << u"en_GB"_s << u"GBP"_s << int64Max << u"£92,233,720,368,547,758.07"_s;
    QTest::newRow("en_GB INT64 min") << u"en_GB"_s << u"GBP"_s << int64Min
                                     << u"-£92,233,720,368,547,758.08"_s;
}

void TestMoney::format()
{
    QFETCH(QString, locale);
    QFETCH(QString, code);
    QFETCH(qint64, minorUnits);
    QFETCH(QString, expected);
    QCOMPARE(Money(minorUnits, *Currency::fromCode(code)).format(QLocale(locale)), expected);
}

void TestMoney::formatPlain_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<qint64>("minorUnits");
    QTest::addColumn<QString>("expected");
    QTest::newRow("pounds and pence") << u"GBP"_s << qint64 { 123456 } << u"1234.56"_s;
    QTest::newRow("negative pence") << u"GBP"_s << qint64 { -5 } << u"-0.05"_s;
    QTest::newRow("zero") << u"GBP"_s << qint64 { 0 } << u"0.00"_s;
    QTest::newRow("yen") << u"JPY"_s << qint64 { 1234 } << u"1234"_s;
    QTest::newRow("fils") << u"BHD"_s << qint64 { 5 } << u"0.005"_s;
    QTest::newRow("INT64 min") << u"GBP"_s << int64Min << u"-92233720368547758.08"_s;
}

void TestMoney::formatPlain()
{
    QFETCH(QString, code);
    QFETCH(qint64, minorUnits);
    QFETCH(QString, expected);
    QCOMPARE(Money(minorUnits, *Currency::fromCode(code)).formatPlain(), expected);
}

void TestMoney::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("locale");
    QTest::addColumn<qint64>("expected");

    QTest::newRow("plain") << u"1234.56"_s << u"GBP"_s << u"C"_s << qint64 { 123456 };
    QTest::newRow("symbol and grouping") << u"£1,234.56"_s << u"GBP"_s << u"en_GB"_s << qint64 { 123456 };
    // "12.5" is £12.50: the missing digit is a zero, not a rounding
    QTest::newRow("one decimal") << u"-12.5"_s << u"GBP"_s << u"en_GB"_s << qint64 { -1250 };
    QTest::newRow("whole pounds") << u"12"_s << u"GBP"_s << u"en_GB"_s << qint64 { 1200 };
    QTest::newRow("leading decimal point") << u".5"_s << u"GBP"_s << u"en_GB"_s << qint64 { 50 };
    QTest::newRow("code after") << u"12.00 GBP"_s << u"GBP"_s << u"en_GB"_s << qint64 { 1200 };
    QTest::newRow("code before, lower case") << u"gbp 7"_s << u"GBP"_s << u"en_GB"_s << qint64 { 700 };
    QTest::newRow("sign before symbol") << u"-£12.50"_s << u"GBP"_s << u"en_GB"_s << qint64 { -1250 };
    QTest::newRow("sign after symbol") << u"£-12.50"_s << u"GBP"_s << u"en_GB"_s << qint64 { -1250 };
    QTest::newRow("accounting brackets") << u"(£12.50)"_s << u"GBP"_s << u"en_GB"_s << qint64 { -1250 };
    QTest::newRow("surrounding spaces") << u"  £ 3.00  "_s << u"GBP"_s << u"en_GB"_s << qint64 { 300 };
    // Qt's own fr_FR output: U+202F groups, U+00A0 before the symbol
    QTest::newRow("fr_FR as Qt writes it")
        << QStringLiteral("1\u202F234,56\u00A0€") << u"EUR"_s << u"fr_FR"_s << qint64 { 123456 };
    // ... and as a person types it, with ordinary spaces
    QTest::newRow("fr_FR typed with spaces")
        << u"1 234,56 €"_s << u"EUR"_s << u"fr_FR"_s << qint64 { 123456 };
    QTest::newRow("fr_FR no-break space group")
        << QStringLiteral("1\u00A0234,56") << u"EUR"_s << u"fr_FR"_s << qint64 { 123456 };
    QTest::newRow("fr_FR machine point") << u"1234.56"_s << u"EUR"_s << u"fr_FR"_s << qint64 { 123456 };
    QTest::newRow("de_DE dot groups") << u"1.234,56 €"_s << u"EUR"_s << u"de_DE"_s << qint64 { 123456 };
    QTest::newRow("sv_SE minus sign U+2212")
        << QStringLiteral("\u221212,50 kr") << u"SEK"_s << u"sv_SE"_s << qint64 { -1250 };
    // Qt 6.4's pl_PL leaves the first group ungrouped: 1000 000,00 zł = 1,000,000 zloty
    QTest::newRow("pl_PL four-digit first group")
        << QStringLiteral("1000\u00A0000,00\u00A0zł") << u"PLN"_s << u"pl_PL"_s << qint64 { 100000000 };
    QTest::newRow("Indian grouping") << u"12,34,567.00"_s << u"GBP"_s << u"en_IN"_s << qint64 { 123456700 };
    // Arabic-Indic digits in ar_EG: ١٢٣٤ = 1234 pounds = 123400 piastres
    QTest::newRow("ar_EG native digits")
        << QStringLiteral("\u0661\u0662\u0663\u0664") << u"EUR"_s << u"ar_EG"_s << qint64 { 123400 };
    QTest::newRow("yen") << u"¥1,234"_s << u"JPY"_s << u"en_US"_s << qint64 { 1234 };
    QTest::newRow("three decimals") << u"1.005 KD"_s << u"KWD"_s << u"en_GB"_s << qint64 { 1005 };
    QTest::newRow("dkk symbol with dot") << u"10,00 kr."_s << u"DKK"_s << u"da_DK"_s << qint64 { 1000 };
    QTest::newRow("zero") << u"0"_s << u"GBP"_s << u"C"_s << qint64 { 0 };
    QTest::newRow("minus zero") << u"-0.00"_s << u"GBP"_s << u"C"_s << qint64 { 0 };
    QTest::newRow("INT64 max") << u"92233720368547758.07"_s << u"GBP"_s << u"C"_s << int64Max;
    QTest::newRow("INT64 min") << u"-92233720368547758.08"_s << u"GBP"_s << u"C"_s << int64Min;
}

void TestMoney::parse()
{
    QFETCH(QString, text);
    QFETCH(QString, code);
    QFETCH(QString, locale);
    QFETCH(qint64, expected);
    const auto result = Money::parse(text, *Currency::fromCode(code), QLocale(locale));
    QVERIFY2(result.isOk(), qPrintable(result.isOk() ? QString() : result.error().message));
    QCOMPARE(result->minorUnits(), expected);
    QCOMPARE(result->currency().code(), code);
}

void TestMoney::parseErrors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("rule");

    QTest::newRow("empty") << QString() << u"GBP"_s << u"en_GB"_s << u"invalid-amount"_s;
    QTest::newRow("spaces only") << u"   "_s << u"GBP"_s << u"en_GB"_s << u"invalid-amount"_s;
    QTest::newRow("symbol only") << u"£"_s << u"GBP"_s << u"en_GB"_s << u"invalid-amount"_s;
    QTest::newRow("minus only") << u"-"_s << u"GBP"_s << u"en_GB"_s << u"invalid-amount"_s;
    QTest::newRow("letters") << u"twelve"_s << u"GBP"_s << u"en_GB"_s << u"invalid-amount"_s;
    QTest::newRow("letters inside") << u"12a4"_s << u"GBP"_s << u"en_GB"_s << u"invalid-amount"_s;
    QTest::newRow("two decimal points") << u"1.2.3"_s << u"GBP"_s << u"en_GB"_s << u"invalid-amount"_s;
    QTest::newRow("point without digits") << u"12."_s << u"GBP"_s << u"en_GB"_s << u"invalid-amount"_s;
    QTest::newRow("grouping after the point")
        << u"1.234,5"_s << u"GBP"_s << u"en_GB"_s << u"invalid-amount"_s;
    QTest::newRow("grouping in wrong place") << u"12,50"_s << u"GBP"_s << u"en_GB"_s << u"invalid-amount"_s;
    QTest::newRow("trailing group separator") << u"1,"_s << u"GBP"_s << u"en_GB"_s << u"invalid-amount"_s;
    QTest::newRow("fr grouping after comma") << u"1,234 5"_s << u"EUR"_s << u"fr_FR"_s << u"invalid-amount"_s;
    QTest::newRow("double minus") << u"--5"_s << u"GBP"_s << u"en_GB"_s << u"invalid-amount"_s;
    QTest::newRow("symbol twice") << u"£5£"_s << u"GBP"_s << u"en_GB"_s << u"invalid-amount"_s;
    QTest::newRow("plus sign") << u"+5"_s << u"GBP"_s << u"en_GB"_s << u"invalid-amount"_s;
    QTest::newRow("exponent") << u"1e3"_s << u"GBP"_s << u"en_GB"_s << u"invalid-amount"_s;
    QTest::newRow("three decimals in pounds")
        << u"1.005"_s << u"GBP"_s << u"en_GB"_s << u"too-many-decimals"_s;
    QTest::newRow("any decimal in yen") << u"1234.5"_s << u"JPY"_s << u"en_US"_s << u"too-many-decimals"_s;
    QTest::newRow("even a zero decimal in yen")
        << u"1234.0"_s << u"JPY"_s << u"en_US"_s << u"too-many-decimals"_s;
    QTest::newRow("four decimals in fils") << u"1.0005"_s << u"KWD"_s << u"en_GB"_s << u"too-many-decimals"_s;
    QTest::newRow("dollars for pounds") << u"$12"_s << u"GBP"_s << u"en_GB"_s << u"currency-mismatch"_s;
    QTest::newRow("EUR code for pounds") << u"12 EUR"_s << u"GBP"_s << u"en_GB"_s << u"currency-mismatch"_s;
    // INT64 max + 1 pence
    QTest::newRow("one penny over INT64")
        << u"92233720368547758.08"_s << u"GBP"_s << u"C"_s << u"amount-overflow"_s;
    QTest::newRow("one penny under INT64")
        << u"-92233720368547758.09"_s << u"GBP"_s << u"C"_s << u"amount-overflow"_s;
    QTest::newRow("far too many digits")
        << u"123456789012345678901234567890"_s << u"GBP"_s << u"C"_s << u"amount-overflow"_s;
}

void TestMoney::parseErrors()
{
    QFETCH(QString, text);
    QFETCH(QString, code);
    QFETCH(QString, locale);
    QFETCH(QString, rule);
    const auto result = Money::parse(text, *Currency::fromCode(code), QLocale(locale));
    QVERIFY2(!result.isOk(), qPrintable(result.isOk() ? result->formatPlain() : QString()));
    QCOMPARE(result.error().rule, rule);
    QVERIFY(!result.error().message.isEmpty());
}

void TestMoney::invalidAmountMessageShowsExample()
{
    const auto result = Money::parse(u"abc"_s, Currency::gbp(), QLocale(u"en_GB"_s));
    QVERIFY(!result.isOk());
    QCOMPARE(result.error().field, u"amount"_s);
    // The example is £1,234.56 in the person's own locale, and the plain form.
    QVERIFY2(result.error().message.contains(u"£1,234.56"_s), qPrintable(result.error().message));
    QVERIFY(result.error().message.contains(u"1234.56"_s));
    QVERIFY(result.error().message.contains(u"abc"_s));
}

void TestMoney::roundTrip_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("code");
    for (const char* locale :
         { "C", "en_GB", "en_US", "fr_FR", "de_DE", "de_CH", "sv_SE", "pl_PL", "en_IN", "ar_EG", "ja_JP" }) {
        for (const char* code : { "GBP", "EUR", "JPY", "KWD", "SEK", "DKK", "CHF" })
            QTest::addRow("%s %s", locale, code) << QString::fromLatin1(locale) << QString::fromLatin1(code);
    }
}

void TestMoney::roundTrip()
{
    QFETCH(QString, locale);
    QFETCH(QString, code);
    const Currency money = *Currency::fromCode(code);
    QList<qint64> values { 0,        1,        -1,           5,           -5,     99,      100,
                           101,      999,      1000,         1001,        123456, -123456, 1'000'000'00,
                           int64Max, int64Min, int64Max - 1, int64Min + 1 };
    // Powers of ten and their neighbours cross every grouping boundary.
    for (qint64 power = 10; power < int64Max / 10; power *= 10)
        values << power - 1 << power << power + 1 << -power;
    // A fixed pseudo-random spread of magnitudes.
    quint64 state = 12345;
    for (int i = 0; i < 200; ++i) {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        values << static_cast<qint64>(state >> (i % 60));
    }
    for (const qint64 value : std::as_const(values)) {
        const Money original(value, money);
        const QString text = original.format(QLocale(locale));
        const auto parsed = Money::parse(text, money, QLocale(locale));
        QVERIFY2(parsed.isOk(),
                 qPrintable(text + u' ' + (parsed.isOk() ? QString() : parsed.error().message)));
        QCOMPARE(parsed->minorUnits(), value);
        const auto plain = Money::parse(original.formatPlain(), money, QLocale::c());
        QVERIFY(plain.isOk());
        QCOMPARE(plain->minorUnits(), value);
    }
}

QTEST_GUILESS_MAIN(TestMoney)
#include "TestMoney.moc"
