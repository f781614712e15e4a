#include "CliTestCase.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

// `report statement` and `report certificate` on the approved allocation fixture (CliTestCase):
//   1001 (Founding council) holds 250 shares from 2024-01-10; 1002 (Employee) 10 from 2024-02-01 and 5
//   more from 2024-10-01; 1003 (Community) none, ceased 2024-06-30. Charges on 2024-06-01: 1001 £200.00,
//   1002 £100.00. The allocation of 2024/25, approved at the AGM on 2025-06-20, gave 1001 £12.50 of
//   interest (12 shares bought, 50 pence paid) and a £6.67 rebate, and 1002 62 pence of interest paid and
//   a £3.33 rebate.
// In JSON every member is in each table; on paper each member has a page of its own, read back by
// pdftotext.
class TestCliMemberReports : public CliTestCase
{
    Q_OBJECT

private Q_SLOTS:
    void statementsOfTheYearOfTheAllocation();
    void statementsOfTheYearBefore();
    void statementOfOneMember();
    void statementsOnPaperAMemberAPage();
    void statementsAFileEach();
    void aFileEachIsRefusedWhereItCannotBe();
    void certificatesOfTheHolders();
    void certificatesOnPaperOneAPage();

private:
    QHash<QString, QJsonObject> tablesOf(const QStringList& arguments) const;
    // The rows of a table whose "number" is `number`.
    static QList<QJsonObject> rowsOf(const QJsonObject& table, const QString& number);
};

QHash<QString, QJsonObject> TestCliMemberReports::tablesOf(const QStringList& arguments) const
{
    QHash<QString, QJsonObject> tables;
    for (const QJsonValue& table : reportJson(arguments).value(u"tables").toArray())
        tables.insert(table.toObject().value(u"name").toString(), table.toObject());
    return tables;
}

QList<QJsonObject> TestCliMemberReports::rowsOf(const QJsonObject& table, const QString& number)
{
    QList<QJsonObject> rows;
    for (const QJsonValue& row : table.value(u"rows").toArray()) {
        if (row.toObject().value(u"number").toString() == number)
            rows.append(row.toObject());
    }
    return rows;
}

