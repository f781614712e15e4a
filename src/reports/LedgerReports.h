#pragma once

#include "Report.h"
#include "domain/Error.h"
#include "storage/MutualFile.h"
#include "storage/ReportRepository.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace mutualise::reports {

// What a report is asked for: a period or a day (each report says which it takes), and which members.
struct ReportRequest
{
    QDate from;
    QDate to;
    QDate asOf;
    storage::ReportFilter filter;
};

// A report the program can produce: its name on the command line and what it holds.
struct ReportKind
{
    QString name;
    QString title; // "Register of members"
    QString description;
    bool takesPeriod = false; // otherwise a day (as of)
};

// The reports of the register and the share ledger.
class LedgerReports
{
    Q_DECLARE_TR_FUNCTIONS(LedgerReports)

public:
    static QList<ReportKind> kinds();

    // The statutory register of members on `request.asOf`: number, name, address, email, class, shares
    // held and paid for, admitted and ceased; shares and paid are totalled.
    static domain::Result<Report> memberRegister(storage::MutualFile& file, const ReportRequest& request);
    // Each member's share capital from `request.from` to `request.to`: opening, subscriptions,
    // transfers in and out, withdrawals, other movements and closing, each row adding up.
    static domain::Result<Report> shareCapital(storage::MutualFile& file, const ReportRequest& request);
    // The report named `name` ("register", "share-capital"); rule "unknown-report" for another.
    static domain::Result<Report> build(storage::MutualFile& file, const QString& name,
                                        const ReportRequest& request);

private:
    static Report titled(const storage::MutualFile& file, const QString& name);
};

} // namespace mutualise::reports
