#include "CliTestCase.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

// `report contributions` and `report grants` on the demonstration mutual: their rows checked against what
// `contributions --json`, `members --json` and `projects --json` say, not against the report's writers.
class TestCliMoneyReports : public CliTestCase
{
    Q_OBJECT

private Q_SLOTS:
    void contributionsAgreeWithTheTotals_data();
    void contributionsAgreeWithTheTotals();
    void contributionsOfOneClass();
    void grantsAgreeWithTheFund();
    void savingsAgreeWithTheRecords();
    void allocationsAndGrantsAgreeWithTheFund();
    void savingsOfOneMember();
    void savingsCsvIsAnArchiveReadByPython();
    void grantsPublishedAs360Giving();
    void openDataRefusals_data();
    void openDataRefusals();
    void annualOfTheFixture();
    void annualAgreesWithTheLedgers();
    void refusals_data();
    void refusals();

private:
    QString demo();
    // A table's rows by the text in their first column.
    static QHash<QString, QJsonObject> rowsByFirstColumn(const QJsonObject& table);
    // The one table of a report written as JSON.
    QJsonObject reportTable(const QStringList& arguments) const;
    // The report's tables by name.
    QHash<QString, QJsonObject> reportTables(const QStringList& arguments) const;
};

// A demonstration mutual of 120 members and four years, made in the test's own folder.
QString TestCliMoneyReports::demo()
{
    const QString file = path(u"demo.mutual"_s);
    if (QFile::exists(file))
        return file;
    const CliRun run = cli(
        { u"demo"_s, file, u"--members"_s, u"120"_s, u"--years"_s, u"4"_s, u"--until"_s, u"2026-03-31"_s });
    return run.exitCode == 0 ? file : QString();
}

QJsonObject TestCliMoneyReports::reportTable(const QStringList& arguments) const
{
    return reportJson(arguments).value(u"tables").toArray().at(0).toObject();
}

QHash<QString, QJsonObject> TestCliMoneyReports::reportTables(const QStringList& arguments) const
{
    QHash<QString, QJsonObject> tables;
    for (const QJsonValue& table : reportJson(arguments).value(u"tables").toArray())
        tables.insert(table.toObject().value(u"name").toString(), table.toObject());
    return tables;
}

void TestCliMoneyReports::contributionsAgreeWithTheTotals_data()
{
    QTest::addColumn<QString>("grouping");
    QTest::addColumn<QString>("keyColumn");
    QTest::newRow("member") << u"member"_s << u"member"_s;
    QTest::newRow("class") << u"class"_s << u"class"_s;
    QTest::newRow("quarter") << u"quarter"_s << u"quarter"_s;
    QTest::newRow("year") << u"year"_s << u"year"_s;
}

void TestCliMoneyReports::contributionsAgreeWithTheTotals()
{
    QFETCH(QString, grouping);
    QFETCH(QString, keyColumn);
    const QString file = demo();
    QVERIFY(!file.isEmpty());
    const QStringList period {
        u"--from"_s, u"2024-04-01"_s, u"--to"_s, u"2026-03-31"_s, u"--by"_s, grouping
    };
    const QJsonObject table = reportTable(QStringList { u"report"_s, file, u"contributions"_s } + period);
    const QJsonObject totals = json(QStringList { u"contributions"_s, file, u"--json"_s } + period);
    const QJsonArray expected = totals.value(u"rows").toArray();
    const QJsonArray rows = table.value(u"rows").toArray();
    QVERIFY(!expected.isEmpty());
    QCOMPARE(rows.size(), expected.size());
    // Row by row: the same key, each kind's amount and the total; a kind the row lacks shows 0.
    for (qsizetype index = 0; index < rows.size(); ++index) {
        const QJsonObject row = rows.at(index).toObject();
        const QJsonObject want = expected.at(index).toObject();
        // A year is a number in `contributions --json`, a text (its key) in the report.
        QCOMPARE(row.value(keyColumn).toString(), want.value(u"key").toVariant().toString());
        QCOMPARE(row.value(u"total").toInteger(), want.value(u"amount").toInteger());
        const QJsonObject kinds = want.value(u"kinds").toObject();
        qint64 sum = 0;
        for (auto kind = kinds.constBegin(); kind != kinds.constEnd(); ++kind) {
            QCOMPARE(row.value(kind.key()).toInteger(), kind.value().toInteger());
            sum += kind.value().toInteger();
        }
        QCOMPARE(sum, row.value(u"total").toInteger());
    }
    // The totals under the table are those of the whole period, kind by kind.
    const QJsonObject tableTotals = table.value(u"totals").toObject();
    const QJsonObject kinds = totals.value(u"kinds").toObject();
    for (auto kind = kinds.constBegin(); kind != kinds.constEnd(); ++kind)
        QCOMPARE(tableTotals.value(kind.key()).toInteger(), kind.value().toInteger());
    QCOMPARE(tableTotals.value(u"total").toInteger(), totals.value(u"total").toInteger());
}