// 2025/26: the interest and rebates approved on 2025-06-20, and the 12 shares they bought.
void TestCliMemberReports::statementsOfTheYearOfTheAllocation()
{
    const QString file = createApprovedAllocationFixture();
    QVERIFY(!file.isEmpty());
    const auto tables = tablesOf({ u"report"_s, file, u"statement"_s, u"--year"_s, u"2025"_s });
    QCOMPARE(tables.size(), 4);
    const QJsonObject summary = tables.value(u"statements"_s);
    // 1003 ceased before the year: no statement.
    QCOMPARE(summary.value(u"rows").toArray().size(), 2);
    QVERIFY(rowsOf(summary, u"1003"_s).isEmpty());
    const QJsonObject council = rowsOf(summary, u"1001"_s).value(0);
    QCOMPARE(council.value(u"opening_shares").toInteger(), 250);
    QCOMPARE(council.value(u"opening").toInteger(), 25'000);
    QCOMPARE(council.value(u"closing_shares").toInteger(), 250 + 12);
    QCOMPARE(council.value(u"closing").toInteger(), 26'200);
    QCOMPARE(council.value(u"interest").toInteger(), 1'250);
    QCOMPARE(council.value(u"rebates").toInteger(), 667);
    QCOMPARE(council.value(u"contributions").toInteger(), 0);
    const QJsonObject employee = rowsOf(summary, u"1002"_s).value(0);
    QCOMPARE(employee.value(u"opening_shares").toInteger(), 10 + 5);
    QCOMPARE(employee.value(u"closing_shares").toInteger(), 15);
    QCOMPARE(employee.value(u"interest").toInteger(), 62);
    QCOMPARE(employee.value(u"rebates").toInteger(), 333);
    // The one movement: 1001's interest capitalised on the day of the meeting.
    const QJsonArray movements = tables.value(u"movements"_s).value(u"rows").toArray();
    QCOMPARE(movements.size(), 1);
    const QJsonObject bought = movements.at(0).toObject();
    QCOMPARE(bought.value(u"number").toString(), u"1001"_s);
    QCOMPARE(bought.value(u"date").toString(), u"2025-06-20"_s);
    QCOMPARE(bought.value(u"shares").toInteger(), 12);
    QCOMPARE(bought.value(u"amount").toInteger(), 1'200);
    // Opening + movements = closing, over every member: 25,000 + 1,500 + 1,200 = 27,700.
    QCOMPARE(summary.value(u"totals").toObject().value(u"opening").toInteger()
                 + tables.value(u"movements"_s).value(u"totals").toObject().value(u"amount").toInteger(),
             summary.value(u"totals").toObject().value(u"closing").toInteger());
    QCOMPARE(summary.value(u"totals").toObject().value(u"closing").toInteger(), 27'700);
    const QList<QJsonObject> parts = rowsOf(tables.value(u"allocations"_s), u"1001"_s);
    QCOMPARE(parts.size(), 1);
    QCOMPARE(parts.at(0).value(u"year").toString(), u"2024/25"_s);
    QCOMPARE(parts.at(0).value(u"shares_bought").toInteger(), 12);
    QCOMPARE(parts.at(0).value(u"interest_paid").toInteger(), 50);
}

// 2024/25: 1002's 5 more shares, the charges contributed, and 1003 until it ceased; no interest yet.
void TestCliMemberReports::statementsOfTheYearBefore()
{
    const QString file = createApprovedAllocationFixture();
    QVERIFY(!file.isEmpty());
    const auto tables = tablesOf({ u"report"_s, file, u"statement"_s, u"--year"_s, u"2024"_s });
    const QJsonObject summary = tables.value(u"statements"_s);
    QCOMPARE(summary.value(u"rows").toArray().size(), 3);
    const QJsonObject employee = rowsOf(summary, u"1002"_s).value(0);
    QCOMPARE(employee.value(u"opening_shares").toInteger(), 10);
    QCOMPARE(employee.value(u"closing_shares").toInteger(), 15);
    QCOMPARE(employee.value(u"interest").toInteger(), 0);
    QCOMPARE(employee.value(u"contributions").toInteger(), 10'000);
    QCOMPARE(rowsOf(summary, u"1001"_s).value(0).value(u"contributions").toInteger(), 20'000);
    QCOMPARE(rowsOf(summary, u"1003"_s).value(0).value(u"closing").toInteger(), 0);
    const QList<QJsonObject> bought = rowsOf(tables.value(u"movements"_s), u"1002"_s);
    QCOMPARE(bought.size(), 1);
    QCOMPARE(bought.at(0).value(u"date").toString(), u"2024-10-01"_s);
    QCOMPARE(bought.at(0).value(u"shares").toInteger(), 5);
    QVERIFY(tables.value(u"allocations"_s).value(u"rows").toArray().isEmpty());
    // The charges are contributions of their kind; share capital is left to the movements.
    const QList<QJsonObject> paid = rowsOf(tables.value(u"contributions"_s), u"1001"_s);
    QCOMPARE(paid.size(), 1);
    QCOMPARE(paid.at(0).value(u"amount").toInteger(), 20'000);
}

void TestCliMemberReports::statementOfOneMember()
{
    const QString file = createApprovedAllocationFixture();
    QVERIFY(!file.isEmpty());
    const auto tables
        = tablesOf({ u"report"_s, file, u"statement"_s, u"--year"_s, u"2025"_s, u"--member"_s, u"1002"_s });
    const QJsonArray rows = tables.value(u"statements"_s).value(u"rows").toArray();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.at(0).toObject().value(u"number").toString(), u"1002"_s);
    QVERIFY(tables.value(u"movements"_s).value(u"rows").toArray().isEmpty());
    QCOMPARE(tables.value(u"allocations"_s).value(u"rows").toArray().size(), 1);
}

void TestCliMemberReports::statementsOnPaperAMemberAPage()
{
    const QString file = createApprovedAllocationFixture();
    QVERIFY(!file.isEmpty());
    const QString pdf = path(u"statements.pdf"_s);
    const CliRun run = cli({ u"report"_s, file, u"statement"_s, u"--year"_s, u"2025"_s, u"--format"_s,
                             u"pdf"_s, u"--output"_s, pdf });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QStringList pages = pdfPages(pdf);
    QCOMPARE(pages.size(), 2);
    const QString council = pages.at(0);
    QVERIFY2(council.contains(u"Statement for 1001 · Anytown Council"_s), qPrintable(council));
    QVERIFY(council.contains(u"1 High Street, Anytown"_s));
    QVERIFY(council.contains(u"250 shares (£250.00) at the start of the year and 262 shares (£262.00)"_s));
    QVERIFY(council.contains(u"Shares bought"_s));
    QVERIFY(council.contains(u"£12.50"_s));
    QVERIFY(!council.contains(u"1002"_s));
    const QString employee = pages.at(1);
    QVERIFY2(employee.contains(u"Statement for 1002 · Alice Example"_s), qPrintable(employee));
    QVERIFY(employee.contains(u"Your share capital did not move in the year."_s));
    // Each page under the mutual's name and the report's, and numbered.
    for (qsizetype index = 0; index < pages.size(); ++index) {
        QVERIFY(pages.at(index).contains(u"Shire Digital Mutual"_s));
        QVERIFY(pages.at(index).contains(u"Page %1 of 2"_s.arg(index + 1)));
    }
}

void TestCliMemberReports::statementsAFileEach()
{
    const QString file = createApprovedAllocationFixture();
    QVERIFY(!file.isEmpty());
    const QString folder = path(u"statements"_s);
    const CliRun run = cli({ u"report"_s, file, u"statement"_s, u"--year"_s, u"2025"_s, u"--format"_s,
                             u"pdf"_s, u"--each"_s, u"--output"_s, folder });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(u"2 files"_s), qPrintable(run.out));
    // The two statements of the one PDF, a file each, named after the member; nothing else is left.
    QCOMPARE(QDir(folder).entryList(QDir::Files),
             QStringList({ u"statement-1001.pdf"_s, u"statement-1002.pdf"_s }));
    QCOMPARE(QDir(path(QString())).entryList({ u".statements*"_s }, QDir::Dirs | QDir::Hidden),
             QStringList());
    const QStringList council = pdfPages(QDir(folder).filePath(u"statement-1001.pdf"_s));
    QCOMPARE(council.size(), 1);
    QVERIFY2(council.constFirst().contains(u"Statement for 1001 · Anytown Council"_s),
             qPrintable(council.constFirst()));
    QVERIFY(council.constFirst().contains(u"Page 1 of 1"_s));
    QVERIFY(!council.constFirst().contains(u"1002"_s));
    const QStringList employee = pdfPages(QDir(folder).filePath(u"statement-1002.pdf"_s));
    QCOMPARE(employee.size(), 1);
    QVERIFY(employee.constFirst().contains(u"Statement for 1002 · Alice Example"_s));
}

void TestCliMemberReports::aFileEachIsRefusedWhereItCannotBe()
{
    const QString file = createFixture();
    QVERIFY(!file.isEmpty());
    // Not for a spreadsheet, nor for a report that is not a member's.
    const CliRun csv = cli({ u"report"_s, file, u"certificate"_s, u"--format"_s, u"csv"_s, u"--each"_s,
                             u"--output"_s, path(u"each-csv"_s) });
    QCOMPARE(csv.exitCode, 2);
    QVERIFY2(csv.err.contains(u"--each writes PDF files"_s), qPrintable(csv.err));
    const CliRun registerEach = cli({ u"report"_s, file, u"register"_s, u"--format"_s, u"pdf"_s, u"--each"_s,
                                      u"--output"_s, path(u"each-register"_s) });
    QCOMPARE(registerEach.exitCode, 2);
    // A folder that is there already is left as it was, even with --force.
    const QString folder = path(u"kept"_s);
    QVERIFY(QDir().mkpath(folder));
    QFile mine(QDir(folder).filePath(u"certificate-1001-20250331.pdf"_s));
    QVERIFY(mine.open(QIODevice::WriteOnly));
    mine.write("mine");
    mine.close();
    const CliRun kept = cli({ u"report"_s, file, u"certificate"_s, u"--as-of"_s, u"2025-03-31"_s,
                              u"--format"_s, u"pdf"_s, u"--each"_s, u"--force"_s, u"--output"_s, folder });
    QCOMPARE(kept.exitCode, 1);
    QVERIFY2(kept.err.contains(u"already exists"_s), qPrintable(kept.err));
    QCOMPARE(QDir(folder).entryList(QDir::Files), QStringList({ u"certificate-1001-20250331.pdf"_s }));
    QVERIFY(mine.open(QIODevice::ReadOnly));
    QCOMPARE(mine.read(16), QByteArray("mine"));
}

void TestCliMemberReports::certificatesOfTheHolders()
{
    const QString file = createFixture();
    QVERIFY(!file.isEmpty());
    const QJsonObject report
        = reportJson({ u"report"_s, file, u"certificate"_s, u"--as-of"_s, u"2025-03-31"_s });
    QCOMPARE(report.value(u"period").toObject().value(u"as_of").toString(), u"2025-03-31"_s);
    const QJsonObject table = report.value(u"tables").toArray().at(0).toObject();
    const QJsonArray rows = table.value(u"rows").toArray();
    // 1003 holds nothing: no certificate.
    QCOMPARE(rows.size(), 2);
    const QJsonObject council = rows.at(0).toObject();
    QCOMPARE(council.value(u"certificate").toString(), u"1001-20250331"_s);
    QCOMPARE(council.value(u"shares").toInteger(), 250);
    QCOMPARE(council.value(u"paid").toInteger(), 25'000);
    QCOMPARE(rows.at(1).toObject().value(u"shares").toInteger(), 10);
    // The certificates add up to the holdings.
    const QJsonObject holdings = json({ u"holdings"_s, file, u"--as-of"_s, u"2025-03-31"_s, u"--json"_s });
    QCOMPARE(table.value(u"totals").toObject().value(u"shares").toInteger(),
             holdings.value(u"total").toObject().value(u"shares").toInteger());
    QCOMPARE(table.value(u"totals").toObject().value(u"paid").toInteger(),
             holdings.value(u"total").toObject().value(u"amount").toInteger());
}

void TestCliMemberReports::certificatesOnPaperOneAPage()
{
    const QString file = createFixture();
    QVERIFY(!file.isEmpty());
    const QString pdf = path(u"certificates.pdf"_s);
    const CliRun run = cli({ u"report"_s, file, u"certificate"_s, u"--as-of"_s, u"2025-03-31"_s,
                             u"--format"_s, u"pdf"_s, u"--output"_s, pdf });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QStringList pages = pdfPages(pdf);
    QCOMPARE(pages.size(), 2);
    // pdftotext -layout breaks the paragraph where the page does: read it as one line.
    const QString council = pages.at(0).simplified();
    QVERIFY2(council.contains(u"Share certificate 1001-20250331"_s), qPrintable(council));
    QVERIFY2(
        council.contains(u"This is to certify that Anytown Council, of 1 High Street, Anytown, member 1001, "
                         u"is the registered holder of 250 shares of £1.00 each in Shire Digital Mutual, on "
                         u"which £250.00 has been paid"_s),
        qPrintable(council));
    QVERIFY(council.contains(u"Secretary"_s));
    QVERIFY2(pages.at(1).simplified().contains(u"holder of 10 shares of £1.00 each"_s),
             qPrintable(pages.at(1)));
}

QTEST_MAIN(TestCliMemberReports)
#include "TestCliMemberReports.moc"
