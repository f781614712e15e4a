#include "Reports.h"

#include "AnnualReport.h"
#include "AuditFooter.h"
#include "LedgerReports.h"
#include "MemberReports.h"
#include "MoneyReports.h"
#include "VoteReports.h"
#include "domain/Text.h"

namespace mutualise::reports {

QList<ReportKind> Reports::kinds()
{
    return {
        { QStringLiteral("register"), tr("Register of members"),
          tr("The statutory register of members on a day: number, name, address, email, class, shares held "
             "and paid for, admitted and ceased."),
          ReportSpan::Day },
        { QStringLiteral("share-capital"), tr("Share capital statement"),
          tr("Each member's share capital over a period: opening, subscriptions, transfers in and out, "
             "withdrawals, other movements and closing."),
          ReportSpan::Period },
        { QStringLiteral("contributions"), tr("Contributions"),
          tr("What members contributed over a period, by member, class, month, quarter or year, a column "
             "for each kind and share capital."),
          ReportSpan::Period, true, true },
        { QStringLiteral("savings"), tr("Savings and their use"),
          tr("The savings the mutual made its members over a period, by member and service; the surplus "
             "allocations of the years ending in it; the grants paid, by category and project. For one "
             "member or class, its savings only."),
          ReportSpan::Period, true },
        { QStringLiteral("allocation"), tr("Allocation of the surplus"),
          tr("A financial year's surplus and its parts, the approving resolution, and each member's "
             "share-days and interest, service charges and rebate. A draft is shown as it would be paid."),
          ReportSpan::Year, false },
        { QStringLiteral("votes"), tr("Meetings and votes"),
          tr("Material for the minutes of the meetings held over a period: who attended, each motion's "
             "result with its working, and each election's result round by round."),
          ReportSpan::Period, false },
        { QStringLiteral("annual"), tr("Annual summary"),
          tr("A financial year for the members and the regulator: each class's membership and share "
             "capital at the start and the end, the surplus and its use, and the benefit delivered in "
             "savings and grants (a CIC's community interest report)."),
          ReportSpan::Year, false },
        { QStringLiteral("statement"), tr("Members' statements"),
          tr("Each member's statement of a financial year: its holding at the start and the end, every "
             "movement of its share capital, its interest and rebates, and what it contributed. On paper a "
             "member a page, ready to send."),
          ReportSpan::Year, true },
        { QStringLiteral("certificate"), tr("Share certificates"),
          tr("A share certificate for each member holding shares on a day: the member, its shares, what "
             "was paid on them and the certificate's number. On paper a certificate a page."),
          ReportSpan::Day, true },
        { QStringLiteral("grants"), tr("Grants"),
          tr("The grants paid from the community reinvestment fund over a period: the project, its "
             "recipient, the amount and the resolution that approved it."),
          ReportSpan::Period, false },
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
    report.auditHead = AuditFooter::headOf(file);
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
    if (name == QStringLiteral("allocation"))
        return MoneyReports::allocation(file, request);
    if (name == QStringLiteral("votes"))
        return VoteReports::votes(file, request);
    if (name == QStringLiteral("annual"))
        return AnnualReport::build(file, request);
    if (name == QStringLiteral("statement"))
        return MemberReports::statements(file, request);
    if (name == QStringLiteral("certificate"))
        return MemberReports::certificates(file, request);
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
