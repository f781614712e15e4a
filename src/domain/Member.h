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
// plausible e-mail address, plain text without control characters (rule "control-character"; only the
// address may run over several lines), texts within their bounds, dates that agree with the status and
// lie in the plausible range of checkPlausibleDate (rule "implausible-date"). The number is judged as
// normalisedMemberNumber gives it (rules "invalid-number", "mixed-script", "look-alike-number").
// Error::field names the field at fault ("number", "name", "email", "phone", "address", "admittedOn",
// "ceasedOn", "status").
Outcome validateMember(const Member& member, const QDate& today = QDate::currentDate());

// The longest e-mail address (RFC 5321) and postal address.
inline constexpr qsizetype maximumEmailLength = 254;
inline constexpr qsizetype maximumAddressLength = 1'000;

// A member number: 1 to 20 letters, digits, '-', '/' or '.', starting with a letter or digit.
bool isValidMemberNumber(QStringView number);

// A member number as the register keeps it: trimmed and in Unicode compatibility form (NFKC), so that
// a fullwidth "１０１" is the number 101 and a ligature is its letters. Every number taken in, to add a
// member or to find one, goes through it.
QString normalisedMemberNumber(const QString& number);

// Whether a person reading the number could take it for another: letters from two scripts ("С001"
// with a Cyrillic С beside a Latin 0, rule "mixed-script"), or letters all from Cyrillic or Greek that
// each look like a Latin one ("С001" alone, "АВ12": rule "look-alike-number", naming the Latin
// number it mimics). Digits and punctuation belong to every script. A number wholly in another script
// that cannot be mistaken for a Latin one ("Д42", "ΣΦ-7") stays allowed.
Outcome checkMemberNumberScript(const QString& number);

// A member class's name: present, plain text on one line, at most maximumTitleLength characters.
// Rules "invalid-class", "control-character".
Outcome checkClassName(const QString& name);

// The member as it is once ceased on the given date, or why it cannot be ceased (already ceased,
// never admitted, a date before admission, a date outside checkPlausibleDate's range).
Result<Member> ceased(const Member& member, const QDate& on, const QDate& today = QDate::currentDate());

} // namespace mutualise::domain
