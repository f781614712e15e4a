#include "CliTestCase.h"
#include "SampleMutual.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

// Text that attacks the terminal or passes for something else: control characters and reordering
// marks refused at input and shown as escapes when an older file holds them, look-alike member
// numbers, dates in year 1 or 9999, titles of any length.
class TestCliHostileText : public CliTestCase
{
    Q_OBJECT

private Q_SLOTS:
    void controlCharactersAreRefused_data();
    void controlCharactersAreRefused();
    void quotedInputIsCut();
    void initRefusesAnEscapeInTheName();
    void storedEscapesArePrintedVisibly();
    void storedEscapesInCountsArePrintedVisibly();
    void storedEscapesInTalliesArePrintedVisibly();
    void lookAlikeNumbersAreRefused_data();
    void lookAlikeNumbersAreRefused();
    void fullwidthNumbersAreTheSameNumber();
    void fullwidthNumbersInABallotFile();
    void implausibleDatesAreRefused_data();
    void implausibleDatesAreRefused();
    void longTitlesAreRefused_data();
    void longTitlesAreRefused();
};

namespace {

const QString escape = QString(QChar(0x1b));

// The arguments of a row, with the fixture's path in place of mutualFileArgument.
QStringList withFile(const QStringList& arguments, const QString& file)
{
    QStringList replaced = arguments;
    replaced.replaceInStrings(mutualFileArgument, file);
    return replaced;
}

// The fixture with an AGM (meeting 1, 2025-03-01), so that motions and elections can be added.
const QStringList addMeeting { u"meetings"_s, u"add"_s,    mutualFileArgument, u"--kind"_s,
                               u"agm"_s,      u"--date"_s, u"2025-03-01"_s };

} // namespace

void TestCliHostileText::controlCharactersAreRefused_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("field"); // what the message speaks of

    const auto memberWith = [](const QString& option, const QString& value) {
        QStringList arguments { u"members"_s, u"add"_s, mutualFileArgument, u"--number"_s, u"2001"_s,
                                u"--name"_s,  u"Dee"_s, u"--class"_s,       u"Employee"_s };
        const qsizetype at = arguments.indexOf(option);
        if (at >= 0)
            arguments[at + 1] = value;
        else
            arguments << option << value;
        return arguments;
    };
    QTest::newRow("escape in a name") << memberWith(u"--name"_s, u"Dee \x1b[31mRed"_s) << u"The name"_s;
    QTest::newRow("terminal title in a name")
        << memberWith(u"--name"_s, u"Dee\x1b]0;owned\x07"_s) << u"The name"_s;
    QTest::newRow("line feed in a name") << memberWith(u"--name"_s, u"Dee\nSmith"_s) << u"The name"_s;
    QTest::newRow("right-to-left override in a name")
        << memberWith(u"--name"_s, u"Dee \u202eSmith"_s) << u"The name"_s;
    QTest::newRow("escape in an e-mail")
        << memberWith(u"--email"_s, u"dee\x1b[2J@example.org"_s) << u"The e-mail address"_s;
    QTest::newRow("escape in an address")
        << memberWith(u"--address"_s, u"1 Mill Lane\x1b[8m"_s) << u"The address"_s;
    QTest::newRow("escape in a member number")
        << memberWith(u"--number"_s, u"20\x1b[01"_s) << u"member number"_s;
    QTest::newRow("escape in a meeting title")
        << QStringList { u"meetings"_s, u"add"_s,        mutualFileArgument, u"--kind"_s,    u"agm"_s,
                         u"--date"_s,   u"2025-03-01"_s, u"--title"_s,       u"AGM\x1b[2J"_s }
        << u"The meeting's title"_s;
    QTest::newRow("escape in a meeting place")
        << QStringList { u"meetings"_s, u"add"_s,        mutualFileArgument, u"--kind"_s,     u"agm"_s,
                         u"--date"_s,   u"2025-03-01"_s, u"--place"_s,       u"Hall\x1b[2J"_s }
        << u"The place"_s;
}

