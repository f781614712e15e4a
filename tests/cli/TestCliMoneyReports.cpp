#include "CliTestCase.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
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
    void refusals_data();
    void refusals();

private:
    QString demo();
    // The one table of a report written as JSON.
    QJsonObject reportTable(const QStringList& arguments) const;
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
    const QString output = path(u"out.json"_s);
    const CliRun run = cli(QStringList { u"report"_s, file } + arguments
                           + QStringList { u"--format"_s, u"json"_s, u"--output"_s, output });
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY(!QFile::exists(output));
}

QTEST_MAIN(TestCliMoneyReports)

#include "TestCliMoneyReports.moc"
