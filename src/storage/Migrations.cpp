#include "Migrations.h"

#include "FileErrors.h"
#include "Statement.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlQuery>

namespace mutualise::storage {

using domain::Error;
using domain::Outcome;
using domain::Result;

namespace {

struct Migration
{
    int version = 0;
    QString resource;
};

QList<Migration> migrations()
{
    static const QList<Migration> list = [] {
        QList<Migration> found;
        static const QRegularExpression pattern(QStringLiteral("^(\\d{4})_.*\\.sql$"));
        const QDir folder(QStringLiteral(":/migrations"));
        for (const QString& name : folder.entryList({ QStringLiteral("*.sql") }, QDir::Files, QDir::Name)) {
            const QRegularExpressionMatch match = pattern.match(name);
            if (match.hasMatch())
                found.append({ match.captured(1).toInt(), folder.filePath(name) });
        }
        return found;
    }();
    return list;
}

// Splits a migration into statements: each ends with ';' at the end of a line, except inside a
// trigger body, which ends with "END;".
QStringList statementsOf(const QString& script)
{
    QStringList statements;
    QString current;
    bool isInTrigger = false;
    for (const QString& line : script.split(u'\n')) {
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(QStringLiteral("--")))
            continue;
        if (current.isEmpty())
            isInTrigger = trimmed.startsWith(QStringLiteral("CREATE TRIGGER"), Qt::CaseInsensitive);
        current += line + u'\n';
        const bool isEnd = isInTrigger ? trimmed.compare(QStringLiteral("END;"), Qt::CaseInsensitive) == 0
                                       : trimmed.endsWith(u';');
        if (isEnd) {
            statements.append(current.trimmed());
            current.clear();
        }
    }
    Q_ASSERT(current.trimmed().isEmpty());
    return statements;
}

QString backupPathFor(const QString& path, int version)
{
    const QFileInfo info(path);
    QString candidate;
    for (int attempt = 1;; ++attempt) {
        const QString suffix = attempt == 1 ? QString() : QStringLiteral("-%1").arg(attempt);
        candidate = info.dir().filePath(QStringLiteral("%1.before-upgrade-%2%3.mutual")
                                            .arg(info.completeBaseName())
                                            .arg(version)
                                            .arg(suffix));
        if (!QFileInfo::exists(candidate))
            return candidate;
    }
}

// Copies the file beside itself before an upgrade, after moving the write-ahead log into it; returns
// the copy's path.
Result<QString> backUpBeforeUpgrade(const QSqlDatabase& database, const QString& path, int version)
{
    QSqlQuery query(database);
    if (!query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")) || !query.next())
        return openingError(query.lastError(), path);
    if (query.value(0).toInt() != 0)
        return locked(path);
    query.finish();
    const QString backup = backupPathFor(path, version);
    if (!QFile::copy(path, backup)) {
        return Error { QCoreApplication::translate(
                           "MutualFile", "Could not make the backup copy “%1” before upgrading the file.")
                           .arg(QDir::toNativeSeparators(backup)),
                       QStringLiteral("read-only"),
                       {} };
    }
    return backup;
}

} // namespace

int latestMigrationVersion()
{
    const QList<Migration> all = migrations();
    return all.isEmpty() ? 0 : all.constLast().version;
}

Outcome migrate(const QSqlDatabase& database, int fromVersion, const std::function<Outcome()>& beforeCommit)
{
    if (auto begun = execPlain(database, QStringLiteral("BEGIN IMMEDIATE")); !begun)
        return begun;
    auto applyAll = [&]() -> Outcome {
        for (const Migration& migration : migrations()) {
            if (migration.version <= fromVersion)
                continue;
            QFile file(migration.resource);
            if (!file.open(QIODevice::ReadOnly))
                return Error { QCoreApplication::translate("MutualFile", "A database migration is missing."),
                               QStringLiteral("database"),
                               {} };
            for (const QString& statement : statementsOf(QString::fromUtf8(file.readAll()))) {
                if (auto done = execPlain(database, statement); !done)
                    return done;
            }
            // The version is our own integer: PRAGMA takes no bound values.
            if (auto done
                = execPlain(database, QStringLiteral("PRAGMA user_version = %1").arg(migration.version));
                !done)
                return done;
        }
        if (beforeCommit) {
            if (auto done = beforeCommit(); !done)
                return done;
        }
        return execPlain(database, QStringLiteral("COMMIT"));
    };
    const Outcome applied = applyAll();
    if (!applied)
        execPlain(database, QStringLiteral("ROLLBACK"));
    return applied;
}

Outcome upgrade(const QSqlDatabase& database, const QString& path, int version,
                const std::function<Outcome()>& recordUpgrade)
{
    const auto backup = backUpBeforeUpgrade(database, path, version);
    if (!backup)
        return backup.error();
    if (auto migrated = migrate(database, version, recordUpgrade); !migrated) {
        // The file is as it was, so the copy would only be clutter (and one more on every retry).
        QFile::remove(*backup);
        return Error { QCoreApplication::translate("MutualFile",
                                                   "“%1” could not be upgraded to this version of "
                                                   "Mutualise and has not been changed. The database "
                                                   "said: %2")
                           .arg(QDir::toNativeSeparators(path), migrated.error().message),
                       QStringLiteral("upgrade-failed"),
                       {} };
    }
    return domain::ok();
}

} // namespace mutualise::storage
