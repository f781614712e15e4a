#include "CliTestCase.h"
#include "SampleMutual.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

const QString sampleCsv = QStringLiteral(MUTUALISE_TEST_DATA "/savings/sample-savings.csv");
const QByteArray header = "service,member,from,to,baseline,actual,evidence\n";

} // namespace

// Tests of `savings add`, `savings import` and `savings`. The fixture (CliTestCase::createFixture) has
// members 1001 (Founding council), 1002 (Employee) and 1003 (Community), a year from 1 April; the
// services 1 "Shared hosting" (1001, 1002) and 2 "Case management" (1001) are added with SQL, as the
// services' own commands would.
class TestCliSavings : public CliTestCase
{
    Q_OBJECT

private Q_SLOTS:
    void addPrintsTheId();
    void addRefusals_data();
    void addRefusals();
    void importTheSampleAndTotal();
    void totalsForOneYear();
    void totalIsTheSumOfTheRows_data();
    void totalIsTheSumOfTheRows();
    void textTableShowsNegativeSavings();
    void noSavingsYet();
    void importRefusedLeavesFileUnchanged_data();
    void importRefusedLeavesFileUnchanged();
    void dryRunLeavesFileUnchanged();
    void listingRefusesBadOptions_data();
    void listingRefusesBadOptions();

private:
    QString createSavingsFixture() const;
    static QJsonObject rowKeyed(const QJsonObject& totals, const QJsonValue& key);
};

QString TestCliSavings::createSavingsFixture() const
{
    const QString file = createFixture();
    if (file.isEmpty())
        return {};
    const QString error = sample::execRaw(
        file,
        { u"INSERT INTO services (id, name, starts_on) VALUES (1, 'Shared hosting', '2024-04-01'), "
          "(2, 'Case management', '2024-04-01')"_s,
          u"INSERT INTO service_members (service_id, member_id) SELECT 1, id FROM members WHERE number "
          "IN ('1001', '1002')"_s,
          u"INSERT INTO service_members (service_id, member_id) SELECT 2, id FROM members WHERE number "
          "= '1001'"_s });
    if (!error.isEmpty()) {
        qWarning("%s", qPrintable(error));
        return {};
    }
    return file;
}

QJsonObject TestCliSavings::rowKeyed(const QJsonObject& totals, const QJsonValue& key)
{
    for (const QJsonValue& row : totals.value(u"rows").toArray()) {
        if (row.toObject().value(u"key") == key)
            return row.toObject();
    }
    return {};
}

void TestCliSavings::addPrintsTheId()
{
    const QString file = createSavingsFixture();
    QVERIFY(!file.isEmpty());
    const CliRun first
        = cli({ u"savings"_s, u"add"_s, file, u"--service"_s, u"1"_s, u"--member"_s, u"1001"_s, u"--from"_s,
                u"2025-04-01"_s, u"--to"_s, u"2026-03-31"_s, u"--baseline"_s, u"1200.00"_s, u"--actual"_s,
                u"1000.50"_s, u"--note"_s, u"Quote from Acme"_s });
    QCOMPARE(first.exitCode, 0);
    QCOMPARE(first.out, u"1\n"_s);
    QVERIFY(first.err.isEmpty());
    // More through the mutual than alone: recorded, and shown as a negative saving.
    const CliRun second = cli({ u"savings"_s, u"add"_s, file, u"--service"_s, u"1"_s, u"--member"_s,
                                u"1002"_s, u"--from"_s, u"2025-04-01"_s, u"--to"_s, u"2026-03-31"_s,
                                u"--baseline"_s, u"100"_s, u"--actual"_s, u"150"_s });
    QCOMPARE(second.exitCode, 0);
    QCOMPARE(second.out, u"2\n"_s);

    const QJsonObject totals = json({ u"savings"_s, file, u"--json"_s });
    // 120000 - 100050 = 19950
    QCOMPARE(rowKeyed(totals, u"1001"_s).value(u"saving").toInteger(), 19950);
    // 10000 - 15000 = -5000
    QCOMPARE(rowKeyed(totals, u"1002"_s).value(u"saving").toInteger(), -5000);
    // 19950 - 5000 = 14950
    QCOMPARE(totals.value(u"total").toObject().value(u"saving").toInteger(), 14950);
}

