#include "domain/DemoMutual.h"
#include "storage/AllocationRepository.h"
#include "storage/DemoWriter.h"
#include "storage/Statement.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <ctime>

using namespace mutualise;

// How fast a year's surplus is allocated on a large mutual: the demo at benchmark size (or the file
// named by MUTUALISE_BENCH_FILE, which is copied, never changed; a demo made up to the end of the year
// allocated, as `mutualise-cli demo FILE --members 100000 --years 10 --until 2026-03-31`), with a service
// charge for every third member in its last full financial year, then the allocation of that year worked out
// (as --dry-run does) and recorded, paid and capitalised, with a carried motion. The goal is under a second
// for 100,000 members and 10 years.
class BenchAllocation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void compute();
    void recordPaid();
    void recordCapitalised();

private:
    domain::AllocationPlan plan(domain::InterestMode mode, bool isApproved) const;
    std::unique_ptr<storage::MutualFile> freshCopy(const QString& name) const;
    void recordOnce(domain::InterestMode mode, const QString& name);

    QTemporaryDir m_folder;
    QString m_path;
    int m_year = 0;
};

static int sizeFromEnvironment(const char* name, int fallback)
{
    bool isNumber = false;
    const int value = qEnvironmentVariableIntValue(name, &isNumber);
    return isNumber && value > 0 ? value : fallback;
}

// The processor time this process has used, in milliseconds: on a machine shared with other work the
// time on the clock says more about the others than about the allocation.
static qint64 processorMilliseconds()
{
    return static_cast<qint64>(std::clock()) * 1000 / CLOCKS_PER_SEC;
}

static void execOrFail(storage::MutualFile& file, const QString& sql)
{
    storage::Statement statement(file.connection(), sql);
    const auto done = statement.exec();
    if (!done)
        qFatal("%s", qPrintable(done.error().message));
}

void BenchAllocation::initTestCase()
{
    m_path = m_folder.filePath(QStringLiteral("bench.mutual"));
    const QString given = qEnvironmentVariable("MUTUALISE_BENCH_FILE");
    QElapsedTimer timer;
    timer.start();
    if (!given.isEmpty()) {
        QVERIFY(QFile::copy(given, m_path));
    } else {
        domain::DemoOptions options;
        options.members = sizeFromEnvironment("MUTUALISE_BENCH_MEMBERS", 100000);
        options.years = sizeFromEnvironment("MUTUALISE_BENCH_YEARS", 10);
        options.seed = 7;
        options.until = QDate(2026, 3, 31);
        const domain::DemoPlan demo = domain::planDemoMutual(options);
        auto file = storage::writeDemoMutual(m_path, demo, QStringLiteral("bench"));
        QVERIFY2(file.isOk(), qPrintable(file.isOk() ? QString() : file.error().message));
        qInfo("demo: %d members, %d years, %lld ledger lines, made in %lld ms", options.members,
              options.years, static_cast<long long>(demo.entries.size()),
              static_cast<long long>(timer.elapsed()));
    }
    auto opened = storage::MutualFile::open(m_path, QStringLiteral("bench"));
    QVERIFY(opened.isOk());
    storage::MutualFile& file = *opened.value();
    // The last financial year that has ended.
    const domain::Mutual mutual = file.mutual();
    m_year = mutual.financialYearContaining(QDate::currentDate()).first.year() - 1;
    const storage::AllocationRepository allocations(file);
    const domain::Period year = allocations.financialYear(m_year);
    // A demo made up to today has had that year approved at its AGM already.
    const auto stored = allocations.ofYear(m_year);
    QVERIFY(stored.isOk());
    QVERIFY2(!*stored || !(*stored)->isApproved,
             qPrintable(QStringLiteral("Financial year %1 of %2 is already allocated: make the demo with "
                                       "--until %3 so that it is not.")
                            .arg(QString::number(m_year), m_path, year.last.toString(Qt::ISODate))));
    const QString first = year.first.toString(Qt::ISODate);
    const QString meeting = year.last.addDays(80).toString(Qt::ISODate);
    QVERIFY(
        file.inTransaction([&]() -> domain::Outcome {
                execOrFail(file,
                           QStringLiteral("INSERT INTO contributions (kind, entry_date, member_id, amount, "
                                          "recorded_by, recorded_at) SELECT 'charge', '%1', id, 10000 + "
                                          "(id % 97) * 123, 'bench', '2026-01-01T00:00:00.000Z' FROM "
                                          "members WHERE id % 3 = 0")
                               .arg(first));
                execOrFail(file,
                           QStringLiteral("INSERT INTO meetings (id, kind, held_on) VALUES (900001, "
                                          "'agm', '%1')")
                               .arg(meeting));
                execOrFail(
                    file,
                    QStringLiteral("INSERT INTO motions (id, meeting_id, title, threshold, scheme, state, "
                                   "record_date, opened_at, closed_at, roll_fingerprint, outcome, "
                                   "result_json) VALUES (900001, 900001, 'Allocate the surplus', "
                                   "'ordinary', 'omov', 'closed', '%1', '%1T10:00:00Z', "
                                   "'%1T11:00:00Z', 'bench', 'carried', '{}')")
                        .arg(meeting));
                return domain::ok();
            })
            .isOk());
    qInfo("allocating financial year %d (%s to %s), approved at a meeting on %s", m_year, qPrintable(first),
          qPrintable(year.last.toString(Qt::ISODate)), qPrintable(meeting));
}

