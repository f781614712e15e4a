#include "CliTestCase.h"
#include "reports/ReportPdf.h"
#include "reports/ReportXlsx.h"
#include "reports/Reports.h"
#include "storage/MutualFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace mutualise;

// `report --format pdf`: any report on paper, read back by poppler's pdftotext and pdfinfo, and its
// figures checked against `holdings` and `members`, not against the writer.
class TestCliReportPdf : public CliTestCase
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyMemberOnceAndHeadingsOnEveryPage();
    void totalsEqualTheHoldings();
    void longTextIsWrappedNotCut();
    void paperIsA4OrLetter();
    void cancelledWritesNothing();
    void refusals_data();
    void refusals();

private:
    // The demonstration mutual: some 240 members, several pages of the register.
    QString demoFile();

    QString m_demo;
};

void TestCliReportPdf::initTestCase()
{
    QVERIFY2(!QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty(),
             "pdftotext is missing: install poppler-utils");
}

QString TestCliReportPdf::demoFile()
{
    const QString file = path(u"demo.mutual"_s);
    const CliRun run = cli(
        { u"demo"_s, file, u"--members"_s, u"240"_s, u"--years"_s, u"3"_s, u"--until"_s, u"2025-03-31"_s });
    return run.exitCode == 0 ? file : QString();
}

void TestCliReportPdf::everyMemberOnceAndHeadingsOnEveryPage()
{
    const QString file = demoFile();
    QVERIFY(!file.isEmpty());
    const QString pdf = path(u"register.pdf"_s);
    const CliRun run = cli({ u"report"_s, file, u"register"_s, u"--as-of"_s, u"2025-03-31"_s, u"--format"_s,
                             u"pdf"_s, u"--output"_s, pdf });
    QCOMPARE(run.exitCode, 0);
    const QStringList pages = pdfPages(pdf);
    QVERIFY2(pages.size() >= 3, qPrintable(u"%1 pages"_s.arg(pages.size())));
    const QString info = poppler(u"pdfinfo"_s, { pdf });
    QVERIFY2(info.contains(u"Pages:"_s + QString(u' ').repeated(11) + QString::number(pages.size())),
             qPrintable(info));
    static const QRegularExpression heading(
        u"^\\s*Number\\s+Name\\s+Address\\s+Email\\s+Class\\s+Shares\\s+Paid\\s+"
        "Admitted\\s+Ceased\\s*$"_s,
        QRegularExpression::MultilineOption);
    for (qsizetype page = 0; page < pages.size(); ++page) {
        // The heading row at the top of every page, and its number of the whole at the foot.
        QVERIFY2(heading.match(pages.at(page)).hasMatch(), qPrintable(u"page %1"_s.arg(page + 1)));
        QVERIFY2(pages.at(page).contains(u"Page %1 of %2"_s.arg(page + 1).arg(pages.size())),
                 qPrintable(pages.at(page)));
    }
    QVERIFY(pages.at(0).contains(u"Register of members"_s));
    QVERIFY(pages.at(0).contains(u"As of"_s));

    // Each member on the register on that day once, not lost or repeated where a page breaks: a row
    // starts with the member's number.
    const QJsonArray rows = reportJson({ u"report"_s, file, u"register"_s, u"--as-of"_s, u"2025-03-31"_s })
                                .value(u"tables")
                                .toArray()
                                .at(0)
                                .toObject()
                                .value(u"rows")
                                .toArray();
    QVERIFY(rows.size() > 100);
    const QString text = pages.join(u'\n');
    for (const QJsonValue& row : rows) {
        const QString number = row.toObject().value(u"number").toString();
        const QRegularExpression starts(u"^\\s*%1\\s"_s.arg(QRegularExpression::escape(number)),
                                        QRegularExpression::MultilineOption);
        qsizetype found = 0;
        for (auto match = starts.globalMatch(text); match.hasNext(); match.next())
            ++found;
        QVERIFY2(found == 1, qPrintable(u"member %1 found %2 times"_s.arg(number).arg(found)));
    }
}