void TestCliSavings::addRefusals_data()
{
    QTest::addColumn<QStringList>("changes"); // option, value pairs replacing the good ones
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("inError");

    QTest::newRow("no actual") << QStringList { u"--actual"_s, QString() } << 2 << u"--actual"_s;
    QTest::newRow("unreadable date") << QStringList { u"--from"_s, u"2025-13-01"_s } << 2 << u"YYYY-MM-DD"_s;
    QTest::newRow("words for an amount") << QStringList { u"--baseline"_s, u"ten"_s } << 2 << u"--baseline"_s;
    QTest::newRow("too precise") << QStringList { u"--actual"_s, u"1.005"_s } << 2 << u"--actual"_s;
    QTest::newRow("service 0") << QStringList { u"--service"_s, u"0"_s } << 2 << u"--service"_s;
    QTest::newRow("service by words") << QStringList { u"--service"_s, u"hosting"_s } << 2 << u"--service"_s;
    QTest::newRow("unknown service") << QStringList { u"--service"_s, u"99"_s } << 1
                                     << u"(unknown-service)"_s;
    QTest::newRow("unknown member") << QStringList { u"--member"_s, u"4040"_s } << 1 << u"(unknown-member)"_s;
    QTest::newRow("negative baseline")
        << QStringList { u"--baseline"_s, u"-5.00"_s } << 1 << u"(invalid-amount)"_s;
    QTest::newRow("ends before it starts")
        << QStringList { u"--to"_s, u"2025-03-31"_s } << 1 << u"(invalid-period)"_s;
    QTest::newRow("same period again") << QStringList { u"--member"_s, u"1001"_s } << 1
                                       << u"already recorded (saving 1); correct that one instead of adding "
                                          "another. (duplicate-saving)"_s;
    QTest::newRow("escape in the note")
        << QStringList { u"--note"_s, u"\x1b[2J"_s } << 1 << u"(control-character)"_s;
}

void TestCliSavings::addRefusals()
{
    QFETCH(QStringList, changes);
    QFETCH(int, exitCode);
    QFETCH(QString, inError);
    const QString file = createSavingsFixture();
    QVERIFY(!file.isEmpty());
    QCOMPARE(
        cli({ u"savings"_s, u"add"_s, file, u"--service"_s, u"1"_s, u"--member"_s, u"1001"_s, u"--from"_s,
              u"2025-04-01"_s, u"--to"_s, u"2026-03-31"_s, u"--baseline"_s, u"5"_s, u"--actual"_s, u"4"_s })
            .exitCode,
        0);

    QList<std::pair<QString, QString>> options {
        { u"--service"_s, u"1"_s },     { u"--member"_s, u"1002"_s },    { u"--from"_s, u"2025-04-01"_s },
        { u"--to"_s, u"2026-03-31"_s }, { u"--baseline"_s, u"12.00"_s }, { u"--actual"_s, u"10.00"_s },
        { u"--note"_s, u"Quote"_s },
    };
    for (auto& [option, value] : options) {
        const qsizetype at = changes.indexOf(option);
        if (at >= 0)
            value = changes.at(at + 1);
    }
    QStringList arguments { u"savings"_s, u"add"_s, file };
    for (const auto& [option, value] : options) {
        if (!value.isNull())
            arguments << option << value;
    }
    const QByteArray digest = fileDigest(file);
    const CliRun run = cli(arguments);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.err.contains(inError), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
    QCOMPARE(fileDigest(file), digest);
}

