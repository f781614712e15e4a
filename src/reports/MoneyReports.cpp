#include "MoneyReports.h"

#include "MoneyTables.h"
#include "Reports.h"
#include "domain/DemoVotes.h"
#include "storage/AllocationRepository.h"
#include "storage/ContributionRepository.h"
#include "storage/ProjectRepository.h"
#include "storage/ReportRepository.h"

#include <QHash>

namespace mutualise::reports {

namespace {

// The most bars a chart of members, classes, services or categories shows: those with the largest sums.
constexpr int mostChartBars = 15;

} // namespace

domain::Result<Report> MoneyReports::contributions(storage::MutualFile& file, const ReportRequest& request)
{
    storage::ContributionRepository repository(file);
    const auto totals = repository.totals(request.grouping, request.from, request.to, {}, request.filter);
    if (!totals)
        return totals.error();
    const auto kinds = repository.kinds();
    if (!kinds)
        return kinds.error();
    QHash<QString, QString> storedLabels;
    for (const domain::ContributionKind& kind : *kinds)
        storedLabels.insert(kind.key, kind.label);

    Report report = Reports::titled(file, QStringLiteral("contributions"), request);
    ReportTable table;
    table.name = QStringLiteral("contributions");
    const bool byMember = request.grouping == domain::ContributionGrouping::Member;
    table.columns.append({ domain::contributionGroupingKey(request.grouping),
                           domain::contributionGroupingLabel(request.grouping), ColumnType::Text, false });
    if (byMember)
        table.columns.append({ QStringLiteral("name"), tr("Name"), ColumnType::Text, false });
    const QStringList kindKeys = domain::contributionKindsInOrder(totals->amountByKind);
    for (const QString& kind : kindKeys) {
        table.columns.append(
            { kind, domain::contributionKindLabel(kind, storedLabels.value(kind)), ColumnType::Money, true });
    }
    table.columns.append({ QStringLiteral("total"), tr("Total"), ColumnType::Money, true });
    table.rows.reserve(totals->rows.size());
    for (const domain::ContributionTotalRow& row : totals->rows) {
        QList<ReportCell> cells { row.key };
        if (byMember)
            cells.append(row.label);
        for (const QString& kind : kindKeys)
            cells.append(row.amountByKind.value(kind, 0));
        cells.append(row.amount);
        table.rows.append(cells);
    }
    report.tables.append(table);

    // On paper, a bar for each period (or for the members or classes that paid most), its kinds stacked.
    ReportChart chart;
    chart.table = table.name;
    for (qsizetype kind = 0; kind < kindKeys.size(); ++kind)
        chart.valueColumns.append((byMember ? 2 : 1) + kind);
    switch (request.grouping) {
    case domain::ContributionGrouping::Member:
        chart.title = tr("Contributions by member");
        chart.mostBars = mostChartBars;
        break;
    case domain::ContributionGrouping::Class:
        chart.title = tr("Contributions by class");
        chart.mostBars = mostChartBars;
        break;
    case domain::ContributionGrouping::Month:
        chart.title = tr("Contributions by month");
        break;
    case domain::ContributionGrouping::Quarter:
        chart.title = tr("Contributions by quarter");
        break;
    case domain::ContributionGrouping::Year:
        chart.title = tr("Contributions by year");
        break;
    }
    if (!table.rows.isEmpty())
        report.charts.append(chart);
    return report;
}

domain::Result<Report> MoneyReports::grants(storage::MutualFile& file, const ReportRequest& request)
{
    const auto paid = storage::ProjectRepository(file).grantsOfPeriod(request.from, request.to);
    if (!paid)
        return paid.error();

    Report report = Reports::titled(file, QStringLiteral("grants"), request);
    ReportTable table;
    table.name = QStringLiteral("grants");
    table.columns = {
        { QStringLiteral("date"), tr("Date"), ColumnType::Date, false },
        { QStringLiteral("project"), tr("Project"), ColumnType::Text, false },
        { QStringLiteral("category"), tr("Category"), ColumnType::Text, false },
        { QStringLiteral("recipient"), tr("Recipient"), ColumnType::Text, false },
        { QStringLiteral("recipient_org_id"), tr("Recipient's org-id"), ColumnType::Text, false },
        { QStringLiteral("amount"), tr("Amount"), ColumnType::Money, true },
        { QStringLiteral("approved_by"), tr("Approved by"), ColumnType::Text, false },
        { QStringLiteral("reference"), tr("Reference"), ColumnType::Text, false },
    };
    for (const storage::GrantRow& row : paid->grants) {
        const domain::Project project = paid->projectById.value(row.grant.projectId);
        table.rows.append({ row.grant.date, row.projectTitle, row.categoryLabel, project.recipientName,
                            project.recipientOrgId, row.grant.amount, row.motionTitle, row.grant.reference });
    }
    report.tables.append(table);
    return report;
}

domain::Result<Report> MoneyReports::allocation(storage::MutualFile& file, const ReportRequest& request)
{
    storage::AllocationRepository repository(file);
    const auto found = repository.ofYear(request.year);
    if (!found)
        return found.error();
    const QString year = domain::financialYearLabel(file.mutual(), request.year);
    if (!*found) {
        return domain::Error {
            tr("The surplus of the financial year %1 has not been allocated. Allocate it on "
               "the Reinvestment page, or with “allocate”, first.")
                .arg(year),
            QStringLiteral("no-allocation"), QStringLiteral("year")
        };
    }
    const storage::AllocationRow& row = **found;
    const auto parts = repository.memberParts(row);
    if (!parts)
        return parts.error();
    const auto cells = tables::allocationCells(file, row);
    if (!cells)
        return cells.error();

    Report report = Reports::titled(file, QStringLiteral("allocation"));
    report.from = row.period.first;
    report.to = row.period.last;
    if (!row.isApproved)
        report.title = tr("Draft allocation of the surplus");
    ReportTable summary;
    summary.name = QStringLiteral("allocation");
    summary.title = row.isApproved ? tr("The surplus of %1 and its parts").arg(year)
                                   : tr("The surplus of %1 and its parts, as drafted").arg(year);
    summary.columns = tables::allocationColumns();
    summary.columns.append(
        { QStringLiteral("interest_rate"), tr("Interest rate"), ColumnType::Percent, false });
    summary.columns.append(tables::textColumn(QStringLiteral("interest_as"), tr("Interest as")));
    summary.rows.append(*cells
                        + QList<ReportCell> { qint64 { row.interestRateBp },
                                              row.interestMode == domain::InterestMode::Capitalise
                                                  ? tr("Shares")
                                                  : tr("Money") });
    report.tables = { summary, tables::allocationMembersTable(*parts, row.interestMode) };
    return report;
}

domain::Result<Report> MoneyReports::savings(storage::MutualFile& file, const ReportRequest& request)
{
    const auto lines = storage::ReportRepository(file).savings(request.from, request.to, request.filter);
    if (!lines)
        return lines.error();
    Report report = Reports::titled(file, QStringLiteral("savings"), request);
    report.tables = tables::savingsTables(*lines);
    // On paper, the saving of each service (its last column) and the grants of each category.
    const ReportTable& byService = report.tables.constLast();
    if (!byService.rows.isEmpty())
        report.charts.append({ tr("What each service saved"),
                               byService.name,
                               0,
                               { byService.columns.size() - 1 },
                               mostChartBars });
    if (request.filter.memberId || request.filter.classId)
        return report;
    const auto allocations = tables::allocationsTable(file, request);
    if (!allocations)
        return allocations.error();
    report.tables.append(*allocations);
    const auto grants = tables::grantTables(file, request);
    if (!grants)
        return grants.error();
    report.tables.append(*grants);
    const ReportTable& byCategory = grants->constFirst();
    if (!byCategory.rows.isEmpty())
        report.charts.append(
            { tr("What each category was granted"), byCategory.name, 0, { 2 }, mostChartBars });
    return report;
}

} // namespace mutualise::reports
