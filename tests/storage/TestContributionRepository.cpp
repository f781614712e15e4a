#include "SampleMutual.h"
#include "storage/ContributionRepository.h"
#include "storage/MemberRepository.h"
#include "storage/ServiceRepository.h"
#include "storage/ShareLedgerRepository.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace mutualise;
using namespace Qt::Literals::StringLiterals;
using domain::Contribution;
using domain::ContributionGrouping;
using domain::ContributionTotals;
using storage::ContributionRepository;

// The test mutual (£1.00 a share, financial year from 1 April) and what its members put in:
//   members  A C001 Founding council, B E001 Employee (both admitted 2024-01-01),
//            C P001 Community, admitted 2024-06-01, ceased 2025-01-31
//   share ledger (share capital contributed, net of reversals):
//     2024-03-31  A subscribes 100 shares   +10000   last day of financial year 2023
//     2024-04-01  B subscribes 50           + 5000   first day of financial year 2024
//     2024-05-01  A withdraws 20            (not a subscription: not counted)
//     2024-06-01  C subscribes 40           + 4000
//     2024-06-10  C's subscription reversed - 4000
//   contributions:
//     1  2024-04-15  A charge   £1,000.00  +100000  service 1
//     2  2024-04-01  B fee         £25.00  +  2500
//     3  2025-03-31  A donation    £10.00  +  1000  last day of financial year 2024
//     4  2025-04-01  B charge     £300.00  + 30000  first day of financial year 2025
//     5  2024-05-20  reversal of 1         -100000
//     6  2024-06-01  A charge     £400.00  + 40000  service 1
//     7  2024-07-01  C in kind 2.5 days x £333.33 = £833.325, half up: + 83333  project 1
class TestContributionRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void storedLinesCarryWhoAndWhen();
    void reversalRepeatsTheEntryNegated();
    void reversalRefusals_data();
    void reversalRefusals();
    void addRefusals_data();
    void addRefusals();
    void contributionOnTheDayOfCessation();
    void totalsByYear();
    void totalsByMemberForOneYear();
    void totalsByClass();
    void totalsByMonthAndQuarter();
    void totalsOfOneKind();
    void totalsRefuseAnUnknownKind();
    void classTotalsOverConsecutiveYears();
    void classTotalsOverPeriodsWithGaps();
    void largestContributors();
    void largestContributorsKeepEveryTie();
    void listingFilters();
    void kindsOfTheMutualsOwn();
    void servicesAreUniqueAndAudited();
    void contributionsAreAppendOnly();
    void impossibleTotalsAreReportedInWords();

private:
    Contribution addOrFail(const QString& kind, const QDate& date, qint64 member, qint64 amount);
    qint64 lineCount() const;
    qint64 auditCount() const;
    static qint64 sumOfRows(const ContributionTotals& totals);
    // A copy of the file as it stands, for a test that changes it.
    bool copyFile(const QString& copy) const;

    QTemporaryDir m_folder;
    std::unique_ptr<storage::MutualFile> m_file;
    qint64 m_a = 0;
    qint64 m_b = 0;
    qint64 m_c = 0;
    qint64 m_service = 0;
    qint64 m_project = 0;
    Contribution m_charge;
    Contribution m_reversal;
    Contribution m_inKind;
};

Contribution TestContributionRepository::addOrFail(const QString& kind, const QDate& date, qint64 member,
                                                   qint64 amount)
{
    Contribution contribution;
    contribution.kind = kind;
    contribution.date = date;
    contribution.memberId = member;
    contribution.amount = amount;
    contribution.reference = u"ref %1"_s.arg(date.toString(Qt::ISODate));
    const auto stored = ContributionRepository(*m_file).add(contribution);
    if (!stored.isOk()) {
        qWarning("%s", qPrintable(stored.error().message));
        return {};
    }
    return *stored;
}

qint64 TestContributionRepository::lineCount() const
{
    return sample::scalar(m_file->connection(), u"SELECT COUNT(*) FROM contributions"_s);
}

qint64 TestContributionRepository::auditCount() const
{
    return sample::scalar(m_file->connection(), u"SELECT COUNT(*) FROM audit_log"_s);
}

bool TestContributionRepository::copyFile(const QString& copy) const
{
    // The recent changes are in the write-ahead log until they are moved into the file.
    return m_file->clearWriteAheadLog() && QFile::copy(m_file->path(), copy);
}

qint64 TestContributionRepository::sumOfRows(const ContributionTotals& totals)
{
    qint64 sum = 0;
    for (const domain::ContributionTotalRow& row : totals.rows) {
        qint64 kinds = 0;
        for (const qint64 amount : row.amountByKind)
            kinds += amount;
        if (kinds != row.amount)
            return -1; // a row whose kinds do not add up to its amount
        sum += row.amount;
    }
    return sum;
}

