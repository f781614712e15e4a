#include "domain/Contribution.h"

#include <QTest>

#include <limits>

using namespace mutualise::domain;
using namespace Qt::Literals::StringLiterals;

// The rules of a contribution, of a kind and of a service; the value of time in kind; the keys of the
// periods totals are grouped by; and the adding up of totals.
class TestContribution : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void daysAreReadToTheHundredth_data();
    void daysAreReadToTheHundredth();
    void daysThatAreRefused_data();
    void daysThatAreRefused();
    void inKindValueRoundsHalfUp_data();
    void inKindValueRoundsHalfUp();
    void inKindValueRefusals_data();
    void inKindValueRefusals();
    void validContributionPasses();
    void contributionRefusals_data();
    void contributionRefusals();
    void kindRules_data();
    void kindRules();
    void kindLabels();
    void serviceRules_data();
    void serviceRules();
    void periodKeys_data();
    void periodKeys();
    void groupingKeysRoundTrip();
    void tallyAddsAndOrders();
    void tallyRefusesOverflow();
};

namespace {

const QDate today(2026, 1, 15);

QStringList knownKinds()
{
    return builtInContributionKinds() + QStringList { u"sponsorship"_s };
}

Contribution charge()
{
    Contribution contribution;
    contribution.kind = u"charge"_s;
    contribution.date = QDate(2025, 4, 1);
    contribution.memberId = 1;
    contribution.amount = 120000;
    contribution.reference = u"INV-2025-001"_s;
    return contribution;
}

} // namespace

void TestContribution::daysAreReadToTheHundredth_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("hundredths");
    QTest::newRow("whole") << u"3"_s << qint64(300);
    QTest::newRow("half") << u"2.5"_s << qint64(250);
    QTest::newRow("two places") << u"2.50"_s << qint64(250);
    QTest::newRow("quarter") << u"0.25"_s << qint64(25);
    QTest::newRow("spaces") << u" 1.05 "_s << qint64(105);
    QTest::newRow("most") << u"100000"_s << qint64(10'000'000);
}

void TestContribution::daysAreReadToTheHundredth()
{
    QFETCH(QString, text);
    QFETCH(qint64, hundredths);
    const Result<qint64> days = daysFromText(text);
    QVERIFY2(days.isOk(), qPrintable(days.isOk() ? QString() : days.error().message));
    QCOMPARE(*days, hundredths);
}

void TestContribution::daysThatAreRefused_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("nought") << u"0"_s;
    QTest::newRow("nought with places") << u"0.00"_s;
    QTest::newRow("three places") << u"2.555"_s;
    QTest::newRow("negative") << u"-1"_s;
    QTest::newRow("words") << u"two"_s;
    QTest::newRow("exponent") << u"1e3"_s;
    QTest::newRow("empty") << QString();
    QTest::newRow("comma") << u"2,5"_s;
    QTest::newRow("above the most") << u"100000.01"_s;
}

void TestContribution::daysThatAreRefused()
{
    QFETCH(QString, text);
    const Result<qint64> days = daysFromText(text);
    QVERIFY(!days.isOk());
    QCOMPARE(days.error().rule, u"invalid-days"_s);
}

void TestContribution::inKindValueRoundsHalfUp_data()
{
    QTest::addColumn<qint64>("days");
    QTest::addColumn<qint64>("rate");
    QTest::addColumn<qint64>("value");
    // 2.5 days x £333.33 = £833.325, half a penny: up to £833.33
    QTest::newRow("half a penny up") << qint64(250) << qint64(33333) << qint64(83333);
    // 3 days x £450.00 = £1,350.00 exactly
    QTest::newRow("exact") << qint64(300) << qint64(45000) << qint64(135000);
    // 0.5 day x 1p = 0.5p: half up to 1p
    QTest::newRow("half of a penny") << qint64(50) << qint64(1) << qint64(1);
    // 0.49 day x 1p = 0.49p: down to 0p
    QTest::newRow("under half a penny") << qint64(49) << qint64(1) << qint64(0);
    // 1.01 days x £99.99 = £100.9899, 0.99p over: up to £100.99
    QTest::newRow("more than half") << qint64(101) << qint64(9999) << qint64(10099);
    // 0.33 day x £0.10 = 3.3p: down to 3p
    QTest::newRow("less than half") << qint64(33) << qint64(10) << qint64(3);
}

