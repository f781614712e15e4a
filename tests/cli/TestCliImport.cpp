#include "CliTestCase.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

// Last year's register as a spreadsheet saves it: its own order of columns, a quoted address over two
// lines, a member who has since ceased.
const QByteArray registerCsv = "name,number,kind,class,email,address,admitted,ceased\n"
                               "Anytown Council,1001,organisation,Founding council,clerk@anytown.example,"
                               "\"Town Hall\nAnytown\",2019-04-01,\n"
                               "Alice Example,1002,individual,Employee,,,2019-05-01,\n"
                               "Bob Example,1003,individual,Community,,,2019-05-01,2024-06-30\n"
                               "Carol Example,1004,individual,Community,carol@example.org,,2020-01-15,\n";

// Its ledger: 1001 subscribes 500 and transfers 50 to 1002; 1002 subscribes 20; 1003 subscribes 5
// and withdraws them as it ceases; 1004 subscribes 15 and forfeits 3.
const QByteArray ledgerCsv = "date,member,kind,shares,amount,counterparty,reference\n"
                             "2019-04-01,1001,subscription,500,500.00,,Minute 1\n"
                             "2019-05-01,1002,subscription,20,20.00,,\n"
                             "2019-05-01,1003,subscription,5,,,\n"
                             "2020-01-15,1004,subscription,15,15.00,,\n"
                             "2021-09-01,1001,transfer,50,50.00,1002,Board 2021/9\n"
                             "2023-02-01,1004,forfeiture,3,,,\n"
                             "2024-06-30,1003,withdrawal,5,5.00,,\n";

} // namespace

class TestCliImport : public CliTestCase
{
    Q_OBJECT

private Q_SLOTS:
    void registerAndLedgerAreImported();
    void anExcelWorkbookIsImported();
    void everyProblemIsOnStandardError();
    void problemsAsJson();
    void dryRunRecordsNothing();
    void badArguments_data();
    void badArguments();

private:
    QString emptyMutual() const;
};

QString TestCliImport::emptyMutual() const
{
    const QString file = path(u"imported.mutual"_s);
    const CliRun init = cli({ u"init"_s, file, u"--name"_s, u"Shire Digital Mutual"_s });
    return init.exitCode == 0 ? file : QString();
}

void TestCliImport::registerAndLedgerAreImported()
{
    const QString file = emptyMutual();
    QVERIFY(!file.isEmpty());
    const CliRun members
        = cli({ u"import"_s, file, u"members"_s, writeFile(u"register.csv"_s, registerCsv) });
    QCOMPARE(members.exitCode, 0);
    QCOMPARE(members.out, u"4 members imported.\n"_s);
    const CliRun shares = cli({ u"import"_s, file, u"shares"_s, writeFile(u"ledger.csv"_s, ledgerCsv) });
    QVERIFY2(shares.exitCode == 0, qPrintable(shares.err));
    QCOMPARE(shares.out, u"7 rows of the share ledger imported.\n"_s);

    // 1001: 500 - 50 = 450; 1002: 20 + 50 = 70; 1003: 5 - 5 = 0; 1004: 15 - 3 = 12; in all 532 shares
    // at £1.00, £532.00.
    const QJsonObject holdings = json({ u"holdings"_s, file, u"--as-of"_s, u"2025-12-31"_s, u"--json"_s });
    QCOMPARE(holdingOf(holdings, u"1001"_s).value(u"shares").toInteger(), 450);
    QCOMPARE(holdingOf(holdings, u"1002"_s).value(u"shares").toInteger(), 70);
    QVERIFY(holdingOf(holdings, u"1003"_s).isEmpty());
    QCOMPARE(holdingOf(holdings, u"1004"_s).value(u"amount").toInteger(), 1200);
    QCOMPARE(holdings.value(u"total").toObject().value(u"shares").toInteger(), 532);
    QCOMPARE(holdings.value(u"total").toObject().value(u"amount").toInteger(), 53200);

    // The statutory register shows the imported members with their addresses and holdings, and
    // totals that agree with the ledger.
    const QJsonObject report
        = reportJson({ u"report"_s, file, u"register"_s, u"--as-of"_s, u"2025-12-31"_s });
    const QJsonObject table = report.value(u"tables").toArray().first().toObject();
    QCOMPARE(table.value(u"rows").toArray().size(), 4);
    QCOMPARE(table.value(u"rows").toArray().first().toObject().value(u"address").toString(),
             u"Town Hall\nAnytown"_s);
    QCOMPARE(table.value(u"totals").toObject().value(u"shares").toInteger(), 532);
    QCOMPARE(table.value(u"totals").toObject().value(u"paid").toInteger(), 53200);
}

