#include "CliTestCase.h"
#include "SampleMutual.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;

// Tests of mutualise-cli and the community reinvestment fund: projects add and update, grants add,
// pledges add and the projects listing.
//
// Each test's file is the voting fixture (members 1001, 1002, 1004, 1005, 1006) with motion 1 on AGM 1
// (2025-03-01) carried by 1001's vote, motion 2 on AGM 2 defeated by 1001's vote, and the 2024
// allocation approved by motion 1 on 2025-03-01, giving the fund £6,000.00 (600000 pence).
class TestCliProjects : public CliTestCase
{
    Q_OBJECT

private Q_SLOTS:
    void projectsAddPrintsTheIdAndListsAsJson();
    void projectsTextTable();
    void grantLargerThanTheFundIsRefused();
    void grantEqualToTheBalanceFundsTheProject();
    void grantBeforeTheAllocationIsRefused();
    void pledgeToAFundedProjectIsRefused();
    void grantNeedsACarriedResolution();
    void cicGrantStatesItsBenefit();
    void projectsUpdateFollowsTheStatusRules();
    void refusedRulesLeaveTheFileAsItWas_data();
    void refusedRulesLeaveTheFileAsItWas();
    void badUsage_data();
    void badUsage();

private:
    QString createFundFixture();
    // `projects add` with a title, category and target; returns the printed id.
    QString addProject(const QString& file, const QString& title, const QString& target,
                       const QStringList& more = {}) const;
    CliRun addGrant(const QString& file, const QString& project, const QString& amount, const QString& date,
                    const QString& resolution = u"1"_s, const QStringList& more = {}) const;
    static QJsonObject projectNumbered(const QJsonObject& list, qint64 id);

    // The fund fixture takes some twenty runs of the program: built once and copied for every test.
    std::unique_ptr<QTemporaryDir> m_fundFixture;
};

QString TestCliProjects::createFundFixture()
{
    if (m_fundFixture) {
        const QString file = path(u"fund.mutual"_s);
        return QFile::copy(m_fundFixture->filePath(u"fund.mutual"_s), file) ? file : QString();
    }
    const QString file = createVotingFixture();
    if (file.isEmpty() || openMotion(file, {}) != u"1")
        return {};
    if (!runSteps({ { u"ballots"_s, u"import"_s, file, u"1"_s, writeFile(u"for.csv"_s, "1001,for,person\n") },
                    { u"motions"_s, u"close"_s, file, u"1"_s } }))
        return {};
    if (openMotion(file, {}) != u"2")
        return {};
    if (!runSteps({ { u"ballots"_s, u"import"_s, file, u"2"_s,
                      writeFile(u"against.csv"_s, "1001,against,person\n") },
                    { u"motions"_s, u"close"_s, file, u"2"_s } }))
        return {};
    const QString error = sample::execRaw(
        file,
        { u"INSERT INTO allocations (year, period_from, period_to, surplus, reserves, interest_rate_bp, "
          "interest_mode, interest_total, rebates, fund, motion_id, allocated_on, status, plan_json, "
          "recorded_by, recorded_at) VALUES (2024, '2024-04-01', '2025-03-31', 1000000, 400000, 0, 'pay', "
          "0, 0, 600000, 1, '2025-03-01', 'approved', '{}', 'treasurer', '2025-03-01T12:00:00.000Z')"_s });
    if (!error.isEmpty()) {
        qWarning("allocation: %s", qPrintable(error));
        return {};
    }
    auto saved = std::make_unique<QTemporaryDir>();
    if (!saved->isValid() || !QFile::copy(file, saved->filePath(u"fund.mutual"_s)))
        return {};
    m_fundFixture = std::move(saved);
    return file;
}

QString TestCliProjects::addProject(const QString& file, const QString& title, const QString& target,
                                    const QStringList& more) const
{
    const CliRun run = cli(QStringList { u"projects"_s, u"add"_s, file, u"--title"_s, title, u"--category"_s,
                                         u"skills"_s, u"--target"_s, target }
                           + more);
    if (run.exitCode != 0)
        qWarning("projects add: %s", qPrintable(run.err));
    return run.out.trimmed();
}

