#include "StoredResult.h"

#include "Statement.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace mutualise::storage {

domain::Result<QJsonObject> storedResult(const QSqlDatabase& database, CountedVote vote, qint64 id)
{
    Statement query(database,
                    vote == CountedVote::Motion
                        ? QStringLiteral("SELECT result_json FROM motions WHERE id = :id")
                        : QStringLiteral("SELECT result_json FROM elections WHERE id = :id"));
    query.bind(QStringLiteral(":id"), id);
    if (auto done = query.exec(); !done)
        return done.error();
    if (!query.next())
        return databaseError(query.lastError());
    return QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object();
}

QStringList workingOf(const QJsonObject& result)
{
    QStringList working;
    for (const QJsonValue& line : result.value(QStringLiteral("working")).toArray())
        working.append(line.toString());
    return working;
}

} // namespace mutualise::storage
