#include "app/reinvestment/AllocationMembersModel.h"

#include <QLocale>
#include <QMap>

namespace mutualise::app {

AllocationMembersModel::AllocationMembersModel(QObject* parent)
    : RowListModel(ColumnCount, Headings::ColumnAligned, parent)
{ }

void AllocationMembersModel::showAllocation(const domain::SurplusAllocation& allocation,
                                            const QHash<qint64, QString>& names)
{
    // Both lists come in member number order; a map joins them by number and keeps that order.
    QMap<QString, AllocationMemberLine> lines;
    for (const domain::InterestPart& part : allocation.interest) {
        AllocationMemberLine& line = lines[part.number];
        line.number = part.number;
        line.name = names.value(part.memberId);
        line.shareDays = part.shareDays;
        line.interest = part.amount;
        line.capitalisedShares = part.capitalisedShares;
        line.interestPaid = part.paid;
    }
    for (const domain::RebatePart& part : allocation.rebates) {
        AllocationMemberLine& line = lines[part.number];
        line.number = part.number;
        line.name = names.value(part.memberId);
        line.charges = part.charges;
        line.rebate = part.amount;
    }
    showRows(QList<AllocationMemberLine>(lines.cbegin(), lines.cend()));
}

void AllocationMembersModel::showPayments(domain::Result<QList<storage::AllocationPaymentRow>> payments)
{
    if (!payments) {
        showRows(payments.error());
        return;
    }
    QMap<QString, AllocationMemberLine> lines;
    for (const storage::AllocationPaymentRow& payment : *payments) {
        AllocationMemberLine& line = lines[payment.memberNumber];
        line.number = payment.memberNumber;
        line.name = payment.memberName;
        if (payment.kind == QLatin1String("interest")) {
            line.shareDays = payment.basis;
            line.interest = payment.amount;
            line.capitalisedShares = payment.capitalisedShares;
            line.interestPaid = payment.paid;
        } else {
            line.charges = payment.basis;
            line.rebate = payment.amount;
        }
    }
    showRows(QList<AllocationMemberLine>(lines.cbegin(), lines.cend()));
}

void AllocationMembersModel::clear()
{
    showRows(QList<AllocationMemberLine>());
}

QStringList AllocationMembersModel::headings() const
{
    return { tr("Number"),        tr("Name"),    tr("Share-days"), tr("Interest"),
             tr("Shares bought"), tr("Charges"), tr("Rebate") };
}

Qt::Alignment AllocationMembersModel::alignment(int column) const
{
    const bool isText = column == NumberColumn || column == NameColumn;
    return (isText ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter;
}

QString AllocationMembersModel::money(qint64 amount) const
{
    return domain::Money(amount, m_currency).format(QLocale());
}

QVariant AllocationMembersModel::cell(const AllocationMemberLine& line, int column, int role) const
{
    if (role == SortRole) {
        switch (column) {
        case ShareDaysColumn:
            return line.shareDays.value_or(0);
        case InterestColumn:
            return line.interest;
        case CapitalisedColumn:
            return line.capitalisedShares;
        case ChargesColumn:
            return line.charges.value_or(0);
        case RebateColumn:
            return line.rebate;
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && column == InterestColumn && line.capitalisedShares > 0) {
        //: %1 is a count of shares, %2 the money paid besides them
        return tr("%Ln share(s) bought, %1 paid", nullptr, static_cast<int>(line.capitalisedShares))
            .arg(money(line.interestPaid));
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (column) {
    case NumberColumn:
        return line.number;
    case NameColumn:
        return line.name;
    case ShareDaysColumn:
        return line.shareDays ? QLocale().toString(*line.shareDays) : QString();
    case InterestColumn:
        return line.shareDays ? money(line.interest) : QString();
    case CapitalisedColumn:
        return line.capitalisedShares > 0 ? QLocale().toString(line.capitalisedShares) : QString();
    case ChargesColumn:
        return line.charges ? money(*line.charges) : QString();
    case RebateColumn:
        return line.charges ? money(line.rebate) : QString();
    default:
        return {};
    }
}

} // namespace mutualise::app
