#include "SampleMutual.h"
#include "storage/AuditLog.h"
#include "storage/ElectionRepository.h"
#include "storage/MeetingRepository.h"
#include "storage/MemberRepository.h"
#include "storage/MutualFile.h"
#include "storage/ShareLedgerRepository.h"

#include <QDir>
#include <QProcess>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace mutualise;
using storage::MutualFile;

class TestMutualFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createThenReopenReadsSettingsBack();
    void createRefusesAnExistingFile();
    void createRefusesAnInvalidMutual();
    void createRefusesClassesNamedAlike();
    void createInAReadOnlyFolderLeavesNothing();
    void openRefuses_data();
    void openRefuses();
    void openMigratesAnOlderSchemaAfterABackup();
    void failedUpgradeLeavesNoBackup();
    void openMigratesPapersToWeights();
    void openMigratesTheLedgerToMoney();
    void openMigratesToOpenData();
    void openForReadingAReadOnlyFile();
    void openForReadingLeavesNothingBehind();
    void openForReadingInAFolderNobodyMayWrite();
    void createLeavesAFileNamedLikeItsWorkingFileAlone();
    void openForReadingWhileAnotherProgramWrites();
    void openForReadingRefusesAnOlderSchema();
    void createInAMissingFolder();
    void transactionRollsBackWhenWorkFails();
    void updateMutualIsAudited();
    void currencyAndNominalAreFixedOnceCapitalIsRecorded();
    void dataVersionChangesAfterAnotherConnectionCommits();
    void eachFileHasItsOwnConnection();

private:
    QString writeBytes(const QString& name, const QByteArray& bytes);
    QString newMutualPath(const QString& name);
    void setImmutable(const QString& path, bool isImmutable);
    static void writeForeignDatabaseWithLog(const QString& folder, const QString& path);
    QString olderSchemaPath(const QString& name);
    static QString papersOfSchema3(const QString& path);
    static QString moneyOfSchema4(const QString& path);

    QTemporaryDir m_folder;
};

QString TestMutualFile::writeBytes(const QString& name, const QByteArray& bytes)
{
    const QString path = m_folder.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(bytes);
    return path;
}

QString TestMutualFile::newMutualPath(const QString& name)
{
    const QString path = m_folder.filePath(name);
    auto file = sample::createFile(path);
    return file ? path : QString();
}

// Root ignores permission bits, so a read-only file is made with the immutable attribute, which
// binds root too; anyone else gets ordinary permissions.
void TestMutualFile::setImmutable(const QString& path, bool isImmutable)
{
    if (::geteuid() == 0) {
        const int exitCode = QProcess::execute(
            QStringLiteral("chattr"), { isImmutable ? QStringLiteral("+i") : QStringLiteral("-i"), path });
        QCOMPARE(exitCode, 0);
        return;
    }
    const bool isFolder = QFileInfo(path).isDir();
    QFile::Permissions permissions
        = QFile::ReadOwner | QFile::ReadUser | (isFolder ? QFile::ExeOwner : QFile::Permissions());
    if (!isImmutable)
        permissions |= QFile::WriteOwner | QFile::WriteUser;
    QVERIFY(QFile::setPermissions(path, permissions));
}

// A database in WAL mode whose last connection has not folded its log back in: copied while a
// connection holds it open, the copy has a -wal and no -shm.
void TestMutualFile::writeForeignDatabaseWithLog(const QString& folder, const QString& path)
{
    const QString source = QDir(folder).filePath(QStringLiteral("source.db"));
    const QString name = QStringLiteral("foreign-wal");
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        database.setDatabaseName(source);
        QVERIFY(database.open());
        QSqlQuery query(database);
        QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode = WAL")));
        QVERIFY(query.exec(QStringLiteral("CREATE TABLE recipes (name TEXT)")));
        QVERIFY(query.exec(QStringLiteral("INSERT INTO recipes VALUES ('scones')")));
        QVERIFY(QFile::copy(source, path));
        QVERIFY(QFile::copy(source + QStringLiteral("-wal"), path + QStringLiteral("-wal")));
        database.close();
    }
    QSqlDatabase::removeDatabase(name);
    QCOMPARE(sample::leftovers(path), QStringList { path + QStringLiteral("-wal") });
}

// A Mutualise file taken back to schema version 1: no indexes, no append-only guards.
QString TestMutualFile::olderSchemaPath(const QString& name)
{
    const QString path = newMutualPath(name);
    if (path.isEmpty())
        return {};
    if (!moneyOfSchema4(path).isEmpty())
        return {};
    const QString error = sample::execRaw(
        path,
        { QStringLiteral("DROP TRIGGER share_entries_no_update"),
          QStringLiteral("DROP TRIGGER share_entries_no_delete"),
          QStringLiteral("DROP TRIGGER audit_log_no_update"),
          QStringLiteral("DROP TRIGGER audit_log_no_delete"), QStringLiteral("DROP INDEX members_by_name"),
          QStringLiteral("DROP INDEX members_by_status"), QStringLiteral("DROP INDEX members_by_class"),
          QStringLiteral("DROP INDEX members_by_admission"),
          QStringLiteral("DROP INDEX members_by_cessation"), QStringLiteral("DROP INDEX members_by_kind"),
          QStringLiteral("DROP INDEX members_by_folded_number"),
          QStringLiteral("DROP INDEX members_in_number_order"),
          QStringLiteral("DROP INDEX member_classes_by_folded_name"),
          QStringLiteral("DROP INDEX share_entries_by_member_date"),
          QStringLiteral("DROP INDEX share_entries_by_date"),
          QStringLiteral("DROP INDEX share_entries_by_movement"),
          QStringLiteral("DROP INDEX share_entries_by_kind"),
          // 0003: meetings and votes (their indexes and triggers go with the tables).
          QStringLiteral("DROP TABLE election_papers"), QStringLiteral("DROP TABLE election_voters"),
          QStringLiteral("DROP TABLE election_rolls"), QStringLiteral("DROP TABLE candidates"),
          QStringLiteral("DROP TABLE elections"), QStringLiteral("DROP TABLE secret_totals"),
          QStringLiteral("DROP TABLE secret_voters"), QStringLiteral("DROP TABLE ballots"),
          QStringLiteral("DROP TABLE voter_rolls"), QStringLiteral("DROP TABLE motion_class_shares"),
          QStringLiteral("DROP TABLE motions"), QStringLiteral("DROP TABLE proxies"),
          QStringLiteral("DROP TABLE attendance"), QStringLiteral("DROP TABLE meetings"),
          QStringLiteral("PRAGMA user_version = 1") });
    return error.isEmpty() ? path : QString();
}

