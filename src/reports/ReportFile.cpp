#include "ReportFile.h"

#include "ReportFormats.h"
#include "ReportPdf.h"
#include "ReportXlsx.h"
#include "formats/OutputFile.h"

namespace mutualise::reports {

domain::Outcome writeReportFile(const Report& report, const QString& path, ReportFileFormat format,
                                QPageSize::PageSizeId paper, const Progress& progress)
{
    switch (format) {
    case ReportFileFormat::Csv:
        if (const auto csv = reportCsv(report, ByteOrderMark::With))
            return formats::writeWholeFile(path, *csv);
        else
            return csv.error();
    case ReportFileFormat::Xlsx:
        return writeReportXlsx(report, path, progress);
    case ReportFileFormat::Pdf:
        return ReportPdf::save(report, path, {}, paper, progress);
    case ReportFileFormat::Json:
        if (const auto json = reportJson(report))
            return formats::writeWholeFile(path, *json);
        else
            return json.error();
    }
    return domain::ok();
}

} // namespace mutualise::reports
