#include "domain/Mutual.h"

#include <QTest>

using namespace mutualise::domain;
using namespace Qt::StringLiterals;

class TestMutual : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void legalFormKeys();
    void financialYear_data();
    void financialYear();
    void validate_data();
    void validate();
    void defaults();
    void nominalFromText_data();
    void nominalFromText();
    void settingsChange_data();
    void settingsChange();
};

void TestMutual::legalFormKeys()
{
    const QStringList keys { u"co-operative"_s, u"community-benefit"_s, u"cic"_s, u"company"_s };
    QCOMPARE(allLegalForms().size(), keys.size());
    QStringList labels;
    for (qsizetype i = 0; i < keys.size(); ++i) {
        QCOMPARE(legalFormKey(allLegalForms()[i]), keys[i]);
        QCOMPARE(legalFormFromKey(keys[i]), allLegalForms()[i]);
        labels << legalFormLabel(allLegalForms()[i]);
    }
    labels.removeDuplicates();
    QCOMPARE(labels.size(), keys.size());
    QCOMPARE(legalFormFromKey(u"coop"), std::nullopt);
}

void TestMutual::financialYear_data()
{
    QTest::addColumn<int>("startMonth");
    QTest::addColumn<int>("startDay");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QDate>("first");
    QTest::addColumn<QDate>("last");

    QTest::newRow("last day of a UK public-body year")
        << 4 << 1 << QDate(2024, 3, 31) << QDate(2023, 4, 1) << QDate(2024, 3, 31);
    QTest::newRow("first day") << 4 << 1 << QDate(2024, 4, 1) << QDate(2024, 4, 1) << QDate(2025, 3, 31);
    QTest::newRow("mid-year") << 4 << 1 << QDate(2024, 12, 25) << QDate(2024, 4, 1) << QDate(2025, 3, 31);
    // a year ending in a leap February: 1 Mar 2023 .. 29 Feb 2024
    QTest::newRow("leap February") << 3 << 1 << QDate(2024, 2, 29) << QDate(2023, 3, 1) << QDate(2024, 2, 29);
    QTest::newRow("calendar year") << 1 << 1 << QDate(2024, 1, 1) << QDate(2024, 1, 1) << QDate(2024, 12, 31);
    QTest::newRow("calendar year end")
        << 1 << 1 << QDate(2024, 12, 31) << QDate(2024, 1, 1) << QDate(2024, 12, 31);
    // the UK tax year: 6 April to 5 April
    QTest::newRow("tax year, day before")
        << 4 << 6 << QDate(2024, 4, 5) << QDate(2023, 4, 6) << QDate(2024, 4, 5);
    QTest::newRow("tax year, first day")
        << 4 << 6 << QDate(2024, 4, 6) << QDate(2024, 4, 6) << QDate(2025, 4, 5);
    QTest::newRow("year from 31 December")
        << 12 << 31 << QDate(2024, 12, 30) << QDate(2023, 12, 31) << QDate(2024, 12, 30);
}

void TestMutual::financialYear()
{
    QFETCH(int, startMonth);
    QFETCH(int, startDay);
    QFETCH(QDate, date);
    QFETCH(QDate, first);
    QFETCH(QDate, last);
    Mutual mutual;
    mutual.financialYearStartMonth = startMonth;
    mutual.financialYearStartDay = startDay;
    const Period year = mutual.financialYearContaining(date);
    QCOMPARE(year.first, first);
    QCOMPARE(year.last, last);
    QVERIFY(year.contains(date));
    QVERIFY(!year.contains(first.addDays(-1)));
    QVERIFY(!year.contains(last.addDays(1)));
}