void TestContribution::inKindValueRoundsHalfUp()
{
    QFETCH(qint64, days);
    QFETCH(qint64, rate);
    QFETCH(qint64, value);
    const Result<qint64> worked = inKindValue(days, rate);
    QVERIFY2(worked.isOk(), qPrintable(worked.isOk() ? QString() : worked.error().message));
    QCOMPARE(*worked, value);
}

void TestContribution::inKindValueRefusals_data()
{
    QTest::addColumn<qint64>("days");
    QTest::addColumn<qint64>("rate");
    QTest::addColumn<QString>("rule");
    QTest::newRow("no days") << qint64(0) << qint64(100) << u"invalid-days"_s;
    QTest::newRow("negative days") << qint64(-100) << qint64(100) << u"invalid-days"_s;
    QTest::newRow("too many days") << maximumDaysHundredths + 1 << qint64(100) << u"invalid-days"_s;
    QTest::newRow("no rate") << qint64(100) << qint64(0) << u"invalid-amount"_s;
    // 100,000 days x 92,233,720,368,547,758 overflows 64 bits
    QTest::newRow("overflow") << maximumDaysHundredths << std::numeric_limits<qint64>::max() / 100
                              << u"entry-too-large"_s;
    // 100,000 days x £100,000,000.01 = more than £10,000,000,000.00
    QTest::newRow("above the most") << maximumDaysHundredths << qint64(10'000'000'001)
                                    << u"entry-too-large"_s;
}

void TestContribution::inKindValueRefusals()
{
    QFETCH(qint64, days);
    QFETCH(qint64, rate);
    QFETCH(QString, rule);
    const Result<qint64> worked = inKindValue(days, rate);
    QVERIFY(!worked.isOk());
    QCOMPARE(worked.error().rule, rule);
}

void TestContribution::validContributionPasses()
{
    QVERIFY(validateContribution(charge(), knownKinds(), today).isOk());
    Contribution most = charge();
    most.amount = maximumContributionAmount;
    QVERIFY(validateContribution(most, knownKinds(), today).isOk());
    Contribution onToday = charge();
    onToday.date = today;
    QVERIFY(validateContribution(onToday, knownKinds(), today).isOk());
    Contribution time = charge();
    time.kind = u"in-kind"_s;
    time.daysHundredths = 250;
    time.dayRate = 33333;
    time.amount = 83333; // 2.5 x £333.33 = £833.325, rounded half up
    const Outcome inKind = validateContribution(time, knownKinds(), today);
    QVERIFY2(inKind.isOk(), qPrintable(inKind.isOk() ? QString() : inKind.error().message));
    Contribution own = charge();
    own.kind = u"sponsorship"_s;
    own.note = u"Two lines\nof note"_s;
    QVERIFY(validateContribution(own, knownKinds(), today).isOk());
}

void TestContribution::contributionRefusals_data()
{
    QTest::addColumn<Contribution>("contribution");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("field");

    Contribution c = charge();
    c.kind = u"share-capital"_s;
    QTest::newRow("share capital") << c << u"share-capital-is-derived"_s << u"kind"_s;
    c = charge();
    c.kind = u"gift"_s;
    QTest::newRow("unknown kind") << c << u"unknown-kind"_s << u"kind"_s;
    c = charge();
    c.amount = 0;
    QTest::newRow("nothing") << c << u"invalid-amount"_s << u"amount"_s;
    c.amount = -1;
    QTest::newRow("negative") << c << u"invalid-amount"_s << u"amount"_s;
    c.amount = maximumContributionAmount + 1;
    QTest::newRow("above the most") << c << u"entry-too-large"_s << u"amount"_s;
    c = charge();
    c.date = today.addDays(1);
    QTest::newRow("tomorrow") << c << u"future-date"_s << u"date"_s;
    c.date = QDate(1799, 12, 31);
    QTest::newRow("year 1799") << c << u"implausible-date"_s << u"date"_s;
    c.date = QDate();
    QTest::newRow("no date") << c << u"missing-date"_s << u"date"_s;
    c = charge();
    c.daysHundredths = 100;
    c.dayRate = 120000;
    QTest::newRow("days on a charge") << c << u"days-only-in-kind"_s << u"days"_s;
    c = charge();
    c.kind = u"in-kind"_s;
    c.daysHundredths = 100;
    QTest::newRow("days without rate") << c << u"days-only-in-kind"_s << u"days"_s;
    c.dayRate = 100000;
    // 1 day x £1,000.00 is £1,000.00, not £1,200.00
    QTest::newRow("amount not days x rate") << c << u"in-kind-value"_s << u"amount"_s;
    c = charge();
    c.reference = u"INV\x1b[2J"_s;
    QTest::newRow("escape in reference") << c << u"control-character"_s << u"reference"_s;
    c.reference = u"INV\n2"_s;
    QTest::newRow("line feed in reference") << c << u"control-character"_s << u"reference"_s;
    c.reference = QString(201, u'x');
    QTest::newRow("long reference") << c << u"invalid-text"_s << u"reference"_s;
    c = charge();
    c.note = QString(maximumNoteLength + 1, u'x');
    QTest::newRow("long note") << c << u"invalid-text"_s << u"note"_s;
    c.note = u"right-to-left \u202e override"_s;
    QTest::newRow("bidi in note") << c << u"control-character"_s << u"note"_s;
}

void TestContribution::contributionRefusals()
{
    QFETCH(Contribution, contribution);
    QFETCH(QString, rule);
    QFETCH(QString, field);
    const Outcome checked = validateContribution(contribution, knownKinds(), today);
    QVERIFY(!checked.isOk());
    QCOMPARE(checked.error().rule, rule);
    QCOMPARE(checked.error().field, field);
    QVERIFY(!checked.error().message.isEmpty());
}

void TestContribution::kindRules_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("label");
    QTest::addColumn<QString>("rule"); // empty when accepted
    QTest::newRow("own kind") << u"sponsorship"_s << u"Sponsorship"_s << QString();
    QTest::newRow("digits and dash") << u"grant-2025"_s << u"Grant 2025"_s << QString();
    QTest::newRow("share capital") << u"share-capital"_s << u"Capital"_s << u"share-capital-is-derived"_s;
    QTest::newRow("built in") << u"fee"_s << u"Fee"_s << u"duplicate-kind"_s;
    QTest::newRow("capitals") << u"Sponsor"_s << u"Sponsor"_s << u"invalid-kind"_s;
    QTest::newRow("space") << u"spon sor"_s << u"Sponsor"_s << u"invalid-kind"_s;
    QTest::newRow("starts with digit") << u"2025"_s << u"Year"_s << u"invalid-kind"_s;
    QTest::newRow("too long") << QString(41, u'a') << u"Long"_s << u"invalid-kind"_s;
    QTest::newRow("no label") << u"sponsorship"_s << u"  "_s << u"invalid-kind"_s;
    QTest::newRow("escape in label") << u"sponsorship"_s << u"Spon\x1bsor"_s << u"control-character"_s;
    QTest::newRow("long label") << u"sponsorship"_s << QString(201, u'x') << u"invalid-text"_s;
}

