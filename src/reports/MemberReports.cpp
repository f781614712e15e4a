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

// The tables of the statements, every member in each, and where each member's lines start in them: the
// tables list the members in the same order, so a member's statement on paper is made from them.
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
    // Each member's first line in `movements`, `allocations` and `contributions`, and after the last
    // member the end of each.
    struct Starts
    {
        qsizetype movements = 0;
        qsizetype allocations = 0;
        qsizetype contributions = 0;
    };
    QList<Starts> starts;
    QDate yearEnd;
    domain::Currency currency = domain::Currency::gbp();

    void startMember()
    {
        starts.append({ movements.rows.size(), allocations.rows.size(), contributions.rows.size() });
    }

    // The member's lines of a table of every member, without the member's number.
    static ReportTable linesOf(const ReportTable& all, const QString& name,
                               const QList<ReportColumn>& columns, qsizetype first, qsizetype end)
    {
        ReportTable table = emptyTable(name, all.title, columns);
        table.rows.reserve(end - first);
        for (qsizetype row = first; row < end; ++row)
            table.rows.append(all.rows.at(row).mid(1));
        return table;
    }

    // The statement of the member on row `index` of the summary: the letter of it, on paper.
    ReportSection section(qsizetype index) const
    {
        const QList<ReportCell>& member = summary.rows.at(index);
        const auto textAt = [&member](qsizetype column) { return std::get<QString>(member.at(column)); };
        const auto figureAt = [&member](qsizetype column) { return std::get<qint64>(member.at(column)); };
        const QLocale locale;
        const auto money
            = [this, &locale](qint64 amount) { return domain::Money(amount, currency).format(locale); };
        const Starts& first = starts.at(index);
        const Starts& end = starts.at(index + 1);

        ReportSection section;
        section.heading = MemberReports::tr("Statement for %1 · %2").arg(textAt(0), textAt(1));
        section.fileName = QStringLiteral("statement-") + textAt(0);
        if (!textAt(2).isEmpty())
            section.paragraphs.append(addressLines(textAt(2)));
        section.paragraphs.append(
            MemberReports::tr(
                "Your holding was %1 (%2) at the start of the year and %3 (%4) at its end, on %5.")
                .arg(MemberReports::tr("%Ln share(s)", nullptr, static_cast<int>(figureAt(4))),
                     money(figureAt(5)),
                     MemberReports::tr("%Ln share(s)", nullptr, static_cast<int>(figureAt(6))),
                     money(figureAt(7)), locale.toString(yearEnd, QLocale::LongFormat)));
        ReportTable moved = linesOf(movements, QStringLiteral("movements"), movementColumns, first.movements,
                                    end.movements);
        moved.emptyText = MemberReports::tr("Your share capital did not move in the year.");
        section.tables.append(moved);
        if (first.allocations != end.allocations)
            section.tables.append(linesOf(allocations, QStringLiteral("allocations"), allocationColumns,
                                          first.allocations, end.allocations));
        if (first.contributions != end.contributions)
            section.tables.append(linesOf(contributions, QStringLiteral("contributions"), contributionColumns,
                                          first.contributions, end.contributions));
        return section;
    }
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
    Statements statements;
    statements.yearEnd = year.last;
    statements.currency = mutual.currency;
    for (const storage::RegisterLine& member : *closing) {
        if (member.ceased.isValid() && member.ceased < year.first)
            continue;
        const storage::RegisterLine* start = openingOf.value(member.memberId);
        const qint64 openingShares = start ? start->shares : 0;
        const qint64 openingPaid = start ? start->paid : 0;
        statements.startMember();
        for (const storage::ShareEntryRow* row : entriesOf.value(member.memberId)) {
            statements.movements.rows.append({ member.number, row->entry.date, movementText(*row),
                                               row->entry.shares, row->entry.amount, row->entry.reference });
        }
        qint64 interest = 0;
        qint64 rebates = 0;
        for (const AllocationShare& share : allocations->value(member.memberId)) {
            statements.allocations.rows.append({ member.number, share.year, share.part.interest,
                                                 share.part.capitalisedShares, share.part.interestPaid,
                                                 share.part.rebate });
            interest += share.part.interest;
            rebates += share.part.rebate;
        }
        qint64 contributions = 0;
        if (const domain::ContributionTotalRow* row = contributedBy.value(member.number)) {
            for (auto kind = row->amountByKind.cbegin(); kind != row->amountByKind.cend(); ++kind) {
                // Share capital is in the movements above.
                if (kind.key() == domain::shareCapitalKind() || kind.value() == 0)
                    continue;
                statements.contributions.rows.append(
                    { member.number, domain::contributionKindLabel(kind.key()), kind.value() });
                contributions += kind.value();
            }
        }
        statements.summary.rows.append({ member.number, member.name, member.address, member.className,
                                         openingShares, openingPaid, member.shares, member.paid, interest,
                                         rebates, contributions });
    }
    statements.startMember(); // where the last member's lines end
    Report report = Reports::titled(file, QStringLiteral("statement"));
    report.from = year.first;
    report.to = year.last;
    report.tables
        = { statements.summary, statements.movements, statements.allocations, statements.contributions };
    const qsizetype members = statements.summary.rows.size();
    report.sections = ReportSections(
        members, [made = std::make_shared<const Statements>(std::move(statements))](qsizetype index) {
            return made->section(index);
        });
    return report;
}

domain::Result<Report> MemberReports::certificates(storage::MutualFile& file, const ReportRequest& request)
{
    const auto holdings = storage::ReportRepository(file).registerAsOf(request.asOf, request.filter);
    if (!holdings)
        return holdings.error();
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
    }
    report.tables.append(table);

    // A certificate a page, made from its row of the table when it is written.
    const qsizetype count = table.rows.size();
    report.sections = ReportSections(count, [table, figures, mutual = file.mutual()](qsizetype index) {
        const QList<ReportCell>& row = table.rows.at(index);
        const QString& certificate = std::get<QString>(row.at(0));
        const QString& name = std::get<QString>(row.at(1));
        const QString& address = std::get<QString>(row.at(2));
        const QString& number = std::get<QString>(row.at(3));
        const qint64 shares = std::get<qint64>(row.at(5));
        const QDate asOf = std::get<QDate>(row.at(7));
        const QLocale locale;
        const auto money = [&mutual, &locale](qint64 amount) {
            return domain::Money(amount, mutual.currency).format(locale);
        };
        ReportSection section;
        section.heading = tr("Share certificate %1").arg(certificate);
        section.fileName = QStringLiteral("certificate-") + certificate;
        const QString holder = address.isEmpty()
            ? name
            //: the holder of a share certificate: the member's name, then its address on one line
            : tr("%1, of %2").arg(name, QString(address).replace(u'\n', QStringLiteral(", ")));
        section.paragraphs.append(
            tr("This is to certify that %1, member %2, is the registered holder of %3 of %4 each in %5, on "
               "which %6 has been paid, as entered in the register of members on %7.")
                .arg(holder, number, tr("%Ln share(s)", nullptr, static_cast<int>(shares)),
                     money(mutual.nominalShareValue), mutual.name, money(std::get<qint64>(row.at(6))),
                     locale.toString(asOf, QLocale::LongFormat)));
        ReportTable figuresTable = emptyTable(QStringLiteral("certificate"), tr("The holding"), figures);
        figuresTable.rows.append(row.mid(3));
        section.tables.append(figuresTable);
        section.closing = { tr("Signed on behalf of %1:").arg(mutual.name),
                            tr("______________________________   Secretary"),
                            tr("______________________________   Member of the board") };
        return section;
    });
    return report;
}

} // namespace mutualise::reports
