#include "CliTestCase.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

// `report`: the register and the share capital statement, read back by Python's csv module and as JSON,
// their figures checked against `holdings`, not against the exporter.
//
// The fixture (CliTestCase::createFixture) and these movements; the financial year starts on 1 April:
//   2024-01-10  1001 subscribes 250 shares  +25000      (before the year 2024/25)
//   2024-02-01  1002 subscribes 10          + 1000      (before the year)
//   2024-08-01  1001 transfers 30 to 1002   -3000 / +3000
//   2024-09-01  1002 withdraws 5            - 500
//   2024-10-01  1001 subscribes 40          +4000, reversed on 2024-10-05: -4000
//   2024-11-01  1002 subscribes 20          +2000
// 1003 (Community) holds nothing and ceased on 2024-06-30.
class TestCliReports : public CliTestCase
{
    Q_OBJECT

private Q_SLOTS:
    void listNamesTheReports();
    void registerReadBackByPython();
    void registerOfAnEarlierDay();
    void shareCapitalRowsAddUp();
    void formulasAreNeutralised();
    void byteOrderMarkOnlyWhenAsked();
    void workbookReadBackByOpenpyxl();
    void refusals_data();
    void refusals();

private:
    QString fileWithMovements();
    // The rows of a CSV file as Python's csv module reads them, each a map of column to text.
    QList<QVariantMap> readByPython(const QString& csvPath) const;
};

QString TestCliReports::fileWithMovements()
{
    const QString file = createFixture();
    if (file.isEmpty())
        return {};
    const auto shares = [&file](const QStringList& rest) {
        return QStringList { u"shares"_s, u"add"_s, file } + rest;
    };
    if (!runSteps({ shares({ u"--member"_s, u"1001"_s, u"--kind"_s, u"transfer"_s, u"--to"_s, u"1002"_s,
                             u"--shares"_s, u"30"_s, u"--date"_s, u"2024-08-01"_s }),
                    shares({ u"--member"_s, u"1002"_s, u"--kind"_s, u"withdrawal"_s, u"--shares"_s, u"5"_s,
                             u"--date"_s, u"2024-09-01"_s }) }))
        return {};
    const CliRun subscription = cli(shares({ u"--member"_s, u"1001"_s, u"--kind"_s, u"subscription"_s,
                                             u"--shares"_s, u"40"_s, u"--date"_s, u"2024-10-01"_s }));
    if (subscription.exitCode != 0)
        return {};
    if (!runSteps(
            { { u"shares"_s, u"reverse"_s, file, subscription.out.trimmed(), u"--date"_s, u"2024-10-05"_s },
              shares({ u"--member"_s, u"1002"_s, u"--kind"_s, u"subscription"_s, u"--shares"_s, u"20"_s,
                       u"--date"_s, u"2024-11-01"_s }) }))
        return {};
    return file;
}

QList<QVariantMap> TestCliReports::readByPython(const QString& csvPath) const
{
    const QJsonDocument rows = runPython(u"import csv, json, sys\n"
                                         "with open(sys.argv[1], newline='', encoding='utf-8-sig') as f:\n"
                                         "    print(json.dumps(list(csv.DictReader(f))))\n"_s,
                                         csvPath);
    QList<QVariantMap> found;
    for (const QJsonValue& row : rows.array())
        found.append(row.toObject().toVariantMap());
    return found;
}

void TestCliReports::listNamesTheReports()
{
    const CliRun run = cli({ u"report"_s, u"--list"_s });
    QCOMPARE(run.exitCode, 0);
    const QStringList lines = run.out.trimmed().split(u'\n');
    QCOMPARE(lines.size(), 10);
    QVERIFY2(lines.at(0).startsWith(u"register\tThe statutory register"), qPrintable(lines.at(0)));
    QVERIFY2(lines.at(1).startsWith(u"share-capital\t"), qPrintable(lines.at(1)));
    QVERIFY2(lines.at(2).startsWith(u"contributions\t"), qPrintable(lines.at(2)));
    QVERIFY2(lines.at(3).startsWith(u"savings\t"), qPrintable(lines.at(3)));
    QVERIFY2(lines.at(4).startsWith(u"allocation\t"), qPrintable(lines.at(4)));
    QVERIFY2(lines.at(5).startsWith(u"votes\t"), qPrintable(lines.at(5)));
    QVERIFY2(lines.at(6).startsWith(u"annual\t"), qPrintable(lines.at(6)));
    QVERIFY2(lines.at(7).startsWith(u"statement\t"), qPrintable(lines.at(7)));
    QVERIFY2(lines.at(8).startsWith(u"certificate\t"), qPrintable(lines.at(8)));
    QVERIFY2(lines.at(9).startsWith(u"grants\t"), qPrintable(lines.at(9)));
}