void TestContribution::kindRules()
{
    QFETCH(QString, key);
    QFETCH(QString, label);
    QFETCH(QString, rule);
    const Outcome checked = validateContributionKind({ key, label, false });
    QCOMPARE(checked.isOk() ? QString() : checked.error().rule, rule);
}

void TestContribution::kindLabels()
{
    QCOMPARE(builtInContributionKinds(),
             (QStringList { u"fee"_s, u"charge"_s, u"donation"_s, u"pledge-payment"_s, u"in-kind"_s }));
    QCOMPARE(contributionKindLabel(u"fee"_s, u"stored"_s), u"Annual subscription"_s);
    QCOMPARE(contributionKindLabel(u"share-capital"_s), u"Share capital"_s);
    QCOMPARE(contributionKindLabel(u"sponsorship"_s, u"Sponsorship"_s), u"Sponsorship"_s);
    QCOMPARE(contributionKindLabel(u"sponsorship"_s), u"sponsorship"_s);
    QVERIFY(isBuiltInContributionKind(u"pledge-payment"));
    QVERIFY(!isBuiltInContributionKind(u"share-capital"));
}

void TestContribution::serviceRules_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QDate>("start");
    QTest::addColumn<QDate>("end");
    QTest::addColumn<QString>("rule"); // empty when accepted
    QTest::newRow("four years") << u"Case management"_s << QDate(2024, 4, 1) << QDate(2028, 3, 31)
                                << QString();
    QTest::newRow("open-ended") << u"Hosting"_s << QDate(2024, 4, 1) << QDate() << QString();
    QTest::newRow("one day") << u"Workshop"_s << QDate(2024, 4, 1) << QDate(2024, 4, 1) << QString();
    QTest::newRow("ends before it starts")
        << u"Hosting"_s << QDate(2024, 4, 1) << QDate(2024, 3, 31) << u"end-before-start"_s;
    QTest::newRow("no name") << u" "_s << QDate(2024, 4, 1) << QDate() << u"invalid-service"_s;
    QTest::newRow("long name") << QString(201, u'x') << QDate(2024, 4, 1) << QDate() << u"invalid-service"_s;
    QTest::newRow("escape in name") << u"Host\x1bing"_s << QDate(2024, 4, 1) << QDate()
                                    << u"control-character"_s;
    QTest::newRow("no start") << u"Hosting"_s << QDate() << QDate() << u"missing-date"_s;
    QTest::newRow("year 1700") << u"Hosting"_s << QDate(1700, 1, 1) << QDate() << u"implausible-date"_s;
    QTest::newRow("end in year 9999")
        << u"Hosting"_s << QDate(2024, 4, 1) << QDate(9999, 1, 1) << u"implausible-date"_s;
}

