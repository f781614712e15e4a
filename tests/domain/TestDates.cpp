#include "domain/Dates.h"

#include <QTest>

using namespace mutualise::domain;
using namespace Qt::StringLiterals;

// The range of dates a record may carry, and what has happened lying inside it.
class TestDates : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void plausible_data();
    void plausible();
    void notInFuture_data();
    void notInFuture();
    void typedDate_data();
    void typedDate();
    void unreadableDateIsNamed_data();
    void unreadableDateIsNamed();
    void typedDateFormatWritesTheYearInFull();
};

namespace {

const QDate today(2026, 6, 1);

} // namespace

void TestDates::plausible_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<bool>("isPlausible");
    QTest::newRow("year 1") << QDate(1, 1, 1) << false;
    QTest::newRow("year 0 before Christ") << QDate(-1, 12, 31) << false;
    QTest::newRow("last day of 1799") << QDate(1799, 12, 31) << false;
    QTest::newRow("first day of 1800") << QDate(1800, 1, 1) << true;
    QTest::newRow("today") << today << true;
    QTest::newRow("100 years ahead") << QDate(2126, 6, 1) << true;
    QTest::newRow("100 years and a day ahead") << QDate(2126, 6, 2) << false;
    QTest::newRow("year 9999") << QDate(9999, 12, 31) << false;
    QTest::newRow("no date: left to the checks that need one") << QDate() << true;
}

void TestDates::plausible()
{
    QFETCH(QDate, date);
    QFETCH(bool, isPlausible);
    const Outcome outcome = checkPlausibleDate(date, today, u"heldOn"_s);
    QCOMPARE(outcome.isOk(), isPlausible);
    if (isPlausible)
        return;
    QCOMPARE(outcome.error().rule, u"implausible-date"_s);
    QCOMPARE(outcome.error().field, u"heldOn"_s);
    QCOMPARE(
        outcome.error().message,
        u"%1 is not a plausible date: a date must lie between 1800-01-01 and 2126-06-01. Check the year."_s
            .arg(date.toString(Qt::ISODate)));
}

void TestDates::notInFuture_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("rule"); // empty when accepted
    QTest::newRow("year 1") << QDate(1, 1, 1) << u"implausible-date"_s;
    QTest::newRow("first day of 1800") << QDate(1800, 1, 1) << QString();
    QTest::newRow("today") << today << QString();
    QTest::newRow("tomorrow") << today.addDays(1) << u"future-date"_s;
    QTest::newRow("year 9999") << QDate(9999, 12, 31) << u"implausible-date"_s;
}

void TestDates::notInFuture()
{
    QFETCH(QDate, date);
    QFETCH(QString, rule);
    const Outcome outcome = checkNotInFuture(date, today, u"date"_s);
    QCOMPARE(outcome.isOk() ? QString() : outcome.error().rule, rule);
}

namespace {

const QLocale british(QLocale::English, QLocale::UnitedKingdom);
const QLocale american(QLocale::English, QLocale::UnitedStates);
const QLocale welsh(QLocale::Welsh, QLocale::UnitedKingdom);
const QLocale german(QLocale::German, QLocale::Germany);
const QLocale french(QLocale::French, QLocale::France);
const QLocale japanese(QLocale::Japanese, QLocale::Japan);

} // namespace

void TestDates::typedDate_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QDate>("date");
    const QDate april(2026, 4, 1);
    QTest::newRow("ISO") << u"2026-04-01"_s << british << april;
    QTest::newRow("ISO without zeros") << u"2026-4-1"_s << british << april;
    QTest::newRow("ISO in the US too") << u"2026-04-01"_s << american << april;
    QTest::newRow("year first with slashes") << u"2026/04/01"_s << american << april;
    QTest::newRow("UK short format") << u"01/04/2026"_s << british << april;
    QTest::newRow("UK without zeros") << u"1/4/2024"_s << british << QDate(2024, 4, 1);
    QTest::newRow("UK two-digit year") << u"1/4/26"_s << british << april;
    QTest::newRow("UK two-digit year, last century") << u"1/4/75"_s << british << QDate(1975, 4, 1);
    QTest::newRow("UK two-digit year, near future") << u"1/4/45"_s << british << QDate(2045, 4, 1);
    QTest::newRow("UK with dots") << u"1.4.2026"_s << british << april;
    QTest::newRow("UK with dashes") << u"01-04-2026"_s << british << april;
    QTest::newRow("spaces around") << u"  01/04/2026 "_s << british << april;
    QTest::newRow("US: month first") << u"4/1/2026"_s << american << april;
    QTest::newRow("US: 12/11 is December") << u"12/11/2026"_s << american << QDate(2026, 12, 11);
    QTest::newRow("UK: 12/11 is November") << u"12/11/2026"_s << british << QDate(2026, 11, 12);
    QTest::newRow("German dots") << u"01.04.2026"_s << german << april;
    QTest::newRow("Japanese year first") << u"2026/04/01"_s << japanese << april;
    QTest::newRow("year-first locale, year typed last") << u"4/1/2026"_s << japanese << april;
    QTest::newRow("day and short month") << u"1 Apr 2026"_s << british << april;
    QTest::newRow("day and long month") << u"1 April 2026"_s << british << april;
    QTest::newRow("lower case") << u"1 april 2026"_s << british << april;
    QTest::newRow("month first") << u"April 1, 2026"_s << american << april;
    QTest::newRow("short month first") << u"Apr 1 2026"_s << british << april;
    QTest::newRow("ordinal") << u"1st April 2026"_s << british << april;
    QTest::newRow("ordinal 23rd") << u"23rd Sep 2026"_s << british << QDate(2026, 9, 23);
    QTest::newRow("UK Sept") << u"30 Sept 2026"_s << british << QDate(2026, 9, 30);
    QTest::newRow("US Sep in the UK") << u"30 Sep 2026"_s << british << QDate(2026, 9, 30);
    QTest::newRow("start of a name") << u"3 Septem 2026"_s << british << QDate(2026, 9, 3);
    QTest::newRow("dashes and a name") << u"1-Apr-2026"_s << british << april;
    QTest::newRow("abbreviation with a dot") << u"1 Apr. 2026"_s << british << april;
    QTest::newRow("two-digit year with a name") << u"1 Apr 26"_s << british << april;
    QTest::newRow("Welsh long") << u"1 Ebrill 2026"_s << welsh << april;
    QTest::newRow("Welsh short") << u"1 Ebr 2026"_s << welsh << april;
    QTest::newRow("Welsh user types English") << u"1 Apr 2026"_s << welsh << april;
    QTest::newRow("Welsh short format") << u"01/04/2026"_s << welsh << april;
    QTest::newRow("German März") << u"1. März 2026"_s << german << QDate(2026, 3, 1);
    QTest::newRow("German Dez.") << u"24. Dez. 2026"_s << german << QDate(2026, 12, 24);
    QTest::newRow("French avril") << u"1 avril 2026"_s << french << april;
    QTest::newRow("leap day") << u"29/02/2024"_s << british << QDate(2024, 2, 29);
    QTest::newRow("year 1800") << u"1800-01-01"_s << british << QDate(1800, 1, 1);
}