void TestCliHostileText::controlCharactersAreRefused()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, field);
    const QString file = createFixture();
    QVERIFY(!file.isEmpty());
    const QByteArray digest = fileDigest(file);
    const CliRun run = cli(withFile(arguments, file));
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(field), qPrintable(run.err));
    QVERIFY2(run.err.contains(u"(control-character)"_s) || run.err.contains(u"(invalid-number)"_s),
             qPrintable(run.err));
    // The refusal itself prints nothing raw.
    QVERIFY2(!run.err.contains(escape) && !run.err.contains(QChar(0x202e)), qPrintable(run.err));
    QCOMPARE(fileDigest(file), digest);
}

void TestCliHostileText::quotedInputIsCut()
{
    // A 50,000-character number is quoted at 200 characters, not echoed whole.
    const QString file = createFixture();
    QVERIFY(!file.isEmpty());
    const CliRun run = cli({ u"members"_s, u"add"_s, file, u"--number"_s, QString(50'000, u'7'), u"--name"_s,
                             u"Dee"_s, u"--class"_s, u"Employee"_s });
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"(invalid-number)"_s), qPrintable(run.err.left(400)));
    QVERIFY2(run.err.size() < 1'000, qPrintable(run.err.left(400)));
    QVERIFY(run.err.contains(QString(200, u'7') + QChar(0x2026)));
}

void TestCliHostileText::initRefusesAnEscapeInTheName()
{
    const QString file = path(u"new.mutual"_s);
    const CliRun run = cli({ u"init"_s, file, u"--name"_s, u"Shire\x1b[2J Mutual"_s });
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"(control-character)"_s) && run.err.contains(u"U+001B"_s),
             qPrintable(run.err));
    QVERIFY(!QFile::exists(file));
}

void TestCliHostileText::storedEscapesArePrintedVisibly()
{
    // An older file, or another program, put an escape and a line feed into a name and a title.
    const QString file = createFixture();
    QVERIFY(!file.isEmpty());
    QVERIFY(cli(withFile(addMeeting, file)).exitCode == 0);
    QVERIFY(
        cli({ u"motions"_s, u"add"_s, file, u"--meeting"_s, u"1"_s, u"--title"_s, u"Accounts"_s }).exitCode
        == 0);
    const QString error = sample::execRaw(
        file,
        { u"UPDATE members SET name = 'Alice ' || char(27) || '[31mRed' || char(10) || '1009 Forged' "
          "WHERE number = '1002'"_s,
          u"UPDATE meetings SET title = 'AGM' || char(27) || '[2J', place = 'Hall' || char(10) || 'x'"_s,
          u"UPDATE motions SET title = 'Accounts' || char(13) || char(8238)"_s });
    QVERIFY2(error.isEmpty(), qPrintable(error));

    const CliRun members = cli({ u"members"_s, file });
    QCOMPARE(members.exitCode, 0);
    QVERIFY2(!members.out.contains(escape), qPrintable(members.out));
    QVERIFY2(members.out.contains(u"Alice \\x1b[31mRed\\n1009 Forged"_s), qPrintable(members.out));
    // One row a member: the line feed in the name does not start a row of its own.
    const QStringList lines = members.out.split(u'\n');
    for (const QString& number : { u"1001"_s, u"1002"_s, u"1003"_s })
        QCOMPARE(lines.filter(QRegularExpression(u"^"_s + number + u"\\b"_s)).size(), 1);
    QCOMPARE(lines.filter(QRegularExpression(u"^1009"_s)).size(), 0);

    const CliRun holdings = cli({ u"holdings"_s, file });
    QCOMPARE(holdings.exitCode, 0);
    QVERIFY2(holdings.out.contains(u"Alice \\x1b[31mRed\\n1009 Forged"_s) && !holdings.out.contains(escape),
             qPrintable(holdings.out));

    const CliRun meetings = cli({ u"meetings"_s, file });
    QCOMPARE(meetings.exitCode, 0);
    QVERIFY2(meetings.out.contains(u"AGM\\x1b[2J"_s), qPrintable(meetings.out));
    QVERIFY2(meetings.out.contains(u"Hall\\nx"_s), qPrintable(meetings.out));
    QVERIFY(!meetings.out.contains(escape));

    const CliRun motions = cli({ u"motions"_s, file });
    QCOMPARE(motions.exitCode, 0);
    QVERIFY2(motions.out.contains(u"Accounts\\r\\u202e"_s), qPrintable(motions.out));
    QVERIFY(!motions.out.contains(QChar(0x202e)) && !motions.out.contains(u'\r'));

    const CliRun attendance = cli({ u"meetings"_s, u"attendance"_s, file, u"1"_s });
    QCOMPARE(attendance.exitCode, 0);
    QVERIFY2(attendance.out.contains(u"Meeting 1: AGM\\x1b[2J"_s), qPrintable(attendance.out));
    QVERIFY(!attendance.out.contains(escape));

    // JSON keeps the text as it is: JSON escapes it.
    const QJsonObject json = this->json({ u"members"_s, file, u"--json"_s });
    QCOMPARE(memberNumbered(json, u"1002"_s).value(u"name").toString(),
             u"Alice "_s + escape + u"[31mRed\n1009 Forged"_s);
}

