#include "storage/BulkInsert.h"
#include "storage/Statement.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

#include <memory>

using namespace mutualise;
using namespace Qt::Literals::StringLiterals;
using storage::BulkInsert;

// Rows written a chunk at a time, through SQLite's own interface (by the caller or in the background)
// and the portable way.
// A chunk of the table below is 999 / 4 = 249 rows, and a value the same as the one bound at its place in
// the chunk before is not bound again: every row must still come back exactly as it was given, whatever
// changes between chunks, either way.
class TestBulkInsert : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void everyRowComesBackAsGiven_data();
    void everyRowComesBackAsGiven();
    void utf8IsStoredAsText_data();
    void utf8IsStoredAsText();
    void nothingToWrite_data();
    void nothingToWrite();
    void aRefusedRowIsReportedWithTheDatabasesWords_data();
    void aRefusedRowIsReportedWithTheDatabasesWords();
    void leftUnfinishedOnlyWholeChunksAreWritten();

private:
    static void addBindings();
    // The insert into `lines` that the current row of test data asks for, by its binding and writing.
    std::unique_ptr<BulkInsert> insertForRow() const;
    QStringList storedRows() const;

    QSqlDatabase m_database;
};

void TestBulkInsert::init()
{
    m_database = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"bulk"_s);
    m_database.setDatabaseName(u":memory:"_s);
    QVERIFY(m_database.open());
    QVERIFY(
        storage::execPlain(m_database,
                           u"CREATE TABLE lines (number INTEGER NOT NULL CHECK (number >= 0), word TEXT NOT "
                           "NULL, maybe INTEGER, note TEXT NOT NULL)"_s)
            .isOk());
}

void TestBulkInsert::cleanup()
{
    m_database.close();
    m_database = QSqlDatabase();
    QSqlDatabase::removeDatabase(u"bulk"_s);
}

// Each row as "number|word|maybe|note", in the order written; NULL as "-".
QStringList TestBulkInsert::storedRows() const
{
    QSqlQuery query(m_database);
    if (!query.exec(u"SELECT number, word, maybe, note FROM lines ORDER BY rowid"_s))
        return { query.lastError().text() };
    QStringList rows;
    while (query.next()) {
        rows.append(u"%1|%2|%3|%4"_s.arg(query.value(0).toString(), query.value(1).toString(),
                                         query.value(2).isNull() ? u"-"_s : query.value(2).toString(),
                                         query.value(3).toString()));
    }
    return rows;
}

// Each way of writing the rows, by name.
static QList<std::tuple<const char*, BulkInsert::Binding, BulkInsert::Writing>> ways()
{
    return { { "native", BulkInsert::Binding::Native, BulkInsert::Writing::ByCaller },
             { "native, in the background", BulkInsert::Binding::Native, BulkInsert::Writing::InBackground },
             { "portable", BulkInsert::Binding::Portable, BulkInsert::Writing::ByCaller } };
}

std::unique_ptr<BulkInsert> TestBulkInsert::insertForRow() const
{
    QFETCH(BulkInsert::Binding, binding);
    QFETCH(BulkInsert::Writing, writing);
    return std::make_unique<BulkInsert>(m_database, u"lines"_s,
                                        QStringList { u"number"_s, u"word"_s, u"maybe"_s, u"note"_s },
                                        binding, writing);
}

void TestBulkInsert::addBindings()
{
    QTest::addColumn<BulkInsert::Binding>("binding");
    QTest::addColumn<BulkInsert::Writing>("writing");
    for (const auto& [name, binding, writing] : ways())
        QTest::newRow(name) << binding << writing;
}

void TestBulkInsert::everyRowComesBackAsGiven_data()
{
    QTest::addColumn<BulkInsert::Binding>("binding");
    QTest::addColumn<BulkInsert::Writing>("writing");
    QTest::addColumn<int>("rows");
    for (const auto& [name, binding, writing] : ways()) {
        QTest::addRow("%s, fewer than a chunk", name) << binding << writing << 10;
        QTest::addRow("%s, exactly one chunk", name) << binding << writing << 249;
        QTest::addRow("%s, one more than a chunk", name) << binding << writing << 250;
        QTest::addRow("%s, four chunks and some", name) << binding << writing << 1000;
        // More chunks than may wait for the background at once.
        QTest::addRow("%s, forty chunks and some", name) << binding << writing << 10'000;
    }
}

void TestBulkInsert::everyRowComesBackAsGiven()
{
    QFETCH(int, rows);
    const auto inserted = insertForRow();
    BulkInsert& insert = *inserted;
    QStringList expected;
    for (int i = 0; i < rows; ++i) {
        // The word changes every 300 rows (so sometimes within a chunk, sometimes not); `maybe` is NULL
        // for every fourth row (not always at the same place in a chunk) and a number otherwise; the
        // note is the same everywhere but in row 500, where a null text is stored as ''.
        const QString word = i / 300 % 2 == 0 ? u"alpha"_s : u"beta"_s;
        const QVariant maybe = i % 4 == 0 ? QVariant() : QVariant(qint64 { i } * 7);
        const QString note = i == 500 ? QString() : u"same"_s;
        QVERIFY(insert.add({ qint64 { i }, word, maybe, note }).isOk());
        expected.append(u"%1|%2|%3|%4"_s.arg(QString::number(i), word,
                                             i % 4 == 0 ? u"-"_s : QString::number(qint64 { i } * 7), note));
    }
    QVERIFY(insert.finish().isOk());
    QCOMPARE(storedRows(), expected);
}

