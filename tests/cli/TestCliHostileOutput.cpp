#include "CliTestCase.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>
#include <QScopeGuard>
#include <QTest>

#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

// Careless and hostile command lines that must not overwrite a mutual, take one of two values, or
// fail on a file that can only be read.
class TestCliHostileOutput : public CliTestCase
{
    Q_OBJECT

private Q_SLOTS:
    void exportNeverReplacesTheMutual_data();
    void exportNeverReplacesTheMutual();
    void exportStillWritesAndReplacesOtherFiles();
    void initAndDemoNeverReplaceAMutual_data();
    void initAndDemoNeverReplaceAMutual();
    void singleValuedOptionGivenTwice_data();
    void singleValuedOptionGivenTwice();
    void repeatableOptionsStillRepeat();
    void numberTooLargeNamesTheRange_data();
    void numberTooLargeNamesTheRange();
    void listingsReadAFileInAFolderNobodyMayWrite();

private:
    // Makes a folder impossible to write: root ignores permission bits, so it gets the immutable
    // attribute, which binds root too; anyone else gets the bits.
    static bool setFolderWritable(const QString& folder, bool isWritable);
};

bool TestCliHostileOutput::setFolderWritable(const QString& folder, bool isWritable)
{
    if (::geteuid() == 0)
        return QProcess::execute(u"chattr"_s, { isWritable ? u"-i"_s : u"+i"_s, folder }) == 0;
    QFile::Permissions permissions = QFile::ReadOwner | QFile::ExeOwner | QFile::ReadUser | QFile::ExeUser;
    if (isWritable)
        permissions |= QFile::WriteOwner | QFile::WriteUser;
    return QFile::setPermissions(folder, permissions);
}

void TestCliHostileOutput::exportNeverReplacesTheMutual_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<bool>("isForced");
    for (const bool isForced : { false, true }) {
        const char* force = isForced ? " --force" : "";
        QTest::addRow("the same name%s", force) << u"same"_s << isForced;
        QTest::addRow("the same file by another path%s", force) << u"dotted"_s << isForced;
        QTest::addRow("a symbolic link to it%s", force) << u"symlink"_s << isForced;
        QTest::addRow("a hard link to it%s", force) << u"hardlink"_s << isForced;
        QTest::addRow("its -wal%s", force) << u"wal"_s << isForced;
        QTest::addRow("its -shm by a symbolic link%s", force) << u"shm-link"_s << isForced;
        QTest::addRow("its -journal%s", force) << u"journal"_s << isForced;
    }
}

// `elections export e.mutual 2 e.mutual --force` replaced the mutual with a 73-byte .blt.
void TestCliHostileOutput::exportNeverReplacesTheMutual()
{
    QFETCH(QString, kind);
    QFETCH(bool, isForced);
    const QString file = createFixtureWithElections();
    QVERIFY(!file.isEmpty());
    QVERIFY(QDir().mkdir(path(u"exports"_s)));
    QString output = file;
    if (kind == u"dotted") {
        output = path(u"exports/../"_s) + QFileInfo(file).fileName();
    } else if (kind == u"symlink") {
        output = path(u"exports/board.blt"_s);
        QVERIFY(QFile::link(file, output));
    } else if (kind == u"hardlink") {
        output = path(u"exports/board.blt"_s);
        QCOMPARE(::link(QFile::encodeName(file).constData(), QFile::encodeName(output).constData()), 0);
    } else if (kind == u"wal") {
        output = file + u"-wal"_s;
    } else if (kind == u"shm-link") {
        output = path(u"exports/board.blt"_s);
        QVERIFY(QFile::link(file + u"-shm"_s, output));
    } else if (kind == u"journal") {
        output = file + u"-journal"_s;
    }
    const QByteArray before = fileDigest(file);
    QStringList arguments { u"elections"_s, u"export"_s, file, u"2"_s, output };
    if (isForced)
        arguments.append(u"--force"_s);
    const CliRun run = cli(arguments);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"(output-is-mutual)"_s), qPrintable(run.err));
    QVERIFY2(run.err.contains(output), qPrintable(run.err));
    QVERIFY2(run.err.contains(u"Choose another name"_s), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
    QCOMPARE(fileDigest(file), before);
    // Nothing was written under any name that leads to it.
    for (const char* suffix : { "-wal", "-shm", "-journal" })
        QVERIFY2(!QFileInfo::exists(file + QLatin1String(suffix)), suffix);
    QCOMPARE(cli({ u"elections"_s, file }).exitCode, 0);
}

