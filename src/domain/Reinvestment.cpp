#include "Reinvestment.h"

#include "Dates.h"
#include "ShareEntry.h"
#include "Text.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

#include <limits>

namespace mutualise::domain {

namespace {

Error reinvestmentError(const QString& message, const char* rule, const char* field)
{
    return Error { message, QString::fromLatin1(rule), QString::fromLatin1(field) };
}

// The context of this file's texts, as translators and the running program both name it.
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(Reinvestment)
};

// Plain text of at most `longest` characters; several lines when `lines` says so.
Outcome checkText(const QString& text, const QString& what, const char* field, qsizetype longest,
                  Lines lines = Lines::Single)
{
    if (auto plain = checkPlainText(text, what, QString::fromLatin1(field), lines); !plain)
        return plain;
    if (text.trimmed().size() > longest)
        return reinvestmentError(
            Texts::tr("%1 can be at most %2 characters long.").arg(what, QLocale().toString(longest)),
            "invalid-text", field);
    return ok();
}

Outcome checkAmount(qint64 amount, const QString& what, const char* field)
{
    if (amount <= 0)
        return reinvestmentError(Texts::tr("%1 must be more than nothing.").arg(what), "invalid-amount",
                                 field);
    if (amount > maximumAmountInOneEntry)
        return reinvestmentError(Texts::tr("%1 is more than %2 minor units, the most one entry may carry.")
                                     .arg(what, QLocale().toString(maximumAmountInOneEntry)),
                                 "invalid-amount", field);
    return ok();
}

// A date that has happened: a grant paid, a pledge made.
Outcome checkPastDate(const QDate& date, const QString& what, const char* field, const QDate& today)
{
    if (!date.isValid())
        return reinvestmentError(Texts::tr("%1 needs a date.").arg(what), "missing-date", field);
    return checkNotInFuture(date, today, QString::fromLatin1(field));
}

Outcome checkProjectDates(const Project& project, const QDate& today)
{
    if (auto plausible = checkPlausibleDate(project.startsOn, today, QStringLiteral("startsOn")); !plausible)
        return plausible;
    if (auto plausible = checkPlausibleDate(project.endsOn, today, QStringLiteral("endsOn")); !plausible)
        return plausible;
    if (project.startsOn.isValid() && project.endsOn.isValid() && project.endsOn < project.startsOn)
        return reinvestmentError(
            Texts::tr("The project ends on %1, before it starts on %2.")
                .arg(project.endsOn.toString(Qt::ISODate), project.startsOn.toString(Qt::ISODate)),
            "invalid-date", "endsOn");
    return ok();
}

QString money(qint64 amount, const Currency& currency)
{
    return Money(amount, currency).format();
}

} // namespace

QString projectStatusKey(ProjectStatus status)
{
    switch (status) {
    case ProjectStatus::Proposed:
        return QStringLiteral("proposed");
    case ProjectStatus::Approved:
        return QStringLiteral("approved");
    case ProjectStatus::Funded:
        return QStringLiteral("funded");
    case ProjectStatus::Completed:
        return QStringLiteral("completed");
    case ProjectStatus::Withdrawn:
        return QStringLiteral("withdrawn");
    }
    Q_UNREACHABLE();
    return {};
}

std::optional<ProjectStatus> projectStatusFromKey(QStringView key)
{
    for (const ProjectStatus status : allProjectStatuses()) {
        if (key == projectStatusKey(status))
            return status;
    }
    return std::nullopt;
}

QString projectStatusLabel(ProjectStatus status)
{
    switch (status) {
    case ProjectStatus::Proposed:
        return Texts::tr("Proposed");
    case ProjectStatus::Approved:
        return Texts::tr("Approved");
    case ProjectStatus::Funded:
        return Texts::tr("Funded");
    case ProjectStatus::Completed:
        return Texts::tr("Completed");
    case ProjectStatus::Withdrawn:
        return Texts::tr("Withdrawn");
    }
    Q_UNREACHABLE();
    return {};
}

QList<ProjectStatus> allProjectStatuses()
{
    return { ProjectStatus::Proposed, ProjectStatus::Approved, ProjectStatus::Funded,
             ProjectStatus::Completed, ProjectStatus::Withdrawn };
}

bool isProjectClosed(ProjectStatus status)
{
    return status == ProjectStatus::Funded || status == ProjectStatus::Completed
        || status == ProjectStatus::Withdrawn;
}