CliRun TestCliProjects::addGrant(const QString& file, const QString& project, const QString& amount,
                                 const QString& date, const QString& resolution,
                                 const QStringList& more) const
{
    return cli(QStringList { u"grants"_s, u"add"_s, file, u"--project"_s, project, u"--amount"_s, amount,
                             u"--date"_s, date, u"--resolution"_s, resolution }
               + more);
}

QJsonObject TestCliProjects::projectNumbered(const QJsonObject& list, qint64 id)
{
    for (const QJsonValue& project : list.value(u"projects").toArray()) {
        if (project.toObject().value(u"id").toInteger() == id)
            return project.toObject();
    }
    return {};
}

void TestCliProjects::projectsAddPrintsTheIdAndListsAsJson()
{
    const QString file = createFundFixture();
    QVERIFY(!file.isEmpty());
    const CliRun added
        = cli({ u"projects"_s, u"add"_s, file, u"--title"_s, u"Digital skills for carers"_s, u"--category"_s,
                u"Skills"_s, u"--target"_s, u"5000.00"_s, u"--recipient-name"_s, u"Vale Carers Trust"_s,
                u"--recipient-id"_s, u"GB-CHC-1234567"_s, u"--description"_s, u"Evening classes"_s,
                u"--start"_s, u"2025-04-01"_s, u"--end"_s, u"2026-03-31"_s });
    QCOMPARE(added.exitCode, 0);
    QCOMPARE(added.out, u"1\n"_s);
    QVERIFY(runSteps({ { u"pledges"_s, u"add"_s, file, u"--project"_s, u"1"_s, u"--member"_s, u"1002"_s,
                         u"--amount"_s, u"250.00"_s, u"--date"_s, u"2025-03-10"_s } }));
    QCOMPARE(addGrant(file, u"1"_s, u"1500.00"_s, u"2025-03-15"_s).out, u"1\n"_s);
    // 1002 pays £100.00 of the pledge: a contribution naming the project.
    QCOMPARE(sample::execRaw(file,
                             { u"INSERT INTO contributions (kind, entry_date, member_id, amount, project_id, "
                               "recorded_by, recorded_at) SELECT 'pledge-payment', '2025-03-20', id, 10000, "
                               "1, 't', 'x' FROM members WHERE number = '1002'"_s }),
             QString());

    const QJsonObject list = json({ u"projects"_s, file, u"--json"_s });
    QCOMPARE(list.value(u"currency").toString(), u"GBP"_s);
    // £6,000.00 - £1,500.00 = £4,500.00
    QCOMPARE(list.value(u"fund").toObject().value(u"balance").toInteger(), 450000);
    QCOMPARE(list.value(u"projects").toArray().size(), 1);
    const QJsonObject project = projectNumbered(list, 1);
    for (const QString& key : { u"id"_s, u"title"_s, u"category"_s, u"status"_s, u"target"_s, u"granted"_s,
                                u"pledged"_s, u"received"_s, u"recipient"_s })
        QVERIFY2(project.contains(key), qPrintable(key));
    QCOMPARE(project.value(u"title").toString(), u"Digital skills for carers"_s);
    QCOMPARE(project.value(u"category").toString(), u"skills"_s);
    QCOMPARE(project.value(u"status").toString(), u"proposed"_s);
    QCOMPARE(project.value(u"target").toInteger(), 500000);
    QCOMPARE(project.value(u"granted").toInteger(), 150000);
    QCOMPARE(project.value(u"pledged").toInteger(), 25000);
    QCOMPARE(project.value(u"received").toInteger(), 10000);
    QCOMPARE(project.value(u"progress_bp").toInteger(), 3200); // (150,000 + 10,000) / 500,000 = 32%
    const QJsonObject recipient = project.value(u"recipient").toObject();
    QCOMPARE(recipient.value(u"name").toString(), u"Vale Carers Trust"_s);
    QCOMPARE(recipient.value(u"id").toString(), u"GB-CHC-1234567"_s);
    QCOMPARE(project.value(u"starts_on").toString(), u"2025-04-01"_s);
}

