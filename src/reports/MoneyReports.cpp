#include "MoneyReports.h"

#include "Reports.h"
#include "domain/DemoVotes.h"
#include "storage/AllocationRepository.h"
#include "storage/ContributionRepository.h"
#include "storage/MotionRepository.h"
#include "storage/ProjectRepository.h"
#include "storage/ReportRepository.h"

#include <QHash>
#include <QMap>

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
    return report;
}

domain::Result<Report> MoneyReports::grants(storage::MutualFile& file, const ReportRequest& request)
{
    storage::ProjectRepository repository(file);
    const auto grants = repository.grants();
    if (!grants)
        return grants.error();
    const auto projectById = repository.projectsById();
    if (!projectById)
        return projectById.error();

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
    for (const storage::GrantRow& row : *grants) {
        const QDate date = row.grant.date;
        if ((request.from.isValid() && date < request.from) || (request.to.isValid() && date > request.to))
            continue;
        const domain::Project project = projectById->value(row.grant.projectId);
        table.rows.append({ date, row.projectTitle, row.categoryLabel, project.recipientName,
                            project.recipientOrgId, row.grant.amount, row.motionTitle, row.grant.reference });
    }
    report.tables.append(table);
    return report;
}

namespace {

ReportColumn moneyColumn(const QString& key, const QString& title)
{
    return { key, title, ColumnType::Money, true };
}

ReportColumn textColumn(const QString& key, const QString& title)
{
    return { key, title, ColumnType::Text, false };
}

// What a group of savings adds up to.
struct SavingsSum
{
    qint64 members = 0;
    qint64 baseline = 0;
    qint64 actual = 0;
};

// What a group of savings cost alone and through the mutual, and the saving: a table's last columns.
QList<ReportColumn> savingsFigures()
{
    return { moneyColumn(QStringLiteral("baseline"), MoneyReports::tr("Cost alone")),
             moneyColumn(QStringLiteral("actual"), MoneyReports::tr("Cost through the mutual")),
             moneyColumn(QStringLiteral("saving"), MoneyReports::tr("Saving")) };
}

// The savings by member and service, then by service. Each line's figures are those of one member, and
// a member's savings are at most maximumSavingAmount each: the sums of a service cannot overflow before
// the line sums would have (which storage refuses), as no file holds 900,000 members.
QList<ReportTable> savingsTables(const QList<storage::SavingsLine>& lines)
{
    ReportTable byMember;
    byMember.name = QStringLiteral("savings");
    byMember.title = MoneyReports::tr("Savings by member and service");
    byMember.columns
        = QList<ReportColumn> { textColumn(QStringLiteral("number"), MoneyReports::tr("Number")),
                                textColumn(QStringLiteral("name"), MoneyReports::tr("Name")),
                                textColumn(QStringLiteral("service"), MoneyReports::tr("Service")) }
        + savingsFigures();
    QMap<QString, SavingsSum> byServiceSums;
    byMember.rows.reserve(lines.size());
    for (const storage::SavingsLine& line : lines) {
        byMember.rows.append({ line.number, line.name, line.service, line.baseline, line.actual,
                               line.baseline - line.actual });
        SavingsSum& sum = byServiceSums[line.service];
        ++sum.members;
        sum.baseline += line.baseline;
        sum.actual += line.actual;
    }
    ReportTable byService;
    byService.name = QStringLiteral("savings_by_service");
    byService.title = MoneyReports::tr("Savings by service");
    byService.columns = QList<ReportColumn> {
        textColumn(QStringLiteral("service"), MoneyReports::tr("Service")),
        { QStringLiteral("members"), MoneyReports::tr("Members"), ColumnType::Integer, false }
    } + savingsFigures();
    for (auto sum = byServiceSums.cbegin(); sum != byServiceSums.cend(); ++sum) {
        byService.rows.append(
            { sum.key(), sum->members, sum->baseline, sum->actual, sum->baseline - sum->actual });
    }
    return { byMember, byService };
}

// The approved allocations of the financial years that end within the period, oldest first.
domain::Result<ReportTable> allocationsTable(storage::MutualFile& file, const ReportRequest& request)
{
    const auto allocations = storage::AllocationRepository(file).all();
    if (!allocations)
        return allocations.error();
    ReportTable table;
    table.name = QStringLiteral("allocations");
    table.title = MoneyReports::tr("Allocations of the surplus");
    table.columns = { textColumn(QStringLiteral("year"), MoneyReports::tr("Financial year")),
                      moneyColumn(QStringLiteral("surplus"), MoneyReports::tr("Surplus")),
                      moneyColumn(QStringLiteral("reserves"), MoneyReports::tr("To reserves")),
                      moneyColumn(QStringLiteral("interest"), MoneyReports::tr("Interest on shares")),
                      moneyColumn(QStringLiteral("rebates"), MoneyReports::tr("Rebates")),
                      moneyColumn(QStringLiteral("fund"), MoneyReports::tr("To the fund")),
                      { QStringLiteral("approved"), MoneyReports::tr("Approved"), ColumnType::Date, false },
                      textColumn(QStringLiteral("resolution"), MoneyReports::tr("Resolution")) };
    const domain::Mutual mutual = file.mutual();
    storage::MotionRepository motions(file);
    for (const storage::AllocationRow& row : *allocations) {
        if (!row.isApproved || row.period.last < request.from || row.period.last > request.to)
            continue;
        QString resolution;
        if (row.motionId) {
            const auto motion = motions.motion(*row.motionId);
            if (!motion)
                return motion.error();
            resolution = motion->title;
        }
        table.rows.append({ domain::financialYearLabel(mutual, row.year), row.surplus, row.reserves,
                            row.interestTotal, row.rebates, row.fund, row.allocatedOn, resolution });
    }
    return table;
}

// What a group of grants adds up to.
struct GrantsSum
{
    QString category;
    QString recipient;
    qint64 count = 0;
    qint64 amount = 0;
};

// The grants dated within the period, by category and by project, each by name.
domain::Result<QList<ReportTable>> grantTables(storage::MutualFile& file, const ReportRequest& request)
{
    storage::ProjectRepository repository(file);
    const auto grants = repository.grants();
    if (!grants)
        return grants.error();
    const auto projectById = repository.projectsById();
    if (!projectById)
        return projectById.error();
    QMap<QString, GrantsSum> byCategory;
    QMap<std::pair<QString, qint64>, GrantsSum> byProject;
    for (const storage::GrantRow& row : *grants) {
        if (row.grant.date < request.from || row.grant.date > request.to)
            continue;
        // A fund's grants never pass what its allocations put in, which fits in 64 bits.
        GrantsSum& category = byCategory[row.categoryLabel];
        ++category.count;
        category.amount += row.grant.amount;
        GrantsSum& project = byProject[{ row.projectTitle, row.grant.projectId }];
        project.category = row.categoryLabel;
        project.recipient = projectById->value(row.grant.projectId).recipientName;
        ++project.count;
        project.amount += row.grant.amount;
    }
    const ReportColumn count { QStringLiteral("grants"), MoneyReports::tr("Grants"), ColumnType::Integer,
                               true };
    ReportTable categories;
    categories.name = QStringLiteral("grants_by_category");
    categories.title = MoneyReports::tr("Grants by category");
    categories.columns = { textColumn(QStringLiteral("category"), MoneyReports::tr("Category")), count,
                           moneyColumn(QStringLiteral("amount"), MoneyReports::tr("Amount")) };
    for (auto sum = byCategory.cbegin(); sum != byCategory.cend(); ++sum)
        categories.rows.append({ sum.key(), sum->count, sum->amount });
    ReportTable perProject;
    perProject.name = QStringLiteral("grants_by_project");
    perProject.title = MoneyReports::tr("Grants by project");
    perProject.columns = { textColumn(QStringLiteral("project"), MoneyReports::tr("Project")),
                           textColumn(QStringLiteral("category"), MoneyReports::tr("Category")),
                           textColumn(QStringLiteral("recipient"), MoneyReports::tr("Recipient")), count,
                           moneyColumn(QStringLiteral("amount"), MoneyReports::tr("Amount")) };
    for (auto sum = byProject.cbegin(); sum != byProject.cend(); ++sum)
        perProject.rows.append({ sum.key().first, sum->category, sum->recipient, sum->count, sum->amount });
    return QList<ReportTable> { categories, perProject };
}

} // namespace

domain::Result<Report> MoneyReports::savings(storage::MutualFile& file, const ReportRequest& request)
{
    const auto lines = storage::ReportRepository(file).savings(request.from, request.to, request.filter);
    if (!lines)
        return lines.error();
    Report report = Reports::titled(file, QStringLiteral("savings"), request);
    report.tables = savingsTables(*lines);
    if (request.filter.memberId || request.filter.classId)
        return report;
    const auto allocations = allocationsTable(file, request);
    if (!allocations)
        return allocations.error();
    report.tables.append(*allocations);
    const auto grants = grantTables(file, request);
    if (!grants)
        return grants.error();
    report.tables.append(*grants);
    return report;
}

} // namespace mutualise::reports
