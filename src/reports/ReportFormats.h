#pragma once

#include "Report.h"
#include "domain/Error.h"

#include <QByteArray>

namespace mutualise::reports {

// JSON for scripts, the same shape for every report:
//   {"report", "title", "mutual": {"name", "registration"}, "period": {"from", "to"} or {"as_of"},
//    "produced", "currency", "tables": [{"name", "columns": [{"key", "title", "type"}], "rows": [{...}],
//    "totals": {...}}]}
// Money is an integer of minor units; each total is the sum of its column. Rule "total-too-large"
// for a total beyond 64 bits.
domain::Result<QByteArray> reportJson(const Report& report);

// Whether a CSV file starts with a byte-order mark, so that Excel reads it as UTF-8 and shows accents.
enum class ByteOrderMark
{
    Without,
    With,
};

// One table as CSV (RFC 4180): UTF-8, a header of the column keys, lines ending CRLF, fields quoted
// when they hold a comma, a quote or a line break. Money is a plain decimal ("1234.56"), dates are
// YYYY-MM-DD. A text a spreadsheet would run as a formula (starting with =, +, -, @, a tab or a carriage
// return) starts with an apostrophe instead, as OWASP's advice on CSV injection says.
QByteArray tableCsv(const ReportTable& table, const domain::Currency& currency,
                    ByteOrderMark mark = ByteOrderMark::Without);

// Whether a report's CSV is a zip archive of one file a table (it has more than one table) rather
// than one file.
bool isCsvArchive(const Report& report);

// A report as CSV: its table as tableCsv writes it, or, for a report of several tables, a zip archive
// holding a file for each, named after the table ("savings.csv"). Rule "archive-too-large" from
// formats::zipArchive.
domain::Result<QByteArray> reportCsv(const Report& report, ByteOrderMark mark = ByteOrderMark::Without);

// A text cell made safe for a spreadsheet: see tableCsv.
QString neutralisedCsvText(const QString& text);

} // namespace mutualise::reports