void TestCliProjects::projectsTextTable()
{
    const QString file = createFundFixture();
    QVERIFY(!file.isEmpty());
    QCOMPARE(addProject(file, u"Digital skills for carers"_s, u"5000.00"_s), u"1"_s);
    const CliRun run = cli({ u"projects"_s, file });
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(u"Digital skills for carers"), qPrintable(run.out));
    QVERIFY2(run.out.contains(u"Proposed"), qPrintable(run.out));
    QVERIFY2(run.out.contains(u"6,000.00"), qPrintable(run.out));
    QVERIFY2(run.out.contains(u"5,000.00"), qPrintable(run.out));
    QVERIFY2(run.out.contains(u"0.00%"), qPrintable(run.out));
}

void TestCliProjects::grantLargerThanTheFundIsRefused()
{
    const QString file = createFundFixture();
    QVERIFY(!file.isEmpty());
    QCOMPARE(addProject(file, u"Digital skills for carers"_s, u"9000.00"_s), u"1"_s);
    const QByteArray before = fileDigest(file);
    // £6,000.01 against £6,000.00: £0.01 short.
    const CliRun run = addGrant(file, u"1"_s, u"6000.01"_s, u"2025-03-15"_s);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"(fund-balance)"), qPrintable(run.err));
    QVERIFY2(run.err.contains(u"6,000.00"), qPrintable(run.err));
    QVERIFY2(run.err.contains(u"0.01 short"), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
    QCOMPARE(fileDigest(file), before);
}

void TestCliProjects::grantEqualToTheBalanceFundsTheProject()
{
    const QString file = createFundFixture();
    QVERIFY(!file.isEmpty());
    QCOMPARE(addProject(file, u"Digital skills for carers"_s, u"6000.00"_s), u"1"_s);
    const CliRun run = addGrant(file, u"1"_s, u"6000.00"_s, u"2025-03-01"_s);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, u"1\n"_s);
    const QJsonObject list = json({ u"projects"_s, file, u"--json"_s });
    QCOMPARE(list.value(u"fund").toObject().value(u"balance").toInteger(), 0); // 600,000 - 600,000
    QCOMPARE(projectNumbered(list, 1).value(u"status").toString(), u"funded"_s);
    QCOMPARE(projectNumbered(list, 1).value(u"granted").toInteger(), 600000);
}

void TestCliProjects::grantBeforeTheAllocationIsRefused()
{
    const QString file = createFundFixture();
    QVERIFY(!file.isEmpty());
    QCOMPARE(addProject(file, u"Digital skills for carers"_s, u"6000.00"_s), u"1"_s);
    const QByteArray before = fileDigest(file);
    // The allocation is dated 2025-03-01, the day of the AGM that carried motion 1: the day before,
    // the fund held nothing and the motion had not been put. The motion is checked first.
    const CliRun run = addGrant(file, u"1"_s, u"100.00"_s, u"2025-02-28"_s);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"(grant-before-resolution)"), qPrintable(run.err));
    QVERIFY2(run.err.contains(u"2025-02-28") && run.err.contains(u"2025-03-01"), qPrintable(run.err));
    QCOMPARE(fileDigest(file), before);
}

void TestCliProjects::pledgeToAFundedProjectIsRefused()
{
    const QString file = createFundFixture();
    QVERIFY(!file.isEmpty());
    QCOMPARE(addProject(file, u"Digital skills for carers"_s, u"1000.00"_s), u"1"_s);
    const QStringList pledge { u"pledges"_s, u"add"_s,      file,           u"--project"_s,
                               u"1"_s,       u"--member"_s, u"1004"_s,      u"--amount"_s,
                               u"50.00"_s,   u"--date"_s,   u"2025-03-10"_s };
    const CliRun first = cli(pledge);
    QCOMPARE(first.exitCode, 0);
    QCOMPARE(first.out, u"1\n"_s);
    QCOMPARE(addGrant(file, u"1"_s, u"1000.00"_s, u"2025-03-15"_s).exitCode, 0); // reaches the target
    const QByteArray before = fileDigest(file);
    const CliRun refused = cli(pledge);
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(u"(project-closed)"), qPrintable(refused.err));
    QVERIFY2(refused.err.contains(u"funded"), qPrintable(refused.err));
    QCOMPARE(fileDigest(file), before);
}

