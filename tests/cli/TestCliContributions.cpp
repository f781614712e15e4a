#include "CliTestCase.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

// Services and contributions from the command line: what each command prints, the refusals with their
// rule and exit status (the file left byte for byte as it was), and the totals, share capital included,
// worked by hand.
//
// The fixture (CliTestCase::createFixture) and what this test adds:
//   share ledger: 1001 (Founding council) 250 shares on 2024-01-10 = 25000; 1002 (Employee) 10 on
//                 2024-02-01 = 1000; 1003 (Community) ceased on 2024-06-30
//   service 1     "Shared hosting", 2024-04-01 to 2028-03-31, taken by 1001 and 1002
//   contribution 1  2024-04-15  1001 charge £1,200.00 for service 1     +120000
//   contribution 2  2024-05-01  1002 in kind 2.5 days x £333.33          + 83333 (£833.325, half up)
//   contribution 3  2024-06-30  1003 donation £10.00, the day it ceased  +  1000
//   contribution 4  2024-05-10  reversal of 1                           -120000
//   contribution 5  2025-04-01  1001 fee £50.00, first day of year 2025  +  5000
class TestCliContributions : public CliTestCase
{
    Q_OBJECT

private Q_SLOTS:
    void addPrintsTheIds();
    void servicesAreListed();
    void totalsByMember();
    void totalsByYear();
    void totalsByMonthNetAReversal();
    void totalsByClassAndOfOneKind();
    void tableShowsKindsAndTotal();
    void helpSaysHowTimeIsValued();
    void kindsOfTheMutualsOwn();
    void refusalsLeaveTheFileUnchanged_data();
    void refusalsLeaveTheFileUnchanged();
    void badUsageLeavesTheFileUnchanged_data();
    void badUsageLeavesTheFileUnchanged();

private:
    // The fixture with the services and contributions above. It takes a dozen runs of the program, so
    // it is built once and copied for every other test.
    QString createContributions();
    static void checkShape(const QJsonObject& totals);
    static QJsonObject rowKeyed(const QJsonObject& totals, const QJsonValue& key);

    QTemporaryDir m_built;
    QString m_builtFile;
};

QString TestCliContributions::createContributions()
{
    const QString copy = path(u"contributions.mutual"_s);
    if (!m_builtFile.isEmpty())
        return QFile::copy(m_builtFile, copy) ? copy : QString();
    const QString file = createFixture();
    if (file.isEmpty())
        return {};
    const QList<QStringList> steps {
        { u"services"_s, u"add"_s, file, u"--name"_s, u"Shared hosting"_s, u"--start"_s, u"2024-04-01"_s,
          u"--end"_s, u"2028-03-31"_s, u"--members"_s, u"1001,1002"_s, u"--description"_s,
          u"Hosting of websites"_s },
        { u"contributions"_s, u"add"_s, file, u"--member"_s, u"1001"_s, u"--kind"_s, u"charge"_s, u"--date"_s,
          u"2024-04-15"_s, u"--amount"_s, u"1200.00"_s, u"--service"_s, u"1"_s, u"--reference"_s,
          u"INV-1"_s },
        { u"contributions"_s, u"add"_s, file, u"--member"_s, u"1002"_s, u"--kind"_s, u"in-kind"_s,
          u"--date"_s, u"2024-05-01"_s, u"--days"_s, u"2.5"_s, u"--day-rate"_s, u"333.33"_s },
        { u"contributions"_s, u"add"_s, file, u"--member"_s, u"1003"_s, u"--kind"_s, u"donation"_s,
          u"--date"_s, u"2024-06-30"_s, u"--amount"_s, u"10"_s },
        { u"contributions"_s, u"reverse"_s, file, u"1"_s, u"--date"_s, u"2024-05-10"_s },
        { u"contributions"_s, u"add"_s, file, u"--member"_s, u"1001"_s, u"--kind"_s, u"FEE"_s, u"--date"_s,
          u"2025-04-01"_s, u"--amount"_s, u"50.00"_s },
    };
    if (!runSteps(steps))
        return {};
    m_builtFile = m_built.filePath(u"contributions.mutual"_s);
    return QFile::copy(file, m_builtFile) && QFile::copy(file, copy) ? copy : QString();
}

