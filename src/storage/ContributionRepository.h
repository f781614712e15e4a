#pragma once

#include "MutualFile.h"
#include "ReportFilter.h"
#include "domain/Contribution.h"

#include <QDate>
#include <QHash>
#include <QList>

#include <optional>

namespace mutualise::storage {

// Which contributions a listing shows; every bound is optional.
struct ContributionFilter
{
    std::optional<qint64> memberId = {};
    QString kind = {}; // empty for every kind
    QDate from = {}; // inclusive
    QDate to = {}; // inclusive
    std::optional<qint64> serviceId = {};
    std::optional<qint64> projectId = {};
};

// A contribution as listed, with the names a reader needs.
struct ContributionRow
{
    domain::Contribution contribution;
    QString memberNumber;
    QString memberName;
    QString kindLabel;
    bool isReversed = false; // a later reversal undoes it
};

// A member's contributions of every kind, share capital included.
struct ContributorTotal
{
    qint64 memberId = 0;
    QString number;
    QString name;
    qint64 amount = 0;
};

// The append-only record of what members contribute besides share capital, its kinds, and its totals
// with share capital read from the share ledger.
class ContributionRepository
{
public:
    explicit ContributionRepository(MutualFile& file);

    // The built-in kinds (labels translated) and the mutual's own, built-in first, then by key.
    Result<QList<domain::ContributionKind>> kinds() const;
    // Adds a kind of the mutual's own (domain::validateContributionKind; a key or a label already used,
    // ignoring case: "duplicate-kind").
    Result<domain::ContributionKind> addKind(const domain::ContributionKind& kind);

    // Checks the contribution (domain::validateContribution against the stored kinds), that the member
    // exists ("unknown-member"), was admitted by its date ("before-admission") and had not ceased
    // before it ("after-cessation"), and that its service and project exist ("unknown-service",
    // "unknown-project"); appends it with its audit entry in one transaction, in which a project it
    // names becomes funded when its grants and contributions reach its target (refreshFundedStatus).
    // Returns the stored line.
    Result<domain::Contribution> add(const domain::Contribution& contribution);
    // Appends the reversal of entry `entryId` dated `date`: the same line with the amount (and days)
    // negated. Refused: "unknown-entry", "already-reversed", "reversal-not-reversible" for a reversal,
    // "reversal-before-entry" for a date before the entry's, and the date rules.
    Result<domain::Contribution> reverse(qint64 entryId, const QDate& date, const QString& reference = {});

    Result<qint64> count(const ContributionFilter& filter) const;
    // Ordered by date, then id; `limit` -1 for all.
    Result<QList<ContributionRow>> entries(const ContributionFilter& filter, qint64 offset = 0,
                                           qint64 limit = -1) const;
    // The earliest date of a contribution or of a subscription in the share ledger; null when neither
    // holds anything.
    Result<QDate> earliestDate() const;

    // What was contributed between `from` and `to` inclusive (a null bound for none), grouped as asked,
    // by kind including "share-capital" (subscriptions in the share ledger net of their reversals),
    // every figure net of reversals. `kind` limits the totals to one kind (empty for all; "unknown-kind"
    // for a kind the mutual does not have), `members` to one member or one class (a member counts in
    // the class it is in now). Rule "total-too-large" for a total beyond 64 bits.
    Result<domain::ContributionTotals> totals(domain::ContributionGrouping grouping, const QDate& from,
                                              const QDate& to, const QString& kind = {},
                                              const ReportFilter& members = {}) const;

    // What each class of members contributed in each of `periods` (every kind and share capital, net of
    // reversals; a member counts in the class it is in now): by class id, one amount for each period in
    // the order given. A class with no line in any of them is left out. Each class's lines are read
    // once, whatever the number of periods. Rule "total-too-large".
    Result<QHash<qint64, QList<qint64>>> classTotals(const QList<domain::Period>& periods) const;
    // The members whose contributions up to `to` inclusive (a null date for all; every kind and share
    // capital, net of reversals) are among the `count` largest positive totals, in no particular order,
    // with every member tied with the last of them, so that a ranking that breaks ties by name finds
    // its `count` among them. Rule "total-too-large".
    Result<QList<ContributorTotal>> largestContributors(int count, const QDate& to = {}) const;

private:
    MutualFile& m_file;
};

} // namespace mutualise::storage
