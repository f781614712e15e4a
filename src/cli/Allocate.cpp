#include "Allocate.h"

#include "TextTable.h"
#include "domain/Text.h"
#include "formats/InputFile.h"
#include "storage/AllocationRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace mutualise::cli {

using namespace mutualise::domain;

namespace {

// A plan is a few lines of JSON: anything larger than this is not a plan.
constexpr qint64 maximumPlanSize = 64 * 1024;

} // namespace

Allocate::Allocate()
    : MutualCommand(QStringLiteral("allocate"),
                    tr("Allocate a financial year's surplus to reserves, interest on share capital, rebates "
                       "and the community fund, to the penny, by a plan in a JSON file."))
{
    addOption({ QStringLiteral("year"),
                tr("The financial year, named by the calendar year it starts in (required)."), tr("YEAR") });
    addOption({ QStringLiteral("plan"),
                tr("The plan, a JSON file such as {\"year\": 2025, \"surplus\": 12000000, \"reserves\": "
                   "3000000, \"interest_rate_bp\": 250, \"interest\": \"pay\", \"rebates\": 2000000, "
                   "\"fund\": 6000000, \"resolution\": 7}; amounts in minor units (required)."),
                tr("PLAN.json") });
    addOption({ QStringLiteral("dry-run"), tr("Work the allocation out and show it without recording it.") });
    addOption({ QStringLiteral("json"), tr("Print JSON for other programs instead of a summary.") });
}

int Allocate::checkArguments(const QCommandLineParser& parser, const QStringList& /*positional*/)
{
    if (!hasRequiredOptions(parser, { QStringLiteral("year"), QStringLiteral("plan") }))
        return ExitUsage;
    const std::optional<qint64> year = wholeNumberOption(parser, QStringLiteral("year"), 1900, 9999);
    if (!year)
        return ExitUsage;
    // The plan is read whole before the mutual is opened: a bad plan never touches the file.
    const Result<QByteArray> content
        = formats::readInputFile(parser.value(QStringLiteral("plan")), maximumPlanSize);
    if (!content)
        return refuseUsage(tr("The plan cannot be read: %1").arg(content.error().message));
    const Result<AllocationPlan> plan = parseAllocationPlan(*content);
    if (!plan)
        return refuse(plan.error());
    if (plan->year != *year)
        return refuseUsage(
            tr("The plan is for financial year %1, not %2 as --year says.").arg(plan->year).arg(*year));
    m_plan = *plan;
    return ExitSuccess;
}

int Allocate::runWithMutual(storage::MutualFile& file, const QCommandLineParser& parser,
                            const QStringList& /*positional*/)
{
    const bool isDryRun = parser.isSet(QStringLiteral("dry-run"));
    storage::AllocationRepository allocations(file);
    const Result<SurplusAllocation> allocation
        = isDryRun ? allocations.compute(*m_plan) : allocations.allocate(*m_plan);
    if (!allocation)
        return refuse(allocation.error());
    const Mutual mutual = file.mutual();
    writeOut(parser.isSet(QStringLiteral("json")) ? asJson(*allocation, mutual, isDryRun)
                                                  : asText(*allocation, mutual, isDryRun));
    return ExitSuccess;
}