void TestMutualFile::createThenReopenReadsSettingsBack()
{
    const QString path = m_folder.filePath(QStringLiteral("settings.mutual"));
    domain::Mutual mutual = sample::mutual();
    mutual.legalForm = domain::LegalForm::CommunityInterestCompany;
    mutual.nominalShareValue = 2500; // £25.00 a share
    mutual.financialYearStartMonth = 1;
    mutual.individualWithdrawableCap = 50'000'00;
    mutual.amountMayDifferFromNominal = true;
    {
        auto created = MutualFile::create(path, mutual, sample::classes(), QStringLiteral("secretary"));
        QVERIFY2(created.isOk(), qPrintable(created.isOk() ? QString() : created.error().message));
    }
    QVERIFY2(sample::leftovers(path).isEmpty(), qPrintable(sample::leftovers(path).join(u' ')));

    auto reopened = MutualFile::open(path, QStringLiteral("treasurer"));
    QVERIFY2(reopened.isOk(), qPrintable(reopened.isOk() ? QString() : reopened.error().message));
    MutualFile& file = *reopened.value();
    QCOMPARE(file.mutual(), mutual);
    QCOMPARE(file.schemaVersion(), MutualFile::latestSchemaVersion());
    QCOMPARE(file.actor(), QStringLiteral("treasurer"));
    QCOMPARE(file.path(), QFileInfo(path).absoluteFilePath());

    const auto classes = storage::MemberRepository(file).classes();
    QVERIFY(classes.isOk());
    QCOMPARE(classes->size(), 3);
    QList<domain::MemberClass> expected = sample::classes();
    for (qsizetype i = 0; i < expected.size(); ++i)
        expected[i].id = i + 1;
    QCOMPARE(*classes, expected);

    const auto entries = storage::AuditLog(file).entries();
    QVERIFY(entries.isOk());
    QCOMPARE(entries->size(), 1);
    QCOMPARE(entries->first().action, QStringLiteral("mutual.create"));
    QCOMPARE(entries->first().actor, QStringLiteral("secretary"));
    QCOMPARE(entries->first().after.value(QStringLiteral("name")).toString(), mutual.name);
    QCOMPARE(entries->first().previousHash, QString(64, u'0'));

    QSqlQuery query(file.connection());
    QVERIFY(query.exec(QStringLiteral("PRAGMA application_id")) && query.next());
    QCOMPARE(query.value(0).toLongLong(), 0x4D55544C);
    QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode")) && query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("wal"));
    QVERIFY(query.exec(QStringLiteral("PRAGMA foreign_keys")) && query.next());
    QCOMPARE(query.value(0).toInt(), 1);
}

void TestMutualFile::createRefusesAnExistingFile()
{
    const QString path = writeBytes(QStringLiteral("existing.mutual"), QByteArrayLiteral("precious notes\n"));
    const QByteArray before = sample::fingerprint(path);
    auto created = MutualFile::create(path, sample::mutual(), sample::classes(), QStringLiteral("secretary"));
    QVERIFY(!created.isOk());
    QCOMPARE(created.error().rule, QStringLiteral("exists"));
    QCOMPARE(sample::fingerprint(path), before);
    QVERIFY(sample::leftovers(path).isEmpty());
}

void TestMutualFile::createRefusesAnInvalidMutual()
{
    const QString path = m_folder.filePath(QStringLiteral("invalid.mutual"));
    domain::Mutual mutual = sample::mutual();
    mutual.nominalShareValue = 0; // a share must be worth something
    auto created = MutualFile::create(path, mutual, sample::classes(), QStringLiteral("secretary"));
    QVERIFY(!created.isOk());
    QVERIFY(!QFileInfo::exists(path));
    QVERIFY(sample::leftovers(path).isEmpty());
}

void TestMutualFile::createRefusesClassesNamedAlike()
{
    const QString path = m_folder.filePath(QStringLiteral("alike.mutual"));
    QList<domain::MemberClass> classes = sample::classes();
    classes.append(classes.constFirst());
    classes.last().name = classes.last().name.toLower(); // "founding council" beside "Founding council"
    auto created = MutualFile::create(path, sample::mutual(), classes, QStringLiteral("secretary"));
    QVERIFY(!created.isOk());
    QCOMPARE(created.error().rule, QStringLiteral("duplicate-class"));
    created = MutualFile::create(path, sample::mutual(), {}, QStringLiteral("secretary"));
    QVERIFY(!created.isOk());
    QCOMPARE(created.error().rule, QStringLiteral("no-classes"));
    QVERIFY(!QFileInfo::exists(path));
    QVERIFY(sample::leftovers(path).isEmpty());
}

void TestMutualFile::createInAReadOnlyFolderLeavesNothing()
{
    QTemporaryDir folder(m_folder.filePath(QStringLiteral("locked-folder-XXXXXX")));
    QVERIFY(folder.isValid());
    const QString path = folder.filePath(QStringLiteral("new.mutual"));
    setImmutable(folder.path(), true);
    auto created = MutualFile::create(path, sample::mutual(), sample::classes(), QStringLiteral("secretary"));
    setImmutable(folder.path(), false);
    QVERIFY(!created.isOk());
    QCOMPARE(created.error().rule, QStringLiteral("read-only"));
    QCOMPARE(QDir(folder.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), QStringList());
}

void TestMutualFile::openRefuses_data()
{
    QTest::addColumn<QString>("situation");
    QTest::addColumn<QString>("rule");

    QTest::newRow("missing file") << QStringLiteral("missing") << QStringLiteral("not-found");
    QTest::newRow("a folder") << QStringLiteral("folder") << QStringLiteral("not-a-mutual");
    QTest::newRow("text file") << QStringLiteral("text") << QStringLiteral("not-a-mutual");
    QTest::newRow("empty file") << QStringLiteral("empty") << QStringLiteral("not-a-mutual");
    QTest::newRow("PNG image") << QStringLiteral("png") << QStringLiteral("not-a-mutual");
    QTest::newRow("another SQLite database") << QStringLiteral("foreign") << QStringLiteral("not-a-mutual");
    QTest::newRow("SQLite header, garbage after") << QStringLiteral("truncated") << QStringLiteral("corrupt");
    QTest::newRow("newer version") << QStringLiteral("newer") << QStringLiteral("newer-version");
    QTest::newRow("damaged page") << QStringLiteral("corrupt") << QStringLiteral("corrupt");
    QTest::newRow("write lock held") << QStringLiteral("locked") << QStringLiteral("locked");
    QTest::newRow("read-only file") << QStringLiteral("read-only-file") << QStringLiteral("read-only");
    QTest::newRow("read-only folder") << QStringLiteral("read-only-folder") << QStringLiteral("read-only");
    // Marked read-only with chmod: refused even for root, whom the permission bits do not bind.
    QTest::newRow("file marked read-only") << QStringLiteral("chmod-file") << QStringLiteral("read-only");
    // Another program's database in WAL mode, with its log beside it but no -shm: refused from the
    // header alone, so SQLite never creates a -shm file beside it.
    QTest::newRow("another SQLite database with its log")
        << QStringLiteral("foreign-wal") << QStringLiteral("not-a-mutual");
}

