#include "domain/Text.h"

#include <QTest>

using namespace mutualise::domain;
using namespace Qt::StringLiterals;

// What a name, a title or an address may hold, and how text from an older file is printed.
class TestText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void plainTextIsAccepted_data();
    void plainTextIsAccepted();
    void unsafeTextIsRefused_data();
    void unsafeTextIsRefused();
    void severalLinesAllowOnlyLineFeeds();
    void visibleTextEscapes();
    void quotedTextIsCut();
};

void TestText::plainTextIsAccepted_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("ascii") << u"Northern Digital Mutual Ltd"_s;
    QTest::newRow("welsh") << u"Cyngor Sir Ynys Môn"_s;
    QTest::newRow("arabic") << u"مجلس المدينة"_s; // right-to-left by nature, no override needed
    QTest::newRow("emoji") << u"Parks 🌳 fund"_s; // a character beyond the basic plane
    QTest::newRow("empty") << QString();
}

void TestText::plainTextIsAccepted()
{
    QFETCH(QString, text);
    QVERIFY(checkPlainText(text, u"The name"_s, u"name"_s).isOk());
}

void TestText::unsafeTextIsRefused_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("named");
    QTest::newRow("escape") << u"Ann \x1b[31mRed"_s << u"U+001B"_s;
    QTest::newRow("nul") << QString(u"Ann"_s + QChar(0) + u"B"_s) << u"U+0000"_s;
    QTest::newRow("tab") << u"Ann\tBee"_s << u"U+0009"_s;
    QTest::newRow("delete") << u"Ann\x7f"_s << u"U+007F"_s;
    QTest::newRow("c1 csi") << u"Ann\u009b31m"_s << u"U+009B"_s;
    QTest::newRow("right-to-left override") << u"Ann \u202eeeB"_s << u"U+202E"_s;
    QTest::newRow("isolate") << u"\u2066Ann"_s << u"U+2066"_s;
    QTest::newRow("line separator") << u"Ann\u2028Bee"_s << u"U+2028"_s;
    QTest::newRow("carriage return") << u"Ann\rBee"_s << u"U+000D"_s;
}

void TestText::unsafeTextIsRefused()
{
    QFETCH(QString, text);
    QFETCH(QString, named);
    const Outcome checked = checkPlainText(text, u"The name"_s, u"name"_s);
    QVERIFY(!checked);
    QCOMPARE(checked.error().rule, u"control-character"_s);
    QCOMPARE(checked.error().field, u"name"_s);
    QVERIFY2(checked.error().message.contains(named), qPrintable(checked.error().message));
    QVERIFY(checked.error().message.startsWith(u"The name"_s));
}

void TestText::severalLinesAllowOnlyLineFeeds()
{
    const QString address = u"1 High Street\nLeeds\nLS1 1AA"_s;
    QVERIFY(checkPlainText(address, u"The address"_s, u"address"_s, Lines::Several).isOk());
    const Outcome oneLine = checkPlainText(address, u"The name"_s, u"name"_s);
    QVERIFY(!oneLine);
    QVERIFY(oneLine.error().message.contains(u"one line"_s));
    QVERIFY(!checkPlainText(u"1 High Street\n\x1b]0;owned\x07"_s, u"The address"_s, u"address"_s,
                            Lines::Several));
}

void TestText::visibleTextEscapes()
{
    QCOMPARE(visibleText(u"Ann \x1b[31mRed"_s), u"Ann \\x1b[31mRed"_s);
    QCOMPARE(visibleText(u"two\nlines\tand\rmore"_s), u"two\\nlines\\tand\\rmore"_s);
    QCOMPARE(visibleText(u"Ann \u202eeeB"_s), u"Ann \\u202eeeB"_s);
    QCOMPARE(visibleText(u"Cyngor Sir Ynys Môn 🌳"_s), u"Cyngor Sir Ynys Môn 🌳"_s);
}

void TestText::quotedTextIsCut()
{
    QCOMPARE(quotedText(u"short"_s), u"short"_s);
    const QString exactly(maximumQuotedLength, u'a');
    QCOMPARE(quotedText(exactly), exactly);
    // 50 million characters come back as the first 200 and an ellipsis.
    const QString huge(50'000'000, u'b');
    const QString quoted = quotedText(huge);
    QCOMPARE(quoted.size(), maximumQuotedLength + 1);
    QVERIFY(quoted.endsWith(QChar(0x2026)));
    // Escapes count towards the 200: 100 escape characters become 400 visible ones, cut to 200.
    const QString escapes(100, QChar(0x1b));
    QCOMPARE(quotedText(escapes), QString(u"\\x1b"_s.repeated(50) + QChar(0x2026)));
}

QTEST_APPLESS_MAIN(TestText)
#include "TestText.moc"
