#include "SampleMutual.h"
#include "storage/AllocationRepository.h"
#include "storage/MemberRepository.h"
#include "storage/ShareLedgerRepository.h"

#include <QLocale>
#include <QTemporaryDir>
#include <QTest>

using namespace mutualise;
using namespace Qt::StringLiterals;
using domain::AllocationPlan;
using domain::ShareEntryKind;
using domain::ShareMovement;
using storage::AllocationRepository;

// Financial year 2023 of the test mutual runs from 2023-04-01 to 2024-03-31: 366 days, with 29 February
// 2024. £1.00 a share. The ledger:
//   2023-01-10  A (C001) subscribes 100            before the year: 100 x 366        = 36,600
//   2023-04-01  B (E001) subscribes 50             the first day:    50 x 366        = 18,300
//   2023-10-01  A transfers 30 to B                183 days left:   -30 / +30 x 183 = -5,490 / +5,490
//   2024-03-31  C (P001) subscribes 10             the last day:     10 x 1          =     10
// Share-days: A 36,600 - 5,490 = 31,110; B 18,300 + 5,490 = 23,790; C 10.
//
// Service charges of the year: A £300.00 (2023-06-01); B £100.00 (2023-07-01) and £100.00 (2023-08-01)
// reversed on 2023-09-01, so £100.00 net; C £50.00 dated 2024-04-01, in the next year.
//
// Meetings: 1 on 2024-06-20 with motion 1 carried and motion 2 defeated; 2 on 2024-03-15, before the
// year ended, with motion 3 carried.
class TestAllocationRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void computedFromTheFile();
    void draftRecordedAndReplaced();
    void approvedRecordsPaymentsAndSharesAndIsFinal();
    void resolutionRefusals_data();
    void resolutionRefusals();
    void yearWithNoLedgerRefused();
    void planThatDoesNotAddUpWritesNothing();
    void manyCapitalisedSharesWrittenTogether();
    void partsAreInMemberNumberOrder();

private:
    static AllocationPlan plan();
    qint64 count(const QString& table) const;

    QTemporaryDir m_folder;
    std::unique_ptr<storage::MutualFile> m_file;
    int m_run = 0;
};

AllocationPlan TestAllocationRepository::plan()
{
    AllocationPlan plan;
    plan.year = 2023;
    plan.surplus = 100'000;
    plan.reserves = 50'000;
    plan.interestRateBp = 250;
    plan.rebates = 1'001;
    return plan;
}

qint64 TestAllocationRepository::count(const QString& table) const
{
    return sample::scalar(m_file->connection(), u"SELECT COUNT(*) FROM "_s + table);
}

void TestAllocationRepository::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