void TestCliMoneyReports::contributionsOfOneClass()
{
    const QString file = demo();
    QVERIFY(!file.isEmpty());
    const QStringList period { u"--from"_s, u"2024-04-01"_s, u"--to"_s, u"2026-03-31"_s };
    // The Employee class's members, each in its own row, add up to the class's row of the report by class.
    const QJsonObject byClass
        = reportTable(QStringList { u"report"_s, file, u"contributions"_s, u"--by"_s, u"class"_s } + period);
    qint64 classTotal = -1;
    for (const QJsonValue& row : byClass.value(u"rows").toArray()) {
        if (row.toObject().value(u"class").toString() == u"Employee"_s)
            classTotal = row.toObject().value(u"total").toInteger();
    }
    QVERIFY(classTotal > 0);
    const QJsonObject employees = reportTable(
        QStringList { u"report"_s, file, u"contributions"_s, u"--class"_s, u"Employee"_s } + period);
    QCOMPARE(employees.value(u"totals").toObject().value(u"total").toInteger(), classTotal);
    const QJsonObject members = json({ u"members"_s, file, u"--json"_s });
    for (const QJsonValue& row : employees.value(u"rows").toArray()) {
        const QJsonObject member = memberNumbered(members, row.toObject().value(u"member").toString());
        QCOMPARE(member.value(u"class").toString(), u"Employee"_s);
    }
    // One member: one row, that member's.
    const QString number = employees.value(u"rows").toArray().at(0).toObject().value(u"member").toString();
    const QJsonObject one
        = reportTable(QStringList { u"report"_s, file, u"contributions"_s, u"--member"_s, number } + period);
    QCOMPARE(one.value(u"rows").toArray().size(), 1);
    QCOMPARE(one.value(u"rows").toArray().at(0).toObject().value(u"member").toString(), number);
}

void TestCliMoneyReports::grantsAgreeWithTheFund()
{
    const QString file = demo();
    QVERIFY(!file.isEmpty());
    const QJsonObject all = reportTable(
        { u"report"_s, file, u"grants"_s, u"--from"_s, u"2000-01-01"_s, u"--to"_s, u"2026-03-31"_s });
    const QJsonObject projects = json({ u"projects"_s, file, u"--json"_s });
    const QJsonArray rows = all.value(u"rows").toArray();
    QVERIFY(!rows.isEmpty());
    // Every grant ever made: their total is what the fund has granted.
    QCOMPARE(all.value(u"totals").toObject().value(u"amount").toInteger(),
             projects.value(u"fund").toObject().value(u"granted").toInteger());
    qint64 sum = 0;
    for (const QJsonValue& row : rows) {
        const QJsonObject grant = row.toObject();
        sum += grant.value(u"amount").toInteger();
        QVERIFY(!grant.value(u"project").toString().isEmpty());
        QVERIFY(!grant.value(u"recipient").toString().isEmpty());
        QVERIFY(!grant.value(u"approved_by").toString().isEmpty());
    }
    QCOMPARE(sum, all.value(u"totals").toObject().value(u"amount").toInteger());
    // A period holds only the grants dated in it.
    const QString firstDate = rows.at(0).toObject().value(u"date").toString();
    const QJsonObject firstDay
        = reportTable({ u"report"_s, file, u"grants"_s, u"--from"_s, firstDate, u"--to"_s, firstDate });
    QVERIFY(firstDay.value(u"rows").toArray().size() >= 1);
    for (const QJsonValue& row : firstDay.value(u"rows").toArray())
        QCOMPARE(row.toObject().value(u"date").toString(), firstDate);
}

