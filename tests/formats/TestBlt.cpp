#include "domain/Text.h"
#include "formats/Blt.h"

#include <QFile>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace mutualise::domain;
using namespace mutualise::formats;

Q_DECLARE_METATYPE(BltElection)

// Reading and writing the .blt ballot files that STV counting tools share.
class TestBlt : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsTheDocumentedExample();
    void readsUnquotedNames();
    void readsQuotesInsideNames();
    void toleratesBlankLinesCrLfAndABom();
    void writesWhatItReads();
    void refusesMalformedFiles_data();
    void refusesMalformedFiles();
    void sayTheLimitOfCandidates();
    void refusesCandidatesNamedAlike();
    void refusesControlCharactersWithTheLine_data();
    void refusesControlCharactersWithTheLine();
    void quotesInputCutShort();
    void stopsAtTheFirstLineThatCannotBeValid();
    void keepsIdenticalPapersOnce();
    void writesBackEveryNameItAccepts();
    void refusesToWriteWhatItCouldNotReadBack_data();
    void refusesToWriteWhatItCouldNotReadBack();

private:
    static QByteArray dataFile(const QString& name);
};

void TestBlt::keepsIdenticalPapersOnce()
{
    // Lines 2, 4 and 5 rank Ann then Bo: 1 + 2 + 3 = 6 papers, kept as one ballot where first read.
    const auto read = Blt::read("3 1\n1 1 2 0\n1 2 0\n2 1 2 0\n3 1 2 0\n1 1 0\n0\nAnn\nBo\nCy\n"_ba);
    QVERIFY2(read, qPrintable(read ? QString() : read.error().message));
    QCOMPARE(read->ballots.size(), 3);
    QCOMPARE(read->ballots.at(0).weight, 6);
    QCOMPARE(read->ballots.at(0).preferences, (QList<int> { 0, 1 }));
    QCOMPARE(read->ballots.at(0).line, 2);
    QCOMPARE(read->ballots.at(1).weight, 1);
    QCOMPARE(read->ballots.at(1).line, 3);
    QCOMPARE(read->ballots.at(2).preferences, (QList<int> { 0 }));
    QCOMPARE(read->totalWeight(), 8);
    // A million identical lines are one ballot of weight 1,000,000, not a million ballots.
    QByteArray many = "2 1\n"_ba;
    for (int i = 0; i < 1'000'000; ++i)
        many += "1 2 1 0\n";
    many += "0\nAnn\nBo\n";
    const auto identical = Blt::read(many);
    QVERIFY(identical);
    QCOMPARE(identical->ballots.size(), 1);
    QCOMPARE(identical->ballots.constFirst().weight, 1'000'000);
}