void TestDates::typedDate()
{
    QFETCH(QString, typed);
    QFETCH(QLocale, locale);
    QFETCH(QDate, date);
    const auto read = parseTypedDate(typed, locale, today);
    QVERIFY2(read, qPrintable(read ? QString() : read.error().message));
    QCOMPARE(*read, date);
}

void TestDates::unreadableDateIsNamed_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("rule");
    const QString unreadable = u"unreadable-date"_s;
    QTest::newRow("no 31 February") << u"31/02/2026"_s << british << unreadable;
    QTest::newRow("no 29 February in 2026") << u"29/02/2026"_s << british << unreadable;
    QTest::newRow("month 13") << u"2026-13-01"_s << british << unreadable;
    QTest::newRow("US: month 13") << u"13/1/2026"_s << american << unreadable;
    QTest::newRow("UK: month 13") << u"1/13/2026"_s << british << unreadable;
    QTest::newRow("day 0") << u"0/4/2026"_s << british << unreadable;
    QTest::newRow("nothing") << u""_s << british << u"missing-date"_s;
    QTest::newRow("only spaces") << u"   "_s << british << u"missing-date"_s;
    QTest::newRow("misspelt month") << u"1 Aprl 2026"_s << british << unreadable;
    QTest::newRow("ambiguous start of a month") << u"1 Ma 2026"_s << british << unreadable;
    QTest::newRow("two months") << u"1 Apr May 2026"_s << british << unreadable;
    QTest::newRow("no year") << u"1 Apr"_s << british << unreadable;
    QTest::newRow("day and month only") << u"1/4"_s << british << unreadable;
    QTest::newRow("three-digit year") << u"1/4/202"_s << british << unreadable;
    QTest::newRow("five-digit year") << u"1/4/20260"_s << british << unreadable;
    QTest::newRow("one number") << u"20260401"_s << british << unreadable;
    QTest::newRow("four numbers") << u"1/4/2026/5"_s << british << unreadable;
    QTest::newRow("a word") << u"tomorrow"_s << british << unreadable;
    QTest::newRow("other characters") << u"1/4/2026!"_s << british << unreadable;
    QTest::newRow("a time") << u"2026-04-01T10:00"_s << british << unreadable;
    QTest::newRow("ordinal without a number") << u"st April 2026"_s << british << unreadable;
    QTest::newRow("control character") << u"1/4/2026\u0007"_s << british << unreadable;
}

void TestDates::unreadableDateIsNamed()
{
    QFETCH(QString, typed);
    QFETCH(QLocale, locale);
    QFETCH(QString, rule);
    const auto read = parseTypedDate(typed, locale, today);
    QVERIFY(!read);
    QCOMPARE(read.error().rule, rule);
    QVERIFY(read.error().message.contains(u"2026-06-01"_s)); // the three ways, today as the example
    QVERIFY(read.error().message.contains(u"1 Jun 2026"_s));
    if (rule == u"missing-date") {
        QCOMPARE(read.error().message, u"Type a date, such as 2026-06-01, 01/06/2026 or 1 Jun 2026."_s);
    }
}

void TestDates::typedDateFormatWritesTheYearInFull()
{
    QCOMPARE(typedDateFormat(british), u"dd/MM/yyyy"_s);
    QCOMPARE(typedDateFormat(american), u"M/d/yyyy"_s);
    QCOMPARE(typedDateFormat(german), u"dd.MM.yyyy"_s);
    const QString named = parseTypedDate(u"31/02/2026"_s, british, today).error().message;
    QCOMPARE(named, u"“31/02/2026” is not a date: type it as 2026-06-01, 01/06/2026 or 1 Jun 2026."_s);
    // What the field shows reads back as the same date.
    for (const QLocale& locale : { british, american, welsh, german, french, japanese }) {
        const QString shown = locale.toString(QDate(1999, 12, 31), typedDateFormat(locale));
        QCOMPARE(parseTypedDate(shown, locale, today).value(), QDate(1999, 12, 31));
    }
}

QTEST_GUILESS_MAIN(TestDates)
#include "TestDates.moc"
