#pragma once

#include "Report.h"
#include "ReportRequest.h"
#include "domain/Error.h"
#include "storage/MutualFile.h"

#include <QCoreApplication>

namespace mutualise::reports {

// The reports of the money members put in and the mutual gives out.
class MoneyReports
{
    Q_DECLARE_TR_FUNCTIONS(MoneyReports)

public:
    // What was contributed from `request.from` to `request.to`, grouped as `request.grouping` says (a
    // row a member, class, month, quarter or financial year), narrowed by `request.filter`: a money
    // column for each kind that holds something (share capital first) and the total, each totalled.
    static domain::Result<Report> contributions(storage::MutualFile& file, const ReportRequest& request);
    // The grants paid from the fund from `request.from` to `request.to`, by date: the project, its
    // category, the recipient and its org-id, the amount (totalled), the approving resolution and the
    // reference.
    static domain::Result<Report> grants(storage::MutualFile& file, const ReportRequest& request);
    // The savings of the members whose periods start from `request.from` to `request.to`, by member and
    // service and by service; and, for the whole mutual, the surplus allocations of the financial
    // years ending in the period, and the grants paid in it by category and by project. Every figure
    // is totalled. With a member or class filter, only the savings of those members.
    static domain::Result<Report> savings(storage::MutualFile& file, const ReportRequest& request);
    // The allocation of the surplus of financial year `request.year`, approved or draft: the surplus, its
    // parts, the interest rate and the approving resolution; then each member's share-days and interest
    // (and shares bought where it was capitalised), service charges and rebate, every figure totalled.
    // Rule "no-allocation" for a year with none.
    static domain::Result<Report> allocation(storage::MutualFile& file, const ReportRequest& request);
};

} // namespace mutualise::reports
