#pragma once

#include "domain/Member.h"
#include "domain/Mutual.h"
#include "storage/AuditLog.h"
#include "storage/MemberRepository.h"
#include "storage/MutualFile.h"

#include <QCryptographicHash>
#include <QDate>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QTest>

#include <memory>

// Shared fixtures of the tests: a small mutual, its classes and members, and ways to look at
// a file from outside the program.
namespace sample {

inline mutualise::domain::Mutual mutual()
{
    mutualise::domain::Mutual mutual;
    mutual.name = QStringLiteral("Shared Digital Services Mutual");
    mutual.legalForm = mutualise::domain::LegalForm::CommunityBenefitSociety;
    mutual.registrationNumber = QStringLiteral("RS009876");
    mutual.nominalShareValue = 100; // £1.00 a share
    mutual.financialYearStartMonth = 4;
    mutual.financialYearStartDay = 1;
    mutual.individualWithdrawableCap = 100'000'00;
    return mutual;
}

inline QList<mutualise::domain::MemberClass> classes()
{
    mutualise::domain::MemberClass councils;
    councils.name = QStringLiteral("Founding council");
    councils.votingShareBasisPoints = 5000;
    mutualise::domain::MemberClass employees;
    employees.name = QStringLiteral("Employee");
    employees.maximumShares = 1000;
    employees.votingShareBasisPoints = 2500;
    mutualise::domain::MemberClass community;
    community.name = QStringLiteral("Community");
    community.votingShareBasisPoints = 2500;
    return { councils, employees, community };
}

inline mutualise::domain::Member member(const QString& number, const QString& name, qint64 classId,
                                        const QDate& admittedOn = QDate(2024, 1, 1))
{
    mutualise::domain::Member member;
    member.number = number;
    member.name = name;
    member.kind = mutualise::domain::MemberKind::Organisation;
    member.classId = classId;
    member.admittedOn = admittedOn;
    member.status = mutualise::domain::MemberStatus::Active;
    return member;
}

inline std::unique_ptr<mutualise::storage::MutualFile> createFile(const QString& path)
{
    auto created
        = mutualise::storage::MutualFile::create(path, mutual(), classes(), QStringLiteral("secretary"));
    if (!created) {
        qWarning("%s", qPrintable(created.error().message));
        return {};
    }
    return std::move(created).value();
}

// A new file at `path` with the councils C001 to C003 (class 1), C002 then renamed "Renamed Council":
// five audit entries, mutual.create, three member.add and a member.update.
inline std::unique_ptr<mutualise::storage::MutualFile> createFileWithCouncils(const QString& path)
{
    auto file = createFile(path);
    if (!file)
        return {};
    mutualise::storage::MemberRepository members(*file);
    for (int i = 1; i <= 3; ++i) {
        if (!members.add(member(QStringLiteral("C00%1").arg(i), QStringLiteral("Council %1").arg(i), 1)))
            return {};
    }
    mutualise::domain::Member renamed = members.memberByNumber(QStringLiteral("C002")).value();
    renamed.name = QStringLiteral("Renamed Council");
    if (!members.update(renamed))
        return {};
    return file;
}

// SHA-256 and size: what a refused open must leave untouched.
inline QByteArray fingerprint(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArrayLiteral("missing");
    const QByteArray content = file.readAll();
    return QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex() + ':'
        + QByteArray::number(content.size());
}

inline QStringList leftovers(const QString& path)
{
    QStringList found;
    for (const char* suffix : { "-wal", "-shm", "-journal", ".part" }) {
        const QString companion = path + QString::fromLatin1(suffix);
        if (QFileInfo::exists(companion))
            found.append(companion);
    }
    return found;
}

// Runs raw SQL on a file behind the program's back, as another program (or an attacker) would.
inline QString execRaw(const QString& path, const QStringList& statements)
{
    const QString name = QStringLiteral("raw-%1").arg(reinterpret_cast<quintptr>(&statements));
    QString error;
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        database.setDatabaseName(path);
        if (!database.open()) {
            error = database.lastError().text();
        } else {
            QSqlQuery query(database);
            for (const QString& statement : statements) {
                if (!query.exec(statement)) {
                    error = query.lastError().text();
                    break;
                }
            }
        }
        database.close();
    }
    QSqlDatabase::removeDatabase(name);
    return error;
}

inline qint64 scalar(const QSqlDatabase& database, const QString& sql)
{
    QSqlQuery query(database);
    if (!query.exec(sql) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

// Makes every hash of a file's audit trail again, as someone rewriting its history behind the program's
// back would: the chain holds, but no longer passes through the entries it had. `isWithoutRows` also
// takes the trail back to before schema 7, when entries recorded no rows, as an older file has it.
// Returns the error, empty on success.
inline QString rechainAuditTrail(const QString& path, bool isWithoutRows = false)
{
    QStringList statements { QStringLiteral("DROP TRIGGER audit_log_no_update") };
    const QString name = QStringLiteral("rechain-%1").arg(reinterpret_cast<quintptr>(&statements));
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        database.setDatabaseName(path);
        if (!database.open())
            return database.lastError().text();
        QSqlQuery entries(database);
        entries.exec(
            QStringLiteral("SELECT id, at, actor, action, entity, entity_key, before_json, after_json, "
                           "rows_json FROM audit_log ORDER BY id"));
        QString previous(64, u'0');
        while (entries.next()) {
            const QByteArray rows = isWithoutRows ? QByteArray() : entries.value(8).toString().toUtf8();
            const QString hash = mutualise::storage::auditHash(
                previous, entries.value(1).toString(), entries.value(2).toString(),
                entries.value(3).toString(), entries.value(4).toString(), entries.value(5).toString(),
                entries.value(6).toString().toUtf8(), entries.value(7).toString().toUtf8(), rows);
            // Hexadecimal digits and a whole number: nothing to quote.
            statements.append(
                QStringLiteral("UPDATE audit_log SET previous_hash = '%1', hash = '%2' WHERE id = %3")
                    .arg(previous, hash, entries.value(0).toString()));
            previous = hash;
        }
        entries.finish();
        database.close();
    }
    QSqlDatabase::removeDatabase(name);
    if (isWithoutRows)
        statements << QStringLiteral("ALTER TABLE audit_log DROP COLUMN rows_json");
    statements << QStringLiteral("CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN SELECT "
                                 "RAISE(ABORT, 'the audit log is append-only'); END");
    return execRaw(path, statements);
}

inline QString auditTrailWithoutRows(const QString& path)
{
    return rechainAuditTrail(path, true);
}

} // namespace sample
