#pragma once

#include "Command.h"
#include "reports/ReportFormats.h"
#include "reports/ReportPdf.h"
#include "reports/ReportXlsx.h"
#include "reports/Reports.h"

namespace mutualise::cli {

// `report FILE NAME --format csv|xlsx|pdf|json --output PATH`: a report written for a spreadsheet or a
// script; `report --list` names the reports.
class Report : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Report)

public:
    Report();

    // Whether `arguments` (without the program's name) ask for a report as a PDF, which needs fonts.
    static bool isPdfAskedFor(const QStringList& arguments);

protected:
    int run(const QCommandLineParser& parser, const QStringList& positional) override;

private:
    int list() const;
    // The period or day the report takes, from --from/--to or --as-of (nullopt after a refusal).
    std::optional<reports::ReportRequest> request(const QCommandLineParser& parser,
                                                  const reports::ReportKind& kind) const;
    // --member and --class read against the open file.
    int addFilter(storage::MutualFile& file, const QCommandLineParser& parser,
                  reports::ReportRequest& request) const;
};

} // namespace mutualise::cli