void TestCliImport::anExcelWorkbookIsImported()
{
    // tests/data/xlsx/make.py: dates as date cells, a member number typed as a number, amounts as
    // numbers with a currency format, a blank row, empty cells at the ends of rows.
    const QString file = emptyMutual();
    QVERIFY(!file.isEmpty());
    const QString data = QStringLiteral(MUTUALISE_TEST_DATA "/xlsx/");
    const CliRun members = cli({ u"import"_s, file, u"members"_s, data + u"register.xlsx"_s });
    QVERIFY2(members.exitCode == 0, qPrintable(members.err));
    QCOMPARE(members.out, u"3 members imported.\n"_s);
    const QJsonArray listed = json({ u"members"_s, file, u"--json"_s }).value(u"members").toArray();
    QCOMPARE(listed.size(), 3);
    QJsonObject first;
    for (const QJsonValue& member : listed) {
        if (member.toObject().value(u"number").toString() == u"M1"_s)
            first = member.toObject();
    }
    QCOMPARE(first.value(u"name").toString(), u"Ada \"Ace\" Jones, OBE"_s);
    QCOMPARE(first.value(u"admitted").toString(), u"2025-03-31"_s);

    const CliRun shares = cli({ u"import"_s, file, u"shares"_s, data + u"ledger.xlsx"_s });
    QVERIFY2(shares.exitCode == 0, qPrintable(shares.err));
    QCOMPARE(shares.out, u"3 rows of the share ledger imported.\n"_s);
    // M1: 30 - 10 = 20; 1002: 100 + 10 = 110; in all 130 shares at £1.00.
    const QJsonObject holdings = json({ u"holdings"_s, file, u"--as-of"_s, u"2025-12-31"_s, u"--json"_s });
    QCOMPARE(holdingOf(holdings, u"M1"_s).value(u"shares").toInteger(), 20);
    QCOMPARE(holdingOf(holdings, u"1002"_s).value(u"amount").toInteger(), 11000);
    QCOMPARE(holdings.value(u"total").toObject().value(u"amount").toInteger(), 13000);

    // A damaged workbook is refused with the file named, and the mutual is left as it was.
    const QByteArray digest = fileDigest(file);
    const CliRun damaged
        = cli({ u"import"_s, file, u"shares"_s, writeFile(u"cut.xlsx"_s, "PK\x03\x04 cut short"_ba) });
    QCOMPARE(damaged.exitCode, 1);
    QVERIFY2(damaged.err.contains(u"cut.xlsx cannot be read as a spreadsheet"_s), qPrintable(damaged.err));
    QCOMPARE(fileDigest(file), digest);
}

