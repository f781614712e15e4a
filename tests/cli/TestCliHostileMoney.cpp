#include "CliTestCase.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

#include <limits>

using namespace Qt::Literals::StringLiterals;

// Issue 12: share figures too large for the ledger's totals, and references that could rewrite a
// terminal. Every refusal leaves the file byte for byte as it was, and `holdings` still answers.
class TestCliHostileMoney : public CliTestCase
{
    Q_OBJECT

private Q_SLOTS:
    void hostileEntriesAreRefused_data();
    void hostileEntriesAreRefused();
    void theMostOneEntryMayMoveIsAccepted();
    void oldFileWithAnImpossibleTotal();
    void classSharesNameTheClass();
    void escapesInAnOlderFileAreShownNotObeyed();

private:
    // Writes a ledger line straight into the file, as an older version of the program let through:
    // 92,233,720,368,547,758 shares for member 1003, who held none of its own, £92,233,720,368,547,758.00
    // at £1.00 a share. Returns the new line's id, 0 on failure.
    static qint64 insertImpossibleEntry(const QString& file);
    // Member 1001's shares as `holdings --json` lists them, -1 when holdings fails.
    qint64 sharesOf1001(const QString& file) const;
};

qint64 TestCliHostileMoney::insertImpossibleEntry(const QString& file)
{
    qint64 id = 0;
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"older-version"_s);
        database.setDatabaseName(file);
        if (database.open()) {
            QSqlQuery insert(database);
            // 92,233,720,368,547,758 x 100 pence = 9,223,372,036,854,775,800: it fits in 64 bits on its
            // own, but not with the other 260 shares (£260.00) of the fixture added to it.
            if (insert.exec(u"INSERT INTO share_entries (movement_id, kind, entry_date, member_id, shares, "
                            "amount, recorded_by, recorded_at) SELECT MAX(movement_id) + 1, "
                            "'subscription', '2024-03-01', (SELECT id FROM members WHERE number = '1003'), "
                            "92233720368547758, 9223372036854775800, 'older version', "
                            "'2024-03-01T00:00:00.000Z' FROM share_entries RETURNING id"_s)
                && insert.next())
                id = insert.value(0).toLongLong();
            database.close();
        }
    }
    QSqlDatabase::removeDatabase(u"older-version"_s);
    return id;
}

qint64 TestCliHostileMoney::sharesOf1001(const QString& file) const
{
    const CliRun run = cli({ u"holdings"_s, file, u"--json"_s, u"--as-of"_s, u"2024-12-31"_s });
    if (run.exitCode != 0)
        return -1;
    return holdingOf(json({ u"holdings"_s, file, u"--json"_s, u"--as-of"_s, u"2024-12-31"_s }), u"1001"_s)
        .value(u"shares")
        .toInteger(-1);
}