void TestMutualFile::openRefuses()
{
    QFETCH(QString, situation);
    QFETCH(QString, rule);

    QTemporaryDir folder(m_folder.filePath(QStringLiteral("refuse-XXXXXX")));
    QVERIFY(folder.isValid());
    const QString path = folder.filePath(QStringLiteral("subject.mutual"));
    auto write = [&](const QByteArray& bytes) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    };
    const QString blocker = QStringLiteral("blocker");
    QString immutablePath;

    if (situation == QStringLiteral("folder")) {
        QVERIFY(QDir().mkpath(path));
    } else if (situation == QStringLiteral("text")) {
        write(QByteArrayLiteral("Minutes of the AGM, 12 June 2025\nPresent: ...\n"));
    } else if (situation == QStringLiteral("empty")) {
        write({});
    } else if (situation == QStringLiteral("png")) {
        write(QByteArray::fromHex("89504e470d0a1a0a0000000d49484452") + QByteArray(400, '\x07'));
    } else if (situation == QStringLiteral("truncated")) {
        // A valid header claiming a 4096-byte page, then nothing SQLite can read as a database.
        QVERIFY(sample::createFile(path) != nullptr);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.seek(100));
        file.write(QByteArray(4096 - 100, '\xee'));
    } else if (situation == QStringLiteral("foreign")) {
        QCOMPARE(sample::execRaw(path,
                                 { QStringLiteral("CREATE TABLE recipes (name TEXT)"),
                                   QStringLiteral("INSERT INTO recipes VALUES ('scones')") }),
                 QString());
    } else if (situation == QStringLiteral("newer")) {
        QVERIFY(sample::createFile(path) != nullptr);
        QCOMPARE(
            sample::execRaw(
                path,
                { QStringLiteral("PRAGMA user_version = %1").arg(MutualFile::latestSchemaVersion() + 1) }),
            QString());
    } else if (situation == QStringLiteral("corrupt")) {
        QVERIFY(sample::createFile(path) != nullptr);
        // Page 2 holds the root of the first table; garbage over the middle of it, header included,
        // is what a failing disk or a stray write leaves behind.
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.size() >= 3 * 4096);
        QVERIFY(file.seek(4096));
        file.write(QByteArray(2048, '\xa5'));
    } else if (situation == QStringLiteral("locked")) {
        QVERIFY(sample::createFile(path) != nullptr);
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), blocker);
        database.setDatabaseName(path);
        QVERIFY(database.open());
        QSqlQuery query(database);
        QVERIFY(query.exec(QStringLiteral("BEGIN EXCLUSIVE")));
    } else if (situation == QStringLiteral("chmod-file")) {
        QVERIFY(sample::createFile(path) != nullptr);
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    } else if (situation == QStringLiteral("foreign-wal")) {
        writeForeignDatabaseWithLog(folder.path(), path);
    } else if (situation == QStringLiteral("read-only-file")) {
        QVERIFY(sample::createFile(path) != nullptr);
        immutablePath = path;
    } else if (situation == QStringLiteral("read-only-folder")) {
        QVERIFY(sample::createFile(path) != nullptr);
        immutablePath = folder.path();
    }
    if (!immutablePath.isEmpty())
        setImmutable(immutablePath, true);

    const QByteArray before = sample::fingerprint(path);
    const QStringList leftoversBefore = sample::leftovers(path);
    auto opened = MutualFile::open(path, QStringLiteral("secretary"));

    if (situation == QStringLiteral("locked")) {
        {
            QSqlDatabase database = QSqlDatabase::database(blocker);
            QSqlQuery(database).exec(QStringLiteral("ROLLBACK"));
            database.close();
        }
        QSqlDatabase::removeDatabase(blocker);
    }
    if (!immutablePath.isEmpty())
        setImmutable(immutablePath, false);
    if (situation == QStringLiteral("chmod-file"))
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);

    QVERIFY(!opened.isOk());
    QCOMPARE(opened.error().rule, rule);
    QVERIFY(!opened.error().message.isEmpty());
    QCOMPARE(sample::fingerprint(path), before);
    if (situation != QStringLiteral("locked"))
        QCOMPARE(sample::leftovers(path), leftoversBefore);
    if (situation != QStringLiteral("foreign-wal"))
        QVERIFY2(sample::leftovers(path).isEmpty(), qPrintable(sample::leftovers(path).join(u' ')));
    if (situation == QStringLiteral("newer")) {
        // The message names both versions and what to do.
        QVERIFY(opened.error().message.contains(QString::number(MutualFile::latestSchemaVersion() + 1)));
        QVERIFY(opened.error().message.contains(QString::number(MutualFile::latestSchemaVersion())));
        QVERIFY(opened.error().message.contains(QStringLiteral("newer Mutualise")));
    }
    if (situation == QStringLiteral("corrupt"))
        QVERIFY(opened.error().message.contains(QStringLiteral("backup")));
    if (situation == QStringLiteral("locked"))
        QVERIFY(opened.error().message.contains(QStringLiteral("another program")));
}

