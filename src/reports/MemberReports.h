#pragma once

#include "Report.h"
#include "ReportRequest.h"
#include "domain/Error.h"
#include "storage/MutualFile.h"

#include <QCoreApplication>

namespace mutualise::reports {

// The reports sent to each member: on paper a member a page (Report::sections), in the other formats a
// table of every member.
class MemberReports
{
    Q_DECLARE_TR_FUNCTIONS(MemberReports)

public:
    // Each member's statement of financial year `request.year`, for the members `request.filter` names:
    // the holding at the start and the end, every movement of share capital, the interest and rebates
    // of the allocations approved in the year, and what it contributed, by kind. A member that had
    // ceased before the year is left out.
    static domain::Result<Report> statements(storage::MutualFile& file, const ReportRequest& request);
    // A share certificate for each member holding shares at the end of `request.asOf`: the mutual, the
    // member, its shares and what was paid on them, the day, and the certificate's number, which is the
    // member's number and the day ("1001-20260331"), so that the same certificate always has the same
    // number.
    static domain::Result<Report> certificates(storage::MutualFile& file, const ReportRequest& request);
};

} // namespace mutualise::reports
