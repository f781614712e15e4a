#pragma once

#include "MutualFile.h"
#include "domain/DemoMutual.h"

#include <functional>

namespace mutualise::storage {

// A surplus allocation of the demo written as a draft, with the carried motions that approve it and
// its grants: what AllocationRepository needs to approve it (dated allocatedOn, the meeting's day).
struct DemoAllocationDraft
{
    int year = 0; // the financial year, by the calendar year it starts in
    qint64 allocationId = 0; // the draft's row in `allocations`
    qint64 motionId = 0; // the carried "Approve the allocation of the surplus for ..." motion
    qint64 grantsMotionId = 0; // the carried motion approving the year's grants
    QDate allocatedOn;
    qint64 fund = 0; // what the draft gives the fund (surplus - reserves - interest - rebates)
};

// Writes a demo plan into a new file: the register and the ledger in one transaction with a single
// audit entry, using bulk prepared statements so that 100,000 members and their ledger take seconds,
// not minutes; then the past meetings through the repositories, as a secretary would hold them; then
// the money side (services, contributions, savings, draft allocations, projects, pledges and grants)
// in one more transaction with its own audit entry; last, each draft allocation approved by its
// carried motion through AllocationRepository, as after an AGM. `progress` (optional) is called with the
// fraction done, 0 to 1000. `allocations` (optional) receives the draft allocations in year order.
Result<std::unique_ptr<MutualFile>> writeDemoMutual(const QString& path, const domain::DemoPlan& plan,
                                                    const QString& actor,
                                                    const std::function<void(int)>& progress = {},
                                                    QList<DemoAllocationDraft>* allocations = nullptr);

} // namespace mutualise::storage
