#include "domain/Contributions.h"

#include <QTest>

using namespace mutualise::domain;
using namespace Qt::StringLiterals;

namespace {

MonthlyContribution contribution(int year, int month, qint64 classId, qint64 amount)
{
    return MonthlyContribution { QDate(year, month, 1), classId, amount };
}

Mutual mutualFrom(int month, int dayOfMonth)
{
    Mutual mutual;
    mutual.financialYearStartMonth = month;
    mutual.financialYearStartDay = dayOfMonth;
    return mutual;
}

} // namespace

class TestContributions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void buckets_data();
    void buckets();
    void amountsByClass();
    void periodsTouchWithoutGaps_data();
    void periodsTouchWithoutGaps();
    void nothingToShow();
    void overflowingPeriodIsRefused();
};

void TestContributions::initTestCase()
{
    QLocale::setDefault(QLocale(u"en_GB"_s));
}

void TestContributions::cleanupTestCase()
{
    QLocale::setDefault(QLocale::c());
}

void TestContributions::buckets_data()
{
    QTest::addColumn<QList<MonthlyContribution>>("months");
    QTest::addColumn<int>("period");
    QTest::addColumn<Mutual>("mutual");
    QTest::addColumn<QStringList>("labels");
    QTest::addColumn<QList<qint64>>("totals");
    QTest::addColumn<QDate>("firstDay");
    QTest::addColumn<QDate>("lastDay");

    const Mutual april = mutualFrom(4, 1);
    const Mutual january = mutualFrom(1, 1);
    const Mutual taxYear = mutualFrom(4, 6);

    // January £1.00; February nothing; March £0.50 + £0.25 = £0.75
    QTest::newRow("months with a gap")
        << QList<MonthlyContribution> { contribution(2024, 3, 2, 50), contribution(2024, 1, 1, 100),
                                        contribution(2024, 3, 1, 25) }
        << int(ChartPeriod::Month) << april << QStringList { u"Jan 2024"_s, u"Feb 2024"_s, u"Mar 2024"_s }
        << QList<qint64> { 100, 0, 75 } << QDate(2024, 1, 1) << QDate(2024, 3, 31);
    QTest::newRow("months across a new year")
        << QList<MonthlyContribution> { contribution(2023, 12, 1, 10), contribution(2024, 1, 1, 20) }
        << int(ChartPeriod::Month) << april << QStringList { u"Dec 2023"_s, u"Jan 2024"_s }
        << QList<qint64> { 10, 20 } << QDate(2023, 12, 1) << QDate(2024, 1, 31);
    QTest::newRow("a date inside the month")
        << QList<MonthlyContribution> { { QDate(2024, 2, 17), 1, 5 } } << int(ChartPeriod::Month) << april
        << QStringList { u"Feb 2024"_s } << QList<qint64> { 5 } << QDate(2024, 2, 1) << QDate(2024, 2, 29);
    // March 2024 is the last quarter of 2023/24 (Jan-Mar); April opens 2024/25 Q1 (Apr-Jun); July is Q2
    QTest::newRow("financial quarters from April")
        << QList<MonthlyContribution> { contribution(2024, 3, 1, 300), contribution(2024, 4, 1, 400),
                                        contribution(2024, 6, 2, 600), contribution(2024, 7, 1, 700) }
        << int(ChartPeriod::Quarter) << april
        << QStringList { u"Q4 2023/24"_s, u"Q1 2024/25"_s, u"Q2 2024/25"_s }
        << QList<qint64> { 300, 1000, 700 } << QDate(2024, 1, 1) << QDate(2024, 9, 30);
    QTest::newRow("an empty quarter in between")
        << QList<MonthlyContribution> { contribution(2024, 4, 1, 1), contribution(2024, 12, 1, 2) }
        << int(ChartPeriod::Quarter) << april
        << QStringList { u"Q1 2024/25"_s, u"Q2 2024/25"_s, u"Q3 2024/25"_s } << QList<qint64> { 1, 0, 2 }
        << QDate(2024, 4, 1) << QDate(2024, 12, 31);
    QTest::newRow("calendar quarters")
        << QList<MonthlyContribution> { contribution(2024, 5, 1, 9) } << int(ChartPeriod::Quarter) << january
        << QStringList { u"Q2 2024"_s } << QList<qint64> { 9 } << QDate(2024, 4, 1) << QDate(2024, 6, 30);
    // 2022/23, 2023/24 (nothing), 2024/25
    QTest::newRow("financial years with a gap")
        << QList<MonthlyContribution> { contribution(2022, 5, 1, 11), contribution(2024, 6, 1, 13),
                                        contribution(2025, 3, 2, 17) }
        << int(ChartPeriod::Year) << april << QStringList { u"2022/23"_s, u"2023/24"_s, u"2024/25"_s }
        << QList<qint64> { 11, 0, 30 } << QDate(2022, 4, 1) << QDate(2025, 3, 31);
    QTest::newRow("a year across the century")
        << QList<MonthlyContribution> { contribution(1999, 4, 1, 1) } << int(ChartPeriod::Year) << april
        << QStringList { u"1999/00"_s } << QList<qint64> { 1 } << QDate(1999, 4, 1) << QDate(2000, 3, 31);
    QTest::newRow("calendar years") << QList<MonthlyContribution> { contribution(2023, 12, 1, 1),
                                                                    contribution(2024, 1, 1, 2) }
                                    << int(ChartPeriod::Year) << january
                                    << QStringList { u"2023"_s, u"2024"_s } << QList<qint64> { 1, 2 }
                                    << QDate(2023, 1, 1) << QDate(2024, 12, 31);
    // The UK tax year from 6 April: 1 April 2024 still falls in 2023/24 (6 Apr 2023 - 5 Apr 2024), so
    // April's figures go there; 1 May 2024 is in 2024/25.
    QTest::newRow("year starting on the 6th")
        << QList<MonthlyContribution> { contribution(2024, 4, 1, 4), contribution(2024, 5, 1, 5) }
        << int(ChartPeriod::Year) << taxYear << QStringList { u"2023/24"_s, u"2024/25"_s }
        << QList<qint64> { 4, 5 } << QDate(2023, 4, 6) << QDate(2025, 4, 5);
    // Quarters of that year: Q4 runs 6 Jan - 5 Apr 2024, Q1 6 Apr - 5 Jul 2024
    QTest::newRow("quarters starting on the 6th")
        << QList<MonthlyContribution> { contribution(2024, 4, 1, 4), contribution(2024, 5, 1, 5) }
        << int(ChartPeriod::Quarter) << taxYear << QStringList { u"Q4 2023/24"_s, u"Q1 2024/25"_s }
        << QList<qint64> { 4, 5 } << QDate(2024, 1, 6) << QDate(2024, 7, 5);
    // Net of a reversed subscription a month may be negative: £2.00 - £5.00 = -£3.00
    QTest::newRow("negative month") << QList<MonthlyContribution> { contribution(2024, 4, 1, 200),
                                                                    contribution(2024, 4, 2, -500) }
                                    << int(ChartPeriod::Month) << april << QStringList { u"Apr 2024"_s }
                                    << QList<qint64> { -300 } << QDate(2024, 4, 1) << QDate(2024, 4, 30);
}

