#include "BulkInsert.h"

#include "Statement.h"

#include <algorithm>

namespace mutualise::storage {

namespace {

// SQLite before 3.32 allowed at most 999 bound values in a statement; PostgreSQL allows 65,535.
constexpr qsizetype mostValuesPerStatement = 999;

// As Statement::bind: a null text is stored as '' (NULL is bound with QVariant()).
QVariant storable(const QVariant& value)
{
    if (value.typeId() == QMetaType::QString && value.toString().isNull())
        return QStringLiteral("");
    return value;
}

} // namespace

BulkInsert::BulkInsert(const QSqlDatabase& database, const QString& table, const QStringList& columns)
    : m_database(database)
    , m_table(table)
    , m_columns(columns)
    , m_rowsPerChunk(std::max<qsizetype>(1, mostValuesPerStatement / std::max<qsizetype>(1, columns.size())))
{
    m_waiting.reserve(m_rowsPerChunk * m_columns.size());
}

QString BulkInsert::insertSql(qsizetype rows) const
{
    const QString row
        = u'(' + QStringList(m_columns.size(), QStringLiteral("?")).join(QStringLiteral(", ")) + u')';
    return QStringLiteral("INSERT INTO %1 (%2) VALUES %3")
        .arg(m_table, m_columns.join(QStringLiteral(", ")),
             QStringList(rows, row).join(QStringLiteral(", ")));
}

domain::Outcome BulkInsert::add(std::initializer_list<QVariant> row)
{
    Q_ASSERT(static_cast<qsizetype>(row.size()) == m_columns.size());
    for (const QVariant& value : row)
        m_waiting.append(storable(value));
    if (m_waiting.size() < m_rowsPerChunk * m_columns.size())
        return domain::ok();
    return write(m_rowsPerChunk);
}

domain::Outcome BulkInsert::finish()
{
    if (m_waiting.isEmpty())
        return domain::ok();
    return write(m_waiting.size() / m_columns.size());
}

domain::Outcome BulkInsert::write(qsizetype rows)
{
    std::optional<QSqlQuery> last;
    std::optional<QSqlQuery>& query = rows == m_rowsPerChunk ? m_chunk : last;
    if (!query) {
        query.emplace(m_database);
        query->setForwardOnly(true);
        if (!query->prepare(insertSql(rows))) {
            const QSqlError error = query->lastError();
            query.reset();
            m_chunkBound.clear();
            m_waiting.clear();
            return databaseError(error);
        }
    }
    // A statement keeps the values bound to it from one run to the next, and binding one costs more than
    // comparing it: a column that is the same in every row (a date, who recorded it) is bound once.
    const bool isReused = rows == m_rowsPerChunk && m_chunkBound.size() == m_waiting.size();
    for (qsizetype i = 0; i < m_waiting.size(); ++i) {
        const QVariant& value = m_waiting.at(i);
        if (isReused) {
            const QVariant& previous = m_chunkBound.at(i);
            if (previous.typeId() == value.typeId() && previous == value)
                continue;
        }
        query->bindValue(static_cast<int>(i), value);
    }
    if (rows == m_rowsPerChunk)
        m_chunkBound.swap(m_waiting);
    m_waiting.clear();
    if (!query->exec())
        return databaseError(query->lastError());
    return domain::ok();
}

} // namespace mutualise::storage
