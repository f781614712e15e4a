#pragma once

#include "domain/Error.h"

#include <QSqlDatabase>
#include <QString>

#include <functional>

namespace mutualise::storage {

// The schema is built and upgraded by numbered migrations (resources/migrations/NNNN_name.sql), the file
// recording the last one applied in PRAGMA user_version.

// The number of the newest migration: the schema version this program writes.
int latestMigrationVersion();

// Applies every migration newer than `fromVersion`, all in one transaction; `beforeCommit`, when given,
// runs last inside it (to record the upgrade in the audit trail).
domain::Outcome migrate(const QSqlDatabase& database, int fromVersion,
                        const std::function<domain::Outcome()>& beforeCommit = {});

// Upgrades a file of schema `version` at `path` after copying it beside itself; the copy is removed
// again if the upgrade fails, leaving the file as it was (rule "upgrade-failed").
domain::Outcome upgrade(const QSqlDatabase& database, const QString& path, int version,
                        const std::function<domain::Outcome()>& recordUpgrade);

} // namespace mutualise::storage
