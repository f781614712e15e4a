#include "domain/Savings.h"

#include <QTest>

#include <limits>

using namespace Qt::Literals::StringLiterals;
using namespace mutualise::domain;

// The rules of a saving and the totals of savings by member, service, class and financial year.
class TestSavings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void savingIsBaselineLessActual();
    void validSavingsPass_data();
    void validSavingsPass();
    void refusalsNameTheRule_data();
    void refusalsNameTheRule();
    void groupingKeys();
    void totalsByGrouping_data();
    void totalsByGrouping();
    void yearIsTheOneContainingTheStart_data();
    void yearIsTheOneContainingTheStart();
    void emptyTotalsAreZero();
    void impossibleTotalsAreRefused();

private:
    static Saving goodSaving();
    static QList<SavingsFigure> figures();
};

namespace {

const QDate today(2026, 1, 15);

} // namespace

Saving TestSavings::goodSaving()
{
    Saving saving;
    saving.serviceId = 1;
    saving.memberId = 1;
    saving.from = QDate(2025, 4, 1);
    saving.to = QDate(2026, 3, 31);
    saving.baseline = 120000;
    saving.actual = 100050;
    saving.evidence = u"Quote from Acme Hosting, 12 March 2025"_s;
    return saving;
}

void TestSavings::savingIsBaselineLessActual()
{
    Saving saving = goodSaving();
    QCOMPARE(saving.saving(), 19950); // 120000 - 100050
    saving.actual = 150000;
    QCOMPARE(saving.saving(), -30000); // 120000 - 150000: paid more through the mutual, shown as it is
    saving.baseline = maximumSavingAmount;
    saving.actual = 0;
    QCOMPARE(saving.saving(), maximumSavingAmount);
}

void TestSavings::validSavingsPass_data()
{
    QTest::addColumn<Saving>("saving");
    QTest::newRow("ordinary") << goodSaving();
    Saving oneDay = goodSaving();
    oneDay.to = oneDay.from;
    QTest::newRow("one day") << oneDay;
    Saving largest = goodSaving();
    largest.baseline = maximumSavingAmount;
    largest.actual = maximumSavingAmount;
    QTest::newRow("largest amounts") << largest;
    Saving nothing = goodSaving();
    nothing.baseline = 0;
    nothing.actual = 0;
    QTest::newRow("zero") << nothing;
    Saving negative = goodSaving();
    negative.actual = negative.baseline + 1;
    QTest::newRow("negative saving") << negative;
    Saving lines = goodSaving();
    lines.evidence = u"Quote 1: £1,200\nInvoice 7: £1,000.50"_s;
    QTest::newRow("evidence on two lines") << lines;
    Saving longest = goodSaving();
    longest.evidence = QString(maximumEvidenceLength, u'x');
    QTest::newRow("longest evidence") << longest;
    Saving future = goodSaving();
    future.from = QDate(2027, 4, 1);
    future.to = QDate(2028, 3, 31);
    QTest::newRow("a period still to come (an estimate)") << future;
}

void TestSavings::validSavingsPass()
{
    QFETCH(Saving, saving);
    const Outcome outcome = validateSaving(saving, Currency::gbp(), today);
    QVERIFY2(outcome.isOk(), outcome.isOk() ? "" : qPrintable(outcome.error().message));
}

