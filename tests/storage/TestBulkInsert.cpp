#include "storage/BulkInsert.h"
#include "storage/Statement.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace mutualise;
using namespace Qt::Literals::StringLiterals;
using storage::BulkInsert;

// Rows written through SQLite's own interface, one at a time, and the portable way, a chunk at a time.
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
    void nothingToWrite_data();
    void nothingToWrite();
    void aRefusedRowIsReportedWithTheDatabasesWords_data();
    void aRefusedRowIsReportedWithTheDatabasesWords();

private:
    static void addBindings();
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

void TestBulkInsert::addBindings()
{
    QTest::addColumn<BulkInsert::Binding>("binding");
    QTest::newRow("native") << BulkInsert::Binding::Native;
    QTest::newRow("portable") << BulkInsert::Binding::Portable;
}

void TestBulkInsert::everyRowComesBackAsGiven_data()
{
    QTest::addColumn<BulkInsert::Binding>("binding");
    QTest::addColumn<int>("rows");
    for (const auto& [name, binding] : { std::pair { "native", BulkInsert::Binding::Native },
                                         std::pair { "portable", BulkInsert::Binding::Portable } }) {
        QTest::addRow("%s, fewer than a chunk", name) << binding << 10;
        QTest::addRow("%s, exactly one chunk", name) << binding << 249;
        QTest::addRow("%s, one more than a chunk", name) << binding << 250;
        QTest::addRow("%s, four chunks and some", name) << binding << 1000;
    }
}

void TestBulkInsert::everyRowComesBackAsGiven()
{
    QFETCH(BulkInsert::Binding, binding);
    QFETCH(int, rows);
    BulkInsert insert(m_database, u"lines"_s, { u"number"_s, u"word"_s, u"maybe"_s, u"note"_s }, binding);
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

void TestBulkInsert::nothingToWrite_data()
{
    addBindings();
}

void TestBulkInsert::nothingToWrite()
{
    QFETCH(BulkInsert::Binding, binding);
    BulkInsert insert(m_database, u"lines"_s, { u"number"_s, u"word"_s, u"maybe"_s, u"note"_s }, binding);
    QVERIFY(insert.finish().isOk());
    QCOMPARE(storedRows(), QStringList());
}

void TestBulkInsert::aRefusedRowIsReportedWithTheDatabasesWords_data()
{
    addBindings();
}

void TestBulkInsert::aRefusedRowIsReportedWithTheDatabasesWords()
{
    QFETCH(BulkInsert::Binding, binding);
    BulkInsert insert(m_database, u"lines"_s, { u"number"_s, u"word"_s, u"maybe"_s, u"note"_s }, binding);
    domain::Outcome outcome = domain::ok();
    // Row 260 breaks the CHECK. Natively it is refused as it is added; the portable way writes it with
    // the second chunk, in finish().
    int added = 0;
    for (; added < 300 && outcome.isOk(); ++added)
        outcome = insert.add({ qint64 { added == 260 ? -1 : added }, u"word"_s, QVariant(), u"note"_s });
    if (binding == BulkInsert::Binding::Portable) {
        QVERIFY(outcome.isOk());
        outcome = insert.finish();
    } else {
        QCOMPARE(added, 261);
    }
    QVERIFY(!outcome.isOk());
    QCOMPARE(outcome.error().rule, u"database"_s);
    QVERIFY2(outcome.error().message.contains(u"CHECK constraint failed"_s),
             qPrintable(outcome.error().message));
    // The rows before were written (the first chunk, the portable way); the caller's transaction is
    // what takes them back.
    QCOMPARE(storedRows().size(), binding == BulkInsert::Binding::Portable ? 249 : 260);
}

QTEST_GUILESS_MAIN(TestBulkInsert)
#include "TestBulkInsert.moc"