void TestContributionRepository::initTestCase()
{
    m_file = sample::createFile(m_folder.filePath(u"contributions.mutual"_s));
    QVERIFY(m_file);
    storage::MemberRepository members(*m_file);
    m_a = members.add(sample::member(u"C001"_s, u"Alpha Council"_s, 1)).value().id;
    m_b = members.add(sample::member(u"E001"_s, u"Bea Employee"_s, 2)).value().id;
    m_c = members.add(sample::member(u"P001"_s, u"Cal Community"_s, 3, QDate(2024, 6, 1))).value().id;

    storage::ShareLedgerRepository ledger(*m_file);
    auto movement = [](domain::ShareEntryKind kind, QDate date, qint64 member, qint64 shares) {
        domain::ShareMovement m;
        m.kind = kind;
        m.date = date;
        m.memberId = member;
        m.shares = shares;
        return m;
    };
    using domain::ShareEntryKind;
    QVERIFY(ledger.record(movement(ShareEntryKind::Subscription, QDate(2024, 3, 31), m_a, 100)).isOk());
    QVERIFY(ledger.record(movement(ShareEntryKind::Subscription, QDate(2024, 4, 1), m_b, 50)).isOk());
    QVERIFY(ledger.record(movement(ShareEntryKind::Withdrawal, QDate(2024, 5, 1), m_a, 20)).isOk());
    const auto subscriptionC
        = ledger.record(movement(ShareEntryKind::Subscription, QDate(2024, 6, 1), m_c, 40));
    QVERIFY(subscriptionC.isOk());
    QVERIFY(ledger.reverse(subscriptionC->first().id, QDate(2024, 6, 10), u"cheque bounced"_s).isOk());
    const auto ceased = members.cease(m_c, QDate(2025, 1, 31));
    QVERIFY2(ceased.isOk(), qPrintable(ceased.isOk() ? QString() : ceased.error().message));

    domain::Service hosting;
    hosting.name = u"Shared hosting"_s;
    hosting.start = QDate(2024, 4, 1);
    hosting.end = QDate(2028, 3, 31);
    hosting.memberIds = { m_b, m_a };
    const auto service = storage::ServiceRepository(*m_file).add(hosting);
    QVERIFY2(service.isOk(), qPrintable(service.isOk() ? QString() : service.error().message));
    m_service = service->id;
    // Projects belong to the reinvestment fund; one is written directly for a contribution to name.
    QSqlQuery project(m_file->connection());
    QVERIFY(
        project.exec(u"INSERT INTO projects (title, category, target) VALUES ('Digital skills', 'skills', "
                     "500000) RETURNING id"_s));
    QVERIFY(project.next());
    m_project = project.value(0).toLongLong();
    project.finish();

    ContributionRepository contributions(*m_file);
    Contribution charge;
    charge.kind = u"charge"_s;
    charge.date = QDate(2024, 4, 15);
    charge.memberId = m_a;
    charge.amount = 100000;
    charge.serviceId = m_service;
    charge.reference = u"INV-1"_s;
    charge.note = u"Hosting, first year"_s;
    const auto storedCharge = contributions.add(charge);
    QVERIFY2(storedCharge.isOk(), qPrintable(storedCharge.isOk() ? QString() : storedCharge.error().message));
    m_charge = *storedCharge;
    QVERIFY(addOrFail(u"fee"_s, QDate(2024, 4, 1), m_b, 2500).id > 0);
    QVERIFY(addOrFail(u"donation"_s, QDate(2025, 3, 31), m_a, 1000).id > 0);
    QVERIFY(addOrFail(u"charge"_s, QDate(2025, 4, 1), m_b, 30000).id > 0);
    const auto reversal = contributions.reverse(m_charge.id, QDate(2024, 5, 20), u"invoiced twice"_s);
    QVERIFY2(reversal.isOk(), qPrintable(reversal.isOk() ? QString() : reversal.error().message));
    m_reversal = *reversal;
    Contribution second = charge;
    second.date = QDate(2024, 6, 1);
    second.amount = 40000;
    QVERIFY(contributions.add(second).isOk());
    Contribution time;
    time.kind = u"in-kind"_s;
    time.date = QDate(2024, 7, 1);
    time.memberId = m_c;
    time.daysHundredths = 250;
    time.dayRate = 33333;
    time.amount = 83333; // 2.5 x £333.33 = £833.325, half up
    time.projectId = m_project;
    const auto inKind = contributions.add(time);
    QVERIFY2(inKind.isOk(), qPrintable(inKind.isOk() ? QString() : inKind.error().message));
    m_inKind = *inKind;
    QCOMPARE(lineCount(), 7);
}

void TestContributionRepository::storedLinesCarryWhoAndWhen()
{
    QVERIFY(m_charge.id > 0);
    QCOMPARE(m_charge.recordedBy, u"secretary"_s);
    QVERIFY(m_charge.recordedAt.isValid());
    QCOMPARE(m_charge.serviceId, std::optional<qint64>(m_service));
    const auto rows = ContributionRepository(*m_file).entries({ .memberId = m_a });
    QVERIFY(rows.isOk());
    QCOMPARE(rows->size(), 4); // charge, its reversal, the donation, the second charge
    const storage::ContributionRow& first = rows->first();
    QCOMPARE(first.contribution, m_charge);
    QCOMPARE(first.memberNumber, u"C001"_s);
    QCOMPARE(first.kindLabel, u"Charge for a service"_s);
    QVERIFY(first.isReversed);
    QCOMPARE(m_inKind.daysHundredths, std::optional<qint64>(250));
    QCOMPARE(m_inKind.projectId, std::optional<qint64>(m_project));
    // The audit trail has the addition with what was stored.
    QSqlQuery audit(m_file->connection());
    QVERIFY(audit.exec(
        u"SELECT COUNT(*) FROM audit_log WHERE action = 'contribution.add' AND entity_key = '%1'"_s.arg(
            m_charge.id)));
    QVERIFY(audit.next());
    QCOMPARE(audit.value(0).toInt(), 1);
}

