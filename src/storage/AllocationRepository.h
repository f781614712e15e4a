#pragma once

#include "MutualFile.h"
#include "domain/Allocation.h"

#include <QByteArray>
#include <QDate>
#include <QList>

#include <optional>

namespace mutualise::storage {

// An allocation as stored: the plan's parts and what became of them.
struct AllocationRow
{
    qint64 id = 0;
    int year = 0;
    domain::Period period;
    qint64 surplus = 0;
    qint64 reserves = 0;
    int interestRateBp = 0;
    domain::InterestMode interestMode = domain::InterestMode::Pay;
    qint64 interestTotal = 0;
    qint64 rebates = 0;
    qint64 fund = 0;
    std::optional<qint64> distributableProfit;
    std::optional<qint64> motionId; // the approving resolution; nothing for a draft
    QDate allocatedOn; // null for a draft
    bool isApproved = false;

    // The plan that makes this allocation again, without its resolution.
    domain::AllocationPlan plan() const;
};

// One member's part of an approved allocation.
struct AllocationPaymentRow
{
    qint64 memberId = 0;
    QString memberNumber;
    QString memberName;
    QString kind; // "interest" or "rebate"
    qint64 basis = 0; // share-days or charges
    qint64 amount = 0;
    qint64 paid = 0;
    qint64 capitalisedShares = 0;
};

// Surplus allocations: worked out from the share ledger and the year's service charges, recorded as a
// draft or, with a carried resolution, as final with each member's payment and capitalised shares.
//
// Rules besides domain::allocateSurplus's: "no-ledger" (no share entry by the end of the year),
// "unknown-motion", "resolution-not-carried" (the motion is not closed and carried), "allocation-date"
// (the approving meeting is not after the year), "allocation-final" (the year already has an approved
// allocation).
class AllocationRepository
{
public:
    explicit AllocationRepository(MutualFile& file);

    // Financial year `year` of the mutual: its first and last day.
    domain::Period financialYear(int year) const;

    // The allocation the plan would make, with every check of allocate(), changing nothing. A draft's
    // capitalisation is judged as of `draftDate` (today by default, or the day after the year ends).
    Result<domain::SurplusAllocation> compute(const domain::AllocationPlan& plan,
                                              const QDate& draftDate = QDate::currentDate()) const;
    // Records the allocation in one transaction: a draft replaces the year's earlier draft; an approved
    // one also records each member's payment, the capitalised share entries dated the day of the meeting,
    // and the audit entries.
    Result<domain::SurplusAllocation> allocate(const domain::AllocationPlan& plan,
                                               const QDate& draftDate = QDate::currentDate());

    // Every allocation, by year.
    Result<QList<AllocationRow>> all() const;
    // The allocation of one year, if any.
    Result<std::optional<AllocationRow>> ofYear(int year) const;
    // The members' parts of an allocation, by member number (the shorter first, so 1001 before 10000),
    // then kind.
    Result<QList<AllocationPaymentRow>> payments(qint64 allocationId) const;
    // Each member's part of `allocation` by member number: what was paid for an approved one, and for a
    // draft what its plan would pay, capitalisation judged as of `draftDate`.
    Result<QList<domain::AllocationMemberPart>>
    memberParts(const AllocationRow& allocation, const QDate& draftDate = QDate::currentDate()) const;

private:
    MutualFile& m_file;
};

} // namespace mutualise::storage
