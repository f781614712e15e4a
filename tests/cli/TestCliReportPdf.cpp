#include "CliTestCase.h"
#include "reports/PaperChart.h"
#include "reports/ReportPdf.h"
#include "reports/ReportXlsx.h"
#include "reports/Reports.h"
#include "storage/MutualFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
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
    void chartBarsAreTheTablesFigures();
    void moneyLinesFallOnRoundSums_data();
    void moneyLinesFallOnRoundSums();
    void contributionsAndSavingsAreCharted();
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

void TestCliReportPdf::chartBarsAreTheTablesFigures()
{
    // Twenty members, member k paying k pounds of fees and 2k of charges: 15 bars, the largest first.
    reports::ReportTable table;
    table.name = u"contributions"_s;
    table.columns = { { u"member"_s, u"Member"_s, reports::ColumnType::Text, false },
                      { u"fee"_s, u"Fee"_s, reports::ColumnType::Money, true },
                      { u"charge"_s, u"Charge"_s, reports::ColumnType::Money, true },
                      { u"total"_s, u"Total"_s, reports::ColumnType::Money, true } };
    for (qint64 k = 1; k <= 20; ++k)
        table.rows.append({ u"M%1"_s.arg(k), k * 100, 2 * k * 100, 3 * k * 100 });
    const reports::ReportChart chart { u"By member"_s, table.name, 0, { 1, 2 }, 15 };
    const reports::ChartBars bars = reports::PaperChart::bars(table, chart, domain::Currency::gbp());
    QCOMPARE(bars.title, u"By member: the 15 largest of 20"_s);
    QCOMPARE(bars.series, QStringList({ u"Fee"_s, u"Charge"_s }));
    QCOMPARE(bars.labels.size(), 15);
    QCOMPARE(bars.labels.constFirst(), u"M20"_s);
    QCOMPARE(bars.labels.constLast(), u"M6"_s);
    // M20's bar: £20.00 of fees under £40.00 of charges.
    QCOMPARE(bars.values.constFirst(), QList<qint64>({ 2000, 4000 }));
    QCOMPARE(bars.values.constLast(), QList<qint64>({ 600, 1200 }));

    // Without a limit every row is a bar, in the table's order.
    const reports::ChartBars all
        = reports::PaperChart::bars(table, { u"All"_s, table.name, 0, { 3 }, 0 }, domain::Currency::gbp());
    QCOMPARE(all.title, u"All"_s);
    QCOMPARE(all.labels.size(), 20);
    QCOMPARE(all.labels.constFirst(), u"M1"_s);
    QCOMPARE(all.values.at(4), QList<qint64>({ 1500 }));
}

void TestCliReportPdf::moneyLinesFallOnRoundSums_data()
{
    QTest::addColumn<qint64>("largest");
    QTest::addColumn<qint64>("step");
    // £71,439.00 / 8 is £8,929.88: the next round sum is £10,000, so lines at £0 to £80,000.
    QTest::newRow("tens of thousands") << qint64 { 71'439'00 } << qint64 { 10'000'00 };
    // £1,900.00 / 8 is £237.50: £500.
    QTest::newRow("hundreds") << qint64 { 1'900'00 } << qint64 { 500'00 };
    // £4.50 / 8 is 56p: £1.00, even below £5.
    QTest::newRow("pence") << qint64 { 450 } << qint64 { 100 };
    // £3.00 / 8 is 37p: 50p, a step in pence below £5.
    QTest::newRow("below five pounds") << qint64 { 300 } << qint64 { 50 };
    // £7.00 / 8 is 87p: past £5 a line is a whole pound.
    QTest::newRow("whole pounds from five") << qint64 { 700 } << qint64 { 100 };
    QTest::newRow("nothing") << qint64 { 0 } << qint64 { 1 };
}

void TestCliReportPdf::moneyLinesFallOnRoundSums()
{
    QFETCH(qint64, largest);
    QFETCH(qint64, step);
    QCOMPARE(reports::PaperChart::moneyStep(largest, 100), step);
}

void TestCliReportPdf::contributionsAndSavingsAreCharted()
{
    const QString file = demoFile();
    QVERIFY(!file.isEmpty());
    const QString pdf = path(u"contributions.pdf"_s);
    const CliRun run
        = cli({ u"report"_s, file, u"contributions"_s, u"--by"_s, u"month"_s, u"--from"_s, u"2024-04-01"_s,
                u"--to"_s, u"2025-03-31"_s, u"--format"_s, u"pdf"_s, u"--output"_s, pdf });
    QCOMPARE(run.exitCode, 0);
    // The chart is on the first page, above the table, with its title and its key.
    const QStringList pages = pdfPages(pdf);
    QVERIFY(!pages.isEmpty());
    const QString first = pages.constFirst();
    QVERIFY2(first.contains(u"Contributions by month"_s), qPrintable(first));
    QVERIFY(first.indexOf(u"Contributions by month"_s)
            < first.indexOf(u"Month"_s, first.indexOf(u"by month"_s) + 8));
    QVERIFY2(first.contains(u"Share capital"_s), qPrintable(first));
    // Its bars are painted: the first stacked column's blue covers part of the page.
    const QString image = path(u"contributions"_s);
    poppler(u"pdftoppm"_s,
            { u"-r"_s, u"40"_s, u"-f"_s, u"1"_s, u"-l"_s, u"1"_s, u"-png"_s, u"-singlefile"_s, pdf, image });
    const QImage page(image + u".png"_s);
    QVERIFY(!page.isNull());
    qint64 blue = 0;
    for (int y = 0; y < page.height(); ++y) {
        for (int x = 0; x < page.width(); ++x)
            blue += page.pixelColor(x, y) == QColor(0x2f, 0x6f, 0x9f) ? 1 : 0;
    }
    QVERIFY2(blue > 20, qPrintable(u"%1 pixels of the bars' blue"_s.arg(blue)));

    // The savings report charts what each service saved and each category was granted.
    const QString savings = path(u"savings.pdf"_s);
    QCOMPARE(cli({ u"report"_s, file, u"savings"_s, u"--from"_s, u"2024-04-01"_s, u"--to"_s, u"2025-03-31"_s,
                   u"--format"_s, u"pdf"_s, u"--output"_s, savings })
                 .exitCode,
             0);
    const QString text = pdfPages(savings).join(u'\n');
    QVERIFY2(text.contains(u"What each service saved"_s), qPrintable(text));
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
