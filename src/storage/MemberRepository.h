#pragma once

#include "CsvImport.h"
#include "MutualFile.h"
#include "Statement.h"
#include "domain/Member.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace mutualise::storage {

// What the members table shows: search, filters and sort, answered a page at a time.
struct MemberQuery
{
    enum class SortKey
    {
        Number,
        Name,
        Kind,
        Class,
        Status,
        AdmittedOn,
        CeasedOn,
        Shares,
    };

    QString search; // matched against number, name and e-mail, case-insensitively
    std::optional<domain::MemberStatus> status;
    std::optional<qint64> classId;
    SortKey sortKey = SortKey::Number;
    bool descending = false;
};

// A member as listed: the register entry plus its class name and its current holding.
struct MemberRow
{
    domain::Member member;
    QString className;
    qint64 shares = 0;
    qint64 amount = 0;
};

struct MemberCount
{
    domain::MemberStatus status;
    qint64 classId = 0;
    qint64 count = 0;
};

class MemberRepository
{
    Q_DECLARE_TR_FUNCTIONS(MemberRepository)

public:
    explicit MemberRepository(MutualFile& file);

    Result<QList<domain::MemberClass>> classes() const;
    Result<domain::MemberClass> addClass(const domain::MemberClass& memberClass);

    Result<qint64> count(const MemberQuery& query) const;
    Result<QList<MemberRow>> page(const MemberQuery& query, qint64 offset, qint64 limit) const;
    // Where the member stands in the listing `query` gives (0 for the first row); nothing when the
    // search and filters leave the member out.
    Result<std::optional<qint64>> positionOf(const MemberQuery& query, qint64 memberId) const;

    Result<domain::Member> member(qint64 id) const;
    // The number is taken as domain::normalisedMemberNumber gives it, ignoring case; rule
    // "unknown-member".
    Result<domain::Member> memberByNumber(const QString& number) const;
    Result<QList<domain::Member>> allMembers() const; // ordered by number
    // The number to offer for the next member (domain::nextMemberNumber of every number, ceased
    // members' included, in the order they were added).
    Result<QString> nextFreeNumber() const;

    // Validates, refuses a duplicate number (rule "duplicate-number") or unknown class
    // ("unknown-class"), stores and audits in one transaction; returns the member with its id. The
    // number is stored as domain::normalisedMemberNumber gives it.
    Result<domain::Member> add(const domain::Member& member);
    Result<domain::Member> update(const domain::Member& member);
    Result<domain::Member> cease(qint64 memberId, const QDate& on);

    // Members by status and class, for the dashboard.
    Result<QList<MemberCount>> countsByStatusAndClass() const;

    // Imports the members in a CSV file, all of them or, when any row has a problem, none: a header
    // row naming the columns number, name, kind (individual or organisation), class (its name),
    // admitted and, if the register keeps them, email, phone, address and ceased, in any order (or the
    // columns `options.mapping` chooses); then a member a row. Each is checked as add() checks it,
    // against the register and the rows before it; each one stored is audited as "member.import".
    // Rules of the problems besides a member's own: "members-csv" (the file's shape),
    // "duplicate-number", "unknown-class", "invalid-kind".
    Result<ImportReport> importCsv(QByteArrayView content, const ImportOptions& options);
    static QList<ImportField> importFields();

    // The checks a member passes before it is stored: domain::validateMember, and no date after today.
    static Outcome validateForRegister(const domain::Member& member);

private:
    // Stores a new member already checked, and audits it as `action`, inside a transaction, with the
    // statement insertStatement() prepared.
    Statement insertStatement() const;
    Result<qint64> insertWithin(Statement& insert, const domain::Member& member, const QString& action);
    Outcome checkAgainstLedger(const domain::Member& changed, const domain::Member& before) const;

    MutualFile& m_file;
};

} // namespace mutualise::storage
