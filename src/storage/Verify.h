#pragma once

#include "AuditLog.h"
#include "MutualFile.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <atomic>
#include <functional>
#include <mutex>
#include <optional>

struct sqlite3;

namespace mutualise::storage {

// One thing that does not hold, said of the table, row and column it concerns where there is one.
struct VerifyProblem
{
    QString table;
    QString key;
    QString field;
    QString message;
};

struct VerifyReport
{
    AuditHead head;
    QList<VerifyProblem> problems; // the first mostVerifyProblemsKept found
    qint64 problemCount = 0; // all found
    qint64 entriesChecked = 0;
    qint64 rowsChecked = 0;
    bool isIntact() const { return problemCount == 0; }
};

// A file damaged throughout could have a problem for every row; the rest are counted, not kept.
constexpr qsizetype mostVerifyProblemsKept = 10000;

// Stops a check running on another thread, even in the middle of SQLite's own integrity check, which
// reads the whole file in one step.
class VerificationStop
{
public:
    // From any thread.
    void request();
    bool isRequested() const { return m_isRequested; }

private:
    friend class Verifier;
    void attach(sqlite3* database);
    void detach();

    std::mutex m_mutex;
    sqlite3* m_database = nullptr; // the connection of the check under way, while it runs
    std::atomic<bool> m_isRequested { false };
};

// Checks that a file is what the program made of it, without changing it:
//   - SQLite's integrity check and foreign key check;
//   - the audit trail's hash chain, entry by entry;
//   - that every recorded table (see RowDigest.h) holds exactly the rows its audit entries account for,
//     naming the member and field where a member's row differs from its latest entry.
class Verifier
{
    Q_DECLARE_TR_FUNCTIONS(Verifier)

public:
    explicit Verifier(MutualFile& file);

    // `progress`, when given, is told the share of the work done (0 to 100) many times a second, on the
    // thread that runs the check, and stops the
    // check by returning false; the result is then an error with rule "cancelled", as it is when
    // `stop` is requested.
    Result<VerifyReport> run(const std::function<bool(int percent)>& progress = {},
                             VerificationStop* stop = nullptr) const;

    // Whether the trail still has entry `head.entry` with that hash: what a printed report recorded.
    // `head.hash` is the whole hash, or its first and last digits as a report prints them
    // ("3f9a…c21e"). A problem when it does not.
    Result<std::optional<VerifyProblem>> checkHead(const AuditHead& head) const;

    // The hash as a report prints it: its first and last four digits.
    static QString shortHash(const QString& hash);

private:
    MutualFile& m_file;
};

} // namespace mutualise::storage