void TestCliHostileOutput::exportStillWritesAndReplacesOtherFiles()
{
    const QString file = createFixtureWithElections();
    QVERIFY(!file.isEmpty());
    const QString output = path(u"board.blt"_s);
    const CliRun first = cli({ u"elections"_s, u"export"_s, file, u"2"_s, output });
    QCOMPARE(first.exitCode, 0);
    QFile exported(output);
    QVERIFY(exported.open(QIODevice::ReadOnly));
    const QByteArray papers = exported.readAll();
    exported.close();
    QVERIFY(papers.startsWith("2 1\n")); // two candidates, one seat
    QVERIFY(writeFile(u"board.blt"_s, "an older export\n") == output);
    const CliRun refused = cli({ u"elections"_s, u"export"_s, file, u"2"_s, output });
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(u"(exists)"_s), qPrintable(refused.err));
    const CliRun replaced = cli({ u"elections"_s, u"export"_s, file, u"2"_s, output, u"--force"_s });
    QCOMPARE(replaced.exitCode, 0);
    QVERIFY(exported.open(QIODevice::ReadOnly));
    QCOMPARE(exported.readAll(), papers);
    // The .blt was put in place whole: no temporary file is left beside it.
    QCOMPARE(QDir(folder()).entryList({ u"board.blt*"_s }), QStringList { u"board.blt"_s });
}

void TestCliHostileOutput::initAndDemoNeverReplaceAMutual_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("target");
    for (const QString& command : { u"init"_s, u"demo"_s }) {
        QTest::addRow("%s over the mutual", qPrintable(command)) << command << u"mutual"_s;
        QTest::addRow("%s over a symbolic link to it", qPrintable(command)) << command << u"symlink"_s;
        QTest::addRow("%s over a dangling symbolic link", qPrintable(command)) << command << u"dangling"_s;
        QTest::addRow("%s beside a mutual called FILE.part", qPrintable(command)) << command << u"part"_s;
    }
}

// A new mutual is never built over a file that is there, nor over one named like its working file.
void TestCliHostileOutput::initAndDemoNeverReplaceAMutual()
{
    QFETCH(QString, command);
    QFETCH(QString, target);
    const QString file = createFixture();
    QVERIFY(!file.isEmpty());
    const QByteArray before = fileDigest(file);
    QString output = file;
    if (target == u"symlink") {
        output = path(u"new.mutual"_s);
        QVERIFY(QFile::link(file, output));
    } else if (target == u"dangling") {
        output = path(u"new.mutual"_s);
        QVERIFY(QFile::link(path(u"nowhere/else.mutual"_s), output));
    } else if (target == u"part") {
        output = path(u"new.mutual"_s);
        QVERIFY(QFile::rename(file, output + u".part"_s));
    }
    QStringList arguments { command, output };
    if (command == u"init")
        arguments += { u"--name"_s, u"Second Co-op"_s };
    else
        arguments += { u"--members"_s, u"40"_s, u"--years"_s, u"2"_s,
                       u"--seed"_s,    u"3"_s,  u"--until"_s, u"2026-03-31"_s };
    const CliRun run = cli(arguments);
    if (target == u"part") {
        // The new mutual is made; the file that only looked like its working file is as it was.
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(fileDigest(output + u".part"_s), before);
        QCOMPARE(cli({ u"members"_s, output + u".part"_s }).exitCode, 0);
        QCOMPARE(cli({ u"members"_s, output }).exitCode, 0);
        return;
    }
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"(exists)"_s), qPrintable(run.err));
    QCOMPARE(fileDigest(file), before);
}

