#pragma once

#include "domain/Error.h"

#include <QSqlError>
#include <QString>

namespace mutualise::storage {

// The errors met opening, reading and writing a file, each a rule a person can act on (see
// MutualFile.h): "not-a-mutual", "corrupt", "read-only", "locked".
domain::Error notAMutual(const QString& path);
domain::Error corrupt(const QString& path);
domain::Error readOnly(const QString& path);
domain::Error locked(const QString& path);

// Maps SQLite's error to one of those, or to "database" with SQLite's message.
domain::Error openingError(const QSqlError& error, const QString& path);

} // namespace mutualise::storage
