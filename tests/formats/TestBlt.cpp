#include "formats/Blt.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace mutualise::domain;
using namespace mutualise::formats;

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

private:
    static QByteArray dataFile(const QString& name);
};

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
    const QByteArray written = Blt::write(election);
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
    const auto again = Blt::read(Blt::write(*glasgow));
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

QTEST_APPLESS_MAIN(TestBlt)
#include "TestBlt.moc"
