#pragma once

#include "app/widgets/RowListModel.h"
#include "domain/Allocation.h"
#include "domain/Money.h"
#include "storage/AllocationRepository.h"

#include <QHash>

namespace mutualise::app {

// Each member's interest and rebate, from an allocation worked out in the dialog or from the payments
// stored with an approved one.
class AllocationMembersModel : public RowListModel<domain::AllocationMemberPart>
{
    Q_OBJECT

public:
    enum Column
    {
        NumberColumn,
        NameColumn,
        ShareDaysColumn,
        InterestColumn,
        CapitalisedColumn,
        ChargesColumn,
        RebateColumn,
        ColumnCount
    };

    explicit AllocationMembersModel(QObject* parent = nullptr);

    void setCurrency(const domain::Currency& currency) { m_currency = currency; }
    // Members in number order; `names` by member id.
    void showAllocation(const domain::SurplusAllocation& allocation, const QHash<qint64, QString>& names);
    void showParts(domain::Result<QList<domain::AllocationMemberPart>> parts);
    void clear();

private:
    QStringList headings() const override;
    Qt::Alignment alignment(int column) const override;
    QVariant cell(const domain::AllocationMemberPart& line, int column, int role) const override;
    QString money(qint64 amount) const;

    domain::Currency m_currency = domain::Currency::gbp();
};

} // namespace mutualise::app
