#include "PeakMemory.h"
#include "domain/DemoMutual.h"
#include "formats/MemoryUse.h"
#include "reports/ReportPdf.h"
#include "reports/ReportXlsx.h"
#include "reports/Reports.h"
#include "storage/DemoWriter.h"
#include "storage/MutualFile.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTest>

#include <ctime>

using namespace mutualise;

// How fast the statutory register of a large mutual is built and written as an Excel workbook and as a
// PDF, and the most memory the process held meanwhile: the demo at benchmark size, or the file named by
// MUTUALISE_BENCH_FILE (opened for reading only), as
// `mutualise-cli demo FILE --members 100000 --years 10 --until 2026-03-31`. The goals for 100,000
// members: the workbook in under 5 s and the PDF in under 10 s, under 300 MB throughout.
class BenchReports : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void registerToXlsx();
    void registerToPdf();
    void statementsToPdf();
    void statementsEachToPdf();

private:
    void buildStatements();

    QTemporaryDir m_folder;
    QString m_path;
    std::optional<reports::Report> m_report;
    std::optional<reports::Report> m_statements;
};

static int sizeFromEnvironment(const char* name, int fallback)
{
    bool isNumber = false;
    const int value = qEnvironmentVariableIntValue(name, &isNumber);
    return isNumber && value > 0 ? value : fallback;
}

// The processor time this process has used, in milliseconds: on a machine shared with other work the
// time on the clock says more about the others.
static qint64 processorMilliseconds()
{
    return static_cast<qint64>(std::clock()) * 1000 / CLOCKS_PER_SEC;
}

void BenchReports::initTestCase()
{
    m_path = qEnvironmentVariable("MUTUALISE_BENCH_FILE");
    if (m_path.isEmpty()) {
        m_path = m_folder.filePath(QStringLiteral("bench.mutual"));
        domain::DemoOptions options;
        options.members = sizeFromEnvironment("MUTUALISE_BENCH_MEMBERS", 100000);
        options.years = sizeFromEnvironment("MUTUALISE_BENCH_YEARS", 10);
        options.seed = 7;
        options.until = QDate(2026, 3, 31);
        const auto written
            = storage::writeDemoMutual(m_path, domain::planDemoMutual(options), QStringLiteral("bench"));
        QVERIFY2(written.isOk(), qPrintable(written.isOk() ? QString() : written.error().message));
    }
    auto file = storage::MutualFile::openForReading(m_path, QStringLiteral("bench"));
    QVERIFY2(file.isOk(), qPrintable(file.isOk() ? QString() : file.error().message));
    reports::ReportRequest request;
    request.asOf = QDate(2026, 3, 31);
    QElapsedTimer clock;
    clock.start();
    const qint64 processor = processorMilliseconds();
    auto built = reports::Reports::build(**file, QStringLiteral("register"), request);
    QVERIFY(built.isOk());
    qInfo("register built: %lld rows in %lld ms (%lld ms of processor)", built->rowCount(), clock.elapsed(),
          processorMilliseconds() - processor);
    m_report = std::move(built).value();
}

void BenchReports::registerToXlsx()
{
    const QString path = m_folder.filePath(QStringLiteral("register.xlsx"));
    QElapsedTimer clock;
    clock.start();
    const qint64 processor = processorMilliseconds();
    QVERIFY(reports::writeReportXlsx(*m_report, path).isOk());
    qInfo("register to XLSX: %lld ms (%lld ms of processor), %lld MB written; peak so far %lld MB",
          clock.elapsed(), processorMilliseconds() - processor, QFileInfo(path).size() / (1024 * 1024),
          peakMegabytes());
}

void BenchReports::registerToPdf()
{
    const QString path = m_folder.filePath(QStringLiteral("register.pdf"));
    QElapsedTimer clock;
    clock.start();
    const qint64 processor = processorMilliseconds();
    QVERIFY(reports::ReportPdf::save(*m_report, path, m_path).isOk());
    qInfo("register to PDF: %lld ms (%lld ms of processor), %lld MB written; peak so far %lld MB",
          clock.elapsed(), processorMilliseconds() - processor, QFileInfo(path).size() / (1024 * 1024),
          peakMegabytes());
}

// Every member's statement of the financial year that ends on the benchmark's last day: one PDF of them
// all, and a PDF each in a folder.
void BenchReports::buildStatements()
{
    m_report.reset();
    auto file = storage::MutualFile::openForReading(m_path, QStringLiteral("bench"));
    QVERIFY2(file.isOk(), qPrintable(file.isOk() ? QString() : file.error().message));
    reports::ReportRequest request;
    request.year = 2025;
    QElapsedTimer clock;
    clock.start();
    const qint64 processor = processorMilliseconds();
    auto built = reports::Reports::build(**file, QStringLiteral("statement"), request);
    QVERIFY(built.isOk());
    qInfo("statements built: %lld members in %lld ms (%lld ms of processor); peak so far %lld MB",
          static_cast<qint64>(built->sections.size()), clock.elapsed(), processorMilliseconds() - processor,
          peakMegabytes());
    m_statements = std::move(built).value();
}

void BenchReports::statementsToPdf()
{
    buildStatements();
    QVERIFY(m_statements);
    const QString path = m_folder.filePath(QStringLiteral("statements.pdf"));
    QElapsedTimer clock;
    clock.start();
    const qint64 processor = processorMilliseconds();
    QVERIFY(reports::ReportPdf::save(*m_statements, path, m_path).isOk());
    qInfo("statements to one PDF: %lld ms (%lld ms of processor), %lld MB written; peak so far %lld MB",
          clock.elapsed(), processorMilliseconds() - processor, QFileInfo(path).size() / (1024 * 1024),
          peakMegabytes());
}

void BenchReports::statementsEachToPdf()
{
    QVERIFY(m_statements);
    const QString folder = m_folder.filePath(QStringLiteral("statements"));
    QElapsedTimer clock;
    clock.start();
    const qint64 processor = processorMilliseconds();
    QVERIFY(reports::ReportPdf::saveEach(*m_statements, folder, m_path).isOk());
    qInfo("statements to a PDF each: %lld ms (%lld ms of processor); peak so far %lld MB", clock.elapsed(),
          processorMilliseconds() - processor, peakMegabytes());
}

int main(int argc, char* argv[])
{
    // As the program does (src/cli/main.cpp, src/app/main.cpp), so that the figures are the program's.
    formats::keepFreedMemoryForReuse();
    QGuiApplication application(argc, argv);
    BenchReports bench;
    return QTest::qExec(&bench, argc, argv);
}

#include "BenchReports.moc"