QByteArray TestBlt::dataFile(const QString& name)
{
    QFile file(QStringLiteral(MUTUALISE_TEST_DATA "/stv/") + name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void TestBlt::readsTheDocumentedExample()
{
    const auto read = Blt::read("4 2 -4\n"
                                "4 1 2 0\n"
                                "2 3 1 4 0\n"
                                "1 2 0\n"
                                "0\n"
                                "\"Ann Smith\"\n"
                                "\"Bo Lee\"\n"
                                "\"Cy Jones\"\n"
                                "\"Di Khan\"\n"
                                "\"Board election 2026\"\n"_ba);
    QVERIFY2(read, qPrintable(read ? QString() : read.error().message));
    QCOMPARE(read->seats, 2);
    QCOMPARE(read->candidates, (QStringList { u"Ann Smith"_s, u"Bo Lee"_s, u"Cy Jones"_s, u"Di Khan"_s }));
    QCOMPARE(read->withdrawn, QList<int> { 3 }); // -4: the fourth candidate, index 3
    QCOMPARE(read->title, u"Board election 2026"_s);
    QCOMPARE(read->ballots.size(), 3);
    QCOMPARE(read->ballots.at(0).weight, 4);
    QCOMPARE(read->ballots.at(0).preferences, (QList<int> { 0, 1 }));
    QCOMPARE(read->ballots.at(1).preferences, (QList<int> { 2, 0, 3 }));
    QCOMPARE(read->ballots.at(1).line, 3);
    QCOMPARE(read->totalWeight(), 7); // 4 + 2 + 1
}

void TestBlt::readsUnquotedNames()
{
    const auto read = Blt::read(dataFile(u"aberdeenshire_2012_ward1.blt"_s));
    QVERIFY2(read, qPrintable(read ? QString() : read.error().message));
    QCOMPARE(read->seats, 3);
    QCOMPARE(read->candidates.size(), 5);
    QCOMPARE(read->candidates.constFirst(), u"John B COX (SNP)"_s);
    QCOMPARE(read->title, u"Banff and District Ward"_s);
    QCOMPARE(read->totalWeight(), 3319); // the valid votes of the official count
}

void TestBlt::readsQuotesInsideNames()
{
    const auto read = Blt::read(dataFile(u"glasgow_2022_ward10.blt"_s));
    QVERIFY2(read, qPrintable(read ? QString() : read.error().message));
    QCOMPARE(read->candidates.constFirst(), u"Carla ARRIGHI \"Independent (Ind)\""_s);
    QCOMPARE(read->title, u"Ward 10 Anderston-City-Yorkhill"_s); // the last line has no newline
    QCOMPARE(read->totalWeight(), 5910);
}

void TestBlt::toleratesBlankLinesCrLfAndABom()
{
    const auto read = Blt::read("\xEF\xBB\xBF"
                                "2 1\r\n"
                                "\r\n"
                                "3 1 2 0\r\n"
                                "   \r\n"
                                "1 2 0\r\n"
                                "0\r\n"
                                "Ann\r\n"
                                "\r\n"
                                "Bo\r\n"
                                "Vote\r\n"_ba);
    QVERIFY2(read, qPrintable(read ? QString() : read.error().message));
    QCOMPARE(read->candidates, (QStringList { u"Ann"_s, u"Bo"_s }));
    QCOMPARE(read->ballots.size(), 2);
    QCOMPARE(read->ballots.at(1).line, 5); // lines are counted as a text editor counts them
    QCOMPARE(read->title, u"Vote"_s);
}

void TestBlt::writesWhatItReads()
{
    BltElection election;
    election.seats = 2;
    election.candidates = { u"Ann \"Nan\" Smith"_s, u"Bo Lee"_s, u"Siân Jones"_s };
    election.withdrawn = { 1 };
    election.ballots = { { 5, { 0, 2 }, 0 }, { 1, { 2 }, 0 }, { 2, {}, 0 } };
    election.title = u"Board election"_s;
    const QByteArray written = Blt::write(election).value();
    QCOMPARE(written,
             "3 2\n-2\n5 1 3 0\n1 3 0\n2 0\n0\n\"Ann \"\"Nan\"\" Smith\"\n\"Bo Lee\"\n\"Siân Jones\"\n"
             "\"Board election\"\n"_ba);
    const auto read = Blt::read(written);
    QVERIFY2(read, qPrintable(read ? QString() : read.error().message));
    QCOMPARE(read->candidates, election.candidates);
    QCOMPARE(read->withdrawn, election.withdrawn);
    QCOMPARE(read->title, election.title);
    QCOMPARE(read->ballots.size(), 3);
    for (qsizetype i = 0; i < 3; ++i) {
        QCOMPARE(read->ballots.at(i).weight, election.ballots.at(i).weight);
        QCOMPARE(read->ballots.at(i).preferences, election.ballots.at(i).preferences);
    }
    // A real election survives the trip too.
    const auto glasgow = Blt::read(dataFile(u"glasgow_2022_ward10.blt"_s));
    QVERIFY(glasgow);
    const auto again = Blt::read(Blt::write(*glasgow).value());
    QVERIFY(again);
    QCOMPARE(again->candidates, glasgow->candidates);
    QCOMPARE(again->totalWeight(), glasgow->totalWeight());
}

void TestBlt::refusesMalformedFiles_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("line"); // empty when the problem is the file as a whole

    const QByteArray names = "0\nAnn\nBo\nCy\nTitle\n"_ba;
    QTest::newRow("empty") << QByteArray() << u"blt-header"_s << QString();
    QTest::newRow("not a header") << "hello world\n"_ba << u"blt-header"_s << u"1"_s;
    QTest::newRow("seats missing") << "3\n"_ba << u"blt-header"_s << u"1"_s;
    QTest::newRow("no seats") << "3 0\n"_ba + names << u"blt-header"_s << u"1"_s;
    QTest::newRow("more seats than candidates standing")
        << "3 3 -1\n1 2 0\n"_ba + names << u"blt-header"_s << u"1"_s;
    QTest::newRow("withdrawn candidate unknown") << "3 1 -4\n"_ba + names << u"unknown-candidate"_s << u"1"_s;
    QTest::newRow("withdrawn line with text") << "3 1\n-2 x\n1 1 0\n"_ba + names << u"blt-header"_s << u"2"_s;
    QTest::newRow("unknown candidate")
        << "3 1\n1 2 0\n1 4 0\n"_ba + names << u"unknown-candidate"_s << u"3"_s;
    QTest::newRow("candidate zero inside") << "3 1\n1 2 0 1 0\n"_ba + names << u"blt-ballot"_s << u"2"_s;
    QTest::newRow("duplicate preference")
        << "3 1\n1 1 2 1 0\n"_ba + names << u"duplicate-preference"_s << u"2"_s;
    QTest::newRow("no closing 0") << "3 1\n1 1 2\n"_ba + names << u"blt-ballot"_s << u"2"_s;
    QTest::newRow("equal preferences") << "3 1\n1 1=2 0\n"_ba + names << u"blt-ballot"_s << u"2"_s;
    QTest::newRow("zero weight") << "3 1\n0 1 0\n"_ba + names << u"blt-ballot"_s << u"2"_s;
    QTest::newRow("negative weight") << "3 1\n-1 1 0\n1 1 0\n"_ba + names << u"blt-header"_s << u"2"_s;
    QTest::newRow("stray characters") << "3 1\n1 1 2 0\n2 1 3 0;\n"_ba + names << u"blt-ballot"_s << u"3"_s;
    QTest::newRow("ballot id in brackets") << "3 1\n(7) 1 1 2 0\n"_ba + names << u"blt-ballot"_s << u"2"_s;
    QTest::newRow("ballots never end") << "3 1\n1 1 0\n"_ba << u"blt-ballot"_s << QString();
    QTest::newRow("names missing") << "3 1\n1 1 0\n0\nAnn\nBo\n"_ba << u"blt-names"_s << QString();
    QTest::newRow("no closing quote") << "3 1\n1 1 0\n0\n\"Ann\nBo\nCy\n"_ba << u"blt-names"_s << u"4"_s;
    QTest::newRow("text after the quote")
        << "3 1\n1 1 0\n0\n\"Ann\" Smith\nBo\nCy\n"_ba << u"blt-names"_s << u"4"_s;
    QTest::newRow("empty name") << "3 1\n1 1 0\n0\nAnn\n\"\"\nCy\n"_ba << u"blt-names"_s << u"5"_s;
    QTest::newRow("text after the title")
        << "3 1\n1 1 0\n"_ba + names + "more\n"_ba << u"blt-names"_s << u"8"_s;
    // "José" in Latin-1: the é is one byte that is not UTF-8.
    QTest::newRow("wrong encoding") << "3 1\n1 1 0\n0\nJos\xE9\nBo\nCy\n"_ba << u"not-utf8"_s << u"4"_s;
    QTest::newRow("nul byte") << "3 1\n1 1\0 0\n"_ba << u"not-utf8"_s << u"2"_s;
    QTest::newRow("a million candidates") << "1000000 1\n"_ba << u"blt-header"_s << u"1"_s;
    QTest::newRow("more candidates than 64 bits hold")
        << "99999999999999999999999 1\n"_ba << u"blt-header"_s << u"1"_s;
    // 2^32 + 1 seats, which an int would take for 1.
    QTest::newRow("seats beyond an int") << "3 4294967297\n1 1 0\n"_ba + names << u"blt-header"_s << u"1"_s;
    QTest::newRow("line too long") << "3 1\n"_ba + QByteArray(2 * 1024 * 1024, '1') + "\n"_ba
                                   << u"line-too-long"_s << u"2"_s;
    QTest::newRow("same name twice") << "3 1\n1 1 0\n0\nAnn\nBo\nAnn\n"_ba << u"duplicate-candidate"_s
                                     << u"6"_s;
    QTest::newRow("name too long") << "3 1\n1 1 0\n0\nAnn\n"_ba + QByteArray(201, 'b') + "\nCy\n"_ba
                                   << u"blt-names"_s << u"5"_s;
    QTest::newRow("title too long") << "3 1\n1 1 0\n0\nAnn\nBo\nCy\n\""_ba + QByteArray(201, 't') + "\"\n"_ba
                                    << u"blt-names"_s << u"7"_s;
}

void TestBlt::refusesMalformedFiles()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, rule);
    QFETCH(QString, line);
    const auto read = Blt::read(content);
    QVERIFY(!read);
    QCOMPARE(read.error().rule, rule);
    QCOMPARE(read.error().field, line);
    QVERIFY(!read.error().message.isEmpty());
    if (!line.isEmpty())
        QVERIFY2(read.error().message.startsWith(u"Line "_s + line + u':'), qPrintable(read.error().message));
}