void TestContribution::serviceRules()
{
    QFETCH(QString, name);
    QFETCH(QDate, start);
    QFETCH(QDate, end);
    QFETCH(QString, rule);
    Service service;
    service.name = name;
    service.start = start;
    service.end = end;
    const Outcome checked = validateService(service, today);
    QCOMPARE(checked.isOk() ? QString() : checked.error().rule, rule);
    QVERIFY(isSameServiceName(u"Shared Hosting"_s, u"shared HOSTING "_s));
    QVERIFY(!isSameServiceName(u"Shared Hosting"_s, u"Shared Hosting 2"_s));
}

void TestContribution::periodKeys_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<ContributionGrouping>("grouping");
    QTest::addColumn<int>("yearStartMonth");
    QTest::addColumn<QString>("key");
    using G = ContributionGrouping;
    QTest::newRow("month") << QDate(2025, 4, 1) << G::Month << 4 << u"2025-04"_s;
    QTest::newRow("month, last day") << QDate(2025, 3, 31) << G::Month << 4 << u"2025-03"_s;
    // 31 March 2025 is the last day of financial year 2024 (1 April 2024 to 31 March 2025)
    QTest::newRow("year, last day") << QDate(2025, 3, 31) << G::Year << 4 << u"2024"_s;
    QTest::newRow("year, first day") << QDate(2025, 4, 1) << G::Year << 4 << u"2025"_s;
    QTest::newRow("quarter 1, first day") << QDate(2025, 4, 1) << G::Quarter << 4 << u"2025-Q1"_s;
    QTest::newRow("quarter 1, last day") << QDate(2025, 6, 30) << G::Quarter << 4 << u"2025-Q1"_s;
    QTest::newRow("quarter 2") << QDate(2025, 7, 1) << G::Quarter << 4 << u"2025-Q2"_s;
    QTest::newRow("quarter 4 in January") << QDate(2026, 1, 1) << G::Quarter << 4 << u"2025-Q4"_s;
    QTest::newRow("quarter 4, last day") << QDate(2026, 3, 31) << G::Quarter << 4 << u"2025-Q4"_s;
    QTest::newRow("calendar year") << QDate(2025, 12, 31) << G::Year << 1 << u"2025"_s;
    QTest::newRow("calendar quarter 1") << QDate(2025, 3, 31) << G::Quarter << 1 << u"2025-Q1"_s;
}