domain::AllocationPlan BenchAllocation::plan(domain::InterestMode mode, bool isApproved) const
{
    domain::AllocationPlan plan;
    plan.year = m_year;
    plan.surplus = 5'000'000'000; // £50,000,000.00
    plan.reserves = 1'000'000'000;
    plan.interestRateBp = 250;
    plan.interestMode = mode;
    plan.rebates = 500'000'000;
    if (isApproved)
        plan.resolution = 900001;
    return plan;
}

std::unique_ptr<storage::MutualFile> BenchAllocation::freshCopy(const QString& name) const
{
    const QString copy = m_folder.filePath(name);
    if (!QFile::copy(m_path, copy))
        return {};
    auto opened = storage::MutualFile::open(copy, QStringLiteral("bench"));
    return opened.isOk() ? std::move(opened).value() : nullptr;
}

void BenchAllocation::compute()
{
    auto opened = storage::MutualFile::open(m_path, QStringLiteral("bench"));
    QVERIFY(opened.isOk());
    storage::AllocationRepository allocations(*opened.value());
    QElapsedTimer timer;
    timer.start();
    const qint64 processorAtStart = processorMilliseconds();
    const auto allocation = allocations.compute(plan(domain::InterestMode::Capitalise, true));
    const qint64 elapsed = timer.elapsed();
    const qint64 processor = processorMilliseconds() - processorAtStart;
    QVERIFY2(allocation.isOk(), qPrintable(allocation.isOk() ? QString() : allocation.error().message));
    qInfo("worked out (--dry-run): %lld members with interest (total %lld), %lld with rebates (total %lld), "
          "%lld shares to capitalise, in %lld ms (%lld ms of processor time)",
          static_cast<long long>(allocation->interest.size()),
          static_cast<long long>(allocation->interestTotal),
          static_cast<long long>(allocation->rebates.size()),
          static_cast<long long>(allocation->rebatesTotal),
          static_cast<long long>(allocation->capitalisedShares), static_cast<long long>(elapsed),
          static_cast<long long>(processor));
    QBENCHMARK
    {
        QVERIFY(allocations.compute(plan(domain::InterestMode::Pay, false)).isOk());
    }
}

void BenchAllocation::recordOnce(domain::InterestMode mode, const QString& name)
{
    auto file = freshCopy(name);
    QVERIFY(file);
    storage::AllocationRepository allocations(*file);
    QElapsedTimer timer;
    timer.start();
    const qint64 processorAtStart = processorMilliseconds();
    const auto allocation = allocations.allocate(plan(mode, true));
    const qint64 elapsed = timer.elapsed();
    const qint64 processor = processorMilliseconds() - processorAtStart;
    QVERIFY2(allocation.isOk(), qPrintable(allocation.isOk() ? QString() : allocation.error().message));
    qInfo(
        "worked out and recorded, interest %s: %lld payments to members, %lld shares capitalised, in %lld ms "
        "(%lld ms of processor time)",
        qPrintable(domain::interestModeKey(mode)),
        static_cast<long long>(allocation->interest.size() + allocation->rebates.size()),
        static_cast<long long>(allocation->capitalisedShares), static_cast<long long>(elapsed),
        static_cast<long long>(processor));
}

void BenchAllocation::recordPaid()
{
    recordOnce(domain::InterestMode::Pay, QStringLiteral("paid.mutual"));
}

void BenchAllocation::recordCapitalised()
{
    recordOnce(domain::InterestMode::Capitalise, QStringLiteral("capitalised.mutual"));
}

QTEST_GUILESS_MAIN(BenchAllocation)
#include "BenchAllocation.moc"
