#include "CliTestCase.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

// mutualise-cli writes counts with their plural forms: "1 share", "2 shares", never "1 shares".
class TestCliPlurals : public CliTestCase
{
    Q_OBJECT

private Q_SLOTS:
    void anAmountThatDoesNotMatchCountsTheShares_data();
    void anAmountThatDoesNotMatchCountsTheShares();
    void theProxyLimitCountsTheProxies();
};

void TestCliPlurals::anAmountThatDoesNotMatchCountsTheShares_data()
{
    QTest::addColumn<QString>("shares");
    QTest::addColumn<QString>("message");
    QTest::newRow("one") << u"1"_s << u"1 share at £1.00 each come to £1.00, not £5.00. (invalid-amount)"_s;
    QTest::newRow("two") << u"2"_s << u"2 shares at £1.00 each come to £2.00, not £5.00. (invalid-amount)"_s;
    QTest::newRow("thousands")
        << u"1250"_s << u"1,250 shares at £1.00 each come to £1,250.00, not £5.00. (invalid-amount)"_s;
}

void TestCliPlurals::anAmountThatDoesNotMatchCountsTheShares()
{
    QFETCH(QString, shares);
    QFETCH(QString, message);
    const QString file = createFixture();
    QVERIFY(!file.isEmpty());
    const QByteArray before = fileDigest(file);
    const CliRun run
        = cli({ u"shares"_s, u"add"_s, file, u"--member"_s, u"1002"_s, u"--kind"_s, u"subscription"_s,
                u"--shares"_s, shares, u"--amount"_s, u"5"_s, u"--date"_s, u"2024-03-01"_s });
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.err.trimmed(), u"error: "_s + message);
    QCOMPARE(fileDigest(file), before);
}

// A meeting allows one proxy a person: the refusal says "1 proxy", not "1 proxies".
void TestCliPlurals::theProxyLimitCountsTheProxies()
{
    const QString file = createVotingFixture();
    QVERIFY(!file.isEmpty());
    const CliRun meeting = cli({ u"meetings"_s, u"add"_s, file, u"--kind"_s, u"agm"_s, u"--date"_s,
                                 u"2025-03-01"_s, u"--proxy-limit"_s, u"1"_s });
    QCOMPARE(meeting.exitCode, 0);
    const QString id = meeting.out.trimmed();
    const auto proxy = [&](const QString& member) {
        return cli({ u"meetings"_s, u"proxy"_s, file, id, u"--member"_s, member, u"--proxy"_s, u"1004"_s });
    };
    QCOMPARE(proxy(u"1002"_s).exitCode, 0);
    const QByteArray before = fileDigest(file);
    const CliRun overLimit = proxy(u"1006"_s);
    QCOMPARE(overLimit.exitCode, 1);
    QVERIFY2(overLimit.err.contains(u"1004 Member 1004 already holds 1 proxy, as many as one person may hold "
                                    "at this meeting."_s),
             qPrintable(overLimit.err));
    QCOMPARE(fileDigest(file), before);
}

QTEST_GUILESS_MAIN(TestCliPlurals)
#include "TestCliPlurals.moc"