void TestCliHostileOutput::singleValuedOptionGivenTwice_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("option");
    const QStringList membersAdd { u"members"_s, u"add"_s,     mutualFileArgument, u"--name"_s,
                                   u"Ann"_s,     u"--class"_s, u"Employee"_s };
    const QStringList sharesAdd { u"shares"_s, u"add"_s,    mutualFileArgument, u"--member"_s,
                                  u"1002"_s,   u"--date"_s, u"2024-07-01"_s };
    QTest::newRow("--number 7001 --number 7002")
        << membersAdd + QStringList { u"--number"_s, u"7001"_s, u"--number"_s, u"7002"_s } << u"--number"_s;
    QTest::newRow("--number=7001 --number 7002")
        << membersAdd + QStringList { u"--number=7001"_s, u"--number"_s, u"7002"_s } << u"--number"_s;
    QTest::newRow("the same value twice")
        << membersAdd + QStringList { u"--number"_s, u"7001"_s, u"--number"_s, u"7001"_s } << u"--number"_s;
    QTest::newRow("--shares 1 --shares 2") << sharesAdd
            + QStringList { u"--kind"_s, u"subscription"_s, u"--shares"_s, u"1"_s, u"--shares"_s, u"2"_s }
                                           << u"--shares"_s;
    QTest::newRow("--kind withdrawal --kind subscription")
        << sharesAdd + QStringList { u"--shares"_s,   u"1"_s,      u"--kind"_s,
                                     u"withdrawal"_s, u"--kind"_s, u"subscription"_s }
        << u"--kind"_s;
    QTest::newRow("a listing's --as-of twice")
        << QStringList { u"holdings"_s,   mutualFileArgument, u"--as-of"_s,
                         u"2024-01-01"_s, u"--as-of"_s,       u"2025-01-01"_s }
        << u"--as-of"_s;
}

// Both values were accepted and the last one quietly recorded.
void TestCliHostileOutput::singleValuedOptionGivenTwice()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, option);
    const QString file = createFixture();
    QVERIFY(!file.isEmpty());
    arguments.replaceInStrings(mutualFileArgument, file);
    const QByteArray before = fileDigest(file);
    const CliRun run = cli(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(option + u" was given more than once"_s), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
    QCOMPARE(fileDigest(file), before);
}

// Options meant to repeat still do: the candidates of an election, the shares of classes in a vote.
void TestCliHostileOutput::repeatableOptionsStillRepeat()
{
    const QString file = createVotingFixture();
    QVERIFY(!file.isEmpty());
    QVERIFY(runSteps({
        { u"meetings"_s, u"add"_s, file, u"--kind"_s, u"agm"_s, u"--date"_s, u"2025-03-01"_s, u"--title"_s,
          u"AGM"_s },
        { u"elections"_s, u"add"_s, file, u"--meeting"_s, u"1"_s, u"--title"_s, u"Board"_s, u"--seats"_s,
          u"1"_s, u"--candidate"_s, u"Ann"_s, u"--candidate"_s, u"Bo"_s, u"--candidate"_s, u"Cy"_s },
        { u"motions"_s, u"add"_s, file, u"--meeting"_s, u"1"_s, u"--title"_s, u"Rules"_s, u"--scheme"_s,
          u"classes"_s, u"--class-share"_s, u"Employee=5000"_s, u"--class-share"_s,
          u"Founding council=5000"_s },
    }));
    const QJsonObject elections = json({ u"elections"_s, file, u"--json"_s });
    QVERIFY2(QJsonDocument(elections).toJson().contains("\"Cy\""),
             QJsonDocument(elections).toJson().constData());
}