// The shape the issue promises scripts, and that every figure adds up.
void TestCliContributions::checkShape(const QJsonObject& totals)
{
    for (const QString& key : { u"currency"_s, u"from"_s, u"to"_s, u"by"_s, u"rows"_s, u"total"_s })
        QVERIFY2(totals.contains(key), qPrintable(key));
    QCOMPARE(totals.value(u"currency").toString(), u"GBP"_s);
    qint64 sum = 0;
    for (const QJsonValue& value : totals.value(u"rows").toArray()) {
        const QJsonObject row = value.toObject();
        QVERIFY(row.contains(u"key"));
        QVERIFY(row.value(u"amount").isDouble());
        const QJsonObject kinds = row.value(u"kinds").toObject();
        qint64 byKind = 0;
        for (const QJsonValue& amount : kinds)
            byKind += amount.toInteger();
        QCOMPARE(byKind, row.value(u"amount").toInteger());
        sum += row.value(u"amount").toInteger();
    }
    QCOMPARE(sum, totals.value(u"total").toInteger());
}

QJsonObject TestCliContributions::rowKeyed(const QJsonObject& totals, const QJsonValue& key)
{
    for (const QJsonValue& value : totals.value(u"rows").toArray()) {
        if (value.toObject().value(u"key") == key)
            return value.toObject();
    }
    return {};
}

void TestCliContributions::addPrintsTheIds()
{
    const QString file = createFixture();
    QVERIFY(!file.isEmpty());
    CliRun run = cli(
        { u"services"_s, u"add"_s, file, u"--name"_s, u"Shared hosting"_s, u"--start"_s, u"2024-04-01"_s });
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, u"1\n"_s);
    run = cli({ u"contributions"_s, u"add"_s, file, u"--member"_s, u"1001"_s, u"--kind"_s, u"charge"_s,
                u"--date"_s, u"2024-04-15"_s, u"--amount"_s, u"1200.00"_s, u"--service"_s, u"1"_s });
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, u"1\n"_s);
    run = cli({ u"contributions"_s, u"reverse"_s, file, u"1"_s, u"--date"_s, u"2024-05-10"_s });
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, u"2\n"_s);
}

void TestCliContributions::servicesAreListed()
{
    const QString file = createContributions();
    QVERIFY(!file.isEmpty());
    const QJsonObject list = json({ u"services"_s, file, u"--json"_s });
    const QJsonArray services = list.value(u"services").toArray();
    QCOMPARE(services.size(), 1);
    const QJsonObject hosting = services.first().toObject();
    QCOMPARE(hosting.value(u"id").toInteger(), 1);
    QCOMPARE(hosting.value(u"name").toString(), u"Shared hosting"_s);
    QCOMPARE(hosting.value(u"start").toString(), u"2024-04-01"_s);
    QCOMPARE(hosting.value(u"end").toString(), u"2028-03-31"_s);
    QCOMPARE(hosting.value(u"members").toArray(), (QJsonArray { u"1001"_s, u"1002"_s }));
    const CliRun table = cli({ u"services"_s, file });
    QCOMPARE(table.exitCode, 0);
    QVERIFY2(table.out.contains(u"Shared hosting"_s) && table.out.contains(u"1001, 1002"_s),
             qPrintable(table.out));
}

void TestCliContributions::totalsByMember()
{
    const QString file = createContributions();
    QVERIFY(!file.isEmpty());
    const QJsonObject totals = json({ u"contributions"_s, file, u"--json"_s });
    checkShape(totals);
    QCOMPARE(totals.value(u"by").toString(), u"member"_s);
    QCOMPARE(totals.value(u"from").toString(), u"2024-01-10"_s); // the earliest entry: 1001's shares
    QCOMPARE(totals.value(u"rows").toArray().size(), 3);
    // 1001: shares 25000, charge 120000 - 120000 = 0 (left out), fee 5000: 30000
    const QJsonObject council = rowKeyed(totals, u"1001"_s);
    QCOMPARE(council.value(u"amount").toInteger(), 30000);
    QCOMPARE(council.value(u"kinds").toObject(),
             (QJsonObject { { u"share-capital"_s, 25000 }, { u"fee"_s, 5000 } }));
    // 1002: shares 1000, in kind 2.5 x £333.33 = £833.325, half up to 83333: 84333
    const QJsonObject employee = rowKeyed(totals, u"1002"_s);
    QCOMPARE(employee.value(u"amount").toInteger(), 84333);
    QCOMPARE(employee.value(u"kinds").toObject().value(u"in-kind").toInteger(), 83333);
    // 1003: the donation on the day it ceased
    QCOMPARE(rowKeyed(totals, u"1003"_s).value(u"amount").toInteger(), 1000);
    // 30000 + 84333 + 1000 = 115333
    QCOMPARE(totals.value(u"total").toInteger(), 115333);
}