void TestCliMoneyReports::savingsAgreeWithTheRecords()
{
    const QString file = demo();
    QVERIFY(!file.isEmpty());
    // The financial year 2025/26: the savings whose periods start in it.
    const auto tables = reportTables(
        { u"report"_s, file, u"savings"_s, u"--from"_s, u"2025-04-01"_s, u"--to"_s, u"2026-03-31"_s });
    QCOMPARE(tables.keys().size(), 5);
    // By service: row for row what `savings --by service --year 2025` adds up.
    const QJsonArray expected
        = json({ u"savings"_s, file, u"--by"_s, u"service"_s, u"--year"_s, u"2025"_s, u"--json"_s })
              .value(u"rows")
              .toArray();
    const QJsonArray byService = tables.value(u"savings_by_service"_s).value(u"rows").toArray();
    QVERIFY(!expected.isEmpty());
    QCOMPARE(byService.size(), expected.size());
    for (qsizetype index = 0; index < expected.size(); ++index) {
        const QJsonObject row = byService.at(index).toObject();
        const QJsonObject want = expected.at(index).toObject();
        QCOMPARE(row.value(u"service").toString(), want.value(u"key").toString());
        for (const QString& figure : { u"baseline"_s, u"actual"_s, u"saving"_s })
            QCOMPARE(row.value(figure).toInteger(), want.value(figure).toInteger());
    }
    // By member and service: each line's saving is its cost alone less its cost through the mutual, and
    // each member's lines add up to what `savings --by member --year 2025` says of it.
    QHash<QString, qint64> savedByMember;
    for (const QJsonValue& value : tables.value(u"savings"_s).value(u"rows").toArray()) {
        const QJsonObject row = value.toObject();
        QCOMPARE(row.value(u"saving").toInteger(),
                 row.value(u"baseline").toInteger() - row.value(u"actual").toInteger());
        savedByMember[row.value(u"number").toString()] += row.value(u"saving").toInteger();
    }
    const QJsonArray members
        = json({ u"savings"_s, file, u"--by"_s, u"member"_s, u"--year"_s, u"2025"_s, u"--json"_s })
              .value(u"rows")
              .toArray();
    QCOMPARE(savedByMember.size(), members.size());
    for (const QJsonValue& member : members) {
        QCOMPARE(savedByMember.value(member.toObject().value(u"key").toString()),
                 member.toObject().value(u"saving").toInteger());
    }
    QCOMPARE(tables.value(u"savings"_s).value(u"totals").toObject().value(u"saving").toInteger(),
             tables.value(u"savings_by_service"_s).value(u"totals").toObject().value(u"saving").toInteger());
}