void TestCliSavings::importTheSampleAndTotal()
{
    const QString file = createSavingsFixture();
    QVERIFY(!file.isEmpty());
    const CliRun run = cli({ u"savings"_s, u"import"_s, file, sampleCsv });
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.startsWith(u"4 saving"), qPrintable(run.out));
    QVERIFY2(run.out.contains(u"imported."), qPrintable(run.out));

    // The sample, year from 1 April:
    //   Shared hosting   1001  2024-04-01  1200000   950000   250000
    //   Shared hosting   1002  2024-04-01    80000    95050   -15050
    //   Case management  1001  2025-04-01  3000000  2400000   600000
    //   Case management  1003  2024-04-01   150000   120000    30000
    const QJsonObject byMember = json({ u"savings"_s, file, u"--json"_s });
    QCOMPARE(byMember.value(u"currency").toString(), u"GBP"_s);
    QCOMPARE(byMember.value(u"by").toString(), u"member"_s);
    QVERIFY(byMember.value(u"year").isNull());
    const QJsonArray rows = byMember.value(u"rows").toArray();
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.at(0).toObject(),
             (QJsonObject { { u"key"_s, u"1001"_s },
                            { u"baseline"_s, 4200000 }, // 1200000 + 3000000
                            { u"actual"_s, 3350000 }, // 950000 + 2400000
                            { u"saving"_s, 850000 } })); // 4200000 - 3350000
    QCOMPARE(rows.at(1).toObject(),
             (QJsonObject { { u"key"_s, u"1002"_s },
                            { u"baseline"_s, 80000 },
                            { u"actual"_s, 95050 },
                            { u"saving"_s, -15050 } })); // negative, not hidden
    QCOMPARE(rows.at(2).toObject().value(u"saving").toInteger(), 30000); // 150000 - 120000
    // 4200000 + 80000 + 150000 = 4430000; 3350000 + 95050 + 120000 = 3565050; 4430000 - 3565050 = 864950
    QCOMPARE(byMember.value(u"total").toObject(),
             (QJsonObject { { u"baseline"_s, 4430000 }, { u"actual"_s, 3565050 }, { u"saving"_s, 864950 } }));

    const QJsonObject byYear = json({ u"savings"_s, file, u"--by"_s, u"year"_s, u"--json"_s });
    QCOMPARE(byYear.value(u"by").toString(), u"year"_s);
    // 250000 - 15050 + 30000 = 264950
    QCOMPARE(rowKeyed(byYear, 2024).value(u"saving").toInteger(), 264950);
    QCOMPARE(rowKeyed(byYear, 2025).value(u"saving").toInteger(), 600000);

    const QJsonObject byService = json({ u"savings"_s, file, u"--by"_s, u"service"_s, u"--json"_s });
    // 250000 - 15050 = 234950
    QCOMPARE(rowKeyed(byService, u"Shared hosting"_s).value(u"saving").toInteger(), 234950);
    // 600000 + 30000 = 630000
    QCOMPARE(rowKeyed(byService, u"Case management"_s).value(u"saving").toInteger(), 630000);

    const QJsonObject byClass = json({ u"savings"_s, file, u"--by"_s, u"CLASS"_s, u"--json"_s });
    QCOMPARE(rowKeyed(byClass, u"Employee"_s).value(u"saving").toInteger(), -15050);
    QCOMPARE(rowKeyed(byClass, u"Founding council"_s).value(u"saving").toInteger(), 850000);

    // A second import of the same file would record every saving twice: refused whole.
    const QByteArray digest = fileDigest(file);
    const CliRun again = cli({ u"savings"_s, u"import"_s, file, sampleCsv });
    QCOMPARE(again.exitCode, 1);
    QVERIFY2(again.err.contains(u"(duplicate-saving)"), qPrintable(again.err));
    QCOMPARE(fileDigest(file), digest);
}

void TestCliSavings::totalsForOneYear()
{
    const QString file = createSavingsFixture();
    QVERIFY(!file.isEmpty());
    QCOMPARE(cli({ u"savings"_s, u"import"_s, file, sampleCsv }).exitCode, 0);
    const QJsonObject year
        = json({ u"savings"_s, file, u"--year"_s, u"2024"_s, u"--by"_s, u"service"_s, u"--json"_s });
    QCOMPARE(year.value(u"year").toInteger(), 2024);
    QCOMPARE(year.value(u"from").toString(), u"2024-04-01"_s);
    QCOMPARE(year.value(u"to").toString(), u"2025-03-31"_s);
    QCOMPARE(year.value(u"rows").toArray().size(), 2);
    QCOMPARE(rowKeyed(year, u"Case management"_s).value(u"baseline").toInteger(), 150000); // 2025's left out
    // 1200000 + 80000 + 150000 = 1430000; 950000 + 95050 + 120000 = 1165050; saving 264950
    QCOMPARE(year.value(u"total").toObject(),
             (QJsonObject { { u"baseline"_s, 1430000 }, { u"actual"_s, 1165050 }, { u"saving"_s, 264950 } }));

    const QJsonObject empty = json({ u"savings"_s, file, u"--year"_s, u"2030"_s, u"--json"_s });
    QCOMPARE(empty.value(u"rows").toArray().size(), 0);
    QCOMPARE(empty.value(u"total").toObject().value(u"saving").toInteger(), 0);
}