void TestCliHostileText::storedEscapesInCountsArePrintedVisibly()
{
    const QString file = createFixtureWithElections();
    QVERIFY(!file.isEmpty());
    const QString error = sample::execRaw(
        file,
        { u"UPDATE candidates SET name = 'Dana' || char(27) || '[31m' || char(10) || 'Reed' "
          "WHERE name = 'Dana Reed'"_s,
          u"UPDATE elections SET title = 'Board' || char(27) || '[2J' WHERE id = 1"_s });
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const CliRun result = cli({ u"elections"_s, u"result"_s, file, u"1"_s });
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(!result.out.contains(escape), qPrintable(result.out));
    QVERIFY2(result.out.contains(u"Election 1: Board\\x1b[2J"_s), qPrintable(result.out));
    QVERIFY2(result.out.contains(u"Dana\\x1b[31m"_s), qPrintable(result.out));
    const CliRun listed = cli({ u"elections"_s, file });
    QCOMPARE(listed.exitCode, 0);
    QVERIFY2(listed.out.contains(u"Board\\x1b[2J"_s) && !listed.out.contains(escape), qPrintable(listed.out));
}

void TestCliHostileText::storedEscapesInTalliesArePrintedVisibly()
{
    const QString motions = createFixtureWithMotions();
    QVERIFY(!motions.isEmpty());
    QVERIFY(sample::execRaw(motions,
                            { u"UPDATE motions SET title = 'Rules' || char(27) || '[8m' WHERE id = 1"_s })
                .isEmpty());
    const CliRun tally = cli({ u"tally"_s, motions, u"1"_s });
    QCOMPARE(tally.exitCode, 0);
    QVERIFY2(tally.out.startsWith(u"Motion 1: Rules\\x1b[8m\n"_s), qPrintable(tally.out));
    QVERIFY(!tally.out.contains(escape));
}

void TestCliHostileText::lookAlikeNumbersAreRefused_data()
{
    QTest::addColumn<QString>("number");
    QTest::addColumn<QString>("rule");
    QTest::newRow("Cyrillic С beside C001") << u"\u0421001"_s << u"look-alike-number"_s;
    QTest::newRow("Cyrillic С and Latin A") << u"\u0421A01"_s << u"mixed-script"_s;
    QTest::newRow("Greek Ο in a Latin number") << u"C\u039f01"_s << u"mixed-script"_s;
}

void TestCliHostileText::lookAlikeNumbersAreRefused()
{
    QFETCH(QString, number);
    QFETCH(QString, rule);
    const QString file = createFixture();
    QVERIFY(!file.isEmpty());
    QCOMPARE(cli({ u"members"_s, u"add"_s, file, u"--number"_s, u"C001"_s, u"--name"_s, u"Carol"_s,
                   u"--class"_s, u"Employee"_s })
                 .exitCode,
             0);
    const QByteArray digest = fileDigest(file);
    const CliRun run = cli({ u"members"_s, u"add"_s, file, u"--number"_s, number, u"--name"_s, u"Mallory"_s,
                             u"--class"_s, u"Employee"_s });
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"("_s + rule + u")"_s), qPrintable(run.err));
    QCOMPARE(fileDigest(file), digest);
}

