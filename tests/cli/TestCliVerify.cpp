#include "CliTestCase.h"
#include "SampleMutual.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

// `verify FILE [--json] [--head ENTRY HASH]` on the fixture (CliTestCase::createFixture), as made by
// the program and then as edited behind its back with SQL, as the sqlite3 shell would.
class TestCliVerify : public CliTestCase
{
    Q_OBJECT

private Q_SLOTS:
    void untouchedFileHolds();
    void everyKindOfChangeHolds();
    void motionsAndBallotsHold();
    void electionsAndPapersHold();
    void renamedMemberIsNamed();
    void jsonSaysWhatHolds();
    void headOfAPrintedReportIsChecked();
    void badUsage_data();
    void badUsage();
    void missingFileIsRefused();
};

void TestCliVerify::untouchedFileHolds()
{
    const QString file = createFixture();
    QVERIFY(!file.isEmpty());
    const CliRun run = cli({ u"verify"_s, file });
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.err, QString());
    QVERIFY2(run.out.contains(u"Everything holds."_s), qPrintable(run.out));
    // "Audit trail: entry N, abcd…wxyz", as a report's footer will give it.
    static const QRegularExpression head(u"Audit trail: entry [0-9,]+, [0-9a-f]{4}…[0-9a-f]{4}"_s);
    QVERIFY2(head.match(run.out).hasMatch(), qPrintable(run.out));
}

// Each command that changes a file records what it did to its rows: the file holds after each.
void TestCliVerify::everyKindOfChangeHolds()
{
    const QString file = createFixture();
    QVERIFY(!file.isEmpty());
    const QList<QStringList> steps {
        { u"shares"_s, u"reverse"_s, file, u"1"_s, u"--date"_s, u"2024-02-03"_s },
        { u"services"_s, u"add"_s, file, u"--name"_s, u"Payroll"_s, u"--start"_s, u"2024-01-01"_s },
        { u"contributions"_s, u"add"_s, file, u"--member"_s, u"1001"_s, u"--kind"_s, u"fee"_s, u"--date"_s,
          u"2024-03-01"_s, u"--amount"_s, u"25.00"_s },
        { u"contributions"_s, u"reverse"_s, file, u"1"_s, u"--date"_s, u"2024-03-02"_s },
        { u"contributions"_s, u"kinds"_s, u"add"_s, file, u"--key"_s, u"room-hire"_s, u"--label"_s,
          u"Room hire"_s },
        { u"savings"_s, u"add"_s, file, u"--service"_s, u"1"_s, u"--member"_s, u"1001"_s, u"--from"_s,
          u"2024-04-01"_s, u"--to"_s, u"2025-03-31"_s, u"--baseline"_s, u"1000"_s, u"--actual"_s, u"800"_s,
          u"--note"_s, u"Quotes"_s },
        { u"projects"_s, u"add"_s, file, u"--title"_s, u"Lab"_s, u"--target"_s, u"5000"_s, u"--category"_s,
          u"research"_s },
        { u"projects"_s, u"update"_s, file, u"1"_s, u"--status"_s, u"approved"_s },
        { u"projects"_s, u"categories"_s, u"add"_s, file, u"--name"_s, u"Food poverty"_s },
        { u"pledges"_s, u"add"_s, file, u"--project"_s, u"1"_s, u"--member"_s, u"1002"_s, u"--amount"_s,
          u"100"_s, u"--date"_s, u"2024-05-01"_s },
        { u"members"_s, u"cease"_s, file, u"1002"_s, u"--date"_s, u"2024-07-01"_s },
    };
    for (const QStringList& step : steps) {
        const CliRun changed = cli(step);
        QVERIFY2(changed.exitCode == 0, qPrintable(step.join(u' ') + u"\n"_s + changed.err));
        const CliRun run = cli({ u"verify"_s, file });
        QVERIFY2(run.exitCode == 0, qPrintable(step.join(u' ') + u"\n"_s + run.out));
    }
}

// Meetings, proxies, motions and their ballots, made by the program alone.
void TestCliVerify::motionsAndBallotsHold()
{
    const QString file = createFixtureWithMotions();
    QVERIFY(!file.isEmpty());
    const CliRun run = cli({ u"verify"_s, file });
    QVERIFY2(run.exitCode == 0, qPrintable(run.out));
}

// Elections, their candidates, voters and papers.
void TestCliVerify::electionsAndPapersHold()
{
    const QString file = createFixtureWithElections();
    QVERIFY(!file.isEmpty());
    const CliRun run = cli({ u"verify"_s, file });
    QVERIFY2(run.exitCode == 0, qPrintable(run.out));
}

void TestCliVerify::renamedMemberIsNamed()
{
    const QString file = createFixture();
    QVERIFY(!file.isEmpty());
    QCOMPARE(sample::execRaw(file, { u"UPDATE members SET name = 'x' WHERE number = '1002'"_s }), QString());
    const QByteArray before = sample::fingerprint(file);

    const CliRun run = cli({ u"verify"_s, file });
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.contains(u"members 1002 name: "_s), qPrintable(run.out));
    QVERIFY2(run.out.contains(u"“x”"_s), qPrintable(run.out));
    QVERIFY2(run.out.contains(u"2 problems found:"_s), qPrintable(run.out));
    // Checking never writes.
    QCOMPARE(sample::fingerprint(file), before);
}

