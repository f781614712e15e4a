#include "CliTestCase.h"
#include "domain/Money.h"

#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using mutualise::domain::Currency;
using mutualise::domain::Money;

// Tests of mutualise-cli, the register and the share ledger: init, demo, members, shares and holdings.
class TestCliRegister : public CliTestCase
{
    Q_OBJECT

private Q_SLOTS:
    void initCreatesAnEmptyMutual();
    void initHonoursCurrencyAndNominal();
    void initRefusesBadOptions_data();
    void initRefusesBadOptions();
    void membersAddAndList();
    void membersFilterByStatusAndClass();
    void membersCeaseRecordsTheDate();
    void membersTextTable();
    void sharesArithmetic();
    void movementsChangeTheHolding_data();
    void movementsChangeTheHolding();
    void membersAddDefaultsToActiveToday();
    void sharesTransferMovesShares();
    void sharesReverseUndoesAnEntry();
    void sharesLedgerFilters();
    void holdingsAsOfAnEarlierDay();
    void holdingsTextShowsTotal();
    void demoIsDeterministic();
    void demoRefusesAnExistingFile();
    void demoRefusesBadOptions_data();
    void demoRefusesBadOptions();
};

void TestCliRegister::initCreatesAnEmptyMutual()
{
    const QString file = path(u"new.mutual"_s);
    const CliRun run = cli({ u"init"_s, file, u"--name"_s, u"Vale Services Mutual"_s, u"--legal-form"_s,
                             u"community-benefit"_s, u"--year-start"_s, u"01-01"_s });
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out.trimmed(), file);
    QVERIFY(QFile::exists(file));
    const QJsonObject members = json({ u"members"_s, file, u"--json"_s });
    QCOMPARE(members.value(u"mutual").toString(), u"Vale Services Mutual"_s);
    QCOMPARE(members.value(u"currency").toString(), u"GBP"_s);
    QVERIFY(members.value(u"members").isArray());
    QCOMPARE(members.value(u"members").toArray().size(), 0);
}

void TestCliRegister::initHonoursCurrencyAndNominal()
{
    const QString file = path(u"euro.mutual"_s);
    QCOMPARE(cli({ u"init"_s, file, u"--name"_s, u"Euro Mutual"_s, u"--currency"_s, u"eur"_s, u"--nominal"_s,
                   u"0.50"_s })
                 .exitCode,
             0);
    QCOMPARE(cli({ u"members"_s, u"add"_s, file, u"--number"_s, u"E1"_s, u"--name"_s, u"Eve"_s, u"--class"_s,
                   u"investor"_s, u"--admitted"_s, u"2024-03-01"_s })
                 .exitCode,
             0);
    QCOMPARE(cli({ u"shares"_s, u"add"_s, file, u"--member"_s, u"E1"_s, u"--kind"_s, u"subscription"_s,
                   u"--shares"_s, u"7"_s, u"--date"_s, u"2024-03-01"_s })
                 .exitCode,
             0);
    const QJsonObject holdings = json({ u"holdings"_s, file, u"--json"_s, u"--as-of"_s, u"2024-12-31"_s });
    QCOMPARE(holdings.value(u"currency").toString(), u"EUR"_s);
    // 7 shares x 50 cents = 350 cents
    QCOMPARE(holdingOf(holdings, u"E1"_s).value(u"amount").toInteger(), 350);
    QCOMPARE(holdings.value(u"total").toObject().value(u"shares").toInteger(), 7);
}