void TestMutual::validate_data()
{
    QTest::addColumn<Mutual>("mutual");
    QTest::addColumn<QString>("field");

    Mutual valid;
    valid.name = u"Northern Shared Digital Services Co-operative"_s;
    QTest::newRow("valid") << valid << QString();
    Mutual mutual = valid;
    mutual.name = u"  "_s;
    QTest::newRow("no name") << mutual << u"name"_s;
    mutual = valid;
    mutual.nominalShareValue = 0;
    QTest::newRow("nominal zero") << mutual << u"nominalShareValue"_s;
    mutual.nominalShareValue = -100;
    QTest::newRow("nominal negative") << mutual << u"nominalShareValue"_s;
    mutual.nominalShareValue = 1;
    QTest::newRow("nominal one penny") << mutual << QString();
    mutual = valid;
    mutual.financialYearStartMonth = 2;
    mutual.financialYearStartDay = 29;
    QTest::newRow("29 February") << mutual << u"financialYearStart"_s;
    mutual.financialYearStartDay = 28;
    QTest::newRow("28 February") << mutual << QString();
    mutual.financialYearStartMonth = 4;
    mutual.financialYearStartDay = 31;
    QTest::newRow("31 April") << mutual << u"financialYearStart"_s;
    mutual.financialYearStartMonth = 13;
    mutual.financialYearStartDay = 1;
    QTest::newRow("month 13") << mutual << u"financialYearStart"_s;
    mutual.financialYearStartMonth = 1;
    mutual.financialYearStartDay = 0;
    QTest::newRow("day 0") << mutual << u"financialYearStart"_s;
    mutual = valid;
    mutual.individualWithdrawableCap = 0;
    QTest::newRow("no cap") << mutual << u"individualWithdrawableCap"_s;

    // The name heads every listing: plain text on one line, as long as a member's name may be.
    mutual = valid;
    mutual.name = u"Northern \x1b[2JCo-operative"_s;
    QTest::newRow("escape in the name") << mutual << u"name"_s;
    mutual.name = u"Northern\nCo-operative"_s;
    QTest::newRow("line feed in the name") << mutual << u"name"_s;
    mutual.name = u"Northern \u202eCo-operative"_s;
    QTest::newRow("override in the name") << mutual << u"name"_s;
    mutual.name = QString(200, u'n');
    QTest::newRow("name of 200 characters") << mutual << QString();
    mutual.name = QString(201, u'n');
    QTest::newRow("name of 201 characters") << mutual << u"name"_s;
    mutual = valid;
    mutual.registrationNumber = u"RS007\x1b[31m"_s;
    QTest::newRow("escape in the registration") << mutual << u"registrationNumber"_s;
    mutual.registrationNumber = QString(201, u'7');
    QTest::newRow("registration of 201 characters") << mutual << u"registrationNumber"_s;

    // The 360Giving prefix: what follows "360G-" in each grant's identifier.
    mutual = valid;
    mutual.grantIdPrefix = u"northerndigital"_s;
    QTest::newRow("prefix") << mutual << QString();
    mutual.grantIdPrefix = u"north-digital-2"_s;
    QTest::newRow("prefix with hyphens") << mutual << QString();
    mutual.grantIdPrefix = u"360G-northerndigital"_s;
    QTest::newRow("prefix with 360G-") << mutual << u"grantIdPrefix"_s;
    mutual.grantIdPrefix = u"north digital"_s;
    QTest::newRow("prefix with a space") << mutual << u"grantIdPrefix"_s;
    mutual.grantIdPrefix = u"north--digital"_s;
    QTest::newRow("prefix with two hyphens") << mutual << u"grantIdPrefix"_s;
    mutual.grantIdPrefix = u"-north"_s;
    QTest::newRow("prefix starting with a hyphen") << mutual << u"grantIdPrefix"_s;
    mutual.grantIdPrefix = u"nörth"_s;
    QTest::newRow("prefix with an accent") << mutual << u"grantIdPrefix"_s;
    mutual.grantIdPrefix = QString(40, u'n');
    QTest::newRow("prefix of 40 characters") << mutual << QString();
    mutual.grantIdPrefix = QString(41, u'n');
    QTest::newRow("prefix of 41 characters") << mutual << u"grantIdPrefix"_s;
}

void TestMutual::validate()
{
    QFETCH(Mutual, mutual);
    QFETCH(QString, field);
    const Outcome outcome = validateMutual(mutual);
    QCOMPARE(outcome.isOk(), field.isEmpty());
    if (!outcome.isOk()) {
        QCOMPARE(outcome.error().field, field);
        QVERIFY(!outcome.error().message.isEmpty());
    }
}