void TestMutualFile::openMigratesAnOlderSchemaAfterABackup()
{
    QVERIFY(MutualFile::latestSchemaVersion() >= 2);
    const QString path = olderSchemaPath(QStringLiteral("older.mutual"));
    QVERIFY(!path.isEmpty());
    const QByteArray olderContent = sample::fingerprint(path);

    auto opened = MutualFile::open(path, QStringLiteral("secretary"));
    QVERIFY2(opened.isOk(), qPrintable(opened.isOk() ? QString() : opened.error().message));
    MutualFile& file = *opened.value();
    QCOMPARE(file.schemaVersion(), MutualFile::latestSchemaVersion());
    QCOMPARE(file.mutual(), sample::mutual());
    // Every table, index and trigger of a new file is back.
    const QString schema = QStringLiteral("SELECT COUNT(*) FROM sqlite_master");
    const auto fresh = sample::createFile(m_folder.filePath(QStringLiteral("fresh.mutual")));
    QVERIFY(fresh);
    QCOMPARE(sample::scalar(file.connection(), schema), sample::scalar(fresh->connection(), schema));
    QCOMPARE(sample::scalar(file.connection(),
                            QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'trigger'")),
             19); // 4 guard the ledger and the audit trail, 5 the votes, 10 the money

    // The upgrade is in the audit trail, chained to what came before.
    const auto audit = storage::AuditLog(file).entries(1);
    QVERIFY(audit.isOk() && audit->size() == 1);
    QCOMPARE(audit->first().action, QStringLiteral("file.upgrade"));
    QCOMPARE(audit->first().before.value(u"schemaVersion").toInt(), 1);
    QCOMPARE(audit->first().after.value(u"schemaVersion").toInt(), MutualFile::latestSchemaVersion());
    QCOMPARE(storage::AuditLog(file).firstBrokenLink().value(), std::nullopt);

    const QString backup = m_folder.filePath(QStringLiteral("older.before-upgrade-1.mutual"));
    QVERIFY(QFileInfo::exists(backup));
    // The backup is the file exactly as it was before the upgrade.
    QCOMPARE(sample::fingerprint(backup), olderContent);
}

void TestMutualFile::failedUpgradeLeavesNoBackup()
{
    const QString path = olderSchemaPath(QStringLiteral("stuck.mutual"));
    QVERIFY(!path.isEmpty());
    // Something in the way of migration 2: an index of that name already exists, so it fails midway.
    QCOMPARE(sample::execRaw(path, { QStringLiteral("CREATE INDEX members_by_kind ON members (name)") }),
             QString());
    const QByteArray before = sample::fingerprint(path);
    for (int attempt = 1; attempt <= 2; ++attempt) {
        auto opened = MutualFile::open(path, QStringLiteral("secretary"));
        QVERIFY(!opened.isOk());
        QCOMPARE(opened.error().rule, QStringLiteral("upgrade-failed"));
        QVERIFY2(opened.error().message.contains(QStringLiteral("has not been changed")),
                 qPrintable(opened.error().message));
    }
    QCOMPARE(sample::fingerprint(path), before);
    const QStringList backups = QDir(m_folder.path()).entryList({ QStringLiteral("stuck.before-upgrade*") });
    QVERIFY2(backups.isEmpty(), qPrintable(backups.join(u' ')));
}

void TestMutualFile::openForReadingAReadOnlyFile()
{
    QTemporaryDir folder(m_folder.filePath(QStringLiteral("reading-XXXXXX")));
    const QString path = folder.filePath(QStringLiteral("published.mutual"));
    {
        auto created = sample::createFile(path);
        QVERIFY(created);
    }
    const auto readOnly = QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther;
    QVERIFY(QFile::setPermissions(path, readOnly));
    QVERIFY(
        QFile::setPermissions(folder.path(), readOnly | QFile::ExeOwner | QFile::ExeGroup | QFile::ExeOther));
    const QByteArray before = sample::fingerprint(path);
    {
        auto opened = MutualFile::openForReading(path, QStringLiteral("auditor"));
        QVERIFY2(opened.isOk(), qPrintable(opened.isOk() ? QString() : opened.error().message));
        MutualFile& file = *opened.value();
        QVERIFY(file.isReadOnly());
        QCOMPARE(file.mutual(), sample::mutual());
        // Any change is refused as read-only, before the database is asked.
        const domain::Outcome changed = file.inTransaction([] { return domain::ok(); });
        QVERIFY(!changed.isOk());
        QCOMPARE(changed.error().rule, QStringLiteral("read-only"));
    }
    QVERIFY(QFile::setPermissions(folder.path(), readOnly | QFile::WriteOwner | QFile::ExeOwner));
    QVERIFY(QFile::setPermissions(path, readOnly | QFile::WriteOwner));
    QCOMPARE(sample::fingerprint(path), before);
    QVERIFY2(sample::leftovers(path).isEmpty(), qPrintable(sample::leftovers(path).join(u' ')));
}

// Listing a file one may write leaves it as it was, with no -wal or -shm beside it, and refuses changes
// even through the raw connection.
void TestMutualFile::openForReadingLeavesNothingBehind()
{
    const QString path = newMutualPath(QStringLiteral("listed.mutual"));
    QVERIFY(!path.isEmpty());
    const QByteArray before = sample::fingerprint(path);
    {
        auto opened = MutualFile::openForReading(path, QStringLiteral("auditor"));
        QVERIFY2(opened.isOk(), qPrintable(opened.isOk() ? QString() : opened.error().message));
        QCOMPARE(opened.value()->mutual(), sample::mutual());
        QSqlQuery query(opened.value()->connection());
        QVERIFY(!query.exec(QStringLiteral("UPDATE mutual SET name = 'changed'")));
    }
    QCOMPARE(sample::fingerprint(path), before);
    QVERIFY2(sample::leftovers(path).isEmpty(), qPrintable(sample::leftovers(path).join(u' ')));
}

// README: listings still read a file whose folder cannot be written. There SQLite cannot make the -shm
// file it reads the log through, and reading failed with "attempt to write a readonly database"; with no
// log beside it the file is read as immutable, creating nothing. The file's own write bits are set, so
// only the folder stops writing; root is stopped by the folder's immutable attribute.
void TestMutualFile::openForReadingInAFolderNobodyMayWrite()
{
    QTemporaryDir folder(m_folder.filePath(QStringLiteral("shared-XXXXXX")));
    const QString path = folder.filePath(QStringLiteral("published.mutual"));
    {
        auto created = sample::createFile(path);
        QVERIFY(created);
        QSqlQuery mode(created->connection());
        QVERIFY(mode.exec(QStringLiteral("PRAGMA journal_mode")) && mode.next());
        QCOMPARE(mode.value(0).toString(), QStringLiteral("wal"));
    }
    QVERIFY(QFileInfo(path).permissions() & QFile::WriteOwner);
    const QByteArray before = sample::fingerprint(path);
    setImmutable(folder.path(), true);
    const auto restore = qScopeGuard([&] { setImmutable(folder.path(), false); });
    {
        auto opened = MutualFile::openForReading(path, QStringLiteral("auditor"));
        QVERIFY2(opened.isOk(), qPrintable(opened.isOk() ? QString() : opened.error().message));
        MutualFile& file = *opened.value();
        QVERIFY(file.isReadOnly());
        QCOMPARE(file.mutual(), sample::mutual());
        QSqlQuery query(file.connection());
        QVERIFY2(query.exec(QStringLiteral("SELECT count(*) FROM member_classes")) && query.next(),
                 qPrintable(query.lastError().text()));
        QVERIFY(query.value(0).toInt() > 0);
        QVERIFY(sample::leftovers(path).isEmpty());
        const domain::Outcome changed = file.inTransaction([] { return domain::ok(); });
        QVERIFY(!changed.isOk());
        QCOMPARE(changed.error().rule, QStringLiteral("read-only"));
        // Opened to write, it is refused with the reason a person can act on.
        const auto writing = MutualFile::open(path, QStringLiteral("secretary"));
        QVERIFY(!writing.isOk());
        QCOMPARE(writing.error().rule, QStringLiteral("read-only"));
        QVERIFY2(writing.error().message.contains(QStringLiteral("the file or its folder is read-only")),
                 qPrintable(writing.error().message));
    }
    QCOMPARE(sample::fingerprint(path), before);
    QVERIFY2(sample::leftovers(path).isEmpty(), qPrintable(sample::leftovers(path).join(u' ')));
}

// A new mutual is built under a working name and renamed into place; a file that already has that name,
// perhaps a mutual called "X.part", was removed to make room for it.
void TestMutualFile::createLeavesAFileNamedLikeItsWorkingFileAlone()
{
    const QString path = m_folder.filePath(QStringLiteral("second.mutual"));
    const QString other = newMutualPath(QStringLiteral("second.mutual.part"));
    QVERIFY(!other.isEmpty());
    const QByteArray before = sample::fingerprint(other);
    {
        auto created
            = MutualFile::create(path, sample::mutual(), sample::classes(), QStringLiteral("secretary"));
        QVERIFY2(created.isOk(), qPrintable(created.isOk() ? QString() : created.error().message));
    }
    QCOMPARE(sample::fingerprint(other), before);
    QVERIFY(MutualFile::open(other, QStringLiteral("secretary")).isOk());
    const QStringList made
        = QDir(m_folder.path()).entryList({ QStringLiteral("second.mutual*") }, QDir::Files);
    QCOMPARE(made, QStringList({ QStringLiteral("second.mutual"), QStringLiteral("second.mutual.part") }));
}

void TestMutualFile::openForReadingWhileAnotherProgramWrites()
{
    const QString path = newMutualPath(QStringLiteral("busy.mutual"));
    QVERIFY(!path.isEmpty());
    const QString writer = QStringLiteral("writer");
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), writer);
        database.setDatabaseName(path);
        QVERIFY(database.open());
        QVERIFY(QSqlQuery(database).exec(QStringLiteral("BEGIN EXCLUSIVE")));
        // Writing would wait for the lock; reading goes on from the log.
        QCOMPARE(MutualFile::open(path, QStringLiteral("secretary")).error().rule, QStringLiteral("locked"));
        auto opened = MutualFile::openForReading(path, QStringLiteral("auditor"));
        QVERIFY2(opened.isOk(), qPrintable(opened.isOk() ? QString() : opened.error().message));
        QCOMPARE(opened.value()->mutual(), sample::mutual());
        QSqlQuery(database).exec(QStringLiteral("ROLLBACK"));
        database.close();
    }
    QSqlDatabase::removeDatabase(writer);
}

