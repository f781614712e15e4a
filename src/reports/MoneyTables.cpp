#include "MoneyTables.h"

#include "MoneyReports.h"
#include "domain/DemoVotes.h"
#include "storage/MotionRepository.h"
#include "storage/ProjectRepository.h"

#include <QMap>

namespace mutualise::reports::tables {

namespace {

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

// What a group of grants adds up to.
struct GrantsSum
{
    QString category;
    QString recipient;
    qint64 count = 0;
    qint64 amount = 0;
};

} // namespace

ReportColumn moneyColumn(const QString& key, const QString& title)
{
    return { key, title, ColumnType::Money, true };
}

ReportColumn textColumn(const QString& key, const QString& title)
{
    return { key, title, ColumnType::Text, false };
}

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

QList<ReportColumn> allocationColumns()
{
    return { textColumn(QStringLiteral("year"), MoneyReports::tr("Financial year")),
             moneyColumn(QStringLiteral("surplus"), MoneyReports::tr("Surplus")),
             moneyColumn(QStringLiteral("reserves"), MoneyReports::tr("To reserves")),
             moneyColumn(QStringLiteral("interest"), MoneyReports::tr("Interest on shares")),
             moneyColumn(QStringLiteral("rebates"), MoneyReports::tr("Rebates")),
             moneyColumn(QStringLiteral("fund"), MoneyReports::tr("To the fund")),
             { QStringLiteral("approved"), MoneyReports::tr("Approved"), ColumnType::Date, false },
             textColumn(QStringLiteral("resolution"), MoneyReports::tr("Resolution")) };
}

domain::Result<QList<ReportCell>> allocationCells(storage::MutualFile& file,
                                                  const storage::AllocationRow& row)
{
    QString resolution;
    if (row.motionId) {
        const auto motion = storage::MotionRepository(file).motion(*row.motionId);
        if (!motion)
            return motion.error();
        resolution = motion->title;
    }
    return QList<ReportCell> { domain::financialYearLabel(file.mutual(), row.year),
                               row.surplus,
                               row.reserves,
                               row.interestTotal,
                               row.rebates,
                               row.fund,
                               row.allocatedOn.isValid() ? ReportCell(row.allocatedOn) : ReportCell(),
                               resolution };
}

domain::Result<ReportTable> allocationsTable(storage::MutualFile& file, const ReportRequest& request)
{
    const auto allocations = storage::AllocationRepository(file).all();
    if (!allocations)
        return allocations.error();
    ReportTable table;
    table.name = QStringLiteral("allocations");
    table.title = MoneyReports::tr("Allocations of the surplus");
    table.columns = allocationColumns();
    for (const storage::AllocationRow& row : *allocations) {
        if (!row.isApproved || row.period.last < request.from || row.period.last > request.to)
            continue;
        const auto cells = allocationCells(file, row);
        if (!cells)
            return cells.error();
        table.rows.append(*cells);
    }
    return table;
}

ReportTable allocationMembersTable(const QList<domain::AllocationMemberPart>& parts,
                                   domain::InterestMode mode)
{
    const bool isCapitalised = mode == domain::InterestMode::Capitalise;
    ReportTable table;
    table.name = QStringLiteral("members");
    table.title = MoneyReports::tr("Each member's part");
    table.columns
        = { textColumn(QStringLiteral("number"), MoneyReports::tr("Number")),
            textColumn(QStringLiteral("name"), MoneyReports::tr("Name")),
            { QStringLiteral("share_days"), MoneyReports::tr("Share-days"), ColumnType::Integer, true },
            moneyColumn(QStringLiteral("interest"), MoneyReports::tr("Interest")) };
    if (isCapitalised) {
        table.columns.append({ QStringLiteral("shares_bought"), MoneyReports::tr("Shares bought"),
                               ColumnType::Integer, true });
        table.columns.append(moneyColumn(QStringLiteral("interest_paid"), MoneyReports::tr("Interest paid")));
    }
    table.columns.append(moneyColumn(QStringLiteral("charges"), MoneyReports::tr("Service charges")));
    table.columns.append(moneyColumn(QStringLiteral("rebate"), MoneyReports::tr("Rebate")));
    table.columns.append(moneyColumn(QStringLiteral("total"), MoneyReports::tr("Interest and rebate")));
    table.rows.reserve(parts.size());
    for (const domain::AllocationMemberPart& part : parts) {
        QList<ReportCell> cells { part.number, part.name };
        cells.append(part.shareDays ? ReportCell(*part.shareDays) : ReportCell());
        cells.append(part.shareDays ? ReportCell(part.interest) : ReportCell());
        if (isCapitalised) {
            cells.append(part.shareDays ? ReportCell(part.capitalisedShares) : ReportCell());
            cells.append(part.shareDays ? ReportCell(part.interestPaid) : ReportCell());
        }
        cells.append(part.charges ? ReportCell(*part.charges) : ReportCell());
        cells.append(part.charges ? ReportCell(part.rebate) : ReportCell());
        // Each is at most the allocation's total, which fits in 64 bits with room to spare.
        cells.append(part.interest + part.rebate);
        table.rows.append(cells);
    }
    return table;
}

domain::Result<QList<ReportTable>> grantTables(storage::MutualFile& file, const ReportRequest& request)
{
    const auto paid = storage::ProjectRepository(file).grantsOfPeriod(request.from, request.to);
    if (!paid)
        return paid.error();
    QMap<QString, GrantsSum> byCategory;
    QMap<std::pair<QString, qint64>, GrantsSum> byProject;
    for (const storage::GrantRow& row : paid->grants) {
        // A fund's grants never pass what its allocations put in, which fits in 64 bits.
        GrantsSum& category = byCategory[row.categoryLabel];
        ++category.count;
        category.amount += row.grant.amount;
        GrantsSum& project = byProject[{ row.projectTitle, row.grant.projectId }];
        project.category = row.categoryLabel;
        project.recipient = paid->projectById.value(row.grant.projectId).recipientName;
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

} // namespace mutualise::reports::tables
