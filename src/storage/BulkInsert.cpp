#include "BulkInsert.h"

#include "RowDigest.h"
#include "Statement.h"

#include <QSqlDriver>

#include <algorithm>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <sqlite3.h>
#include <thread>

namespace mutualise::storage {

namespace {

// SQLite before 3.32 allowed at most 999 bound values in a statement; PostgreSQL allows 65,535.
constexpr qsizetype mostValuesPerStatement = 999;

// As Statement::bind: a null text is stored as '' (NULL is bound with QVariant()); UTF-8 is text too.
QVariant storable(const QVariant& value)
{
    const bool isText = value.typeId() == QMetaType::QString || value.typeId() == QMetaType::QByteArray;
    if (!isText)
        return value;
    const QString text = value.toString(); // a QByteArray as UTF-8
    return text.isNull() ? QStringLiteral("") : text;
}

domain::Error sqliteError(sqlite3* database)
{
    return databaseError(QSqlError(QString(), QString::fromUtf8(sqlite3_errmsg(database)),
                                   QSqlError::StatementError,
                                   QString::number(sqlite3_extended_errcode(database))));
}

// How many chunks may wait for the background: enough to even out the pace of both sides, few enough to
// keep the memory they take small.
constexpr std::size_t mostChunksWaiting = 16;

} // namespace

// The chunks waiting for the thread that writes them, and what it found.
struct BulkInsert::Background
{
    std::mutex mutex;
    std::condition_variable changed;
    std::deque<QVariantList> chunks;
    bool isFinished = false; // no chunk will follow those waiting
    bool isAbandoned = false; // the rest is not to be written: the caller's transaction is rolled back
    std::optional<domain::Error> failure; // the background has stopped
    std::thread thread;
};

void BulkInsert::StatementDeleter::operator()(sqlite3_stmt* statement) const
{
    sqlite3_finalize(statement);
}

BulkInsert::BulkInsert(const QSqlDatabase& database, const QString& table, const QStringList& columns,
                       Binding binding, Writing writing)
    : m_database(database)
    , m_table(table)
    , m_columns(columns)
    , m_rowsPerChunk(std::max<qsizetype>(1, mostValuesPerStatement / std::max<qsizetype>(1, columns.size())))
    , m_sqlite(binding == Binding::Native ? sqliteHandle(m_database) : nullptr)
    , m_isInBackground(m_sqlite && writing == Writing::InBackground)
{
    m_waiting.reserve(m_rowsPerChunk * m_columns.size());
}

BulkInsert::~BulkInsert()
{
    if (!m_background)
        return;
    {
        const std::lock_guard lock(m_background->mutex);
        m_background->isAbandoned = true;
    }
    m_background->changed.notify_all();
    m_background->thread.join();
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
        m_waiting.append(m_sqlite ? value : storable(value));
    if (m_waiting.size() < m_rowsPerChunk * m_columns.size())
        return domain::ok();
    return write(m_rowsPerChunk);
}

domain::Outcome BulkInsert::finish()
{
    if (!m_waiting.isEmpty()) {
        if (auto done = write(m_waiting.size() / m_columns.size()); !done)
            return done;
    }
    if (!m_background)
        return domain::ok();
    {
        const std::lock_guard lock(m_background->mutex);
        m_background->isFinished = true;
    }
    m_background->changed.notify_all();
    m_background->thread.join();
    const std::optional<domain::Error> failure = std::move(m_background->failure);
    m_background.reset();
    if (failure)
        return *failure;
    return domain::ok();
}

domain::Outcome BulkInsert::handOver(QVariantList&& chunk)
{
    if (!m_background) {
        m_background = std::make_unique<Background>();
        m_background->thread = std::thread([this] { writeInBackground(); });
    }
    Background& background = *m_background;
    std::unique_lock lock(background.mutex);
    background.changed.wait(
        lock, [&background] { return background.chunks.size() < mostChunksWaiting || background.failure; });
    if (background.failure)
        return *background.failure;
    background.chunks.push_back(std::move(chunk));
    lock.unlock();
    background.changed.notify_all();
    return domain::ok();
}

void BulkInsert::writeInBackground()
{
    Background& background = *m_background;
    while (true) {
        QVariantList chunk;
        {
            std::unique_lock lock(background.mutex);
            background.changed.wait(lock, [&background] {
                return !background.chunks.empty() || background.isFinished || background.isAbandoned;
            });
            if (background.isAbandoned || background.chunks.empty())
                return;
            chunk = std::move(background.chunks.front());
            background.chunks.pop_front();
        }
        background.changed.notify_all(); // there is room for another chunk
        domain::Outcome done = writeToSqlite(chunk);
        if (!done) {
            {
                const std::lock_guard lock(background.mutex);
                background.failure = std::move(done).error();
                background.chunks.clear();
            }
            background.changed.notify_all();
            return;
        }
    }
}

domain::Outcome BulkInsert::writeToSqlite(const QVariantList& values)
{
    const qsizetype rows = values.size() / m_columns.size();
    std::unique_ptr<sqlite3_stmt, StatementDeleter> last;
    auto& statement = rows == m_rowsPerChunk ? m_sqliteChunk : last;
    if (!statement) {
        const QByteArray sql = insertSql(rows).toUtf8();
        sqlite3_stmt* prepared = nullptr;
        const int done
            = sqlite3_prepare_v2(m_sqlite, sql.constData(), static_cast<int>(sql.size()), &prepared, nullptr);
        statement.reset(prepared);
        if (done != SQLITE_OK)
            return sqliteError(m_sqlite);
    }
    int bound = SQLITE_OK;
    for (qsizetype i = 0; i < values.size() && bound == SQLITE_OK; ++i) {
        const QVariant& value = values.at(i);
        const int index = static_cast<int>(i + 1);
        // As the driver binds them: NULL, whole numbers, text (a null text as ''), anything else as text.
        // SQLITE_STATIC: the values outlive the step below, which is all SQLite needs of them.
        const bool isText = value.typeId() == QMetaType::QString || value.typeId() == QMetaType::QByteArray;
        switch (value.isNull() && !isText ? QMetaType::UnknownType : value.typeId()) {
        case QMetaType::UnknownType:
            bound = sqlite3_bind_null(statement.get(), index);
            break;
        case QMetaType::Bool:
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::LongLong:
            bound = sqlite3_bind_int64(statement.get(), index, value.toLongLong());
            break;
        case QMetaType::QString: {
            const QString* text = static_cast<const QString*>(value.constData());
            // A null pointer would bind NULL: an empty text is bound as one.
            const void* characters = text->isEmpty() ? static_cast<const void*>(u"") : text->constData();
            bound = sqlite3_bind_text16(statement.get(), index, characters,
                                        static_cast<int>(text->size() * qsizetype(sizeof(QChar))),
                                        SQLITE_STATIC);
            break;
        }
        case QMetaType::QByteArray: {
            const QByteArray* text = static_cast<const QByteArray*>(value.constData());
            // In UTF-8, as the file keeps its text: SQLite copies it without converting it.
            bound = sqlite3_bind_text(statement.get(), index, text->isEmpty() ? "" : text->constData(),
                                      static_cast<int>(text->size()), SQLITE_STATIC);
            break;
        }
        default: {
            const QByteArray text = value.toString().toUtf8();
            bound = sqlite3_bind_text(statement.get(), index, text.constData(), static_cast<int>(text.size()),
                                      SQLITE_TRANSIENT);
            break;
        }
        }
    }
    const int stepped = bound == SQLITE_OK ? sqlite3_step(statement.get()) : bound;
    std::optional<domain::Error> failure;
    if (stepped != SQLITE_DONE)
        failure = sqliteError(m_sqlite);
    sqlite3_reset(statement.get());
    // The values may go once the statement has let go of them.
    sqlite3_clear_bindings(statement.get());
    if (failure)
        return *failure;
    return domain::ok();
}

domain::Outcome BulkInsert::write(qsizetype rows)
{
    if (m_isInBackground) {
        QVariantList chunk;
        chunk.reserve(m_rowsPerChunk * m_columns.size());
        m_waiting.swap(chunk);
        return handOver(std::move(chunk));
    }
    if (m_sqlite) {
        const domain::Outcome done = writeToSqlite(m_waiting);
        m_waiting.clear();
        return done;
    }
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
