#include "RowDigest.h"

#include "Statement.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSqlDriver>
#include <QtEndian>

#include <algorithm>
#include <cstring>

#define SQLITE_ENABLE_PREUPDATE_HOOK
#include <sqlite3.h>

namespace mutualise::storage {

namespace {

std::array<quint64, 4> wordsOf(const RowDigest::RowHash& hash)
{
    // The hash read as one little-endian 256-bit number.
    std::array<quint64, 4> words {};
    for (std::size_t i = 0; i < words.size(); ++i)
        words[i] = qFromLittleEndian<quint64>(hash.data() + 8 * i);
    return words;
}

void addWords(std::array<quint64, 4>& sum, const std::array<quint64, 4>& value)
{
    quint64 carry = 0;
    for (std::size_t i = 0; i < sum.size(); ++i) {
        const quint64 partial = sum[i] + value[i];
        const quint64 withCarry = partial + carry;
        carry = (partial < sum[i] ? 1U : 0U) + (withCarry < partial ? 1U : 0U);
        sum[i] = withCarry;
    }
}

void subtractWords(std::array<quint64, 4>& sum, const std::array<quint64, 4>& value)
{
    quint64 borrow = 0;
    for (std::size_t i = 0; i < sum.size(); ++i) {
        const quint64 partial = sum[i] - value[i];
        const quint64 withBorrow = partial - borrow;
        borrow = (sum[i] < value[i] ? 1U : 0U) + (partial < borrow ? 1U : 0U);
        sum[i] = withBorrow;
    }
}

// A column default as PRAGMA table_info gives it, SQL text: a whole number or a quoted string. Others
// (an expression, CURRENT_TIMESTAMP) are not met in our schema and are left unread.
void readDefault(const QString& sql, std::optional<qint64>& integer, std::optional<QByteArray>& text)
{
    bool isNumber = false;
    const qint64 number = sql.toLongLong(&isNumber);
    if (isNumber) {
        integer = number;
        return;
    }
    if (sql.size() >= 2 && sql.startsWith(u'\'') && sql.endsWith(u'\''))
        text = sql.mid(1, sql.size() - 2).replace(QStringLiteral("''"), QStringLiteral("'")).toUtf8();
}

// How many rows digestTables reads between asking whether to go on: a few hundredths of a second.
constexpr qint64 rowsBetweenQuestions = 65536;

QString quotedName(const QString& name)
{
    return u'"' + QString(name).replace(u'"', QStringLiteral("\"\"")) + u'"';
}

} // namespace

void RowDigest::addRow(const RowHash& hash)
{
    addWords(m_sum, wordsOf(hash));
    ++m_rows;
}

void RowDigest::subtractRow(const RowHash& hash)
{
    subtractWords(m_sum, wordsOf(hash));
    --m_rows;
}

void RowDigest::add(const RowDigest& other)
{
    addWords(m_sum, other.m_sum);
    m_rows += other.m_rows;
}

QJsonObject RowDigest::toJson() const
{
    std::array<quint8, 32> bytes {};
    for (std::size_t i = 0; i < m_sum.size(); ++i)
        qToBigEndian(m_sum[m_sum.size() - 1 - i], bytes.data() + 8 * i);
    const QByteArray hex = QByteArray(reinterpret_cast<const char*>(bytes.data()), 32).toHex();
    return { { QStringLiteral("rows"), m_rows }, { QStringLiteral("sum"), QString::fromLatin1(hex) } };
}

std::optional<RowDigest> RowDigest::fromJson(const QJsonObject& json)
{
    const QJsonValue rows = json.value(QStringLiteral("rows"));
    const QString sum = json.value(QStringLiteral("sum")).toString();
    static const QRegularExpression hexDigits(QStringLiteral("^[0-9a-f]{64}$"));
    if (!rows.isDouble() || !hexDigits.match(sum).hasMatch())
        return std::nullopt;
    const QByteArray bytes = QByteArray::fromHex(sum.toLatin1());
    RowDigest digest;
    digest.m_rows = rows.toInteger();
    for (std::size_t i = 0; i < digest.m_sum.size(); ++i)
        digest.m_sum[digest.m_sum.size() - 1 - i] = qFromBigEndian<quint64>(bytes.constData() + 8 * i);
    return digest;
}

RowHasher::RowHasher()
    : m_hash(QCryptographicHash::Blake2b_256)
{ }

void RowHasher::start(const QByteArray& table)
{
    m_bytes.clear(); // keeps its capacity: a row is gathered without allocating
    m_bytes.append(table.constData(), table.size());
    m_bytes.append('\0');
}

void RowHasher::addNull()
{
    m_bytes.append(static_cast<char>(ValueTag::Null));
}

void RowHasher::addInteger(qint64 value)
{
    char bytes[9] = { static_cast<char>(ValueTag::Integer) };
    qToBigEndian(value, bytes + 1);
    m_bytes.append(bytes, sizeof bytes);
}

void RowHasher::addReal(double value)
{
    char bytes[9] = { static_cast<char>(ValueTag::Real) };
    quint64 bits = 0;
    std::memcpy(&bits, &value, sizeof bits);
    qToBigEndian(bits, bytes + 1);
    m_bytes.append(bytes, sizeof bytes);
}

void RowHasher::addText(QByteArrayView utf8)
{
    addSized(ValueTag::Text, utf8);
}

void RowHasher::addBlob(QByteArrayView data)
{
    addSized(ValueTag::Blob, data);
}

void RowHasher::addSized(ValueTag tag, QByteArrayView data)
{
    char bytes[9] = { static_cast<char>(tag) };
    qToBigEndian(static_cast<quint64>(data.size()), bytes + 1);
    m_bytes.append(bytes, sizeof bytes);
    m_bytes.append(data.data(), data.size());
}

void RowHasher::addValue(sqlite3_value* value)
{
    switch (value ? sqlite3_value_type(value) : SQLITE_NULL) {
    case SQLITE_INTEGER:
        addInteger(sqlite3_value_int64(value));
        break;
    case SQLITE_FLOAT:
        addReal(sqlite3_value_double(value));
        break;
    case SQLITE_TEXT: {
        const auto* text = reinterpret_cast<const char*>(sqlite3_value_text(value));
        addText(QByteArrayView(text, sqlite3_value_bytes(value)));
        break;
    }
    case SQLITE_BLOB: {
        const auto* data = static_cast<const char*>(sqlite3_value_blob(value));
        addBlob(QByteArrayView(data, sqlite3_value_bytes(value)));
        break;
    }
    default:
        addNull();
    }
}

RowDigest::RowHash RowHasher::finish()
{
    m_hash.reset();
    m_hash.addData(QByteArrayView(m_bytes.constData(), m_bytes.size()));
    RowDigest::RowHash hash {};
    const QByteArrayView result = m_hash.resultView();
    std::copy_n(result.data(), hash.size(), reinterpret_cast<char*>(hash.data()));
    return hash;
}

bool isRecordedTable(const QString& table)
{
    static const QStringList unrecorded { QStringLiteral("audit_log"), QStringLiteral("secret_totals"),
                                          QStringLiteral("election_papers") };
    return !table.startsWith(QStringLiteral("sqlite_")) && !unrecorded.contains(table);
}

QStringList recordedTables(const QSqlDatabase& database)
{
    QSqlQuery query(database);
    query.exec(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name"));
    QStringList tables;
    while (query.next()) {
        const QString name = query.value(0).toString();
        if (isRecordedTable(name))
            tables.append(name);
    }
    return tables;
}

domain::Result<TableDigests> digestTables(const QSqlDatabase& database, const std::function<bool()>& goOn)
{
    sqlite3* sqlite = sqliteHandle(database);
    if (!sqlite)
        return TableDigests();
    TableDigests digests;
    RowHasher hasher;
    for (const QString& table : recordedTables(database)) {
        const QByteArray sql = QStringLiteral("SELECT * FROM %1").arg(quotedName(table)).toUtf8();
        sqlite3_stmt* statement = nullptr;
        if (sqlite3_prepare_v2(sqlite, sql.constData(), static_cast<int>(sql.size()), &statement, nullptr)
            != SQLITE_OK) {
            sqlite3_finalize(statement);
            return databaseError(
                QSqlError(QString(), QString::fromUtf8(sqlite3_errmsg(sqlite)), QSqlError::StatementError));
        }
        const QByteArray name = table.toUtf8();
        const int columns = sqlite3_column_count(statement);
        RowDigest digest;
        int stepped = SQLITE_ROW;
        qint64 rowsRead = 0;
        while ((stepped = sqlite3_step(statement)) == SQLITE_ROW) {
            if (++rowsRead % rowsBetweenQuestions == 0 && goOn && !goOn()) {
                sqlite3_finalize(statement);
                return domain::Error { QCoreApplication::translate("Verifier", "The check was cancelled."),
                                       QStringLiteral("cancelled"),
                                       {} };
            }
            hasher.start(name);
            for (int column = 0; column < columns; ++column)
                hasher.addValue(sqlite3_column_value(statement, column));
            digest.addRow(hasher.finish());
        }
        sqlite3_finalize(statement);
        if (stepped != SQLITE_DONE)
            return databaseError(
                QSqlError(QString(), QString::fromUtf8(sqlite3_errmsg(sqlite)), QSqlError::StatementError));
        digests.insert(table, digest);
    }
    return digests;
}

QJsonObject tableDigestsToJson(const TableDigests& digests, bool isWhole)
{
    QJsonObject tables;
    for (auto it = digests.cbegin(); it != digests.cend(); ++it)
        tables.insert(it.key(), it.value().toJson());
    QJsonObject json { { QStringLiteral("tables"), tables } };
    if (isWhole)
        json.insert(QStringLiteral("whole"), true);
    return json;
}

RowChanges::RowChanges(const QSqlDatabase& database)
    : m_sqlite(sqliteHandle(database))
{
    if (m_sqlite)
        sqlite3_preupdate_hook(m_sqlite, &RowChanges::onPreUpdate, this);
}

RowChanges::~RowChanges()
{
    if (m_sqlite)
        sqlite3_preupdate_hook(m_sqlite, nullptr, nullptr);
}

domain::Outcome RowChanges::readSchema(const QSqlDatabase& database)
{
    std::vector<Table> tables;
    for (const QString& name : recordedTables(database)) {
        Table table;
        table.name = name.toUtf8();
        QSqlQuery columns(database);
        // Names come from sqlite_schema and are quoted; PRAGMA takes no bound values.
        if (!columns.exec(QStringLiteral("PRAGMA table_info(%1)").arg(quotedName(name))))
            return databaseError(columns.lastError());
        while (columns.next()) {
            ColumnDefault column;
            column.isNotNull = columns.value(3).toInt() != 0;
            if (!columns.value(4).isNull())
                readDefault(columns.value(4).toString(), column.integer, column.text);
            table.columns.push_back(column);
        }
        tables.push_back(std::move(table));
    }
    m_tables = std::move(tables);
    return domain::ok();
}

bool RowChanges::isEmpty() const
{
    return std::all_of(m_tables.cbegin(), m_tables.cend(),
                       [](const Table& table) { return table.pending.isEmpty(); });
}

TableDigests RowChanges::take()
{
    TableDigests taken;
    for (Table& table : m_tables) {
        if (!table.pending.isEmpty())
            taken.insert(QString::fromUtf8(table.name), table.pending);
        table.pending = RowDigest();
    }
    return taken;
}

void RowChanges::discard()
{
    for (Table& table : m_tables)
        table.pending = RowDigest();
}

void RowChanges::onPreUpdate(void* self, sqlite3* /*database*/, int operation, const char* schema,
                             const char* table, qint64 /*oldRowId*/, qint64 /*newRowId*/)
{
    // Only the file itself is recorded, not an attached or temporary database.
    if (std::strcmp(schema, "main") == 0)
        static_cast<RowChanges*>(self)->record(operation, table);
}

void RowChanges::record(int operation, const char* tableName)
{
    const auto table = std::find_if(m_tables.begin(), m_tables.end(), [tableName](const Table& candidate) {
        return std::strcmp(candidate.name.constData(), tableName) == 0;
    });
    if (table == m_tables.end())
        return;
    if (operation == SQLITE_UPDATE || operation == SQLITE_DELETE)
        table->pending.subtractRow(hashRow(*table, true));
    if (operation == SQLITE_UPDATE || operation == SQLITE_INSERT)
        table->pending.addRow(hashRow(*table, false));
}

RowDigest::RowHash RowChanges::hashRow(const Table& table, bool isOld)
{
    m_hasher.start(table.name);
    const int count = sqlite3_preupdate_count(m_sqlite);
    for (int column = 0; column < count; ++column) {
        sqlite3_value* value = nullptr;
        const int found = isOld ? sqlite3_preupdate_old(m_sqlite, column, &value)
                                : sqlite3_preupdate_new(m_sqlite, column, &value);
        const bool isNull = found != SQLITE_OK || !value || sqlite3_value_type(value) == SQLITE_NULL;
        const auto index = static_cast<std::size_t>(column);
        if (isNull && index < table.columns.size() && table.columns[index].isNotNull) {
            const ColumnDefault& fallback = table.columns[index];
            if (fallback.integer) {
                m_hasher.addInteger(*fallback.integer);
                continue;
            }
            if (fallback.text) {
                m_hasher.addText(*fallback.text);
                continue;
            }
        }
        m_hasher.addValue(isNull ? nullptr : value);
    }
    return m_hasher.finish();
}

sqlite3* sqliteHandle(const QSqlDatabase& database)
{
    const QVariant handle = database.driver() ? database.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(handle.constData());
}

} // namespace mutualise::storage
