#pragma once

#include "Error.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace mutualise::domain {

enum class MemberStatus
{
    Applicant,
    Active,
    Suspended,
    Ceased,
};

enum class MemberKind
{
    Individual,
    Organisation,
};

// Stable keys stored in files and printed by the CLI ("applicant", "active", "suspended", "ceased";
// "individual", "organisation") and translated labels for people.
QString statusKey(MemberStatus status);
std::optional<MemberStatus> statusFromKey(QStringView key);
QString statusLabel(MemberStatus status);
QList<MemberStatus> allStatuses();

QString kindKey(MemberKind kind);
std::optional<MemberKind> kindFromKey(QStringView key);
QString kindLabel(MemberKind kind);

// A class of membership such as "Founding council", "Employee" or "Community". A class may require a
// minimum holding and cap the holding of any one member.
struct MemberClass
{
    qint64 id = 0;
    QString name;
    qint64 minimumShares = 0;
    std::optional<qint64> maximumShares;
    // The class's agreed share of the vote in class-weighted votes, in basis points (0 when unset).
    int votingShareBasisPoints = 0;

    bool operator==(const MemberClass&) const = default;
};

Outcome validateMemberClass(const MemberClass& memberClass);
// The classes a new mutual starts with: at least one, each valid, no two named alike ignoring case
// (rules "no-classes", "duplicate-class", or a class's own rule).
Outcome validateMemberClasses(const QList<MemberClass>& classes);

// A member class as a person types it in a row of a table: its name, and its minimum holding as text.
struct MemberClassRow
{
    QString name;
    QString minimumShares;
};

// The classes typed in a table, in order, or the first problem, naming its row from 1: a minimum that
// is not a whole number ("invalid-number"), a name used twice ignoring case ("duplicate-class"), a
// class's own rule ("invalid-class"), or no rows at all ("no-classes").
Result<QList<MemberClass>> memberClassesFromRows(const QList<MemberClassRow>& rows);

// An entry in the register of members. A ceased member stays in the register with both dates.
struct Member
{
    qint64 id = 0;
    QString number; // unique and human-facing: "C001", "1042"
    QString name;
    MemberKind kind = MemberKind::Individual;
    qint64 classId = 0;
    QString email;
    QString phone;
    QString address;
    QDate admittedOn; // null for an applicant not yet admitted
    QDate ceasedOn; // null unless ceased
    MemberStatus status = MemberStatus::Applicant;

    bool isActive() const { return status == MemberStatus::Active; }
    bool operator==(const Member&) const = default;
};

// Whether the member takes part in meetings and votes on `day`: admitted by then, not ceased by then,
// and neither an applicant nor suspended. A member who has since ceased took part while a member.
bool isVotingMemberOn(const Member& member, const QDate& day);

// The checks a member must pass before it is stored: number and name present and well formed, a
// plausible e-mail address, dates that agree with the status. Error::field names the field at fault
// ("number", "name", "email", "admittedOn", "ceasedOn", "status").
Outcome validateMember(const Member& member);

// A member number: 1 to 20 letters, digits, '-', '/' or '.', starting with a letter or digit.
bool isValidMemberNumber(QStringView number);

// The member as it is once ceased on the given date, or why it cannot be ceased (already ceased,
// never admitted, a date before admission).
Result<Member> ceased(const Member& member, const QDate& on);

} // namespace mutualise::domain
