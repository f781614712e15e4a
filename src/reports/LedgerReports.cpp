#include "LedgerReports.h"

#include "Reports.h"
#include "storage/ReportRepository.h"

namespace mutualise::reports {

domain::Result<Report> LedgerReports::memberRegister(storage::MutualFile& file, const ReportRequest& request)
{
    const auto lines = storage::ReportRepository(file).registerAsOf(request.asOf, request.filter);
    if (!lines)
        return lines.error();
    Report report = Reports::titled(file, QStringLiteral("register"));
    report.asOf = request.asOf;
    ReportTable table;
    table.name = QStringLiteral("members");
    table.columns = {
        { QStringLiteral("number"), tr("Number"), ColumnType::Text, false },
        { QStringLiteral("name"), tr("Name"), ColumnType::Text, false },
        { QStringLiteral("address"), tr("Address"), ColumnType::Text, false },
        { QStringLiteral("email"), tr("Email"), ColumnType::Text, false },
        { QStringLiteral("class"), tr("Class"), ColumnType::Text, false },
        { QStringLiteral("shares"), tr("Shares"), ColumnType::Integer, true },
        { QStringLiteral("paid"), tr("Paid"), ColumnType::Money, true },
        { QStringLiteral("admitted"), tr("Admitted"), ColumnType::Date, false },
        { QStringLiteral("ceased"), tr("Ceased"), ColumnType::Date, false },
    };
    table.rows.reserve(lines->size());
    for (const storage::RegisterLine& line : *lines) {
        table.rows.append({ line.number, line.name, line.address, line.email, line.className, line.shares,
                            line.paid, line.admitted,
                            line.ceased.isValid() ? ReportCell(line.ceased) : ReportCell() });
    }
    report.tables.append(table);
    return report;
}

domain::Result<Report> LedgerReports::shareCapital(storage::MutualFile& file, const ReportRequest& request)
{
    const auto lines = storage::ReportRepository(file).shareCapital(request.from, request.to, request.filter);
    if (!lines)
        return lines.error();
    Report report = Reports::titled(file, QStringLiteral("share-capital"), request);
    ReportTable table;
    table.name = QStringLiteral("share-capital");
    table.columns = {
        { QStringLiteral("number"), tr("Number"), ColumnType::Text, false },
        { QStringLiteral("name"), tr("Name"), ColumnType::Text, false },
        { QStringLiteral("class"), tr("Class"), ColumnType::Text, false },
        { QStringLiteral("opening"), tr("Opening"), ColumnType::Money, true },
        { QStringLiteral("subscriptions"), tr("Subscriptions"), ColumnType::Money, true },
        { QStringLiteral("transfers_in"), tr("Transfers in"), ColumnType::Money, true },
        { QStringLiteral("transfers_out"), tr("Transfers out"), ColumnType::Money, true },
        { QStringLiteral("withdrawals"), tr("Withdrawals"), ColumnType::Money, true },
        { QStringLiteral("other"), tr("Other"), ColumnType::Money, true },
        { QStringLiteral("closing"), tr("Closing"), ColumnType::Money, true },
    };
    table.rows.reserve(lines->size());
    for (const storage::CapitalLine& line : *lines) {
        table.rows.append({ line.number, line.name, line.className, line.opening, line.subscriptions,
                            line.transfersIn, line.transfersOut, line.withdrawals, line.other,
                            line.closing });
    }
    report.tables.append(table);
    return report;
}

} // namespace mutualise::reports
