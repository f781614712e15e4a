#include "CliTestCase.h"

#include <QFile>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

// Tests of the real mutualise-cli, started as a process, for what only a process shows: what reaches
// the shell, the set-up in main(), and a failed write to standard output. The other tests run the
// commands in their own process.
class TestCliProcess : public CliTestCase
{
    Q_OBJECT

private Q_SLOTS:
    void topLevelHelpListsEveryCommand();
    void versionIsPrinted();
    void exitStatusReachesTheShell_data();
    void exitStatusReachesTheShell();
    void failedOutputIsAnError_data();
    void failedOutputIsAnError();
};

void TestCliProcess::topLevelHelpListsEveryCommand()
{
    const CliRun run = cliProcess({ u"--help"_s });
    QCOMPARE(run.exitCode, 0);
    for (const char* command : { "init",
                                 "demo",
                                 "members add",
                                 "members cease",
                                 "shares add",
                                 "shares reverse",
                                 "holdings",
                                 "meetings add",
                                 "meetings attend",
                                 "meetings attendance",
                                 "meetings proxy",
                                 "motions add",
                                 "motions open",
                                 "motions close",
                                 "ballots import",
                                 "tally",
                                 "elections",
                                 "elections add",
                                 "elections open",
                                 "elections vote",
                                 "elections import",
                                 "elections export",
                                 "elections close",
                                 "elections result" })
        QVERIFY2(run.out.contains(QLatin1String(command)), command);
    QVERIFY(run.out.contains(u"List the register of members."));
    QVERIFY(run.err.isEmpty());
}

void TestCliProcess::versionIsPrinted()
{
    const CliRun run = cliProcess({ u"--version"_s });
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.startsWith(u"mutualise-cli 0."), qPrintable(run.out));
}

void TestCliProcess::exitStatusReachesTheShell_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("done") << QStringList { u"init"_s, u"new.mutual"_s, u"--name"_s, u"New"_s } << 0
                          << QString();
    QTest::newRow("refused") << QStringList { u"members"_s, u"missing.mutual"_s } << 1 << u"(not-found)"_s;
    QTest::newRow("bad usage") << QStringList { u"frobnicate"_s } << 2 << u"Try “mutualise-cli --help”."_s;
}

void TestCliProcess::exitStatusReachesTheShell()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const CliRun run = cliProcess(arguments);
    QCOMPARE(run.exitCode, exitCode);
    if (message.isEmpty())
        QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
    else
        QVERIFY2(run.err.startsWith(u"error: "_s) && run.err.contains(message), qPrintable(run.err));
}

void TestCliProcess::failedOutputIsAnError_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("members table") << QStringList { u"members"_s, mutualFileArgument };
    QTest::newRow("holdings json") << QStringList { u"holdings"_s, mutualFileArgument, u"--json"_s };
    QTest::newRow("shares table") << QStringList { u"shares"_s, mutualFileArgument };
    QTest::newRow("command help") << QStringList { u"members"_s, u"--help"_s };
    QTest::newRow("overview") << QStringList { u"--help"_s };
    QTest::newRow("version") << QStringList { u"--version"_s };
}

void TestCliProcess::failedOutputIsAnError()
{
    QFETCH(QStringList, arguments);
    // /dev/full accepts opening and refuses every write, like a full disk
    if (!QFile::exists(u"/dev/full"_s))
        QSKIP("no /dev/full on this system");
    const QString file = createFixture();
    QVERIFY(!file.isEmpty());
    arguments.replaceInStrings(mutualFileArgument, file);
    const CliRun run = cliProcess(arguments, u"/dev/full"_s);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.startsWith(u"error: Could not write the output"), qPrintable(run.err));
    QVERIFY2(run.err.contains(u"(output-not-written)"), qPrintable(run.err));
}

QTEST_GUILESS_MAIN(TestCliProcess)
#include "TestCliProcess.moc"