void TestCliReports::registerReadBackByPython()
{
    const QString file = fileWithMovements();
    QVERIFY(!file.isEmpty());
    const QString csv = path(u"register.csv"_s);
    const CliRun run = cli({ u"report"_s, file, u"register"_s, u"--as-of"_s, u"2024-12-31"_s, u"--format"_s,
                             u"csv"_s, u"--output"_s, csv });
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(u": 3 row"), qPrintable(run.out));
    const QList<QVariantMap> rows = readByPython(csv);
    QCOMPARE(rows.size(), 3);
    // 1001: 250 - 30 = 220 shares, £220.00; the address holds a comma, which the quoting keeps.
    QCOMPARE(rows.at(0).value(u"number"_s).toString(), u"1001"_s);
    QCOMPARE(rows.at(0).value(u"address"_s).toString(), u"1 High Street, Anytown"_s);
    QCOMPARE(rows.at(0).value(u"email"_s).toString(), u"clerk@anytown.example"_s);
    QCOMPARE(rows.at(0).value(u"class"_s).toString(), u"Founding council"_s);
    QCOMPARE(rows.at(0).value(u"shares"_s).toString(), u"220"_s);
    QCOMPARE(rows.at(0).value(u"paid"_s).toString(), u"220.00"_s);
    QCOMPARE(rows.at(0).value(u"admitted"_s).toString(), u"2024-01-10"_s);
    QCOMPARE(rows.at(0).value(u"ceased"_s).toString(), QString());
    // 1002: 10 + 30 - 5 + 20 = 55 shares, £55.00
    QCOMPARE(rows.at(1).value(u"shares"_s).toString(), u"55"_s);
    QCOMPARE(rows.at(1).value(u"paid"_s).toString(), u"55.00"_s);
    // 1003: nothing held, ceased on 2024-06-30 and still on the register with the date
    QCOMPARE(rows.at(2).value(u"shares"_s).toString(), u"0"_s);
    QCOMPARE(rows.at(2).value(u"ceased"_s).toString(), u"2024-06-30"_s);

    // The totals equal what `holdings` reports for the same day: 220 + 55 = 275 shares, 27500p.
    const QJsonObject report
        = reportJson({ u"report"_s, file, u"register"_s, u"--as-of"_s, u"2024-12-31"_s });
    const QJsonObject holdings = json({ u"holdings"_s, file, u"--json"_s, u"--as-of"_s, u"2024-12-31"_s });
    const QJsonObject table = report.value(u"tables").toArray().at(0).toObject();
    const QJsonObject totals = table.value(u"totals").toObject();
    QCOMPARE(totals.value(u"shares").toInteger(), 275);
    QCOMPARE(totals.value(u"paid").toInteger(), 27500);
    QCOMPARE(totals.value(u"shares").toInteger(),
             holdings.value(u"total").toObject().value(u"shares").toInteger());
    QCOMPARE(totals.value(u"paid").toInteger(),
             holdings.value(u"total").toObject().value(u"amount").toInteger());
    // The title block
    QCOMPARE(report.value(u"report").toString(), u"register"_s);
    QCOMPARE(report.value(u"mutual").toObject().value(u"name").toString(), u"Shire Digital Mutual"_s);
    QCOMPARE(report.value(u"period").toObject().value(u"as_of").toString(), u"2024-12-31"_s);
    QCOMPARE(report.value(u"currency").toString(), u"GBP"_s);
    QVERIFY(QDateTime::fromString(report.value(u"produced").toString(), Qt::ISODate).isValid());
    const QJsonArray columns = table.value(u"columns").toArray();
    QCOMPARE(columns.size(), 9);
    QCOMPARE(columns.at(6).toObject().value(u"type").toString(), u"money"_s);
    QCOMPARE(columns.at(7).toObject().value(u"type").toString(), u"date"_s);
    QCOMPARE(table.value(u"rows").toArray().at(1).toObject().value(u"paid").toInteger(), 5500);
}

