#pragma once

#include "Mutual.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace mutualise::domain {

struct DemoOptions;
struct DemoPlan;

// The money side of the demo mutual, planned from the same seed as its register: services and the
// members that take them, contributions, savings, a surplus allocation for every financial year an AGM
// has approved, and the fund's projects, grants and pledges. Ids are positions counted from 1
// (services[i].id == i + 1, and so on); member ids are the plan's members' ids.

struct DemoService
{
    qint64 id = 0;
    QString name;
    QString description;
    QDate startsOn;
    QDate endsOn; // invalid while the service runs on
    QList<qint64> memberIds; // the members that take it, in id order

    bool operator==(const DemoService&) const = default;
};

// Kinds as the contribution_kinds table keys them: "fee", "charge", "donation", "pledge-payment",
// "in-kind".
struct DemoContribution
{
    qint64 id = 0;
    QString kind;
    QDate date;
    qint64 memberId = 0;
    qint64 amount = 0; // minor units; negative only for a reversal
    std::optional<qint64> daysHundredths; // in kind: days x 100, with dayRate
    std::optional<qint64> dayRate;
    std::optional<qint64> serviceId;
    std::optional<qint64> projectId;
    QString reference;
    QString note;
    std::optional<qint64> reversesId; // a reversal repeats the entry it undoes with the amount negated

    bool operator==(const DemoContribution&) const = default;
};

struct DemoSaving
{
    qint64 serviceId = 0;
    qint64 memberId = 0;
    QDate from;
    QDate to;
    qint64 baseline = 0; // what the member would have paid alone
    qint64 actual = 0; // what it paid through the mutual: its charges for the service in the period
    QString evidence;

    qint64 saving() const { return baseline - actual; }

    bool operator==(const DemoSaving&) const = default;
};

} // namespace mutualise::domain

// Moved in memory as bytes when a list of them grows (QString, QDate and std::optional<qint64> all
// may be): a large demo's contributions are not copied one by one into a new buffer each time.
Q_DECLARE_TYPEINFO(mutualise::domain::DemoContribution, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(mutualise::domain::DemoSaving, Q_RELOCATABLE_TYPE);

namespace mutualise::domain {

// A financial year's surplus allocation as its AGM approved it. The interest is on share capital held
// in the year (share-days), paid in money.
struct DemoAllocation
{
    int year = 0; // the calendar year the financial year starts in
    Period period;
    qint64 surplus = 0;
    qint64 reserves = 0;
    int interestRateBp = 0;
    QString interestMode; // "pay" or "capitalise"
    qint64 interestTotal = 0; // floor(share-days x nominal x rate / (10000 x days in the year)), exact
    qint64 rebates = 0; // shared in proportion to the service charges of the year
    qint64 fund = 0; // surplus - reserves - interest - rebates
    // A floor under the fund that needs no share-days: surplus - reserves - rebates - (the most share
    // capital held on any day of the year x rate / 10000 + one penny per member). Grants stay within
    // half of it, so that they fit whatever the exact interest comes to.
    qint64 fundLowerBound = 0;
    qint64 totalShareDays = 0;
    int meetingIndex = -1; // the AGM (index into DemoPlan::meetings) that approved it
    int motionIndex = -1; // the allocation motion within that meeting
    int grantsMotionIndex = -1; // the motion approving the year's grants
    QDate allocatedOn; // the day of that meeting

    bool operator==(const DemoAllocation&) const = default;
};

struct DemoProject
{
    qint64 id = 0;
    QString title;
    QString description;
    QString category; // a key of project_categories
    QString recipientName;
    QString recipientOrgId; // GB-CHC-..., GB-COH-..., GB-LAS-...
    bool isRecipientAssetLocked = false;
    qint64 target = 0;
    QDate proposedOn; // the day the first backer put it forward
    QDate startsOn;
    QDate endsOn;
    QString status; // proposed, approved, funded, completed, withdrawn
    QString outcomes;

    bool operator==(const DemoProject&) const = default;
};

struct DemoGrant
{
    qint64 projectId = 0;
    qint64 amount = 0;
    QDate date; // after the AGM that approved it
    int allocationIndex = -1; // into DemoMoney::allocations: the approving grants motion is that year's
    QString reference;

    bool operator==(const DemoGrant&) const = default;
};

struct DemoPledge
{
    qint64 id = 0;
    qint64 projectId = 0;
    qint64 memberId = 0;
    qint64 amount = 0;
    QDate date;
    QString reference;

    bool operator==(const DemoPledge&) const = default;
};

struct DemoMoney
{
    QList<DemoService> services;
    QList<DemoContribution> contributions; // in date order
    QList<DemoSaving> savings;
    QList<DemoAllocation> allocations; // in year order
    QList<DemoProject> projects;
    QList<DemoGrant> grants; // in date order
    QList<DemoPledge> pledges;

    bool operator==(const DemoMoney&) const = default;
};

// Plans the money side from the register, the ledger and the meetings already in `plan`. The same plan
// and options always give the same result.
DemoMoney planDemoMoney(const DemoPlan& plan, const DemoOptions& options);

// The total share-days of a financial year: for every day of `period`, the shares all members hold at
// its end, from the ledger in one pass. Nothing when the sum overflows 64 bits.
std::optional<qint64> totalShareDays(const DemoPlan& plan, const Period& period);

} // namespace mutualise::domain