void TestCliMoneyReports::allocationsAndGrantsAgreeWithTheFund()
{
    const QString file = demo();
    QVERIFY(!file.isEmpty());
    // Every year there has been.
    const auto tables = reportTables(
        { u"report"_s, file, u"savings"_s, u"--from"_s, u"2000-01-01"_s, u"--to"_s, u"2026-12-31"_s });
    const QJsonArray allocations = tables.value(u"allocations"_s).value(u"rows").toArray();
    QVERIFY(!allocations.isEmpty());
    // Each year's surplus is what went to reserves, interest, rebates and the fund.
    for (const QJsonValue& value : allocations) {
        const QJsonObject year = value.toObject();
        QCOMPARE(year.value(u"surplus").toInteger(),
                 year.value(u"reserves").toInteger() + year.value(u"interest").toInteger()
                     + year.value(u"rebates").toInteger() + year.value(u"fund").toInteger());
        QVERIFY(!year.value(u"resolution").toString().isEmpty());
    }
    // What the allocations put in the fund is what it has granted and what it holds.
    const QJsonObject fund = json({ u"projects"_s, file, u"--json"_s }).value(u"fund").toObject();
    QCOMPARE(tables.value(u"allocations"_s).value(u"totals").toObject().value(u"fund").toInteger(),
             fund.value(u"granted").toInteger() + fund.value(u"balance").toInteger());
    // The grants by category and by project each add up to every grant made, and count each once.
    const QJsonObject grants = reportTable(
        { u"report"_s, file, u"grants"_s, u"--from"_s, u"2000-01-01"_s, u"--to"_s, u"2026-12-31"_s });
    for (const QString& name : { u"grants_by_category"_s, u"grants_by_project"_s }) {
        const QJsonObject totals = tables.value(name).value(u"totals").toObject();
        QCOMPARE(totals.value(u"amount").toInteger(), fund.value(u"granted").toInteger());
        QCOMPARE(totals.value(u"grants").toInteger(), grants.value(u"rows").toArray().size());
    }
}

void TestCliMoneyReports::savingsOfOneMember()
{
    const QString file = demo();
    QVERIFY(!file.isEmpty());
    const QStringList period { u"--from"_s, u"2025-04-01"_s, u"--to"_s, u"2026-03-31"_s };
    const QJsonArray all = reportTables(QStringList { u"report"_s, file, u"savings"_s } + period)
                               .value(u"savings"_s)
                               .value(u"rows")
                               .toArray();
    QVERIFY(!all.isEmpty());
    const QString number = all.at(0).toObject().value(u"number").toString();
    qint64 saved = 0;
    for (const QJsonValue& row : all) {
        if (row.toObject().value(u"number").toString() == number)
            saved += row.toObject().value(u"saving").toInteger();
    }
    // Only that member's savings: the mutual's allocations and grants are not a member's.
    const auto tables
        = reportTables(QStringList { u"report"_s, file, u"savings"_s, u"--member"_s, number } + period);
    QCOMPARE(tables.size(), 2);
    QVERIFY(tables.contains(u"savings"_s) && tables.contains(u"savings_by_service"_s));
    for (const QJsonValue& row : tables.value(u"savings"_s).value(u"rows").toArray())
        QCOMPARE(row.toObject().value(u"number").toString(), number);
    QCOMPARE(tables.value(u"savings"_s).value(u"totals").toObject().value(u"saving").toInteger(), saved);
}