Outcome checkStatusChange(ProjectStatus from, ProjectStatus to)
{
    if (from == to)
        return ok();
    bool isAllowed = false;
    switch (from) {
    case ProjectStatus::Proposed:
        isAllowed = to != ProjectStatus::Completed;
        break;
    case ProjectStatus::Approved:
        isAllowed = to != ProjectStatus::Proposed && to != ProjectStatus::Completed;
        break;
    case ProjectStatus::Funded:
        isAllowed = to == ProjectStatus::Completed || to == ProjectStatus::Withdrawn;
        break;
    case ProjectStatus::Completed:
    case ProjectStatus::Withdrawn:
        return reinvestmentError(
            Texts::tr("The project is %1, which is final: its status cannot change to %2.")
                .arg(projectStatusLabel(from).toLower(), projectStatusLabel(to).toLower()),
            "status-change", "status");
    }
    if (isAllowed)
        return ok();
    return reinvestmentError(Texts::tr("A project that is %1 cannot become %2.")
                                 .arg(projectStatusLabel(from).toLower(), projectStatusLabel(to).toLower()),
                             "status-change", "status");
}

QString projectCategoryLabel(const ProjectCategory& category)
{
    if (!category.isBuiltIn)
        return category.label;
    if (category.key == u"community-funding")
        return Texts::tr("Community funding");
    if (category.key == u"innovation")
        return Texts::tr("Innovation");
    if (category.key == u"research")
        return Texts::tr("Research");
    if (category.key == u"digital-inclusion")
        return Texts::tr("Digital inclusion");
    if (category.key == u"skills")
        return Texts::tr("Skills");
    return category.label;
}