void TestCliReports::registerOfAnEarlierDay()
{
    const QString file = fileWithMovements();
    QVERIFY(!file.isEmpty());
    // On 2024-01-31 only 1001 had been admitted (1002 and 1003 on 2024-02-01), holding 250 shares.
    const QJsonObject january
        = reportJson({ u"report"_s, file, u"register"_s, u"--as-of"_s, u"2024-01-31"_s });
    const QJsonArray rows = january.value(u"tables").toArray().at(0).toObject().value(u"rows").toArray();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.at(0).toObject().value(u"shares").toInteger(), 250);
    // On 2024-06-01 1003 had not yet ceased: no date.
    const QJsonObject june = reportJson(
        { u"report"_s, file, u"register"_s, u"--as-of"_s, u"2024-06-01"_s, u"--member"_s, u"1003"_s });
    const QJsonArray one = june.value(u"tables").toArray().at(0).toObject().value(u"rows").toArray();
    QCOMPARE(one.size(), 1);
    QVERIFY(one.at(0).toObject().value(u"ceased").isNull());
    // Only the Employee class: 1002
    const QJsonObject employees = reportJson(
        { u"report"_s, file, u"register"_s, u"--as-of"_s, u"2024-12-31"_s, u"--class"_s, u"employee"_s });
    const QJsonArray employeeRows
        = employees.value(u"tables").toArray().at(0).toObject().value(u"rows").toArray();
    QCOMPARE(employeeRows.size(), 1);
    QCOMPARE(employeeRows.at(0).toObject().value(u"number").toString(), u"1002"_s);
}

void TestCliReports::shareCapitalRowsAddUp()
{
    const QString file = fileWithMovements();
    QVERIFY(!file.isEmpty());
    const QString csv = path(u"capital.csv"_s);
    QCOMPARE(cli({ u"report"_s, file, u"share-capital"_s, u"--from"_s, u"2024-04-01"_s, u"--to"_s,
                   u"2025-03-31"_s, u"--format"_s, u"csv"_s, u"--output"_s, csv })
                 .exitCode,
             0);
    const QList<QVariantMap> rows = readByPython(csv);
    QCOMPARE(rows.size(), 2); // 1003 never held a share
    // 1001: opening 250.00; 40 subscribed and reversed: 0; 30 transferred out: 30.00; closing 220.00
    //   250.00 + 0 + 0 - 30.00 - 0 + 0 = 220.00
    const QVariantMap council = rows.at(0);
    QCOMPARE(council.value(u"number"_s).toString(), u"1001"_s);
    QCOMPARE(council.value(u"opening"_s).toString(), u"250.00"_s);
    QCOMPARE(council.value(u"subscriptions"_s).toString(), u"0.00"_s);
    QCOMPARE(council.value(u"transfers_out"_s).toString(), u"30.00"_s);
    QCOMPARE(council.value(u"closing"_s).toString(), u"220.00"_s);
    // 1002: opening 10.00 + subscriptions 20.00 + transfers in 30.00 - withdrawals 5.00 = closing 55.00
    const QVariantMap employee = rows.at(1);
    QCOMPARE(employee.value(u"opening"_s).toString(), u"10.00"_s);
    QCOMPARE(employee.value(u"subscriptions"_s).toString(), u"20.00"_s);
    QCOMPARE(employee.value(u"transfers_in"_s).toString(), u"30.00"_s);
    QCOMPARE(employee.value(u"withdrawals"_s).toString(), u"5.00"_s);
    QCOMPARE(employee.value(u"other"_s).toString(), u"0.00"_s);
    QCOMPARE(employee.value(u"closing"_s).toString(), u"55.00"_s);

    // Every row adds up, and the opening and closing totals are the holdings on the day before the
    // period and on its last day.
    const QJsonObject report = reportJson(
        { u"report"_s, file, u"share-capital"_s, u"--from"_s, u"2024-04-01"_s, u"--to"_s, u"2025-03-31"_s });
    const QJsonObject table = report.value(u"tables").toArray().at(0).toObject();
    for (const QJsonValue& value : table.value(u"rows").toArray()) {
        const QJsonObject row = value.toObject();
        const auto amount
            = [&row](const char16_t* key) { return row.value(QString::fromUtf16(key)).toInteger(); };
        QCOMPARE(amount(u"opening") + amount(u"subscriptions") + amount(u"transfers_in")
                     - amount(u"transfers_out") - amount(u"withdrawals") + amount(u"other"),
                 amount(u"closing"));
    }
    const QJsonObject totals = table.value(u"totals").toObject();
    const QJsonObject before = json({ u"holdings"_s, file, u"--json"_s, u"--as-of"_s, u"2024-03-31"_s });
    const QJsonObject after = json({ u"holdings"_s, file, u"--json"_s, u"--as-of"_s, u"2025-03-31"_s });
    QCOMPARE(totals.value(u"opening").toInteger(), 26000); // 25000 + 1000
    QCOMPARE(totals.value(u"opening").toInteger(),
             before.value(u"total").toObject().value(u"amount").toInteger());
    QCOMPARE(totals.value(u"closing").toInteger(), 27500); // 22000 + 5500
    QCOMPARE(totals.value(u"closing").toInteger(),
             after.value(u"total").toObject().value(u"amount").toInteger());
    QCOMPARE(report.value(u"period").toObject().value(u"from").toString(), u"2024-04-01"_s);
    // Without --from, the period starts with the financial year holding --to: the same figures.
    const QJsonObject defaulted
        = reportJson({ u"report"_s, file, u"share-capital"_s, u"--to"_s, u"2025-03-31"_s });
    QCOMPARE(defaulted.value(u"period").toObject().value(u"from").toString(), u"2024-04-01"_s);
    QCOMPARE(defaulted.value(u"tables").toArray().at(0).toObject().value(u"totals").toObject(), totals);
}

