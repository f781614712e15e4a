#pragma once

#include "Report.h"
#include "domain/Error.h"

#include <QPageSize>
#include <QString>

namespace mutualise::reports {

// The formats a report is saved in from the window.
enum class ReportFileFormat
{
    Csv, // one table, or a zip archive of a file a table
    Xlsx,
    Pdf,
    Json,
};

// Writes `report` to `path` in `format`, whole or not at all: CSV with a byte-order mark (a file saved
// from the window is most often opened in Excel), a workbook, a PDF on `paper`, or JSON. `progress` is
// told how far a workbook or a PDF has gone, and may stop it (rule "cancelled").
domain::Outcome writeReportFile(const Report& report, const QString& path, ReportFileFormat format,
                                QPageSize::PageSizeId paper = QPageSize::A4, const Progress& progress = {});

} // namespace mutualise::reports
