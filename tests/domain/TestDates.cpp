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

QTEST_GUILESS_MAIN(TestDates)
#include "TestDates.moc"