void TestCliRegister::initRefusesBadOptions_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::newRow("no name") << QStringList {};
    QTest::newRow("legal form") << QStringList { u"--name"_s, u"M"_s, u"--legal-form"_s, u"charity"_s };
    QTest::newRow("year start month 13")
        << QStringList { u"--name"_s, u"M"_s, u"--year-start"_s, u"13-01"_s };
    QTest::newRow("year start 29 Feb") << QStringList { u"--name"_s, u"M"_s, u"--year-start"_s, u"02-29"_s };
    QTest::newRow("year start words") << QStringList { u"--name"_s, u"M"_s, u"--year-start"_s, u"April"_s };
    QTest::newRow("nominal words") << QStringList { u"--name"_s, u"M"_s, u"--nominal"_s, u"one pound"_s };
    QTest::newRow("nominal too precise") << QStringList { u"--name"_s, u"M"_s, u"--nominal"_s, u"1.005"_s };
    QTest::newRow("currency") << QStringList { u"--name"_s, u"M"_s, u"--currency"_s, u"XYZ"_s };
    QTest::newRow("interest cap above 100%")
        << QStringList { u"--name"_s, u"M"_s, u"--interest-cap-bp"_s, u"10001"_s };
    QTest::newRow("interest cap as a percentage")
        << QStringList { u"--name"_s, u"M"_s, u"--interest-cap-bp"_s, u"5%"_s };
    QTest::newRow("dividend cap negative")
        << QStringList { u"--name"_s, u"M"_s, u"--dividend-cap-bp"_s, u"-1"_s };
    QTest::newRow("unknown option") << QStringList { u"--name"_s, u"M"_s, u"--colour"_s, u"red"_s };
}

void TestCliRegister::initRefusesBadOptions()
{
    QFETCH(QStringList, options);
    const QString file = path(u"refused.mutual"_s);
    const CliRun run = cli(QStringList { u"init"_s, file } + options);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(u"Try “mutualise-cli init --help”."), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
    QVERIFY(!QFile::exists(file));
}

void TestCliRegister::membersAddAndList()
{
    const QString file = createFixture();
    QVERIFY(!file.isEmpty());
    const CliRun added = cli({ u"members"_s, u"add"_s, file, u"--number"_s, u"A-7"_s, u"--name"_s,
                               u"Applicant Person"_s, u"--class"_s, u"COMMUNITY"_s, u"--status"_s,
                               u"applicant"_s, u"--phone"_s, u"01234 567890"_s });
    QCOMPARE(added.exitCode, 0);
    QCOMPARE(added.out.trimmed(), u"A-7"_s);

    const QJsonObject list = json({ u"members"_s, file, u"--json"_s });
    QCOMPARE(list.value(u"mutual").toString(), u"Shire Digital Mutual"_s);
    QCOMPARE(list.value(u"members").toArray().size(), 4);

    const QJsonObject council = memberNumbered(list, u"1001"_s);
    QCOMPARE(council.value(u"name").toString(), u"Anytown Council"_s);
    QCOMPARE(council.value(u"kind").toString(), u"organisation"_s);
    QCOMPARE(council.value(u"class").toString(), u"Founding council"_s);
    QCOMPARE(council.value(u"status").toString(), u"active"_s);
    QCOMPARE(council.value(u"admitted").toString(), u"2024-01-10"_s);
    QVERIFY(council.value(u"ceased").isNull());
    QCOMPARE(council.value(u"email").toString(), u"clerk@anytown.example"_s);
    QCOMPARE(council.value(u"address").toString(), u"1 High Street, Anytown"_s);
    // 250 shares x 100 pence nominal = 25000 pence
    QCOMPARE(council.value(u"shares").toInteger(), 250);
    QCOMPARE(council.value(u"amount").toInteger(), 25000);

    const QJsonObject applicant = memberNumbered(list, u"A-7"_s);
    QCOMPARE(applicant.value(u"kind").toString(), u"individual"_s);
    QCOMPARE(applicant.value(u"class").toString(), u"Community"_s);
    QCOMPARE(applicant.value(u"status").toString(), u"applicant"_s);
    QVERIFY(applicant.value(u"admitted").isNull());
    QCOMPARE(applicant.value(u"shares").toInteger(), 0);
}

