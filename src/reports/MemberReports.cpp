#include "MemberReports.h"

#include "MoneyTables.h"
#include "Reports.h"
#include "domain/Contribution.h"
#include "domain/DemoVotes.h"
#include "storage/AllocationRepository.h"
#include "storage/ContributionRepository.h"
#include "storage/ReportRepository.h"
#include "storage/ShareLedgerRepository.h"

#include <QHash>
#include <QLocale>

namespace mutualise::reports {

namespace {

using tables::moneyColumn;
using tables::textColumn;

ReportColumn countColumn(const QString& key, const QString& title)
{
    return { key, title, ColumnType::Integer, true };
}

ReportColumn dateColumn(const QString& key, const QString& title)
{
    return { key, title, ColumnType::Date, false };
}

// A table with the columns given and no rows.
ReportTable emptyTable(const QString& name, const QString& title, const QList<ReportColumn>& columns)
{
    ReportTable table;
    table.name = name;
    table.title = title;
    table.columns = columns;
    return table;
}

// An address on paper: its lines kept as lines.
QString addressLines(const QString& address)
{
    return QString(address).replace(u'\n', QChar::LineSeparator);
}

// What a ledger line did, for a reader: "Subscription", "Transfer from 1002".
QString movementText(const storage::ShareEntryRow& row)
{
    const QString kind = domain::entryKindLabel(row.entry.kind);
    if (row.entry.kind != domain::ShareEntryKind::Transfer || row.counterpartyNumber.isEmpty())
        return kind;
    return row.entry.shares < 0 ? MemberReports::tr("Transfer to %1").arg(row.counterpartyNumber)
                                : MemberReports::tr("Transfer from %1").arg(row.counterpartyNumber);
}

// Each member's part of every allocation approved within the year, by member id.
struct AllocationShare
{
    QString year;
    domain::AllocationMemberPart part;
};

domain::Result<QHash<qint64, QList<AllocationShare>>> allocationsApprovedIn(storage::MutualFile& file,
                                                                            const domain::Period& year)
{
    storage::AllocationRepository repository(file);
    const auto allocations = repository.all();
    if (!allocations)
        return allocations.error();
    QHash<qint64, QList<AllocationShare>> byMember;
    for (const storage::AllocationRow& allocation : *allocations) {
        if (!allocation.isApproved || !year.contains(allocation.allocatedOn))
            continue;
        const auto parts = repository.memberParts(allocation);
        if (!parts)
            return parts.error();
        const QString label = domain::financialYearLabel(file.mutual(), allocation.year);
        for (const domain::AllocationMemberPart& part : *parts)
            byMember[part.memberId].append({ label, part });
    }
    return byMember;
}

// The tables of the statements, every member in each, and a section a member for paper.
struct Statements
{
    ReportTable summary = emptyTable(
        QStringLiteral("statements"), MemberReports::tr("Statements"),
        { textColumn(QStringLiteral("number"), MemberReports::tr("Number")),
          textColumn(QStringLiteral("name"), MemberReports::tr("Name")),
          textColumn(QStringLiteral("address"), MemberReports::tr("Address")),
          textColumn(QStringLiteral("class"), MemberReports::tr("Class")),
          countColumn(QStringLiteral("opening_shares"), MemberReports::tr("Shares at the start")),
          moneyColumn(QStringLiteral("opening"), MemberReports::tr("Holding at the start")),
          countColumn(QStringLiteral("closing_shares"), MemberReports::tr("Shares at the end")),
          moneyColumn(QStringLiteral("closing"), MemberReports::tr("Holding at the end")),
          moneyColumn(QStringLiteral("interest"), MemberReports::tr("Interest")),
          moneyColumn(QStringLiteral("rebates"), MemberReports::tr("Rebates")),
          moneyColumn(QStringLiteral("contributions"), MemberReports::tr("Contributions")) });
    QList<ReportColumn> movementColumns {
        dateColumn(QStringLiteral("date"), MemberReports::tr("Date")),
        textColumn(QStringLiteral("movement"), MemberReports::tr("Movement")),
        countColumn(QStringLiteral("shares"), MemberReports::tr("Shares")),
        moneyColumn(QStringLiteral("amount"), MemberReports::tr("Amount")),
        textColumn(QStringLiteral("reference"), MemberReports::tr("Reference"))
    };
    QList<ReportColumn> allocationColumns {
        textColumn(QStringLiteral("year"), MemberReports::tr("Financial year")),
        moneyColumn(QStringLiteral("interest"), MemberReports::tr("Interest")),
        countColumn(QStringLiteral("shares_bought"), MemberReports::tr("Shares bought")),
        moneyColumn(QStringLiteral("interest_paid"), MemberReports::tr("Interest paid")),
        moneyColumn(QStringLiteral("rebate"), MemberReports::tr("Rebate"))
    };
    QList<ReportColumn> contributionColumns { textColumn(QStringLiteral("kind"), MemberReports::tr("Kind")),
                                              moneyColumn(QStringLiteral("amount"),
                                                          MemberReports::tr("Amount")) };
    ReportTable movements
        = emptyTable(QStringLiteral("movements"), MemberReports::tr("Share capital movements"),
                     QList<ReportColumn> { textColumn(QStringLiteral("number"), MemberReports::tr("Number")) }
                         + movementColumns);
    ReportTable allocations
        = emptyTable(QStringLiteral("allocations"), MemberReports::tr("Interest and rebates"),
                     QList<ReportColumn> { textColumn(QStringLiteral("number"), MemberReports::tr("Number")) }
                         + allocationColumns);
    ReportTable contributions
        = emptyTable(QStringLiteral("contributions"), MemberReports::tr("Contributions"),
                     QList<ReportColumn> { textColumn(QStringLiteral("number"), MemberReports::tr("Number")) }
                         + contributionColumns);
    QList<ReportSection> sections;
};

} // namespace

domain::Result<Report> MemberReports::statements(storage::MutualFile& file, const ReportRequest& request)
{
    const domain::Period year = storage::AllocationRepository(file).financialYear(request.year);
    storage::ReportRepository repository(file);
    const auto opening = repository.registerAsOf(year.first.addDays(-1), request.filter);
    if (!opening)
        return opening.error();
    const auto closing = repository.registerAsOf(year.last, request.filter);
    if (!closing)
        return closing.error();
    storage::ShareEntryFilter period;
    period.from = year.first;
    period.to = year.last;
    const auto entries = storage::ShareLedgerRepository(file).entries(period);
    if (!entries)
        return entries.error();
    const auto allocations = allocationsApprovedIn(file, year);
    if (!allocations)
        return allocations.error();
    const auto contributed = storage::ContributionRepository(file).totals(
        domain::ContributionGrouping::Member, year.first, year.last, {}, request.filter);
    if (!contributed)
        return contributed.error();

    QHash<qint64, const storage::RegisterLine*> openingOf;
    for (const storage::RegisterLine& line : *opening)
        openingOf.insert(line.memberId, &line);
    QHash<qint64, QList<const storage::ShareEntryRow*>> entriesOf;
    for (const storage::ShareEntryRow& row : *entries)
        entriesOf[row.entry.memberId].append(&row);
    QHash<QString, const domain::ContributionTotalRow*> contributedBy;
    for (const domain::ContributionTotalRow& row : contributed->rows)
        contributedBy.insert(row.key, &row);

    const domain::Mutual mutual = file.mutual();
    const QLocale locale;
    const auto money
        = [&mutual, &locale](qint64 amount) { return domain::Money(amount, mutual.currency).format(locale); };
    Statements statements;
    for (const storage::RegisterLine& member : *closing) {
        if (member.ceased.isValid() && member.ceased < year.first)
            continue;
        const storage::RegisterLine* start = openingOf.value(member.memberId);
        const qint64 openingShares = start ? start->shares : 0;
        const qint64 openingPaid = start ? start->paid : 0;
        ReportSection section;
        section.heading = tr("Statement for %1 · %2").arg(member.number, member.name);
        section.fileName = QStringLiteral("statement-") + member.number;
        if (!member.address.isEmpty())
            section.paragraphs.append(addressLines(member.address));
        section.paragraphs.append(
            tr("Your holding was %1 (%2) at the start of the year and %3 (%4) at its end, on %5.")
                .arg(tr("%Ln share(s)", nullptr, static_cast<int>(openingShares)), money(openingPaid),
                     tr("%Ln share(s)", nullptr, static_cast<int>(member.shares)), money(member.paid),
                     locale.toString(year.last, QLocale::LongFormat)));

        ReportTable movements = emptyTable(QStringLiteral("movements"), tr("Share capital movements"),
                                           statements.movementColumns);
        movements.emptyText = tr("Your share capital did not move in the year.");
        for (const storage::ShareEntryRow* row : entriesOf.value(member.memberId)) {
            const QList<ReportCell> cells { row->entry.date, movementText(*row), row->entry.shares,
                                            row->entry.amount, row->entry.reference };
            movements.rows.append(cells);
            statements.movements.rows.append(QList<ReportCell> { member.number } + cells);
        }
        section.tables.append(movements);

        qint64 interest = 0;
        qint64 rebates = 0;
        ReportTable shares = emptyTable(QStringLiteral("allocations"), tr("Interest and rebates"),
                                        statements.allocationColumns);
        for (const AllocationShare& share : allocations->value(member.memberId)) {
            const QList<ReportCell> cells { share.year, share.part.interest, share.part.capitalisedShares,
                                            share.part.interestPaid, share.part.rebate };
            shares.rows.append(cells);
            statements.allocations.rows.append(QList<ReportCell> { member.number } + cells);
            interest += share.part.interest;
            rebates += share.part.rebate;
        }
        if (!shares.rows.isEmpty())
            section.tables.append(shares);

        qint64 contributions = 0;
        ReportTable paid = emptyTable(QStringLiteral("contributions"), tr("Contributions"),
                                      statements.contributionColumns);
        if (const domain::ContributionTotalRow* row = contributedBy.value(member.number)) {
            for (auto kind = row->amountByKind.cbegin(); kind != row->amountByKind.cend(); ++kind) {
                // Share capital is in the movements above.
                if (kind.key() == domain::shareCapitalKind() || kind.value() == 0)
                    continue;
                const QList<ReportCell> cells { domain::contributionKindLabel(kind.key()), kind.value() };
                paid.rows.append(cells);
                statements.contributions.rows.append(QList<ReportCell> { member.number } + cells);
                contributions += kind.value();
            }
        }
        if (!paid.rows.isEmpty())
            section.tables.append(paid);

        statements.summary.rows.append({ member.number, member.name, member.address, member.className,
                                         openingShares, openingPaid, member.shares, member.paid, interest,
                                         rebates, contributions });
        statements.sections.append(section);
    }
    Report report = Reports::titled(file, QStringLiteral("statement"));
    report.from = year.first;
    report.to = year.last;
    report.tables
        = { statements.summary, statements.movements, statements.allocations, statements.contributions };
    report.sections = statements.sections;
    return report;
}

domain::Result<Report> MemberReports::certificates(storage::MutualFile& file, const ReportRequest& request)
{
    const auto holdings = storage::ReportRepository(file).registerAsOf(request.asOf, request.filter);
    if (!holdings)
        return holdings.error();
    const domain::Mutual mutual = file.mutual();
    const QLocale locale;
    const auto money
        = [&mutual, &locale](qint64 amount) { return domain::Money(amount, mutual.currency).format(locale); };
    Report report = Reports::titled(file, QStringLiteral("certificate"));
    report.asOf = request.asOf;
    const QList<ReportColumn> figures { textColumn(QStringLiteral("number"), tr("Member")),
                                        textColumn(QStringLiteral("class"), tr("Class")),
                                        countColumn(QStringLiteral("shares"), tr("Shares")),
                                        moneyColumn(QStringLiteral("paid"), tr("Paid")),
                                        dateColumn(QStringLiteral("date"), tr("Date")) };
    ReportTable table
        = emptyTable(QStringLiteral("certificates"), tr("Share certificates"),
                     QList<ReportColumn> { textColumn(QStringLiteral("certificate"), tr("Certificate")),
                                           textColumn(QStringLiteral("name"), tr("Name")),
                                           textColumn(QStringLiteral("address"), tr("Address")) }
                         + figures);
    for (const storage::RegisterLine& member : *holdings) {
        if (member.shares <= 0 || member.ceased.isValid())
            continue;
        const QString certificate = member.number + u'-' + request.asOf.toString(QStringLiteral("yyyyMMdd"));
        table.rows.append({ certificate, member.name, member.address, member.number, member.className,
                            member.shares, member.paid, request.asOf });
        ReportSection section;
        section.heading = tr("Share certificate %1").arg(certificate);
        section.fileName = QStringLiteral("certificate-") + certificate;
        const QString holder = member.address.isEmpty()
            ? member.name
            //: the holder of a share certificate: the member's name, then its address on one line
            : tr("%1, of %2").arg(member.name, QString(member.address).replace(u'\n', QStringLiteral(", ")));
        section.paragraphs.append(
            tr("This is to certify that %1, member %2, is the registered holder of %3 of %4 each in %5, on "
               "which %6 has been paid, as entered in the register of members on %7.")
                .arg(holder, member.number, tr("%Ln share(s)", nullptr, static_cast<int>(member.shares)),
                     money(mutual.nominalShareValue), mutual.name, money(member.paid),
                     locale.toString(request.asOf, QLocale::LongFormat)));
        ReportTable figuresTable = emptyTable(QStringLiteral("certificate"), tr("The holding"), figures);
        figuresTable.rows.append(
            { member.number, member.className, member.shares, member.paid, request.asOf });
        section.tables.append(figuresTable);
        section.closing = { tr("Signed on behalf of %1:").arg(mutual.name),
                            tr("______________________________   Secretary"),
                            tr("______________________________   Member of the board") };
        report.sections.append(section);
    }
    report.tables.append(table);
    return report;
}

} // namespace mutualise::reports