void TestCliProjects::grantNeedsACarriedResolution()
{
    const QString file = createFundFixture();
    QVERIFY(!file.isEmpty());
    QCOMPARE(addProject(file, u"Digital skills for carers"_s, u"1000.00"_s), u"1"_s);
    const QByteArray before = fileDigest(file);
    for (const QString& motion : { u"2"_s, u"99"_s }) { // defeated; no such motion
        const CliRun run = addGrant(file, u"1"_s, u"100.00"_s, u"2025-03-15"_s, motion);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"(resolution-not-carried)"), qPrintable(run.err));
    }
    QCOMPARE(fileDigest(file), before);
}

void TestCliProjects::cicGrantStatesItsBenefit()
{
    const QString file = createFundFixture();
    QVERIFY(!file.isEmpty());
    QCOMPARE(sample::execRaw(file, { u"UPDATE mutual SET legal_form = 'cic'"_s }), QString());
    QCOMPARE(
        addProject(file, u"An app for the food bank"_s, u"5000.00"_s,
                   { u"--recipient-name"_s, u"Vale Apps Ltd"_s, u"--recipient-id"_s, u"GB-COH-01234567"_s }),
        u"1"_s);
    QCOMPARE(addProject(
                 file, u"Digital skills for carers"_s, u"5000.00"_s,
                 { u"--recipient-name"_s, u"Vale Carers Trust"_s, u"--recipient-id"_s, u"GB-CHC-1234567"_s }),
             u"2"_s);
    const QByteArray before = fileDigest(file);
    const CliRun refused = addGrant(file, u"1"_s, u"100.00"_s, u"2025-03-15"_s);
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(u"(cic-asset-lock)"), qPrintable(refused.err));
    QVERIFY2(refused.err.contains(u"Vale Apps Ltd"), qPrintable(refused.err));
    QCOMPARE(fileDigest(file), before);

    QCOMPARE(addGrant(file, u"2"_s, u"100.00"_s, u"2025-03-15"_s).exitCode, 0); // a charity
    QCOMPARE(addGrant(file, u"1"_s, u"100.00"_s, u"2025-03-15"_s, u"1"_s,
                      { u"--community-benefit"_s, u"Food parcels reach 300 more households"_s })
                 .exitCode,
             0);
}

void TestCliProjects::projectsUpdateFollowsTheStatusRules()
{
    const QString file = createFundFixture();
    QVERIFY(!file.isEmpty());
    QCOMPARE(addProject(file, u"Digital skills for carers"_s, u"5000.00"_s), u"1"_s);
    const CliRun approved = cli({ u"projects"_s, u"update"_s, file, u"1"_s, u"--status"_s, u"approved"_s,
                                  u"--outcomes"_s, u"Forty carers trained"_s });
    QCOMPARE(approved.exitCode, 0);
    QJsonObject project = projectNumbered(json({ u"projects"_s, file, u"--json"_s }), 1);
    QCOMPARE(project.value(u"status").toString(), u"approved"_s);
    QCOMPARE(project.value(u"outcomes").toString(), u"Forty carers trained"_s);

    QCOMPARE(cli({ u"projects"_s, u"update"_s, file, u"1"_s, u"--status"_s, u"withdrawn"_s }).exitCode, 0);
    const QByteArray before = fileDigest(file);
    const CliRun refused = cli({ u"projects"_s, u"update"_s, file, u"1"_s, u"--status"_s, u"approved"_s });
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(u"(status-change)"), qPrintable(refused.err));
    const CliRun noGrant = addGrant(file, u"1"_s, u"10.00"_s, u"2025-03-15"_s);
    QCOMPARE(noGrant.exitCode, 1);
    QVERIFY2(noGrant.err.contains(u"(project-closed)"), qPrintable(noGrant.err));
    QCOMPARE(fileDigest(file), before);
}