void TestContributionRepository::reversalRepeatsTheEntryNegated()
{
    QCOMPARE(m_reversal.reversesId, std::optional<qint64>(m_charge.id));
    QCOMPARE(m_reversal.amount, -100000);
    QCOMPARE(m_reversal.kind, m_charge.kind);
    QCOMPARE(m_reversal.memberId, m_charge.memberId);
    QCOMPARE(m_reversal.serviceId, m_charge.serviceId);
    QCOMPARE(m_reversal.date, QDate(2024, 5, 20));
    QCOMPARE(m_reversal.reference, u"invoiced twice"_s);
    // Time in kind is reversed day for day: -2.5 days x £333.33 = -£833.33
    QTemporaryDir folder;
    const QString copy = folder.filePath(u"copy.mutual"_s);
    QVERIFY(copyFile(copy));
    auto file = storage::MutualFile::open(copy, u"treasurer"_s);
    QVERIFY(file.isOk());
    const auto undone = ContributionRepository(**file).reverse(m_inKind.id, QDate(2024, 7, 2));
    QVERIFY(undone.isOk());
    QCOMPARE(undone->amount, -83333);
    QCOMPARE(undone->daysHundredths, std::optional<qint64>(-250));
    QCOMPARE(undone->dayRate, std::optional<qint64>(33333));
    QCOMPARE(undone->recordedBy, u"treasurer"_s);
}

void TestContributionRepository::reversalRefusals_data()
{
    QTest::addColumn<int>("which"); // 0 the reversed charge, 1 the reversal, 2 no such entry, 3 the fee
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("rule");
    QTest::newRow("second reversal") << 0 << QDate(2024, 6, 1) << u"already-reversed"_s;
    QTest::newRow("reversal of a reversal") << 1 << QDate(2024, 6, 1) << u"reversal-not-reversible"_s;
    QTest::newRow("no such entry") << 2 << QDate(2024, 6, 1) << u"unknown-entry"_s;
    // The fee is dated 2024-04-01: undoing it the day before cannot be.
    QTest::newRow("before the entry") << 3 << QDate(2024, 3, 31) << u"reversal-before-entry"_s;
    QTest::newRow("tomorrow") << 3 << QDate::currentDate().addDays(1) << u"future-date"_s;
}

void TestContributionRepository::reversalRefusals()
{
    QFETCH(int, which);
    QFETCH(QDate, date);
    QFETCH(QString, rule);
    const auto fee = ContributionRepository(*m_file).entries({ .kind = u"fee"_s });
    QVERIFY(fee.isOk() && fee->size() == 1);
    const qint64 ids[] = { m_charge.id, m_reversal.id, 999, fee->first().contribution.id };
    const qint64 lines = lineCount();
    const qint64 audits = auditCount();
    const auto refused = ContributionRepository(*m_file).reverse(ids[which], date);
    QVERIFY(!refused.isOk());
    QCOMPARE(refused.error().rule, rule);
    QCOMPARE(lineCount(), lines);
    QCOMPARE(auditCount(), audits);
}

void TestContributionRepository::addRefusals_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<int>("member"); // 0 A, 1 B, 2 C, 3 no such member
    QTest::addColumn<qint64>("amount");
    QTest::addColumn<qint64>("service");
    QTest::addColumn<qint64>("project");
    QTest::addColumn<QString>("rule");
    const QDate day(2024, 9, 1);
    QTest::newRow("share capital") << u"share-capital"_s << day << 0 << qint64(100) << qint64(0) << qint64(0)
                                   << u"share-capital-is-derived"_s;
    QTest::newRow("unknown kind") << u"gift"_s << day << 0 << qint64(100) << qint64(0) << qint64(0)
                                  << u"unknown-kind"_s;
    QTest::newRow("nothing") << u"donation"_s << day << 0 << qint64(0) << qint64(0) << qint64(0)
                             << u"invalid-amount"_s;
    QTest::newRow("too large") << u"donation"_s << day << 0 << domain::maximumContributionAmount + 1
                               << qint64(0) << qint64(0) << u"entry-too-large"_s;
    // C was admitted on 2024-06-01 and ceased on 2025-01-31.
    QTest::newRow("before admission") << u"donation"_s << QDate(2024, 5, 31) << 2 << qint64(100) << qint64(0)
                                      << qint64(0) << u"before-admission"_s;
    QTest::newRow("after cessation") << u"donation"_s << QDate(2025, 2, 1) << 2 << qint64(100) << qint64(0)
                                     << qint64(0) << u"after-cessation"_s;
    QTest::newRow("no such member") << u"donation"_s << day << 3 << qint64(100) << qint64(0) << qint64(0)
                                    << u"unknown-member"_s;
    QTest::newRow("no such service") << u"charge"_s << day << 0 << qint64(100) << qint64(99) << qint64(0)
                                     << u"unknown-service"_s;
    QTest::newRow("no such project") << u"donation"_s << day << 0 << qint64(100) << qint64(0) << qint64(99)
                                     << u"unknown-project"_s;
    QTest::newRow("tomorrow") << u"donation"_s << QDate::currentDate().addDays(1) << 0 << qint64(100)
                              << qint64(0) << qint64(0) << u"future-date"_s;
}