void TestContribution::periodKeys()
{
    QFETCH(QDate, date);
    QFETCH(ContributionGrouping, grouping);
    QFETCH(int, yearStartMonth);
    QFETCH(QString, key);
    Mutual mutual;
    mutual.financialYearStartMonth = yearStartMonth;
    QCOMPARE(contributionPeriodKey(date, grouping, mutual), key);
}

void TestContribution::groupingKeysRoundTrip()
{
    for (const QString& key : { u"member"_s, u"class"_s, u"month"_s, u"quarter"_s, u"year"_s }) {
        const auto grouping = contributionGroupingFromKey(key);
        QVERIFY(grouping.has_value());
        QCOMPARE(contributionGroupingKey(*grouping), key);
    }
    QVERIFY(!contributionGroupingFromKey(u"week").has_value());
}

void TestContribution::tallyAddsAndOrders()
{
    ContributionTally tally;
    QVERIFY(tally.add(u"1000"_s, u"charge"_s, 120000).isOk());
    QVERIFY(tally.add(u"999"_s, u"share-capital"_s, 25000).isOk());
    QVERIFY(tally.add(u"1000"_s, u"charge"_s, -120000).isOk()); // the charge reversed
    QVERIFY(tally.add(u"1000"_s, u"donation"_s, 500).isOk());
    QVERIFY(tally.add(u"42"_s, u"fee"_s, 2500).isOk());
    QVERIFY(tally.add(u"7"_s, u"fee"_s, 100).isOk());
    QVERIFY(tally.add(u"7"_s, u"fee"_s, -100).isOk()); // nets out: the row is left out
    const ContributionTotals totals
        = tally.totals(QDate(2025, 4, 1), QDate(2026, 3, 31), ContributionGrouping::Member);
    // Member numbers shorter first, as the register lists them: 42, 999, 1000.
    QCOMPARE(totals.rows.size(), 3);
    QCOMPARE(totals.rows.at(0).key, u"42"_s);
    QCOMPARE(totals.rows.at(1).key, u"999"_s);
    QCOMPARE(totals.rows.at(2).key, u"1000"_s);
    // 1000: charge 120000 - 120000 = 0 (left out), donation 500
    QCOMPARE(totals.rows.at(2).amount, 500);
    QCOMPARE(totals.rows.at(2).amountByKind, (QMap<QString, qint64> { { u"donation"_s, 500 } }));
    // 2500 + 25000 + 500 + 0 = 28000
    QCOMPARE(totals.total, 28000);
    qint64 sum = 0;
    for (const ContributionTotalRow& row : totals.rows)
        sum += row.amount;
    QCOMPARE(sum, totals.total);
    QCOMPARE(totals.amountByKind,
             (QMap<QString, qint64> {
                 { u"fee"_s, 2500 }, { u"share-capital"_s, 25000 }, { u"donation"_s, 500 } }));
}

void TestContribution::tallyRefusesOverflow()
{
    ContributionTally tally;
    QVERIFY(tally.add(u"A1"_s, u"charge"_s, std::numeric_limits<qint64>::max()).isOk());
    const Outcome over = tally.add(u"A2"_s, u"charge"_s, 1);
    QVERIFY(!over.isOk());
    QCOMPARE(over.error().rule, u"total-too-large"_s);
}

QTEST_GUILESS_MAIN(TestContribution)
#include "TestContribution.moc"
