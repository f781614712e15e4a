#pragma once

#include "domain/Error.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QJsonObject>
#include <QMap>
#include <QSqlDatabase>
#include <QString>
#include <QVarLengthArray>

#include <array>
#include <functional>
#include <optional>
#include <vector>

struct sqlite3;
struct sqlite3_value;

namespace mutualise::storage {

// The digest of a set of rows that does not depend on their order: how many there are, and the sum,
// modulo 2^256, of the hash of each (RowHasher). Writing a row adds its hash and replacing or deleting one
// subtracts it, so a change is recorded as the difference it makes, and a table's digest is the sum of
// the differences of every change since the table was last recorded whole. An edit made behind the
// program's back makes the table's digest differ from that sum.
class RowDigest
{
public:
    using RowHash = std::array<quint8, 32>;

    void addRow(const RowHash& hash);
    void subtractRow(const RowHash& hash);
    void add(const RowDigest& other);

    qint64 rows() const { return m_rows; } // the rows added less those removed
    bool isEmpty() const { return m_rows == 0 && m_sum == std::array<quint64, 4> {}; }
    bool operator==(const RowDigest& other) const = default;

    // {"rows": N, "sum": "<64 hex digits>"}, as an audit entry records it.
    QJsonObject toJson() const;
    static std::optional<RowDigest> fromJson(const QJsonObject& json);

private:
    std::array<quint64, 4> m_sum {}; // the least significant word first
    qint64 m_rows = 0;
};

// Hashes one row with BLAKE2b-256: the table's name, then each value with its type, so that neither the
// text "5" and the number 5 nor a value moved from one column to the next hash alike. The bytes of a row
// are gathered and hashed at once: a million rows written in an import are each hashed as they go in.
class RowHasher
{
public:
    RowHasher();
    void start(const QByteArray& table);
    void addNull();
    void addInteger(qint64 value);
    void addReal(double value);
    void addText(QByteArrayView utf8);
    void addBlob(QByteArrayView bytes);
    void addValue(sqlite3_value* value);
    RowDigest::RowHash finish();

private:
    // The type tags that start each value's bytes.
    enum class ValueTag : char
    {
        Null = 'N',
        Integer = 'I',
        Real = 'R',
        Text = 'T',
        Blob = 'B',
    };
    void addSized(ValueTag tag, QByteArrayView data);

    QVarLengthArray<char, 512> m_bytes;
    QCryptographicHash m_hash;
};

// What the program records of each table: every table of the file but the audit log itself, SQLite's
// own, and those whose changes would pair a secret vote with its voter (an audit entry names the voter,
// and the difference made to a tally or a paper would tell how they voted).
bool isRecordedTable(const QString& table);
QStringList recordedTables(const QSqlDatabase& database);

// The digest of every recorded table as it stands, keyed by table name. `goOn`, when given, is asked
// now and then whether to go on; when it says no, the result is an error with rule "cancelled".
using TableDigests = QMap<QString, RowDigest>;
domain::Result<TableDigests> digestTables(const QSqlDatabase& database,
                                          const std::function<bool()>& goOn = {});

// {"tables": {"members": {"rows": 1, "sum": "…"}, …}}; with "whole": true when the tables were recorded
// whole (a new file, or an upgraded one) rather than as the difference a change made.
QJsonObject tableDigestsToJson(const TableDigests& digests, bool isWhole);

// The rows a connection writes to recorded tables, gathered by SQLite's pre-update hook until the audit
// entry that records them takes them. Rolling back discards them.
class RowChanges
{
public:
    // Watches the connection's writes from now until destruction. An inactive watcher (the connection
    // is not SQLite's) gathers nothing.
    explicit RowChanges(const QSqlDatabase& database);
    ~RowChanges();
    RowChanges(const RowChanges&) = delete;
    RowChanges& operator=(const RowChanges&) = delete;

    bool isActive() const { return m_sqlite != nullptr; }
    // Reads the columns of every recorded table; again after the schema changes.
    domain::Outcome readSchema(const QSqlDatabase& database);

    bool isEmpty() const;
    // The differences made since the last take(), and forgets them.
    TableDigests take();
    void discard();

private:
    // A column's default, hashed in place of the NULL that SQLite 3.40's pre-update hook gives for a
    // column added by ALTER TABLE to a row written before.
    struct ColumnDefault
    {
        bool isNotNull = false;
        std::optional<qint64> integer;
        std::optional<QByteArray> text;
    };
    struct Table
    {
        QByteArray name;
        std::vector<ColumnDefault> columns;
        RowDigest pending;
    };

    static void onPreUpdate(void* self, sqlite3* database, int operation, const char* schema,
                            const char* table, qint64 oldRowId, qint64 newRowId);
    void record(int operation, const char* table);
    RowDigest::RowHash hashRow(const Table& table, bool isOld);

    sqlite3* m_sqlite = nullptr;
    std::vector<Table> m_tables;
    RowHasher m_hasher;
};

// The connection's own SQLite handle, or null when the database is another.
sqlite3* sqliteHandle(const QSqlDatabase& database);

} // namespace mutualise::storage