void TestCliContributions::totalsByYear()
{
    const QString file = createContributions();
    QVERIFY(!file.isEmpty());
    const QJsonObject totals = json({ u"contributions"_s, file, u"--by"_s, u"year"_s, u"--json"_s });
    checkShape(totals);
    QCOMPARE(totals.value(u"rows").toArray().size(), 3);
    // Financial year 2023 (2023-04-01 to 2024-03-31): the shares, 25000 + 1000 = 26000
    QCOMPARE(rowKeyed(totals, 2023).value(u"kinds").toObject(),
             (QJsonObject { { u"share-capital"_s, 26000 } }));
    // 2024: in kind 83333 + donation 1000, the charge netted out: 84333
    const QJsonObject year2024 = rowKeyed(totals, 2024);
    QCOMPARE(year2024.value(u"amount").toInteger(), 84333);
    QCOMPARE(year2024.value(u"kinds").toObject(),
             (QJsonObject { { u"in-kind"_s, 83333 }, { u"donation"_s, 1000 } }));
    // 2025 from its first day, 2025-04-01: the fee
    QCOMPARE(rowKeyed(totals, 2025).value(u"amount").toInteger(), 5000);
    QCOMPARE(totals.value(u"total").toInteger(), 115333); // 26000 + 84333 + 5000

    // The last day of year 2024 alone holds nothing; the first of 2025 the fee.
    const QJsonObject lastDay = json({ u"contributions"_s, file, u"--by"_s, u"year"_s, u"--from"_s,
                                       u"2025-03-31"_s, u"--to"_s, u"2025-04-01"_s, u"--json"_s });
    checkShape(lastDay);
    QCOMPARE(lastDay.value(u"rows").toArray().size(), 1);
    QCOMPARE(rowKeyed(lastDay, 2025).value(u"amount").toInteger(), 5000);
}

void TestCliContributions::totalsByMonthNetAReversal()
{
    const QString file = createContributions();
    QVERIFY(!file.isEmpty());
    const QJsonObject totals = json({ u"contributions"_s, file, u"--by"_s, u"month"_s, u"--from"_s,
                                      u"2024-04-01"_s, u"--to"_s, u"2024-05-31"_s, u"--json"_s });
    checkShape(totals);
    QCOMPARE(totals.value(u"from").toString(), u"2024-04-01"_s);
    QCOMPARE(totals.value(u"to").toString(), u"2024-05-31"_s);
    QCOMPARE(totals.value(u"by").toString(), u"month"_s);
    QCOMPARE(totals.value(u"rows").toArray().size(), 2);
    // April: the charge, 120000
    QCOMPARE(rowKeyed(totals, u"2024-04"_s).value(u"amount").toInteger(), 120000);
    // May: its reversal, -120000, and the time in kind, 83333: -36667
    const QJsonObject may = rowKeyed(totals, u"2024-05"_s);
    QCOMPARE(may.value(u"amount").toInteger(), -36667);
    QCOMPARE(may.value(u"kinds").toObject(),
             (QJsonObject { { u"charge"_s, -120000 }, { u"in-kind"_s, 83333 } }));
    QCOMPARE(totals.value(u"total").toInteger(), 83333); // 120000 - 36667
}