void TestCliRegister::membersFilterByStatusAndClass()
{
    const QString file = createFixture();
    QVERIFY(!file.isEmpty());
    const QJsonObject active = json({ u"members"_s, file, u"--json"_s, u"--status"_s, u"active"_s });
    QCOMPARE(active.value(u"members").toArray().size(), 2); // 1001 and 1002; 1003 has ceased
    const QJsonObject ceased = json({ u"members"_s, file, u"--json"_s, u"--status"_s, u"ceased"_s });
    QCOMPARE(ceased.value(u"members").toArray().size(), 1);
    QCOMPARE(ceased.value(u"members").toArray().at(0).toObject().value(u"number").toString(), u"1003"_s);
    const QJsonObject employees = json({ u"members"_s, file, u"--json"_s, u"--class"_s, u"eMPLOYEE"_s });
    QCOMPARE(employees.value(u"members").toArray().size(), 1);
    QCOMPARE(employees.value(u"members").toArray().at(0).toObject().value(u"number").toString(), u"1002"_s);

    QCOMPARE(cli({ u"members"_s, file, u"--status"_s, u"retired"_s }).exitCode, 2);
    const CliRun unknownClass = cli({ u"members"_s, file, u"--class"_s, u"Trustee"_s });
    QCOMPARE(unknownClass.exitCode, 1);
    QVERIFY2(unknownClass.err.contains(u"(unknown-class)"), qPrintable(unknownClass.err));
}

void TestCliRegister::membersCeaseRecordsTheDate()
{
    const QString file = createFixture();
    QVERIFY(!file.isEmpty());
    const CliRun run = cli({ u"members"_s, u"cease"_s, file, u"1002"_s, u"--date"_s, u"2024-09-30"_s });
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(u"1002") && run.out.contains(u"2024-09-30"), qPrintable(run.out));
    const QJsonObject member = memberNumbered(json({ u"members"_s, file, u"--json"_s }), u"1002"_s);
    QCOMPARE(member.value(u"status").toString(), u"ceased"_s);
    QCOMPARE(member.value(u"admitted").toString(), u"2024-02-01"_s);
    QCOMPARE(member.value(u"ceased").toString(), u"2024-09-30"_s);
}

void TestCliRegister::membersTextTable()
{
    const QString file = createFixture();
    QVERIFY(!file.isEmpty());
    const CliRun run = cli({ u"members"_s, file });
    QCOMPARE(run.exitCode, 0);
    for (const char* expected :
         { "Number", "Name", "Type", "Class", "Status", "Admitted", "Ceased", "Shares", "Anytown Council",
           "Alice Example", "Bob Example", "2024-06-30", "Founding council" })
        QVERIFY2(run.out.contains(QLatin1String(expected)), expected);
    QVERIFY(run.err.isEmpty());
}

void TestCliRegister::sharesArithmetic()
{
    const QString file = createFixture();
    QVERIFY(!file.isEmpty());
    const CliRun withdrawal = cli({ u"shares"_s, u"add"_s, file, u"--member"_s, u"1001"_s, u"--kind"_s,
                                    u"withdrawal"_s, u"--shares"_s, u"50"_s, u"--date"_s, u"2024-07-01"_s,
                                    u"--reference"_s, u"Board minute 12"_s });
    QCOMPARE(withdrawal.exitCode, 0);
    bool isNumber = false;
    QVERIFY(withdrawal.out.trimmed().toLongLong(&isNumber) > 0);
    QVERIFY(isNumber);

    const QJsonObject holdings = json({ u"holdings"_s, file, u"--json"_s, u"--as-of"_s, u"2024-12-31"_s });
    QCOMPARE(holdings.value(u"as_of").toString(), u"2024-12-31"_s);
    QCOMPARE(holdings.value(u"currency").toString(), u"GBP"_s);
    // 1001: 250 subscribed - 50 withdrawn = 200 shares; 200 x 100p = 20000p
    const QJsonObject council = holdingOf(holdings, u"1001"_s);
    QCOMPARE(council.value(u"shares").toInteger(), 200);
    QCOMPARE(council.value(u"amount").toInteger(), 20000);
    QCOMPARE(council.value(u"class").toString(), u"Founding council"_s);
    QCOMPARE(council.value(u"name").toString(), u"Anytown Council"_s);
    // 1002: 10 shares x 100p = 1000p; 1003 holds nothing and is left out
    QCOMPARE(holdingOf(holdings, u"1002"_s).value(u"amount").toInteger(), 1000);
    QCOMPARE(holdings.value(u"holdings").toArray().size(), 2);
    // total: 200 + 10 = 210 shares; 20000 + 1000 = 21000p
    const QJsonObject total = holdings.value(u"total").toObject();
    QCOMPARE(total.value(u"shares").toInteger(), 210);
    QCOMPARE(total.value(u"amount").toInteger(), 21000);

    const QJsonObject members = json({ u"members"_s, file, u"--json"_s });
    QCOMPARE(memberNumbered(members, u"1001"_s).value(u"shares").toInteger(), 200);
}

