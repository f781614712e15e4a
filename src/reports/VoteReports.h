#pragma once

#include "Report.h"
#include "ReportRequest.h"
#include "domain/Error.h"
#include "storage/MutualFile.h"

#include <QCoreApplication>

namespace mutualise::reports {

// The reports of the mutual's meetings and votes.
class VoteReports
{
    Q_DECLARE_TR_FUNCTIONS(VoteReports)

public:
    // Material for the minutes of the meetings held from `request.from` to `request.to`, oldest first:
    // each meeting and who attended it, each motion with its result, each election with its result and
    // its count round by round, and the working of each vote a sentence a line. A vote still open or a draft
    // is listed without figures: only a declared result is reported.
    static domain::Result<Report> votes(storage::MutualFile& file, const ReportRequest& request);
};

} // namespace mutualise::reports