void TestCliHostileMoney::hostileEntriesAreRefused_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QStringList>("said"); // what the message must say, in the user's formatting

    const QLocale locale;
    const QString mostShares = locale.toString(qint64 { 1'000'000'000 });
    // The figure of issue 12, for an organisation (1001 is a council with no class maximum).
    QTest::newRow("92,233,720,368,547,758 shares")
        << QStringList { u"--member"_s,     u"1001"_s,     u"--kind"_s,
                         u"subscription"_s, u"--shares"_s, u"92233720368547758"_s }
        << u"entry-too-large"_s
        << QStringList { mostShares, locale.toString(qint64 { 92'233'720'368'547'758 }) };
    QTest::newRow("a share more than one entry may move")
        << QStringList { u"--member"_s,     u"1001"_s,     u"--kind"_s,
                         u"subscription"_s, u"--shares"_s, u"1000000001"_s }
        << u"entry-too-large"_s << QStringList { mostShares };
    QTest::newRow("withdrawing too many")
        << QStringList { u"--member"_s,   u"1001"_s,     u"--kind"_s,
                         u"withdrawal"_s, u"--shares"_s, u"999999999999999999"_s }
        << u"entry-too-large"_s << QStringList { mostShares };
    QTest::newRow("transferring too many")
        << QStringList { u"--member"_s, u"1001"_s, u"--kind"_s,   u"transfer"_s,
                         u"--to"_s,     u"1002"_s, u"--shares"_s, u"5000000000"_s }
        << u"entry-too-large"_s << QStringList { mostShares };
    QTest::newRow("escape code in the reference")
        << QStringList { u"--member"_s, u"1001"_s, u"--kind"_s,      u"subscription"_s,
                         u"--shares"_s, u"5"_s,    u"--reference"_s, u"receipt \x1b[31m12"_s }
        << u"control-character"_s << QStringList { u"U+001B"_s };
    QTest::newRow("right-to-left override in the reference")
        << QStringList { u"--member"_s, u"1001"_s, u"--kind"_s,      u"subscription"_s,
                         u"--shares"_s, u"5"_s,    u"--reference"_s, u"receipt \u202e21"_s }
        << u"control-character"_s << QStringList { u"U+202E"_s };
    QTest::newRow("a reference of 201 characters")
        << QStringList { u"--member"_s, u"1001"_s, u"--kind"_s,      u"subscription"_s,
                         u"--shares"_s, u"5"_s,    u"--reference"_s, QString(201, u'r') }
        << u"reference-too-long"_s << QStringList { u"200"_s };
}

void TestCliHostileMoney::hostileEntriesAreRefused()
{
    QFETCH(QStringList, options);
    QFETCH(QString, rule);
    QFETCH(QStringList, said);
    const QString file = createFixture();
    QVERIFY(!file.isEmpty());
    const QByteArray before = fileDigest(file);

    const CliRun run
        = cli(QStringList { u"shares"_s, u"add"_s, file, u"--date"_s, u"2024-12-01"_s } + options);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"("_s + rule + u")"_s), qPrintable(run.err));
    for (const QString& part : std::as_const(said))
        QVERIFY2(run.err.contains(part), qPrintable(run.err));
    QVERIFY2(!run.err.contains(u'\x1b') && !run.err.contains(QChar(0x202e)), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
    QCOMPARE(fileDigest(file), before);
    QVERIFY(!QFile::exists(file + u"-wal"_s));
    QCOMPARE(sharesOf1001(file), 250);
}

void TestCliHostileMoney::theMostOneEntryMayMoveIsAccepted()
{
    // 1,000,000,000 shares x £1.00 = £1,000,000,000.00, within the £10,000,000,000.00 one entry may move.
    const QString file = createFixture();
    QVERIFY(!file.isEmpty());
    const CliRun run
        = cli({ u"shares"_s, u"add"_s, file, u"--member"_s, u"1001"_s, u"--kind"_s, u"subscription"_s,
                u"--shares"_s, u"1000000000"_s, u"--date"_s, u"2024-12-01"_s });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(sharesOf1001(file), 1'000'000'250);
    const QJsonObject total = json({ u"holdings"_s, file, u"--json"_s, u"--as-of"_s, u"2024-12-31"_s })
                                  .value(u"total")
                                  .toObject();
    // 1,000,000,250 + 10 shares, £1,000,000,260.00
    QCOMPARE(total.value(u"shares").toInteger(), 1'000'000'260);
    QCOMPARE(total.value(u"amount").toInteger(), 100'000'026'000);
}

void TestCliHostileMoney::oldFileWithAnImpossibleTotal()
{
    const QString file = createFixture();
    QVERIFY(!file.isEmpty());
    const qint64 hugeId = insertImpossibleEntry(file);
    QVERIFY(hugeId > 0);
    const QByteArray before = fileDigest(file);
    const QString most = QLocale().toString(std::numeric_limits<qint64>::max());

    // Reading says what is wrong, not "integer overflow".
    for (const QStringList& listing :
         { QStringList { u"holdings"_s, file }, QStringList { u"holdings"_s, file, u"--json"_s } }) {
        const CliRun holdings = cli(listing);
        QCOMPARE(holdings.exitCode, 1);
        QVERIFY2(holdings.err.contains(u"(total-too-large)"_s), qPrintable(holdings.err));
        QVERIFY2(holdings.err.contains(most), qPrintable(holdings.err));
        QVERIFY2(!holdings.err.contains(u"integer overflow"_s), qPrintable(holdings.err));
    }
    const CliRun ledger = cli({ u"shares"_s, file, u"--json"_s });
    QVERIFY2(ledger.exitCode == 0, qPrintable(ledger.err));

    // Nothing more may be subscribed on top of it, and the refusal changes nothing.
    const CliRun more = cli({ u"shares"_s, u"add"_s, file, u"--member"_s, u"1002"_s, u"--kind"_s,
                              u"subscription"_s, u"--shares"_s, u"1"_s, u"--date"_s, u"2024-12-01"_s });
    QCOMPARE(more.exitCode, 1);
    QVERIFY2(more.err.contains(u"(total-too-large)"_s), qPrintable(more.err));
    QVERIFY2(more.err.contains(u"share capital"_s) || more.err.contains(u"shares in all"_s),
             qPrintable(more.err));
    QCOMPARE(fileDigest(file), before);

    // The entry is undone by a reversal, after which holdings answers again.
    const CliRun reversal = cli({ u"shares"_s, u"reverse"_s, file, QString::number(hugeId), u"--date"_s,
                                  u"2024-12-01"_s, u"--reference"_s, u"typed in error"_s });
    QVERIFY2(reversal.exitCode == 0, qPrintable(reversal.err));
    QCOMPARE(sharesOf1001(file), 250);
}

void TestCliHostileMoney::classSharesNameTheClass()
{
    // On the record date 2024-12-31 the fixture's only Community member, 1003, has ceased: the class has
    // half the vote and nobody on the roll.
    const QString file = createFixture();
    QVERIFY(!file.isEmpty());
    QVERIFY(runSteps({ { u"meetings"_s, u"add"_s, file, u"--kind"_s, u"agm"_s, u"--date"_s, u"2025-03-01"_s },
                       { u"motions"_s, u"add"_s, file, u"--meeting"_s, u"1"_s, u"--title"_s,
                         u"Adopt the rules"_s, u"--scheme"_s, u"classes"_s, u"--class-share"_s,
                         u"Founding council=5000"_s, u"--class-share"_s, u"Community=5000"_s } }));
    const QByteArray before = fileDigest(file);
    const CliRun opened = cli({ u"motions"_s, u"open"_s, file, u"1"_s, u"--record-date"_s, u"2024-12-31"_s });
    QCOMPARE(opened.exitCode, 1);
    QVERIFY2(opened.err.contains(u"(class-shares)"_s), qPrintable(opened.err));
    QVERIFY2(opened.err.contains(u"\"Community\""_s), qPrintable(opened.err));
    QVERIFY2(opened.err.contains(u"nobody on the roll"_s), qPrintable(opened.err));
    QCOMPARE(fileDigest(file), before);

    // A class given no share of the vote is named too, not numbered.
    const CliRun zero = cli({ u"motions"_s, u"add"_s, file, u"--meeting"_s, u"1"_s, u"--title"_s,
                              u"Adopt the budget"_s, u"--scheme"_s, u"classes"_s, u"--class-share"_s,
                              u"Founding council=10000"_s, u"--class-share"_s, u"Community=0"_s });
    QCOMPARE(zero.exitCode, 1);
    QVERIFY2(zero.err.contains(u"The class \"Community\" has a share of 0%"_s), qPrintable(zero.err));
    QCOMPARE(fileDigest(file), before);
}

void TestCliHostileMoney::escapesInAnOlderFileAreShownNotObeyed()
{
    // An older version stored a name and a reference with ESC sequences that clear the screen and turn
    // the text red.
    const QString file = createFixture();
    QVERIFY(!file.isEmpty());
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"older-text"_s);
        database.setDatabaseName(file);
        QVERIFY(database.open());
        QSqlQuery query(database);
        QVERIFY(query.exec(u"UPDATE members SET name = 'Anytown' || char(27) || '[2J Council' WHERE number = "
                           "'1001'"_s));
        QVERIFY(query.exec(
            u"INSERT INTO share_entries (movement_id, kind, entry_date, member_id, shares, amount, "
            "reference, recorded_by, recorded_at) SELECT MAX(movement_id) + 1, 'subscription', "
            "'2024-03-01', (SELECT id FROM members WHERE number = '1002'), 1, 100, 'receipt' || "
            "char(27) || '[31m 12' || char(8238), 'older version', '2024-03-01T00:00:00.000Z' "
            "FROM share_entries"_s));
        database.close();
    }
    QSqlDatabase::removeDatabase(u"older-text"_s);

    const CliRun ledger = cli({ u"shares"_s, file });
    QVERIFY2(ledger.exitCode == 0, qPrintable(ledger.err));
    const CliRun holdings = cli({ u"holdings"_s, file, u"--as-of"_s, u"2024-12-31"_s });
    QVERIFY2(holdings.exitCode == 0, qPrintable(holdings.err));
    for (const QString& text : { ledger.out, holdings.out }) {
        QVERIFY2(!text.contains(u'\x1b') && !text.contains(QChar(0x202e)), qPrintable(text));
        QVERIFY2(text.contains(u"Anytown\\x1b[2J Council"_s), qPrintable(text));
    }
    QVERIFY2(ledger.out.contains(u"receipt\\x1b[31m 12\\u202e"_s), qPrintable(ledger.out));
}

QTEST_GUILESS_MAIN(TestCliHostileMoney)
#include "TestCliHostileMoney.moc"
