#pragma once

#include "Error.h"
#include "Mutual.h"
#include "Tally.h"
#include "VoteState.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace mutualise::domain {

// The community reinvestment fund: projects members propose and back, the grants the fund makes them
// on a carried motion, and the pledges members make them.

enum class ProjectStatus
{
    Proposed, // put forward; members may pledge
    Approved, // accepted by the mutual; members may still pledge
    Funded, // its grants and the pledges paid reach its target
    Completed, // done, with its outcomes recorded: final
    Withdrawn, // given up: final
};

// Keys used by files and the CLI: "proposed", "approved", "funded", "completed", "withdrawn".
QString projectStatusKey(ProjectStatus status);
std::optional<ProjectStatus> projectStatusFromKey(QStringView key);
QString projectStatusLabel(ProjectStatus status);
QList<ProjectStatus> allProjectStatuses();

// Whether a project takes no more pledges: funded, completed or withdrawn.
bool isProjectClosed(ProjectStatus status);

// Rule "status-change" unless a project may move from `from` to `to`: completed and withdrawn are final;
// a funded project can only be completed (or withdrawn); nothing goes back to proposed. Staying where it
// is is allowed.
Outcome checkStatusChange(ProjectStatus from, ProjectStatus to);

// A category of project: the built-in keys "community-funding", "innovation", "research",
// "digital-inclusion" and "skills" are translated; a mutual's own show their label.
struct ProjectCategory
{
    QString key;
    QString label;
    bool isBuiltIn = false;

    bool operator==(const ProjectCategory&) const = default;
};

// The translated label of a built-in category, the stored label of the mutual's own.
QString projectCategoryLabel(const ProjectCategory& category);

// Rule "invalid-category" for a new category whose key is not lower-case letters, digits and hyphens
// (at most 40), or whose label is missing or not plain text of at most maximumTitleLength characters.
Outcome validateProjectCategory(const ProjectCategory& category);

struct Project
{
    qint64 id = 0;
    QString title;
    QString description;
    QString category; // a key of project_categories
    QString recipientName;
    QString recipientOrgId; // org-id.guide identifier: GB-CHC-1234567, GB-COH-01234567, GB-LAS-EDH
    bool isRecipientAssetLocked = false; // an asset-locked body (a CIC, a community benefit society)
    qint64 target = 0; // minor units, above zero
    QDate startsOn; // null when not known
    QDate endsOn;
    ProjectStatus status = ProjectStatus::Proposed;
    QString outcomes;

    bool operator==(const Project&) const = default;
};

// Whether an org-id names a registered charity: of England and Wales (GB-CHC-), Scotland (GB-SC-) or
// Northern Ireland (GB-NIC-).
bool isCharityOrgId(const QString& orgId);

// Whether a community interest company may grant to the project's recipient without stating the
// benefit: it is marked asset-locked, or its org-id names a charity.
bool isRecipientAssetLockedOrCharity(const Project& project);

// Rule "invalid-org-id" unless the identifier reads as an org-id: a list prefix of letters such as
// GB-CHC, GB-COH or GB-LAS, then a hyphen and the identifier in that list; letters, digits and hyphens
// only, no spaces, at most 100 characters. In the lists a finance officer meets most the identifier
// must have the list's shape: a charity in England and Wales (GB-CHC-) 6 or 7 digits, a company
// (GB-COH-) 8 characters, a Scottish charity (GB-SC-) SC and 6 digits, one in Northern Ireland
// (GB-NIC-) 6 digits, a council in England, Scotland or Wales (GB-LAE-, GB-LAS-, GB-WAL-) 3 letters. Empty is
// allowed (no recipient named yet).
Outcome checkOrgId(const QString& orgId);

// The longest description, outcomes or statement of community benefit.
inline constexpr qsizetype maximumProjectTextLength = 10'000;

// A project's own checks. Rules "missing-title", "invalid-text" (too long), "control-character",
// "invalid-amount" (a target not above zero, or above maximumAmountInOneEntry), "invalid-org-id",
// "invalid-date" (an end before the start), "implausible-date".
Outcome validateProject(const Project& project, const QDate& today);

// A grant from the fund to a project, approved by a carried motion.
struct Grant
{
    qint64 id = 0;
    qint64 projectId = 0;
    qint64 amount = 0; // minor units, above zero
    QDate date;
    qint64 motionId = 0; // the carried motion that approved it
    QString communityBenefit; // what a CIC's grant to a body that is not asset-locked serves
    QString reference;
    QString recordedBy;
    QDateTime recordedAt;

    bool operator==(const Grant&) const = default;
};

// A member's promise of money to a project.
struct Pledge
{
    qint64 id = 0;
    qint64 projectId = 0;
    qint64 memberId = 0;
    qint64 amount = 0; // minor units, above zero
    QDate date;
    QString reference;
    QString recordedBy;
    QDateTime recordedAt;

    bool operator==(const Pledge&) const = default;
};

// Rules "invalid-amount" (not above zero, or above maximumAmountInOneEntry), "missing-date",
// "implausible-date", "future-date", "control-character", "invalid-text" (a reference longer than
// maximumReferenceLength, a statement of benefit longer than maximumProjectTextLength).
Outcome validateGrant(const Grant& grant, const QDate& today);
Outcome validatePledge(const Pledge& pledge, const QDate& today);

// Rule "fund-balance": a grant cannot exceed what the fund holds on its date (the allocations to the
// fund approved on or before it, less the grants dated on or before it), nor leave too little for the
// grants already recorded after it. `balance` is the least the fund holds from `date` on, at the end of
// `limitingDate` (`date` itself, or a later grant's day). The message names the balance and the
// shortfall in money.
Outcome checkFundBalance(qint64 amount, qint64 balance, const QDate& date, const Currency& currency,
                         const QDate& limitingDate = {});

// Rule "project-closed": a pledge only to a proposed or approved project.
Outcome checkProjectOpenForPledges(const Project& project);

// Rule "project-closed" for a grant to a completed or withdrawn project.
Outcome checkProjectOpenForGrants(const Project& project);

// Rule "cic-asset-lock": a community interest company's assets are locked to community benefit, so a
// grant to a recipient that is not an asset-locked body or a charity must state the community benefit
// it serves (Companies (Audit, Investigations and Community Enterprise) Act 2004, s.30 and the CIC
// Regulations 2005, reg. 17).
Outcome checkCicAssetLock(const Mutual& mutual, const Project& project, const Grant& grant);

// What the file holds of the motion a grant names: nothing when there is no such motion.
struct Resolution
{
    qint64 motionId = 0;
    QString title;
    VoteState state = VoteState::Draft;
    std::optional<MotionOutcome> outcome;
    QDate heldOn; // the day of the meeting it was put to
};

// Rule "resolution-not-carried" unless the motion exists, its voting is closed and it was carried.
Outcome checkResolutionCarried(qint64 motionId, const std::optional<Resolution>& resolution);

// Rule "grant-before-resolution": a grant is dated on or after the day of the meeting that approved it,
// for the fund cannot pay out on a decision not yet taken.
Outcome checkGrantAfterResolution(const QDate& grantDate, const Resolution& resolution);

// Whether grants and the pledges paid (contributions naming the project) reach its target.
bool hasReachedTarget(qint64 target, qint64 granted, qint64 received);

} // namespace mutualise::domain
