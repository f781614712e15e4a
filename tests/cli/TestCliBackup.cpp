#include "CliTestCase.h"
#include "SampleMutual.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

// `backup FILE DEST`: a copy as the file is when it starts, whoever writes it meanwhile, that holds
// what the file holds and verifies as it does; a destination that exists, or is the file, is refused.
class TestCliBackup : public CliTestCase
{
    Q_OBJECT

private Q_SLOTS:
    void copyHoldsWhatTheFileHolds();
    void copyIsMadeWhileAnotherProgramWrites();
    void copyOfAChangedFileSaysSo();
    void refusals_data();
    void refusals();
};

void TestCliBackup::copyHoldsWhatTheFileHolds()
{
    const QString file = createFixtureWithMotions();
    QVERIFY(!file.isEmpty());
    const QString copy = path(u"copies/north-backup.mutual"_s);
    QVERIFY(QDir().mkpath(QFileInfo(copy).absolutePath()));
    const QByteArray before = sample::fingerprint(file);

    const CliRun run = cli({ u"backup"_s, file, copy });
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(u"The copy verifies."_s), qPrintable(run.out));
    QVERIFY2(run.out.contains(u": 6 members, audit trail entry "_s), qPrintable(run.out));
    QCOMPARE(sample::fingerprint(file), before);
    QVERIFY(sample::leftovers(copy).isEmpty());

    // The same register, holdings, motions and audit trail, read by the program from each.
    for (const QStringList& listing : { QStringList { u"members"_s }, QStringList { u"holdings"_s },
                                        QStringList { u"motions"_s }, QStringList { u"verify"_s } }) {
        const QJsonObject original = json(listing + QStringList { file, u"--json"_s });
        QVERIFY(!original.isEmpty());
        QCOMPARE(json(listing + QStringList { copy, u"--json"_s }), original);
    }
    // Kept as the program keeps its files: the window can read it while the command line writes.
    QSqlDatabase database = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"copy"_s);
    database.setDatabaseName(copy);
    QVERIFY(database.open());
    QSqlQuery mode(database);
    QVERIFY(mode.exec(u"PRAGMA journal_mode"_s) && mode.next());
    QCOMPARE(mode.value(0).toString(), u"wal"_s);
    mode.finish();
    database.close();
    database = QSqlDatabase();
    QSqlDatabase::removeDatabase(u"copy"_s);

    // The copy is a mutual like any other: it takes changes.
    QCOMPARE(cli({ u"members"_s, u"add"_s, copy, u"--number"_s, u"2001"_s, u"--name"_s, u"New"_s,
                   u"--class"_s, u"Community"_s })
                 .exitCode,
             0);
    QCOMPARE(cli({ u"verify"_s, copy }).exitCode, 0);
}

void TestCliBackup::copyIsMadeWhileAnotherProgramWrites()
{
    const QString file = createFixture();
    QVERIFY(!file.isEmpty());
    const QString copy = path(u"during.mutual"_s);
    {
        // Another program in the middle of a change: it holds the file's only write lock.
        QSqlDatabase other = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"other"_s);
        other.setDatabaseName(file);
        QVERIFY(other.open());
        QSqlQuery change(other);
        QVERIFY(change.exec(u"BEGIN IMMEDIATE"_s));
        QVERIFY(change.exec(u"UPDATE members SET name = 'Not yet' WHERE number = '1001'"_s));

        const CliRun run = cli({ u"backup"_s, file, copy });
        QCOMPARE(run.exitCode, 0);

        QVERIFY(change.exec(u"ROLLBACK"_s));
        change.finish();
        other.close();
    }
    QSqlDatabase::removeDatabase(u"other"_s);
    // The copy has what was committed, and not the change under way.
    const QJsonObject member = memberNumbered(json({ u"members"_s, copy, u"--json"_s }), u"1001"_s);
    QCOMPARE(member.value(u"name").toString(), u"Anytown Council"_s);
    QCOMPARE(cli({ u"verify"_s, copy }).exitCode, 0);
}

void TestCliBackup::copyOfAChangedFileSaysSo()
{
    // A copy of a file changed behind the program's back is still written, and says it does not verify.
    const QString file = createFixture();
    QVERIFY(!file.isEmpty());
    QCOMPARE(sample::execRaw(file, { u"UPDATE members SET name = 'x' WHERE number = '1002'"_s }), QString());
    const QString copy = path(u"changed.mutual"_s);
    const CliRun run = cli({ u"backup"_s, file, copy });
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.contains(u"The copy does not verify: 2 problems, as in the file itself."_s),
             qPrintable(run.out));
    QVERIFY(QFileInfo::exists(copy));
    QCOMPARE(cli({ u"verify"_s, copy }).exitCode, 1);
}

void TestCliBackup::refusals_data()
{
    QTest::addColumn<QString>("destination"); // relative to the test's folder; %FILE% for the file
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("named"); // in the message

    QTest::newRow("destination exists") << u"existing.mutual"_s << 1 << u"(exists)"_s;
    QTest::newRow("the file itself") << mutualFileArgument << 1 << u"(output-is-mutual)"_s;
    QTest::newRow("its write-ahead log") << mutualFileArgument + u"-wal"_s << 1 << u"(output-is-mutual)"_s;
    QTest::newRow("no such folder") << u"nowhere/copy.mutual"_s << 1 << u"(not-written)"_s;
    QTest::newRow("no destination") << QString() << 2 << u"DEST"_s;
}

void TestCliBackup::refusals()
{
    QFETCH(QString, destination);
    QFETCH(int, exitCode);
    QFETCH(QString, named);
    const QString file = createFixture();
    QVERIFY(!file.isEmpty());
    const QString existing = writeFile(u"existing.mutual"_s, "a file that matters");
    const QByteArray existingBefore = sample::fingerprint(existing);
    const QByteArray before = sample::fingerprint(file);
    QStringList arguments { u"backup"_s, file };
    if (!destination.isEmpty())
        arguments.append(destination.startsWith(mutualFileArgument)
                             ? destination.replace(mutualFileArgument, file)
                             : path(destination));
    const CliRun run = cli(arguments);
    QCOMPARE(run.exitCode, exitCode);
    QCOMPARE(run.out, QString());
    QVERIFY2(run.err.contains(named), qPrintable(run.err));
    QCOMPARE(sample::fingerprint(file), before);
    QCOMPARE(sample::fingerprint(existing), existingBefore);
    // Nothing half-written is left behind.
    const QStringList left = QDir(folder()).entryList({ u"*.part*"_s });
    QVERIFY2(left.isEmpty(), qPrintable(left.join(u' ')));
}

QTEST_GUILESS_MAIN(TestCliBackup)
#include "TestCliBackup.moc"
