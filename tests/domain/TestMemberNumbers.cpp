#include "domain/MemberNumbers.h"

#include <QTest>

using namespace mutualise::domain;
using namespace Qt::StringLiterals;

// The member number offered for the next member goes on as the register's numbers have been written.
class TestMemberNumbers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void next_data();
    void next();
};

void TestMemberNumbers::next_data()
{
    QTest::addColumn<QStringList>("numbers"); // in the order the members were added
    QTest::addColumn<QString>("next");
    QTest::newRow("empty register") << QStringList() << u"1"_s;
    QTest::newRow("prefix and zero padding") << QStringList { u"C001"_s, u"C002"_s, u"C003"_s } << u"C004"_s;
    QTest::newRow("plain numbers") << QStringList { u"1"_s, u"2"_s, u"7"_s } << u"8"_s;
    QTest::newRow("highest, not last") << QStringList { u"C007"_s, u"C002"_s } << u"C008"_s;
    QTest::newRow("padding runs out") << QStringList { u"C099"_s } << u"C100"_s;
    QTest::newRow("nine to ten") << QStringList { u"9"_s } << u"10"_s;
    QTest::newRow("numbers compared as numbers") << QStringList { u"10"_s, u"9"_s } << u"11"_s;
    QTest::newRow("padding compared as numbers") << QStringList { u"C0010"_s, u"C009"_s } << u"C011"_s;
    QTest::newRow("pattern of the last added")
        << QStringList { u"C001"_s, u"C002"_s, u"E01"_s, u"C003"_s, u"E02"_s } << u"E03"_s;
    QTest::newRow("prefix ignores case") << QStringList { u"c005"_s, u"C001"_s } << u"C006"_s;
    QTest::newRow("year and number") << QStringList { u"2024/08"_s, u"2024/09"_s } << u"2024/10"_s;
    QTest::newRow("dashes") << QStringList { u"T-901"_s } << u"T-902"_s;
    QTest::newRow("no digits at the end") << QStringList { u"C001"_s, u"ADA"_s } << QString();
    QTest::newRow("would be too long") << QStringList { u"C9999999999999999999"_s } << QString();
    QTest::newRow("twenty digits") << QStringList { u"1234567890123456789"_s } << u"1234567890123456790"_s;
}

void TestMemberNumbers::next()
{
    QFETCH(QStringList, numbers);
    QFETCH(QString, next);
    QCOMPARE(nextMemberNumber(numbers), next);
}

QTEST_GUILESS_MAIN(TestMemberNumbers)
#include "TestMemberNumbers.moc"