void TestContributions::buckets()
{
    QFETCH(QList<MonthlyContribution>, months);
    QFETCH(int, period);
    QFETCH(Mutual, mutual);
    QFETCH(QStringList, labels);
    QFETCH(QList<qint64>, totals);
    QFETCH(QDate, firstDay);
    QFETCH(QDate, lastDay);
    const QList<ContributionBucket> result
        = bucketContributions(months, static_cast<ChartPeriod>(period), mutual).value();
    QStringList actualLabels;
    QList<qint64> actualTotals;
    for (const ContributionBucket& bucket : result) {
        actualLabels << bucket.label;
        actualTotals << bucket.total;
        qint64 sum = 0;
        for (const qint64 amount : bucket.amountByClass)
            sum += amount;
        QCOMPARE(bucket.total, sum);
    }
    QCOMPARE(actualLabels, labels);
    QCOMPARE(actualTotals, totals);
    QCOMPARE(result.first().period.first, firstDay);
    QCOMPARE(result.last().period.last, lastDay);
}

void TestContributions::amountsByClass()
{
    // Q1 2024/25: class 1 puts in £4.00 in April and £6.00 in June = £10.00; class 2 £2.50 in May
    const QList<MonthlyContribution> months { contribution(2024, 4, 1, 400), contribution(2024, 5, 2, 250),
                                              contribution(2024, 6, 1, 600) };
    const auto result = bucketContributions(months, ChartPeriod::Quarter, mutualFrom(4, 1)).value();
    QCOMPARE(result.size(), 1);
    QCOMPARE(result.first().amountByClass.value(1), 1000);
    QCOMPARE(result.first().amountByClass.value(2), 250);
    QCOMPARE(result.first().amountByClass.size(), 2);
    QCOMPARE(result.first().total, 1250);
    QCOMPARE(result.first().period, (Period { QDate(2024, 4, 1), QDate(2024, 6, 30) }));
}