void TestCliRegister::movementsChangeTheHolding_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("shares");
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<qint64>("expectedShares");
    QTest::addColumn<qint64>("expectedAmount");
    // 1001 starts with 250 shares, 25000p; nominal 100p a share
    QTest::newRow("subscription") << u"subscription"_s << u"50"_s << QStringList {} << qint64(300)
                                  << qint64(30000); // 250 + 50 = 300; 300 x 100p
    QTest::newRow("subscription with its amount")
        << u"subscription"_s << u"25"_s << QStringList { u"--amount"_s, u"25.00"_s } << qint64(275)
        << qint64(27500); // 250 + 25 = 275; 25000p + 2500p
    QTest::newRow("withdrawal") << u"withdrawal"_s << u"50"_s << QStringList {} << qint64(200)
                                << qint64(20000); // 250 - 50 = 200; 200 x 100p
    QTest::newRow("forfeiture") << u"forfeiture"_s << u"5"_s << QStringList {} << qint64(245)
                                << qint64(24500); // 250 - 5 = 245; 245 x 100p
    QTest::newRow("withdraw to the class minimum")
        << u"withdrawal"_s << u"249"_s << QStringList {} << qint64(1)
        << qint64(100); // 250 - 249 = 1, the Founding council minimum
}

void TestCliRegister::movementsChangeTheHolding()
{
    QFETCH(QString, kind);
    QFETCH(QString, shares);
    QFETCH(QStringList, extra);
    QFETCH(qint64, expectedShares);
    QFETCH(qint64, expectedAmount);
    const QString file = createFixture();
    QVERIFY(!file.isEmpty());
    const CliRun run = cli(QStringList { u"shares"_s, u"add"_s, file, u"--member"_s, u"1001"_s, u"--kind"_s,
                                         kind, u"--shares"_s, shares, u"--date"_s, u"2024-07-01"_s }
                           + extra);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out.trimmed().split(u'\n').size(), 1);
    const QJsonObject holding
        = holdingOf(json({ u"holdings"_s, file, u"--json"_s, u"--as-of"_s, u"2024-07-01"_s }), u"1001"_s);
    QCOMPARE(holding.value(u"shares").toInteger(), expectedShares);
    QCOMPARE(holding.value(u"amount").toInteger(), expectedAmount);
}

void TestCliRegister::membersAddDefaultsToActiveToday()
{
    const QString file = createFixture();
    QVERIFY(!file.isEmpty());
    const CliRun run = cli({ u"members"_s, u"add"_s, file, u"--number"_s, u"1004"_s, u"--name"_s,
                             u"Dee Example"_s, u"--class"_s, u"Investor"_s });
    QCOMPARE(run.exitCode, 0);
    const QJsonObject member = memberNumbered(json({ u"members"_s, file, u"--json"_s }), u"1004"_s);
    QCOMPARE(member.value(u"status").toString(), u"active"_s);
    QCOMPARE(member.value(u"admitted").toString(), QDate::currentDate().toString(Qt::ISODate));
    QCOMPARE(member.value(u"class").toString(), u"Investor"_s);
}

