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
// On SQLite each row is bound straight to one prepared statement through SQLite's own interface, which
// the connection's driver hands over: a million rows then cost SQLite's work on them and little more,
// where binding each value through Qt's query costs as much again.
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

    BulkInsert(const QSqlDatabase& database, const QString& table, const QStringList& columns,
               Binding binding = Binding::Native);
    ~BulkInsert();
    BulkInsert(const BulkInsert&) = delete;
    BulkInsert& operator=(const BulkInsert&) = delete;

    // One row's values, in the order of the columns. Natively each row is written at once, so a refused
    // row is reported here; otherwise by the add() or finish() that writes its chunk.
    domain::Outcome add(std::initializer_list<QVariant> row);
    // Writes the rows still waiting. Nothing may be added after.
    domain::Outcome finish();

private:
    QString insertSql(qsizetype rows) const;
    domain::Outcome write(qsizetype rows);
    domain::Outcome addToSqlite(std::initializer_list<QVariant> row);

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
    std::unique_ptr<sqlite3_stmt, StatementDeleter> m_sqliteRow; // one row's INSERT, on SQLite
};

} // namespace mutualise::storage
