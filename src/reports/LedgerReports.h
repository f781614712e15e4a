#pragma once

#include "Report.h"
#include "ReportRequest.h"
#include "domain/Error.h"
#include "storage/MutualFile.h"

#include <QCoreApplication>

namespace mutualise::reports {

// The reports of the register and the share ledger.
class LedgerReports
{
    Q_DECLARE_TR_FUNCTIONS(LedgerReports)

public:
    // The statutory register of members on `request.asOf`: number, name, address, email, class, shares
    // held and paid for, admitted and ceased; shares and paid are totalled.
    static domain::Result<Report> memberRegister(storage::MutualFile& file, const ReportRequest& request);
    // Each member's share capital from `request.from` to `request.to`: opening, subscriptions,
    // transfers in and out, withdrawals, other movements and closing, each row adding up.
    static domain::Result<Report> shareCapital(storage::MutualFile& file, const ReportRequest& request);
};

} // namespace mutualise::reports
