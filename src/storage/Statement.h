#pragma once

#include "domain/Error.h"

#include <QDate>
#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <optional>

namespace mutualise::storage {

// A prepared statement whose failures become domain errors carrying the database's own message.
// Values are always bound, never spliced into the text.
class Statement
{
public:
    Statement(const QSqlDatabase& database, const QString& sql);

    Statement& bind(const QString& placeholder, const QVariant& value);
    domain::Outcome exec();
    bool next() { return m_query.next(); }
    QVariant value(int column) const { return m_query.value(column); }
    // Runs an "INSERT ... RETURNING id" and gives the new row's id: what SQLite (3.35 and later) and
    // PostgreSQL both answer, where the driver's lastInsertId() means different things.
    domain::Result<qint64> insertReturningId();
    QSqlError lastError() const { return m_query.lastError(); }

private:
    QSqlQuery m_query;
    bool m_isPrepared = false;
};

// Rule "database": a failure the user did not cause directly, with SQLite's message.
domain::Error databaseError(const QSqlError& error);

// SQLite's primary result code (the low byte of an extended code), 0 when unknown.
int primaryResultCode(const QSqlError& error);

// Dates are stored as 'YYYY-MM-DD' text, moments as UTC ISO 8601 with milliseconds (and read back as
// UTC, from their "Z"); NULL is a null date or moment.
QVariant dateValue(const QDate& date);
QDate dateFrom(const QVariant& value);
QString nowUtcText();
QDateTime momentFrom(const QVariant& value);

// An optional reference to another row: NULL for nothing.
QVariant idValue(const std::optional<qint64>& id);
std::optional<qint64> idFrom(const QVariant& value);

// Runs SQL that binds no values (PRAGMA, BEGIN, a migration's statements).
domain::Outcome execPlain(const QSqlDatabase& database, const QString& sql);

// The text as SQL's lower() gives it in SQLite: ASCII letters in lower case, every other character as it
// is. What a lookup in memory must fold by to find what "lower(number) = lower(:number)" finds.
QString sqlLower(const QString& text);

// An error about one ballot or paper of a batch: "Line 12: ..." with the line as its field when it
// came from a file, otherwise the message as it is, said of `field`.
domain::Error errorOnLine(const domain::Error& error, int line, const QString& field);

// SQLite stops a query with "integer overflow" when a SUM goes beyond 64 bits, and PostgreSQL would
// answer a figure too large to read back. Each figure is summed in two parts, whole thousand millions
// and the rest: neither sum can overflow (a part is at most 9,223,372,036 or 999,999,999, and a file
// holds far fewer rows than would take either past 64 bits), and the parts are put back together
// with overflow-checked arithmetic, so that a file with an impossible total says so in words.
//
// The two columns of the split sum of `expression`, for a SELECT list; named <name>_high and
// <name>_low when a name is given.
QString splitSum(const QString& expression, const QString& name = {});
// The sum of the two columns of splitSum starting at `column`, or nothing when it does not fit.
std::optional<qint64> joinedSum(const Statement& query, int column);

// A LIMIT to bind: a negative `limit` means none. SQLite reads LIMIT -1 as "no limit" but PostgreSQL
// refuses it, while both accept the largest 64-bit count.
qint64 limitValue(qint64 limit);

} // namespace mutualise::storage