void TestContributions::periodsTouchWithoutGaps_data()
{
    QTest::addColumn<int>("period");
    QTest::addColumn<int>("startMonth");
    QTest::addColumn<int>("startDay");
    QTest::newRow("months") << int(ChartPeriod::Month) << 4 << 1;
    QTest::newRow("quarters from April") << int(ChartPeriod::Quarter) << 4 << 1;
    QTest::newRow("quarters from 6 April") << int(ChartPeriod::Quarter) << 4 << 6;
    QTest::newRow("quarters from 31 January") << int(ChartPeriod::Quarter) << 1 << 31;
    QTest::newRow("years from 1 October") << int(ChartPeriod::Year) << 10 << 1;
}

void TestContributions::periodsTouchWithoutGaps()
{
    QFETCH(int, period);
    QFETCH(int, startMonth);
    QFETCH(int, startDay);
    // Ten years of monthly figures, £1.00 a month: every month counted once, periods back to back.
    QList<MonthlyContribution> months;
    for (int i = 0; i < 120; ++i)
        months << MonthlyContribution { QDate(2015, 1, 1).addMonths(i), 1, 100 };
    const auto result
        = bucketContributions(months, static_cast<ChartPeriod>(period), mutualFrom(startMonth, startDay))
              .value();
    qint64 total = 0;
    for (qsizetype i = 0; i < result.size(); ++i) {
        total += result[i].total;
        QVERIFY(result[i].period.first <= result[i].period.last);
        if (i > 0)
            QCOMPARE(result[i].period.first, result[i - 1].period.last.addDays(1));
    }
    QCOMPARE(total, 120 * 100);
}

void TestContributions::nothingToShow()
{
    QVERIFY(bucketContributions({}, ChartPeriod::Month, Mutual()).value().isEmpty());
    QVERIFY(bucketContributions({}, ChartPeriod::Year, Mutual()).value().isEmpty());
}

void TestContributions::overflowingPeriodIsRefused()
{
    // Two months of 2024/25, 9,223,372,036,854,775,000 + 808 = 9,223,372,036,854,775,808: one more
    // than 64 bits hold. By month each fits; by year their sum does not.
    const QList<MonthlyContribution> months { contribution(2024, 4, 1, 9'223'372'036'854'775'000),
                                              contribution(2024, 5, 2, 808) };
    QVERIFY(bucketContributions(months, ChartPeriod::Month, mutualFrom(4, 1)).isOk());
    const auto byYear = bucketContributions(months, ChartPeriod::Year, mutualFrom(4, 1));
    QVERIFY(!byYear.isOk());
    QCOMPARE(byYear.error().rule, u"total-too-large"_s);
    QVERIFY2(byYear.error().message.contains(u"2024/25"_s), qPrintable(byYear.error().message));
}

QTEST_GUILESS_MAIN(TestContributions)
#include "TestContributions.moc"
