#include "domain/DemoMutual.h"
#include "storage/DemoWriter.h"
#include "storage/MeetingRepository.h"
#include "storage/MemberRepository.h"
#include "storage/ShareLedgerRepository.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

using namespace mutualise;

// How fast the register answers on a large mutual: the demo generator at benchmark size, then the
// queries the window makes while someone scrolls, sorts and searches the members table.
class BenchRegister : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void countAll();
    void firstPageByNumber();
    void deepPageByName();
    void pageSortedByShares();
    void searchByName();
    void positionByName();
    void holdingsAsOf();
    void dashboardFigures();
    void meetingAttendance();

private:
    QTemporaryDir m_folder;
    std::unique_ptr<storage::MutualFile> m_file;
};

static int sizeFromEnvironment(const char* name, int fallback)
{
    bool isNumber = false;
    const int value = qEnvironmentVariableIntValue(name, &isNumber);
    return isNumber && value > 0 ? value : fallback;
}

void BenchRegister::initTestCase()
{
    domain::DemoOptions options;
    options.members = sizeFromEnvironment("MUTUALISE_BENCH_MEMBERS", 100000);
    options.years = sizeFromEnvironment("MUTUALISE_BENCH_YEARS", 10);
    options.seed = 7;
    options.until = QDate(2026, 3, 31);

    QElapsedTimer timer;
    timer.start();
    const domain::DemoPlan plan = domain::planDemoMutual(options);
    const qint64 planned = timer.restart();
    auto file = storage::writeDemoMutual(m_folder.filePath(QStringLiteral("bench.mutual")), plan,
                                         QStringLiteral("bench"));
    QVERIFY2(file.isOk(), qPrintable(file.isOk() ? QString() : file.error().message));
    const qint64 written = timer.elapsed();
    m_file = std::move(file).value();
    qInfo("demo: %d members, %lld ledger lines: planned in %lld ms, written in %lld ms", options.members,
          static_cast<long long>(plan.entries.size()), static_cast<long long>(planned),
          static_cast<long long>(written));
}

void BenchRegister::countAll()
{
    storage::MemberRepository members(*m_file);
    QBENCHMARK
    {
        QVERIFY(members.count({}).isOk());
    }
}

void BenchRegister::firstPageByNumber()
{
    storage::MemberRepository members(*m_file);
    QBENCHMARK
    {
        QCOMPARE(members.page({}, 0, 200).value().size(), 200);
    }
}

void BenchRegister::deepPageByName()
{
    storage::MemberRepository members(*m_file);
    storage::MemberQuery query;
    query.sortKey = storage::MemberQuery::SortKey::Name;
    const qint64 total = members.count(query).value();
    QBENCHMARK
    {
        QVERIFY(!members.page(query, total / 2, 200).value().isEmpty());
    }
}

void BenchRegister::pageSortedByShares()
{
    storage::MemberRepository members(*m_file);
    storage::MemberQuery query;
    query.sortKey = storage::MemberQuery::SortKey::Shares;
    query.descending = true;
    QBENCHMARK
    {
        QCOMPARE(members.page(query, 0, 200).value().size(), 200);
    }
}

void BenchRegister::searchByName()
{
    storage::MemberRepository members(*m_file);
    storage::MemberQuery query;
    query.search = QStringLiteral("smith");
    QBENCHMARK
    {
        QVERIFY(members.count(query).isOk());
        QVERIFY(members.page(query, 0, 200).isOk());
    }
}

// Finding the row of a member after an edit reloads the table: the last member added, sorted by name.
void BenchRegister::positionByName()
{
    storage::MemberRepository members(*m_file);
    storage::MemberQuery query;
    query.sortKey = storage::MemberQuery::SortKey::Name;
    const auto total = members.count({});
    QVERIFY(total.isOk());
    QBENCHMARK
    {
        const auto position = members.positionOf(query, total.value());
        QVERIFY(position.isOk() && position->has_value());
    }
}

void BenchRegister::holdingsAsOf()
{
    storage::ShareLedgerRepository ledger(*m_file);
    QBENCHMARK
    {
        QVERIFY(!ledger.holdingsAsOf(QDate(2025, 3, 31)).value().isEmpty());
    }
}

void BenchRegister::dashboardFigures()
{
    storage::MemberRepository members(*m_file);
    storage::ShareLedgerRepository ledger(*m_file);
    QBENCHMARK
    {
        QVERIFY(members.countsByStatusAndClass().isOk());
        QVERIFY(ledger.totalAsOf(QDate(2026, 3, 31)).isOk());
        QVERIFY(ledger.subscribedBetween(QDate(2025, 4, 1), QDate(2026, 3, 31)).isOk());
        QVERIFY(ledger.monthlySubscriptionsByClass().isOk());
    }
}

// What the attendance list of a meeting reads each time a secretary marks someone: the whole
// register, and the meeting's attendance and proxies.
void BenchRegister::meetingAttendance()
{
    storage::MemberRepository members(*m_file);
    storage::MeetingRepository meetings(*m_file);
    const auto all = meetings.all();
    QVERIFY(all && !all->isEmpty());
    const qint64 meetingId = all->constFirst().id;
    QBENCHMARK
    {
        QVERIFY(members.allMembers().isOk());
        QVERIFY(meetings.attendance(meetingId).isOk());
        QVERIFY(meetings.proxies(meetingId).isOk());
    }
}

QTEST_GUILESS_MAIN(BenchRegister)
#include "BenchRegister.moc"
