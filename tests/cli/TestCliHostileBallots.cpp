#include "CliTestCase.h"

#include <QLocale>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

// Ballot boxes that cannot be stuffed: an election's papers, named or imported, never outnumber the
// members on its roll, and a file that would make them is refused whole, at once, the mutual unchanged
// byte for byte. See createFixtureWithElections: elections 1 and 2 have rolls of five (1001, 1002,
// 1004, 1005, 1006); 1001 has voted in election 1.
class TestCliHostileBallots : public CliTestCase
{
    Q_OBJECT

private Q_SLOTS:
    void importBeyondTheRollIsRefused();
    void sameFileTwiceIsRefused();
    void hugeWeightIsRefusedAtOnce();
    void namedPaperBeyondTheRollIsRefused();
    void motionBallotsCannotOutnumberTheRoll();

private:
    CliRun refusedUnchanged(const QStringList& arguments, const QString& file);
};

// Runs a command that must be refused (exit 1) and leave the mutual exactly as it was.
CliRun TestCliHostileBallots::refusedUnchanged(const QStringList& arguments, const QString& file)
{
    const QByteArray before = fileDigest(file);
    const CliRun run = cli(arguments);
    [&] {
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.out, QString());
        QCOMPARE(fileDigest(file), before);
    }();
    return run;
}

void TestCliHostileBallots::importBeyondTheRollIsRefused()
{
    const QString file = createFixtureWithElections();
    QVERIFY(!file.isEmpty());
    // One line standing for 1,000,101 papers, in an election whose roll has five members.
    const QString stuffed
        = writeFile(u"stuffed.blt"_s, "2 1\n1000101 1 0\n0\n\"Ann\"\n\"Bo\"\n\"Treasurer\"\n");
    const CliRun refused = refusedUnchanged({ u"elections"_s, u"import"_s, file, u"2"_s, stuffed }, file);
    QCOMPARE(refused.err,
             u"error: This file holds %1 papers, but election 2 has only 5 members on its roll yet "
             "to vote: 5 on the roll, 0 papers recorded. (too-many-papers)\n"_s.arg(
                 QLocale().toString(1'000'101)));

    // Six papers on six lines: one too many. Five fit, and then not one more.
    const QString six
        = writeFile(u"six.blt"_s, "2 1\n1 1 0\n1 2 0\n1 1 2 0\n1 2 1 0\n1 1 0\n1 2 0\n0\nAnn\nBo\n");
    QVERIFY2(refusedUnchanged({ u"elections"_s, u"import"_s, file, u"2"_s, six }, file)
                 .err.contains(u"This file holds 6 papers"_s),
             "six papers");
    const QString five = writeFile(u"five.blt"_s, "2 1\n3 1 0\n2 2 0\n0\nAnn\nBo\n");
    QCOMPARE(cli({ u"elections"_s, u"import"_s, file, u"2"_s, five }).out, u"Ballot papers imported: 5\n"_s);
    const QString one = writeFile(u"one.blt"_s, "2 1\n1 1 0\n0\nAnn\nBo\n");
    const CliRun full = refusedUnchanged({ u"elections"_s, u"import"_s, file, u"2"_s, one }, file);
    QCOMPARE(
        full.err,
        u"error: This file holds 1 paper, but every member on the roll of election 2 has voted: 5 on the "
        "roll, 5 papers recorded. (too-many-papers)\n"_s);
    QCOMPARE(json({ u"elections"_s, u"result"_s, file, u"2"_s, u"--json"_s }).value(u"papers").toInteger(),
             5);
}

// The same postal file imported twice would count each of its papers twice.
void TestCliHostileBallots::sameFileTwiceIsRefused()
{
    const QString file = createFixtureWithElections();
    QVERIFY(!file.isEmpty());
    const QString postal = writeFile(u"postal.blt"_s, "2 1\n2 1 0\n1 2 0\n0\n\"Ann\"\n\"Bo\"\n\"Postal\"\n");
    QCOMPARE(cli({ u"elections"_s, u"import"_s, file, u"2"_s, postal }).exitCode, 0);
    const CliRun again = refusedUnchanged({ u"elections"_s, u"import"_s, file, u"2"_s, postal }, file);
    QCOMPARE(again.err,
             u"error: This file holds 3 papers, but election 2 has only 2 members on its roll yet "
             "to vote: 5 on the roll, 3 papers recorded. (too-many-papers)\n"_s);
}