void TestCliSavings::totalIsTheSumOfTheRows_data()
{
    QTest::addColumn<QString>("by");
    for (const QString& by : { u"member"_s, u"service"_s, u"class"_s, u"year"_s })
        QTest::newRow(qPrintable(by)) << by;
}

void TestCliSavings::totalIsTheSumOfTheRows()
{
    QFETCH(QString, by);
    const QString file = createSavingsFixture();
    QVERIFY(!file.isEmpty());
    QCOMPARE(cli({ u"savings"_s, u"import"_s, file, sampleCsv }).exitCode, 0);
    const QJsonObject totals = json({ u"savings"_s, file, u"--by"_s, by, u"--json"_s });
    QCOMPARE(totals.value(u"by").toString(), by);
    qint64 baseline = 0;
    qint64 actual = 0;
    qint64 saving = 0;
    for (const QJsonValue& value : totals.value(u"rows").toArray()) {
        const QJsonObject row = value.toObject();
        QVERIFY(row.contains(u"key"));
        QCOMPARE(row.value(u"saving").toInteger(),
                 row.value(u"baseline").toInteger() - row.value(u"actual").toInteger());
        baseline += row.value(u"baseline").toInteger();
        actual += row.value(u"actual").toInteger();
        saving += row.value(u"saving").toInteger();
    }
    const QJsonObject total = totals.value(u"total").toObject();
    QCOMPARE(total.value(u"baseline").toInteger(), baseline);
    QCOMPARE(total.value(u"actual").toInteger(), actual);
    QCOMPARE(total.value(u"saving").toInteger(), saving);
    QCOMPARE(saving, 864950);
}

void TestCliSavings::textTableShowsNegativeSavings()
{
    const QString file = createSavingsFixture();
    QVERIFY(!file.isEmpty());
    QCOMPARE(cli({ u"savings"_s, u"import"_s, file, sampleCsv }).exitCode, 0);
    const CliRun run = cli({ u"savings"_s, file });
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(u"Shire Digital Mutual: savings by member"), qPrintable(run.out));
    QVERIFY2(run.out.contains(u"-£150.50"), qPrintable(run.out)); // 800.00 - 950.50
    QVERIFY2(run.out.contains(u"£8,649.50"), qPrintable(run.out)); // the total saving, 864950 pence
    QVERIFY2(run.out.contains(u"Total"), qPrintable(run.out));

    const CliRun years = cli({ u"savings"_s, file, u"--by"_s, u"year"_s });
    QCOMPARE(years.exitCode, 0);
    QVERIFY2(years.out.contains(u"2024 (2024-04-01 to 2025-03-31)"), qPrintable(years.out));

    const CliRun help = cli({ u"savings"_s, u"--help"_s });
    QCOMPARE(help.exitCode, 0);
    QVERIFY2(help.out.contains(u"financial year containing the"), qPrintable(help.out));
}

void TestCliSavings::noSavingsYet()
{
    const QString file = createSavingsFixture();
    QVERIFY(!file.isEmpty());
    const QJsonObject totals = json({ u"savings"_s, file, u"--json"_s });
    QCOMPARE(totals.value(u"rows").toArray().size(), 0);
    QCOMPARE(totals.value(u"total").toObject(),
             (QJsonObject { { u"baseline"_s, 0 }, { u"actual"_s, 0 }, { u"saving"_s, 0 } }));
}