void TestCliVerify::jsonSaysWhatHolds()
{
    const QString file = createFixture();
    QVERIFY(!file.isEmpty());
    const QJsonObject intact = json({ u"verify"_s, file, u"--json"_s });
    QCOMPARE(intact.value(u"ok").toBool(false), true);
    QCOMPARE(intact.value(u"problems").toArray().size(), 0);
    QCOMPARE(intact.value(u"problem_count").toInteger(-1), 0);
    const QJsonObject head = intact.value(u"head").toObject();
    QVERIFY(head.value(u"entry").toInteger() > 0);
    QVERIFY(QRegularExpression(u"^[0-9a-f]{64}$"_s).match(head.value(u"hash").toString()).hasMatch());

    QCOMPARE(sample::execRaw(file, { u"UPDATE members SET status = 'suspended' WHERE number = '1001'"_s }),
             QString());
    const CliRun run = cli({ u"verify"_s, file, u"--json"_s });
    QCOMPARE(run.exitCode, 1);
    const QJsonObject broken = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(broken.value(u"ok").toBool(true), false);
    QCOMPARE(broken.value(u"head").toObject(), head); // the trail itself is untouched
    const QJsonArray problems = broken.value(u"problems").toArray();
    QCOMPARE(broken.value(u"problem_count").toInteger(), problems.size());
    const QJsonObject named { { u"table"_s, u"members"_s },
                              { u"key"_s, u"1001"_s },
                              { u"field"_s, u"status"_s } };
    bool isNamed = false;
    for (const QJsonValue& problem : problems) {
        const QJsonObject object = problem.toObject();
        QCOMPARE(QStringList(object.keys()),
                 (QStringList { u"field"_s, u"key"_s, u"message"_s, u"table"_s }));
        QVERIFY(!object.value(u"message").toString().isEmpty());
        QJsonObject place = object;
        place.remove(u"message"_s);
        isNamed = isNamed || place == named;
    }
    QVERIFY2(isNamed, qPrintable(run.out));
}

void TestCliVerify::headOfAPrintedReportIsChecked()
{
    const QString file = createFixture();
    QVERIFY(!file.isEmpty());
    const QJsonObject head = json({ u"verify"_s, file, u"--json"_s }).value(u"head").toObject();
    const QString entry = QString::number(head.value(u"entry").toInteger());
    const QString hash = head.value(u"hash").toString();
    QVERIFY(!hash.isEmpty());

    // In full, and as a footer prints it.
    QCOMPARE(cli({ u"verify"_s, file, u"--head"_s, entry, hash }).exitCode, 0);
    const QString printed = hash.left(4) + u"…"_s + hash.right(4);
    QCOMPARE(cli({ u"verify"_s, file, u"--head"_s, entry, printed }).exitCode, 0);
    // The entry's digits grouped, as a footer prints 1,234 (here "0,0NN" is the same entry): separators
    // are not digits.
    const QString grouped = u"0,"_s + entry.rightJustified(3, u'0');
    QCOMPARE(cli({ u"verify"_s, file, u"--head"_s, grouped, printed }).exitCode, 0);

    // The history goes on: the old head is still on the trail.
    QCOMPARE(cli({ u"members"_s, u"add"_s, file, u"--number"_s, u"1009"_s, u"--name"_s, u"Later"_s,
                   u"--class"_s, u"Community"_s })
                 .exitCode,
             0);
    QCOMPARE(cli({ u"verify"_s, file, u"--head"_s, entry, printed }).exitCode, 0);

    // A trail rewritten from that entry on no longer passes through it.
    const CliRun rewritten = cli({ u"verify"_s, file, u"--head"_s, entry, u"0000…0000"_s });
    QCOMPARE(rewritten.exitCode, 1);
    QVERIFY2(rewritten.out.contains(u"audit_log %1 hash: "_s.arg(entry)), qPrintable(rewritten.out));
    const CliRun beyond = cli({ u"verify"_s, file, u"--head"_s, u"999"_s, hash });
    QCOMPARE(beyond.exitCode, 1);
    QVERIFY2(beyond.out.contains(u"no entry 999"_s), qPrintable(beyond.out));
}

void TestCliVerify::badUsage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("named"); // in the message

    QTest::newRow("head without hash") << QStringList { u"--head"_s, u"3"_s } << u"HASH"_s;
    QTest::newRow("hash without head") << QStringList { u"abcd…0123"_s } << u"abcd…0123"_s;
    QTest::newRow("entry not a number")
        << QStringList { u"--head"_s, u"three"_s, u"abcd…0123"_s } << u"three"_s;
    QTest::newRow("entry zero") << QStringList { u"--head"_s, u"0"_s, u"abcd…0123"_s } << u"--head"_s;
    QTest::newRow("hash not hexadecimal") << QStringList { u"--head"_s, u"3"_s, u"wxyz…0123"_s } << u"wxyz"_s;
    QTest::newRow("hash too short") << QStringList { u"--head"_s, u"3"_s, u"abc"_s } << u"abc"_s;
    QTest::newRow("hash with a control character")
        << QStringList { u"--head"_s, u"3"_s, u"ab\u001bcd"_s } << u"\\x1b"_s;
}

void TestCliVerify::badUsage()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, named);
    const QString file = createFixture();
    QVERIFY(!file.isEmpty());
    const CliRun run = cli(QStringList { u"verify"_s, file } + arguments);
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.out, QString());
    QVERIFY2(run.err.contains(named), qPrintable(run.err));
}

void TestCliVerify::missingFileIsRefused()
{
    const CliRun run = cli({ u"verify"_s, path(u"nowhere.mutual"_s) });
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"not-found"_s), qPrintable(run.err));
}

QTEST_GUILESS_MAIN(TestCliVerify)
#include "TestCliVerify.moc"