void TestCliProjects::refusedRulesLeaveTheFileAsItWas_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("rule");
    const QString f = mutualFileArgument;
    QTest::newRow("unknown category")
        << QStringList { u"projects"_s, u"add"_s,      f,     u"--title"_s, u"T"_s, u"--category"_s,
                         u"sport"_s,    u"--target"_s, u"5"_s }
        << u"unknown-category"_s;
    QTest::newRow("zero target") << QStringList {
        u"projects"_s, u"add"_s, f, u"--title"_s, u"T"_s, u"--category"_s, u"skills"_s, u"--target"_s, u"0"_s
    } << u"invalid-amount"_s;
    QTest::newRow("org-id") << QStringList {
        u"projects"_s,    u"add"_s,      f,      u"--title"_s,          u"T"_s, u"--category"_s,
        u"skills"_s,      u"--target"_s, u"5"_s, u"--recipient-name"_s, u"A"_s, u"--recipient-id"_s,
        u"charity 1234"_s
    } << u"invalid-org-id"_s;
    QTest::newRow("title with escape")
        << QStringList { u"projects"_s, u"add"_s,      f,     u"--title"_s, u"T\x1b[2J"_s, u"--category"_s,
                         u"skills"_s,   u"--target"_s, u"5"_s }
        << u"control-character"_s;
    QTest::newRow("ends before it starts") << QStringList {
        u"projects"_s,  u"add"_s,      f,      u"--title"_s, u"T"_s,          u"--category"_s,
        u"skills"_s,    u"--target"_s, u"5"_s, u"--start"_s, u"2025-04-01"_s, u"--end"_s,
        u"2025-03-31"_s
    } << u"invalid-date"_s;
    QTest::newRow("unknown project") << QStringList {
        u"grants"_s,     u"add"_s,          f,     u"--project"_s, u"9"_s, u"--amount"_s, u"1"_s, u"--date"_s,
        u"2025-03-15"_s, u"--resolution"_s, u"1"_s
    } << u"unknown-project"_s;
    QTest::newRow("grant in the future")
        << QStringList { u"grants"_s,
                         u"add"_s,
                         f,
                         u"--project"_s,
                         u"1"_s,
                         u"--amount"_s,
                         u"1"_s,
                         u"--date"_s,
                         QDate::currentDate().addDays(2).toString(Qt::ISODate),
                         u"--resolution"_s,
                         u"1"_s }
        << u"future-date"_s;
    QTest::newRow("negative grant") << QStringList { u"grants"_s,       u"add"_s,    f,
                                                     u"--project"_s,    u"1"_s,      u"--amount"_s,
                                                     u"-5"_s,           u"--date"_s, u"2025-03-15"_s,
                                                     u"--resolution"_s, u"1"_s }
                                    << u"invalid-amount"_s;
    QTest::newRow("unknown member") << QStringList {
        u"pledges"_s, u"add"_s,      f,      u"--project"_s, u"1"_s,         u"--member"_s,
        u"9999"_s,    u"--amount"_s, u"5"_s, u"--date"_s,    u"2025-03-15"_s
    } << u"unknown-member"_s;
    QTest::newRow("unknown project id")
        << QStringList { u"projects"_s, u"update"_s, f, u"7"_s, u"--status"_s, u"approved"_s }
        << u"unknown-project"_s;
}

void TestCliProjects::refusedRulesLeaveTheFileAsItWas()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, rule);
    const QString file = createFundFixture();
    QVERIFY(!file.isEmpty());
    QCOMPARE(addProject(file, u"Digital skills for carers"_s, u"5000.00"_s), u"1"_s);
    arguments.replaceInStrings(mutualFileArgument, file);
    const QByteArray before = fileDigest(file);
    const CliRun run = cli(arguments);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"(%1)"_s.arg(rule)), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
    QCOMPARE(fileDigest(file), before);
}