void TestContributionRepository::addRefusals()
{
    QFETCH(QString, kind);
    QFETCH(QDate, date);
    QFETCH(int, member);
    QFETCH(qint64, amount);
    QFETCH(qint64, service);
    QFETCH(qint64, project);
    QFETCH(QString, rule);
    const qint64 members[] = { m_a, m_b, m_c, 999 };
    Contribution contribution;
    contribution.kind = kind;
    contribution.date = date;
    contribution.memberId = members[member];
    contribution.amount = amount;
    if (service > 0)
        contribution.serviceId = service;
    if (project > 0)
        contribution.projectId = project;
    const qint64 lines = lineCount();
    const qint64 audits = auditCount();
    const auto refused = ContributionRepository(*m_file).add(contribution);
    QVERIFY(!refused.isOk());
    QCOMPARE(refused.error().rule, rule);
    QVERIFY(!refused.error().message.isEmpty());
    QCOMPARE(lineCount(), lines);
    QCOMPARE(auditCount(), audits);
}

void TestContributionRepository::contributionOnTheDayOfCessation()
{
    QTemporaryDir folder;
    const QString copy = folder.filePath(u"copy.mutual"_s);
    QVERIFY(copyFile(copy));
    auto file = storage::MutualFile::open(copy, u"treasurer"_s);
    QVERIFY(file.isOk());
    Contribution last;
    last.kind = u"donation"_s;
    last.date = QDate(2025, 1, 31); // C ceased that day: not before it
    last.memberId = m_c;
    last.amount = 100;
    QVERIFY(ContributionRepository(**file).add(last).isOk());
}

void TestContributionRepository::totalsByYear()
{
    const auto totals = ContributionRepository(*m_file).totals(ContributionGrouping::Year, {}, {});
    QVERIFY2(totals.isOk(), qPrintable(totals.isOk() ? QString() : totals.error().message));
    QCOMPARE(totals->rows.size(), 3);
    // 2023 (to 2024-03-31): A's 100 shares = 10000
    QCOMPARE(totals->rows.at(0).key, u"2023"_s);
    QCOMPARE(totals->rows.at(0).amountByKind, (QMap<QString, qint64> { { u"share-capital"_s, 10000 } }));
    // 2024: share capital 5000 + 4000 - 4000 = 5000; charge 100000 - 100000 + 40000 = 40000; fee 2500;
    // donation 1000 (2025-03-31); in kind 83333. 5000 + 40000 + 2500 + 1000 + 83333 = 131833
    const domain::ContributionTotalRow& year2024 = totals->rows.at(1);
    QCOMPARE(year2024.key, u"2024"_s);
    QCOMPARE(year2024.amount, 131833);
    QCOMPARE(year2024.amountByKind,
             (QMap<QString, qint64> { { u"share-capital"_s, 5000 },
                                      { u"charge"_s, 40000 },
                                      { u"fee"_s, 2500 },
                                      { u"donation"_s, 1000 },
                                      { u"in-kind"_s, 83333 } }));
    // 2025 (from 2025-04-01): B's charge 30000
    QCOMPARE(totals->rows.at(2).key, u"2025"_s);
    QCOMPARE(totals->rows.at(2).amountByKind, (QMap<QString, qint64> { { u"charge"_s, 30000 } }));
    // 10000 + 131833 + 30000 = 171833
    QCOMPARE(totals->total, 171833);
    QCOMPARE(sumOfRows(*totals), totals->total);
    // Share capital as the ledger reads it: 10000 + 5000 + 4000 - 4000 = 15000
    QCOMPARE(totals->amountByKind.value(u"share-capital"_s), 15000);
    QCOMPARE(storage::ShareLedgerRepository(*m_file)
                 .subscribedBetween(QDate(1900, 1, 1), QDate(2100, 1, 1))
                 .value(),
             15000);
}

void TestContributionRepository::totalsByMemberForOneYear()
{
    const auto totals = ContributionRepository(*m_file).totals(ContributionGrouping::Member,
                                                               QDate(2024, 4, 1), QDate(2025, 3, 31));
    QVERIFY(totals.isOk());
    QCOMPARE(totals->from, QDate(2024, 4, 1));
    QCOMPARE(totals->to, QDate(2025, 3, 31));
    QCOMPARE(totals->rows.size(), 3);
    // A: charge 100000 - 100000 + 40000 = 40000, donation 1000; its subscription of 2024-03-31 is in the
    // year before: 41000
    QCOMPARE(totals->rows.at(0).key, u"C001"_s);
    QCOMPARE(totals->rows.at(0).label, u"Alpha Council"_s);
    QCOMPARE(totals->rows.at(0).amount, 41000);
    QCOMPARE(totals->rows.at(0).amountByKind,
             (QMap<QString, qint64> { { u"charge"_s, 40000 }, { u"donation"_s, 1000 } }));
    // B: share capital 5000 (2024-04-01, the first day) + fee 2500 = 7500; its charge of 2025-04-01 is after
    QCOMPARE(totals->rows.at(1).key, u"E001"_s);
    QCOMPARE(totals->rows.at(1).amount, 7500);
    // C: share capital 4000 - 4000 = 0 (left out), in kind 83333
    QCOMPARE(totals->rows.at(2).key, u"P001"_s);
    QCOMPARE(totals->rows.at(2).amountByKind, (QMap<QString, qint64> { { u"in-kind"_s, 83333 } }));
    // 41000 + 7500 + 83333 = 131833, as year 2024 above
    QCOMPARE(totals->total, 131833);
    QCOMPARE(sumOfRows(*totals), totals->total);
}

