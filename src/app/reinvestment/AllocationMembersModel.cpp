#include "app/reinvestment/AllocationMembersModel.h"

#include <QLocale>

namespace mutualise::app {

AllocationMembersModel::AllocationMembersModel(QObject* parent)
    : RowListModel(ColumnCount, Headings::ColumnAligned, parent)
{ }

void AllocationMembersModel::showAllocation(const domain::SurplusAllocation& allocation,
                                            const QHash<qint64, QString>& names)
{
    showRows(domain::memberParts(allocation, names));
}

void AllocationMembersModel::showParts(domain::Result<QList<domain::AllocationMemberPart>> parts)
{
    showRows(std::move(parts));
}

void AllocationMembersModel::clear()
{
    showRows(QList<domain::AllocationMemberPart>());
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

QVariant AllocationMembersModel::cell(const domain::AllocationMemberPart& line, int column, int role) const
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
