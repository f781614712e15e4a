#include "MutualFile.h"

#include "AuditLog.h"
#include "FileErrors.h"
#include "MemberClassInsert.h"
#include "Migrations.h"
#include "MutualSettings.h"
#include "RowDigest.h"
#include "Statement.h"
#include "WorkingFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QtEndian>

#include <atomic>
#include <unistd.h>

namespace mutualise::storage {

namespace {

// PRAGMA application_id of every Mutualise file: "MUTL".
constexpr qint64 mutualiseApplicationId = 0x4D55544C;

QString newConnectionName()
{
    static std::atomic<int> counter { 0 };
    return QStringLiteral("mutualise-%1").arg(++counter);
}

// Closes and forgets a connection when it goes out of scope; every QSqlDatabase and QSqlQuery using it
// must be gone by then, so declare it before them.
class ConnectionScope
{
public:
    explicit ConnectionScope(QString name)
        : m_name(std::move(name))
    { }
    ~ConnectionScope()
    {
        {
            QSqlDatabase database = QSqlDatabase::database(m_name, false);
            database.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    ConnectionScope(const ConnectionScope&) = delete;
    ConnectionScope& operator=(const ConnectionScope&) = delete;
    const QString& name() const { return m_name; }

private:
    QString m_name;
};

Result<qint64> pragmaValue(const QSqlDatabase& database, const QString& pragma)
{
    QSqlQuery query(database);
    if (!query.exec(QStringLiteral("PRAGMA %1").arg(pragma)))
        return databaseError(query.lastError());
    if (!query.next())
        return databaseError(query.lastError());
    return query.value(0).toLongLong();
}

// The 100-byte SQLite header, read by hand so that a file we refuse is never handed to SQLite: not
// even a read-only connection, which would create a -shm file beside a foreign database in WAL mode.
// Mutualise writes its application id when it creates a file and folds the log into the file before
// anyone else can open it, so the id in the header is always current for one of ours.
Result<QByteArray> sqliteHeader(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return readOnly(path);
    const QByteArray header = file.read(100);
    static const QByteArray magic("SQLite format 3\0", 16);
    if (header.size() < 100 || !header.startsWith(magic))
        return notAMutual(path);
    constexpr int applicationIdOffset = 68; // a big-endian 32-bit integer
    const auto applicationId = qFromBigEndian<quint32>(header.constData() + applicationIdOffset);
    if (applicationId != mutualiseApplicationId)
        return notAMutual(path);
    return header;
}

struct Inspection
{
    qint64 applicationId = 0;
    int userVersion = 0;
};

// Reads the file through a read-only connection. When no write-ahead log exists the file is read as
// immutable, so SQLite creates no -wal or -shm file beside one we may refuse.
Result<Inspection> inspect(const QString& path)
{
    const ConnectionScope scope(newConnectionName());
    QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), scope.name());
    QString uri = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toString(QUrl::FullyEncoded);
    if (!QFileInfo::exists(path + QStringLiteral("-wal")))
        uri += QStringLiteral("?immutable=1");
    database.setDatabaseName(uri);
    database.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
    if (!database.open())
        return openingError(database.lastError(), path);

    Inspection inspection;
    QSqlQuery query(database);
    if (!query.exec(QStringLiteral("PRAGMA application_id")) || !query.next()) {
        const Error error = openingError(query.lastError(), path);
        return error.rule == QStringLiteral("database") ? corrupt(path) : error;
    }
    inspection.applicationId = query.value(0).toLongLong();
    if (inspection.applicationId != mutualiseApplicationId)
        return notAMutual(path);

    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return openingError(query.lastError(), path);
    inspection.userVersion = query.value(0).toInt();
    if (inspection.userVersion > MutualFile::latestSchemaVersion()) {
        return Error { QCoreApplication::translate(
                           "MutualFile",
                           "“%1” was made by a newer version of Mutualise (file version "
                           "%2; this program reads up to version %3). Install a newer "
                           "Mutualise to open it.")
                           .arg(QDir::toNativeSeparators(path))
                           .arg(inspection.userVersion)
                           .arg(MutualFile::latestSchemaVersion()),
                       QStringLiteral("newer-version"),
                       {} };
    }