void TestContributionRepository::totalsByClass()
{
    const auto totals = ContributionRepository(*m_file).totals(ContributionGrouping::Class, {}, {});
    QVERIFY(totals.isOk());
    QCOMPARE(totals->rows.size(), 3);
    // By name: Community, Employee, Founding council
    QCOMPARE(totals->rows.at(0).key, u"Community"_s);
    QCOMPARE(totals->rows.at(0).amount, 83333); // C: 4000 - 4000 + 83333
    QCOMPARE(totals->rows.at(1).key, u"Employee"_s);
    QCOMPARE(totals->rows.at(1).amount, 37500); // B: 5000 + 2500 + 30000
    QCOMPARE(totals->rows.at(2).key, u"Founding council"_s);
    QCOMPARE(totals->rows.at(2).amount, 51000); // A: 10000 + 100000 - 100000 + 40000 + 1000
    QCOMPARE(totals->total, 171833); // 83333 + 37500 + 51000
}

void TestContributionRepository::totalsByMonthAndQuarter()
{
    ContributionRepository repository(*m_file);
    const auto months = repository.totals(ContributionGrouping::Month, QDate(2024, 4, 1), QDate(2024, 6, 30));
    QVERIFY(months.isOk());
    QCOMPARE(months->rows.size(), 3);
    // April: share capital 5000 + fee 2500 + charge 100000 = 107500
    QCOMPARE(months->rows.at(0).key, u"2024-04"_s);
    QCOMPARE(months->rows.at(0).amount, 107500);
    // May: the charge reversed, -100000 (the withdrawal is not share capital subscribed)
    QCOMPARE(months->rows.at(1).key, u"2024-05"_s);
    QCOMPARE(months->rows.at(1).amountByKind, (QMap<QString, qint64> { { u"charge"_s, -100000 } }));
    // June: C's 4000 subscribed and reversed, A's charge 40000
    QCOMPARE(months->rows.at(2).key, u"2024-06"_s);
    QCOMPARE(months->rows.at(2).amountByKind, (QMap<QString, qint64> { { u"charge"_s, 40000 } }));
    QCOMPARE(months->total, 47500); // 107500 - 100000 + 40000

    const auto quarters = repository.totals(ContributionGrouping::Quarter, {}, {});
    QVERIFY(quarters.isOk());
    QStringList keys;
    for (const auto& row : quarters->rows)
        keys.append(row.key);
    // 2024-03-31 is in the last quarter of 2023; 2025-03-31 in the last of 2024; 2025-04-01 the first of 2025
    QCOMPARE(keys, (QStringList { u"2023-Q4"_s, u"2024-Q1"_s, u"2024-Q2"_s, u"2024-Q4"_s, u"2025-Q1"_s }));
    QCOMPARE(quarters->rows.at(1).amount, 47500); // April to June 2024, as above
    QCOMPARE(quarters->rows.at(2).amount, 83333); // July 2024: time in kind
    QCOMPARE(quarters->rows.at(3).amount, 1000); // 2025-03-31: the donation
    QCOMPARE(quarters->total, 171833);
}

void TestContributionRepository::totalsOfOneKind()
{
    ContributionRepository repository(*m_file);
    const auto charges = repository.totals(ContributionGrouping::Member, {}, {}, u"charge"_s);
    QVERIFY(charges.isOk());
    QCOMPARE(charges->rows.size(), 2);
    QCOMPARE(charges->rows.at(0).amount, 40000); // A: 100000 - 100000 + 40000
    QCOMPARE(charges->rows.at(1).amount, 30000); // B
    QCOMPARE(charges->total, 70000);
    QCOMPARE(charges->amountByKind.keys(), QStringList { u"charge"_s });

    const auto capital = repository.totals(ContributionGrouping::Member, {}, {}, u"share-capital"_s);
    QVERIFY(capital.isOk());
    QCOMPARE(capital->rows.size(), 2); // C's subscription nets out
    QCOMPARE(capital->rows.at(0).amount, 10000);
    QCOMPARE(capital->rows.at(1).amount, 5000);
    QCOMPARE(capital->total, 15000);
}

void TestContributionRepository::totalsRefuseAnUnknownKind()
{
    const auto refused
        = ContributionRepository(*m_file).totals(ContributionGrouping::Member, {}, {}, u"gift"_s);
    QVERIFY(!refused.isOk());
    QCOMPARE(refused.error().rule, u"unknown-kind"_s);
}

