#include "CliTestCase.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

// Tests of `mutualise-cli allocate`. The fixture (CliTestCase::createFixture) plus what these tests add:
// financial year 2024 runs from 2024-04-01 to 2025-03-31, N = 365.
//   1001 holds 250 shares all year:                  250 x 365            = 91,250 share-days
//   1002 holds 10 all year and buys 5 on 2024-10-01 (182 days to 31 March: Oct 31 + Nov 30 + Dec 31 +
//   Jan 31 + Feb 28 + Mar 31):                      10 x 365 + 5 x 182   =  4,560 share-days
//   1003 ceased without shares: not listed.
// At 500 bp and £1.00 a share: exact = share_days x 100 x 500 / (10000 x 365) = share_days / 73:
//   1001 91,250 / 73 = 1,250;  1002 4,560 / 73 = 62 r 34.  Total floor(1,312 34/73) = 1,312.
// Service charges dated 2024-06-01: 1001 £200.00, 1002 £100.00. Rebates of £10.00: 1001 666.67 and 1002
// 333.33: floors 999, the penny over to 1001's larger remainder: 667 and 333.
// The plan: surplus £1,000.00 = reserves £400.00 + interest £13.12 + rebates £10.00 + fund £576.88.
// Meeting 1 (AGM, 2025-06-20) carried motion 1.
class TestCliAllocate : public CliTestCase
{
    Q_OBJECT

private Q_SLOTS:
    void jsonListsEveryMemberToThePenny();
    void textSummary();
    void dryRunWritesNothing();
    void approvedIsFinal();
    void refusalsLeaveTheFileUnchanged_data();
    void refusalsLeaveTheFileUnchanged();
    void badUsage_data();
    void badUsage();
    void reportOfAnApprovedAllocation();
    void reportOfADraft();
    void reportInASpreadsheet();
    void reportRefusals_data();
    void reportRefusals();

private:
    QString planFile(const QString& name, const QJsonObject& changes = {}, const QStringList& removed = {});
};

namespace {

QJsonObject memberIn(const QJsonArray& members, const QString& number)
{
    for (const QJsonValue& member : members) {
        if (member.toObject().value(u"number").toString() == number)
            return member.toObject();
    }
    return {};
}

qint64 sumOfAmounts(const QJsonArray& members)
{
    qint64 sum = 0;
    for (const QJsonValue& member : members)
        sum += member.toObject().value(u"amount").toInteger();
    return sum;
}

} // namespace

QString TestCliAllocate::planFile(const QString& name, const QJsonObject& changes, const QStringList& removed)
{
    QJsonObject plan = allocationPlan();
    for (auto it = changes.constBegin(); it != changes.constEnd(); ++it)
        plan.insert(it.key(), it.value());
    for (const QString& key : removed)
        plan.remove(key);
    return writeFile(name, QJsonDocument(plan).toJson());
}

