#include "Statement.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QtNumeric>

#include <limits>

namespace mutualise::storage {

Statement::Statement(const QSqlDatabase& database, const QString& sql)
    : m_query(database)
{
    // Rows are read once, in order: without this every row read is also kept in a cache.
    m_query.setForwardOnly(true);
    m_isPrepared = m_query.prepare(sql);
}

Statement& Statement::bind(const QString& placeholder, const QVariant& value)
{
    // A null QString would be stored as NULL; text columns hold '' instead. NULL is bound with QVariant().
    if (value.typeId() == QMetaType::QString && value.toString().isNull())
        m_query.bindValue(placeholder, QStringLiteral(""));
    else
        m_query.bindValue(placeholder, value);
    return *this;
}

domain::Outcome Statement::exec()
{
    if (!m_isPrepared || !m_query.exec())
        return databaseError(m_query.lastError());
    return domain::ok();
}

domain::Result<qint64> Statement::insertReturningId()
{
    if (auto done = exec(); !done)
        return done.error();
    Q_ASSERT_X(m_query.isSelect(), "Statement::insertReturningId", "the INSERT needs RETURNING id");
    if (!m_query.next()) {
        if (m_query.lastError().isValid())
            return databaseError(m_query.lastError());
        return domain::Error { QCoreApplication::translate("MutualFile",
                                                           "The database stored the row but did not say "
                                                           "which number it gave it."),
                               QStringLiteral("database"),
                               {} };
    }
    const qint64 id = m_query.value(0).toLongLong();
    return id;
}

domain::Error databaseError(const QSqlError& error)
{
    return domain::Error { QCoreApplication::translate("MutualFile", "The database reported an error: %1")
                               .arg(error.databaseText().isEmpty() ? error.text() : error.databaseText()),
                           QStringLiteral("database"),
                           {} };
}

int primaryResultCode(const QSqlError& error)
{
    bool isNumber = false;
    const int code = error.nativeErrorCode().toInt(&isNumber);
    return isNumber ? (code & 0xff) : 0;
}

QVariant dateValue(const QDate& date)
{
    if (!date.isValid())
        return QVariant();
    return date.toString(Qt::ISODate);
}

QDate dateFrom(const QVariant& value)
{
    if (value.isNull())
        return QDate();
    return QDate::fromString(value.toString(), Qt::ISODate);
}

QString nowUtcText()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QDateTime momentFrom(const QVariant& value)
{
    if (value.isNull())
        return {};
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

QVariant idValue(const std::optional<qint64>& id)
{
    return id ? QVariant(*id) : QVariant();
}

std::optional<qint64> idFrom(const QVariant& value)
{
    return value.isNull() ? std::nullopt : std::optional(value.toLongLong());
}

domain::Outcome execPlain(const QSqlDatabase& database, const QString& sql)
{
    QSqlQuery query(database);
    if (!query.exec(sql))
        return databaseError(query.lastError());
    return domain::ok();
}

QString sqlLower(const QString& text)
{
    QString folded = text;
    for (QChar& c : folded) {
        if (c >= u'A' && c <= u'Z')
            c = QChar(c.unicode() + (u'a' - u'A'));
    }
    return folded;
}

domain::Error errorOnLine(const domain::Error& error, int line, const QString& field)
{
    if (line <= 0)
        return domain::Error { error.message, error.rule, field };
    return domain::Error {
        QCoreApplication::translate("Statement", "Line %1: %2").arg(line).arg(error.message), error.rule,
        QString::number(line)
    };
}

qint64 limitValue(qint64 limit)
{
    return limit < 0 ? std::numeric_limits<qint64>::max() : limit;
}

QString splitSum(const QString& expression, const QString& name)
{
    if (name.isEmpty())
        return QStringLiteral("COALESCE(SUM(%1 / 1000000000), 0), COALESCE(SUM(%1 % 1000000000), 0)")
            .arg(expression);
    return QStringLiteral(
               "COALESCE(SUM(%1 / 1000000000), 0) AS %2_high, COALESCE(SUM(%1 % 1000000000), 0) AS "
               "%2_low")
        .arg(expression, name);
}

std::optional<qint64> joinedSum(const Statement& query, int column)
{
    constexpr qint64 sumSplit = 1'000'000'000;
    qint64 total = 0;
    if (qMulOverflow(query.value(column).toLongLong(), sumSplit, &total)
        || qAddOverflow(total, query.value(column + 1).toLongLong(), &total))
        return std::nullopt;
    return total;
}

} // namespace mutualise::storage
