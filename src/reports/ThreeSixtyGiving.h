#pragma once

#include "ReportRequest.h"
#include "domain/Error.h"
#include "storage/MutualFile.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>

namespace mutualise::reports {

// The grants paid from the fund, published as open data in the 360Giving Data Standard (1.4): a package
// {"grants": [...], "version": "1.4"} that the standard's JSON schema accepts.
class ThreeSixtyGiving
{
    Q_DECLARE_TR_FUNCTIONS(ThreeSixtyGiving)

public:
    // The org-id that names the mutual as the funder: a registered society (co-operative or community
    // benefit) in the Mutuals Public Register, GB-MPR-<registration>; a company, CIC or not, at
    // Companies House, GB-COH-<registration>. Empty without a registration number.
    static QString funderOrgId(const domain::Mutual& mutual);

    // The grants dated from `request.from` to `request.to`, by date. Each grant is
    //   id                     "360G-<the mutual's prefix>-<the grant's number>"
    //   title, description     the project's (its title again when it has no description)
    //   currency               the mutual's
    //   amountAwarded          a number in major units, exact to the minor unit
    //   awardDate              YYYY-MM-DD
    //   recipientOrganization  the project's recipient and its org-id; a recipient without one is
    //                          named under the mutual's prefix, "360G-<prefix>-recipient-<project>", as
    //                          360Giving asks
    //   fundingOrganization    the mutual and funderOrgId()
    //   grantProgramme         the project's category
    //   classifications        the category again, in the mutual's own vocabulary
    //   dateModified           when the grant was recorded, a date-time in UTC
    // Rules: "no-grant-prefix" (the mutual has not entered its 360Giving prefix), "no-registration"
    // (nothing names the mutual as the funder), "no-grants" (none in the period: a package holds at
    // least one), "total-too-large" (an amount beyond what a JSON number carries exactly).
    static domain::Result<QByteArray> package(storage::MutualFile& file, const ReportRequest& request);
};

} // namespace mutualise::reports
