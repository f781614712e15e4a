#include "AnnualReport.h"

#include "MoneyTables.h"
#include "Reports.h"
#include "storage/AllocationRepository.h"
#include "storage/ReportRepository.h"

#include <QMap>

#include <array>

namespace mutualise::reports {

namespace {

ReportTable membershipTable(const QList<storage::MembershipLine>& lines)
{
    ReportTable table;
    table.name = QStringLiteral("membership");
    table.title = AnnualReport::tr("Membership");
    const auto count = [](const QString& key, const QString& title) {
        return ReportColumn { key, title, ColumnType::Integer, true };
    };
    table.columns = { tables::textColumn(QStringLiteral("class"), AnnualReport::tr("Class")),
                      count(QStringLiteral("at_start"), AnnualReport::tr("At the start")),
                      count(QStringLiteral("admitted"), AnnualReport::tr("Admitted")),
                      count(QStringLiteral("ceased"), AnnualReport::tr("Ceased")),
                      count(QStringLiteral("at_end"), AnnualReport::tr("At the end")) };
    for (const storage::MembershipLine& line : lines)
        table.rows.append({ line.className, line.atStart, line.admitted, line.ceased, line.atEnd });
    return table;
}

// The share capital statement's figures summed by class, every class listed; rule "total-too-large"
// for a class whose sum goes beyond 64 bits.
domain::Result<ReportTable> capitalTable(const QList<storage::CapitalLine>& lines,
                                         const QList<storage::MembershipLine>& classes)
{
    constexpr int figures = 7;
    QMap<QString, std::array<qint64, figures>> byClass;
    for (const storage::MembershipLine& line : classes)
        byClass.insert(line.className, {});
    for (const storage::CapitalLine& line : lines) {
        std::array<qint64, figures>& sums = byClass[line.className];
        const std::array<qint64, figures> amounts { line.opening,      line.subscriptions, line.transfersIn,
                                                    line.transfersOut, line.withdrawals,   line.other,
                                                    line.closing };
        for (int index = 0; index < figures; ++index) {
            const auto at = static_cast<std::size_t>(index);
            if (qAddOverflow(sums[at], amounts[at], &sums[at])) {
                return domain::Error { AnnualReport::tr("The share capital of the class “%1” comes to more "
                                                        "than can be added up.")
                                           .arg(line.className),
                                       QStringLiteral("total-too-large"),
                                       {} };
            }
        }
    }
    ReportTable table;
    table.name = QStringLiteral("capital");
    table.title = AnnualReport::tr("Share capital");
    table.columns = { tables::textColumn(QStringLiteral("class"), AnnualReport::tr("Class")),
                      tables::moneyColumn(QStringLiteral("opening"), AnnualReport::tr("Opening")),
                      tables::moneyColumn(QStringLiteral("subscriptions"), AnnualReport::tr("Subscriptions")),
                      tables::moneyColumn(QStringLiteral("transfers_in"), AnnualReport::tr("Transfers in")),
                      tables::moneyColumn(QStringLiteral("transfers_out"), AnnualReport::tr("Transfers out")),
                      tables::moneyColumn(QStringLiteral("withdrawals"), AnnualReport::tr("Withdrawals")),
                      tables::moneyColumn(QStringLiteral("other"), AnnualReport::tr("Other")),
                      tables::moneyColumn(QStringLiteral("closing"), AnnualReport::tr("Closing")) };
    for (auto sums = byClass.cbegin(); sums != byClass.cend(); ++sums) {
        QList<ReportCell> row { sums.key() };
        for (const qint64 amount : *sums)
            row.append(amount);
        table.rows.append(row);
    }
    return table;
}

// The approved allocation of the year's surplus: one row, or none before it is approved.
domain::Result<ReportTable> surplusTable(storage::MutualFile& file, int year)
{
    ReportTable table;
    table.name = QStringLiteral("surplus");
    table.title = AnnualReport::tr("The surplus and its use");
    table.columns = tables::allocationColumns();
    const auto allocation = storage::AllocationRepository(file).ofYear(year);
    if (!allocation)
        return allocation.error();
    if (*allocation && (*allocation)->isApproved) {
        const auto cells = tables::allocationCells(file, **allocation);
        if (!cells)
            return cells.error();
        table.rows.append(*cells);
    }
    return table;
}

} // namespace

domain::Result<Report> AnnualReport::build(storage::MutualFile& file, const ReportRequest& request)
{
    const domain::Mutual mutual = file.mutual();
    const domain::Period year = storage::AllocationRepository(file).financialYear(request.year);
    ReportRequest period = request;
    period.from = year.first;
    period.to = year.last;
    storage::ReportRepository repository(file);
    const auto membership = repository.membership(year.first, year.last);
    if (!membership)
        return membership.error();
    const auto capitalLines = repository.shareCapital(year.first, year.last);
    if (!capitalLines)
        return capitalLines.error();
    const auto capital = capitalTable(*capitalLines, *membership);
    if (!capital)
        return capital.error();
    const auto surplus = surplusTable(file, request.year);
    if (!surplus)
        return surplus.error();
    const auto savingsLines = repository.savings(year.first, year.last);
    if (!savingsLines)
        return savingsLines.error();
    const auto grants = tables::grantTables(file, period);
    if (!grants)
        return grants.error();

    Report report = Reports::titled(file, QStringLiteral("annual"), period);
    // The benefit delivered: what a community interest company reports to the regulator each year.
    const bool isCic = mutual.legalForm == domain::LegalForm::CommunityInterestCompany;
    ReportTable savings = tables::savingsTables(*savingsLines).at(1);
    savings.title = isCic ? tr("Community interest: the savings made for members, by service")
                          : tr("The savings made for members, by service");
    ReportTable grantsByCategory = grants->at(0);
    grantsByCategory.title = isCic ? tr("Community interest: the grants paid to the community, by category")
                                   : tr("The grants paid to the community, by category");
    report.tables = { membershipTable(*membership), *capital, *surplus, savings, grantsByCategory };
    return report;
}

} // namespace mutualise::reports