void TestCliReports::formulasAreNeutralised()
{
    const QString file = createFixture();
    QVERIFY(!file.isEmpty());
    QVERIFY(runSteps(
        { { u"members"_s, u"add"_s, file, u"--number"_s, u"2001"_s, u"--name"_s,
            u"=HYPERLINK(\"http://x.example\",\"pay\")"_s, u"--class"_s, u"Community"_s, u"--admitted"_s,
            u"2024-03-01"_s, u"--address"_s, u"@SUM(1+1)"_s, u"--email"_s, u"-2+3@x.example"_s } }));
    const QString csv = path(u"hostile.csv"_s);
    QCOMPARE(cli({ u"report"_s, file, u"register"_s, u"--as-of"_s, u"2024-12-31"_s, u"--member"_s, u"2001"_s,
                   u"--format"_s, u"csv"_s, u"--output"_s, csv })
                 .exitCode,
             0);
    const QList<QVariantMap> rows = readByPython(csv);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.at(0).value(u"name"_s).toString(), u"'=HYPERLINK(\"http://x.example\",\"pay\")"_s);
    QCOMPARE(rows.at(0).value(u"address"_s).toString(), u"'@SUM(1+1)"_s);
    QCOMPARE(rows.at(0).value(u"email"_s).toString(), u"'-2+3@x.example"_s);
    // A number is a number: the holding of nothing is 0.00, not neutralised.
    QCOMPARE(rows.at(0).value(u"paid"_s).toString(), u"0.00"_s);
    // JSON is for scripts: the name as typed.
    const QJsonObject report = reportJson(
        { u"report"_s, file, u"register"_s, u"--as-of"_s, u"2024-12-31"_s, u"--member"_s, u"2001"_s });
    QCOMPARE(
        report.value(u"tables").toArray().at(0).toObject().value(u"rows").toArray().at(0).toObject().value(
            u"name"),
        u"=HYPERLINK(\"http://x.example\",\"pay\")"_s);
}

void TestCliReports::byteOrderMarkOnlyWhenAsked()
{
    const QString file = createFixture();
    QVERIFY(!file.isEmpty());
    const QString plain = path(u"plain.csv"_s);
    const QString marked = path(u"marked.csv"_s);
    const QStringList report { u"report"_s, file, u"register"_s, u"--format"_s, u"csv"_s, u"--output"_s };
    QCOMPARE(cli(report + QStringList { plain }).exitCode, 0);
    QCOMPARE(cli(report + QStringList { marked, u"--bom"_s }).exitCode, 0);
    QFile plainFile(plain);
    QFile markedFile(marked);
    QVERIFY(plainFile.open(QIODevice::ReadOnly));
    QVERIFY(markedFile.open(QIODevice::ReadOnly));
    const QByteArray plainBytes = plainFile.readAll();
    const QByteArray markedBytes = markedFile.readAll();
    QVERIFY(plainBytes.startsWith("number,name,address,email,class,shares,paid,admitted,ceased\r\n"));
    QCOMPARE(markedBytes, QByteArray("\xEF\xBB\xBF") + plainBytes);
    QCOMPARE(readByPython(marked), readByPython(plain));
}