void TestMutual::defaults()
{
    const Mutual mutual;
    QCOMPARE(mutual.currency.code(), u"GBP"_s);
    QCOMPARE(mutual.nominal().minorUnits(), 100); // £1.00 a share
    QCOMPARE(mutual.individualCap().minorUnits(), 10'000'000); // £100,000.00 = 10,000,000 pence
    QCOMPARE(mutual.financialYearStartMonth, 4);
    QCOMPARE(mutual.financialYearStartDay, 1);
}

void TestMutual::nominalFromText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<qint64>("minorUnits"); // -1 when refused
    QTest::newRow("one pound") << u"1.00"_s << u"GBP"_s << qint64(100);
    QTest::newRow("spaces around") << u"  0.50 "_s << u"GBP"_s << qint64(50);
    QTest::newRow("yen have no minor unit") << u"500"_s << u"JPY"_s << qint64(500);
    QTest::newRow("words") << u"one pound"_s << u"GBP"_s << qint64(-1);
    QTest::newRow("empty") << QString() << u"GBP"_s << qint64(-1);
}

void TestMutual::nominalFromText()
{
    QFETCH(QString, text);
    QFETCH(QString, currency);
    QFETCH(qint64, minorUnits);
    const auto parsed = nominalShareValueFromText(text, *Currency::fromCode(currency));
    QCOMPARE(parsed.isOk(), minorUnits >= 0);
    if (parsed) {
        QCOMPARE(*parsed, minorUnits);
        return;
    }
    QCOMPARE(parsed.error().field, u"nominalShareValue"_s);
    QVERIFY2(parsed.error().message.startsWith(u"Nominal share value: "_s),
             qPrintable(parsed.error().message));
    QCOMPARE(parsed.error().rule, Money::parse(text.trimmed(), *Currency::fromCode(currency)).error().rule);
}

void TestMutual::settingsChange_data()
{
    QTest::addColumn<QString>("currency");
    QTest::addColumn<qint64>("nominal");
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("ledgerHasEntries");
    QTest::addColumn<QString>("field"); // of the refusal; empty when allowed
    QTest::newRow("rename, with entries") << u"GBP"_s << qint64(100) << u"Renamed"_s << true << QString();
    QTest::newRow("new currency, no entries") << u"EUR"_s << qint64(100) << u"Bakery"_s << false << QString();
    QTest::newRow("new nominal, no entries") << u"GBP"_s << qint64(25) << u"Bakery"_s << false << QString();
    QTest::newRow("new currency, with entries")
        << u"EUR"_s << qint64(100) << u"Bakery"_s << true << u"currency"_s;
    QTest::newRow("new nominal, with entries")
        << u"GBP"_s << qint64(25) << u"Bakery"_s << true << u"nominalShareValue"_s;
    QTest::newRow("both, with entries") << u"EUR"_s << qint64(25) << u"Bakery"_s << true << u"currency"_s;
}

void TestMutual::settingsChange()
{
    QFETCH(QString, currency);
    QFETCH(qint64, nominal);
    QFETCH(QString, name);
    QFETCH(bool, ledgerHasEntries);
    QFETCH(QString, field);
    Mutual before;
    before.name = u"Bakery"_s;
    Mutual after = before;
    after.name = name;
    after.currency = *Currency::fromCode(currency);
    after.nominalShareValue = nominal;
    const Outcome outcome = checkSettingsChange(before, after, ledgerHasEntries);
    QCOMPARE(outcome.isOk(), field.isEmpty());
    if (!outcome) {
        QCOMPARE(outcome.error().rule, u"settings-in-use"_s);
        QCOMPARE(outcome.error().field, field);
        QCOMPARE(outcome.error().message,
                 u"The currency and the nominal value of a share cannot be changed once share capital has "
                 "been recorded: every amount in the ledger is in them."_s);
    }
}

QTEST_GUILESS_MAIN(TestMutual)
#include "TestMutual.moc"
