#include "CliTestCase.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#include <sys/types.h>
#endif

using namespace Qt::Literals::StringLiterals;

// Tests of mutualise-cli against files that are not what an import expects: devices and pipes that never
// end, files too large, lines too long, blank lines by the million, cells a screen long or holding
// escape codes. Each is refused at once with a message that names the limit, and leaves the mutual as
// it was.
class TestCliHostileInput : public CliTestCase
{
    Q_OBJECT

private Q_SLOTS:
    void refusesWhatIsNotAFile_data();
    void refusesWhatIsNotAFile();
    void refusesAPipe();
    void refusesAFileTooLarge_data();
    void refusesAFileTooLarge();
    void refusesALineTooLong();
    void skipsBlankLinesWithoutCost();
    void stopsAtTheFirstRowThatCannotBeValid();
    void quotesACellCutShort();
    void refusesAMemberNumberWithEscapeCodes();
    void refusesCandidatesNamedAlike();
    void exportRefusesATitleItCouldNotReadBack();

private:
    // The three commands that read a file to import, with the file named `input`.
    static QList<QStringList> importsOf(const QString& mutual, const QString& input);
    // Runs the command and checks it is refused with the rule, the message holding `mentions`.
    void expectRefusal(const QStringList& arguments, const QString& rule, const QString& mentions);
};

QList<QStringList> TestCliHostileInput::importsOf(const QString& mutual, const QString& input)
{
    return { { u"count"_s, input },
             { u"ballots"_s, u"import"_s, mutual, u"1"_s, input },
             { u"elections"_s, u"import"_s, mutual, u"1"_s, input },
             { u"elections"_s, u"vote"_s, mutual, u"1"_s, input } };
}

void TestCliHostileInput::expectRefusal(const QStringList& arguments, const QString& rule,
                                        const QString& mentions)
{
    const CliRun run = cli(arguments);
    const QString shown = arguments.join(u' ') + u": "_s + run.err.left(500);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u'(' + rule + u')'), qPrintable(shown));
    QVERIFY2(run.err.contains(mentions), qPrintable(shown));
    QVERIFY2(run.err.size() < 1000, qPrintable(shown));
}

void TestCliHostileInput::refusesWhatIsNotAFile_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("kind");

    // /dev/zero never ends: read whole, it took 15 GB in 10 seconds.
    QTest::newRow("/dev/zero") << u"/dev/zero"_s << u"a device"_s;
    QTest::newRow("/dev/urandom") << u"/dev/urandom"_s << u"a device"_s;
    QTest::newRow("a folder") << u"%FOLDER%"_s << u"a folder"_s;
}

void TestCliHostileInput::refusesWhatIsNotAFile()
{
    QFETCH(QString, input);
    QFETCH(QString, kind);
#ifndef Q_OS_UNIX
    if (input.startsWith(u"/dev/"_s))
        QSKIP("No such device here");
#endif
    if (input == u"%FOLDER%")
        input = folder();
    const QString file = createFixtureWithElections();
    QVERIFY(!file.isEmpty());
    const QByteArray before = fileDigest(file);
    for (const QStringList& arguments : importsOf(file, input))
        expectRefusal(arguments, u"not-a-file"_s, kind);
    QCOMPARE(fileDigest(file), before);
}

void TestCliHostileInput::refusesAPipe()
{
#ifdef Q_OS_UNIX
    // Nobody writes to it: a plain open would wait for ever.
    const QString fifo = path(u"ballots.fifo"_s);
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    const QString file = createFixtureWithElections();
    const QByteArray before = fileDigest(file);
    for (const QStringList& arguments : importsOf(file, fifo))
        expectRefusal(arguments, u"not-a-file"_s, u"a pipe"_s);
    QCOMPARE(fileDigest(file), before);
#else
    QSKIP("Named pipes are a Unix thing");
#endif
}

void TestCliHostileInput::refusesAFileTooLarge_data()
{
    QTest::addColumn<bool>("isSparse");
    // A file that holds nothing but its size (no disk space used), and one of real ballot lines.
    QTest::newRow("sparse") << true;
    QTest::newRow("ballot lines") << false;
}