// A 7-line file whose one ballot line stands for 999,999,999,999 papers: refused at once, not written
// a row at a time.
void TestCliHostileBallots::hugeWeightIsRefusedAtOnce()
{
    const QString file = createFixtureWithElections();
    QVERIFY(!file.isEmpty());
    const QString huge
        = writeFile(u"huge.blt"_s,
                    "3 2\n999999999999 1 2 0\n0\n\"Alice Example\"\n\"Dana Reed\"\n\"Evan Cole\"\n"
                    "\"Board election\"\n");
    const CliRun refused = refusedUnchanged({ u"elections"_s, u"import"_s, file, u"1"_s, huge }, file);
    QCOMPARE(refused.err,
             u"error: This file holds %1 papers, but election 1 has only 4 members on its roll yet "
             "to vote: 5 on the roll, 1 paper recorded. (too-many-papers)\n"_s.arg(
                 QLocale().toString(999'999'999'999)));
}

// Imported papers name no voter, but each stands for a member of the roll: once they and the named
// papers fill it, even a member who has not voted is refused.
void TestCliHostileBallots::namedPaperBeyondTheRollIsRefused()
{
    const QString file = createFixtureWithElections();
    QVERIFY(!file.isEmpty());
    const QString postal
        = writeFile(u"postal.blt"_s, "3 2\n3 2 0\n0\n\"Alice Example\"\n\"Dana Reed\"\n\"Evan Cole\"\n");
    QCOMPARE(cli({ u"elections"_s, u"import"_s, file, u"1"_s, postal }).out,
             u"Ballot papers imported: 3\n"_s);
    QCOMPARE(cli({ u"elections"_s, u"vote"_s, file, u"1"_s, writeFile(u"1004.csv"_s, "1004,1,person\n") })
                 .exitCode,
             0);
    const CliRun refused = refusedUnchanged(
        { u"elections"_s, u"vote"_s, file, u"1"_s, writeFile(u"1005.csv"_s, "1005,2,post\n") }, file);
    QCOMPARE(refused.err,
             u"error: Recording 1 paper would give election 1 more papers than members on its roll: 5 on the "
             "roll, 5 papers recorded already (imported papers name no voter, but each stands for a member "
             "who voted). (too-many-papers)\n"_s);
}

// A motion's ballots cannot outnumber its roll: each names a member on the roll who has not voted
// (the file's own checks, and a unique key in the file), and there is no import of anonymous ballots.
// See createFixtureWithMotions: motion 1's roll is 1001, 1002, 1004, 1005 and 1006; 1001 has voted.
void TestCliHostileBallots::motionBallotsCannotOutnumberTheRoll()
{
    const QString file = createFixtureWithMotions();
    QVERIFY(!file.isEmpty());
    const QString sixth = writeFile(u"ballots.csv"_s,
                                    "1002,for,person\n1004,for,person\n1005,against,post\n1006,for,person\n"
                                    "1001,for,person\n");
    const CliRun refused = refusedUnchanged({ u"ballots"_s, u"import"_s, file, u"1"_s, sixth }, file);
    QVERIFY2(refused.err.contains(u"(voted-twice)"_s), qPrintable(refused.err));
    const QString stranger
        = writeFile(u"stranger.csv"_s,
                    "1002,for,person\n1004,for,person\n1005,against,post\n1006,for,person\n"
                    "1003,for,person\n");
    const CliRun notOnRoll = refusedUnchanged({ u"ballots"_s, u"import"_s, file, u"1"_s, stranger }, file);
    QVERIFY2(notOnRoll.err.contains(u"(not-eligible)"_s), qPrintable(notOnRoll.err));
}

QTEST_GUILESS_MAIN(TestCliHostileBallots)
#include "TestCliHostileBallots.moc"