void TestCliSavings::importRefusedLeavesFileUnchanged_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QStringList>("problems");

    const QByteArray good = "Shared hosting,1001,2024-04-01,2025-03-31,10.00,5.00,ok\n";
    QTest::newRow("wrong header") << "service,member,from,to,saving\n" + good << u"savings-csv"_s
                                  << QStringList { u"Row 1: the first row must name the columns"_s };
    QTest::newRow("bad amount") << header + good + "2,1001,2024-04-01,2025-03-31,£10,5.00,\n"
                                << u"invalid-amount"_s
                                << QStringList { u"Row 3, column baseline: “£10” is not an amount"_s };
    QTest::newRow("unknown member") << header + good + "1,1009,2024-04-01,2025-03-31,1,1,\n"
                                    << u"unknown-member"_s
                                    << QStringList { u"Row 3, column member: there is no member 1009."_s };
    QTest::newRow("unknown service") << header + good + "Payroll,1001,2024-04-01,2025-03-31,1,1,\n"
                                     << u"unknown-service"_s
                                     << QStringList {
                                            u"Row 3, column service: there is no service with the id "
                                            "or name “Payroll”."_s
                                        };
    QTest::newRow("duplicate rows") << header + good + "2,1001,2024-04-01,2025-03-31,1,1,\n" + good
                                    << u"duplicate-saving"_s
                                    << QStringList {
                                           u"Row 4: the same service, member and period as row 2."_s
                                       };
    QTest::newRow("several problems")
        << header + "1,1009,2024-04-01,2025-03-31,1,1,\n" + good + "1,1002,2024-04-01,2025-03-31,1,-1,\n"
        << u"savings-import"_s
        << QStringList { u"the file has 2 problem"_s, u"Row 2, column member: there is no member 1009."_s,
                         u"Row 4, column actual: The actual cost cannot be below zero"_s };
}

void TestCliSavings::importRefusedLeavesFileUnchanged()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, rule);
    QFETCH(QStringList, problems);
    const QString file = createSavingsFixture();
    QVERIFY(!file.isEmpty());
    const QString csv = writeFile(u"savings.csv"_s, content);
    const QByteArray digest = fileDigest(file);
    for (const QStringList& options : { QStringList {}, QStringList { u"--dry-run"_s } }) {
        const CliRun run = cli(QStringList { u"savings"_s, u"import"_s, file, csv } + options);
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.err.startsWith(u"error: Nothing was imported"), qPrintable(run.err));
        QVERIFY2(run.err.contains(u"(%1)"_s.arg(rule)), qPrintable(run.err));
        for (const QString& problem : problems)
            QVERIFY2(run.err.contains(problem), qPrintable(run.err));
        QCOMPARE(fileDigest(file), digest);
    }
    QCOMPARE(json({ u"savings"_s, file, u"--json"_s }).value(u"rows").toArray().size(), 0);

    const CliRun missing = cli({ u"savings"_s, u"import"_s, file, path(u"no-such.csv"_s) });
    QCOMPARE(missing.exitCode, 1);
    QVERIFY2(missing.err.contains(u"(not-found)"), qPrintable(missing.err));
    QCOMPARE(fileDigest(file), digest);
}

void TestCliSavings::dryRunLeavesFileUnchanged()
{
    const QString file = createSavingsFixture();
    QVERIFY(!file.isEmpty());
    const QByteArray digest = fileDigest(file);
    const CliRun dry = cli({ u"savings"_s, u"import"_s, file, sampleCsv, u"--dry-run"_s });
    QCOMPARE(dry.exitCode, 0);
    QVERIFY2(dry.out.startsWith(u"4 saving"), qPrintable(dry.out));
    QVERIFY2(dry.out.contains(u"would be imported; nothing was recorded (dry run)."), qPrintable(dry.out));
    QCOMPARE(fileDigest(file), digest);
    QCOMPARE(json({ u"savings"_s, file, u"--json"_s }).value(u"rows").toArray().size(), 0);
}

void TestCliSavings::listingRefusesBadOptions_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::newRow("by month") << QStringList { u"--by"_s, u"month"_s };
    QTest::newRow("year in words") << QStringList { u"--year"_s, u"last"_s };
    QTest::newRow("year 20") << QStringList { u"--year"_s, u"20"_s };
    QTest::newRow("year 10000") << QStringList { u"--year"_s, u"10000"_s };
    QTest::newRow("unknown option") << QStringList { u"--month"_s, u"4"_s };
}

void TestCliSavings::listingRefusesBadOptions()
{
    QFETCH(QStringList, options);
    const QString file = createSavingsFixture();
    QVERIFY(!file.isEmpty());
    const CliRun run = cli(QStringList { u"savings"_s, file } + options);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(u"Try “mutualise-cli savings --help”."), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
}

QTEST_GUILESS_MAIN(TestCliSavings)
#include "TestCliSavings.moc"