void TestCliProjects::badUsage_data()
{
    QTest::addColumn<QStringList>("arguments");
    const QString f = mutualFileArgument;
    QTest::newRow("no target") << QStringList { u"projects"_s, u"add"_s,        f,          u"--title"_s,
                                                u"T"_s,        u"--category"_s, u"skills"_s };
    QTest::newRow("target in words") << QStringList { u"projects"_s, u"add"_s,      f,
                                                      u"--title"_s,  u"T"_s,        u"--category"_s,
                                                      u"skills"_s,   u"--target"_s, u"lots"_s };
    QTest::newRow("id without name") << QStringList { u"projects"_s,       u"add"_s,      f,
                                                      u"--title"_s,        u"T"_s,        u"--category"_s,
                                                      u"skills"_s,         u"--target"_s, u"5"_s,
                                                      u"--recipient-id"_s, u"GB-CHC-1"_s };
    QTest::newRow("start not a date")
        << QStringList { u"projects"_s, u"add"_s,      f,      u"--title"_s, u"T"_s,       u"--category"_s,
                         u"skills"_s,   u"--target"_s, u"5"_s, u"--start"_s, u"1/4/2025"_s };
    QTest::newRow("no resolution") << QStringList { u"grants"_s,    u"add"_s,    f,
                                                    u"--project"_s, u"1"_s,      u"--amount"_s,
                                                    u"1"_s,         u"--date"_s, u"2025-03-15"_s };
    QTest::newRow("resolution not a number")
        << QStringList { u"grants"_s,     u"add"_s,          f,       u"--project"_s,
                         u"1"_s,          u"--amount"_s,     u"1"_s,  u"--date"_s,
                         u"2025-03-15"_s, u"--resolution"_s, u"AGM"_s };
    QTest::newRow("project zero") << QStringList { u"grants"_s,     u"add"_s,          f,      u"--project"_s,
                                                   u"0"_s,          u"--amount"_s,     u"1"_s, u"--date"_s,
                                                   u"2025-03-15"_s, u"--resolution"_s, u"1"_s };
    QTest::newRow("amount too precise")
        << QStringList { u"grants"_s,     u"add"_s,          f,          u"--project"_s,
                         u"1"_s,          u"--amount"_s,     u"1.001"_s, u"--date"_s,
                         u"2025-03-15"_s, u"--resolution"_s, u"1"_s };
    QTest::newRow("pledge without member")
        << QStringList { u"pledges"_s,  u"add"_s, f,           u"--project"_s, u"1"_s,
                         u"--amount"_s, u"5"_s,   u"--date"_s, u"2025-03-15"_s };
    QTest::newRow("unknown status") << QStringList { u"projects"_s, u"update"_s,   f,
                                                     u"1"_s,        u"--status"_s, u"cancelled"_s };
    QTest::newRow("project id in words") << QStringList { u"projects"_s, u"update"_s, f, u"first"_s };
    QTest::newRow("both asset lock options") << QStringList {
        u"projects"_s, u"update"_s, f, u"1"_s, u"--asset-locked"_s, u"--not-asset-locked"_s
    };
}

void TestCliProjects::badUsage()
{
    QFETCH(QStringList, arguments);
    const QString file = createFundFixture();
    QVERIFY(!file.isEmpty());
    QCOMPARE(addProject(file, u"Digital skills for carers"_s, u"5000.00"_s), u"1"_s);
    arguments.replaceInStrings(mutualFileArgument, file);
    const QByteArray before = fileDigest(file);
    const CliRun run = cli(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(u"--help"), qPrintable(run.err));
    QCOMPARE(fileDigest(file), before);
}

QTEST_GUILESS_MAIN(TestCliProjects)
#include "TestCliProjects.moc"
