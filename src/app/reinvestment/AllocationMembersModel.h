#pragma once

#include "app/widgets/RowListModel.h"
#include "domain/Allocation.h"
#include "domain/Money.h"
#include "storage/AllocationRepository.h"

#include <QHash>

#include <optional>

namespace mutualise::app {

// One member's part of an allocation: its interest on share capital and its rebate side by side.
struct AllocationMemberLine
{
    QString number;
    QString name;
    std::optional<qint64> shareDays; // nothing where storage keeps no share-days (no interest)
    qint64 interest = 0;
    qint64 capitalisedShares = 0;
    qint64 interestPaid = 0;
    std::optional<qint64> charges;
    qint64 rebate = 0;
};

// Each member's interest and rebate, from an allocation worked out in the dialog or from the payments
// stored with an approved one.
class AllocationMembersModel : public RowListModel<AllocationMemberLine>
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
    void showPayments(domain::Result<QList<storage::AllocationPaymentRow>> payments);
    void clear();

private:
    QStringList headings() const override;
    Qt::Alignment alignment(int column) const override;
    QVariant cell(const AllocationMemberLine& line, int column, int role) const override;
    QString money(qint64 amount) const;

    domain::Currency m_currency = domain::Currency::gbp();
};

} // namespace mutualise::app