void TestCliAllocate::jsonListsEveryMemberToThePenny()
{
    const QString file = createAllocationFixture();
    QVERIFY(!file.isEmpty());
    const QString plan = planFile(u"plan.json"_s);
    const QJsonObject result
        = json({ u"allocate"_s, file, u"--year"_s, u"2024"_s, u"--plan"_s, plan, u"--json"_s });
    for (const char* key : { "year", "from", "to", "currency", "surplus", "reserves", "fund", "resolution",
                             "status", "interest", "rebates" })
        QVERIFY2(result.contains(QLatin1String(key)), key);
    QCOMPARE(result.value(u"year").toInteger(), 2024);
    QCOMPARE(result.value(u"from").toString(), u"2024-04-01"_s);
    QCOMPARE(result.value(u"to").toString(), u"2025-03-31"_s);
    QCOMPARE(result.value(u"currency").toString(), u"GBP"_s);
    QCOMPARE(result.value(u"surplus").toInteger(), 100'000);
    QCOMPARE(result.value(u"reserves").toInteger(), 40'000);
    QCOMPARE(result.value(u"fund").toInteger(), 57'688);
    QVERIFY(result.value(u"resolution").isNull());
    QCOMPARE(result.value(u"status").toString(), u"draft"_s);

    const QJsonObject interest = result.value(u"interest").toObject();
    QCOMPARE(interest.value(u"rate_bp").toInteger(), 500);
    QCOMPARE(interest.value(u"total").toInteger(), 1'312);
    const QJsonArray interestMembers = interest.value(u"members").toArray();
    QCOMPARE(interestMembers.size(), 2);
    QCOMPARE(memberIn(interestMembers, u"1001"_s).value(u"share_days").toInteger(), 91'250);
    QCOMPARE(memberIn(interestMembers, u"1001"_s).value(u"amount").toInteger(), 1'250);
    QCOMPARE(memberIn(interestMembers, u"1002"_s).value(u"share_days").toInteger(), 4'560);
    QCOMPARE(memberIn(interestMembers, u"1002"_s).value(u"amount").toInteger(), 62);
    QCOMPARE(sumOfAmounts(interestMembers), interest.value(u"total").toInteger());

    const QJsonObject rebates = result.value(u"rebates").toObject();
    QCOMPARE(rebates.value(u"total").toInteger(), 1'000);
    const QJsonArray rebateMembers = rebates.value(u"members").toArray();
    QCOMPARE(rebateMembers.size(), 2);
    QCOMPARE(memberIn(rebateMembers, u"1001"_s).value(u"charges").toInteger(), 20'000);
    QCOMPARE(memberIn(rebateMembers, u"1001"_s).value(u"amount").toInteger(), 667);
    QCOMPARE(memberIn(rebateMembers, u"1002"_s).value(u"amount").toInteger(), 333);
    QCOMPARE(sumOfAmounts(rebateMembers), rebates.value(u"total").toInteger());

    // Every penny of the surplus: 40,000 + 1,312 + 1,000 + 57,688 = 100,000.
    QCOMPARE(result.value(u"reserves").toInteger() + interest.value(u"total").toInteger()
                 + rebates.value(u"total").toInteger() + result.value(u"fund").toInteger(),
             result.value(u"surplus").toInteger());
}

void TestCliAllocate::textSummary()
{
    const QString file = createAllocationFixture();
    QVERIFY(!file.isEmpty());
    const CliRun run = cli({ u"allocate"_s, file, u"--year"_s, u"2024"_s, u"--plan"_s,
                             planFile(u"plan.json"_s), u"--dry-run"_s });
    QCOMPARE(run.exitCode, 0);
    for (const QString& text :
         { u"2024-04-01"_s, u"2025-03-31"_s, u"Reserves"_s, u"Community reinvestment fund"_s, u"400.00"_s,
           u"13.12"_s, u"576.88"_s, u"1001"_s, u"91,250"_s, u"6.67"_s, u"Draft"_s })
        QVERIFY2(run.out.contains(text), qPrintable(text + u" in "_s + run.out));
}

void TestCliAllocate::dryRunWritesNothing()
{
    const QString file = createAllocationFixture();
    QVERIFY(!file.isEmpty());
    const QByteArray before = fileDigest(file);
    const CliRun run
        = cli({ u"allocate"_s, file, u"--year"_s, u"2024"_s, u"--plan"_s,
                planFile(u"plan.json"_s, { { u"resolution"_s, 1 } }), u"--dry-run"_s, u"--json"_s });
    QCOMPARE(run.exitCode, 0);
    const QJsonObject result = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(result.value(u"status").toString(), u"approved"_s);
    QCOMPARE(result.value(u"recorded").toBool(), false);
    QCOMPARE(fileDigest(file), before);
}

void TestCliAllocate::approvedIsFinal()
{
    const QString file = createAllocationFixture();
    QVERIFY(!file.isEmpty());
    const QString plan
        = planFile(u"approved.json"_s, { { u"resolution"_s, 1 }, { u"interest"_s, u"capitalise"_s } });
    const QJsonObject result
        = json({ u"allocate"_s, file, u"--year"_s, u"2024"_s, u"--plan"_s, plan, u"--json"_s });
    QCOMPARE(result.value(u"status").toString(), u"approved"_s);
    QCOMPARE(result.value(u"resolution").toInteger(), 1);
    // 1001's £12.50 buys 12 shares with 50 pence paid; 1002's 62 pence buy none.
    const QJsonArray members = result.value(u"interest").toObject().value(u"members").toArray();
    QCOMPARE(memberIn(members, u"1001"_s).value(u"capitalised_shares").toInteger(), 12);
    QCOMPARE(memberIn(members, u"1001"_s).value(u"paid").toInteger(), 50);
    QCOMPARE(memberIn(members, u"1002"_s).value(u"capitalised_shares").toInteger(), 0);
    // The shares are in the ledger on the day of the meeting: 250 + 12.
    const QJsonObject holdings = json({ u"holdings"_s, file, u"--as-of"_s, u"2025-06-20"_s, u"--json"_s });
    QCOMPARE(holdingOf(holdings, u"1001"_s).value(u"shares").toInteger(), 262);

    const QByteArray before = fileDigest(file);
    for (const QString& again : { plan, planFile(u"draft.json"_s) }) {
        const CliRun run = cli({ u"allocate"_s, file, u"--year"_s, u"2024"_s, u"--plan"_s, again });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"allocation-final"_s), qPrintable(run.err));
        QCOMPARE(fileDigest(file), before);
    }
}

void TestCliAllocate::refusalsLeaveTheFileUnchanged_data()
{
    QTest::addColumn<QJsonObject>("changes");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("named");
    QTest::newRow("a penny more") << QJsonObject { { u"fund"_s, 57'689 } } << u"plan-does-not-add-up"_s
                                  << u"0.01 more than the surplus"_s;
    QTest::newRow("a penny less") << QJsonObject { { u"fund"_s, 57'687 } } << u"plan-does-not-add-up"_s
                                  << u"0.01 less than the surplus"_s;
    QTest::newRow("interest above the cap")
        << QJsonObject { { u"interest_rate_bp"_s, 501 } } << u"interest-cap"_s << u"501"_s;
    QTest::newRow("unknown key") << QJsonObject { { u"dividend"_s, 5 } } << u"unknown-key"_s << u"dividend"_s;
    QTest::newRow("negative reserves")
        << QJsonObject { { u"reserves"_s, -1 } } << u"negative-amount"_s << u"reserves"_s;
    QTest::newRow("resolution not carried")
        << QJsonObject { { u"resolution"_s, 7 } } << u"unknown-motion"_s << u"7"_s;
    // 40,000 + 1,312 + 60,000 = 101,312: £13.12 more than the surplus, with nothing left for the fund.
    QTest::newRow("rebates too large without a fund")
        << QJsonObject { { u"rebates"_s, 60'000 }, { u"fund"_s, QJsonValue() } } << u"plan-does-not-add-up"_s
        << u"13.12 more"_s;
}

void TestCliAllocate::refusalsLeaveTheFileUnchanged()
{
    QFETCH(QJsonObject, changes);
    QFETCH(QString, rule);
    QFETCH(QString, named);
    const QString file = createAllocationFixture();
    QVERIFY(!file.isEmpty());
    const QString planPath = writeFile(u"plan.json"_s, QJsonDocument(allocationPlan(changes)).toJson());
    const QByteArray before = fileDigest(file);
    const CliRun run = cli({ u"allocate"_s, file, u"--year"_s, u"2024"_s, u"--plan"_s, planPath });
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(rule), qPrintable(run.err));
    QVERIFY2(run.err.contains(named), qPrintable(run.err));
    QCOMPARE(fileDigest(file), before);
}

void TestCliAllocate::badUsage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("named");
    QTest::newRow("no plan") << QStringList { u"--year"_s, u"2024"_s } << u"--plan"_s;
    QTest::newRow("no year") << QStringList { u"--plan"_s, u"plan.json"_s } << u"--year"_s;
    QTest::newRow("plan missing") << QStringList { u"--year"_s, u"2024"_s, u"--plan"_s, u"missing.json"_s }
                                  << u"missing.json"_s;
    QTest::newRow("plan for another year")
        << QStringList { u"--year"_s, u"2023"_s, u"--plan"_s, u"plan.json"_s } << u"2023"_s;
    QTest::newRow("plan far too large")
        << QStringList { u"--year"_s, u"2024"_s, u"--plan"_s, u"huge.json"_s } << u"plan"_s;
    QTest::newRow("year not a number")
        << QStringList { u"--year"_s, u"last"_s, u"--plan"_s, u"plan.json"_s } << u"--year"_s;
}

void TestCliAllocate::badUsage()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, named);
    const QString file = createAllocationFixture();
    QVERIFY(!file.isEmpty());
    planFile(u"plan.json"_s);
    writeFile(u"huge.json"_s, QByteArray(1024 * 1024, ' ') + QJsonDocument(allocationPlan()).toJson());
    const QByteArray before = fileDigest(file);
    const CliRun run = cli(QStringList { u"allocate"_s, file } + arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(named), qPrintable(run.err));
    QCOMPARE(fileDigest(file), before);
}

// The report of the approved allocation holds what was paid: the class comment's figures, with 1001's
// £12.50 of interest bought as 12 shares and 50 pence paid.
void TestCliAllocate::reportOfAnApprovedAllocation()
{
    const QString file = createApprovedAllocationFixture();
    QVERIFY(!file.isEmpty());
    const QJsonObject report = reportJson({ u"report"_s, file, u"allocation"_s, u"--year"_s, u"2024"_s });
    QCOMPARE(report.value(u"title").toString(), u"Allocation of the surplus"_s);
    QCOMPARE(report.value(u"period").toObject().value(u"from").toString(), u"2024-04-01"_s);
    QCOMPARE(report.value(u"period").toObject().value(u"to").toString(), u"2025-03-31"_s);
    const QJsonArray tables = report.value(u"tables").toArray();
    QCOMPARE(tables.size(), 2);

    const QJsonObject summary = tables.at(0).toObject();
    QCOMPARE(summary.value(u"name").toString(), u"allocation"_s);
    const QJsonObject year = summary.value(u"rows").toArray().at(0).toObject();
    QCOMPARE(year.value(u"year").toString(), u"2024/25"_s);
    QCOMPARE(year.value(u"surplus").toInteger(), 100'000);
    QCOMPARE(year.value(u"reserves").toInteger(), 40'000);
    QCOMPARE(year.value(u"interest").toInteger(), 1'312);
    QCOMPARE(year.value(u"rebates").toInteger(), 1'000);
    QCOMPARE(year.value(u"fund").toInteger(), 57'688);
    // 40,000 + 1,312 + 1,000 + 57,688 = 100,000.
    QCOMPARE(year.value(u"reserves").toInteger() + year.value(u"interest").toInteger()
                 + year.value(u"rebates").toInteger() + year.value(u"fund").toInteger(),
             year.value(u"surplus").toInteger());
    // 500 basis points: the number 5 in JSON.
    QCOMPARE(year.value(u"interest_rate").toVariant().toString(), u"5"_s);
    QCOMPARE(year.value(u"interest_as").toString(), u"Shares"_s);
    QCOMPARE(year.value(u"approved").toString(), u"2025-06-20"_s);
    QCOMPARE(year.value(u"resolution").toString(), u"Allocate the surplus"_s);
    QJsonObject percent;
    for (const QJsonValue& column : summary.value(u"columns").toArray()) {
        if (column.toObject().value(u"key").toString() == u"interest_rate"_s)
            percent = column.toObject();
    }
    QCOMPARE(percent.value(u"type").toString(), u"percent"_s);

    const QJsonObject members = tables.at(1).toObject();
    const QJsonArray rows = members.value(u"rows").toArray();
    QCOMPARE(rows.size(), 2);
    const QJsonObject first = rows.at(0).toObject();
    QCOMPARE(first.value(u"number").toString(), u"1001"_s);
    QCOMPARE(first.value(u"share_days").toInteger(), 91'250);
    QCOMPARE(first.value(u"interest").toInteger(), 1'250);
    QCOMPARE(first.value(u"shares_bought").toInteger(), 12);
    QCOMPARE(first.value(u"interest_paid").toInteger(), 50);
    QCOMPARE(first.value(u"charges").toInteger(), 20'000);
    QCOMPARE(first.value(u"rebate").toInteger(), 667);
    QCOMPARE(first.value(u"total").toInteger(), 1'250 + 667);
    const QJsonObject second = rows.at(1).toObject();
    QCOMPARE(second.value(u"number").toString(), u"1002"_s);
    QCOMPARE(second.value(u"share_days").toInteger(), 4'560);
    QCOMPARE(second.value(u"interest").toInteger(), 62);
    QCOMPARE(second.value(u"shares_bought").toInteger(), 0);
    QCOMPARE(second.value(u"interest_paid").toInteger(), 62);
    QCOMPARE(second.value(u"rebate").toInteger(), 333);
    // The members' parts add up to the year's: 91,250 + 4,560 share-days; 1,250 + 62 interest;
    // 667 + 333 rebates; 12 + 0 shares bought.
    const QJsonObject totals = members.value(u"totals").toObject();
    QCOMPARE(totals.value(u"share_days").toInteger(), 95'810);
    QCOMPARE(totals.value(u"interest").toInteger(), year.value(u"interest").toInteger());
    QCOMPARE(totals.value(u"rebate").toInteger(), year.value(u"rebates").toInteger());
    QCOMPARE(totals.value(u"shares_bought").toInteger(), 12);
    QCOMPARE(totals.value(u"total").toInteger(), 1'312 + 1'000);
}

// A draft is reported as its plan would pay, marked as a draft, with nothing approved.
void TestCliAllocate::reportOfADraft()
{
    const QString file = createAllocationFixture();
    QVERIFY(!file.isEmpty());
    QVERIFY(
        runSteps({ { u"allocate"_s, file, u"--year"_s, u"2024"_s, u"--plan"_s, planFile(u"plan.json"_s) } }));
    const QByteArray before = fileDigest(file);
    const QJsonObject report = reportJson({ u"report"_s, file, u"allocation"_s, u"--year"_s, u"2024"_s });
    QCOMPARE(fileDigest(file), before);
    QCOMPARE(report.value(u"title").toString(), u"Draft allocation of the surplus"_s);
    const QJsonArray tables = report.value(u"tables").toArray();
    const QJsonObject year = tables.at(0).toObject().value(u"rows").toArray().at(0).toObject();
    QVERIFY(year.value(u"approved").isNull());
    QCOMPARE(year.value(u"resolution").toString(), QString());
    QCOMPARE(year.value(u"interest_as").toString(), u"Money"_s);
    const QJsonObject members = tables.at(1).toObject();
    // Interest paid in money: no column of shares bought.
    for (const QJsonValue& column : members.value(u"columns").toArray())
        QVERIFY(column.toObject().value(u"key").toString() != u"shares_bought"_s);
    const QJsonObject totals = members.value(u"totals").toObject();
    QCOMPARE(totals.value(u"interest").toInteger(), 1'312);
    QCOMPARE(totals.value(u"rebate").toInteger(), 1'000);
    QCOMPARE(totals.value(u"charges").toInteger(), 20'000 + 10'000);
}

// Read back by openpyxl: the rate is the number 0.05 shown as a percentage, the amounts are numbers.
void TestCliAllocate::reportInASpreadsheet()
{
    const QString file = createApprovedAllocationFixture();
    QVERIFY(!file.isEmpty());
    const QString output = path(u"allocation.xlsx"_s);
    const CliRun run = cli({ u"report"_s, file, u"allocation"_s, u"--year"_s, u"2024"_s, u"--format"_s,
                             u"xlsx"_s, u"--output"_s, output });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QJsonDocument read = runPython(uR"(
import json, sys, openpyxl
book = openpyxl.load_workbook(sys.argv[1])
sheet = book["allocation"]
heads = [cell.value for cell in sheet[1]]
row = [cell for cell in sheet[2]]
rate = row[heads.index("Interest rate")]
members = book["members"]
print(json.dumps({"rate": repr(rate.value), "format": rate.number_format,
                  "surplus": repr(row[heads.index("Surplus")].value),
                  "sheets": book.sheetnames, "members": members.max_row}))
)"_s,
                                         output);
    const QJsonObject sheet = read.object();
    QCOMPARE(sheet.value(u"rate").toString(), u"0.05"_s);
    QCOMPARE(sheet.value(u"format").toString(), u"0.00%"_s);
    QCOMPARE(sheet.value(u"surplus").toString(), u"1000"_s); // a number, not the text "£1,000.00"
    QCOMPARE(sheet.value(u"sheets").toArray(), (QJsonArray { u"allocation"_s, u"members"_s }));
    QCOMPARE(sheet.value(u"members").toInt(), 4); // the heading, 1001, 1002 and the totals

    // In CSV, a zip of a file a table, the rate is a plain decimal of percent and the amounts of pounds.
    const QString archive = path(u"allocation.zip"_s);
    const CliRun csv = cli({ u"report"_s, file, u"allocation"_s, u"--year"_s, u"2024"_s, u"--format"_s,
                             u"csv"_s, u"--output"_s, archive });
    QVERIFY2(csv.exitCode == 0, qPrintable(csv.err));
    const QJsonObject rows = runPython(uR"(
import csv, io, json, sys, zipfile
with zipfile.ZipFile(sys.argv[1]) as archive:
    year = list(csv.DictReader(io.TextIOWrapper(archive.open("allocation.csv"), encoding="utf-8")))
    members = list(csv.DictReader(io.TextIOWrapper(archive.open("members.csv"), encoding="utf-8")))
print(json.dumps({"rate": year[0]["interest_rate"], "fund": year[0]["fund"],
                  "rebate": members[0]["rebate"], "number": members[0]["number"]}))
)"_s,
                                       archive)
                                 .object();
    QCOMPARE(rows.value(u"rate").toString(), u"5.00"_s);
    QCOMPARE(rows.value(u"fund").toString(), u"576.88"_s);
    QCOMPARE(rows.value(u"number").toString(), u"1001"_s);
    QCOMPARE(rows.value(u"rebate").toString(), u"6.67"_s);
}

void TestCliAllocate::reportRefusals_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("named");
    QTest::newRow("a year not allocated")
        << QStringList { u"allocation"_s, u"--year"_s, u"2023"_s } << 1 << u"no-allocation"_s;
    QTest::newRow("a year not a number")
        << QStringList { u"allocation"_s, u"--year"_s, u"last"_s } << 2 << u"--year"_s;
    QTest::newRow("a period") << QStringList { u"allocation"_s, u"--from"_s, u"2024-04-01"_s } << 2
                              << u"--from"_s;
    QTest::newRow("a day") << QStringList { u"allocation"_s, u"--as-of"_s, u"2025-03-31"_s } << 2
                           << u"--as-of"_s;
    QTest::newRow("a member") << QStringList { u"allocation"_s, u"--member"_s, u"1001"_s } << 2
                              << u"--member"_s;
    QTest::newRow("a year for the register")
        << QStringList { u"register"_s, u"--year"_s, u"2024"_s } << 2 << u"--year"_s;
}

void TestCliAllocate::reportRefusals()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, named);
    const QString file = createApprovedAllocationFixture();
    QVERIFY(!file.isEmpty());
    const QString problem = reportRefusal(file, arguments, exitCode, named);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

QTEST_GUILESS_MAIN(TestCliAllocate)
#include "TestCliAllocate.moc"
