#include "LedgerReports.h"

#include "domain/Text.h"

namespace mutualise::reports {

QList<ReportKind> LedgerReports::kinds()
{
    return {
        { QStringLiteral("register"), tr("Register of members"),
          tr("The statutory register of members on a day: number, name, address, email, class, shares held "
             "and paid for, admitted and ceased."),
          false },
        { QStringLiteral("share-capital"), tr("Share capital statement"),
          tr("Each member's share capital over a period: opening, subscriptions, transfers in and out, "
             "withdrawals, other movements and closing."),
          true },
    };
}

Report LedgerReports::titled(const storage::MutualFile& file, const QString& name)
{
    QString title;
    for (const ReportKind& kind : kinds()) {
        if (kind.name == name)
            title = kind.title;
    }
    const domain::Mutual mutual = file.mutual();
    Report report;
    report.name = name;
    report.title = title;
    report.mutualName = mutual.name;
    report.registration = mutual.registrationNumber;
    report.currency = mutual.currency;
    report.produced = QDateTime::currentDateTimeUtc();
    return report;
}

domain::Result<Report> LedgerReports::memberRegister(storage::MutualFile& file, const ReportRequest& request)
{
    const auto lines = storage::ReportRepository(file).registerAsOf(request.asOf, request.filter);
    if (!lines)
        return lines.error();
    Report report = titled(file, QStringLiteral("register"));
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
    Report report = titled(file, QStringLiteral("share-capital"));
    report.from = request.from;
    report.to = request.to;
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

domain::Result<Report> LedgerReports::build(storage::MutualFile& file, const QString& name,
                                            const ReportRequest& request)
{
    if (name == QStringLiteral("register"))
        return memberRegister(file, request);
    if (name == QStringLiteral("share-capital"))
        return shareCapital(file, request);
    QStringList names;
    for (const ReportKind& kind : kinds())
        names.append(kind.name);
    return domain::Error { tr("There is no report “%1”; the reports are %2.")
                               .arg(domain::quotedText(name), names.join(QStringLiteral(", "))),
                           QStringLiteral("unknown-report"), QStringLiteral("report") };
}

} // namespace mutualise::reports