void TestSavings::refusalsNameTheRule_data()
{
    QTest::addColumn<Saving>("saving");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("inMessage");

    Saving saving = goodSaving();
    saving.baseline = -1;
    QTest::newRow("baseline below zero") << saving << u"invalid-amount"_s << u"baseline"_s << u"-£0.01"_s;
    saving = goodSaving();
    saving.baseline = maximumSavingAmount + 1;
    QTest::newRow("baseline too large")
        << saving << u"invalid-amount"_s << u"baseline"_s << u"£100,000,000,000.00"_s;
    saving = goodSaving();
    saving.actual = -100;
    QTest::newRow("actual below zero") << saving << u"invalid-amount"_s << u"actual"_s << u"-£1.00"_s;
    saving = goodSaving();
    saving.actual = std::numeric_limits<qint64>::max();
    QTest::newRow("actual far too large") << saving << u"invalid-amount"_s << u"actual"_s << u"at most"_s;
    saving = goodSaving();
    saving.from = QDate();
    QTest::newRow("no start") << saving << u"missing-date"_s << u"from"_s << u"first day"_s;
    saving = goodSaving();
    saving.to = QDate();
    QTest::newRow("no end") << saving << u"missing-date"_s << u"to"_s << u"last day"_s;
    saving = goodSaving();
    saving.from = QDate(1, 4, 1);
    QTest::newRow("year 1") << saving << u"implausible-date"_s << u"from"_s << QString();
    saving = goodSaving();
    saving.to = QDate(9999, 3, 31);
    QTest::newRow("year 9999") << saving << u"implausible-date"_s << u"to"_s << QString();
    saving = goodSaving();
    saving.to = saving.from.addDays(-1);
    QTest::newRow("ends before it starts") << saving << u"invalid-period"_s << u"to"_s << u"2025-03-31"_s;
    saving = goodSaving();
    saving.evidence = QString(maximumEvidenceLength + 1, u'x');
    QTest::newRow("evidence too long") << saving << u"invalid-text"_s << u"evidence"_s << u"2,001"_s;
    saving = goodSaving();
    saving.evidence = u"Quote\x1b[2J"_s;
    QTest::newRow("escape in evidence") << saving << u"control-character"_s << u"evidence"_s << u"U+001B"_s;
    saving = goodSaving();
    saving.evidence = u"Quote \u202eevil"_s;
    QTest::newRow("reordering in evidence")
        << saving << u"control-character"_s << u"evidence"_s << u"U+202E"_s;
}

void TestSavings::refusalsNameTheRule()
{
    QFETCH(Saving, saving);
    QFETCH(QString, rule);
    QFETCH(QString, field);
    QFETCH(QString, inMessage);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    const Outcome outcome = validateSaving(saving, Currency::gbp(), today);
    QVERIFY(!outcome.isOk());
    QCOMPARE(outcome.error().rule, rule);
    QCOMPARE(outcome.error().field, field);
    QVERIFY2(outcome.error().message.contains(inMessage), qPrintable(outcome.error().message));
}

void TestSavings::groupingKeys()
{
    for (SavingsGrouping grouping :
         { SavingsGrouping::Member, SavingsGrouping::Service, SavingsGrouping::Class, SavingsGrouping::Year })
        QCOMPARE(savingsGroupingFromKey(savingsGroupingKey(grouping)), grouping);
    QCOMPARE(savingsGroupingKey(SavingsGrouping::Class), u"class"_s);
    QVERIFY(!savingsGroupingFromKey(u"month").has_value());
    QVERIFY(!savingsGroupingFromKey(u"").has_value());
}

// Four savings of a mutual whose year starts on 1 April:
//   member  class             service   from        baseline  actual   saving   financial year
//   1001    Founding council  Hosting   2024-04-01    120000  100050    19950   2024 (first day)
//   1001    Founding council  Licence   2025-03-31     50000   45000     5000   2024 (last day)
//   1002    Employee          Hosting   2025-04-01     10000   15000    -5000   2025
//   999     Community         Licence   2024-03-31         0       0        0   2023
QList<SavingsFigure> TestSavings::figures()
{
    return {
        { u"1001"_s, u"Hosting"_s, u"Founding council"_s, QDate(2024, 4, 1), 120000, 100050 },
        { u"1001"_s, u"Licence"_s, u"Founding council"_s, QDate(2025, 3, 31), 50000, 45000 },
        { u"1002"_s, u"Hosting"_s, u"Employee"_s, QDate(2025, 4, 1), 10000, 15000 },
        { u"999"_s, u"Licence"_s, u"Community"_s, QDate(2024, 3, 31), 0, 0 },
    };
}

void TestSavings::totalsByGrouping_data()
{
    QTest::addColumn<SavingsGrouping>("grouping");
    QTest::addColumn<QList<SavingsTotal>>("expected");

    QTest::newRow("member")
        << SavingsGrouping::Member
        << QList<SavingsTotal> {
               { u"999"_s, 0, 0, 0 }, // shorter numbers first, as the register lists them
               // 120000 + 50000 = 170000; 100050 + 45000 = 145050; 170000 - 145050 = 24950
               { u"1001"_s, 170000, 145050, 24950 },
               { u"1002"_s, 10000, 15000, -5000 }, // negative, shown as it is
           };
    QTest::newRow("service") << SavingsGrouping::Service
                             << QList<SavingsTotal> {
                                    // 120000 + 10000 = 130000; 100050 + 15000 = 115050; saving 14950
                                    { u"Hosting"_s, 130000, 115050, 14950 },
                                    // 50000 + 0; 45000 + 0; saving 5000
                                    { u"Licence"_s, 50000, 45000, 5000 },
                                };
    QTest::newRow("class") << SavingsGrouping::Class
                           << QList<SavingsTotal> {
                                  { u"Community"_s, 0, 0, 0 },
                                  { u"Employee"_s, 10000, 15000, -5000 },
                                  { u"Founding council"_s, 170000, 145050, 24950 },
                              };
    QTest::newRow("year") << SavingsGrouping::Year
                          << QList<SavingsTotal> {
                                 { u"2023"_s, 0, 0, 0 }, // 2024-03-31 lies in 2023-04-01..2024-03-31
                                 { u"2024"_s, 170000, 145050, 24950 }, // its first and its last day
                                 { u"2025"_s, 10000, 15000, -5000 },
                             };
}