void TestCliReportPdf::totalsEqualTheHoldings()
{
    const QString file = demoFile();
    QVERIFY(!file.isEmpty());
    const QString pdf = path(u"totals.pdf"_s);
    QCOMPARE(cli({ u"report"_s, file, u"register"_s, u"--as-of"_s, u"2025-03-31"_s, u"--format"_s, u"pdf"_s,
                   u"--output"_s, pdf })
                 .exitCode,
             0);
    const QStringList pages = pdfPages(pdf);
    QVERIFY(!pages.isEmpty());
    // The last page ends with the totals: "Total   12,345   £12,345.00"
    static const QRegularExpression totalLine(u"^\\s*Total\\s+([\\d,]+)\\s+£([\\d,]+)\\.(\\d\\d)\\s*$"_s,
                                              QRegularExpression::MultilineOption);
    const QRegularExpressionMatch total = totalLine.match(pages.constLast());
    QVERIFY2(total.hasMatch(), qPrintable(pages.constLast()));
    const QJsonObject holdings = json({ u"holdings"_s, file, u"--json"_s, u"--as-of"_s, u"2025-03-31"_s });
    const QJsonObject expected = holdings.value(u"total").toObject();
    QCOMPARE(total.captured(1).remove(u','), QString::number(expected.value(u"shares").toInteger()));
    QCOMPARE(total.captured(2).remove(u',') + total.captured(3),
             QString::number(expected.value(u"amount").toInteger()));
    for (qsizetype page = 0; page + 1 < pages.size(); ++page)
        QVERIFY2(!totalLine.match(pages.at(page)).hasMatch(), "the totals are under the last row only");
}

void TestCliReportPdf::longTextIsWrappedNotCut()
{
    const QString file = createFixture();
    QVERIFY(!file.isEmpty());
    // An address of some forty words: every word of it is on the page, none cut off at the column's edge.
    QStringList words;
    for (int word = 1; word <= 40; ++word)
        words.append(u"Lane%1"_s.arg(word));
    QVERIFY(runSteps({ { u"members"_s, u"add"_s, file, u"--number"_s, u"1010"_s, u"--name"_s,
                         u"Pat Longaddress"_s, u"--class"_s, u"Employee"_s, u"--admitted"_s, u"2024-03-01"_s,
                         u"--address"_s, words.join(u' ') } }));
    // Letters drawn straight from the font (Greek, Polish) and letters that must be shaped (a combining
    // diaeresis, caron and acute) come out as they went in.
    const QString greek = u"Ζωή Łukasiewicz"_s;
    const QString combining = u"Zoe\u0308 Dvor\u030Ca\u0301k"_s;
    QVERIFY(runSteps({ { u"members"_s, u"add"_s, file, u"--number"_s, u"1011"_s, u"--name"_s, greek,
                         u"--class"_s, u"Employee"_s, u"--admitted"_s, u"2024-03-01"_s },
                       { u"members"_s, u"add"_s, file, u"--number"_s, u"1012"_s, u"--name"_s, combining,
                         u"--class"_s, u"Employee"_s, u"--admitted"_s, u"2024-03-01"_s } }));
    const QString pdf = path(u"long.pdf"_s);
    QCOMPARE(cli({ u"report"_s, file, u"register"_s, u"--as-of"_s, u"2024-12-31"_s, u"--format"_s, u"pdf"_s,
                   u"--output"_s, pdf })
                 .exitCode,
             0);
    const QString text = pdfPages(pdf).join(u'\n');
    for (const QString& word : std::as_const(words))
        QVERIFY2(text.contains(QRegularExpression(u"\\b%1\\b"_s.arg(word))), qPrintable(word));
    QVERIFY(text.contains(u"Pat Longaddress"_s));
    QVERIFY2(text.contains(greek), qPrintable(text));
    // Read back in NFKC, as poppler gives it: "ë" as one letter.
    QVERIFY2(text.contains(combining.normalized(QString::NormalizationForm_KC)), qPrintable(text));
}