    if (!query.exec(QStringLiteral("PRAGMA quick_check"))) {
        const Error error = openingError(query.lastError(), path);
        return error.rule == QStringLiteral("database") ? corrupt(path) : error;
    }
    if (!query.next() || query.value(0).toString() != QStringLiteral("ok"))
        return corrupt(path);
    return inspection;
}

bool isFolderWritable(const QString& folder)
{
    return ::access(QFile::encodeName(folder).constData(), W_OK) == 0;
}

// access() answers for the person running the program, but always yes for root; the write bits say
// what the owner meant, so a file marked read-only is treated as read-only by everyone.
bool isWritable(const QString& path)
{
    const QByteArray file = QFile::encodeName(path);
    const QByteArray folder = QFile::encodeName(QFileInfo(path).absolutePath());
    constexpr auto anyWrite = QFileDevice::WriteOwner | QFileDevice::WriteGroup | QFileDevice::WriteOther;
    const bool isMarkedWritable = (QFileInfo(path).permissions() & anyWrite) != 0;
    return isMarkedWritable && ::access(file.constData(), W_OK) == 0
        && ::access(folder.constData(), W_OK) == 0;
}

QByteArray compactJson(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

MutualFile::MutualFile(QString path, QString connectionName, QString actor)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
    , m_actor(std::move(actor))
{ }

MutualFile::~MutualFile()
{
    m_rowChanges.reset(); // before its connection closes
    {
        QSqlDatabase database = QSqlDatabase::database(m_connectionName, false);
        database.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

int MutualFile::latestSchemaVersion()
{
    return latestMigrationVersion();
}

QString MutualFile::currentActor()
{
    for (const char* variable : { "USER", "USERNAME", "LOGNAME" }) {
        const QString name = qEnvironmentVariable(variable);
        if (!name.isEmpty())
            return name;
    }
    return QCoreApplication::translate("MutualFile", "unknown user");
}

bool MutualFile::clearWriteAheadLog()
{
    if (m_isInTransaction || isReadOnly())
        return false;
    QSqlQuery query(connection());
    // The result row is (busy, log frames, frames checkpointed); busy is 0 when the log was emptied.
    return query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")) && query.next()
        && query.value(0).toInt() == 0;
}

QSqlDatabase MutualFile::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int MutualFile::schemaVersion() const
{
    const auto version = pragmaValue(connection(), QStringLiteral("user_version"));
    return version ? static_cast<int>(*version) : 0;
}

namespace {

Result<QSqlDatabase> connectReadWrite(const QString& path, const QString& connectionName)
{
    QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
    database.setDatabaseName(path);
    database.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=2000"));
    if (!database.open())
        return openingError(database.lastError(), path);
    if (auto done = execPlain(database, QStringLiteral("PRAGMA foreign_keys = ON")); !done)
        return done.error();
    // A change is on the disk, log and all, before the program says it is recorded: a power cut then
    // loses nothing reported as done. SQLite's default in write-ahead mode (NORMAL) may lose the last
    // commits; a library built with other defaults must not decide this for a ledger.
    if (auto done = execPlain(database, QStringLiteral("PRAGMA synchronous = FULL")); !done)
        return done.error();
    // Temporary tables and statement journals (an INSERT ... RETURNING keeps one) stay in memory
    // rather than in files written and removed for every row.
    if (auto done = execPlain(database, QStringLiteral("PRAGMA temp_store = MEMORY")); !done)
        return done.error();
    return database;
}

// Takes and releases the write lock, so that a file another program is writing is refused now rather
// than at the first change.
Outcome probeWriteLock(const QSqlDatabase& database, const QString& path)
{
    QSqlQuery query(database);
    if (!query.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return openingError(query.lastError(), path);
    if (!query.exec(QStringLiteral("ROLLBACK")))
        return databaseError(query.lastError());
    return domain::ok();
}

bool isMarkedReadOnlyForEveryone(const QString& path)
{
    constexpr auto anyWrite = QFileDevice::WriteOwner | QFileDevice::WriteGroup | QFileDevice::WriteOther;
    return (QFileInfo(path).permissions() & anyWrite) == 0;
}

Result<QSqlDatabase> connectReadOnly(const QString& path, const QString& connectionName)
{
    // A file we may write is read through an ordinary connection that refuses every change: closing it
    // folds the log back into the file and removes the -wal and -shm files, as a writer's would.
    if (isWritable(path)) {
        auto database = connectReadWrite(path, connectionName);
        if (!database)
            return database;
        if (auto done = execPlain(*database, QStringLiteral("PRAGMA query_only = ON")); !done)
            return done.error();
        return database;
    }
    QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
    QString uri = QUrl::fromLocalFile(path).toString(QUrl::FullyEncoded);
    // Nobody can change a file marked read-only for everyone; and in a folder we cannot write, SQLite
    // could not make the -shm file a reader of the log needs, so a listing would fail with "attempt to
    // write a readonly database". With no log beside it, such a file is read as immutable: SQLite then
    // neither writes nor locks anything. Otherwise its owner may be writing it: read through the log.
    const bool canMakeCompanions = isFolderWritable(QFileInfo(path).absolutePath());
    if ((isMarkedReadOnlyForEveryone(path) || !canMakeCompanions)
        && !QFileInfo::exists(path + QStringLiteral("-wal")))
        uri += QStringLiteral("?immutable=1");
    database.setDatabaseName(uri);
    database.setConnectOptions(
        QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI;QSQLITE_BUSY_TIMEOUT=2000"));
    if (!database.open())
        return openingError(database.lastError(), path);
    return database;
}

Error needsUpgrade(const QString& path)
{
    return Error { QCoreApplication::translate("MutualFile",
                                               "“%1” was made by an older version of Mutualise and must be "
                                               "upgraded before it can be read: open it once for writing, "
                                               "in the window or with a command that changes it.")
                       .arg(QDir::toNativeSeparators(path)),
                   QStringLiteral("needs-upgrade"),
                   {} };
}

} // namespace

Result<std::unique_ptr<MutualFile>> MutualFile::openForReading(const QString& path, const QString& actor)
{
    return open(path, actor, Access::ReadOnly);
}

Result<std::unique_ptr<MutualFile>> MutualFile::open(const QString& path, const QString& actor, Access access)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        return Error { QCoreApplication::translate("MutualFile", "There is no file “%1”.")
                           .arg(QDir::toNativeSeparators(path)),
                       QStringLiteral("not-found"),
                       {} };
    }
    if (!info.isFile())
        return notAMutual(path);
    if (auto header = sqliteHeader(path); !header)
        return header.error();
    const auto inspection = inspect(path);
    if (!inspection)
        return inspection.error();
    const QString absolutePath = info.absoluteFilePath();
    const int version = inspection->userVersion;
    std::unique_ptr<MutualFile> file(new MutualFile(absolutePath, newConnectionName(), actor));
    file->m_access = access;
    if (access == Access::ReadOnly) {
        if (version < latestSchemaVersion())
            return needsUpgrade(path);
        const auto database = connectReadOnly(absolutePath, file->m_connectionName);
        if (!database)
            return database.error();
        if (auto loaded = file->loadMutual(); !loaded)
            return loaded.error();
        return file;
    }

    if (!isWritable(path))
        return readOnly(path);
    const auto database = connectReadWrite(absolutePath, file->m_connectionName);
    if (!database)
        return database.error();
    if (auto probed = probeWriteLock(*database, absolutePath); !probed)
        return probed.error();
    if (version < latestSchemaVersion()) {
        // The upgrade is a change like any other: its audit entry commits with it.
        // Migrations may rebuild tables, so the upgraded file's tables are recorded whole.
        const auto recordUpgrade = [&file, version]() -> Outcome {
            file->m_isInTransaction = true;
            file->m_isRecordingWhole = true;
            const Outcome recorded = file->audit(
                QStringLiteral("file.upgrade"), QStringLiteral("mutual"), QFileInfo(file->path()).fileName(),
                QJsonObject { { QStringLiteral("schemaVersion"), version } },
                QJsonObject { { QStringLiteral("schemaVersion"), latestSchemaVersion() } });
            file->m_isInTransaction = false;
            file->m_isRecordingWhole = false;
            return recorded;
        };
        if (auto upgraded = upgrade(*database, absolutePath, version, recordUpgrade); !upgraded)
            return upgraded.error();
    }
    if (auto loaded = file->loadMutual(); !loaded)
        return loaded.error();
    if (auto watched = file->watchRowChanges(); !watched)
        return watched.error();
    return file;
}

Result<std::unique_ptr<MutualFile>> MutualFile::create(const QString& path, const domain::Mutual& mutual,
                                                       const QList<domain::MemberClass>& classes,
                                                       const QString& actor)
{
    if (QFileInfo::exists(path)) {
        return Error { QCoreApplication::translate("MutualFile", "“%1” already exists; choose another name.")
                           .arg(QDir::toNativeSeparators(path)),
                       QStringLiteral("exists"),
                       {} };
    }
    if (auto valid = domain::validateMutual(mutual); !valid)
        return valid.error();
    if (auto valid = domain::validateMemberClasses(classes); !valid)
        return valid.error();

    const QString absolutePath = QFileInfo(path).absoluteFilePath();
    const QString folder = QFileInfo(absolutePath).absolutePath();
    if (!QFileInfo(folder).isDir()) {
        return Error { QCoreApplication::translate("MutualFile",
                                                   "The folder “%1” does not exist; choose a folder that "
                                                   "does, or create it first.")
                           .arg(QDir::toNativeSeparators(folder)),
                       QStringLiteral("not-found"),
                       {} };
    }
    if (!isFolderWritable(folder))
        return readOnly(path);
    const QString partPath = claimWorkingPath(absolutePath);
    if (partPath.isEmpty())
        return readOnly(path);

    auto build = [&]() -> Outcome {
        MutualFile building(partPath, newConnectionName(), actor);
        const auto database = connectReadWrite(partPath, building.m_connectionName);
        if (!database)
            return database.error();
        if (auto done = useWriteAheadLog(*database); !done)
            return done;
        if (auto done
            = execPlain(*database, QStringLiteral("PRAGMA application_id = %1").arg(mutualiseApplicationId));
            !done)
            return done;
        if (auto done = migrate(*database, 0); !done)
            return done;
        return building.inTransaction([&]() -> Outcome {
            if (auto done = insertMutualSettings(*database, mutual); !done)
                return done;
            MemberClassInsert insertClass(*database);
            QJsonArray storedClasses;
            for (domain::MemberClass memberClass : classes) {
                const auto id = insertClass.insert(memberClass);
                if (!id)
                    return id.error();
                memberClass.id = *id;
                storedClasses.append(memberClassToJson(memberClass));
            }
            QJsonObject after = mutualToJson(mutual);
            after.insert(QStringLiteral("classes"), storedClasses);
            building.m_isRecordingWhole = true;
            return building.audit(QStringLiteral("mutual.create"), QStringLiteral("mutual"), mutual.name, {},
                                  after);
        });
    };
    if (auto built = build(); !built) {
        removeWithCompanions(partPath);
        return built.error();
    }
    // The building connection is closed: SQLite has folded the log into the file and removed it.
    if (!QFile::rename(partPath, absolutePath)) {
        removeWithCompanions(partPath);
        return Error { QCoreApplication::translate("MutualFile", "“%1” already exists; choose another name.")
                           .arg(QDir::toNativeSeparators(path)),
                       QStringLiteral("exists"),
                       {} };
    }
    return open(absolutePath, actor);
}

Outcome MutualFile::settleActor()
{
    if (!m_actorQuestion)
        return domain::ok();
    // The question's dialog runs the window's events, and one of them may try another change: it waits
    // for the answer to the first.
    if (m_isAskingActor)
        return Error { QCoreApplication::translate("MutualFile",
                                                   "Nothing was changed: the program is still asking who "
                                                   "is making changes."),
                       QStringLiteral("cancelled"),
                       {} };
    m_isAskingActor = true;
    const Result<QString> answer = m_actorQuestion();
    m_isAskingActor = false;
    if (!answer)
        return answer.error();
    m_actor = *answer;
    m_actorQuestion = {};
    return domain::ok();
}

Outcome MutualFile::inTransaction(const std::function<Outcome()>& work)
{
    Q_ASSERT_X(!m_isInTransaction, "MutualFile::inTransaction", "transactions do not nest");
    if (isReadOnly())
        return readOnly(m_path);
    if (auto settled = settleActor(); !settled)
        return settled;
    const QSqlDatabase database = connection();
    {
        QSqlQuery begin(database);
        if (!begin.exec(QStringLiteral("BEGIN IMMEDIATE")))
            return openingError(begin.lastError(), m_path);
    }
    m_isInTransaction = true;
    Outcome outcome = work();
    if (outcome && m_rowChanges && !m_rowChanges->isEmpty()) {
        // Rows written after the change's last audit entry, which should have been written before it:
        // recorded in an entry of their own rather than left for verification to find unexplained.
        Q_ASSERT_X(false, "MutualFile::inTransaction", "rows written after the last audit entry");
        outcome = audit(QStringLiteral("file.change"), QStringLiteral("mutual"), m_mutual.name, {}, {});
    }
    m_isInTransaction = false;
    m_isRecordingWhole = false;
    // The chain's head and the statement that extends it belong to this transaction alone.
    m_auditHead.clear();
    m_auditInsert.reset();
    if (outcome) {
        QSqlQuery commit(database);
        if (commit.exec(QStringLiteral("COMMIT")))
            return outcome;
        outcome = openingError(commit.lastError(), m_path);
    }
    QSqlQuery rollback(database);
    rollback.exec(QStringLiteral("ROLLBACK"));
    if (m_rowChanges)
        m_rowChanges->discard();
    return outcome;
}

Outcome MutualFile::watchRowChanges()
{
    auto changes = std::make_unique<RowChanges>(connection());
    if (!changes->isActive())
        return domain::ok();
    if (auto read = changes->readSchema(connection()); !read)
        return read;
    m_rowChanges = std::move(changes);
    return domain::ok();
}

Result<QByteArray> MutualFile::rowsJsonForEntry()
{
    if (m_isRecordingWhole) {
        m_isRecordingWhole = false;
        const auto digests = digestTables(connection());
        if (!digests)
            return digests.error();
        if (m_rowChanges)
            m_rowChanges->discard();
        return compactJson(tableDigestsToJson(*digests, true));
    }
    if (!m_rowChanges || m_rowChanges->isEmpty())
        return QByteArray();
    return compactJson(tableDigestsToJson(m_rowChanges->take(), false));
}

QString MutualFile::recordingTimeText() const
{
    return m_pinnedTime.isValid() ? m_pinnedTime.toUTC().toString(Qt::ISODateWithMs) : nowUtcText();
}

Outcome MutualFile::audit(const QString& action, const QString& entity, const QString& entityKey,
                          const QJsonObject& before, const QJsonObject& after)
{
    Q_ASSERT_X(m_isInTransaction, "MutualFile::audit", "audit entries belong to a transaction");
    // The head is read once a transaction, which holds the only write lock: an import that audits each
    // of many rows neither reads it again nor prepares the insert again for each.
    if (m_auditHead.isEmpty()) {
        Statement last(connection(), QStringLiteral("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1"));
        if (auto done = last.exec(); !done)
            return done;
        m_auditHead = last.next() ? last.value(0).toString() : QString(64, u'0');
    }
    if (!m_auditInsert)
        m_auditInsert = std::make_unique<Statement>(
            connection(),
            QStringLiteral("INSERT INTO audit_log (at, actor, action, entity, entity_key, before_json, "
                           "after_json, previous_hash, hash, rows_json) VALUES (:at, :actor, :action, "
                           ":entity, :entity_key, :before, :after, :previous, :hash, :rows)"));
    const QString at = nowUtcText();
    const QByteArray beforeJson = compactJson(before);
    const QByteArray afterJson = compactJson(after);
    const auto rowsJson = rowsJsonForEntry();
    if (!rowsJson)
        return rowsJson.error();
    const QString hash
        = auditHash(m_auditHead, at, m_actor, action, entity, entityKey, beforeJson, afterJson, *rowsJson);
    m_auditInsert->bind(QStringLiteral(":at"), at)
        .bind(QStringLiteral(":actor"), m_actor)
        .bind(QStringLiteral(":action"), action)
        .bind(QStringLiteral(":entity"), entity)
        .bind(QStringLiteral(":entity_key"), entityKey)
        .bind(QStringLiteral(":before"), QString::fromUtf8(beforeJson))
        .bind(QStringLiteral(":after"), QString::fromUtf8(afterJson))
        .bind(QStringLiteral(":previous"), m_auditHead)
        .bind(QStringLiteral(":hash"), hash)
        .bind(QStringLiteral(":rows"), QString::fromUtf8(*rowsJson));
    if (auto done = m_auditInsert->exec(); !done)
        return done;
    m_auditHead = hash;
    return domain::ok();
}

qint64 MutualFile::dataVersion() const
{
    const auto version = pragmaValue(connection(), QStringLiteral("data_version"));
    return version ? *version : 0;
}

} // namespace mutualise::storage