QString Allocate::asText(const SurplusAllocation& allocation, const Mutual& mutual, bool isDryRun)
{
    const QLocale locale;
    const auto money = [&](qint64 amount) { return Money(amount, mutual.currency).format(locale); };
    const AllocationPlan& plan = allocation.plan;
    QString text = tr("%1: allocation of the surplus of financial year %2 (%3 to %4, %Ln day(s))", nullptr,
                      allocation.days)
                       .arg(visibleText(mutual.name), QString::number(plan.year),
                            isoDate(allocation.year.first), isoDate(allocation.year.last))
        + QLatin1Char('\n');
    if (allocation.isApproved())
        text += tr("Approved by motion %1 on %2.")
                    .arg(QString::number(*plan.resolution), isoDate(allocation.allocatedOn));
    else
        text += tr("Draft: no resolution approves it yet.");
    if (isDryRun)
        text += QLatin1Char(' ') + tr("Dry run: nothing was recorded.");
    text += QStringLiteral("\n\n");

    using Alignment = TextTable::Alignment;
    TextTable parts({ { tr("Part"), Alignment::Left }, { tr("Amount"), Alignment::Right } });
    parts.addRow({ tr("Reserves"), money(plan.reserves) });
    parts.addRow({ plan.interestMode == InterestMode::Capitalise
                       ? tr("Interest on share capital at %1 bp, capitalised").arg(plan.interestRateBp)
                       : tr("Interest on share capital at %1 bp, paid").arg(plan.interestRateBp),
                   money(allocation.interestTotal) });
    parts.addRow({ tr("Rebates on service charges"), money(allocation.rebatesTotal) });
    parts.addRow({ tr("Community reinvestment fund"), money(allocation.fund) });
    parts.addFooter({ tr("Surplus"), money(plan.surplus) });
    text += parts.render() + QLatin1Char('\n');

    TextTable members({ { tr("Number"), Alignment::Left },
                        { tr("Share-days"), Alignment::Right },
                        { tr("Interest"), Alignment::Right },
                        { tr("Shares bought"), Alignment::Right },
                        { tr("Interest paid"), Alignment::Right },
                        { tr("Charges"), Alignment::Right },
                        { tr("Rebate"), Alignment::Right } });
    QMap<QString, QStringList> rows;
    for (const InterestPart& part : allocation.interest) {
        rows.insert(part.number,
                    { part.number, locale.toString(part.shareDays), money(part.amount),
                      locale.toString(part.capitalisedShares), money(part.paid), QString(), QString() });
    }
    for (const RebatePart& part : allocation.rebates) {
        QStringList& row = rows[part.number];
        if (row.isEmpty())
            row = { part.number, QString(), QString(), QString(), QString(), QString(), QString() };
        row[5] = money(part.charges);
        row[6] = money(part.amount);
    }
    for (const QStringList& row : std::as_const(rows))
        members.addRow(row);
    members.addFooter({ tr("Total"), QString(), money(allocation.interestTotal),
                        locale.toString(allocation.capitalisedShares), QString(), QString(),
                        money(allocation.rebatesTotal) });
    text += members.render();
    for (const InterestPart& part : allocation.interest) {
        if (!part.paidInstead.isEmpty())
            text += QLatin1Char('\n')
                + tr("Member %1's interest is paid, not capitalised: %2").arg(part.number, part.paidInstead);
    }
    return text + QLatin1Char('\n');
}

QString Allocate::asJson(const SurplusAllocation& allocation, const Mutual& mutual, bool isDryRun)
{
    const AllocationPlan& plan = allocation.plan;
    QJsonArray interestMembers;
    for (const InterestPart& part : allocation.interest) {
        QJsonObject member { { QStringLiteral("number"), part.number },
                             { QStringLiteral("share_days"), part.shareDays },
                             { QStringLiteral("amount"), part.amount },
                             { QStringLiteral("capitalised_shares"), part.capitalisedShares },
                             { QStringLiteral("paid"), part.paid } };
        if (!part.paidInstead.isEmpty())
            member.insert(QStringLiteral("paid_instead"), part.paidInstead);
        interestMembers.append(member);
    }
    QJsonArray rebateMembers;
    for (const RebatePart& part : allocation.rebates) {
        rebateMembers.append(QJsonObject { { QStringLiteral("number"), part.number },
                                           { QStringLiteral("charges"), part.charges },
                                           { QStringLiteral("amount"), part.amount } });
    }
    QJsonObject document {
        { QStringLiteral("year"), plan.year },
        { QStringLiteral("from"), isoDate(allocation.year.first) },
        { QStringLiteral("to"), isoDate(allocation.year.last) },
        { QStringLiteral("days"), allocation.days },
        { QStringLiteral("currency"), mutual.currency.code() },
        { QStringLiteral("surplus"), plan.surplus },
        { QStringLiteral("reserves"), plan.reserves },
        { QStringLiteral("fund"), allocation.fund },
        { QStringLiteral("resolution"), plan.resolution ? QJsonValue(*plan.resolution) : QJsonValue() },
        { QStringLiteral("status"),
          allocation.isApproved() ? QStringLiteral("approved") : QStringLiteral("draft") },
        { QStringLiteral("recorded"), !isDryRun },
        { QStringLiteral("interest"),
          QJsonObject { { QStringLiteral("rate_bp"), plan.interestRateBp },
                        { QStringLiteral("mode"), interestModeKey(plan.interestMode) },
                        { QStringLiteral("total"), allocation.interestTotal },
                        { QStringLiteral("capitalised_shares"), allocation.capitalisedShares },
                        { QStringLiteral("members"), interestMembers } } },
        { QStringLiteral("rebates"),
          QJsonObject { { QStringLiteral("total"), allocation.rebatesTotal },
                        { QStringLiteral("members"), rebateMembers } } },
    };
    if (allocation.isApproved())
        document.insert(QStringLiteral("allocated_on"), isoDate(allocation.allocatedOn));
    if (plan.distributableProfit)
        document.insert(QStringLiteral("distributable_profit"), *plan.distributableProfit);
    return QString::fromUtf8(QJsonDocument(document).toJson(QJsonDocument::Indented));
}

} // namespace mutualise::cli