void TestCliReports::workbookReadBackByOpenpyxl()
{
    const QString file = fileWithMovements();
    QVERIFY(!file.isEmpty());
    const QString xlsx = path(u"register.xlsx"_s);
    QCOMPARE(cli({ u"report"_s, file, u"register"_s, u"--as-of"_s, u"2024-12-31"_s, u"--format"_s, u"xlsx"_s,
                   u"--output"_s, xlsx })
                 .exitCode,
             0);
    // openpyxl reads each cell's value (the totals' worked-out values with data_only), its type and format.
    const QJsonObject book
        = runPython(
              u"import json, sys, datetime, openpyxl\n"
              "def cells(ws):\n"
              "    return [[{'value': c.value.isoformat() if isinstance(c.value, datetime.datetime) else "
              "c.value,\n"
              "              'type': c.data_type, 'format': c.number_format, 'bold': bool(c.font.b)}\n"
              "             for c in row] for row in ws.iter_rows()]\n"
              "values = openpyxl.load_workbook(sys.argv[1], data_only=True)\n"
              "formulas = openpyxl.load_workbook(sys.argv[1])\n"
              "ws = values.active\n"
              "print(json.dumps({'sheets': values.sheetnames, 'frozen': ws.freeze_panes,\n"
              "                  'title': values.properties.title, 'subject': values.properties.subject,\n"
              "                  'cells': cells(ws),\n"
              "                  'formulas': [c.value for c in formulas.active[ws.max_row]]}))\n"_s,
              xlsx)
              .object();
    QVERIFY2(!book.isEmpty(), "openpyxl could not read the workbook");
    QCOMPARE(book.value(u"sheets").toArray(), QJsonArray { u"members"_s });
    QCOMPARE(book.value(u"frozen").toString(), u"A2"_s);
    QCOMPARE(book.value(u"title").toString(), u"Register of members"_s);
    QCOMPARE(book.value(u"subject").toString(), u"As of 2024-12-31"_s);
    const QJsonArray cells = book.value(u"cells").toArray();
    QCOMPARE(cells.size(), 5); // the header, 1001, 1002, 1003 and the total
    const auto cell = [&cells](int row, int column) { return cells.at(row).toArray().at(column).toObject(); };
    QCOMPARE(cell(0, 0).value(u"value").toString(), u"Number"_s);
    QVERIFY(cell(0, 6).value(u"bold").toBool());
    // 1001: 220 shares as a number, £220.00 as a number in pounds with the pound's format, admitted as a date
    QCOMPARE(cell(1, 0).value(u"value").toString(), u"1001"_s);
    QCOMPARE(cell(1, 5).value(u"type").toString(), u"n"_s);
    QCOMPARE(cell(1, 5).value(u"value").toInteger(), 220);
    QCOMPARE(cell(1, 6).value(u"type").toString(), u"n"_s);
    QCOMPARE(cell(1, 6).value(u"value").toInteger(), 220); // whole pounds: a whole number in the sheet
    QVERIFY2(cell(1, 6).value(u"format").toString().contains(u"£"),
             qPrintable(cell(1, 6).value(u"format").toString()));
    QVERIFY(cell(1, 6).value(u"format").toString().contains(u"0.00"));
    QCOMPARE(cell(1, 7).value(u"value").toString(), u"2024-01-10T00:00:00"_s);
    QCOMPARE(cell(3, 8).value(u"value").toString(), u"2024-06-30T00:00:00"_s); // 1003 ceased
    QVERIFY(cell(2, 8).value(u"value").isNull()); // 1002 has not ceased
    // The total row: 220 + 55 + 0 = 275 shares and £275.00, as SUM formulas over the rows above.
    QCOMPARE(cell(4, 0).value(u"value").toString(), u"Total"_s);
    QCOMPARE(cell(4, 5).value(u"value").toInteger(), 275);
    QCOMPARE(cell(4, 6).value(u"value").toInteger(), 275);
    const QJsonArray formulas = book.value(u"formulas").toArray();
    QCOMPARE(formulas.at(5).toString(), u"=SUM(F2:F4)"_s);
    QCOMPARE(formulas.at(6).toString(), u"=SUM(G2:G4)"_s);
    // Written beside itself and renamed into place: nothing is left over, and the file is readable as
    // any document is. --force replaces it the same way.
    QVERIFY(QFileInfo(xlsx).permissions().testFlag(QFileDevice::ReadOther));
    QCOMPARE(QDir(folder()).entryList({ u"*.part"_s }, QDir::Files | QDir::Hidden), QStringList());
    const QByteArray first = fileDigest(xlsx);
    QCOMPARE(cli({ u"report"_s, file, u"register"_s, u"--as-of"_s, u"2024-01-31"_s, u"--format"_s, u"xlsx"_s,
                   u"--output"_s, xlsx, u"--force"_s })
                 .exitCode,
             0);
    QVERIFY(fileDigest(xlsx) != first);
    QCOMPARE(QDir(folder()).entryList({ u"*.part"_s }, QDir::Files | QDir::Hidden), QStringList());
}