void TestCliReportPdf::paperIsA4OrLetter()
{
    const QString file = createFixture();
    QVERIFY(!file.isEmpty());
    // The share capital statement has ten columns: its pages are turned across (landscape).
    const QString a4 = path(u"a4.pdf"_s);
    QCOMPARE(cli({ u"report"_s, file, u"share-capital"_s, u"--from"_s, u"2024-04-01"_s, u"--to"_s,
                   u"2025-03-31"_s, u"--format"_s, u"pdf"_s, u"--output"_s, a4 })
                 .exitCode,
             0);
    QVERIFY2(poppler(u"pdfinfo"_s, { a4 }).contains(u"842 x 595 pts (A4)"_s),
             qPrintable(poppler(u"pdfinfo"_s, { a4 })));
    const QString letter = path(u"letter.pdf"_s);
    QCOMPARE(
        cli({ u"report"_s, file, u"share-capital"_s, u"--from"_s, u"2024-04-01"_s, u"--to"_s, u"2025-03-31"_s,
              u"--format"_s, u"pdf"_s, u"--paper"_s, u"Letter"_s, u"--output"_s, letter })
            .exitCode,
        0);
    QVERIFY(poppler(u"pdfinfo"_s, { letter }).contains(u"792 x 612 pts (letter)"_s));
    const QString text = pdfPages(letter).join(u'\n');
    QVERIFY(text.contains(u"Share capital statement"_s));
    QVERIFY(text.contains(u"Shire Digital Mutual"_s));
}

void TestCliReportPdf::cancelledWritesNothing()
{
    const QString file = createFixture();
    QVERIFY(!file.isEmpty());
    auto mutual = storage::MutualFile::openForReading(file, u"test"_s);
    QVERIFY(mutual);
    reports::ReportRequest request;
    request.asOf = QDate(2024, 12, 31);
    const auto report = reports::Reports::build(**mutual, u"register"_s, request);
    QVERIFY(report);
    // Stopped when told how far it has gone: no file, and nothing half-written left beside it.
    qint64 told = 0;
    const reports::Progress stop = [&told](qint64 done, qint64 total) {
        told = total;
        return done < 0;
    };
    const QString pdf = path(u"stopped.pdf"_s);
    const domain::Outcome printed = reports::ReportPdf::save(*report, pdf, file, QPageSize::A4, stop);
    QVERIFY(!printed);
    QCOMPARE(printed.error().rule, u"cancelled"_s);
    QCOMPARE(told, 3);
    const QString xlsx = path(u"stopped.xlsx"_s);
    const domain::Outcome written = reports::writeReportXlsx(*report, xlsx, stop);
    QVERIFY(!written);
    QCOMPARE(written.error().rule, u"cancelled"_s);
    QCOMPARE(QDir(folder()).entryList({ u"stopped*"_s, u".stopped*"_s }, QDir::Files | QDir::Hidden),
             QStringList());
    // Let through, the same report is written whole.
    QVERIFY(reports::ReportPdf::save(*report, pdf, file, QPageSize::A4, [](qint64, qint64) { return true; }));
    QVERIFY(QFileInfo(pdf).size() > 1000);
}

void TestCliReportPdf::refusals_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown paper") << QStringList { u"--format"_s, u"pdf"_s, u"--paper"_s, u"a5"_s } << 2
                                   << u"--paper is a4 or letter"_s;
    QTest::newRow("paper for a CSV") << QStringList { u"--format"_s, u"csv"_s, u"--paper"_s, u"a4"_s } << 2
                                     << u"--paper is for a PDF"_s;
}

void TestCliReportPdf::refusals()
{
    QFETCH(QStringList, options);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const QString file = createFixture();
    QVERIFY(!file.isEmpty());
    const QString output = path(u"out"_s);
    const CliRun run = cli(QStringList { u"report"_s, file, u"register"_s, u"--output"_s, output } + options);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY(!QFile::exists(output));
}

QTEST_MAIN(TestCliReportPdf)

#include "TestCliReportPdf.moc"