void TestCliHostileText::fullwidthNumbersAreTheSameNumber()
{
    const QString file = createFixture();
    QVERIFY(!file.isEmpty());
    // Typed in full width, stored as the digits everyone reads.
    const CliRun added
        = cli({ u"members"_s, u"add"_s, file, u"--number"_s, u"\uff11\uff10\uff11"_s, u"--name"_s,
                u"Wide Example"_s, u"--class"_s, u"Employee"_s, u"--admitted"_s, u"2024-03-01"_s });
    QCOMPARE(added.exitCode, 0);
    QCOMPARE(added.out.trimmed(), u"101"_s);
    QCOMPARE(memberNumbered(json({ u"members"_s, file, u"--json"_s }), u"101"_s).value(u"name").toString(),
             u"Wide Example"_s);

    // So "101" cannot be added beside it, and "１０１" finds it.
    const QByteArray digest = fileDigest(file);
    const CliRun again = cli({ u"members"_s, u"add"_s, file, u"--number"_s, u"101"_s, u"--name"_s,
                               u"Narrow"_s, u"--class"_s, u"Employee"_s });
    QCOMPARE(again.exitCode, 1);
    QVERIFY2(again.err.contains(u"(duplicate-number)"_s), qPrintable(again.err));
    QCOMPARE(fileDigest(file), digest);

    const CliRun ceased
        = cli({ u"members"_s, u"cease"_s, file, u"\uff11\uff10\uff11"_s, u"--date"_s, u"2024-12-31"_s });
    QCOMPARE(ceased.exitCode, 0);
    QCOMPARE(ceased.out.trimmed(), u"Member 101 ceased on 2024-12-31."_s);
    const CliRun shares
        = cli({ u"shares"_s, u"add"_s, file, u"--member"_s, u"\uff11\uff10\uff10\uff12"_s, u"--kind"_s,
                u"subscription"_s, u"--shares"_s, u"5"_s, u"--date"_s, u"2024-03-01"_s });
    QCOMPARE(shares.exitCode, 0);
    QCOMPARE(holdingOf(json({ u"holdings"_s, file, u"--json"_s }), u"1002"_s).value(u"shares").toInteger(),
             15);
}

void TestCliHostileText::fullwidthNumbersInABallotFile()
{
    // A ballot file typed with full-width digits names the same members as the register.
    const QString file = createVotingFixture();
    QVERIFY(!file.isEmpty());
    const QString motion = openMotion(file, {});
    QVERIFY(!motion.isEmpty());
    const QString ballots = writeFile(
        u"ballots.csv"_s,
        u"member,choice,method\n\uff11\uff10\uff10\uff14,for,post\n1005,against,post\n"_s.toUtf8());
    const CliRun imported = cli({ u"ballots"_s, u"import"_s, file, motion, ballots });
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    const QJsonObject tally = json({ u"tally"_s, file, motion, u"--json"_s });
    QCOMPARE(tally.value(u"for").toObject().value(u"members").toInteger(), 1);
    QCOMPARE(tally.value(u"against").toObject().value(u"members").toInteger(), 1);
}

void TestCliHostileText::implausibleDatesAreRefused_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("date");

    for (const QString& date : { u"0001-01-01"_s, u"1799-12-31"_s, u"9999-12-31"_s }) {
        QTest::addRow("admission %s", qPrintable(date))
            << QStringList { u"members"_s, u"add"_s, mutualFileArgument, u"--number"_s, u"2001"_s,
                             u"--name"_s,  u"Dee"_s, u"--class"_s,       u"Employee"_s, u"--admitted"_s,
                             date }
            << date;
        QTest::addRow("meeting %s", qPrintable(date))
            << QStringList { u"meetings"_s, u"add"_s, mutualFileArgument, u"--kind"_s, u"agm"_s,
                             u"--date"_s,   date }
            << date;
        QTest::addRow("share entry %s", qPrintable(date))
            << QStringList { u"shares"_s, u"add"_s,          mutualFileArgument, u"--member"_s, u"1002"_s,
                             u"--kind"_s, u"subscription"_s, u"--shares"_s,      u"1"_s,        u"--date"_s,
                             date }
            << date;
        QTest::addRow("cessation %s", qPrintable(date))
            << QStringList { u"members"_s, u"cease"_s, mutualFileArgument, u"1002"_s, u"--date"_s, date }
            << date;
    }
}

