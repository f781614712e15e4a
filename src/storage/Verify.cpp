#include "Verify.h"

#include "AuditLog.h"
#include "RowDigest.h"
#include "Statement.h"

#include <QHash>
#include <QJsonDocument>
#include <QLocale>
#include <QScopeGuard>
#include <QSqlQuery>

#include <sqlite3.h>

namespace mutualise::storage {

namespace {

// Gathers the problems found, keeping the first mostVerifyProblemsKept.
class Findings
{
public:
    explicit Findings(VerifyReport& report)
        : m_report(report)
    { }
    void add(const QString& table, const QString& key, const QString& field, const QString& message)
    {
        ++m_report.problemCount;
        if (m_report.problems.size() < mostVerifyProblemsKept)
            m_report.problems.append({ table, key, field, message });
    }

private:
    VerifyReport& m_report;
};

// The columns of `members` beside the keys of the member's JSON in its audit entries.
struct MemberField
{
    const char* column;
    const char* jsonKey;
};
constexpr MemberField memberFields[] = {
    { "number", "number" },      { "name", "name" },
    { "kind", "kind" },          { "class_id", "classId" },
    { "email", "email" },        { "phone", "phone" },
    { "address", "address" },    { "admitted_on", "admittedOn" },
    { "ceased_on", "ceasedOn" }, { "status", "status" },
};

QString jsonText(const QJsonValue& value)
{
    if (value.isDouble())
        return QString::number(value.toInteger());
    return value.toString();
}

bool isMemberRecord(const AuditEntry& entry)
{
    return entry.entity == QStringLiteral("member") && entry.after.contains(QStringLiteral("id"))
        && entry.after.contains(QStringLiteral("number"));
}

// While it lives, a statement that runs long (the integrity check of a large file) stops when `goOn` says
// so, failing as interrupted.
class StatementInterrupter
{
public:
    StatementInterrupter(sqlite3* database, std::function<bool()> goOn)
        : m_database(goOn ? database : nullptr)
        , m_goOn(std::move(goOn))
    {
        if (m_database)
            sqlite3_progress_handler(m_database, virtualMachineStepsBetweenQuestions,
                                     &StatementInterrupter::ask, this);
    }
    ~StatementInterrupter()
    {
        if (m_database)
            sqlite3_progress_handler(m_database, 0, nullptr, nullptr);
    }
    StatementInterrupter(const StatementInterrupter&) = delete;
    StatementInterrupter& operator=(const StatementInterrupter&) = delete;

private:
    // About a hundredth of a second of SQLite's work.
    static constexpr int virtualMachineStepsBetweenQuestions = 100000;
    static int ask(void* self) { return static_cast<StatementInterrupter*>(self)->m_goOn() ? 0 : 1; }