void TestBlt::sayTheLimitOfCandidates()
{
    const auto read = Blt::read("1000000 3\n"_ba);
    QVERIFY(!read);
    QCOMPARE(read.error().rule, u"blt-header"_s);
    QVERIFY2(read.error().message.contains(u"1,000"_s) || read.error().message.contains(u"1000"_s),
             qPrintable(read.error().message));
    QVERIFY2(read.error().message.contains(u"1000000"_s), qPrintable(read.error().message));
    QVERIFY2(!read.error().message.contains(u"such as"_s), qPrintable(read.error().message));
    // The limit itself is still read.
    QByteArray atTheLimit = "1000 1\n1 1000 0\n0\n"_ba;
    for (int i = 1; i <= Blt::maximumCandidates; ++i)
        atTheLimit += "C" + QByteArray::number(i) + "\n";
    const auto limit = Blt::read(atTheLimit);
    QVERIFY2(limit, qPrintable(limit ? QString() : limit.error().message));
    QCOMPARE(limit->candidates.size(), 1'000);
}

void TestBlt::refusesCandidatesNamedAlike()
{
    // Alike ignoring case and the spaces around, as the election's own candidates are compared.
    const auto read = Blt::read("4 1\n1 1 0\n0\nAnn Smith\nBo\nCy\n\"  ann SMITH \"\n"_ba);
    QVERIFY(!read);
    QCOMPARE(read.error().rule, u"duplicate-candidate"_s);
    QCOMPARE(read.error().field, u"7"_s);
    const QString& message = read.error().message;
    QVERIFY2(message.startsWith(u"Line 7: candidate 4 "_s), qPrintable(message));
    QVERIFY2(message.contains(u"candidate 1 on line 4"_s), qPrintable(message));
    QVERIFY2(message.contains(u"ann SMITH"_s), qPrintable(message));
}

void TestBlt::refusesControlCharactersWithTheLine_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("character");

    QTest::newRow("escape in a name") << "2 1\n1 1 0\n0\n\"\x1b[31mAnn\"\nBo\n"_ba << u"4"_s << u"U+001B"_s;
    QTest::newRow("right-to-left override in a name") << "2 1\n1 1 0\n0\nAnn\nBo \xE2\x80\xAE"
                                                         "1 lliB\n"_ba
                                                      << u"5"_s << u"U+202E"_s;
    QTest::newRow("tab inside a quoted name") << "2 1\n1 1 0\n0\n\"A\tnn\"\nBo\n"_ba << u"4"_s << u"U+0009"_s;
    QTest::newRow("escape in the title")
        << "2 1\n1 1 0\n0\nAnn\nBo\n\"Vote\x1b]0;owned\x07\"\n"_ba << u"6"_s << u"U+001B"_s;
    QTest::newRow("carriage return alone in the title")
        << "2 1\n1 1 0\n0\nAnn\nBo\nVo\rte\n"_ba << u"6"_s << u"U+000D"_s;
}