void TestCliRegister::sharesTransferMovesShares()
{
    const QString file = createFixture();
    QVERIFY(!file.isEmpty());
    const CliRun run
        = cli({ u"shares"_s, u"add"_s, file, u"--member"_s, u"1001"_s, u"--kind"_s, u"transfer"_s, u"--to"_s,
                u"1002"_s, u"--shares"_s, u"30"_s, u"--date"_s, u"2024-08-01"_s });
    QCOMPARE(run.exitCode, 0);
    const QStringList ids = run.out.trimmed().split(u'\n');
    QCOMPARE(ids.size(), 2); // both sides of the transfer

    const QJsonObject holdings = json({ u"holdings"_s, file, u"--json"_s, u"--as-of"_s, u"2024-08-01"_s });
    // 1001: 250 - 30 = 220 shares, 22000p; 1002: 10 + 30 = 40 shares, 4000p
    QCOMPARE(holdingOf(holdings, u"1001"_s).value(u"shares").toInteger(), 220);
    QCOMPARE(holdingOf(holdings, u"1001"_s).value(u"amount").toInteger(), 22000);
    QCOMPARE(holdingOf(holdings, u"1002"_s).value(u"shares").toInteger(), 40);
    QCOMPARE(holdingOf(holdings, u"1002"_s).value(u"amount").toInteger(), 4000);
    // a transfer moves capital between members: the total stays 260 shares, 26000p
    QCOMPARE(holdings.value(u"total").toObject().value(u"shares").toInteger(), 260);
    QCOMPARE(holdings.value(u"total").toObject().value(u"amount").toInteger(), 26000);

    // the day before, nothing had moved
    const QJsonObject before = json({ u"holdings"_s, file, u"--json"_s, u"--as-of"_s, u"2024-07-31"_s });
    QCOMPARE(holdingOf(before, u"1001"_s).value(u"shares").toInteger(), 250);
}

void TestCliRegister::sharesReverseUndoesAnEntry()
{
    const QString file = createFixture();
    QVERIFY(!file.isEmpty());
    const CliRun withdrawal = cli({ u"shares"_s, u"add"_s, file, u"--member"_s, u"1001"_s, u"--kind"_s,
                                    u"withdrawal"_s, u"--shares"_s, u"50"_s, u"--date"_s, u"2024-07-01"_s });
    QCOMPARE(withdrawal.exitCode, 0);
    const QString entryId = withdrawal.out.trimmed();

    const CliRun reversal = cli({ u"shares"_s, u"reverse"_s, file, entryId, u"--date"_s, u"2024-07-02"_s,
                                  u"--reference"_s, u"Entered twice"_s });
    QCOMPARE(reversal.exitCode, 0);
    QVERIFY(!reversal.out.trimmed().isEmpty());
    QVERIFY(reversal.out.trimmed() != entryId);

    const QJsonObject holdings = json({ u"holdings"_s, file, u"--json"_s, u"--as-of"_s, u"2024-07-02"_s });
    // 250 - 50 + 50 (reversal) = 250 shares, 25000p
    QCOMPARE(holdingOf(holdings, u"1001"_s).value(u"shares").toInteger(), 250);
    QCOMPARE(holdingOf(holdings, u"1001"_s).value(u"amount").toInteger(), 25000);

    const QJsonObject ledger = json({ u"shares"_s, file, u"--json"_s, u"--member"_s, u"1001"_s });
    const QJsonArray entries = ledger.value(u"entries").toArray();
    QCOMPARE(entries.size(), 3); // subscription, withdrawal, reversal
    QCOMPARE(entries.at(1).toObject().value(u"kind").toString(), u"withdrawal"_s);
    QCOMPARE(entries.at(1).toObject().value(u"shares").toInteger(), -50);
    QCOMPARE(entries.at(1).toObject().value(u"reversed").toBool(), true);
    QCOMPARE(entries.at(2).toObject().value(u"kind").toString(), u"reversal"_s);
    QCOMPARE(entries.at(2).toObject().value(u"reverses").toInteger(), entryId.toLongLong());
    QCOMPARE(entries.at(2).toObject().value(u"shares").toInteger(), 50);

    const CliRun again = cli({ u"shares"_s, u"reverse"_s, file, entryId, u"--date"_s, u"2024-07-03"_s });
    QCOMPARE(again.exitCode, 1);
    QVERIFY2(again.err.contains(u"(already-reversed)"), qPrintable(again.err));
}