void TestCliMoneyReports::savingsCsvIsAnArchiveReadByPython()
{
    const QString file = demo();
    QVERIFY(!file.isEmpty());
    const QStringList period { u"--from"_s, u"2025-04-01"_s, u"--to"_s, u"2026-03-31"_s };
    const auto tables = reportTables(QStringList { u"report"_s, file, u"savings"_s } + period);
    const QString archive = path(u"savings.zip"_s);
    const CliRun run = cli(QStringList { u"report"_s, file, u"savings"_s, u"--format"_s, u"csv"_s, u"--bom"_s,
                                         u"--output"_s, archive }
                           + period);
    QCOMPARE(run.exitCode, 0);
    // Python's zipfile checks every entry's CRC; each CSV's money column is summed in pence with
    // Decimal, never in floating point.
    const QJsonObject read = runPython(u"import csv, decimal, io, json, sys, zipfile\n"
                                       "archive = zipfile.ZipFile(sys.argv[1])\n"
                                       "assert archive.testzip() is None\n"
                                       "found = {}\n"
                                       "for name in archive.namelist():\n"
                                       "    text = archive.read(name).decode('utf-8')\n"
                                       "    assert text.startswith('\\ufeff')\n"
                                       "    reader = csv.DictReader(io.StringIO(text[1:], newline=''))\n"
                                       "    rows = list(reader)\n"
                                       "    column = 'saving' if 'saving' in reader.fieldnames else None\n"
                                       "    pence = sum(int(decimal.Decimal(r[column]) * 100) for r in rows) "
                                       "if column else None\n"
                                       "    found[name] = {'rows': len(rows), 'saving': pence}\n"
                                       "print(json.dumps(found))\n"_s,
                                       archive)
                                 .object();
    QCOMPARE(read.keys(),
             QStringList({ u"allocations.csv"_s, u"grants_by_category.csv"_s, u"grants_by_project.csv"_s,
                           u"savings.csv"_s, u"savings_by_service.csv"_s }));
    for (auto table = tables.cbegin(); table != tables.cend(); ++table) {
        const QJsonObject csv = read.value(table.key() + u".csv"_s).toObject();
        QCOMPARE(csv.value(u"rows").toInteger(), table->value(u"rows").toArray().size());
    }
    const qint64 saved = tables.value(u"savings"_s).value(u"totals").toObject().value(u"saving").toInteger();
    QVERIFY(saved != 0);
    QCOMPARE(read.value(u"savings.csv").toObject().value(u"saving").toInteger(), saved);
    QCOMPARE(read.value(u"savings_by_service.csv").toObject().value(u"saving").toInteger(), saved);

    // A name that does not end .zip is refused before anything is written.
    const QString single = path(u"savings.csv"_s);
    const CliRun refused
        = cli(QStringList { u"report"_s, file, u"savings"_s, u"--format"_s, u"csv"_s, u"--output"_s, single }
              + period);
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains(u"has 5 tables"_s), qPrintable(refused.err));
    QVERIFY(!QFile::exists(single));
}

void TestCliMoneyReports::grantsPublishedAs360Giving()
{
    const QString file = demo();
    QVERIFY(!file.isEmpty());
    const QStringList period { u"--from"_s, u"2000-01-01"_s, u"--to"_s, u"2026-03-31"_s };
    const QString output = path(u"grants.json"_s);
    const CliRun run = cli(
        QStringList { u"report"_s, file, u"grants"_s, u"--format"_s, u"360giving"_s, u"--output"_s, output }
        + period);
    QCOMPARE(run.exitCode, 0);
    // The standard's own schema, offline, with every date-time checked.
    const QJsonObject validated
        = runPython(u"import runpy, sys\n"
                    "sys.argv = ['validate.py', sys.argv[1]]\n"
                    "runpy.run_path('%1/360giving/validate.py', run_name='__main__')\n"_s.arg(
                        QStringLiteral(MUTUALISE_TEST_DATA)),
                    output)
              .object();
    QVERIFY2(validated.value(u"valid").toBool(),
             QJsonDocument(validated.value(u"errors").toArray()).toJson().constData());
    // Each amount read as an exact decimal, in pence; the ids, funder and recipients as published.
    const QJsonArray grants
        = runPython(
              u"import decimal, json, sys\n"
              "grants = json.load(open(sys.argv[1]), parse_float=decimal.Decimal)['grants']\n"
              "print(json.dumps([{'id': g['id'], 'pence': int(decimal.Decimal(g['amountAwarded']) * 100),\n"
              "    'date': g['awardDate'], 'funder': g['fundingOrganization'][0]['id'],\n"
              "    'recipient': g['recipientOrganization'][0]['name']} for g in grants]))\n"_s,
              output)
              .array();
    const QJsonArray rows
        = reportTable(QStringList { u"report"_s, file, u"grants"_s } + period).value(u"rows").toArray();
    QVERIFY(!rows.isEmpty());
    QCOMPARE(grants.size(), rows.size());
    QSet<QString> ids;
    qint64 pence = 0;
    for (qsizetype index = 0; index < grants.size(); ++index) {
        const QJsonObject grant = grants.at(index).toObject();
        const QJsonObject row = rows.at(index).toObject();
        QVERIFY2(grant.value(u"id").toString().startsWith(u"360G-northerndigital-"),
                 qPrintable(grant.value(u"id").toString()));
        ids.insert(grant.value(u"id").toString());
        // A registered society is named by its number in the Mutuals Public Register.
        QCOMPARE(grant.value(u"funder").toString(), u"GB-MPR-RS008412"_s);
        QCOMPARE(grant.value(u"pence").toInteger(), row.value(u"amount").toInteger());
        QCOMPARE(grant.value(u"date").toString(), row.value(u"date").toString());
        QCOMPARE(grant.value(u"recipient").toString(), row.value(u"recipient").toString());
        pence += grant.value(u"pence").toInteger();
    }
    QCOMPARE(ids.size(), grants.size());
    QCOMPARE(
        pence,
        json({ u"projects"_s, file, u"--json"_s }).value(u"fund").toObject().value(u"granted").toInteger());
}

