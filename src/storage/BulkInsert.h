#pragma once

#include "domain/Error.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVariantList>

#include <initializer_list>
#include <memory>
#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace mutualise::storage {

// Many rows into one table, a chunk at a time: "INSERT INTO t (a, b) VALUES (?, ?), (?, ?), ..." is
// prepared once and run for every full chunk, so that the cost is the database's own work on each row
// rather than a statement's round trip. The SQL is what SQLite and PostgreSQL both accept, and a chunk
// binds fewer than 1,000 values (the smallest limit either has ever had).
//
//     BulkInsert insert(database, QStringLiteral("allocation_payments"), { "allocation_id", ... });
//     for (...) { if (auto done = insert.add({ id, memberId, ... }); !done) return done; }
//     return insert.finish();
//
// Call it inside the caller's transaction: a failure part of the way leaves the rows already written
// for the rollback to take away.
//
// On SQLite the chunk is bound straight to its prepared statement through SQLite's own interface, which
// the connection's driver hands over: a million rows then cost SQLite's work on them and little more,
// where binding each value through Qt's query costs as much again. A row at a time would cost half as
// much again: each statement opens every index afresh, where a chunk's rows share the open cursors.
//
// Written in the background, the chunks go to SQLite on a thread of their own while the caller makes the
// next ones: a long import then costs the longer of the two rather than both. The caller must then not
// use the connection between the first add() and finish() (or the end of the BulkInsert), and learns
// of a refused row at a later add() or at finish().
class BulkInsert
{
public:
    // How rows are bound: through SQLite's own interface where the database is SQLite, or through Qt's
    // query on any database (what the tests of the portable way choose).
    enum class Binding
    {
        Native,
        Portable,
    };

    // Who writes the chunks to the database: the caller, in add() and finish(), or a thread of their own
    // (natively bound chunks only; the portable way is always written by the caller).
    enum class Writing
    {
        ByCaller,
        InBackground,
    };

    BulkInsert(const QSqlDatabase& database, const QString& table, const QStringList& columns,
               Binding binding = Binding::Native, Writing writing = Writing::ByCaller);
    ~BulkInsert();
    BulkInsert(const BulkInsert&) = delete;
    BulkInsert& operator=(const BulkInsert&) = delete;

    // One row's values, in the order of the columns. A refused row is reported by the add() or finish()
    // that writes its chunk. A QByteArray is text in UTF-8, which SQLite stores as it is given: a value
    // written on many rows is best encoded once by the caller.
    domain::Outcome add(std::initializer_list<QVariant> row);
    // Writes the rows still waiting, and waits for the background to have written them all. Nothing may
    // be added after.
    domain::Outcome finish();

private:
    struct Background;

    QString insertSql(qsizetype rows) const;
    domain::Outcome write(qsizetype rows);
    domain::Outcome writeToSqlite(const QVariantList& values);
    domain::Outcome handOver(QVariantList&& chunk);
    void writeInBackground();

    struct StatementDeleter
    {
        void operator()(sqlite3_stmt* statement) const;
    };

    QSqlDatabase m_database;
    QString m_table;
    QStringList m_columns;
    qsizetype m_rowsPerChunk = 1;
    QVariantList m_waiting;
    std::optional<QSqlQuery> m_chunk; // prepared at the first full chunk
    QVariantList m_chunkBound; // the values m_chunk last ran with
    sqlite3* m_sqlite = nullptr; // the connection's own handle, when the rows are bound natively
    std::unique_ptr<sqlite3_stmt, StatementDeleter> m_sqliteChunk; // a full chunk's INSERT, on SQLite
    bool m_isInBackground = false;
    std::unique_ptr<Background> m_background; // from the first chunk handed over
};

} // namespace mutualise::storage