void TestContributionRepository::classTotalsOverConsecutiveYears()
{
    const QList<domain::Period> years { { QDate(2023, 4, 1), QDate(2024, 3, 31) },
                                        { QDate(2024, 4, 1), QDate(2025, 3, 31) },
                                        { QDate(2025, 4, 1), QDate(2026, 3, 31) } };
    ContributionRepository repository(*m_file);
    const auto totals = repository.classTotals(years);
    QVERIFY2(totals.isOk(), qPrintable(totals.isOk() ? QString() : totals.error().message));
    QCOMPARE(totals->size(), 3);
    // Founding council (A): 2023 share capital 10000; 2024 charge 100000 - 100000 + 40000 and donation
    // 1000 = 41000 (the withdrawal is no contribution)
    QCOMPARE(totals->value(1), (QList<qint64> { 10000, 41000, 0 }));
    // Employee (B): 2024 share capital 5000 + fee 2500 = 7500; 2025 charge 30000
    QCOMPARE(totals->value(2), (QList<qint64> { 0, 7500, 30000 }));
    // Community (C): 2024 share capital 4000 - 4000 + in kind 83333 = 83333
    QCOMPARE(totals->value(3), (QList<qint64> { 0, 83333, 0 }));
    // Each year's classes add up to the year's total as totals() works it out.
    for (qsizetype i = 0; i < years.size(); ++i) {
        const auto year = repository.totals(ContributionGrouping::Class, years.at(i).first, years.at(i).last);
        QVERIFY(year.isOk());
        QCOMPARE(totals->value(1).at(i) + totals->value(2).at(i) + totals->value(3).at(i), year->total);
    }
}

void TestContributionRepository::classTotalsOverPeriodsWithGaps()
{
    // Out of order, with gaps between them: the year 2025, June 2024 and the single day 2024-03-31.
    const auto totals
        = ContributionRepository(*m_file).classTotals({ { QDate(2025, 4, 1), QDate(2026, 3, 31) },
                                                        { QDate(2024, 6, 1), QDate(2024, 6, 30) },
                                                        { QDate(2024, 3, 31), QDate(2024, 3, 31) } });
    QVERIFY(totals.isOk());
    // A: June's charge of 40000 on the 1st; 100 shares on 2024-03-31 = 10000
    QCOMPARE(totals->value(1), (QList<qint64> { 0, 40000, 10000 }));
    // B: the charge of 2025-04-01; its entries of 2024-04-01 fall in no period
    QCOMPARE(totals->value(2), (QList<qint64> { 30000, 0, 0 }));
    // C: subscribed 4000 on 2024-06-01 and reversed on the 10th; its time in July falls in no period.
    // A class with lines that cancel out is still there, at nothing.
    QCOMPARE(totals->value(3), (QList<qint64> { 0, 0, 0 }));
    QVERIFY(totals->contains(3));
    // No period, nothing; a period with no line, no class.
    QVERIFY(ContributionRepository(*m_file).classTotals({})->isEmpty());
    QVERIFY(ContributionRepository(*m_file)
                .classTotals({ { QDate(2030, 1, 1), QDate(2030, 12, 31) } })
                ->isEmpty());
}

void TestContributionRepository::largestContributors()
{
    ContributionRepository repository(*m_file);
    // In all: A 10000 + 40000 + 1000 = 51000; B 5000 + 2500 + 30000 = 37500; C 4000 - 4000 + 83333 = 83333
    const auto byAmount = [](QList<storage::ContributorTotal> list) {
        std::sort(list.begin(), list.end(),
                  [](const auto& left, const auto& right) { return left.amount > right.amount; });
        QStringList found;
        for (const storage::ContributorTotal& each : list)
            found.append(u"%1 %2 %3"_s.arg(each.number, each.name).arg(each.amount));
        return found;
    };
    QCOMPARE(byAmount(repository.largestContributors(1).value()),
             QStringList { u"P001 Cal Community 83333"_s });
    QCOMPARE(byAmount(repository.largestContributors(2).value()),
             (QStringList { u"P001 Cal Community 83333"_s, u"C001 Alpha Council 51000"_s }));
    QCOMPARE(repository.largestContributors(10)->size(), 3);
    QVERIFY(repository.largestContributors(0)->isEmpty());
    // Up to 2024-12-31: A 10000 + 40000 = 50000 (the donation is of 2025-03-31); B 5000 + 2500 = 7500
    QCOMPARE(byAmount(repository.largestContributors(3, QDate(2024, 12, 31)).value()),
             (QStringList { u"P001 Cal Community 83333"_s, u"C001 Alpha Council 50000"_s,
                            u"E001 Bea Employee 7500"_s }));
    // Before anything was contributed, nobody.
    QVERIFY(repository.largestContributors(10, QDate(2024, 1, 1))->isEmpty());
}