void TestCliMoneyReports::openDataRefusals_data()
{
    QTest::addColumn<bool>("isDemo");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("not the grants") << true << QStringList { u"register"_s } << 2
                                    << u"use it with the report “grants”"_s;
    QTest::newRow("no grants in the period")
        << true << QStringList { u"grants"_s, u"--from"_s, u"2001-01-01"_s, u"--to"_s, u"2001-12-31"_s } << 1
        << u"No grants were paid from"_s;
    // The fixture is made by init without --grant-prefix.
    QTest::newRow("no prefix") << false << QStringList { u"grants"_s } << 1 << u"no 360Giving prefix"_s;
}

void TestCliMoneyReports::openDataRefusals()
{
    QFETCH(bool, isDemo);
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const QString file = isDemo ? demo() : createFixture();
    QVERIFY(!file.isEmpty());
    const QByteArray before = fileDigest(file);
    const QString output = path(u"grants.json"_s);
    const CliRun run = cli(QStringList { u"report"_s, file } + arguments
                           + QStringList { u"--format"_s, u"360giving"_s, u"--output"_s, output });
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY(!QFile::exists(output));
    QCOMPARE(fileDigest(file), before);
}

void TestCliMoneyReports::refusals_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("grants of a member")
        << QStringList { u"grants"_s, u"--member"_s, u"1001"_s } << u"is not of members"_s;
    QTest::newRow("register grouped")
        << QStringList { u"register"_s, u"--by"_s, u"class"_s } << u"not grouped"_s;
    QTest::newRow("grants grouped") << QStringList { u"grants"_s, u"--by"_s, u"class"_s } << u"not grouped"_s;
    QTest::newRow("unknown grouping") << QStringList { u"contributions"_s, u"--by"_s, u"week"_s }
                                      << u"--by is member, class, month, quarter or year"_s;
}

void TestCliMoneyReports::refusals()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const QString file = createFixture();
    QVERIFY(!file.isEmpty());
    const QString problem = reportRefusal(file, arguments, 2, message);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

QHash<QString, QJsonObject> TestCliMoneyReports::rowsByFirstColumn(const QJsonObject& table)
{
    const QString key = table.value(u"columns").toArray().at(0).toObject().value(u"key").toString();
    QHash<QString, QJsonObject> rows;
    for (const QJsonValue& row : table.value(u"rows").toArray())
        rows.insert(row.toObject().value(key).toString(), row.toObject());
    return rows;
}

