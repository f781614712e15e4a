#include "PeakMemory.h"
#include "domain/Mutual.h"
#include "formats/InputFile.h"
#include "storage/MemberRepository.h"
#include "storage/ShareLedgerRepository.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace mutualise;

// How fast a spreadsheet's register and ledger come in: MUTUALISE_BENCH_MEMBERS members (default
// 100,000) and MUTUALISE_BENCH_ENTRIES rows of the share ledger (default 1,000,000), checked by a dry
// run and then imported; set beside the sqlite3 shell's .import of the same CSV file, into a bare table
// and into one with the ledger's indexes, which is the least work storing the rows can take.
class BenchImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void importMembers();
    void dryRunShares();
    void importShares();
    void sqliteShellImport();

private:
    QTemporaryDir m_folder;
    std::unique_ptr<storage::MutualFile> m_file;
    int m_members = 0;
    int m_entries = 0;
    QString m_membersCsv;
    QString m_sharesCsv;
};

static int sizeFromEnvironment(const char* name, int fallback)
{
    bool isNumber = false;
    const int value = qEnvironmentVariableIntValue(name, &isNumber);
    return isNumber && value > 0 ? value : fallback;
}

void BenchImport::initTestCase()
{
    m_members = sizeFromEnvironment("MUTUALISE_BENCH_MEMBERS", 100000);
    m_entries = sizeFromEnvironment("MUTUALISE_BENCH_ENTRIES", 1000000);
    domain::Mutual mutual;
    mutual.name = QStringLiteral("Benchmark Mutual");
    mutual.nominalShareValue = 100;
    mutual.individualWithdrawableCap = 100'000'00;
    domain::MemberClass community;
    community.name = QStringLiteral("Community");
    auto file = storage::MutualFile::create(m_folder.filePath(QStringLiteral("bench.mutual")), mutual,
                                            { community }, QStringLiteral("bench"));
    QVERIFY(file.isOk());
    m_file = std::move(file).value();

    // Written a line at a time, so that making them adds nothing to the peak measured below.
    m_membersCsv = m_folder.filePath(QStringLiteral("members.csv"));
    QFile members(m_membersCsv);
    QVERIFY(members.open(QIODevice::WriteOnly));
    members.write("number,name,kind,class,email,address,admitted\n");
    for (int i = 1; i <= m_members; ++i)
        members.write(
            QStringLiteral("M%1,Member %1,organisation,Community,m%1@example.org,\"%1 High Street\","
                           "2015-01-01\n")
                .arg(i)
                .toUtf8());
    members.close();

    // Each member subscribes in turn over ten years; every tenth row is a transfer of one share to the
    // next member and every twentieth a withdrawal of one, both from a member that holds enough.
    m_sharesCsv = m_folder.filePath(QStringLiteral("shares.csv"));
    QFile shares(m_sharesCsv);
    QVERIFY(shares.open(QIODevice::WriteOnly));
    shares.write("date,member,kind,shares,amount,counterparty,reference\n");
    const QDate first(2015, 1, 1);
    for (int i = 0; i < m_entries; ++i) {
        const QString date = first.addDays(static_cast<qint64>(i) * 3650 / m_entries).toString(Qt::ISODate);
        const int member = 1 + i % m_members;
        QString line;
        if (i >= m_members && i % 10 == 3)
            line = QStringLiteral("%1,M%2,transfer,1,1.00,M%3,T%4\n")
                       .arg(date)
                       .arg(member)
                       .arg(1 + (i + 1) % m_members)
                       .arg(i);
        else if (i >= m_members && i % 20 == 7)
            line = QStringLiteral("%1,M%2,withdrawal,1,1.00,,W%3\n").arg(date).arg(member).arg(i);
        else
            line = QStringLiteral("%1,M%2,subscription,10,10.00,,S%3\n").arg(date).arg(member).arg(i);
        shares.write(line.toUtf8());
    }
    qInfo("files: %d members (%lld MB), %d ledger rows (%lld MB); peak so far %lld MB", m_members,
          members.size() / 1'000'000, m_entries, shares.size() / 1'000'000, peakMegabytes());
}

void BenchImport::importMembers()
{
    const auto content = formats::readInputFile(m_membersCsv, storage::maximumImportSize);
    QVERIFY(content.isOk());
    QElapsedTimer timer;
    timer.start();
    const auto report = storage::MemberRepository(*m_file).importCsv(*content, {});
    QVERIFY(report.isOk() && report->isAccepted());
    qInfo("members: %lld imported in %lld ms; peak so far %lld MB", report->rows, timer.elapsed(),
          peakMegabytes());
}

void BenchImport::dryRunShares()
{
    const auto content = formats::readInputFile(m_sharesCsv, storage::maximumImportSize);
    QVERIFY(content.isOk());
    storage::ImportOptions options;
    options.isDryRun = true;
    QElapsedTimer timer;
    timer.start();
    const auto report = storage::ShareLedgerRepository(*m_file).importCsv(*content, options);
    QVERIFY(report.isOk());
    QVERIFY2(report->isAccepted(), qPrintable(report->problems.value(0).message));
    qInfo("shares, dry run: %lld rows checked in %lld ms; peak so far %lld MB", report->rows, timer.elapsed(),
          peakMegabytes());
}

void BenchImport::importShares()
{
    const auto content = formats::readInputFile(m_sharesCsv, storage::maximumImportSize);
    QVERIFY(content.isOk());
    QElapsedTimer timer;
    timer.start();
    const auto report = storage::ShareLedgerRepository(*m_file).importCsv(*content, {});
    QVERIFY(report.isOk() && report->isAccepted());
    qInfo("shares: %lld rows checked and imported in %lld ms; peak so far %lld MB", report->rows,
          timer.elapsed(), peakMegabytes());
}

void BenchImport::sqliteShellImport()
{
    const QString shell = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (shell.isEmpty())
        QSKIP("the sqlite3 shell is not installed");
    const auto time = [&](const QString& database, const QString& schema) {
        QProcess process;
        QElapsedTimer timer;
        timer.start();
        process.start(shell,
                      { database, schema, QStringLiteral(".import --csv --skip 1 %1 t").arg(m_sharesCsv) });
        process.waitForFinished(-1);
        return process.exitCode() == 0 ? timer.elapsed() : -1;
    };
    const QString columns
        = QStringLiteral("CREATE TABLE t (date TEXT, member TEXT, kind TEXT, shares INTEGER, "
                         "amount TEXT, counterparty TEXT, reference TEXT);");
    const qint64 bare = time(m_folder.filePath(QStringLiteral("bare.db")),
                             QStringLiteral("PRAGMA journal_mode = WAL;") + columns);
    const qint64 indexed = time(m_folder.filePath(QStringLiteral("indexed.db")),
                                QStringLiteral("PRAGMA journal_mode = WAL;") + columns
                                    + QStringLiteral("CREATE INDEX a ON t (member, date, shares, amount); "
                                                     "CREATE INDEX b ON t (date, kind, shares, amount); "
                                                     "CREATE INDEX c ON t (kind, date, member, amount);"));
    qInfo("sqlite3 .import of the same file: %lld ms into a bare table, %lld ms into one with the ledger's "
          "indexes",
          bare, indexed);
}

QTEST_GUILESS_MAIN(BenchImport)
#include "BenchImport.moc"
