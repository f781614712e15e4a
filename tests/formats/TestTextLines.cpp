#include "formats/TextLines.h"

#include <QTest>

using namespace Qt::StringLiterals;
using mutualise::formats::TextLines;

// The one decoder of text from outside that the .blt and CSV readers share.
class TestTextLines : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void numbersEveryLine();
    void dropsTheByteOrderMarkAndLineEndings();
    void readsNothingFromNothing();
    void namesTheFirstLineThatIsNotUtf8_data();
    void namesTheFirstLineThatIsNotUtf8();

private:
    static QStringList textsOf(const TextLines& lines);
};

QStringList TestTextLines::textsOf(const TextLines& lines)
{
    QStringList texts;
    for (const TextLines::Line& line : lines.lines())
        texts.append(line.text);
    return texts;
}

void TestTextLines::numbersEveryLine()
{
    const TextLines lines("first\n\n  third  \nfourth, no line end");
    QVERIFY(lines.isUtf8());
    QCOMPARE(lines.invalidLine(), 0);
    QCOMPARE(textsOf(lines),
             QStringList({ u"first"_s, QString(), u"  third  "_s, u"fourth, no line end"_s }));
    QList<int> numbers;
    for (const TextLines::Line& line : lines.lines())
        numbers.append(line.number);
    QCOMPARE(numbers, QList<int>({ 1, 2, 3, 4 }));
}

void TestTextLines::dropsTheByteOrderMarkAndLineEndings()
{
    const TextLines lines("\xEF\xBB\xBF"
                          "Bj\xC3\xB8rk\r\n\xE2\x80\x9Cquoted\xE2\x80\x9D\n");
    QVERIFY(lines.isUtf8());
    QCOMPARE(textsOf(lines), QStringList({ u"Bjørk"_s, u"“quoted”"_s }));
}

void TestTextLines::readsNothingFromNothing()
{
    QVERIFY(TextLines(QByteArray()).lines().isEmpty());
    QVERIFY(TextLines("\xEF\xBB\xBF").lines().isEmpty());
    QVERIFY(TextLines(QByteArray()).isUtf8());
}

void TestTextLines::namesTheFirstLineThatIsNotUtf8_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<int>("line");

    QTest::newRow("Latin-1") << QByteArray("ok\nM\xFCller\nalso \xFC\n") << 2;
    QTest::newRow("sequence cut short at a line end") << QByteArray("ok\nok\n\xE2\x80\nok\n") << 3;
    QTest::newRow("sequence cut short at the end") << QByteArray("ok\n\xC3") << 2;
    QTest::newRow("overlong encoding") << QByteArray("\xC0\xAF\n") << 1;
    QTest::newRow("encoded surrogate") << QByteArray("ok\n\xED\xA0\x80\n") << 2;
    QTest::newRow("NUL byte") << QByteArray("ok\nnul \0 here\n", 14) << 2;
    QTest::newRow("UTF-16") << QByteArray("\xFF\xFEo\0k\0\n\0", 8) << 1;
}

void TestTextLines::namesTheFirstLineThatIsNotUtf8()
{
    QFETCH(QByteArray, content);
    QFETCH(int, line);
    const TextLines lines(content);
    QVERIFY(!lines.isUtf8());
    QCOMPARE(lines.invalidLine(), line);
    QCOMPARE(lines.lines().size(), line - 1);
}

QTEST_APPLESS_MAIN(TestTextLines)
#include "TestTextLines.moc"