void TestBulkInsert::utf8IsStoredAsText_data()
{
    addBindings();
}

void TestBulkInsert::utf8IsStoredAsText()
{
    const auto inserted = insertForRow();
    BulkInsert& insert = *inserted;
    // A word in UTF-8 beside the same word as a QString; a null QByteArray is stored as '', as a null
    // QString is. 300 rows: a full chunk of 249 and 51 more.
    const QString welsh = u"Siân ap Dafydd – “Tŷ”"_s;
    for (int i = 0; i < 300; ++i)
        QVERIFY(insert.add({ qint64 { i }, welsh.toUtf8(), QVariant(), i % 2 == 0 ? QByteArray() : "ok"_ba })
                    .isOk());
    QVERIFY(insert.finish().isOk());
    QSqlQuery query(m_database);
    QVERIFY(
        query.exec(u"SELECT typeof(word), word, typeof(note), note, COUNT(*) FROM lines GROUP BY 1, 2, 3, 4 "
                   "ORDER BY note"_s));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), u"text"_s);
    QCOMPARE(query.value(1).toString(), welsh);
    QCOMPARE(query.value(2).toString(), u"text"_s);
    QCOMPARE(query.value(3).toString(), QString());
    QCOMPARE(query.value(4).toInt(), 150);
    QVERIFY(query.next());
    QCOMPARE(query.value(1).toString(), welsh);
    QCOMPARE(query.value(3).toString(), u"ok"_s);
    QCOMPARE(query.value(4).toInt(), 150);
    QVERIFY(!query.next());
}

void TestBulkInsert::nothingToWrite_data()
{
    addBindings();
}

void TestBulkInsert::nothingToWrite()
{
    const auto inserted = insertForRow();
    BulkInsert& insert = *inserted;
    QVERIFY(insert.finish().isOk());
    QCOMPARE(storedRows(), QStringList());
}

void TestBulkInsert::aRefusedRowIsReportedWithTheDatabasesWords_data()
{
    QTest::addColumn<BulkInsert::Binding>("binding");
    QTest::addColumn<BulkInsert::Writing>("writing");
    QTest::addColumn<int>("rows");
    QTest::addColumn<int>("refused");
    QTest::addColumn<int>("kept");
    for (const auto& [name, binding, writing] : ways()) {
        // A chunk is 999 / 4 = 249 rows. Row 260 is in the second chunk, which only finish() writes: the
        // first chunk was written, and the caller's transaction is what takes it back.
        QTest::addRow("%s, in the last chunk", name) << binding << writing << 300 << 260 << 249;
        // Row 10 is in the first of twenty chunks. The caller learns of it at the add() that writes the
        // chunk or, in the background, at a later add() or at finish(); either way the chunk is refused
        // whole and no chunk after it is written.
        QTest::addRow("%s, in the first of many", name) << binding << writing << 20 * 249 << 10 << 0;
    }
}

void TestBulkInsert::aRefusedRowIsReportedWithTheDatabasesWords()
{
    QFETCH(int, rows);
    QFETCH(int, refused);
    QFETCH(int, kept);
    const auto inserted = insertForRow();
    BulkInsert& insert = *inserted;
    // The refused row breaks the CHECK.
    domain::Outcome outcome = domain::ok();
    for (int added = 0; added < rows && outcome.isOk(); ++added)
        outcome = insert.add({ qint64 { added == refused ? -1 : added }, u"word"_s, QVariant(), u"note"_s });
    if (outcome.isOk())
        outcome = insert.finish();
    QVERIFY(!outcome.isOk());
    QCOMPARE(outcome.error().rule, u"database"_s);
    QVERIFY2(outcome.error().message.contains(u"CHECK constraint failed"_s),
             qPrintable(outcome.error().message));
    QCOMPARE(storedRows().size(), kept);
}

void TestBulkInsert::leftUnfinishedOnlyWholeChunksAreWritten()
{
    {
        BulkInsert insert(m_database, u"lines"_s, { u"number"_s, u"word"_s, u"maybe"_s, u"note"_s },
                          BulkInsert::Binding::Native, BulkInsert::Writing::InBackground);
        // 5,000 rows: twenty chunks of 249 and 20 rows more, which only finish() would write.
        for (int added = 0; added < 5000; ++added)
            QVERIFY(insert.add({ qint64 { added }, u"word"_s, QVariant(), u"note"_s }).isOk());
        // Left without finish(), as a caller that gives up does: the background stops, and the caller's
        // transaction takes back what it wrote.
    }
    const qsizetype stored = storedRows().size();
    QVERIFY2(stored % 249 == 0 && stored <= 20 * 249, qPrintable(QString::number(stored)));
}

QTEST_GUILESS_MAIN(TestBulkInsert)
#include "TestBulkInsert.moc"
