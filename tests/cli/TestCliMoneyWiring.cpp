#include "CliTestCase.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

// Tests of mutualise-cli and the categories of the community fund's projects: `projects categories`
// lists them, `projects categories add` adds one of the mutual's own. Each test's file is the fixture of
// CliTestCase (Shire Digital Mutual, three members), which has the five built-in categories only.
class TestCliMoneyWiring : public CliTestCase
{
    Q_OBJECT

private Q_SLOTS:
    void categoriesAreListedBuiltInFirst();
    void categoriesTextTable();
    void categoryAddedIsListedAndUsable();
    void categoryKeyIsMadeFromTheName();
    void refusedCategoryLeavesTheFileAsItWas_data();
    void refusedCategoryLeavesTheFileAsItWas();
    void badUsage_data();
    void badUsage();
    void helpNamesTheOptions();

private:
    static QJsonArray categoriesIn(const QJsonObject& listing);
};

QJsonArray TestCliMoneyWiring::categoriesIn(const QJsonObject& listing)
{
    return listing.value(u"categories"_s).toArray();
}

void TestCliMoneyWiring::categoriesAreListedBuiltInFirst()
{
    const QString file = createFixture();
    QVERIFY(!file.isEmpty());
    const QJsonArray categories = categoriesIn(json({ u"projects"_s, u"categories"_s, file, u"--json"_s }));
    QCOMPARE(categories.size(), 5);
    const QStringList keys { u"community-funding"_s, u"innovation"_s, u"research"_s, u"digital-inclusion"_s,
                             u"skills"_s };
    const QStringList names { u"Community funding"_s, u"Innovation"_s, u"Research"_s, u"Digital inclusion"_s,
                              u"Skills"_s };
    for (qsizetype i = 0; i < categories.size(); ++i) {
        const QJsonObject category = categories.at(i).toObject();
        QCOMPARE(category.value(u"key"_s).toString(), keys.at(i));
        QCOMPARE(category.value(u"name"_s).toString(), names.at(i));
        QCOMPARE(category.value(u"built_in"_s), QJsonValue(true));
    }
}

void TestCliMoneyWiring::categoriesTextTable()
{
    const QString file = createFixture();
    QVERIFY(!file.isEmpty());
    const CliRun run = cli({ u"projects"_s, u"categories"_s, file });
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.err.isEmpty());
    QVERIFY2(run.out.contains(u"Key"_s) && run.out.contains(u"Name"_s) && run.out.contains(u"Built in"_s),
             qPrintable(run.out));
    QVERIFY2(run.out.contains(u"digital-inclusion"_s) && run.out.contains(u"Digital inclusion"_s),
             qPrintable(run.out));
    QCOMPARE(run.out.count(u"yes"_s), 5);
}

void TestCliMoneyWiring::categoryAddedIsListedAndUsable()
{
    const QString file = createFixture();
    QVERIFY(!file.isEmpty());
    const CliRun added = cli({ u"projects"_s, u"categories"_s, u"add"_s, file, u"--name"_s, u"Food poverty"_s,
                               u"--key"_s, u"food"_s });
    QCOMPARE(added.exitCode, 0);
    QCOMPARE(added.out, u"food\n"_s);
    QVERIFY(added.err.isEmpty());

    const QJsonArray categories = categoriesIn(json({ u"projects"_s, u"categories"_s, file, u"--json"_s }));
    QCOMPARE(categories.size(), 6);
    const QJsonObject own = categories.last().toObject();
    QCOMPARE(own.value(u"key"_s).toString(), u"food"_s);
    QCOMPARE(own.value(u"name"_s).toString(), u"Food poverty"_s);
    QCOMPARE(own.value(u"built_in"_s), QJsonValue(false));

    // A project can be put in it, by key or by name.
    const CliRun project = cli({ u"projects"_s, u"add"_s, file, u"--title"_s, u"Community larder"_s,
                                 u"--category"_s, u"Food poverty"_s, u"--target"_s, u"2500.00"_s });
    QCOMPARE(project.exitCode, 0);
    const QJsonObject listing = json({ u"projects"_s, file, u"--json"_s });
    QCOMPARE(listing.value(u"projects"_s).toArray().first().toObject().value(u"category"_s).toString(),
             u"food"_s);
}