void TestAllocationRepository::init()
{
    const QString path = m_folder.filePath(u"allocation-%1.mutual"_s.arg(++m_run));
    m_file = sample::createFile(path);
    QVERIFY(m_file);
    storage::MemberRepository members(*m_file);
    const qint64 a
        = members.add(sample::member(u"C001"_s, u"Alpha Council"_s, 1, QDate(2022, 1, 1))).value().id;
    const qint64 b
        = members.add(sample::member(u"E001"_s, u"Bea Employee"_s, 2, QDate(2022, 1, 1))).value().id;
    const qint64 c
        = members.add(sample::member(u"P001"_s, u"Cal Community"_s, 3, QDate(2022, 1, 1))).value().id;
    storage::ShareLedgerRepository ledger(*m_file);
    auto movement = [](ShareEntryKind kind, QDate date, qint64 member, qint64 shares) {
        ShareMovement m;
        m.kind = kind;
        m.date = date;
        m.memberId = member;
        m.shares = shares;
        return m;
    };
    QVERIFY(ledger.record(movement(ShareEntryKind::Subscription, QDate(2023, 1, 10), a, 100)));
    QVERIFY(ledger.record(movement(ShareEntryKind::Subscription, QDate(2023, 4, 1), b, 50)));
    ShareMovement transfer = movement(ShareEntryKind::Transfer, QDate(2023, 10, 1), a, 30);
    transfer.toMemberId = b;
    QVERIFY(ledger.record(transfer));
    QVERIFY(ledger.record(movement(ShareEntryKind::Subscription, QDate(2024, 3, 31), c, 10)));

    const QString contribution
        = u"INSERT INTO contributions (id, kind, entry_date, member_id, amount, reverses_id, "
          u"recorded_by, recorded_at) VALUES (%1, 'charge', '%2', %3, %4, %5, 'test', "
          u"'2024-01-01T00:00:00.000Z')"_s;
    const QString motion
        = u"INSERT INTO motions (id, meeting_id, title, threshold, scheme, state, record_date, "
          u"opened_at, closed_at, roll_fingerprint, outcome, result_json) VALUES (%1, %2, 'Motion "
          u"%1', 'ordinary', 'omov', 'closed', '2024-01-01', '2024-01-01T00:00:00Z', "
          u"'2024-01-02T00:00:00Z', 'x', '%3', '{}')"_s;
    QCOMPARE(
        sample::execRaw(path,
                        { contribution.arg(1).arg(u"2023-06-01"_s).arg(a).arg(30'000).arg(u"NULL"_s),
                          contribution.arg(2).arg(u"2023-07-01"_s).arg(b).arg(10'000).arg(u"NULL"_s),
                          contribution.arg(3).arg(u"2023-08-01"_s).arg(b).arg(10'000).arg(u"NULL"_s),
                          contribution.arg(4).arg(u"2023-09-01"_s).arg(b).arg(-10'000).arg(3),
                          contribution.arg(5).arg(u"2024-04-01"_s).arg(c).arg(5'000).arg(u"NULL"_s),
                          u"INSERT INTO meetings (id, kind, held_on) VALUES (1, 'agm', '2024-06-20')"_s,
                          u"INSERT INTO meetings (id, kind, held_on) VALUES (2, 'general', '2024-03-15')"_s,
                          motion.arg(1).arg(1).arg(u"carried"_s), motion.arg(2).arg(1).arg(u"defeated"_s),
                          motion.arg(3).arg(2).arg(u"carried"_s) }),
        QString());
}

void TestAllocationRepository::cleanup()
{
    m_file.reset();
}

void TestAllocationRepository::computedFromTheFile()
{
    const auto allocation = AllocationRepository(*m_file).compute(plan(), QDate(2024, 6, 1));
    QVERIFY2(allocation, allocation ? "" : qPrintable(allocation.error().message));
    QCOMPARE(allocation->days, 366);
    QCOMPARE(allocation->year.first, QDate(2023, 4, 1));
    QCOMPARE(allocation->year.last, QDate(2024, 3, 31));
    // At 250 bp: exact = share_days x 100 x 250 / (10000 x 366) = share_days x 5 / 732.
    //   A 155,550 / 732 = 212 r 366;  B 118,950 / 732 = 162 r 366;  C 50 / 732 = 0 r 50.
    //   Total floor(274,550 / 732) = 375; floors 374: one penny over. A and B tie on the remainder 366;
    //   A has more share-days (31,110 > 23,790) and takes it.
    QCOMPARE(allocation->interestTotal, 375);
    QCOMPARE(allocation->interest.size(), 3);
    const QList<std::tuple<QString, qint64, qint64>> interest { { u"C001"_s, 31'110, 213 },
                                                                { u"E001"_s, 23'790, 162 },
                                                                { u"P001"_s, 10, 0 } };
    for (qsizetype i = 0; i < interest.size(); ++i) {
        QCOMPARE(allocation->interest[i].number, std::get<0>(interest[i]));
        QCOMPARE(allocation->interest[i].shareDays, std::get<1>(interest[i]));
        QCOMPARE(allocation->interest[i].amount, std::get<2>(interest[i]));
    }
    // Rebates of 1,001 on net charges A 30,000 and B 10,000 (of 40,000): A 750.75, B 250.25; the penny
    // over goes to A's larger remainder: A 751, B 250. C's charge is in the next year.
    QCOMPARE(allocation->rebatesTotal, 1'001);
    QCOMPARE(allocation->rebates.size(), 2);
    QCOMPARE(allocation->rebates[0].number, u"C001"_s);
    QCOMPARE(allocation->rebates[0].charges, 30'000);
    QCOMPARE(allocation->rebates[0].amount, 751);
    QCOMPARE(allocation->rebates[1].number, u"E001"_s);
    QCOMPARE(allocation->rebates[1].charges, 10'000);
    QCOMPARE(allocation->rebates[1].amount, 250);
    // The fund: 100,000 - 50,000 - 375 - 1,001 = 48,624.
    QCOMPARE(allocation->fund, 48'624);
    QCOMPARE(count(u"allocations"_s), 0);
}

void TestAllocationRepository::draftRecordedAndReplaced()
{
    AllocationRepository allocations(*m_file);
    const qint64 audits = count(u"audit_log"_s);
    const qint64 lines = count(u"share_entries"_s);
    AllocationPlan first = plan();
    first.interestMode = domain::InterestMode::Capitalise;
    QVERIFY(allocations.allocate(first));
    auto stored = allocations.ofYear(2023);
    QVERIFY(stored && stored->has_value());
    QVERIFY(!(*stored)->isApproved);
    QCOMPARE((*stored)->reserves, 50'000);
    QCOMPARE((*stored)->fund, 48'624);
    // A draft pays nothing and buys no shares.
    QCOMPARE(count(u"allocation_payments"_s), 0);
    QCOMPARE(count(u"share_entries"_s), lines);

    AllocationPlan second = plan();
    second.reserves = 60'000; // fund 100,000 - 60,000 - 375 - 1,001 = 38,624
    QVERIFY(allocations.allocate(second));
    QCOMPARE(count(u"allocations"_s), 1);
    stored = allocations.ofYear(2023);
    QCOMPARE((*stored)->reserves, 60'000);
    QCOMPARE((*stored)->fund, 38'624);
    QCOMPARE(count(u"audit_log"_s), audits + 2);
    QCOMPARE(allocations.all().value().size(), 1);
}

void TestAllocationRepository::approvedRecordsPaymentsAndSharesAndIsFinal()
{
    AllocationRepository allocations(*m_file);
    QVERIFY(allocations.allocate(plan())); // a draft first, replaced by the approved allocation
    AllocationPlan approved = plan();
    approved.resolution = 1;
    approved.interestMode = domain::InterestMode::Capitalise;
    const auto allocation = allocations.allocate(approved);
    QVERIFY2(allocation, allocation ? "" : qPrintable(allocation.error().message));
    QCOMPARE(allocation->allocatedOn, QDate(2024, 6, 20)); // the day of motion 1's meeting

    const auto stored = allocations.ofYear(2023);
    QVERIFY((*stored)->isApproved);
    QCOMPARE((*stored)->motionId, std::optional<qint64>(1));
    QCOMPARE((*stored)->allocatedOn, QDate(2024, 6, 20));
    QCOMPARE(count(u"allocations"_s), 1);

    // A's 213 pence buy 2 shares, 13 pence paid; B's 162 buy 1 share, 62 paid; C's nothing has no row.
    const auto payments = allocations.payments((*stored)->id);
    QVERIFY(payments);
    QCOMPARE(payments->size(), 4);
    qint64 interest = 0;
    qint64 rebates = 0;
    for (const storage::AllocationPaymentRow& payment : *payments) {
        (payment.kind == u"interest"_s ? interest : rebates) += payment.amount;
        if (payment.memberNumber == u"C001"_s && payment.kind == u"interest"_s) {
            QCOMPARE(payment.basis, 31'110);
            QCOMPARE(payment.amount, 213);
            QCOMPARE(payment.capitalisedShares, 2);
            QCOMPARE(payment.paid, 13);
        }
        if (payment.memberNumber == u"E001"_s && payment.kind == u"interest"_s) {
            QCOMPARE(payment.capitalisedShares, 1);
            QCOMPARE(payment.paid, 62);
        }
        if (payment.kind == u"rebate"_s)
            QCOMPARE(payment.paid, payment.amount);
    }
    QCOMPARE(interest, 375);
    QCOMPARE(rebates, 1'001);

    const auto entries
        = sample::scalar(m_file->connection(),
                         u"SELECT COUNT(*) FROM share_entries WHERE kind = 'interest-capitalised' AND "
                         u"entry_date = '2024-06-20'"_s);
    QCOMPARE(entries, 2);
    QCOMPARE(storage::ShareLedgerRepository(*m_file).holdingOf(1, QDate(2024, 6, 20)).value().shares,
             72); // 70 + 2
    QCOMPARE(sample::scalar(m_file->connection(),
                            u"SELECT COUNT(*) FROM allocation_payments WHERE share_entry_id IS NOT NULL"_s),
             2);
    QCOMPARE(sample::scalar(m_file->connection(),
                            u"SELECT COUNT(*) FROM audit_log WHERE action IN ('allocation.approve', "
                            u"'share.capitalise')"_s),
             2);

    // Final: neither a second approval nor a draft replaces it, and nothing is written.
    const qint64 audits = count(u"audit_log"_s);
    for (const std::optional<qint64>& resolution : { std::optional<qint64>(1), std::optional<qint64>() }) {
        AllocationPlan again = plan();
        again.resolution = resolution;
        const auto refused = allocations.allocate(again);
        QVERIFY(!refused);
        QCOMPARE(refused.error().rule, u"allocation-final"_s);
    }
    QCOMPARE(count(u"audit_log"_s), audits);
    QCOMPARE(count(u"allocation_payments"_s), 4);
}

void TestAllocationRepository::resolutionRefusals_data()
{
    QTest::addColumn<qint64>("motion");
    QTest::addColumn<QString>("rule");
    QTest::newRow("defeated") << qint64(2) << u"resolution-not-carried"_s;
    QTest::newRow("no such motion") << qint64(99) << u"unknown-motion"_s;
    QTest::newRow("decided before the year ended") << qint64(3) << u"allocation-date"_s;
}

void TestAllocationRepository::resolutionRefusals()
{
    QFETCH(qint64, motion);
    QFETCH(QString, rule);
    AllocationPlan approved = plan();
    approved.resolution = motion;
    const qint64 audits = count(u"audit_log"_s);
    const qint64 lines = count(u"share_entries"_s);
    const auto refused = AllocationRepository(*m_file).allocate(approved);
    QVERIFY(!refused);
    QCOMPARE(refused.error().rule, rule);
    QVERIFY2(refused.error().message.contains(QString::number(motion)), qPrintable(refused.error().message));
    QCOMPARE(count(u"allocations"_s), 0);
    QCOMPARE(count(u"audit_log"_s), audits);
    QCOMPARE(count(u"share_entries"_s), lines);
}

void TestAllocationRepository::yearWithNoLedgerRefused()
{
    AllocationPlan early = plan();
    early.year = 2021; // 2021-04-01 to 2022-03-31: the first entry is dated 2023-01-10
    early.rebates = 0;
    const auto refused = AllocationRepository(*m_file).compute(early);
    QVERIFY(!refused);
    QCOMPARE(refused.error().rule, u"no-ledger"_s);
    QVERIFY(refused.error().message.contains(u"2021"_s));
}

void TestAllocationRepository::planThatDoesNotAddUpWritesNothing()
{
    AllocationPlan off = plan();
    off.fund = 48'625; // a penny more than the 48,624 left
    const qint64 audits = count(u"audit_log"_s);
    const auto refused = AllocationRepository(*m_file).allocate(off);
    QVERIFY(!refused);
    QCOMPARE(refused.error().rule, u"plan-does-not-add-up"_s);
    QVERIFY2(refused.error().message.contains(u"£0.01 more"_s), qPrintable(refused.error().message));
    QCOMPARE(count(u"allocations"_s), 0);
    QCOMPARE(count(u"audit_log"_s), audits);
}

void TestAllocationRepository::manyCapitalisedSharesWrittenTogether()
{
    // 90 more members of 100 shares since 2023-01-10: 36,600 share-days each, 36,600 x 5 / 366 = 500
    // pence at 500 bp, 5 whole shares each. With A's 425 (4 shares, 25 pence paid) and B's 325 (3 shares,
    // 25 pence paid) that is 92 capitalised entries: written in chunks (of 83 lines of 12 values), one
    // full and one not.
    storage::MemberRepository members(*m_file);
    storage::ShareLedgerRepository ledger(*m_file);
    for (int i = 1; i <= 90; ++i) {
        const auto added = members.add(sample::member(u"M%1"_s.arg(i, 3, 10, QLatin1Char('0')),
                                                      u"Member %1"_s.arg(i), 1, QDate(2022, 1, 1)));
        QVERIFY(added);
        ShareMovement subscription;
        subscription.date = QDate(2023, 1, 10);
        subscription.memberId = added->id;
        subscription.shares = 100;
        QVERIFY(ledger.record(subscription));
    }
    const qint64 lines = count(u"share_entries"_s);
    AllocationPlan approved = plan();
    approved.interestRateBp = 500;
    approved.interestMode = domain::InterestMode::Capitalise;
    approved.resolution = 1;
    const auto allocation = AllocationRepository(*m_file).allocate(approved);
    QVERIFY2(allocation, allocation ? "" : qPrintable(allocation.error().message));
    // (90 x 36,600 + 31,110 + 23,790 + 10) x 5 / 366 = 16,744,550 / 366 = 45,750 and a little; the
    // floors 90 x 500 + 425 + 325 + 0 = 45,750 leave no penny over. Fund 100,000 - 50,000 - 45,750 -
    // 1,001 = 3,249.
    QCOMPARE(allocation->interestTotal, 45'750);
    QCOMPARE(allocation->fund, 3'249);
    QCOMPARE(allocation->capitalisedShares, 90 * 5 + 4 + 3);
    QCOMPARE(count(u"share_entries"_s), lines + 92);
    const QSqlDatabase database = m_file->connection();
    // Each its own movement, numbered after those before, by the secretary, on the day of the meeting.
    QCOMPARE(sample::scalar(database,
                            u"SELECT COUNT(DISTINCT movement_id) FROM share_entries WHERE kind = "
                            u"'interest-capitalised' AND entry_date = '2024-06-20' AND recorded_by = "
                            u"'secretary' AND reference = 'Interest for 2023'"_s),
             92);
    QCOMPARE(sample::scalar(database,
                            u"SELECT COUNT(*) FROM share_entries c WHERE c.kind = 'interest-capitalised' "
                            u"AND c.movement_id <= (SELECT MAX(movement_id) FROM share_entries WHERE kind "
                            u"<> 'interest-capitalised')"_s),
             0);
    // Every payment names the entry that bought its member's shares, and only that.
    QCOMPARE(sample::scalar(database,
                            u"SELECT COUNT(*) FROM allocation_payments p JOIN share_entries e ON e.id = "
                            u"p.share_entry_id WHERE e.member_id = p.member_id AND e.shares = "
                            u"p.capitalised_shares AND e.amount = p.capitalised_shares * 100"_s),
             92);
    QCOMPARE(
        ledger.holdingOf(members.memberByNumber(u"M001"_s).value().id, QDate(2024, 6, 20)).value().shares,
        105);
    QCOMPARE(ledger.holdingOf(1, QDate(2024, 6, 20)).value().shares, 74); // A: 70 + 4
}

void TestAllocationRepository::partsAreInMemberNumberOrder()
{
    // Members numbered 10, 9 and 100 join in that order with a share each: the parts list 9, 10 and 100
    // after C001, E001 and P001, shorter numbers first as the register lists them.
    storage::MemberRepository members(*m_file);
    storage::ShareLedgerRepository ledger(*m_file);
    for (const QString& number : { u"10"_s, u"9"_s, u"100"_s }) {
        const auto added = members.add(sample::member(number, u"Member "_s + number, 1, QDate(2022, 1, 1)));
        QVERIFY(added);
        ShareMovement subscription;
        subscription.date = QDate(2023, 1, 10);
        subscription.memberId = added->id;
        subscription.shares = 1;
        QVERIFY(ledger.record(subscription));
    }
    const auto allocation = AllocationRepository(*m_file).compute(plan());
    QVERIFY2(allocation, allocation ? "" : qPrintable(allocation.error().message));
    QStringList numbers;
    for (const domain::InterestPart& part : allocation->interest)
        numbers.append(part.number);
    QCOMPARE(numbers, (QStringList { u"9"_s, u"10"_s, u"100"_s, u"C001"_s, u"E001"_s, u"P001"_s }));
}

QTEST_GUILESS_MAIN(TestAllocationRepository)
#include "TestAllocationRepository.moc"