Outcome validateProjectCategory(const ProjectCategory& category)
{
    static const QRegularExpression keyPattern(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
    if (category.key.size() > 40 || !keyPattern.match(category.key).hasMatch())
        return reinvestmentError(
            Texts::tr("A category's key is lower-case letters and digits joined by hyphens, "
                      "at most 40 characters, such as “food-poverty”; “%1” is not.")
                .arg(quotedText(category.key)),
            "invalid-category", "key");
    if (category.label.trimmed().isEmpty())
        return reinvestmentError(Texts::tr("A category needs a label."), "invalid-category", "label");
    return checkText(category.label, Texts::tr("The category's label"), "label", maximumTitleLength);
}

bool isCharityOrgId(const QString& orgId)
{
    const QString upper = orgId.toUpper();
    return upper.startsWith(QStringLiteral("GB-CHC-")) || upper.startsWith(QStringLiteral("GB-SC-"))
        || upper.startsWith(QStringLiteral("GB-NIC-"));
}

bool isRecipientAssetLockedOrCharity(const Project& project)
{
    return project.isRecipientAssetLocked || isCharityOrgId(project.recipientOrgId);
}

namespace {

struct KnownList
{
    const char* prefix;
    const char* pattern;
    const char* what; // the list, for the message
    const char* shape; // what follows the prefix
    const char* example;
};

// The lists whose identifiers a finance officer meets most, with the shape of their numbers
// (org-id.guide: GB-CHC, GB-COH, GB-SC, GB-NIC, and councils in England, Scotland and Wales).
constexpr KnownList knownLists[] = {
    { "GB-CHC-", "^[0-9]{6,7}$",
      QT_TRANSLATE_NOOP("Reinvestment", "the register of charities in England and Wales"),
      QT_TRANSLATE_NOOP("Reinvestment", "the charity's registration number, 6 or 7 digits"),
      "GB-CHC-1234567" },
    { "GB-COH-", "^([0-9]{8}|[A-Za-z]{2}[0-9]{6})$", QT_TRANSLATE_NOOP("Reinvestment", "Companies House"),
      QT_TRANSLATE_NOOP("Reinvestment", "the company number, 8 characters"), "GB-COH-01234567" },
    { "GB-SC-", "^[Ss][Cc][0-9]{6}$", QT_TRANSLATE_NOOP("Reinvestment", "the Scottish Charity Register"),
      QT_TRANSLATE_NOOP("Reinvestment", "SC and 6 digits"), "GB-SC-SC012345" },
    { "GB-NIC-", "^[0-9]{6}$",
      QT_TRANSLATE_NOOP("Reinvestment", "the register of charities in Northern Ireland"),
      QT_TRANSLATE_NOOP("Reinvestment", "the charity's number, 6 digits"), "GB-NIC-101234" },
    { "GB-LAE-", "^[A-Za-z]{3}$",
      QT_TRANSLATE_NOOP("Reinvestment", "the list of local authorities in England"),
      QT_TRANSLATE_NOOP("Reinvestment", "the council's 3-letter code"), "GB-LAE-MAN" },
    { "GB-LAS-", "^[A-Za-z]{3}$",
      QT_TRANSLATE_NOOP("Reinvestment", "the list of local authorities in Scotland"),
      QT_TRANSLATE_NOOP("Reinvestment", "the council's 3-letter code"), "GB-LAS-EDH" },
    { "GB-WAL-", "^[A-Za-z]{3}$", QT_TRANSLATE_NOOP("Reinvestment", "the list of local authorities in Wales"),
      QT_TRANSLATE_NOOP("Reinvestment", "the council's 3-letter code"), "GB-WAL-CRF" },
};

// Rule "invalid-org-id" for an identifier in one of knownLists that does not have its shape.
Outcome checkOrgIdInKnownList(const QString& orgId)
{
    for (const KnownList& list : knownLists) {
        const QString prefix = QString::fromLatin1(list.prefix);
        if (!orgId.startsWith(prefix, Qt::CaseInsensitive))
            continue;
        const QRegularExpression pattern(QString::fromLatin1(list.pattern));
        if (pattern.match(orgId.mid(prefix.size())).hasMatch())
            return ok();
        //: %1 is what was typed, %2 the list ("Companies House"), %3 its prefix, %4 the shape of the
        //: number ("the company number, 8 characters"), %5 an example
        return reinvestmentError(Texts::tr("“%1” is not an identifier in %2: after %3 comes %4, as in %5.")
                                     .arg(quotedText(orgId), Texts::tr(list.what), prefix,
                                          Texts::tr(list.shape), QString::fromLatin1(list.example)),
                                 "invalid-org-id", "recipientOrgId");
    }
    return ok();
}

} // namespace

Outcome checkOrgId(const QString& orgId)
{
    if (orgId.isEmpty())
        return ok();
    if (auto plain
        = checkPlainText(orgId, Texts::tr("The recipient's org-id"), QStringLiteral("recipientOrgId"));
        !plain)
        return plain;
    // A list prefix (country code and list, letters and digits: GB-CHC, GB-COH, XI-PB) and an
    // identifier in that list; org-id.guide has longer prefixes, so only the shape is checked.
    static const QRegularExpression pattern(
        QStringLiteral("^[A-Za-z]{2}-[A-Za-z0-9]{2,10}-[A-Za-z0-9][A-Za-z0-9-]*$"));
    if (orgId.size() > 100 || !pattern.match(orgId).hasMatch())
        return reinvestmentError(
            Texts::tr(
                "“%1” does not read as an org-id: it is a list prefix such as GB-CHC (charities in England "
                "and Wales), GB-COH (Companies House) or GB-LAE (councils in England), a hyphen and the "
                "identifier in that list, without spaces, as in GB-CHC-1234567 or GB-COH-01234567.")
                .arg(quotedText(orgId)),
            "invalid-org-id", "recipientOrgId");
    // The lists a finance officer meets most are read more closely, so that a number cut short is
    // caught before a grant is paid to it.
    return checkOrgIdInKnownList(orgId);
}

Outcome validateProject(const Project& project, const QDate& today)
{
    if (project.title.trimmed().isEmpty())
        return reinvestmentError(Texts::tr("A project needs a title."), "missing-title", "title");
    if (auto text = checkText(project.title, Texts::tr("The title"), "title", maximumTitleLength); !text)
        return text;
    if (auto text = checkText(project.description, Texts::tr("The description"), "description",
                              maximumProjectTextLength, Lines::Several);
        !text)
        return text;
    if (auto text = checkText(project.recipientName, Texts::tr("The recipient's name"), "recipientName",
                              maximumTitleLength);
        !text)
        return text;
    if (auto orgId = checkOrgId(project.recipientOrgId); !orgId)
        return orgId;
    if (auto text = checkText(project.outcomes, Texts::tr("The outcomes"), "outcomes",
                              maximumProjectTextLength, Lines::Several);
        !text)
        return text;
    if (auto amount = checkAmount(project.target, Texts::tr("The target"), "target"); !amount)
        return amount;
    return checkProjectDates(project, today);
}

Outcome validateGrant(const Grant& grant, const QDate& today)
{
    if (auto amount = checkAmount(grant.amount, Texts::tr("A grant"), "amount"); !amount)
        return amount;
    if (auto date = checkPastDate(grant.date, Texts::tr("A grant"), "date", today); !date)
        return date;
    if (auto text = checkText(grant.communityBenefit, Texts::tr("The community benefit"), "communityBenefit",
                              maximumProjectTextLength, Lines::Several);
        !text)
        return text;
    return checkText(grant.reference, Texts::tr("The reference"), "reference", maximumReferenceLength);
}

Outcome validatePledge(const Pledge& pledge, const QDate& today)
{
    if (auto amount = checkAmount(pledge.amount, Texts::tr("A pledge"), "amount"); !amount)
        return amount;
    if (auto date = checkPastDate(pledge.date, Texts::tr("A pledge"), "date", today); !date)
        return date;
    return checkText(pledge.reference, Texts::tr("The reference"), "reference", maximumReferenceLength);
}

Outcome checkFundBalance(qint64 amount, qint64 balance, const QDate& date, const Currency& currency,
                         const QDate& limitingDate)
{
    if (amount <= balance)
        return ok();
    // A balance below zero is possible only in a file changed behind the program's back.
    qint64 shortfall = 0;
    if (qSubOverflow(amount, balance, &shortfall))
        shortfall = std::numeric_limits<qint64>::max();
    if (limitingDate.isValid() && limitingDate != date)
        return reinvestmentError(
            Texts::tr(
                "The grant of %1 dated %2 would leave the fund short on %3, when the grants already recorded "
                "up to that day leave it %4: it is %5 too much.")
                .arg(money(amount, currency), date.toString(Qt::ISODate), limitingDate.toString(Qt::ISODate),
                     money(balance, currency), money(shortfall, currency)),
            "fund-balance", "amount");
    return reinvestmentError(
        Texts::tr("The grant of %1 is more than the fund holds on %2: the balance is %3, "
                  "%4 short.")
            .arg(money(amount, currency), date.toString(Qt::ISODate), money(balance, currency),
                 money(shortfall, currency)),
        "fund-balance", "amount");
}

Outcome checkProjectOpenForPledges(const Project& project)
{
    if (!isProjectClosed(project.status))
        return ok();
    return reinvestmentError(
        Texts::tr("The project “%1” is %2: it takes no more pledges.")
            .arg(quotedText(project.title), projectStatusLabel(project.status).toLower()),
        "project-closed", "project");
}

Outcome checkProjectOpenForGrants(const Project& project)
{
    if (project.status != ProjectStatus::Completed && project.status != ProjectStatus::Withdrawn)
        return ok();
    return reinvestmentError(
        Texts::tr("The project “%1” is %2: it takes no more grants.")
            .arg(quotedText(project.title), projectStatusLabel(project.status).toLower()),
        "project-closed", "project");
}

Outcome checkCicAssetLock(const Mutual& mutual, const Project& project, const Grant& grant)
{
    if (mutual.legalForm != LegalForm::CommunityInterestCompany || isRecipientAssetLockedOrCharity(project)
        || !grant.communityBenefit.trimmed().isEmpty())
        return ok();
    const QString recipient = project.recipientName.isEmpty()
        ? Texts::tr("the recipient")
        : QStringLiteral("“%1”").arg(quotedText(project.recipientName));
    return reinvestmentError(
        Texts::tr("The mutual is a community interest company and %1 is not marked as an "
                  "asset-locked body or a charity: the grant must state the community "
                  "benefit it serves.")
            .arg(recipient),
        "cic-asset-lock", "communityBenefit");
}

Outcome checkResolutionCarried(qint64 motionId, const std::optional<Resolution>& resolution)
{
    if (!resolution)
        return reinvestmentError(Texts::tr("There is no motion %1 to approve the grant.").arg(motionId),
                                 "resolution-not-carried", "motion");
    if (resolution->state != VoteState::Closed)
        return reinvestmentError(Texts::tr("Motion %1, “%2”, has not been decided yet: voting on it is %3.")
                                     .arg(QString::number(motionId), quotedText(resolution->title),
                                          voteStateLabel(resolution->state).toLower()),
                                 "resolution-not-carried", "motion");
    if (resolution->outcome != MotionOutcome::Carried)
        return reinvestmentError(
            Texts::tr("Motion %1, “%2”, was not carried (%3): a grant needs a carried motion.")
                .arg(QString::number(motionId), quotedText(resolution->title),
                     resolution->outcome ? motionOutcomeLabel(*resolution->outcome).toLower() : QString()),
            "resolution-not-carried", "motion");
    return ok();
}

Outcome checkGrantAfterResolution(const QDate& grantDate, const Resolution& resolution)
{
    if (resolution.heldOn.isValid() && grantDate < resolution.heldOn)
        return reinvestmentError(
            Texts::tr("The grant is dated %1, before motion %2, “%3”, was carried at the meeting "
                      "of %4: date it on or after that day.")
                .arg(grantDate.toString(Qt::ISODate), QString::number(resolution.motionId),
                     quotedText(resolution.title), resolution.heldOn.toString(Qt::ISODate)),
            "grant-before-resolution", "date");
    return ok();
}

bool hasReachedTarget(qint64 target, qint64 granted, qint64 received)
{
    qint64 total = 0;
    if (qAddOverflow(granted, received, &total))
        return true;
    return total >= target;
}

} // namespace mutualise::domain
