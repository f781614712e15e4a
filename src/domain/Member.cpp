#include "Member.h"

#include "Counts.h"
#include "Dates.h"
#include "Text.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

#include <optional>
#include <utility>

namespace mutualise::domain {

namespace {

constexpr qsizetype maximumNameLength = maximumTitleLength;

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
        return memberError(
            QCoreApplication::translate("Member", "The maximum holding (%1) is below the minimum (%2).")
                .arg(shareCount(*memberClass.maximumShares), shareCount(memberClass.minimumShares)),
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
        if (auto valid = checkClassName(memberClass.name); !valid)
            return valid;
        if (auto valid = validateMemberClass(memberClass); !valid)
            return valid;
        const QString name = memberClass.name.trimmed();
        if (names.contains(name, Qt::CaseInsensitive))
            return memberError(QCoreApplication::translate("Member", "Two member classes are called “%1”.")
                                   .arg(quotedText(name)),
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
        if (auto valid = checkClassName(memberClass->name); !valid)
            return Error {
                QCoreApplication::translate("Member", "Row %1: %2").arg(rowNumber).arg(valid.error().message),
                valid.error().rule, valid.error().field
            };
        if (names.contains(memberClass->name, Qt::CaseInsensitive))
            return memberError(QCoreApplication::translate("Member", "Two classes are called “%1”.")
                                   .arg(quotedText(memberClass->name)),
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

QString normalisedMemberNumber(const QString& number)
{
    return number.trimmed().normalized(QString::NormalizationForm_KC);
}

namespace {

// Cyrillic and Greek letters that print like a Latin letter in common fonts (after Unicode's
// confusables list), each with the Latin letter it passes for.
QChar latinLookAlike(char32_t c)
{
    static constexpr std::pair<char32_t, char16_t> lookAlikes[] = {
        // Cyrillic capitals and small letters
        { U'А', u'A' },
        { U'В', u'B' },
        { U'Е', u'E' },
        { U'К', u'K' },
        { U'М', u'M' },
        { U'Н', u'H' },
        { U'О', u'O' },
        { U'Р', u'P' },
        { U'С', u'C' },
        { U'Т', u'T' },
        { U'У', u'Y' },
        { U'Х', u'X' },
        { U'Ѕ', u'S' },
        { U'І', u'I' },
        { U'Ј', u'J' },
        { U'Ү', u'Y' },
        { U'Ԛ', u'Q' },
        { U'Ԝ', u'W' },
        { U'а', u'a' },
        { U'е', u'e' },
        { U'о', u'o' },
        { U'р', u'p' },
        { U'с', u'c' },
        { U'у', u'y' },
        { U'х', u'x' },
        { U'ѕ', u's' },
        { U'і', u'i' },
        { U'ј', u'j' },
        { U'һ', u'h' },
        { U'ԁ', u'd' },
        { U'ԛ', u'q' },
        { U'ԝ', u'w' },
        // Greek capitals and small letters
        { U'Α', u'A' },
        { U'Β', u'B' },
        { U'Ε', u'E' },
        { U'Ζ', u'Z' },
        { U'Η', u'H' },
        { U'Ι', u'I' },
        { U'Κ', u'K' },
        { U'Μ', u'M' },
        { U'Ν', u'N' },
        { U'Ο', u'O' },
        { U'Ρ', u'P' },
        { U'Τ', u'T' },
        { U'Υ', u'Y' },
        { U'Χ', u'X' },
        { U'ο', u'o' },
        { U'ν', u'v' },
        { U'ρ', u'p' },
        { U'ι', u'i' },
        { U'α', u'a' },
        { U'κ', u'k' },
        { U'χ', u'x' },
        { U'υ', u'u' },
    };
    for (const auto& [letter, latin] : lookAlikes) {
        if (letter == c)
            return QChar(latin);
    }
    return {};
}

// Digits, punctuation and combining marks take the script of the letters around them.
bool belongsToEveryScript(QChar::Script script)
{
    return script == QChar::Script_Common || script == QChar::Script_Inherited
        || script == QChar::Script_Unknown;
}

QString characterWithCode(char32_t c)
{
    return QStringLiteral("“%1” (U+%2)")
        .arg(visibleText(QString::fromUcs4(&c, 1)),
             QStringLiteral("%1").arg(static_cast<uint>(c), 4, 16, QLatin1Char('0')).toUpper());
}

} // namespace

Outcome checkMemberNumberScript(const QString& number)
{
    std::optional<QChar::Script> firstScript;
    char32_t firstLetter = 0;
    for (const char32_t c : QStringView(number).toUcs4()) {
        const QChar::Script script = QChar::script(c);
        if (belongsToEveryScript(script))
            continue;
        if (!firstScript) {
            firstScript = script;
            firstLetter = c;
        } else if (script != *firstScript) {
            return memberError(
                QCoreApplication::translate("Member",
                                            "Member number “%1” mixes letters from two "
                                            "scripts, %2 and %3, so it could be taken for "
                                            "another number. Write it in one script.")
                    .arg(quotedText(number), characterWithCode(firstLetter), characterWithCode(c)),
                "mixed-script", "number");
        }
    }
    if (!firstScript || (*firstScript != QChar::Script_Cyrillic && *firstScript != QChar::Script_Greek))
        return ok();
    QString latin;
    for (const char32_t c : QStringView(number).toUcs4()) {
        if (belongsToEveryScript(QChar::script(c))) {
            latin.append(QString::fromUcs4(&c, 1));
            continue;
        }
        const QChar lookAlike = latinLookAlike(c);
        if (lookAlike.isNull())
            return ok();
        latin.append(lookAlike);
    }
    return memberError(QCoreApplication::translate("Member",
                                                   "Member number “%1” is written in letters that look "
                                                   "like the Latin “%2” but are not, so it would be taken "
                                                   "for member %2. Write it in Latin letters.")
                           .arg(quotedText(number), latin),
                       "look-alike-number", "number");
}

Outcome checkClassName(const QString& name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return memberError(QCoreApplication::translate("Member", "A member class needs a name."),
                           "invalid-class", "name");
    if (auto plain = checkPlainText(name, QCoreApplication::translate("Member", "The name of a class"),
                                    QStringLiteral("name"));
        !plain)
        return plain;
    if (trimmed.size() > maximumTitleLength)
        return memberError(QCoreApplication::translate("Member",
                                                       "The name of a class can be at most %1 characters "
                                                       "long.")
                               .arg(maximumTitleLength),
                           "invalid-class", "name");
    return ok();
}

namespace {

Outcome validateNumber(const QString& number)
{
    const QString normalised = normalisedMemberNumber(number);
    if (!isValidMemberNumber(normalised))
        return memberError(
            QCoreApplication::translate("Member",
                                        "\"%1\" is not a member number: use 1 to 20 letters, digits, "
                                        "'-', '/' or '.', starting with a letter or digit, "
                                        "such as C001 or 1042.")
                .arg(quotedText(number)),
            "invalid-number", "number");
    return checkMemberNumberScript(normalised);
}

Outcome validateName(const QString& text)
{
    const QString name = text.trimmed();
    if (name.isEmpty())
        return memberError(QCoreApplication::translate("Member", "A member needs a name."), "invalid-name",
                           "name");
    if (auto plain
        = checkPlainText(text, QCoreApplication::translate("Member", "The name"), QStringLiteral("name"));
        !plain)
        return plain;
    if (name.size() > maximumNameLength)
        return memberError(QCoreApplication::translate("Member", "A name can be at most %1 characters long.")
                               .arg(maximumNameLength),
                           "invalid-name", "name");
    return ok();
}

Outcome validateContact(const Member& member)
{
    if (auto plain = checkPlainText(member.email, QCoreApplication::translate("Member", "The e-mail address"),
                                    QStringLiteral("email"));
        !plain)
        return plain;
    const QString email = member.email.trimmed();
    if (email.size() > maximumEmailLength)
        return memberError(QCoreApplication::translate("Member",
                                                       "An e-mail address can be at most %1 characters "
                                                       "long.")
                               .arg(maximumEmailLength),
                           "invalid-email", "email");
    if (!email.isEmpty() && !isPlausibleEmail(email))
        return memberError(QCoreApplication::translate("Member",
                                                       "\"%1\" does not look like an e-mail address such as "
                                                       "name@example.org.")
                               .arg(quotedText(email)),
                           "invalid-email", "email");
    if (auto plain
        = checkPlainText(member.phone, QCoreApplication::translate("Member", "The telephone number"),
                         QStringLiteral("phone"));
        !plain)
        return plain;
    if (member.phone.trimmed().size() > maximumTitleLength)
        return memberError(QCoreApplication::translate("Member",
                                                       "A telephone number can be at most %1 characters "
                                                       "long.")
                               .arg(maximumTitleLength),
                           "invalid-phone", "phone");
    if (auto plain = checkPlainText(member.address, QCoreApplication::translate("Member", "The address"),
                                    QStringLiteral("address"), Lines::Several);
        !plain)
        return plain;
    if (member.address.trimmed().size() > maximumAddressLength)
        return memberError(
            QCoreApplication::translate("Member", "An address can be at most %1 characters long.")
                .arg(QLocale().toString(maximumAddressLength)),
            "invalid-address", "address");
    return ok();
}

} // namespace

Outcome validateMember(const Member& member, const QDate& today)
{
    if (auto valid = validateNumber(member.number); !valid)
        return valid;
    if (auto valid = validateName(member.name); !valid)
        return valid;
    if (auto valid = validateContact(member); !valid)
        return valid;
    if (auto plausible = checkPlausibleDate(member.admittedOn, today, QStringLiteral("admittedOn"));
        !plausible)
        return plausible;
    if (auto plausible = checkPlausibleDate(member.ceasedOn, today, QStringLiteral("ceasedOn")); !plausible)
        return plausible;
    return validateDates(member);
}

Result<Member> ceased(const Member& member, const QDate& on, const QDate& today)
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
    if (auto plausible = checkPlausibleDate(on, today, QStringLiteral("ceasedOn")); !plausible)
        return plausible.error();
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