void TestCliContributions::totalsByClassAndOfOneKind()
{
    const QString file = createContributions();
    QVERIFY(!file.isEmpty());
    const QJsonObject classes = json({ u"contributions"_s, file, u"--by"_s, u"class"_s, u"--json"_s });
    checkShape(classes);
    QCOMPARE(rowKeyed(classes, u"Founding council"_s).value(u"amount").toInteger(), 30000);
    QCOMPARE(rowKeyed(classes, u"Employee"_s).value(u"amount").toInteger(), 84333);
    QCOMPARE(rowKeyed(classes, u"Community"_s).value(u"amount").toInteger(), 1000);

    const QJsonObject capital
        = json({ u"contributions"_s, file, u"--kind"_s, u"share-capital"_s, u"--json"_s });
    checkShape(capital);
    QCOMPARE(capital.value(u"rows").toArray().size(), 2);
    QCOMPARE(capital.value(u"total").toInteger(), 26000); // 25000 + 1000, from the share ledger

    const QJsonObject charges = json(
        { u"contributions"_s, file, u"--kind"_s, u"charge"_s, u"--to"_s, u"2024-04-30"_s, u"--json"_s });
    checkShape(charges);
    QCOMPARE(charges.value(u"total").toInteger(), 120000); // before its reversal
    const QJsonObject netted = json({ u"contributions"_s, file, u"--kind"_s, u"charge"_s, u"--json"_s });
    checkShape(netted);
    QCOMPARE(netted.value(u"rows").toArray().size(), 0); // reversed: nothing left
    QCOMPARE(netted.value(u"total").toInteger(), 0);
}

void TestCliContributions::tableShowsKindsAndTotal()
{
    const QString file = createContributions();
    QVERIFY(!file.isEmpty());
    const CliRun run = cli({ u"contributions"_s, file, u"--to"_s, u"2025-12-31"_s });
    QCOMPARE(run.exitCode, 0);
    for (const QString& part :
         { u"from 2024-01-10 to 2025-12-31"_s, u"Share capital"_s, u"Contribution in kind"_s,
           u"Annual subscription"_s, u"Anytown Council"_s, u"£843.33"_s, u"£1,153.33"_s })
        QVERIFY2(run.out.contains(part), qPrintable(part + u"\n"_s + run.out));
    // A financial year from April is read as the two calendar years it spans; its key in JSON is 2024.
    const CliRun years = cli({ u"contributions"_s, file, u"--by"_s, u"year"_s });
    QCOMPARE(years.exitCode, 0);
    QVERIFY2(years.out.contains(u"2024/25"_s) && years.out.contains(u"2023/24"_s), qPrintable(years.out));
    const CliRun quarters = cli({ u"contributions"_s, file, u"--by"_s, u"quarter"_s });
    QCOMPARE(quarters.exitCode, 0);
    QVERIFY2(quarters.out.contains(u"2024/25 Q1"_s), qPrintable(quarters.out));
}

void TestCliContributions::helpSaysHowTimeIsValued()
{
    const CliRun run = cli({ u"contributions"_s, u"add"_s, u"--help"_s });
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(u"rounded half up"_s), qPrintable(run.out));
    QVERIFY2(run.out.contains(u"two decimal places"_s), qPrintable(run.out));
}

void TestCliContributions::kindsOfTheMutualsOwn()
{
    const QString file = createContributions();
    QVERIFY(!file.isEmpty());
    CliRun run = cli({ u"contributions"_s, u"kinds"_s, u"add"_s, file, u"--key"_s, u"sponsorship"_s,
                       u"--label"_s, u"Sponsorship"_s });
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, u"sponsorship\n"_s);
    run = cli({ u"contributions"_s, u"add"_s, file, u"--member"_s, u"1002"_s, u"--kind"_s, u"sponsorship"_s,
                u"--date"_s, u"2024-09-01"_s, u"--amount"_s, u"75.50"_s });
    QCOMPARE(run.exitCode, 0);
    const QJsonObject totals = json({ u"contributions"_s, file, u"--kind"_s, u"sponsorship"_s, u"--json"_s });
    checkShape(totals);
    QCOMPARE(rowKeyed(totals, u"1002"_s).value(u"kinds").toObject(),
             (QJsonObject { { u"sponsorship"_s, 7550 } }));
}

