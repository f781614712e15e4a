#include "Member.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

namespace mutualise::domain {

namespace {

constexpr qsizetype maximumNameLength = 200;

Error memberError(const QString& message, const char* rule, const char* field)
{
    return Error { message, QString::fromLatin1(rule), QString::fromLatin1(field) };
}

bool isPlausibleEmail(const QString& email)
{
    // local@domain.tld: no spaces, one '@', a dot inside the domain with text on both sides.
    static const QRegularExpression pattern(
        QStringLiteral(R"(^[^@\s]+@[^@\s.]+(\.[^@\s.]+)*\.[^@\s.]{2,}$)"));
    return pattern.match(email).hasMatch();
}

Outcome validateDates(const Member& member)
{
    switch (member.status) {
    case MemberStatus::Applicant:
        if (!member.admittedOn.isNull())
            return memberError(
                QCoreApplication::translate("Member",
                                            "An applicant has not been admitted yet, so has no date of "
                                            "admission; make the member active to record one."),
                "invalid-date", "admittedOn");
        if (!member.ceasedOn.isNull())
            return memberError(
                QCoreApplication::translate("Member", "An applicant cannot have a date of cessation."),
                "invalid-date", "ceasedOn");
        break;
    case MemberStatus::Active:
    case MemberStatus::Suspended:
        if (!member.admittedOn.isValid())
            return memberError(QCoreApplication::translate(
                                   "Member", "An active or suspended member needs a date of admission."),
                               "invalid-date", "admittedOn");
        if (!member.ceasedOn.isNull())
            return memberError(
                QCoreApplication::translate("Member", "Only a ceased member has a date of cessation."),
                "invalid-date", "ceasedOn");
        break;
    case MemberStatus::Ceased:
        if (!member.admittedOn.isValid())
            return memberError(
                QCoreApplication::translate("Member", "A ceased member needs a date of admission."),
                "invalid-date", "admittedOn");
        if (!member.ceasedOn.isValid())
            return memberError(
                QCoreApplication::translate("Member", "A ceased member needs a date of cessation."),
                "invalid-date", "ceasedOn");
        if (member.ceasedOn < member.admittedOn)
            return memberError(QCoreApplication::translate(
                                   "Member", "The date of cessation is before the date of admission."),
                               "invalid-date", "ceasedOn");
        break;
    }
    if (!member.admittedOn.isNull() && !member.admittedOn.isValid())
        return memberError(
            QCoreApplication::translate("Member", "The date of admission is not a valid date."),
            "invalid-date", "admittedOn");
    return ok();
}

} // namespace

QString statusKey(MemberStatus status)
{
    switch (status) {
    case MemberStatus::Applicant:
        return QStringLiteral("applicant");
    case MemberStatus::Active:
        return QStringLiteral("active");
    case MemberStatus::Suspended:
        return QStringLiteral("suspended");
    case MemberStatus::Ceased:
        return QStringLiteral("ceased");
    }
    Q_UNREACHABLE();
    return {};
}

std::optional<MemberStatus> statusFromKey(QStringView key)
{
    for (const MemberStatus status : allStatuses()) {
        if (key == statusKey(status))
            return status;
    }
    return std::nullopt;
}

QString statusLabel(MemberStatus status)
{
    switch (status) {
    case MemberStatus::Applicant:
        return QCoreApplication::translate("Member", "Applicant");
    case MemberStatus::Active:
        return QCoreApplication::translate("Member", "Active");
    case MemberStatus::Suspended:
        return QCoreApplication::translate("Member", "Suspended");
    case MemberStatus::Ceased:
        return QCoreApplication::translate("Member", "Ceased");
    }
    Q_UNREACHABLE();
    return {};
}

QList<MemberStatus> allStatuses()
{
    return { MemberStatus::Applicant, MemberStatus::Active, MemberStatus::Suspended, MemberStatus::Ceased };
}

QString kindKey(MemberKind kind)
{
    switch (kind) {
    case MemberKind::Individual:
        return QStringLiteral("individual");
    case MemberKind::Organisation:
        return QStringLiteral("organisation");
    }
    Q_UNREACHABLE();
    return {};
}

std::optional<MemberKind> kindFromKey(QStringView key)
{
    for (const MemberKind kind : { MemberKind::Individual, MemberKind::Organisation }) {
        if (key == kindKey(kind))
            return kind;
    }
    return std::nullopt;
}

QString kindLabel(MemberKind kind)
{
    switch (kind) {
    case MemberKind::Individual:
        return QCoreApplication::translate("Member", "Individual");
    case MemberKind::Organisation:
        return QCoreApplication::translate("Member", "Organisation");
    }
    Q_UNREACHABLE();
    return {};
}

Outcome validateMemberClass(const MemberClass& memberClass)
{
    if (memberClass.name.trimmed().isEmpty())
        return memberError(QCoreApplication::translate("Member", "A member class needs a name."),
                           "invalid-class", "name");
    if (memberClass.minimumShares < 0)
        return memberError(QCoreApplication::translate("Member", "The minimum holding cannot be negative."),
                           "invalid-class", "minimumShares");
    if (memberClass.maximumShares && *memberClass.maximumShares < memberClass.minimumShares)
        return memberError(QCoreApplication::translate(
                               "Member", "The maximum holding (%1 shares) is below the minimum (%2 shares).")
                               .arg(*memberClass.maximumShares)
                               .arg(memberClass.minimumShares),
                           "invalid-class", "maximumShares");
    if (memberClass.votingShareBasisPoints < 0 || memberClass.votingShareBasisPoints > 10'000)
        return memberError(
            QCoreApplication::translate("Member", "A class's share of the vote must be between 0% and 100%."),
            "invalid-class", "votingShareBasisPoints");
    return ok();
}

Outcome validateMemberClasses(const QList<MemberClass>& classes)
{
    if (classes.isEmpty())
        return memberError(QCoreApplication::translate("Member", "A mutual needs at least one member class."),
                           "no-classes", "classes");
    QStringList names;
    for (const MemberClass& memberClass : classes) {
        if (auto valid = validateMemberClass(memberClass); !valid)
            return valid;
        const QString name = memberClass.name.trimmed();
        if (names.contains(name, Qt::CaseInsensitive))
            return memberError(
                QCoreApplication::translate("Member", "Two member classes are called “%1”.").arg(name),
                "duplicate-class", "name");
        names.append(name);
    }
    return ok();
}

namespace {

Result<MemberClass> memberClassFromRow(const MemberClassRow& row, int rowNumber)
{
    MemberClass memberClass;
    memberClass.name = row.name.trimmed();
    bool isNumber = false;
    memberClass.minimumShares = row.minimumShares.trimmed().toLongLong(&isNumber);
    if (!isNumber)
        return memberError(
            QCoreApplication::translate("Member", "Row %1: the minimum shares must be a whole number.")
                .arg(rowNumber),
            "invalid-number", "minimumShares");
    return memberClass;
}

} // namespace

Result<QList<MemberClass>> memberClassesFromRows(const QList<MemberClassRow>& rows)
{
    QList<MemberClass> classes;
    QStringList names;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const int rowNumber = static_cast<int>(i + 1);
        const auto memberClass = memberClassFromRow(rows.at(i), rowNumber);
        if (!memberClass)
            return memberClass.error();
        if (names.contains(memberClass->name, Qt::CaseInsensitive))
            return memberError(
                QCoreApplication::translate("Member", "Two classes are called “%1”.").arg(memberClass->name),
                "duplicate-class", "name");
        if (auto valid = validateMemberClass(*memberClass); !valid)
            return Error {
                QCoreApplication::translate("Member", "Row %1: %2").arg(rowNumber).arg(valid.error().message),
                valid.error().rule, valid.error().field
            };
        names.append(memberClass->name);
        classes.append(*memberClass);
    }
    if (classes.isEmpty())
        return memberError(QCoreApplication::translate("Member", "A mutual needs at least one member class."),
                           "no-classes", "");
    return classes;
}

bool isValidMemberNumber(QStringView number)
{
    if (number.isEmpty() || number.size() > 20)
        return false;
    const auto isLetterOrDigit = [](QChar c) { return c.isLetterOrNumber(); };
    if (!isLetterOrDigit(number.front()))
        return false;
    for (const QChar c : number) {
        if (!isLetterOrDigit(c) && c != u'-' && c != u'/' && c != u'.')
            return false;
    }
    return true;
}

Outcome validateMember(const Member& member)
{
    if (!isValidMemberNumber(member.number))
        return memberError(
            QCoreApplication::translate("Member",
                                        "\"%1\" is not a member number: use 1 to 20 letters, digits, "
                                        "'-', '/' or '.', starting with a letter or digit, "
                                        "such as C001 or 1042.")
                .arg(member.number),
            "invalid-number", "number");
    const QString name = member.name.trimmed();
    if (name.isEmpty())
        return memberError(QCoreApplication::translate("Member", "A member needs a name."), "invalid-name",
                           "name");
    if (name.size() > maximumNameLength)
        return memberError(QCoreApplication::translate("Member", "A name can be at most %1 characters long.")
                               .arg(maximumNameLength),
                           "invalid-name", "name");
    const QString email = member.email.trimmed();
    if (!email.isEmpty() && !isPlausibleEmail(email))
        return memberError(QCoreApplication::translate("Member",
                                                       "\"%1\" does not look like an e-mail address such as "
                                                       "name@example.org.")
                               .arg(email),
                           "invalid-email", "email");
    return validateDates(member);
}

Result<Member> ceased(const Member& member, const QDate& on)
{
    if (member.status == MemberStatus::Ceased)
        return memberError(
            QCoreApplication::translate("Member", "Member %1 has already ceased.").arg(member.number),
            "already-ceased", "status");
    if (!member.admittedOn.isValid() || member.status == MemberStatus::Applicant)
        return memberError(
            QCoreApplication::translate("Member", "Member %1 was never admitted, so cannot cease.")
                .arg(member.number),
            "not-admitted", "status");
    if (!on.isValid())
        return memberError(
            QCoreApplication::translate("Member", "The date of cessation is not a valid date."),
            "invalid-date", "ceasedOn");
    if (on < member.admittedOn)
        return memberError(QCoreApplication::translate("Member", "Member %1 was admitted on %2, after %3.")
                               .arg(member.number,
                                    QLocale().toString(member.admittedOn, QLocale::ShortFormat),
                                    QLocale().toString(on, QLocale::ShortFormat)),
                           "invalid-date", "ceasedOn");
    Member result = member;
    result.status = MemberStatus::Ceased;
    result.ceasedOn = on;
    return result;
}

bool isVotingMemberOn(const Member& member, const QDate& day)
{
    const bool hasVotingStatus
        = member.status == MemberStatus::Active || member.status == MemberStatus::Ceased;
    return hasVotingStatus && member.admittedOn.isValid() && member.admittedOn <= day
        && (!member.ceasedOn.isValid() || member.ceasedOn > day);
}

} // namespace mutualise::domain
