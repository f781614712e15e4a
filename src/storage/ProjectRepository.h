#pragma once

#include "MutualFile.h"
#include "domain/Reinvestment.h"

#include <QDate>
#include <QHash>
#include <QList>

#include <optional>

namespace mutualise::storage {

// A project as listed, with what it has been given and promised.
struct ProjectRow
{
    domain::Project project;
    QString categoryLabel; // translated for a built-in category
    qint64 granted = 0; // the sum of its grants
    qint64 pledged = 0; // the sum of its pledges
    // The sum of the contributions naming it, of any kind and net of reversals: pledges paid, donations,
    // staff seconded in kind.
    qint64 received = 0;
    // (granted + received) / target in basis points (10000 is the whole target); it may pass 10000.
    qint64 progressBp = 0;
};

// A grant as listed: the grant with the names a reader needs.
struct GrantRow
{
    domain::Grant grant;
    QString projectTitle;
    QString categoryKey;
    QString categoryLabel;
    QString motionTitle;
};

// The grants dated within a period, with the projects they went to, for the reports that name each
// grant's project and recipient.
struct GrantsOfPeriod
{
    QList<GrantRow> grants; // by date then id
    QHash<qint64, domain::Project> projectById;
};

struct PledgeRow
{
    domain::Pledge pledge;
    QString memberNumber;
    QString memberName;
};

// The grants of one category, for the chart of reinvestment by category.
struct CategoryTotal
{
    QString key;
    QString label;
    qint64 amount = 0;
};

// The grants dated in one financial year (the year it starts in calendar year `year`).
struct YearTotal
{
    int year = 0;
    qint64 amount = 0;
};

// The community reinvestment fund: its projects and their categories, its grants and the pledges
// members make. Every change is one transaction with its audit entry.
//
// Rules: those of domain::validateProject, validateGrant, validatePledge, validateProjectCategory and
// checkStatusChange; "fund-balance", "project-closed", "cic-asset-lock", "resolution-not-carried"; for
// rows the file lacks, "unknown-project", "unknown-category", "unknown-member"; "duplicate-category" for
// a category whose key or label is taken; "total-too-large" for sums beyond 64 bits.
class ProjectRepository
{
public:
    explicit ProjectRepository(MutualFile& file);

    // Built-in categories first, in the order of the schema, then the mutual's own by label.
    Result<QList<domain::ProjectCategory>> categories() const;
    // The category whose key, or label ignoring case, is `text`.
    Result<domain::ProjectCategory> categoryNamed(const QString& text) const;
    Result<domain::ProjectCategory> addCategory(const domain::ProjectCategory& category);

    // Adds a project (as proposed unless it says otherwise) and returns it with its id.
    Result<domain::Project> add(const domain::Project& project);
    // Changes a project (its status by checkStatusChange); audited before and after. A project whose
    // grants and contributions reach its new target becomes funded.
    Result<domain::Project> update(const domain::Project& project);
    Result<domain::Project> project(qint64 id) const;
    // Every project in id order, with its sums.
    Result<QList<ProjectRow>> projects() const;
    // Every project by its id, for the reports that name each grant's recipient.
    Result<QHash<qint64, domain::Project>> projectsById() const;

    // What the fund holds at the end of `date`: the fund of the approved allocations dated on or before
    // it, less the grants dated on or before it.
    Result<qint64> fundBalanceOn(const QDate& date) const;
    // What it holds with every allocation and grant recorded.
    Result<qint64> fundBalance() const;
    // Every grant there has been: the total reinvested to date.
    Result<qint64> totalGranted() const;

    // Checks the grant (its project open, its motion carried, a CIC's asset lock, the fund's balance on
    // its date and on every later grant's date), records and audits it, and marks the project funded when
    // its grants and contributions reach its target: one transaction.
    Result<domain::Grant> addGrant(const domain::Grant& grant);
    // Records a pledge to a proposed or approved project.
    Result<domain::Pledge> addPledge(const domain::Pledge& pledge);

    // Every grant, by date then id.
    Result<QList<GrantRow>> grants() const;
    // The grants dated from `from` to `to` inclusive (a null day for no bound), and every project.
    Result<GrantsOfPeriod> grantsOfPeriod(const QDate& from, const QDate& to) const;
    // The grants of each category that has any, by label.
    Result<QList<CategoryTotal>> grantsByCategory() const;
    // The grants of each financial year that has any, oldest first.
    Result<QList<YearTotal>> grantsByFinancialYear() const;
    // The pledges to one project, by date then id.
    Result<QList<PledgeRow>> pledgesOf(qint64 projectId) const;

private:
    MutualFile& m_file;
};

// Marks the project funded when it is proposed or approved and its grants and the contributions naming
// it reach its target, with an audit entry. Call it only inside a transaction of `file`: it is what
// recording a grant, or a pledge paid as a contribution, does last. Returns whether it changed.
Result<bool> refreshFundedStatus(MutualFile& file, qint64 projectId);

} // namespace mutualise::storage
