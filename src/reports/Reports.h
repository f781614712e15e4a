#pragma once

#include "Report.h"
#include "ReportRequest.h"
#include "domain/Error.h"
#include "storage/MutualFile.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace mutualise::reports {

// Every report the program produces, as `mutualise-cli report --list` and the Reports page list them,
// and building one by its name.
class Reports
{
    Q_DECLARE_TR_FUNCTIONS(Reports)

public:
    static QList<ReportKind> kinds();
    static std::optional<ReportKind> kind(const QString& name);

    // The report named `name`, as `request` asks; rule "unknown-report" for a name not in kinds().
    static domain::Result<Report> build(storage::MutualFile& file, const QString& name,
                                        const ReportRequest& request);

    // A report of kind `name` with its title block filled in from the file: the mutual, its
    // registration number and currency, and now as the moment it was produced.
    static Report titled(const storage::MutualFile& file, const QString& name);
    // The same, for a report of the period from `request.from` to `request.to`.
    static Report titled(const storage::MutualFile& file, const QString& name, const ReportRequest& request);
};

} // namespace mutualise::reports