void TestCliHostileOutput::numberTooLargeNamesTheRange_data()
{
    QTest::addColumn<QString>("number");
    QTest::addColumn<QString>("quoted");
    QTest::newRow("the largest 64-bit number") << u"9223372036854775807"_s << u"“9223372036854775807”"_s;
    QTest::newRow("one more than the maximum") << u"1000000001"_s << u"“1000000001”"_s;
    QTest::newRow("an escape code") << u"1\x1b[31m"_s << u"“1\\x1b[31m”"_s;
    QTest::newRow("300 digits") << QString(300, u'9') << u"“"_s + QString(200, u'9') + u"…”"_s;
}

// "--shares 9223372036854775807" was told it "needs a positive whole number". The share count now goes
// to the ledger's own rule (TestCliHostileMoney); any other number option says its range.
void TestCliHostileOutput::numberTooLargeNamesTheRange()
{
    QFETCH(QString, number);
    QFETCH(QString, quoted);
    const QString file = createFixture();
    QVERIFY(!file.isEmpty());
    const QByteArray before = fileDigest(file);
    const CliRun run
        = cli({ u"motions"_s, u"add"_s, file, u"--title"_s, u"Adopt the rules"_s, u"--meeting"_s, number });
    QCOMPARE(run.exitCode, 2);
    const QString range = u"--meeting needs a whole number from 1 to 1000000000, not "_s;
    QVERIFY2(run.err.contains(range + quoted), qPrintable(run.err));
    QVERIFY2(!run.err.contains(QString(201, u'9')), "the input is quoted whole");
    QCOMPARE(fileDigest(file), before);
}

// README: a file that can be read but not written still lists. The folder cannot be written, so SQLite
// cannot make the -shm file it reads a WAL file through; the listings failed with "attempt to write a
// readonly database".
void TestCliHostileOutput::listingsReadAFileInAFolderNobodyMayWrite()
{
    const QString source = createFixtureWithElections();
    QVERIFY(!source.isEmpty());
    QVERIFY(QDir().mkdir(path(u"published"_s)));
    const QString file = path(u"published/coop.mutual"_s);
    QVERIFY(QFile::copy(source, file));
    const QByteArray before = fileDigest(file);
    QVERIFY(setFolderWritable(path(u"published"_s), false));
    const auto restore = qScopeGuard([this] { setFolderWritable(path(u"published"_s), true); });
    for (const QStringList& listing : QList<QStringList> {
             { u"members"_s, file },
             { u"shares"_s, file },
             { u"holdings"_s, file },
             { u"meetings"_s, file },
             { u"motions"_s, file },
             { u"elections"_s, file },
             { u"elections"_s, u"result"_s, file, u"3"_s },
             { u"elections"_s, u"export"_s, file, u"2"_s, path(u"board.blt"_s) },
         }) {
        const CliRun run = cli(listing);
        QVERIFY2(run.exitCode == 0, qPrintable(listing.join(u' ') + u": "_s + run.err));
        QVERIFY2(!run.out.isEmpty(), qPrintable(listing.join(u' ')));
    }
    // A change is refused, saying why, and the file is as it was, with nothing beside it.
    const CliRun change = cli({ u"members"_s, u"add"_s, file, u"--number"_s, u"7001"_s, u"--name"_s, u"Ann"_s,
                                u"--class"_s, u"Employee"_s });
    QCOMPARE(change.exitCode, 1);
    QVERIFY2(change.err.contains(u"cannot be changed: the file or its folder is read-only"_s),
             qPrintable(change.err));
    QVERIFY2(change.err.contains(u"(read-only)"_s), qPrintable(change.err));
    QCOMPARE(fileDigest(file), before);
    QCOMPARE(QDir(path(u"published"_s)).entryList(QDir::Files | QDir::Hidden),
             QStringList { u"coop.mutual"_s });
}

QTEST_GUILESS_MAIN(TestCliHostileOutput)
#include "TestCliHostileOutput.moc"