void TestBlt::refusesControlCharactersWithTheLine()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, line);
    QFETCH(QString, character);
    const auto read = Blt::read(content);
    QVERIFY(!read);
    QCOMPARE(read.error().rule, u"control-character"_s);
    QCOMPARE(read.error().field, line);
    QVERIFY2(read.error().message.startsWith(u"Line "_s + line + u':'), qPrintable(read.error().message));
    QVERIFY2(read.error().message.contains(character), qPrintable(read.error().message));
}

void TestBlt::quotesInputCutShort()
{
    // A 50,000-character token, and text after a title that holds an escape: quoted made visible and cut.
    const QByteArray token = QByteArray(50'000, '7') + "x";
    const auto ballot = Blt::read("2 1\n"_ba + token + " 1 0\n0\nAnn\nBo\n"_ba);
    QVERIFY(!ballot);
    QCOMPARE(ballot.error().rule, u"blt-ballot"_s);
    QVERIFY2(ballot.error().message.size() < 500, qPrintable(ballot.error().message.left(600)));
    QVERIFY(ballot.error().message.contains(u"…"_s));

    const auto after = Blt::read("2 1\n1 1 0\n0\nAnn\nBo\nTitle\n\x1b[2Jmore\n"_ba);
    QVERIFY(!after);
    QCOMPARE(after.error().field, u"7"_s);
    QVERIFY2(!after.error().message.contains(QChar(0x1b)), qPrintable(after.error().message));
    QVERIFY2(after.error().message.contains(u"\\x1b[2Jmore"_s), qPrintable(after.error().message));
}

void TestBlt::stopsAtTheFirstLineThatCannotBeValid()
{
    // A malformed ballot on line 2 is the problem, not the bytes that are not UTF-8 further on, which
    // are never read.
    const auto read = Blt::read("2 1\n1 3 0\n1 1 0\n0\nJos\xE9\nBo\n"_ba);
    QVERIFY(!read);
    QCOMPARE(read.error().rule, u"unknown-candidate"_s);
    QCOMPARE(read.error().field, u"2"_s);
    // Blank lines are skipped however many there are.
    const auto blank = Blt::read(QByteArray(1'000'000, '\n') + "2 1\n1 1 0\n0\nAnn\nBo\n"_ba);
    QVERIFY2(blank, qPrintable(blank ? QString() : blank.error().message));
    QCOMPARE(blank->ballots.constFirst().line, 1'000'002);
}

// Names and titles a careless or hostile hand may give an election. Each one the writer accepts must
// come back exactly as it went; the others must be refused, never written in a way that reads back as
// something else or not at all.
void TestBlt::writesBackEveryNameItAccepts()
{
    const QStringList awkward {
        u"Ann \"Nan\" Smith"_s,
        u"\"Quoted\""_s,
        u"\""_s,
        u"\"\""_s,
        u"Trailing quote\""_s,
        u"0"_s,
        u"-1"_s,
        u"1 2 0"_s,
        u"Comma, Smith"_s,
        u"Siân Ní Bhriain"_s,
        u"Ελένη Παπαδοπούλου"_s,
        u"李小龍"_s,
        u"עברית"_s,
        u"😀 Emoji"_s,
        u"\\n not a newline"_s,
        u"\uFEFFByte-order mark"_s,
        u"Non\u00A0breaking inside"_s,
        u"Double  space"_s,
        QString(200, u'x'),
        // Refused: they could not come back as they went.
        u"Line\nbreak"_s,
        u"Carriage\rreturn"_s,
        u"Tab\there"_s,
        u"\x1b[31mRed"_s,
        u"Bell\x07"_s,
        u"NUL\0inside"_s,
        u"Right\u202Eto left"_s,
        u"Isolate\u2066x\u2069"_s,
        u"Line\u2028separator"_s,
        u"Next line\u0085"_s,
        u" Leading space"_s,
        u"Trailing space "_s,
        u"Trailing\u00A0"_s,
        QString(201, u'x'),
        QString(QChar(0xD800)) + u"lone surrogate"_s,
    };
    const QSet<QString> rules { u"control-character"_s, u"blt-names"_s };
    int accepted = 0;
    for (const QString& name : awkward) {
        for (const bool isTitle : { false, true }) {
            BltElection election;
            election.seats = 1;
            election.candidates = { u"Ann"_s, u"Bo"_s };
            (isTitle ? election.title : election.candidates[1]) = name;
            election.ballots = { { 3, { 1, 0 }, 0 }, { 1, {}, 0 } };
            const auto written = Blt::write(election);
            const QString label = (isTitle ? u"title "_s : u"name "_s) + visibleText(name);
            if (!written) {
                QVERIFY2(rules.contains(written.error().rule),
                         qPrintable(label + u": "_s + written.error().rule));
                QVERIFY2(written.error().message.contains(u".blt"_s), qPrintable(written.error().message));
                QCOMPARE(written.error().field, isTitle ? u"title"_s : u"candidates"_s);
                continue;
            }
            ++accepted;
            const auto read = Blt::read(*written);
            QVERIFY2(read, qPrintable(label + u": "_s + (read ? QString() : read.error().message)));
            QCOMPARE(read->candidates, election.candidates);
            QCOMPARE(read->title, election.title);
            QCOMPARE(read->seats, election.seats);
            QCOMPARE(read->ballots.size(), election.ballots.size());
            for (qsizetype i = 0; i < read->ballots.size(); ++i) {
                QCOMPARE(read->ballots.at(i).weight, election.ballots.at(i).weight);
                QCOMPARE(read->ballots.at(i).preferences, election.ballots.at(i).preferences);
            }
        }
    }
    QCOMPARE(accepted, 2 * 19); // the first 19 names, as a name and as a title
}

void TestBlt::refusesToWriteWhatItCouldNotReadBack_data()
{
    QTest::addColumn<BltElection>("election");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("mentions");

    BltElection valid;
    valid.seats = 1;
    valid.candidates = { u"Ann"_s, u"Bo"_s };
    valid.ballots = { { 1, { 0 }, 0 } };
    valid.title = u"Vote"_s;

    BltElection newline = valid;
    newline.title = u"Board\nelection"_s;
    QTest::newRow("title with a line break") << newline << u"control-character"_s << u"line break"_s;
    BltElection alike = valid;
    alike.candidates = { u"Ann"_s, u"ANN"_s };
    QTest::newRow("names alike") << alike << u"duplicate-candidate"_s << u"ANN"_s;
    BltElection empty = valid;
    empty.candidates = { u"Ann"_s, QString() };
    QTest::newRow("no name") << empty << u"blt-names"_s << u"candidate 2"_s;
    BltElection seats = valid;
    seats.seats = 2;
    seats.withdrawn = { 1 };
    QTest::newRow("more seats than standing") << seats << u"blt-header"_s << u"(2)"_s;
    BltElection withdrawnTwice = valid;
    withdrawnTwice.withdrawn = { 1, 1 };
    QTest::newRow("withdrawn twice") << withdrawnTwice << u"unknown-candidate"_s << u"withdrawn"_s;
    BltElection unknown = valid;
    unknown.ballots = { { 1, { 2 }, 0 } };
    QTest::newRow("unknown candidate") << unknown << u"blt-ballot"_s << u"ballot 1"_s;
    BltElection twice = valid;
    twice.ballots = { { 1, { 0, 1, 0 }, 0 } };
    QTest::newRow("same candidate twice") << twice << u"blt-ballot"_s << u"ballot 1"_s;
    BltElection weightless = valid;
    weightless.ballots = { { 1, { 0 }, 0 }, { 0, { 0 }, 0 } };
    QTest::newRow("no papers") << weightless << u"blt-ballot"_s << u"ballot 2"_s;
    BltElection heavy = valid;
    heavy.ballots = { { Blt::maximumTotalWeight, { 0 }, 0 }, { 1, { 1 }, 0 } };
    QTest::newRow("too many papers") << heavy << u"blt-ballot"_s << u"ballot 2"_s;
}

void TestBlt::refusesToWriteWhatItCouldNotReadBack()
{
    QFETCH(BltElection, election);
    QFETCH(QString, rule);
    QFETCH(QString, mentions);
    const auto written = Blt::write(election);
    QVERIFY(!written);
    QCOMPARE(written.error().rule, rule);
    QVERIFY2(written.error().message.contains(mentions, Qt::CaseInsensitive),
             qPrintable(written.error().message));
    QVERIFY2(written.error().message.contains(u".blt"_s), qPrintable(written.error().message));
}

QTEST_APPLESS_MAIN(TestBlt)
#include "TestBlt.moc"