void TestMutualFile::openForReadingRefusesAnOlderSchema()
{
    const QString path = olderSchemaPath(QStringLiteral("old-for-reading.mutual"));
    QVERIFY(!path.isEmpty());
    const QByteArray before = sample::fingerprint(path);
    auto opened = MutualFile::openForReading(path, QStringLiteral("auditor"));
    QVERIFY(!opened.isOk());
    QCOMPARE(opened.error().rule, QStringLiteral("needs-upgrade"));
    QVERIFY(opened.error().message.contains(QStringLiteral("upgraded")));
    QCOMPARE(sample::fingerprint(path), before);
}

void TestMutualFile::createInAMissingFolder()
{
    const QString path = m_folder.filePath(QStringLiteral("no-such-folder/new.mutual"));
    auto created = MutualFile::create(path, sample::mutual(), sample::classes(), QStringLiteral("secretary"));
    QVERIFY(!created.isOk());
    QCOMPARE(created.error().rule, QStringLiteral("not-found"));
    QVERIFY(created.error().message.contains(QStringLiteral("does not exist")));
    QVERIFY(!QFileInfo::exists(m_folder.filePath(QStringLiteral("no-such-folder"))));
}

void TestMutualFile::transactionRollsBackWhenWorkFails()
{
    const QString path = newMutualPath(QStringLiteral("rollback.mutual"));
    auto opened = MutualFile::open(path, QStringLiteral("secretary"));
    QVERIFY(opened.isOk());
    MutualFile& file = *opened.value();
    const auto auditBefore = storage::AuditLog(file).entries();
    QVERIFY(auditBefore.isOk());
    const qint64 classesBefore
        = sample::scalar(file.connection(), QStringLiteral("SELECT COUNT(*) FROM member_classes"));
    QCOMPARE(classesBefore, 3);

    bool wasWritten = false;
    const auto outcome = file.inTransaction([&]() -> domain::Outcome {
        QSqlQuery insert(file.connection());
        insert.prepare(QStringLiteral("INSERT INTO member_classes (name) VALUES (:name)"));
        insert.bindValue(QStringLiteral(":name"), QStringLiteral("Investor"));
        if (!insert.exec())
            return domain::Error { insert.lastError().text(), QStringLiteral("database"), {} };
        if (auto audited = file.audit(QStringLiteral("class.add"), QStringLiteral("member_class"),
                                      QStringLiteral("Investor"), {}, { { QStringLiteral("name"), 1 } });
            !audited)
            return audited;
        wasWritten
            = sample::scalar(file.connection(), QStringLiteral("SELECT COUNT(*) FROM member_classes")) == 4;
        return domain::Error { QStringLiteral("stopped halfway"), QStringLiteral("test-failure"), {} };
    });
    QVERIFY(wasWritten);
    QVERIFY(!outcome.isOk());
    QCOMPARE(outcome.error().rule, QStringLiteral("test-failure"));
    QCOMPARE(sample::scalar(file.connection(), QStringLiteral("SELECT COUNT(*) FROM member_classes")),
             classesBefore);
    const auto auditAfter = storage::AuditLog(file).entries();
    QVERIFY(auditAfter.isOk());
    QCOMPARE(auditAfter->size(), auditBefore->size());
    QCOMPARE(auditAfter->first().hash, auditBefore->first().hash);

    // The file is usable afterwards: the next transaction commits.
    QVERIFY(file.inTransaction([] { return domain::ok(); }).isOk());
}

void TestMutualFile::updateMutualIsAudited()
{
    const QString path = newMutualPath(QStringLiteral("update.mutual"));
    auto opened = MutualFile::open(path, QStringLiteral("treasurer"));
    QVERIFY(opened.isOk());
    MutualFile& file = *opened.value();
    domain::Mutual changed = sample::mutual();
    changed.name = QStringLiteral("Shared Services Mutual");
    changed.individualWithdrawableCap = 120'000'00;
    QVERIFY(file.updateMutual(changed).isOk());
    QCOMPARE(file.mutual(), changed);

    const auto entries = storage::AuditLog(file).entries(1);
    QVERIFY(entries.isOk());
    QCOMPARE(entries->size(), 1);
    QCOMPARE(entries->first().action, QStringLiteral("mutual.update"));
    QCOMPARE(entries->first().actor, QStringLiteral("treasurer"));
    QCOMPARE(entries->first().before.value(QStringLiteral("individualWithdrawableCap")).toInteger(),
             100'000'00);
    QCOMPARE(entries->first().after.value(QStringLiteral("individualWithdrawableCap")).toInteger(),
             120'000'00);

    domain::Mutual invalid = changed;
    invalid.nominalShareValue = -5;
    QVERIFY(!file.updateMutual(invalid).isOk());
    QCOMPARE(file.mutual(), changed);
}