void TestCliContributions::refusalsLeaveTheFileUnchanged_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("rule");
    const QStringList add { u"contributions"_s, u"add"_s, mutualFileArgument };
    const QStringList day { u"--date"_s, u"2024-09-01"_s };
    QTest::newRow("share capital") << add + day
            + QStringList { u"--member"_s, u"1001"_s, u"--kind"_s, u"share-capital"_s, u"--amount"_s, u"5"_s }
                                   << u"share-capital-is-derived"_s;
    QTest::newRow("unknown kind") << add + day
            + QStringList { u"--member"_s, u"1001"_s, u"--kind"_s, u"gift"_s, u"--amount"_s, u"5"_s }
                                  << u"unknown-kind"_s;
    QTest::newRow("nothing") << add + day
            + QStringList { u"--member"_s, u"1001"_s, u"--kind"_s, u"donation"_s, u"--amount"_s, u"0.00"_s }
                             << u"invalid-amount"_s;
    QTest::newRow("too large") << add + day
            + QStringList { u"--member"_s, u"1001"_s,     u"--kind"_s,
                            u"donation"_s, u"--amount"_s, u"10000000000.01"_s }
                               << u"entry-too-large"_s;
    QTest::newRow("after cessation") << add + QStringList { u"--date"_s,   u"2024-07-01"_s, u"--member"_s,
                                                            u"1003"_s,     u"--kind"_s,     u"donation"_s,
                                                            u"--amount"_s, u"5"_s }
                                     << u"after-cessation"_s;
    QTest::newRow("before admission")
        << add + QStringList { u"--date"_s, u"2024-01-31"_s, u"--member"_s, u"1002"_s,
                               u"--kind"_s, u"donation"_s,   u"--amount"_s, u"5"_s }
        << u"before-admission"_s;
    QTest::newRow("no such member") << add + day
            + QStringList { u"--member"_s, u"9999"_s, u"--kind"_s, u"donation"_s, u"--amount"_s, u"5"_s }
                                    << u"unknown-member"_s;
    QTest::newRow("no such service") << add + day + QStringList { u"--member"_s,  u"1001"_s,     u"--kind"_s,
                                                                  u"charge"_s,    u"--amount"_s, u"5"_s,
                                                                  u"--service"_s, u"99"_s }
                                     << u"unknown-service"_s;
    QTest::newRow("no such project") << add + day + QStringList { u"--member"_s,  u"1001"_s,     u"--kind"_s,
                                                                  u"donation"_s,  u"--amount"_s, u"5"_s,
                                                                  u"--project"_s, u"5"_s }
                                     << u"unknown-project"_s;
    QTest::newRow("days on a charge")
        << add + day + QStringList { u"--member"_s, u"1001"_s, u"--kind"_s,     u"charge"_s,
                                     u"--days"_s,   u"1"_s,    u"--day-rate"_s, u"100"_s }
        << u"days-only-in-kind"_s;
    QTest::newRow("escape in reference")
        << add + day + QStringList { u"--member"_s, u"1001"_s, u"--kind"_s,      u"donation"_s,
                                     u"--amount"_s, u"5"_s,    u"--reference"_s, u"INV\x1b[2J"_s }
        << u"control-character"_s;
    QTest::newRow("second reversal") << QStringList {
        u"contributions"_s, u"reverse"_s, mutualFileArgument, u"1"_s, u"--date"_s, u"2024-06-01"_s
    } << u"already-reversed"_s;
    QTest::newRow("reversal of a reversal")
        << QStringList { u"contributions"_s, u"reverse"_s,   mutualFileArgument, u"4"_s,
                         u"--date"_s,        u"2024-06-01"_s }
        << u"reversal-not-reversible"_s;
    QTest::newRow("no such entry") << QStringList {
        u"contributions"_s, u"reverse"_s, mutualFileArgument, u"99"_s, u"--date"_s, u"2024-06-01"_s
    } << u"unknown-entry"_s;
    QTest::newRow("reversal before the entry")
        << QStringList { u"contributions"_s, u"reverse"_s,   mutualFileArgument, u"5"_s,
                         u"--date"_s,        u"2025-03-31"_s }
        << u"reversal-before-entry"_s;
    const QStringList service { u"services"_s, u"add"_s, mutualFileArgument, u"--start"_s, u"2024-04-01"_s };
    QTest::newRow("same service name")
        << service + QStringList { u"--name"_s, u"SHARED HOSTING"_s } << u"duplicate-service"_s;
    QTest::newRow("service ends before it starts")
        << service + QStringList { u"--name"_s, u"Licence"_s, u"--end"_s, u"2024-03-31"_s }
        << u"end-before-start"_s;
    QTest::newRow("service for no such member")
        << service + QStringList { u"--name"_s, u"Licence"_s, u"--members"_s, u"1001,9999"_s }
        << u"unknown-member"_s;
    QTest::newRow("built-in kind again")
        << QStringList { u"contributions"_s, u"kinds"_s, u"add"_s,     mutualFileArgument,
                         u"--key"_s,         u"fee"_s,   u"--label"_s, u"Fee"_s }
        << u"duplicate-kind"_s;
    QTest::newRow("totals of an unknown kind")
        << QStringList { u"contributions"_s, mutualFileArgument, u"--kind"_s, u"gift"_s }
        << u"unknown-kind"_s;
}