// The fixture's members: 1001 (Founding council) admitted 2024-01-10 with 250 shares, 1002 (Employee)
// 2024-02-01 with 10, 1003 (Community) 2024-02-01 with none, ceased 2024-06-30. The financial year
// 2023 runs from 2023-04-01 to 2024-03-31 and 2024 from 2024-04-01 to 2025-03-31.
void TestCliMoneyReports::annualOfTheFixture()
{
    const QString file = createFixture();
    QVERIFY(!file.isEmpty());
    const QHash<QString, QJsonObject> first
        = reportTables({ u"report"_s, file, u"annual"_s, u"--year"_s, u"2023"_s });
    QCOMPARE(first.size(), 5);
    // 2023: all three admitted, none ceased.
    QHash<QString, QJsonObject> membership = rowsByFirstColumn(first.value(u"membership"_s));
    for (const QString& name : { u"Founding council"_s, u"Employee"_s, u"Community"_s }) {
        const QJsonObject row = membership.value(name);
        QCOMPARE(row.value(u"at_start").toInteger(), 0);
        QCOMPARE(row.value(u"admitted").toInteger(), 1);
        QCOMPARE(row.value(u"ceased").toInteger(), 0);
        QCOMPARE(row.value(u"at_end").toInteger(), 1);
    }
    // The council subscribed £250.00 and the employee £10.00, from nothing.
    QHash<QString, QJsonObject> capital = rowsByFirstColumn(first.value(u"capital"_s));
    QCOMPARE(capital.value(u"Founding council"_s).value(u"opening").toInteger(), 0);
    QCOMPARE(capital.value(u"Founding council"_s).value(u"subscriptions").toInteger(), 25'000);
    QCOMPARE(capital.value(u"Founding council"_s).value(u"closing").toInteger(), 25'000);
    QCOMPARE(capital.value(u"Employee"_s).value(u"closing").toInteger(), 1'000);

    const QJsonObject report = reportJson({ u"report"_s, file, u"annual"_s, u"--year"_s, u"2024"_s });
    QCOMPARE(report.value(u"period").toObject().value(u"from").toString(), u"2024-04-01"_s);
    QCOMPARE(report.value(u"period").toObject().value(u"to").toString(), u"2025-03-31"_s);
    QHash<QString, QJsonObject> second;
    for (const QJsonValue& table : report.value(u"tables").toArray())
        second.insert(table.toObject().value(u"name").toString(), table.toObject());
    // 2024: the community member ceased on 2024-06-30; 3 at the start + 0 admitted - 1 ceased = 2.
    membership = rowsByFirstColumn(second.value(u"membership"_s));
    QCOMPARE(membership.value(u"Community"_s).value(u"at_start").toInteger(), 1);
    QCOMPARE(membership.value(u"Community"_s).value(u"ceased").toInteger(), 1);
    QCOMPARE(membership.value(u"Community"_s).value(u"at_end").toInteger(), 0);
    const QJsonObject totals = second.value(u"membership"_s).value(u"totals").toObject();
    QCOMPARE(totals.value(u"at_start").toInteger(), 3);
    QCOMPARE(totals.value(u"admitted").toInteger(), 0);
    QCOMPARE(totals.value(u"ceased").toInteger(), 1);
    QCOMPARE(totals.value(u"at_end").toInteger(), 3 + 0 - 1);
    // Capital unmoved: £250.00 + £10.00 from the start to the end, as the holdings say.
    capital = rowsByFirstColumn(second.value(u"capital"_s));
    QCOMPARE(capital.value(u"Founding council"_s).value(u"opening").toInteger(), 25'000);
    QCOMPARE(capital.value(u"Founding council"_s).value(u"subscriptions").toInteger(), 0);
    const QJsonObject holdings = json({ u"holdings"_s, file, u"--as-of"_s, u"2025-03-31"_s, u"--json"_s });
    QCOMPARE(second.value(u"capital"_s).value(u"totals").toObject().value(u"closing").toInteger(),
             holdings.value(u"total").toObject().value(u"amount").toInteger());
    QCOMPARE(holdings.value(u"total").toObject().value(u"amount").toInteger(), 25'000 + 1'000);
    // Nothing allocated, saved or granted.
    for (const QString& table : { u"surplus"_s, u"savings_by_service"_s, u"grants_by_category"_s })
        QVERIFY2(second.value(table).value(u"rows").toArray().isEmpty(), qPrintable(table));
}

// On the demonstration mutual: the membership at each end of the year is the register's members that
// had not ceased, the capital opens and closes on the holdings, and the surplus is the year's allocation.
void TestCliMoneyReports::annualAgreesWithTheLedgers()
{
    const QString file = demo();
    QVERIFY(!file.isEmpty());
    const QHash<QString, QJsonObject> annual
        = reportTables({ u"report"_s, file, u"annual"_s, u"--year"_s, u"2024"_s });
    const auto membersOn = [this, &file](const QString& day) {
        qint64 members = 0;
        const QJsonObject table = reportTable({ u"report"_s, file, u"register"_s, u"--as-of"_s, day });
        for (const QJsonValue& row : table.value(u"rows").toArray())
            members += row.toObject().value(u"ceased").isNull() ? 1 : 0;
        return members;
    };
    const QJsonObject membership = annual.value(u"membership"_s).value(u"totals").toObject();
    QCOMPARE(membership.value(u"at_start").toInteger(), membersOn(u"2024-03-31"_s));
    QCOMPARE(membership.value(u"at_end").toInteger(), membersOn(u"2025-03-31"_s));
    QCOMPARE(membership.value(u"at_start").toInteger() + membership.value(u"admitted").toInteger()
                 - membership.value(u"ceased").toInteger(),
             membership.value(u"at_end").toInteger());
    const QJsonObject capital = annual.value(u"capital"_s).value(u"totals").toObject();
    const auto amountOn = [this, &file](const QString& day) {
        const QJsonObject holdings = json({ u"holdings"_s, file, u"--as-of"_s, day, u"--json"_s });
        return holdings.value(u"total").toObject().value(u"amount").toInteger();
    };
    QCOMPARE(capital.value(u"opening").toInteger(), amountOn(u"2024-03-31"_s));
    QCOMPARE(capital.value(u"closing").toInteger(), amountOn(u"2025-03-31"_s));
    const QJsonArray surplus = annual.value(u"surplus"_s).value(u"rows").toArray();
    QCOMPARE(surplus.size(), 1);
    const QJsonObject allocation = reportTable({ u"report"_s, file, u"allocation"_s, u"--year"_s, u"2024"_s })
                                       .value(u"rows")
                                       .toArray()
                                       .at(0)
                                       .toObject();
    for (const char* key : { "year", "surplus", "reserves", "interest", "rebates", "fund", "approved" })
        QCOMPARE(surplus.at(0).toObject().value(QLatin1String(key)), allocation.value(QLatin1String(key)));
    // The savings and grants are those of the savings report for the same year.
    const QHash<QString, QJsonObject> savings = reportTables(
        { u"report"_s, file, u"savings"_s, u"--from"_s, u"2024-04-01"_s, u"--to"_s, u"2025-03-31"_s });
    QCOMPARE(annual.value(u"savings_by_service"_s).value(u"totals"),
             savings.value(u"savings_by_service"_s).value(u"totals"));
    QCOMPARE(annual.value(u"grants_by_category"_s).value(u"rows"),
             savings.value(u"grants_by_category"_s).value(u"rows"));
    QVERIFY(!annual.value(u"savings_by_service"_s).value(u"rows").toArray().isEmpty());
}

QTEST_MAIN(TestCliMoneyReports)

#include "TestCliMoneyReports.moc"