void TestCliHostileText::implausibleDatesAreRefused()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, date);
    const QString file = createFixture();
    QVERIFY(!file.isEmpty());
    const QByteArray digest = fileDigest(file);
    const CliRun run = cli(withFile(arguments, file));
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"(implausible-date)"_s), qPrintable(run.err));
    // The message names the date and the range.
    QVERIFY2(run.err.contains(date) && run.err.contains(u"1800-01-01"_s), qPrintable(run.err));
    QVERIFY2(run.err.contains(QDate::currentDate().addYears(100).toString(Qt::ISODate)), qPrintable(run.err));
    QCOMPARE(fileDigest(file), digest);
}

void TestCliHostileText::longTitlesAreRefused_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("rule");

    const QString long10k(10'000, u'T');
    QTest::newRow("motion title of 10,000 characters")
        << QStringList { u"motions"_s, u"add"_s, mutualFileArgument, u"--meeting"_s, u"1"_s,
                         u"--title"_s, long10k }
        << u"invalid-text"_s;
    QTest::newRow("motion title of 201 characters")
        << QStringList { u"motions"_s, u"add"_s,     mutualFileArgument, u"--meeting"_s,
                         u"1"_s,       u"--title"_s, QString(201, u'T') }
        << u"invalid-text"_s;
    QTest::newRow("escape in a motion's text")
        << QStringList { u"motions"_s, u"add"_s,      mutualFileArgument, u"--meeting"_s,  u"1"_s,
                         u"--title"_s, u"Accounts"_s, u"--text"_s,        u"That\x1b[2J"_s }
        << u"control-character"_s;
    QTest::newRow("meeting title of 10,000 characters")
        << QStringList { u"meetings"_s, u"add"_s,        mutualFileArgument, u"--kind"_s, u"agm"_s,
                         u"--date"_s,   u"2025-03-01"_s, u"--title"_s,       long10k }
        << u"invalid-text"_s;
    QTest::newRow("election title of 10,000 characters")
        << QStringList { u"elections"_s, u"add"_s, u"--seats"_s, u"1"_s,  mutualFileArgument,
                         u"--meeting"_s, u"1"_s,   u"--title"_s, long10k, u"--candidate"_s,
                         u"Ann"_s }
        << u"invalid-text"_s;
    QTest::newRow("escape in an election title")
        << QStringList { u"elections"_s,     u"add"_s,         u"--seats"_s, u"1"_s,
                         mutualFileArgument, u"--meeting"_s,   u"1"_s,       u"--title"_s,
                         u"Board\x1b[8m"_s,  u"--candidate"_s, u"Ann"_s }
        << u"control-character"_s;
    QTest::newRow("escape in a candidate")
        << QStringList { u"elections"_s,     u"add"_s,         u"--seats"_s,   u"1"_s,
                         mutualFileArgument, u"--meeting"_s,   u"1"_s,         u"--title"_s,
                         u"Board"_s,         u"--candidate"_s, u"Ann\x1b[8m"_s }
        << u"control-character"_s;
    QTest::newRow("candidate of 10,000 characters")
        << QStringList { u"elections"_s,     u"add"_s,         u"--seats"_s, u"1"_s,
                         mutualFileArgument, u"--meeting"_s,   u"1"_s,       u"--title"_s,
                         u"Board"_s,         u"--candidate"_s, long10k }
        << u"invalid-text"_s;
}

void TestCliHostileText::longTitlesAreRefused()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, rule);
    const QString file = createFixture();
    QVERIFY(!file.isEmpty());
    QCOMPARE(cli(withFile(addMeeting, file)).exitCode, 0);
    const QByteArray digest = fileDigest(file);
    const CliRun run = cli(withFile(arguments, file));
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"("_s + rule + u")"_s), qPrintable(run.err.left(600)));
    if (rule == u"invalid-text"_s)
        QVERIFY2(run.err.contains(u"200 characters"_s), qPrintable(run.err.left(600)));
    QVERIFY2(run.err.size() < 1'000, qPrintable(run.err.left(600)));
    QCOMPARE(fileDigest(file), digest);
}

QTEST_GUILESS_MAIN(TestCliHostileText)
#include "TestCliHostileText.moc"