void TestCliReports::refusals_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    const QString out = u"out.csv"_s;
    const QStringList csv { u"--format"_s, u"csv"_s, u"--output"_s, out };
    QTest::newRow("unknown report") << (QStringList { u"report"_s, mutualFileArgument, u"ledger"_s } + csv)
                                    << 2
                                    << u"There is no report “ledger”; the reports are register, "
                                       u"share-capital, contributions, savings, allocation, votes, annual, "
                                       u"statement, certificate, grants."_s;
    QTest::newRow("unknown format") << QStringList {
        u"report"_s, mutualFileArgument, u"register"_s, u"--format"_s, u"docx"_s, u"--output"_s, out
    } << 2 << u"--format is csv, xlsx, pdf, json or 360giving, not “docx”."_s;
    QTest::newRow("no output") << QStringList { u"report"_s, mutualFileArgument, u"register"_s, u"--format"_s,
                                                u"csv"_s }
                               << 2 << u"--output"_s;
    QTest::newRow("period backwards")
        << (QStringList { u"report"_s, mutualFileArgument, u"share-capital"_s, u"--from"_s, u"2025-01-01"_s,
                          u"--to"_s, u"2024-01-01"_s }
            + csv)
        << 2 << u"The period starts on 2025-01-01, after it ends on 2024-01-01."_s;
    QTest::newRow("a day for a period")
        << (QStringList { u"report"_s, mutualFileArgument, u"share-capital"_s, u"--as-of"_s, u"2024-01-01"_s }
            + csv)
        << 2 << u"give --from and --to, not --as-of"_s;
    QTest::newRow("a period for a day")
        << (QStringList { u"report"_s, mutualFileArgument, u"register"_s, u"--from"_s, u"2024-01-01"_s }
            + csv)
        << 2 << u"give --as-of, not --from or --to"_s;
    QTest::newRow("unknown member")
        << (QStringList { u"report"_s, mutualFileArgument, u"register"_s, u"--member"_s, u"9999"_s } + csv)
        << 1 << u"9999"_s;
    QTest::newRow("unknown class")
        << (QStringList { u"report"_s, mutualFileArgument, u"register"_s, u"--class"_s, u"Pirates"_s } + csv)
        << 1 << u"Pirates"_s;
    QTest::newRow("the mutual itself")
        << QStringList { u"report"_s, mutualFileArgument, u"register"_s,      u"--format"_s,
                         u"csv"_s,    u"--output"_s,      mutualFileArgument, u"--force"_s }
        << 1 << u"(output-is-mutual)"_s;
}

void TestCliReports::refusals()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const QString file = createFixture();
    QVERIFY(!file.isEmpty());
    arguments.replaceInStrings(mutualFileArgument, file);
    const QByteArray before = fileDigest(file);
    const CliRun run = cli(arguments);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QCOMPARE(fileDigest(file), before);
    QVERIFY(!QFile::exists(path(u"out.csv"_s)));
}

QTEST_GUILESS_MAIN(TestCliReports)
#include "TestCliReports.moc"
