#pragma once

#include "Report.h"
#include "domain/Error.h"

#include <QString>

namespace mutualise::reports {

// The report as an Excel workbook (.xlsx): a sheet a table, named after it, with a bold header row that
// stays in view; money as numbers in the currency's format (never text), dates as dates, integers as
// numbers; each column as wide as what it holds; and under a table with totals, a "Total" row of SUM
// formulas that carry their worked-out values, equal to the sums of the rows. The title, the mutual and
// the period are the workbook's properties. It is written beside `path` and renamed over it once whole,
// so a failure leaves any file there as it was. Rule "not-written" if the workbook cannot be made,
// "cancelled" if `progress` said stop.
domain::Outcome writeReportXlsx(const Report& report, const QString& path, const Progress& progress = {});

} // namespace mutualise::reports