    sqlite3* m_database;
    std::function<bool()> m_goOn;
};

} // namespace

void VerificationStop::request()
{
    const std::lock_guard lock(m_mutex);
    m_isRequested = true;
    if (m_database)
        sqlite3_interrupt(m_database);
}

void VerificationStop::attach(sqlite3* database)
{
    const std::lock_guard lock(m_mutex);
    m_database = database;
    if (m_isRequested && m_database)
        sqlite3_interrupt(m_database);
}

void VerificationStop::detach()
{
    const std::lock_guard lock(m_mutex);
    m_database = nullptr;
}

Verifier::Verifier(MutualFile& file)
    : m_file(file)
{ }

QString Verifier::shortHash(const QString& hash)
{
    if (hash.size() <= 8)
        return hash;
    return hash.left(4) + QStringLiteral("…") + hash.right(4);
}

Result<VerifyReport> Verifier::run(const std::function<bool(int percent)>& progress,
                                   VerificationStop* stop) const
{
    VerifyReport report;
    Findings findings(report);
    const QSqlDatabase database = m_file.connection();
    const QLocale locale;
    int reached = 0;
    auto goOn = [&progress, &reached, stop](int percent) {
        reached = percent;
        return !(stop && stop->isRequested()) && (!progress || progress(percent));
    };
    const Error cancelled { tr("The check was cancelled."), QStringLiteral("cancelled"), {} };

    // A statement that runs long, such as the integrity check of a large file, is asked along the way.
    bool isStopped = false;
    std::function<bool()> isGoingOn;
    if (progress || stop) {
        isGoingOn = [&] {
            isStopped = isStopped || !goOn(reached);
            return !isStopped;
        };
    }
    const auto wasStopped = [&isStopped, stop] { return isStopped || (stop && stop->isRequested()); };
    const StatementInterrupter interrupter(sqliteHandle(database), isGoingOn);
    // A stop asked for from another thread interrupts even a single long step.
    if (stop)
        stop->attach(sqliteHandle(database));
    const auto detach = qScopeGuard([stop] {
        if (stop)
            stop->detach();
    });

    // SQLite's own checks: the file's structure, then every reference between rows.
    {
        QSqlQuery integrity(database);
        if (!integrity.exec(QStringLiteral("PRAGMA integrity_check")))
            return wasStopped() ? cancelled : databaseError(integrity.lastError());
        while (integrity.next()) {
            const QString message = integrity.value(0).toString();
            if (message != QStringLiteral("ok"))
                findings.add({}, {}, {}, tr("SQLite's integrity check: %1").arg(message));
        }
    }
    if (!goOn(20))
        return cancelled;
    {
        QSqlQuery foreignKeys(database);
        if (!foreignKeys.exec(QStringLiteral("PRAGMA foreign_key_check")))
            return wasStopped() ? cancelled : databaseError(foreignKeys.lastError());
        QHash<QString, QHash<int, QString>> columnsOfKeys; // table → key id → the referring column
        while (foreignKeys.next()) {
            const QString table = foreignKeys.value(0).toString();
            const QString parent = foreignKeys.value(2).toString();
            if (!columnsOfKeys.contains(table)) {
                QSqlQuery keys(database);
                // The name comes from SQLite's own answer; PRAGMA takes no bound values.
                keys.exec(QStringLiteral("PRAGMA foreign_key_list(\"%1\")")
                              .arg(QString(table).replace(u'"', QStringLiteral("\"\""))));
                while (keys.next())
                    columnsOfKeys[table].insert(keys.value(0).toInt(), keys.value(3).toString());
            }
            findings.add(table, foreignKeys.value(1).toString(),
                         columnsOfKeys.value(table).value(foreignKeys.value(3).toInt()),
                         tr("Refers to a row of %1 that does not exist.").arg(parent));
        }
    }
    if (!goOn(30))
        return cancelled;

    // The chain, and what its entries say the recorded tables hold.
    TableDigests expected;
    bool hasWholeRecord = false;
    QHash<qint64, AuditEntry> latestOfMember; // member id → the latest entry holding the whole member
    const auto head = AuditLog(m_file).walk([&](const AuditLink& link) {
        const AuditEntry& entry = link.entry;
        const QString key = QString::number(entry.id);
        ++report.entriesChecked;
        if (!link.isPreviousCorrect)
            findings.add(QStringLiteral("audit_log"), key, QStringLiteral("previous_hash"),
                         tr("Entry %1 does not follow the entry before it: an entry was removed, added or "
                            "put out of order.")
                             .arg(locale.toString(entry.id)));
        if (!link.isHashCorrect)
            findings.add(QStringLiteral("audit_log"), key, QStringLiteral("hash"),
                         tr("Entry %1 does not match its hash: it was changed after it was written.")
                             .arg(locale.toString(entry.id)));
        if (isMemberRecord(entry))
            latestOfMember.insert(entry.after.value(QStringLiteral("id")).toInteger(), entry);
        if (!link.hasRows)
            return;
        const bool isWhole = entry.rows.value(QStringLiteral("whole")).toBool();
        const QJsonValue tables = entry.rows.value(QStringLiteral("tables"));
        if (!tables.isObject()) {
            findings.add(QStringLiteral("audit_log"), key, QStringLiteral("rows_json"),
                         tr("Entry %1's record of the rows it changed cannot be read.")
                             .arg(locale.toString(entry.id)));
            return;
        }
        if (isWhole) {
            expected.clear();
            hasWholeRecord = true;
        }
        const QJsonObject byTable = tables.toObject();
        for (auto it = byTable.constBegin(); it != byTable.constEnd(); ++it) {
            const auto digest = RowDigest::fromJson(it.value().toObject());
            if (!digest) {
                findings.add(QStringLiteral("audit_log"), key, QStringLiteral("rows_json"),
                             tr("Entry %1's record of the rows it changed in %2 cannot be read.")
                                 .arg(locale.toString(entry.id), it.key()));
                continue;
            }
            expected[it.key()].add(*digest);
        }
    });
    if (!head)
        return wasStopped() ? cancelled : head.error();
    report.head = *head;
    if (!goOn(50))
        return cancelled;

    // The tables as they are, against what the trail accounts for.
    const auto actual = digestTables(database, [&goOn, &reached] { return goOn(reached); });
    if (!actual)
        return wasStopped() ? cancelled : actual.error();
    if (!goOn(90))
        return cancelled;
    if (!hasWholeRecord) {
        findings.add(QStringLiteral("audit_log"), {}, QStringLiteral("rows_json"),
                     tr("The audit trail has no record of the tables as a whole, so their rows cannot be "
                        "checked against it."));
    } else {
        QStringList tables = expected.keys() + actual->keys();
        tables.removeDuplicates();
        tables.sort();
        for (const QString& table : tables) {
            const RowDigest found = actual->value(table);
            const RowDigest accounted = expected.value(table);
            report.rowsChecked += found.rows();
            if (!actual->contains(table)) {
                findings.add(table, {}, {},
                             tr("The table is missing, where the audit trail accounts for %n row(s) in it.",
                                nullptr, static_cast<int>(accounted.rows())));
            } else if (found.rows() != accounted.rows()) {
                findings.add(table, {}, {},
                             tr("The table has %1 rows where the audit trail accounts for %2: rows were "
                                "added or removed outside Mutualise.")
                                 .arg(locale.toString(found.rows()), locale.toString(accounted.rows())));
            } else if (found != accounted) {
                findings.add(table, {}, {},
                             tr("The table's rows differ from those the audit trail accounts for: a row "
                                "was changed outside Mutualise."));
            }
        }
    }

    // Each member as stored, against the latest entry that recorded the whole member.
    QStringList columns;
    for (const MemberField& field : memberFields)
        columns.append(QString::fromLatin1(field.column));
    QSqlQuery members(database);
    if (!members.exec(QStringLiteral("SELECT id, %1 FROM members").arg(columns.join(QStringLiteral(", ")))))
        return wasStopped() ? cancelled : databaseError(members.lastError());
    while (members.next()) {
        const qint64 id = members.value(0).toLongLong();
        const auto latest = latestOfMember.constFind(id);
        if (latest == latestOfMember.constEnd())
            continue; // made in bulk: only the table's digest accounts for it
        const QString number = members.value(1).toString();
        for (int i = 0; i < int(std::size(memberFields)); ++i) {
            const QString stored = members.value(i + 1).toString();
            const QString recorded = jsonText(latest->after.value(QLatin1String(memberFields[i].jsonKey)));
            if (stored != recorded)
                findings.add(QStringLiteral("members"), number, QString::fromLatin1(memberFields[i].column),
                             tr("Member %1's %2 is “%3” where audit entry %4 recorded “%5”.")
                                 .arg(number, QString::fromLatin1(memberFields[i].column), stored,
                                      locale.toString(latest->id), recorded));
        }
        latestOfMember.erase(latest);
    }
    if (!goOn(100))
        return cancelled;
    return report;
}

Result<std::optional<VerifyProblem>> Verifier::checkHead(const AuditHead& head) const
{
    Statement query(m_file.connection(), QStringLiteral("SELECT hash FROM audit_log WHERE id = :id"));
    query.bind(QStringLiteral(":id"), head.entry);
    if (auto done = query.exec(); !done)
        return done.error();
    const QLocale locale;
    const QString key = QString::number(head.entry);
    if (!query.next()) {
        return std::optional<VerifyProblem>(
            VerifyProblem { QStringLiteral("audit_log"),
                            key,
                            {},
                            tr("The audit trail has no entry %1: the file's history was cut short or "
                               "replaced.")
                                .arg(locale.toString(head.entry)) });
    }
    const QString stored = query.value(0).toString();
    const QString given = head.hash.trimmed().toLower().replace(QStringLiteral("..."), QStringLiteral("…"));
    const bool matches = given.size() == stored.size() ? given == stored : shortHash(stored) == given;
    if (matches)
        return std::optional<VerifyProblem>();
    return std::optional<VerifyProblem>(
        VerifyProblem { QStringLiteral("audit_log"), key, QStringLiteral("hash"),
                        tr("Entry %1 has the hash %2, not %3: the file's history was rewritten after the "
                           "report that recorded it.")
                            .arg(locale.toString(head.entry), shortHash(stored), head.hash.trimmed()) });
}

} // namespace mutualise::storage
