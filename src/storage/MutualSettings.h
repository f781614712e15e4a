#pragma once

#include "domain/Mutual.h"

#include <QJsonObject>
#include <QSqlDatabase>

namespace mutualise::storage {

// The mutual's settings (the single row of table "mutual"), written when a file is created; read and
// updated through MutualFile::readMutual() and MutualFile::updateMutual().

domain::Outcome insertMutualSettings(const QSqlDatabase& database, const domain::Mutual& mutual);

// The settings as the audit trail records them.
QJsonObject mutualToJson(const domain::Mutual& mutual);

} // namespace mutualise::storage
