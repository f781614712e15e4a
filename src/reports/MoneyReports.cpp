#include "MoneyReports.h"

#include "Reports.h"
#include "storage/ContributionRepository.h"
#include "storage/ProjectRepository.h"

#include <QHash>

namespace mutualise::reports {

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

    Report report = Reports::titled(file, QStringLiteral("contributions"));
    report.from = request.from;
    report.to = request.to;
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
    return report;
}

domain::Result<Report> MoneyReports::grants(storage::MutualFile& file, const ReportRequest& request)
{
    storage::ProjectRepository repository(file);
    const auto grants = repository.grants();
    if (!grants)
        return grants.error();
    const auto projects = repository.projects();
    if (!projects)
        return projects.error();
    QHash<qint64, domain::Project> projectById;
    for (const storage::ProjectRow& row : *projects)
        projectById.insert(row.project.id, row.project);

    Report report = Reports::titled(file, QStringLiteral("grants"));
    report.from = request.from;
    report.to = request.to;
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
    for (const storage::GrantRow& row : *grants) {
        const QDate date = row.grant.date;
        if ((request.from.isValid() && date < request.from) || (request.to.isValid() && date > request.to))
            continue;
        const domain::Project project = projectById.value(row.grant.projectId);
        table.rows.append({ date, row.projectTitle, row.categoryLabel, project.recipientName,
                            project.recipientOrgId, row.grant.amount, row.motionTitle, row.grant.reference });
    }
    report.tables.append(table);
    return report;
}

} // namespace mutualise::reports
