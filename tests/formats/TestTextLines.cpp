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
    void refusesALineLongerThanTheLimit();
    void stopsAtTheFirstLineItCannotRead();

private:
    static QList<TextLines::Line> linesOf(TextLines& lines);
    static QStringList textsOf(TextLines&& lines);
};

QList<TextLines::Line> TestTextLines::linesOf(TextLines& lines)
{
    QList<TextLines::Line> all;
    TextLines::Line line;
    while (lines.next(line))
        all.append(line);
    return all;
}

QStringList TestTextLines::textsOf(TextLines&& lines)
{
    QStringList texts;
    for (const TextLines::Line& line : linesOf(lines))
        texts.append(line.text);
    return texts;
}

void TestTextLines::numbersEveryLine()
{
    TextLines lines("first\n\n  third  \nfourth, no line end");
    QList<int> numbers;
    QStringList texts;
    for (const TextLines::Line& line : linesOf(lines)) {
        numbers.append(line.number);
        texts.append(line.text);
    }
    QCOMPARE(lines.problem(), TextLines::Problem::None);
    QCOMPARE(lines.problemLine(), 0);
    QCOMPARE(texts, QStringList({ u"first"_s, QString(), u"  third  "_s, u"fourth, no line end"_s }));
    QCOMPARE(numbers, QList<int>({ 1, 2, 3, 4 }));
}

void TestTextLines::dropsTheByteOrderMarkAndLineEndings()
{
    QCOMPARE(textsOf(TextLines("\xEF\xBB\xBF"
                               "Bj\xC3\xB8rk\r\n\xE2\x80\x9Cquoted\xE2\x80\x9D\n")),
             QStringList({ u"Bjørk"_s, u"“quoted”"_s }));
}

void TestTextLines::readsNothingFromNothing()
{
    QVERIFY(textsOf(TextLines(QByteArrayView())).isEmpty());
    QVERIFY(textsOf(TextLines("\xEF\xBB\xBF")).isEmpty());
    TextLines nothing { QByteArrayView() };
    TextLines::Line line;
    QVERIFY(!nothing.next(line));
    QCOMPARE(nothing.problem(), TextLines::Problem::None);
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
    TextLines lines(content);
    QCOMPARE(linesOf(lines).size(), line - 1);
    QCOMPARE(lines.problem(), TextLines::Problem::NotUtf8);
    QCOMPARE(lines.problemLine(), line);
}

void TestTextLines::refusesALineLongerThanTheLimit()
{
    const QByteArray longest(TextLines::maximumLineLength, 'x');
    const QByteArray twoLines = longest + "\r\n" + longest;
    TextLines atTheLimit(twoLines);
    QCOMPARE(linesOf(atTheLimit).size(), 2);
    QCOMPARE(atTheLimit.problem(), TextLines::Problem::None);

    const QByteArray content = "ok\n"_ba + longest + "x\nok\n";
    TextLines beyond(content);
    QCOMPARE(linesOf(beyond).size(), 1);
    QCOMPARE(beyond.problem(), TextLines::Problem::TooLong);
    QCOMPARE(beyond.problemLine(), 2);
    QVERIFY2(TextLines::tooLongMessage().contains(u"1 MiB"_s), qPrintable(TextLines::tooLongMessage()));
}

void TestTextLines::stopsAtTheFirstLineItCannotRead()
{
    TextLines lines("ok\nM\xFCller\nfine\n");
    TextLines::Line line;
    QVERIFY(lines.next(line));
    QVERIFY(!lines.next(line));
    QVERIFY(!lines.next(line)); // and stays stopped: the line after it is never read
    QCOMPARE(lines.problemLine(), 2);
}

QTEST_APPLESS_MAIN(TestTextLines)
#include "TestTextLines.moc"
