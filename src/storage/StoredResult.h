#pragma once

#include "domain/Error.h"

#include <QJsonObject>
#include <QSqlDatabase>

namespace mutualise::storage {

// What closing a motion or an election stored as its declared result.
enum class CountedVote
{
    Motion,
    Election,
};

domain::Result<QJsonObject> storedResult(const QSqlDatabase& database, CountedVote vote, qint64 id);

} // namespace mutualise::storage
