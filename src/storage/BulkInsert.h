#pragma once

#include "domain/Error.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVariantList>

#include <initializer_list>
#include <optional>

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
class BulkInsert
{
public:
    BulkInsert(const QSqlDatabase& database, const QString& table, const QStringList& columns);

    // One row's values, in the order of the columns.
    domain::Outcome add(std::initializer_list<QVariant> row);
    // Writes the rows still waiting. Nothing may be added after.
    domain::Outcome finish();

private:
    QString insertSql(qsizetype rows) const;
    domain::Outcome write(qsizetype rows);

    QSqlDatabase m_database;
    QString m_table;
    QStringList m_columns;
    qsizetype m_rowsPerChunk = 1;
    QVariantList m_waiting;
    std::optional<QSqlQuery> m_chunk; // prepared at the first full chunk
    QVariantList m_chunkBound; // the values m_chunk last ran with
};

} // namespace mutualise::storage