void TestCliRegister::sharesLedgerFilters()
{
    const QString file = createFixture();
    QVERIFY(!file.isEmpty());
    const QJsonObject all = json({ u"shares"_s, file, u"--json"_s });
    QCOMPARE(all.value(u"currency").toString(), u"GBP"_s);
    const QJsonArray entries = all.value(u"entries").toArray();
    QCOMPARE(entries.size(), 2);
    const QJsonObject first = entries.at(0).toObject();
    QCOMPARE(first.value(u"date").toString(), u"2024-01-10"_s);
    QCOMPARE(first.value(u"member").toString(), u"1001"_s);
    QCOMPARE(first.value(u"kind").toString(), u"subscription"_s);
    QCOMPARE(first.value(u"amount").toInteger(), 25000); // 250 x 100p
    QVERIFY(first.value(u"counterparty").isNull());

    const QJsonObject february
        = json({ u"shares"_s, file, u"--json"_s, u"--from"_s, u"2024-02-01"_s, u"--to"_s, u"2024-02-29"_s });
    QCOMPARE(february.value(u"entries").toArray().size(), 1);
    QCOMPARE(february.value(u"entries").toArray().at(0).toObject().value(u"member").toString(), u"1002"_s);

    const CliRun text = cli({ u"shares"_s, file });
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.contains(Money(25000, Currency::gbp()).format(QLocale())), qPrintable(text.out));
    QCOMPARE(cli({ u"shares"_s, file, u"--from"_s, u"2024-02-30"_s }).exitCode, 2);
}

void TestCliRegister::holdingsAsOfAnEarlierDay()
{
    const QString file = createFixture();
    QVERIFY(!file.isEmpty());
    // on 2024-01-31 only the council's subscription of 2024-01-10 had been made
    const QJsonObject january = json({ u"holdings"_s, file, u"--json"_s, u"--as-of"_s, u"2024-01-31"_s });
    QCOMPARE(january.value(u"holdings").toArray().size(), 1);
    QCOMPARE(january.value(u"total").toObject().value(u"shares").toInteger(), 250);
    QCOMPARE(january.value(u"total").toObject().value(u"amount").toInteger(), 25000);
    // before anything was subscribed the register holds nothing
    const QJsonObject empty = json({ u"holdings"_s, file, u"--json"_s, u"--as-of"_s, u"2023-12-31"_s });
    QCOMPARE(empty.value(u"holdings").toArray().size(), 0);
    QCOMPARE(empty.value(u"total").toObject().value(u"amount").toInteger(), 0);
}

void TestCliRegister::holdingsTextShowsTotal()
{
    const QString file = createFixture();
    QVERIFY(!file.isEmpty());
    const CliRun run = cli({ u"holdings"_s, file, u"--as-of"_s, u"2024-12-31"_s });
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(u"Anytown Council"));
    QVERIFY(run.out.contains(Money(25000, Currency::gbp()).format(QLocale())));
    const QStringList lines = run.out.trimmed().split(u'\n');
    // the last line is the total: 250 + 10 = 260 shares, 25000 + 1000 = 26000p
    QVERIFY2(lines.constLast().startsWith(u"Total"), qPrintable(run.out));
    QVERIFY2(lines.constLast().contains(Money(26000, Currency::gbp()).format(QLocale())),
             qPrintable(run.out));
    QVERIFY(lines.constLast().contains(u"260"));
}