void TestCliImport::everyProblemIsOnStandardError()
{
    const QString file = emptyMutual();
    QVERIFY(cli({ u"import"_s, file, u"members"_s, writeFile(u"register.csv"_s, registerCsv) }).exitCode
            == 0);
    const QByteArray digest = fileDigest(file);
    const QString csv = writeFile(u"bad.csv"_s,
                                  "date,member,kind,shares,amount\n"
                                  "2019-04-01,1001,subscription,500,\n"
                                  "2019-04-02,1009,subscription,5,\n"
                                  "2019-04-03,1001,subscription,5,7.00\n"
                                  "2019-13-01,1001,subscription,5,\n"
                                  "2019-05-02,1002,withdrawal,1,\n");
    const CliRun run = cli({ u"import"_s, file, u"shares"_s, csv });
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.out.isEmpty());
    const QStringList lines = run.err.trimmed().split(u'\n');
    QCOMPARE(lines.first(), u"Nothing was imported: the file has 4 problems."_s);
    QCOMPARE(lines.size(), 5);
    QVERIFY(lines.at(1).startsWith(u"row 3, column member: there is no member 1009"_s));
    QVERIFY(
        lines.at(2).startsWith(u"row 4, column amount: 5 shares at £1.00 each come to £5.00, not £7.00."_s));
    QVERIFY(lines.at(3).startsWith(u"row 5, column date: “2019-13-01” is not a date"_s));
    QVERIFY(lines.at(4).startsWith(u"row 6, column shares: "_s));
    QVERIFY(lines.at(4).endsWith(u"(holding-below-zero)"_s));
    QCOMPARE(fileDigest(file), digest);
}

void TestCliImport::problemsAsJson()
{
    const QString file = emptyMutual();
    const QString csv = writeFile(u"bad.csv"_s,
                                  "number,name,kind,class,admitted\n"
                                  "7,Ann,individual,Community,2020-01-01\n"
                                  "7,Ben,individual,Community,2020-01-01\n");
    const CliRun run = cli({ u"import"_s, file, u"members"_s, csv, u"--json"_s });
    QCOMPARE(run.exitCode, 1);
    const QJsonObject report = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(report.value(u"ok").toBool(), false);
    QCOMPARE(report.value(u"import").toString(), u"members"_s);
    QCOMPARE(report.value(u"recorded").toInteger(), 0);
    const QJsonArray problems = report.value(u"problems").toArray();
    QCOMPARE(problems.size(), 1);
    QCOMPARE(report.value(u"problem_count").toInteger(), 1);
    QCOMPARE(problems.first().toObject().value(u"row").toInteger(), 3);
    QCOMPARE(problems.first().toObject().value(u"column").toString(), u"number"_s);
    QCOMPARE(problems.first().toObject().value(u"rule").toString(), u"duplicate-number"_s);

    const CliRun good
        = cli({ u"import"_s, file, u"members"_s, writeFile(u"good.csv"_s, registerCsv), u"--json"_s });
    QCOMPARE(good.exitCode, 0);
    const QJsonObject done = QJsonDocument::fromJson(good.out.toUtf8()).object();
    QCOMPARE(done.value(u"ok").toBool(), true);
    QCOMPARE(done.value(u"recorded").toInteger(), 4);
    QCOMPARE(done.value(u"problems").toArray().size(), 0);
}

void TestCliImport::dryRunRecordsNothing()
{
    const QString file = emptyMutual();
    const QByteArray digest = fileDigest(file);
    const CliRun run
        = cli({ u"import"_s, file, u"members"_s, writeFile(u"register.csv"_s, registerCsv), u"--dry-run"_s });
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, u"4 members would be imported; nothing was recorded (dry run).\n"_s);
    QCOMPARE(fileDigest(file), digest);
    const QJsonObject members = json({ u"members"_s, file, u"--json"_s });
    QCOMPARE(members.value(u"members").toArray().size(), 0);
}

void TestCliImport::badArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");

    QTest::newRow("unknown kind of import")
        << QStringList { mutualFileArgument, u"people"_s, u"register.csv"_s } << 2
        << u"“people” is not something to import"_s;
    QTest::newRow("missing file") << QStringList { mutualFileArgument, u"shares"_s, u"nowhere.csv"_s } << 1
                                  << u"nowhere.csv"_s;
    QTest::newRow("no file to import") << QStringList { mutualFileArgument, u"shares"_s } << 2 << u"FILE"_s;
}

void TestCliImport::badArguments()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const QString file = emptyMutual();
    writeFile(u"register.csv"_s, registerCsv);
    const QByteArray digest = fileDigest(file);
    arguments.replace(0, file);
    const CliRun run = cli(QStringList { u"import"_s } + arguments);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QCOMPARE(fileDigest(file), digest);
}

QTEST_GUILESS_MAIN(TestCliImport)
#include "TestCliImport.moc"