void TestContributionRepository::largestContributorsKeepEveryTie()
{
    QTemporaryDir folder;
    const QString copy = folder.filePath(u"ties.mutual"_s);
    QVERIFY(copyFile(copy));
    auto opened = storage::MutualFile::open(copy, u"treasurer"_s);
    QVERIFY(opened.isOk());
    storage::MutualFile& file = **opened;
    // D gives 51000, tying with A for second place; 300 more members give 100 each, tying with one another.
    storage::MemberRepository members(file);
    ContributionRepository repository(file);
    const auto donate = [&](const QString& number, qint64 amount) {
        const auto member = members.add(sample::member(number, u"Donor %1"_s.arg(number), 2));
        if (!member.isOk())
            return false;
        Contribution donation;
        donation.kind = u"donation"_s;
        donation.date = QDate(2024, 9, 1);
        donation.memberId = member->id;
        donation.amount = amount;
        return repository.add(donation).isOk();
    };
    QVERIFY(donate(u"D001"_s, 51000));
    for (int i = 1; i <= 300; ++i)
        QVERIFY(donate(u"T%1"_s.arg(i, 3, 10, QLatin1Char('0')), 100));
    // The second largest is 51000, given by A and D: both are there.
    const auto two = repository.largestContributors(2);
    QVERIFY(two.isOk());
    QStringList numbers;
    for (const storage::ContributorTotal& each : *two)
        numbers.append(each.number);
    numbers.sort();
    QCOMPARE(numbers, (QStringList { u"C001"_s, u"D001"_s, u"P001"_s }));
    // The fifth largest is 100, given by 300 members: 4 + 300 = 304 come back, each with its name (read
    // in one pass over the members when there are this many).
    const auto five = repository.largestContributors(5);
    QVERIFY(five.isOk());
    QCOMPARE(five->size(), 304);
    for (const storage::ContributorTotal& each : *five) {
        QVERIFY2(!each.number.isEmpty() && !each.name.isEmpty(), qPrintable(QString::number(each.memberId)));
        if (each.number.startsWith(u'T'))
            QCOMPARE(each.amount, 100);
    }
}

void TestContributionRepository::listingFilters()
{
    ContributionRepository repository(*m_file);
    QCOMPARE(repository.count({}).value(), 7);
    QCOMPARE(repository.count({ .memberId = m_b }).value(), 2);
    QCOMPARE(repository.count({ .kind = u"charge"_s }).value(), 4); // two charges of A, its reversal, B's
    QCOMPARE(repository.count({ .from = QDate(2024, 5, 1), .to = QDate(2024, 12, 31) }).value(), 3);
    QCOMPARE(repository.count({ .serviceId = m_service }).value(), 3); // charge, its reversal, second charge
    QCOMPARE(repository.count({ .projectId = m_project }).value(), 1);
    // Pages neither repeat nor skip: by date, then id.
    const auto page1 = repository.entries({}, 0, 4);
    const auto page2 = repository.entries({}, 4, 4);
    QVERIFY(page1.isOk() && page2.isOk());
    QCOMPARE(page1->size(), 4);
    QCOMPARE(page2->size(), 3);
    QCOMPARE(page1->at(0).contribution.date, QDate(2024, 4, 1));
    QCOMPARE(page2->last().contribution.date, QDate(2025, 4, 1));
    QCOMPARE(repository.earliestDate().value(), QDate(2024, 3, 31)); // A's subscription
}

void TestContributionRepository::kindsOfTheMutualsOwn()
{
    QTemporaryDir folder;
    const QString copy = folder.filePath(u"copy.mutual"_s);
    QVERIFY(copyFile(copy));
    auto opened = storage::MutualFile::open(copy, u"treasurer"_s);
    QVERIFY(opened.isOk());
    storage::MutualFile& file = **opened;
    ContributionRepository repository(file);
    const auto added = repository.addKind({ u"sponsorship"_s, u"Sponsorship"_s, false });
    QVERIFY2(added.isOk(), qPrintable(added.isOk() ? QString() : added.error().message));
    const auto kinds = repository.kinds();
    QVERIFY(kinds.isOk());
    QCOMPARE(kinds->size(), 6);
    QCOMPARE(kinds->first().key, u"fee"_s);
    QCOMPARE(kinds->last(), (domain::ContributionKind { u"sponsorship"_s, u"Sponsorship"_s, false }));
    Contribution sponsored;
    sponsored.kind = u"sponsorship"_s;
    sponsored.date = QDate(2024, 9, 1);
    sponsored.memberId = m_a;
    sponsored.amount = 5000;
    QVERIFY(repository.add(sponsored).isOk());
    const auto totals = repository.totals(ContributionGrouping::Member, QDate(2024, 9, 1), QDate(2024, 9, 1));
    QVERIFY(totals.isOk());
    QCOMPARE(totals->amountByKind, (QMap<QString, qint64> { { u"sponsorship"_s, 5000 } }));

    const qint64 audits = sample::scalar(file.connection(), u"SELECT COUNT(*) FROM audit_log"_s);
    for (const auto& [key, label, rule] :
         { std::tuple { u"sponsorship"_s, u"Another"_s, u"duplicate-kind"_s },
           std::tuple { u"gifts"_s, u"DONATION"_s, u"duplicate-kind"_s }, // the label of a built-in kind
           std::tuple { u"gifts"_s, u"sponsorship"_s, u"duplicate-kind"_s },
           std::tuple { u"share-capital"_s, u"Capital"_s, u"share-capital-is-derived"_s } }) {
        const auto refused = repository.addKind({ key, label, false });
        QVERIFY(!refused.isOk());
        QCOMPARE(refused.error().rule, rule);
    }
    QCOMPARE(sample::scalar(file.connection(), u"SELECT COUNT(*) FROM audit_log"_s), audits);
}