void TestCliRegister::demoIsDeterministic()
{
    const QStringList options { u"--members"_s, u"30"_s, u"--years"_s, u"2"_s,
                                u"--seed"_s,    u"7"_s,  u"--until"_s, u"2024-12-31"_s };
    const QString first = path(u"first.mutual"_s);
    const QString second = path(u"second.mutual"_s);
    for (const QString& file : { first, second }) {
        const CliRun run = cli(QStringList { u"demo"_s, file } + options);
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out.trimmed(), file);
        QVERIFY2(run.err.isEmpty(), qPrintable(run.err)); // no progress when stderr is not a terminal
    }
    const QJsonObject firstMembers = json({ u"members"_s, first, u"--json"_s });
    QCOMPARE(firstMembers.value(u"members").toArray().size(), 30);
    QCOMPARE(json({ u"members"_s, second, u"--json"_s }), firstMembers);

    const QStringList asOf { u"--json"_s, u"--as-of"_s, u"2024-12-31"_s };
    const QJsonObject firstHoldings = json(QStringList { u"holdings"_s, first } + asOf);
    QCOMPARE(json(QStringList { u"holdings"_s, second } + asOf), firstHoldings);

    // the total line is the sum of the rows
    qint64 shares = 0;
    qint64 amount = 0;
    const QJsonArray rows = firstHoldings.value(u"holdings").toArray();
    QVERIFY(!rows.isEmpty());
    for (const QJsonValue& row : rows) {
        QVERIFY(row.toObject().value(u"shares").toInteger() != 0);
        shares += row.toObject().value(u"shares").toInteger();
        amount += row.toObject().value(u"amount").toInteger();
    }
    QCOMPARE(firstHoldings.value(u"total").toObject().value(u"shares").toInteger(), shares);
    QCOMPARE(firstHoldings.value(u"total").toObject().value(u"amount").toInteger(), amount);
}

void TestCliRegister::demoRefusesAnExistingFile()
{
    const QString file = path(u"existing.mutual"_s);
    QCOMPARE(cli({ u"init"_s, file, u"--name"_s, u"Kept"_s }).exitCode, 0);
    const QByteArray digest = fileDigest(file);
    const CliRun run = cli({ u"demo"_s, file, u"--members"_s, u"10"_s });
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"(exists)"), qPrintable(run.err));
    QCOMPARE(fileDigest(file), digest);
    QCOMPARE(json({ u"members"_s, file, u"--json"_s }).value(u"mutual").toString(), u"Kept"_s);
}

void TestCliRegister::demoRefusesBadOptions_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::newRow("no members") << QStringList { u"--members"_s, u"0"_s };
    QTest::newRow("members in words") << QStringList { u"--members"_s, u"many"_s };
    QTest::newRow("negative years") << QStringList { u"--years"_s, u"-1"_s };
    QTest::newRow("until 2024-02-30") << QStringList { u"--until"_s, u"2024-02-30"_s };
    QTest::newRow("seed in words") << QStringList { u"--seed"_s, u"lucky"_s };
    QTest::newRow("until tomorrow") << QStringList { u"--until"_s,
                                                     QDate::currentDate().addDays(1).toString(Qt::ISODate) };
}

void TestCliRegister::demoRefusesBadOptions()
{
    QFETCH(QStringList, options);
    const QString file = path(u"demo.mutual"_s);
    const CliRun run = cli(QStringList { u"demo"_s, file } + options);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(u"Try “mutualise-cli demo --help”."), qPrintable(run.err));
    QVERIFY(!QFile::exists(file));
}

QTEST_GUILESS_MAIN(TestCliRegister)
#include "TestCliRegister.moc"