void TestCliMoneyWiring::categoryKeyIsMadeFromTheName()
{
    const QString file = createFixture();
    QVERIFY(!file.isEmpty());
    const CliRun added = cli(
        { u"projects"_s, u"categories"_s, u"add"_s, file, u"--name"_s, u"  Net Zero & Warm Homes 2030 "_s });
    QCOMPARE(added.exitCode, 0);
    QCOMPARE(added.out, u"net-zero-warm-homes-2030\n"_s);
    const QJsonArray categories = categoriesIn(json({ u"projects"_s, u"categories"_s, file, u"--json"_s }));
    QCOMPARE(categories.last().toObject().value(u"name"_s).toString(), u"Net Zero & Warm Homes 2030"_s);
}

void TestCliMoneyWiring::refusedCategoryLeavesTheFileAsItWas_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("mention");
    QTest::newRow("built-in key taken")
        << QStringList { u"--name"_s, u"Skills for life"_s, u"--key"_s, u"skills"_s }
        << u"duplicate-category"_s << u"skills"_s;
    QTest::newRow("built-in name taken, ignoring case")
        << QStringList { u"--name"_s, u"RESEARCH"_s, u"--key"_s, u"more-research"_s }
        << u"duplicate-category"_s << u"RESEARCH"_s;
    QTest::newRow("key with a space")
        << QStringList { u"--name"_s, u"Food poverty"_s, u"--key"_s, u"food poverty"_s }
        << u"invalid-category"_s << u"lower-case"_s;
    QTest::newRow("no letter to make a key from")
        << QStringList { u"--name"_s, u"???"_s } << u"invalid-category"_s << u"lower-case"_s;
    QTest::newRow("control character in the name")
        << QStringList { u"--name"_s, u"Food\u202Epoverty"_s, u"--key"_s, u"food"_s }
        << u"control-character"_s << u"U+202E"_s;
}

void TestCliMoneyWiring::refusedCategoryLeavesTheFileAsItWas()
{
    QFETCH(QStringList, options);
    QFETCH(QString, rule);
    QFETCH(QString, mention);
    const QString file = createFixture();
    QVERIFY(!file.isEmpty());
    const QByteArray before = fileDigest(file);
    const CliRun run = cli(QStringList { u"projects"_s, u"categories"_s, u"add"_s, file } + options);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"(%1)"_s.arg(rule)), qPrintable(run.err));
    QVERIFY2(run.err.contains(mention), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
    QCOMPARE(fileDigest(file), before);
    QCOMPARE(categoriesIn(json({ u"projects"_s, u"categories"_s, file, u"--json"_s })).size(), 5);
}

void TestCliMoneyWiring::badUsage_data()
{
    QTest::addColumn<QStringList>("arguments");
    const QString f = mutualFileArgument;
    QTest::newRow("add without a name") << QStringList { u"projects"_s, u"categories"_s, u"add"_s, f };
    QTest::newRow("add with an unknown option")
        << QStringList { u"projects"_s, u"categories"_s, u"add"_s,      f,
                         u"--name"_s,   u"Food"_s,       u"--colour"_s, u"red"_s };
    QTest::newRow("list without a file") << QStringList { u"projects"_s, u"categories"_s };
    QTest::newRow("list with two files") << QStringList { u"projects"_s, u"categories"_s, f, f };
}

void TestCliMoneyWiring::badUsage()
{
    QFETCH(QStringList, arguments);
    const QString file = createFixture();
    QVERIFY(!file.isEmpty());
    arguments.replaceInStrings(mutualFileArgument, file);
    const QByteArray before = fileDigest(file);
    const CliRun run = cli(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    QVERIFY(!run.err.isEmpty());
    QCOMPARE(fileDigest(file), before);
}

void TestCliMoneyWiring::helpNamesTheOptions()
{
    const CliRun list = cli({ u"projects"_s, u"categories"_s, u"--help"_s });
    QCOMPARE(list.exitCode, 0);
    QVERIFY2(list.out.contains(u"Usage: mutualise-cli projects categories"_s), qPrintable(list.out));
    QVERIFY2(list.out.contains(u"--json"_s), qPrintable(list.out));
    const CliRun add = cli({ u"projects"_s, u"categories"_s, u"add"_s, u"--help"_s });
    QCOMPARE(add.exitCode, 0);
    QVERIFY2(add.out.contains(u"Usage: mutualise-cli projects categories add"_s), qPrintable(add.out));
    QVERIFY2(add.out.contains(u"--name"_s) && add.out.contains(u"--key"_s), qPrintable(add.out));
    const CliRun overview = cli({ u"--help"_s });
    QVERIFY2(overview.out.contains(u"projects categories add"_s), qPrintable(overview.out));
}

QTEST_GUILESS_MAIN(TestCliMoneyWiring)
#include "TestCliMoneyWiring.moc"
