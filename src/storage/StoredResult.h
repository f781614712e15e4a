#pragma once

#include "domain/Error.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QStringList>

namespace mutualise::storage {

// What closing a motion or an election stored as its declared result.
enum class CountedVote
{
    Motion,
    Election,
};

domain::Result<QJsonObject> storedResult(const QSqlDatabase& database, CountedVote vote, qint64 id);

// The count in sentences, as a result's "working" array holds them.
QStringList workingOf(const QJsonObject& result);

} // namespace mutualise::storage