void TestCliContributions::refusalsLeaveTheFileUnchanged()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, rule);
    const QString file = createContributions();
    QVERIFY(!file.isEmpty());
    arguments.replaceInStrings(mutualFileArgument, file);
    const QByteArray before = fileDigest(file);
    const CliRun run = cli(arguments);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"("_s + rule + u")"_s), qPrintable(run.err));
    QVERIFY2(!run.err.contains(u'\x1b'), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
    QCOMPARE(fileDigest(file), before);
}

void TestCliContributions::badUsageLeavesTheFileUnchanged_data()
{
    QTest::addColumn<QStringList>("arguments");
    const QStringList add { u"contributions"_s, u"add"_s,     mutualFileArgument, u"--member"_s,  u"1001"_s,
                            u"--kind"_s,        u"in-kind"_s, u"--date"_s,        u"2024-09-01"_s };
    QTest::newRow("amount and days") << add
            + QStringList { u"--amount"_s, u"5"_s, u"--days"_s, u"1"_s, u"--day-rate"_s, u"5"_s };
    QTest::newRow("neither amount nor days") << add;
    QTest::newRow("days without a rate") << add + QStringList { u"--days"_s, u"1"_s };
    QTest::newRow("three decimal places")
        << add + QStringList { u"--days"_s, u"2.555"_s, u"--day-rate"_s, u"5"_s };
    QTest::newRow("amount in words") << add + QStringList { u"--amount"_s, u"five pounds"_s };
    QTest::newRow("amount to a tenth of a penny") << add + QStringList { u"--amount"_s, u"1.005"_s };
    QTest::newRow("service not a number")
        << add + QStringList { u"--amount"_s, u"5"_s, u"--service"_s, u"one"_s };
    QTest::newRow("no member") << QStringList { u"contributions"_s, u"add"_s,      mutualFileArgument,
                                                u"--kind"_s,        u"fee"_s,      u"--date"_s,
                                                u"2024-09-01"_s,    u"--amount"_s, u"5"_s };
    QTest::newRow("date not a date") << QStringList { u"contributions"_s, u"add"_s,    mutualFileArgument,
                                                      u"--member"_s,      u"1001"_s,   u"--kind"_s,
                                                      u"fee"_s,           u"--date"_s, u"2024-13-01"_s,
                                                      u"--amount"_s,      u"5"_s };
    QTest::newRow("reverse no entry")
        << QStringList { u"contributions"_s, u"reverse"_s,   mutualFileArgument, u"x"_s,
                         u"--date"_s,        u"2024-06-01"_s };
    QTest::newRow("reverse without a date")
        << QStringList { u"contributions"_s, u"reverse"_s, mutualFileArgument, u"1"_s };
    QTest::newRow("by week") << QStringList { u"contributions"_s, mutualFileArgument, u"--by"_s, u"week"_s };
    QTest::newRow("from after to") << QStringList { u"contributions"_s, mutualFileArgument, u"--from"_s,
                                                    u"2025-01-01"_s,    u"--to"_s,          u"2024-01-01"_s };
    QTest::newRow("service without start")
        << QStringList { u"services"_s, u"add"_s, mutualFileArgument, u"--name"_s, u"Licence"_s };
    QTest::newRow("kind without label") << QStringList { u"contributions"_s, u"kinds"_s, u"add"_s,
                                                         mutualFileArgument, u"--key"_s, u"gift"_s };
}

void TestCliContributions::badUsageLeavesTheFileUnchanged()
{
    QFETCH(QStringList, arguments);
    const QString file = createContributions();
    QVERIFY(!file.isEmpty());
    arguments.replaceInStrings(mutualFileArgument, file);
    const QByteArray before = fileDigest(file);
    const CliRun run = cli(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(u"--help"_s), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
    QCOMPARE(fileDigest(file), before);
}

QTEST_GUILESS_MAIN(TestCliContributions)
#include "TestCliContributions.moc"