void TestSavings::totalsByGrouping()
{
    QFETCH(SavingsGrouping, grouping);
    QFETCH(QList<SavingsTotal>, expected);
    const Result<SavingsTotals> totals = totalSavings(figures(), grouping, Mutual());
    QVERIFY(totals.isOk());
    QCOMPARE(totals->rows, expected);
    // 120000 + 50000 + 10000 + 0 = 180000; 100050 + 45000 + 15000 + 0 = 160050; 180000 - 160050 = 19950
    QCOMPARE(totals->total, (SavingsTotal { QString(), 180000, 160050, 19950 }));
    qint64 baseline = 0;
    qint64 actual = 0;
    qint64 saving = 0;
    for (const SavingsTotal& row : totals->rows) {
        baseline += row.baseline;
        actual += row.actual;
        saving += row.saving;
        QCOMPARE(row.saving, row.baseline - row.actual);
    }
    QCOMPARE(totals->total.baseline, baseline);
    QCOMPARE(totals->total.actual, actual);
    QCOMPARE(totals->total.saving, saving);
}

void TestSavings::yearIsTheOneContainingTheStart_data()
{
    QTest::addColumn<int>("startMonth");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<int>("year");
    QTest::newRow("April year, first day") << 4 << QDate(2025, 4, 1) << 2025;
    QTest::newRow("April year, last day") << 4 << QDate(2026, 3, 31) << 2025;
    QTest::newRow("April year, day before") << 4 << QDate(2025, 3, 31) << 2024;
    QTest::newRow("calendar year, 1 January") << 1 << QDate(2025, 1, 1) << 2025;
    QTest::newRow("calendar year, 31 December") << 1 << QDate(2025, 12, 31) << 2025;
    QTest::newRow("April year, 29 February") << 4 << QDate(2024, 2, 29) << 2023;
}

void TestSavings::yearIsTheOneContainingTheStart()
{
    QFETCH(int, startMonth);
    QFETCH(QDate, from);
    QFETCH(int, year);
    Mutual mutual;
    mutual.financialYearStartMonth = startMonth;
    QCOMPARE(savingsYearOf(from, mutual), year);
    // A period running over the end of the year counts in the year it starts in, whole.
    const Result<SavingsTotals> totals
        = totalSavings({ { u"1"_s, u"S"_s, u"C"_s, from, 500, 200 } }, SavingsGrouping::Year, mutual);
    QVERIFY(totals.isOk());
    QCOMPARE(totals->rows.size(), 1);
    QCOMPARE(totals->rows.first().key, QString::number(year));
}

void TestSavings::emptyTotalsAreZero()
{
    const Result<SavingsTotals> totals = totalSavings({}, SavingsGrouping::Member, Mutual());
    QVERIFY(totals.isOk());
    QVERIFY(totals->rows.isEmpty());
    QCOMPARE(totals->total, SavingsTotal {});
}

void TestSavings::impossibleTotalsAreRefused()
{
    // Two baselines of 2^62 add up to 2^63, one more than 64 bits hold: refused, not wrapped round.
    const qint64 half = qint64(1) << 62;
    const QList<SavingsFigure> large {
        { u"1"_s, u"S"_s, u"C"_s, QDate(2025, 4, 1), half, 0 },
        { u"2"_s, u"S"_s, u"C"_s, QDate(2025, 4, 1), half, 0 },
    };
    const Result<SavingsTotals> totals = totalSavings(large, SavingsGrouping::Member, Mutual());
    QVERIFY(!totals.isOk());
    QCOMPARE(totals.error().rule, u"total-too-large"_s);
    // Each on its own fits.
    QVERIFY(totalSavings(large.mid(0, 1), SavingsGrouping::Member, Mutual()).isOk());
}

QTEST_GUILESS_MAIN(TestSavings)
#include "TestSavings.moc"
