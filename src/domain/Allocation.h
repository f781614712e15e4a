#pragma once

#include "Error.h"
#include "Fraction.h"
#include "Member.h"
#include "Mutual.h"
#include "ShareLedger.h"

#include <QByteArray>
#include <QDate>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace mutualise::domain {

// What the interest on share capital becomes: money paid, or whole shares bought at nominal value.
enum class InterestMode
{
    Pay,
    Capitalise,
};

// Keys used by plans, files and the CLI: "pay", "capitalise".
QString interestModeKey(InterestMode mode);
std::optional<InterestMode> interestModeFromKey(QStringView key);

// A plan dividing financial year `year`'s surplus into reserves, interest on share capital, rebates and
// the community reinvestment fund, as the finance officer writes it (all money in minor units).
struct AllocationPlan
{
    int year = 0;
    qint64 surplus = 0;
    qint64 reserves = 0;
    int interestRateBp = 0;
    InterestMode interestMode = InterestMode::Pay;
    qint64 rebates = 0;
    std::optional<qint64> fund; // nothing: whatever is left of the surplus
    std::optional<qint64> resolution; // the carried motion that approves it; nothing for a draft
    std::optional<qint64> distributableProfit; // a CIC's base for the dividend cap instead of the surplus

    bool operator==(const AllocationPlan&) const = default;
};

// The plan read from its JSON object, or why not: malformed JSON or not an object ("invalid-plan"), a
// key the plan does not have ("unknown-key"), a key missing or of the wrong type ("invalid-plan"), a
// negative amount or rate ("negative-amount"), an amount above maximumTotal ("total-too-large").
// Error::field names the key.
Result<AllocationPlan> parseAllocationPlan(const QByteArray& json);
// The plan as a JSON object with the keys parseAllocationPlan reads.
QJsonObject allocationPlanToJson(const AllocationPlan& plan);

// Why an allocation must be refused whatever the file holds: rate above the cap ("interest-cap").
Outcome checkInterestRate(const AllocationPlan& plan, const Mutual& mutual);

// The sum over every day of `year` of the shares held at the end of that day, from a member's ledger
// lines in any order, in one pass: a line dated d adds its shares for each day from max(d, first) to
// last; lines after the year add nothing.
WideInteger shareDays(const QList<DayChange>& lines, const Period& year);

// What the allocation needs to know of one member.
struct AllocationMember
{
    qint64 memberId = 0;
    QString number;
    QList<DayChange>
        lines; // the member's ledger grouped by day, in any order; every date, not only the year's
    qint64 charges = 0; // service charges dated in the year, net of reversals
    // For capitalised interest: whether the member can take up shares on the allocation date.
    MemberKind kind = MemberKind::Organisation;
    MemberStatus status = MemberStatus::Active;
    QDate admittedOn;
    QDate ceasedOn;
    MemberClass memberClass;
};

// One member's part of a distribution: exact(m) = basis(m) x multiplier / divisor, floored, with the
// pennies left over given by the largest remainder.
struct DistributionShare
{
    qint64 memberId = 0;
    QString number;
    qint64 basis = 0; // share-days or charges
    qint64 amount = 0; // minor units

    bool operator==(const DistributionShare&) const = default;
};

// A total divided among members by largest remainder: floor(sum of exact) in all, each member its
// floor, and the pennies left over one each to the largest fractional parts; ties go to the larger
// basis, then to the smaller member number compared as text. `shares` holds every member given with a
// positive basis, in the order given. Rule "total-too-large" when the total passes maximumTotal.
struct Distribution
{
    qint64 total = 0;
    QList<DistributionShare> shares;
};
Result<Distribution> distributeByLargestRemainder(const QList<DistributionShare>& bases,
                                                  WideInteger multiplier, WideInteger divisor);

// One member's interest once capitalisation is decided.
struct InterestPart
{
    qint64 memberId = 0;
    QString number;
    qint64 shareDays = 0;
    qint64 amount = 0; // the member's interest
    qint64 capitalisedShares = 0; // shares bought at nominal value
    qint64 paid = 0; // what is paid in money: all of it, or the pennies left over
    QString paidInstead; // why interest that was to be capitalised is paid; empty otherwise
};

struct RebatePart
{
    qint64 memberId = 0;
    QString number;
    qint64 charges = 0;
    qint64 amount = 0;
};

// An allocation worked out to the penny: the plan with every part, and each member's interest and rebate.
struct SurplusAllocation
{
    AllocationPlan plan;
    Period year;
    int days = 0; // N: 365 or 366
    QDate allocatedOn; // the day of the approving meeting, or the day capitalisation was judged for a draft
    qint64 interestTotal = 0;
    qint64 rebatesTotal = 0;
    qint64 fund = 0;
    qint64 capitalisedShares = 0; // in all
    QList<InterestPart> interest; // members with share-days, ordered by member number as given
    QList<RebatePart> rebates; // members with charges

    bool isApproved() const { return plan.resolution.has_value(); }
};

// One member's part of an allocation: the interest on its share capital and its rebate side by side.
struct AllocationMemberPart
{
    qint64 memberId = 0;
    QString number;
    QString name;
    std::optional<qint64> shareDays; // nothing for a member with no interest
    qint64 interest = 0;
    qint64 capitalisedShares = 0;
    qint64 interestPaid = 0; // the interest paid in money: all of it, or what capitalising left over
    std::optional<qint64> charges; // nothing for a member with no rebate
    qint64 rebate = 0;

    bool operator==(const AllocationMemberPart&) const = default;
};

// Each member's part of `allocation`, by member number, the shorter first (so 1001 before 10000);
// `names` by member id.
QList<AllocationMemberPart> memberParts(const SurplusAllocation& allocation,
                                        const QHash<qint64, QString>& names);

// Divides the surplus of `year` by the plan among `members`, judging capitalisation on `allocatedOn`.
// Rules: "interest-cap", "no-charges" (rebates with no charges in the year), "plan-does-not-add-up" (the
// difference named in money), "cic-dividend-cap" (a CIC's interest and rebates above its cap, naming the
// cap and the excess), "total-too-large".
Result<SurplusAllocation> allocateSurplus(const AllocationPlan& plan, const Mutual& mutual,
                                          const Period& year, const QList<AllocationMember>& members,
                                          const QDate& allocatedOn);

// Whether the member may take up `shares` more shares (worth `amount`) on `date` by the share ledger's
// rules: active, admitted and not ceased by then, within its class maximum and minimum, and for an
// individual within the cap on withdrawable share capital, on that day and every later one. The error is
// the ledger's own ("member-not-active", "after-cessation", "above-class-maximum", ...).
Outcome checkCanCapitalise(const AllocationMember& member, const QDate& date, qint64 shares, qint64 amount,
                           const Mutual& mutual);

} // namespace mutualise::domain