void TestContributionRepository::servicesAreUniqueAndAudited()
{
    QTemporaryDir folder;
    const QString copy = folder.filePath(u"copy.mutual"_s);
    QVERIFY(copyFile(copy));
    auto opened = storage::MutualFile::open(copy, u"treasurer"_s);
    QVERIFY(opened.isOk());
    storage::MutualFile& file = **opened;
    storage::ServiceRepository services(file);
    const auto stored = services.service(m_service);
    QVERIFY(stored.isOk());
    QCOMPARE(stored->name, u"Shared hosting"_s);
    QCOMPARE(stored->memberIds, (QList<qint64> { m_a, m_b }));

    domain::Service licence;
    licence.name = u"Joint licence"_s;
    licence.start = QDate(2025, 1, 1);
    const auto added = services.add(licence);
    QVERIFY(added.isOk());
    QCOMPARE(services.services().value().size(), 2);

    const qint64 audits = sample::scalar(file.connection(), u"SELECT COUNT(*) FROM audit_log"_s);
    domain::Service same = licence;
    same.name = u"SHARED HOSTING"_s;
    const auto duplicate = services.add(same);
    QVERIFY(!duplicate.isOk());
    QCOMPARE(duplicate.error().rule, u"duplicate-service"_s);
    domain::Service renamed = *added;
    renamed.name = u"shared Hosting"_s;
    QCOMPARE(services.update(renamed).error().rule, u"duplicate-service"_s);
    QCOMPARE(services.setMembers(added->id, { m_a, 999 }).error().rule, u"unknown-member"_s);
    domain::Service backwards = *added;
    backwards.end = QDate(2024, 12, 31);
    QCOMPARE(services.update(backwards).error().rule, u"end-before-start"_s);
    domain::Service missing = *added;
    missing.id = 999;
    QCOMPARE(services.update(missing).error().rule, u"unknown-service"_s);
    QCOMPARE(sample::scalar(file.connection(), u"SELECT COUNT(*) FROM audit_log"_s), audits);
    QCOMPARE(services.service(added->id).value().memberIds, QList<qint64> {});

    QVERIFY(services.setMembers(added->id, { m_c, m_a, m_c }).isOk());
    QCOMPARE(services.service(added->id).value().memberIds, (QList<qint64> { m_a, m_c }));
    renamed.name = u"Jointly procured licence"_s;
    renamed.end = QDate(2027, 12, 31);
    renamed.memberIds = { m_b };
    QVERIFY(services.update(renamed).isOk());
    const domain::Service changed = services.service(added->id).value();
    QCOMPARE(changed.name, u"Jointly procured licence"_s);
    QCOMPARE(changed.end, QDate(2027, 12, 31));
    QCOMPARE(changed.memberIds, QList<qint64> { m_b });
    QCOMPARE(sample::scalar(file.connection(), u"SELECT COUNT(*) FROM audit_log"_s), audits + 2);
    QCOMPARE(services.service(999).error().rule, u"unknown-service"_s);
}

void TestContributionRepository::contributionsAreAppendOnly()
{
    QSqlQuery query(m_file->connection());
    QVERIFY(!query.exec(u"UPDATE contributions SET amount = 1 WHERE id = %1"_s.arg(m_charge.id)));
    QVERIFY(query.lastError().text().contains(u"append-only"));
    QVERIFY(!query.exec(u"DELETE FROM contributions WHERE id = %1"_s.arg(m_charge.id)));
    QCOMPARE(lineCount(), 7);
}

void TestContributionRepository::impossibleTotalsAreReportedInWords()
{
    QTemporaryDir folder;
    const QString copy = folder.filePath(u"copy.mutual"_s);
    QVERIFY(copyFile(copy));
    // Two entries of 9,000,000,000,000,000,000 written behind the program's back: their sum does not fit.
    const QString huge = u"INSERT INTO contributions (kind, entry_date, member_id, amount, recorded_by, "
                         "recorded_at) VALUES ('donation', '2024-09-01', %1, 9000000000000000000, 'x', "
                         "'2024-09-01T00:00:00.000Z')"_s.arg(m_a);
    QCOMPARE(sample::execRaw(copy, { huge, huge }), QString());
    auto opened = storage::MutualFile::open(copy, u"treasurer"_s);
    QVERIFY(opened.isOk());
    for (const ContributionGrouping grouping : { ContributionGrouping::Member, ContributionGrouping::Year }) {
        const auto totals = ContributionRepository(**opened).totals(grouping, {}, {});
        QVERIFY(!totals.isOk());
        QCOMPARE(totals.error().rule, u"total-too-large"_s);
        QVERIFY2(totals.error().message.contains(u"9,223,372,036,854,775,807"),
                 qPrintable(totals.error().message));
    }
    ContributionRepository repository(**opened);
    const auto byClass = repository.classTotals({ { QDate(2024, 4, 1), QDate(2025, 3, 31) } });
    QVERIFY(!byClass.isOk());
    QCOMPARE(byClass.error().rule, u"total-too-large"_s);
    const auto largest = repository.largestContributors(10);
    QVERIFY(!largest.isOk());
    QCOMPARE(largest.error().rule, u"total-too-large"_s);
}

QTEST_GUILESS_MAIN(TestContributionRepository)
#include "TestContributionRepository.moc"
