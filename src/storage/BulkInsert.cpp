#include "BulkInsert.h"

#include "Statement.h"

#include <QSqlDriver>

#include <algorithm>
#include <sqlite3.h>

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

// The connection's own SQLite handle, or null when the database is another.
sqlite3* sqliteHandle(const QSqlDatabase& database)
{
    const QVariant handle = database.driver() ? database.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(handle.constData());
}

domain::Error sqliteError(sqlite3* database)
{
    return databaseError(QSqlError(QString(), QString::fromUtf8(sqlite3_errmsg(database)),
                                   QSqlError::StatementError,
                                   QString::number(sqlite3_extended_errcode(database))));
}

} // namespace

void BulkInsert::StatementDeleter::operator()(sqlite3_stmt* statement) const
{
    sqlite3_finalize(statement);
}

BulkInsert::BulkInsert(const QSqlDatabase& database, const QString& table, const QStringList& columns,
                       Binding binding)
    : m_database(database)
    , m_table(table)
    , m_columns(columns)
    , m_rowsPerChunk(std::max<qsizetype>(1, mostValuesPerStatement / std::max<qsizetype>(1, columns.size())))
{
    if (sqlite3* handle = binding == Binding::Native ? sqliteHandle(m_database) : nullptr) {
        const QByteArray sql = insertSql(1).toUtf8();
        sqlite3_stmt* statement = nullptr;
        // A statement that cannot be prepared is left to the portable way, which reports why.
        if (sqlite3_prepare_v2(handle, sql.constData(), static_cast<int>(sql.size()), &statement, nullptr)
            == SQLITE_OK)
            m_sqliteRow.reset(statement);
        else
            sqlite3_finalize(statement);
    }
    if (!m_sqliteRow)
        m_waiting.reserve(m_rowsPerChunk * m_columns.size());
}

BulkInsert::~BulkInsert() = default;

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
    if (m_sqliteRow)
        return addToSqlite(row);
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

domain::Outcome BulkInsert::addToSqlite(std::initializer_list<QVariant> row)
{
    sqlite3_stmt* statement = m_sqliteRow.get();
    int index = 1;
    int bound = SQLITE_OK;
    for (const QVariant& value : row) {
        // As the driver binds them: NULL, whole numbers, text (a null text as ''), anything else as text.
        switch (value.isNull() && value.typeId() != QMetaType::QString ? QMetaType::UnknownType
                                                                       : value.typeId()) {
        case QMetaType::UnknownType:
            bound = sqlite3_bind_null(statement, index);
            break;
        case QMetaType::Bool:
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::LongLong:
            bound = sqlite3_bind_int64(statement, index, value.toLongLong());
            break;
        case QMetaType::QString: {
            const QString* text = static_cast<const QString*>(value.constData());
            // SQLITE_STATIC: the text outlives the step below, which is all SQLite needs of it.
            // A null pointer would bind NULL: an empty text is bound as one.
            const void* characters = text->isEmpty() ? static_cast<const void*>(u"") : text->constData();
            bound = sqlite3_bind_text16(statement, index, characters,
                                        static_cast<int>(text->size() * qsizetype(sizeof(QChar))),
                                        SQLITE_STATIC);
            break;
        }
        default: {
            const QByteArray text = value.toString().toUtf8();
            bound = sqlite3_bind_text(statement, index, text.constData(), static_cast<int>(text.size()),
                                      SQLITE_TRANSIENT);
            break;
        }
        }
        if (bound != SQLITE_OK)
            break;
        ++index;
    }
    const int stepped = bound == SQLITE_OK ? sqlite3_step(statement) : bound;
    std::optional<domain::Error> failure;
    if (stepped != SQLITE_DONE)
        failure = sqliteError(sqlite3_db_handle(statement));
    sqlite3_reset(statement);
    if (failure)
        return *failure;
    return domain::ok();
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
