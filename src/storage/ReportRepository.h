#pragma once

#include "MutualFile.h"
#include "ReportFilter.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace mutualise::storage {

// A member as the statutory register lists it on a day (Co-operative and Community Benefit Societies
// Act 2014, s.30): who, where, the class, the shares held and paid for, when admitted and ceased.
struct RegisterLine
{
    qint64 memberId = 0;
    QString number;
    QString name;
    QString address;
    QString email;
    QString className;
    qint64 shares = 0;
    qint64 paid = 0; // minor units
    QDate admitted;
    QDate ceased; // null while a member, or when it ceased after the day
};

// A member's share capital over a period, in minor units. Reversals count against what they reverse
// (the reversal of a subscription lessens the subscriptions), so that always
// opening + subscriptions + transfersIn - transfersOut - withdrawals + other = closing.
struct CapitalLine
{
    qint64 memberId = 0;
    QString number;
    QString name;
    QString className;
    qint64 opening = 0; // the holding's amount at the end of the day before the period
    qint64 subscriptions = 0;
    qint64 transfersIn = 0;
    qint64 transfersOut = 0; // a positive amount, taken away
    qint64 withdrawals = 0; // a positive amount, taken away
    qint64 other = 0; // forfeitures (taken away, so negative) and capitalised interest
    qint64 closing = 0; // at the end of the period's last day
};

// What one service saved one member over the savings whose period starts within a report's period,
// in minor units.
struct SavingsLine
{
    QString number;
    QString name;
    QString service;
    qint64 baseline = 0; // what the member would have paid alone
    qint64 actual = 0; // what it paid through the mutual
};

// How one class's membership moved over a period: members at its start, admitted and ceased within it,
// and members at its end, so that atStart + admitted - ceased = atEnd. A member is one from the day it is
// admitted to the day before it ceases.
struct MembershipLine
{
    QString className;
    qint64 atStart = 0;
    qint64 admitted = 0;
    qint64 ceased = 0;
    qint64 atEnd = 0;
};

// The figures of the reports that read the register and the share ledger, in member number order
// (the shorter first, as the register lists them).
class ReportRepository
{
public:
    explicit ReportRepository(MutualFile& file);

    // Every member admitted by the end of `asOf`, with its holding then; a member that ceased later
    // is listed as not ceased. Rule "total-too-large" for a holding beyond 64 bits.
    Result<QList<RegisterLine>> registerAsOf(const QDate& asOf, const ReportFilter& filter = {}) const;
    // Every member with a holding or a movement of share capital from `from` to `to` inclusive.
    // Rule "total-too-large".
    Result<QList<CapitalLine>> shareCapital(const QDate& from, const QDate& to,
                                            const ReportFilter& filter = {}) const;

    // The savings of each member and service whose period starts from `from` to `to` inclusive, a line a
    // member and service, by member number then service name. Rule "total-too-large".
    Result<QList<SavingsLine>> savings(const QDate& from, const QDate& to,
                                       const ReportFilter& filter = {}) const;

    // Each class's membership over `from` to `to` inclusive, by class name; every class, even one that
    // had no members.
    Result<QList<MembershipLine>> membership(const QDate& from, const QDate& to) const;
    // The day the first member was admitted; null when nobody has been.
    Result<QDate> firstAdmission() const;

private:
    MutualFile& m_file;
};

} // namespace mutualise::storage