void TestCliHostileInput::refusesAFileTooLarge()
{
    QFETCH(bool, isSparse);
    const qint64 limit = 32 * 1024 * 1024;
    const QString input = path(u"large.csv"_s);
    {
        QFile large(input);
        QVERIFY(large.open(QIODevice::WriteOnly));
        if (isSparse) {
            QVERIFY(large.resize(limit + 1));
        } else {
            const QByteArray lines = QByteArray("1001,for,person\n").repeated(64 * 1024);
            for (qint64 written = 0; written <= limit; written += lines.size())
                QCOMPARE(large.write(lines), lines.size());
        }
    }
    const QString file = createFixtureWithElections();
    const QByteArray before = fileDigest(file);
    for (const QStringList& arguments : importsOf(file, input))
        expectRefusal(arguments, u"input-too-large"_s, u"32 MiB"_s);
    QCOMPARE(fileDigest(file), before);

    // The limit itself is read (and then refused for what it holds, not for its size).
    QVERIFY(QFile::resize(input, limit));
    const CliRun atTheLimit = cli({ u"count"_s, input });
    QCOMPARE(atTheLimit.exitCode, 1);
    QVERIFY2(!atTheLimit.err.contains(u"input-too-large"_s), qPrintable(atTheLimit.err));
}

void TestCliHostileInput::refusesALineTooLong()
{
    // A 3 MB line: refused as a line, not echoed.
    const QByteArray line(3'000'000, '7');
    const QString input = writeFile(u"long.csv"_s, line + "\n");
    const QString file = createFixtureWithElections();
    const QByteArray before = fileDigest(file);
    for (const QStringList& arguments : importsOf(file, input))
        expectRefusal(arguments, u"line-too-long"_s, u"Line 1:"_s);
    const QString second = writeFile(u"second.csv"_s, "member,choice,method\n"_ba + line + "\n");
    expectRefusal({ u"ballots"_s, u"import"_s, file, u"1"_s, second }, u"line-too-long"_s,
                  u"Line 2: the line is longer than 1 MiB"_s);
    // A quoted field that never closes, over many short lines, is stopped too.
    const QString open = writeFile(
        u"open.csv"_s, "1001,\"for\n"_ba + QByteArray("more text on another line\n").repeated(100'000));
    expectRefusal({ u"ballots"_s, u"import"_s, file, u"1"_s, open }, u"line-too-long"_s, u"Line 1:"_s);
    expectRefusal({ u"elections"_s, u"vote"_s, file, u"1"_s, open }, u"line-too-long"_s, u"Line 1:"_s);
    QCOMPARE(fileDigest(file), before);
}

void TestCliHostileInput::skipsBlankLinesWithoutCost()
{
    // 5 million blank lines before a ballot: read line by line, each one skipped as it comes (a file
    // of 50 million once took 3.3 GB).
    const QByteArray blank(5'000'000, '\n');
    const QString file = createFixtureWithElections();
    const CliRun papers = cli(
        { u"elections"_s, u"vote"_s, file, u"1"_s, writeFile(u"blank.csv"_s, blank + "1002,1 2,post\n") });
    QVERIFY2(papers.exitCode == 0, qPrintable(papers.err));
    QVERIFY2(papers.out.contains(u"Ballot papers recorded: 1"_s), qPrintable(papers.out));

    const CliRun count = cli({ u"count"_s, writeFile(u"blank.blt"_s, blank + "2 1\n1 1 0\n0\nAnn\nBo\n") });
    QVERIFY2(count.exitCode == 0, qPrintable(count.err));

    const CliRun empty = cli({ u"count"_s, writeFile(u"empty.blt"_s, blank) });
    QCOMPARE(empty.exitCode, 1);
    QVERIFY2(empty.err.contains(u"empty"_s), qPrintable(empty.err));
}

void TestCliHostileInput::stopsAtTheFirstRowThatCannotBeValid()
{
    // Line 2 is not a ballot; line 3 is not even UTF-8. The first is the problem named.
    const QString file = createFixtureWithElections();
    const QByteArray before = fileDigest(file);
    const QString input = writeFile(u"bad.csv"_s, "1002,for,post\n1004,maybe,post\n1005,f\xFCr,post\n");
    expectRefusal({ u"ballots"_s, u"import"_s, file, u"1"_s, input }, u"ballot-csv"_s, u"Line 2:"_s);
    const QString papers = writeFile(u"bad-papers.csv"_s, "1002,1 2,post\n1004,1 x,post\n1005,1,p\xFCst\n");
    expectRefusal({ u"elections"_s, u"vote"_s, file, u"1"_s, papers }, u"paper-csv"_s, u"Line 2:"_s);
    QCOMPARE(fileDigest(file), before);
}

void TestCliHostileInput::quotesACellCutShort()
{
    // A field of 500,000 characters (one quoted field, so one line) is quoted at 200 and no more.
    const QByteArray huge = QByteArray("\x1b[31m") + QByteArray(500'000, 'y');
    const QString file = createFixtureWithElections();
    const QString ballots = writeFile(u"huge.csv"_s, "1002,\"" + huge + "\",post\n");
    const CliRun run = cli({ u"ballots"_s, u"import"_s, file, u"1"_s, ballots });
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.size() < 600, qPrintable(run.err.left(600)));
    QVERIFY2(run.err.contains(u"\\x1b[31myyy"_s), qPrintable(run.err.left(600)));
    QVERIFY(!run.err.contains(QChar(0x1b)));
    QVERIFY(run.err.contains(u"…"_s));

    const QString papers = writeFile(u"huge-papers.csv"_s, "1002,1 2," + huge + "\n");
    const CliRun vote = cli({ u"elections"_s, u"vote"_s, file, u"1"_s, papers });
    QCOMPARE(vote.exitCode, 1);
    QVERIFY2(vote.err.size() < 600, qPrintable(vote.err.left(600)));
    QVERIFY(!vote.err.contains(QChar(0x1b)));
}

void TestCliHostileInput::refusesAMemberNumberWithEscapeCodes()
{
    const QString file = createFixtureWithElections();
    const QByteArray before = fileDigest(file);
    const QString ballots = writeFile(u"escape.csv"_s, "member,choice,method\n\x1b]0;owned\x07,for,post\n");
    expectRefusal({ u"ballots"_s, u"import"_s, file, u"1"_s, ballots }, u"control-character"_s, u"Line 2:"_s);
    const QString proxy = writeFile(u"proxy.csv"_s, "1002,for,proxy,1004\xE2\x80\xAE\n");
    expectRefusal({ u"ballots"_s, u"import"_s, file, u"1"_s, proxy }, u"control-character"_s, u"U+202E"_s);
    const QString papers = writeFile(u"escape-papers.csv"_s, "10\x1b[2J02,1 2,post\n");
    expectRefusal({ u"elections"_s, u"vote"_s, file, u"1"_s, papers }, u"control-character"_s, u"U+001B"_s);
    QCOMPARE(fileDigest(file), before);
}

void TestCliHostileInput::refusesCandidatesNamedAlike()
{
    const QString input
        = writeFile(u"alike.blt"_s, "3 1\n1 1 0\n1 3 0\n0\n\"Ann\"\n\"Bo\"\n\"ANN\"\n\"Vote\"\n");
    expectRefusal({ u"count"_s, input }, u"duplicate-candidate"_s,
                  u"Line 7: candidate 3 has the name of candidate 1 on line 5"_s);
    // A million candidates: the message says the limit.
    expectRefusal({ u"count"_s, writeFile(u"million.blt"_s, "1000000 1\n") }, u"blt-header"_s,
                  u"at most 1,000"_s);
}

void TestCliHostileInput::exportRefusesATitleItCouldNotReadBack()
{
    // An older file holds an election titled over two lines; written raw, the .blt would not read back.
    const QString file = createFixtureWithElections();
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"plant"_s);
        database.setDatabaseName(file);
        QVERIFY(database.open());
        QSqlQuery update(database);
        QVERIFY(update.exec(u"UPDATE elections SET title = 'Auditor' || char(10) || '2025' WHERE id = 3"_s));
        QCOMPARE(update.numRowsAffected(), 1);
        database.close();
    }
    QSqlDatabase::removeDatabase(u"plant"_s);
    const QByteArray before = fileDigest(file);
    const QString blt = path(u"auditor.blt"_s);
    const CliRun run = cli({ u"elections"_s, u"export"_s, file, u"3"_s, blt });
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"(control-character)"_s), qPrintable(run.err));
    QVERIFY2(run.err.contains(u"line break"_s), qPrintable(run.err));
    QVERIFY2(run.err.contains(u".blt"_s), qPrintable(run.err));
    QVERIFY(!QFile::exists(blt));
    QCOMPARE(fileDigest(file), before);
}

QTEST_GUILESS_MAIN(TestCliHostileInput)
#include "TestCliHostileInput.moc"