void TestMutualFile::currencyAndNominalAreFixedOnceCapitalIsRecorded()
{
    const QString path = newMutualPath(QStringLiteral("settled.mutual"));
    QVERIFY(!path.isEmpty());
    auto opened = MutualFile::open(path, QStringLiteral("treasurer"));
    QVERIFY(opened.isOk());
    MutualFile& file = *opened.value();

    // With an empty ledger the nominal value may still be set: 25p a share.
    domain::Mutual quarter = sample::mutual();
    quarter.nominalShareValue = 25;
    QVERIFY(file.updateMutual(quarter).isOk());
    QCOMPARE(file.mutual().nominalShareValue, 25);
    QCOMPARE(file.readMutual().value().nominalShareValue, 25);

    const auto member = storage::MemberRepository(file).add(
        sample::member(QStringLiteral("C001"), QStringLiteral("Alpha Council"), 1));
    QVERIFY(member.isOk());
    domain::ShareMovement subscription;
    subscription.date = QDate(2024, 6, 1);
    subscription.memberId = member->id;
    subscription.shares = 400; // 400 x 25p = £100.00
    const auto recorded = storage::ShareLedgerRepository(file).record(subscription);
    QVERIFY(recorded.isOk());
    QCOMPARE(recorded->first().amount, 100'00);

    const qsizetype auditBefore = storage::AuditLog(file).entries().value().size();
    domain::Mutual pound = quarter;
    pound.nominalShareValue = 100;
    QCOMPARE(file.updateMutual(pound).error().rule, QStringLiteral("settings-in-use"));
    domain::Mutual euro = quarter;
    euro.currency = domain::Currency::fromCode(u"EUR").value();
    const auto refused = file.updateMutual(euro);
    QCOMPARE(refused.error().rule, QStringLiteral("settings-in-use"));
    QCOMPARE(refused.error().field, QStringLiteral("currency"));
    QCOMPARE(file.readMutual().value(), quarter);
    QCOMPARE(storage::AuditLog(file).entries().value().size(), auditBefore);
    // Other settings may still change.
    domain::Mutual renamed = quarter;
    renamed.name = QStringLiteral("Shared Digital Services Co-operative");
    QVERIFY(file.updateMutual(renamed).isOk());
    QCOMPARE(file.mutual().name, renamed.name);
}

void TestMutualFile::dataVersionChangesAfterAnotherConnectionCommits()
{
    const QString path = newMutualPath(QStringLiteral("version.mutual"));
    auto window = MutualFile::open(path, QStringLiteral("secretary"));
    auto script = MutualFile::open(path, QStringLiteral("cli"));
    QVERIFY(window.isOk());
    QVERIFY(script.isOk());
    const qint64 before = window.value()->dataVersion();
    QCOMPARE(window.value()->dataVersion(), before); // nothing happened: no change
    domain::Mutual changed = sample::mutual();
    changed.registrationNumber = QStringLiteral("RS000001");
    QVERIFY(script.value()->updateMutual(changed).isOk());
    QVERIFY(window.value()->dataVersion() != before);
    // The window sees the new settings when it reads them again, as it does when the version changes.
    QCOMPARE(window.value()->readMutual().value(), changed);
}

void TestMutualFile::eachFileHasItsOwnConnection()
{
    const QString path = newMutualPath(QStringLiteral("connections.mutual"));
    const QStringList before = QSqlDatabase::connectionNames();
    {
        auto first = MutualFile::open(path, QStringLiteral("a"));
        auto second = MutualFile::open(path, QStringLiteral("b"));
        QVERIFY(first.isOk() && second.isOk());
        QVERIFY(first.value()->connection().connectionName()
                != second.value()->connection().connectionName());
        QCOMPARE(QSqlDatabase::connectionNames().size(), before.size() + 2);
    }
    QCOMPARE(QSqlDatabase::connectionNames(), before);
    QVERIFY(sample::leftovers(path).isEmpty());
}

// Takes election_papers back to schema 3: one row a paper, no weight (a weighted row becomes as many
// rows), with the index and trigger of migration 3. Returns the error, empty on success.
QString TestMutualFile::papersOfSchema3(const QString& path)
{
    return sample::execRaw(
        path,
        { QStringLiteral("DROP INDEX election_papers_by_election"),
          QStringLiteral(
              "CREATE TABLE papers_of_schema_3 (id INTEGER PRIMARY KEY, election_id BIGINT NOT NULL "
              "REFERENCES elections (id), preferences TEXT NOT NULL)"),
          QStringLiteral(
              "WITH RECURSIVE copies(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM copies WHERE n < "
              "100) INSERT INTO papers_of_schema_3 (election_id, preferences) SELECT p.election_id, "
              "p.preferences FROM election_papers p JOIN copies ON copies.n <= p.weight"),
          QStringLiteral("DROP TABLE election_papers"),
          QStringLiteral("ALTER TABLE papers_of_schema_3 RENAME TO election_papers"),
          QStringLiteral("CREATE INDEX election_papers_by_election ON election_papers (election_id, "
                         "preferences)"),
          QStringLiteral(
              "CREATE TRIGGER election_papers_closed BEFORE INSERT ON election_papers WHEN (SELECT "
              "state FROM elections WHERE id = NEW.election_id) <> 'open' BEGIN SELECT "
              "RAISE(ABORT, 'ballot papers are taken only while voting is open'); END"),
          QStringLiteral("PRAGMA user_version = 3") });
}

// Takes a file back to schema 4: no money tables, no caps in the settings, and a share ledger whose
// kinds end at "reversal", with its rows, indexes and triggers as migration 2 made them. Returns the
// error, empty on success.
void TestMutualFile::openMigratesToOpenData()
{
    const QString path = newMutualPath(QStringLiteral("schema5.mutual"));
    QVERIFY(!path.isEmpty());
    QCOMPARE(sample::auditTrailWithoutRows(path), QString());
    QCOMPARE(sample::execRaw(path,
                             { QStringLiteral("ALTER TABLE mutual DROP COLUMN grant_id_prefix"),
                               QStringLiteral("PRAGMA user_version = 5") }),
             QString());
    {
        auto opened = MutualFile::open(path, QStringLiteral("secretary"));
        QVERIFY2(opened.isOk(), qPrintable(opened.isOk() ? QString() : opened.error().message));
        MutualFile& file = *opened.value();
        QCOMPARE(file.schemaVersion(), MutualFile::latestSchemaVersion());
        domain::Mutual mutual = file.mutual();
        QCOMPARE(mutual.grantIdPrefix, QString());
        mutual.grantIdPrefix = QStringLiteral("northerndigital");
        QVERIFY(file.updateMutual(mutual));
        // A prefix that 360Giving would not give out is refused and changes nothing.
        mutual.grantIdPrefix = QStringLiteral("360G-northerndigital");
        const domain::Outcome refused = file.updateMutual(mutual);
        QVERIFY(!refused);
        QCOMPARE(refused.error().field, QStringLiteral("grantIdPrefix"));
    }
    auto reopened = MutualFile::open(path, QStringLiteral("secretary"));
    QVERIFY(reopened.isOk());
    QCOMPARE(reopened.value()->mutual().grantIdPrefix, QStringLiteral("northerndigital"));
}

QString TestMutualFile::moneyOfSchema4(const QString& path)
{
    if (const QString error = sample::auditTrailWithoutRows(path); !error.isEmpty())
        return error;
    return sample::execRaw(
        path,
        { // 0006: open data.
          QStringLiteral("ALTER TABLE mutual DROP COLUMN grant_id_prefix"),
          // 0005: money.
          QStringLiteral("DROP TABLE pledges"), QStringLiteral("DROP TABLE grants"),
          QStringLiteral("DROP TABLE allocation_payments"), QStringLiteral("DROP TABLE allocations"),
          QStringLiteral("DROP TABLE savings"), QStringLiteral("DROP TABLE contributions"),
          QStringLiteral("DROP TABLE projects"), QStringLiteral("DROP TABLE project_categories"),
          QStringLiteral("DROP TABLE service_members"), QStringLiteral("DROP TABLE services"),
          QStringLiteral("DROP TABLE contribution_kinds"),
          QStringLiteral("ALTER TABLE mutual DROP COLUMN interest_cap_bp"),
          QStringLiteral("ALTER TABLE mutual DROP COLUMN dividend_cap_bp"),
          QStringLiteral("PRAGMA defer_foreign_keys = ON"),
          QStringLiteral(
              "CREATE TABLE entries_of_schema_4 (id INTEGER PRIMARY KEY, movement_id BIGINT NOT NULL, kind "
              "TEXT NOT NULL CHECK (kind IN ('subscription', 'transfer', 'withdrawal', 'forfeiture', "
              "'reversal')), entry_date TEXT NOT NULL, member_id BIGINT NOT NULL REFERENCES members (id), "
              "shares BIGINT NOT NULL, amount BIGINT NOT NULL, counterparty_id BIGINT REFERENCES members "
              "(id), reverses_id BIGINT UNIQUE REFERENCES share_entries (id), reference TEXT NOT NULL "
              "DEFAULT '', recorded_by TEXT NOT NULL, recorded_at TEXT NOT NULL, CHECK ((kind = "
              "'reversal') = (reverses_id IS NOT NULL)), CHECK (kind <> 'transfer' OR counterparty_id IS "
              "NOT NULL))"),
          QStringLiteral("INSERT INTO entries_of_schema_4 SELECT * FROM share_entries"),
          QStringLiteral("DROP TABLE share_entries"),
          QStringLiteral("ALTER TABLE entries_of_schema_4 RENAME TO share_entries"),
          QStringLiteral("CREATE INDEX share_entries_by_member_date ON share_entries (member_id, "
                         "entry_date, shares, amount)"),
          QStringLiteral("CREATE INDEX share_entries_by_date ON share_entries (entry_date, kind, shares, "
                         "amount)"),
          QStringLiteral("CREATE INDEX share_entries_by_movement ON share_entries (movement_id)"),
          QStringLiteral("CREATE INDEX share_entries_by_kind ON share_entries (kind, entry_date, member_id, "
                         "amount, reverses_id)"),
          QStringLiteral("CREATE TRIGGER share_entries_no_update BEFORE UPDATE ON share_entries BEGIN "
                         "SELECT RAISE(ABORT, 'share entries are append-only: record a reversal instead'); "
                         "END"),
          QStringLiteral("CREATE TRIGGER share_entries_no_delete BEFORE DELETE ON share_entries BEGIN "
                         "SELECT RAISE(ABORT, 'share entries are append-only: record a reversal instead'); "
                         "END"),
          QStringLiteral("PRAGMA user_version = 4") });
}

// Schema 5 adds the money tables and rebuilds the share ledger to take capitalised interest. A file of
// schema 4 with subscriptions, a transfer and a reversal opens, is upgraded after a backup, and keeps
// every line, its holdings and its append-only guard.
void TestMutualFile::openMigratesTheLedgerToMoney()
{
    const QString path = m_folder.filePath(QStringLiteral("money.mutual"));
    QList<storage::HoldingRow> holdingsBefore;
    QList<storage::ShareEntryRow> entriesBefore;
    {
        auto file = sample::createFile(path);
        QVERIFY(file);
        storage::MemberRepository members(*file);
        QVERIFY(members.add(sample::member(QStringLiteral("C001"), QStringLiteral("Ann"), 1)));
        QVERIFY(members.add(sample::member(QStringLiteral("C002"), QStringLiteral("Bo"), 1)));
        const qint64 ann = members.memberByNumber(QStringLiteral("C001"))->id;
        const qint64 bo = members.memberByNumber(QStringLiteral("C002"))->id;
        storage::ShareLedgerRepository ledger(*file);
        domain::ShareMovement subscription;
        subscription.date = QDate(2025, 4, 1);
        subscription.memberId = ann;
        subscription.shares = 100;
        QVERIFY(ledger.record(subscription));
        subscription.memberId = bo;
        subscription.shares = 40;
        const auto mistaken = ledger.record(subscription);
        QVERIFY(mistaken);
        QVERIFY(ledger.reverse(mistaken->constFirst().id, QDate(2025, 4, 2), QStringLiteral("typo")));
        domain::ShareMovement transfer;
        transfer.kind = domain::ShareEntryKind::Transfer;
        transfer.date = QDate(2025, 5, 1);
        transfer.memberId = ann;
        transfer.toMemberId = bo;
        transfer.shares = 30;
        QVERIFY(ledger.record(transfer));
        holdingsBefore = ledger.holdingsAsOf(QDate(2025, 12, 31)).value();
        entriesBefore = ledger.entries({}).value();
    }
    QCOMPARE(moneyOfSchema4(path), QString());
    QVERIFY(!sample::execRaw(path,
                             { QStringLiteral("INSERT INTO share_entries (movement_id, kind, entry_date, "
                                              "member_id, shares, amount, recorded_by, recorded_at) "
                                              "VALUES (9, 'interest-capitalised', '2025-06-01', 1, 1, "
                                              "100, 'x', '2025-06-01T00:00:00.000Z')") })
                 .isEmpty());

    auto opened = MutualFile::open(path, QStringLiteral("secretary"));
    QVERIFY2(opened.isOk(), qPrintable(opened.isOk() ? QString() : opened.error().message));
    MutualFile& file = *opened.value();
    QCOMPARE(file.schemaVersion(), MutualFile::latestSchemaVersion());
    QCOMPARE(file.mutual().interestCapBp, 500);
    QCOMPARE(file.mutual().dividendCapBp, 3500);
    QCOMPARE(file.mutual().grantIdPrefix, QString()); // until the mutual registers one
    storage::ShareLedgerRepository ledger(file);
    QCOMPARE(ledger.holdingsAsOf(QDate(2025, 12, 31)).value().size(), holdingsBefore.size());
    const auto entriesAfter = ledger.entries({}).value();
    QCOMPARE(entriesAfter.size(), entriesBefore.size());
    for (qsizetype i = 0; i < entriesAfter.size(); ++i) {
        QCOMPARE(entriesAfter.at(i).entry, entriesBefore.at(i).entry);
        QCOMPARE(entriesAfter.at(i).isReversed, entriesBefore.at(i).isReversed);
    }
    QCOMPARE(sample::scalar(file.connection(), QStringLiteral("SELECT COUNT(*) FROM contribution_kinds")), 5);
    QCOMPARE(sample::scalar(file.connection(), QStringLiteral("SELECT COUNT(*) FROM project_categories")), 5);
    // The ledger is still append-only, its reversals still point at their entries, and the new kind
    // is taken.
    QSqlQuery query(file.connection());
    QVERIFY(!query.exec(QStringLiteral("UPDATE share_entries SET shares = 1")));
    QVERIFY(!query.exec(QStringLiteral("DELETE FROM share_entries")));
    QVERIFY(query.exec(QStringLiteral("PRAGMA foreign_key_check")));
    QVERIFY(!query.next());
    QVERIFY(query.exec(QStringLiteral(
        "INSERT INTO share_entries (movement_id, kind, entry_date, member_id, shares, amount, recorded_by, "
        "recorded_at) VALUES (9, 'interest-capitalised', '2025-06-01', 1, 1, 100, 'x', "
        "'2025-06-01T00:00:00.000Z')")));
}

// Schema 4 gives each paper a weight, so that an imported .blt line is one row. A file of schema 3,
// whose papers are a row each, opens, is upgraded after a backup, and counts the same: the same
// turnout, the same papers for export, the same result.
void TestMutualFile::openMigratesPapersToWeights()
{
    const QString path = m_folder.filePath(QStringLiteral("papers.mutual"));
    qint64 electionId = 0;
    QJsonObject resultBefore;
    QList<domain::BltBallot> ballotsBefore;
    {
        auto file = sample::createFile(path);
        QVERIFY(file);
        storage::MemberRepository members(*file);
        for (const QString& number : { QStringLiteral("C001"), QStringLiteral("C002"), QStringLiteral("C003"),
                                       QStringLiteral("C004"), QStringLiteral("C005") })
            QVERIFY(members.add(sample::member(number, QStringLiteral("Member ") + number, 1)));
        domain::Meeting meeting;
        meeting.heldOn = QDate(2025, 7, 15);
        const auto meetingAdded = storage::MeetingRepository(*file).add(meeting);
        QVERIFY(meetingAdded);
        domain::Election election;
        election.meetingId = meetingAdded->id;
        election.title = QStringLiteral("Board");
        election.seats = 1;
        QList<domain::Candidate> candidates(3);
        candidates[0].name = QStringLiteral("Ann");
        candidates[1].name = QStringLiteral("Bo");
        candidates[2].name = QStringLiteral("Cy");
        storage::ElectionRepository elections(*file);
        const auto added = elections.add(election, candidates);
        QVERIFY(added);
        electionId = added->id;
        QVERIFY(elections.open(electionId, QDate(2025, 6, 30)));
        QVERIFY(
            elections.castPapers(electionId,
                                 { { QStringLiteral("C001"), { 1, 2 }, domain::BallotMethod::InPerson, 0 },
                                   { QStringLiteral("C002"), { 3 }, domain::BallotMethod::Post, 0 } }));
        domain::BltElection postal = elections.exportBlt(electionId).value();
        postal.ballots = { { 3, { 1, 2 }, 5 } };
        QCOMPARE(elections.importBlt(electionId, postal).value(), 3);
        resultBefore = elections.result(electionId)->json;
        ballotsBefore = elections.exportBlt(electionId)->ballots;
    }
    QCOMPARE(moneyOfSchema4(path), QString());
    QCOMPARE(papersOfSchema3(path), QString());
    const QByteArray olderContent = sample::fingerprint(path);

    auto opened = MutualFile::open(path, QStringLiteral("secretary"));
    QVERIFY2(opened.isOk(), qPrintable(opened.isOk() ? QString() : opened.error().message));
    MutualFile& file = *opened.value();
    QCOMPARE(file.schemaVersion(), MutualFile::latestSchemaVersion());
    // Every paper of schema 3 is a row of weight 1.
    QCOMPARE(sample::scalar(file.connection(), QStringLiteral("SELECT COUNT(*) FROM election_papers")), 5);
    QCOMPARE(sample::scalar(file.connection(), QStringLiteral("SELECT SUM(weight) FROM election_papers")), 5);
    storage::ElectionRepository elections(file);
    QCOMPARE(elections.turnout(electionId).value(), (std::pair<qint64, qint64> { 2, 5 }));
    const auto ballotsAfter = elections.exportBlt(electionId).value().ballots;
    QCOMPARE(ballotsAfter.size(), ballotsBefore.size());
    for (qsizetype i = 0; i < ballotsAfter.size(); ++i) {
        QCOMPARE(ballotsAfter.at(i).preferences, ballotsBefore.at(i).preferences);
        QCOMPARE(ballotsAfter.at(i).weight, ballotsBefore.at(i).weight);
    }
    QCOMPARE(elections.result(electionId)->json, resultBefore);
    // The upgraded schema is a new file's.
    const QString schema = QStringLiteral("SELECT COUNT(*) FROM sqlite_master");
    const auto fresh = sample::createFile(m_folder.filePath(QStringLiteral("fresh-papers.mutual")));
    QVERIFY(fresh);
    QCOMPARE(sample::scalar(file.connection(), schema), sample::scalar(fresh->connection(), schema));
    const QString weightColumn
        = QStringLiteral("SELECT COUNT(*) FROM pragma_table_info('election_papers') "
                         "WHERE name = 'weight' AND \"notnull\" = 1 AND dflt_value = '1'");
    QCOMPARE(sample::scalar(file.connection(), weightColumn), 1);
    QCOMPARE(sample::scalar(fresh->connection(), weightColumn), 1);
    const QString backup = m_folder.filePath(QStringLiteral("papers.before-upgrade-3.mutual"));
    QCOMPARE(sample::fingerprint(backup), olderContent);
}

QTEST_GUILESS_MAIN(TestMutualFile)
#include "TestMutualFile.moc"
