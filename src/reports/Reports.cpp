#include "Reports.h"

#include "LedgerReports.h"
#include "MoneyReports.h"
#include "domain/Text.h"

namespace mutualise::reports {

QList<ReportKind> Reports::kinds()
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
        { QStringLiteral("contributions"), tr("Contributions"),
          tr("What members contributed over a period, by member, class, month, quarter or year, a column "
             "for each kind and share capital."),
          true, true, true },
        { QStringLiteral("savings"), tr("Savings and their use"),
          tr("The savings the mutual made its members over a period, by member and service; the surplus "
             "allocations of the years ending in it; the grants paid, by category and project. For one "
             "member or class, its savings only."),
          true, true },
        { QStringLiteral("grants"), tr("Grants"),
          tr("The grants paid from the community reinvestment fund over a period: the project, its "
             "recipient, the amount and the resolution that approved it."),
          true, false },
    };
}

std::optional<ReportKind> Reports::kind(const QString& name)
{
    for (const ReportKind& each : kinds()) {
        if (each.name == name)
            return each;
    }
    return std::nullopt;
}

Report Reports::titled(const storage::MutualFile& file, const QString& name)
{
    const domain::Mutual mutual = file.mutual();
    Report report;
    report.name = name;
    report.title = kind(name).value_or(ReportKind {}).title;
    report.mutualName = mutual.name;
    report.registration = mutual.registrationNumber;
    report.currency = mutual.currency;
    report.produced = QDateTime::currentDateTimeUtc();
    return report;
}

Report Reports::titled(const storage::MutualFile& file, const QString& name, const ReportRequest& request)
{
    Report report = titled(file, name);
    report.from = request.from;
    report.to = request.to;
    return report;
}

domain::Result<Report> Reports::build(storage::MutualFile& file, const QString& name,
                                      const ReportRequest& request)
{
    if (name == QStringLiteral("register"))
        return LedgerReports::memberRegister(file, request);
    if (name == QStringLiteral("share-capital"))
        return LedgerReports::shareCapital(file, request);
    if (name == QStringLiteral("contributions"))
        return MoneyReports::contributions(file, request);
    if (name == QStringLiteral("savings"))
        return MoneyReports::savings(file, request);
    if (name == QStringLiteral("grants"))
        return MoneyReports::grants(file, request);
    QStringList names;
    for (const ReportKind& each : kinds())
        names.append(each.name);
    return domain::Error { tr("There is no report “%1”; the reports are %2.")
                               .arg(domain::quotedText(name), names.join(QStringLiteral(", "))),
                           QStringLiteral("unknown-report"), QStringLiteral("report") };
}

} // namespace mutualise::reports
