#pragma once

#include "Report.h"
#include "ReportRequest.h"
#include "domain/Error.h"
#include "storage/MutualFile.h"

#include <QCoreApplication>

namespace mutualise::reports {

// The annual summary for the members and the regulator of financial year `request.year`: the
// membership of each class at the year's start and end with those admitted and ceased; the share capital
// of each class from its opening to its closing; the year's surplus and its use, once approved; and the
// benefit delivered: the savings made for members by service and the grants paid by category, which for
// a community interest company is the substance of its community interest report.
class AnnualReport
{
    Q_DECLARE_TR_FUNCTIONS(AnnualReport)

public:
    static domain::Result<Report> build(storage::MutualFile& file, const ReportRequest& request);
};

} // namespace mutualise::reports
