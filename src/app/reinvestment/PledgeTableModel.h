#pragma once

#include "app/widgets/RowListModel.h"
#include "domain/Mutual.h"
#include "storage/ProjectRepository.h"

namespace mutualise::app {

// A pledge as the project's list shows it: with how much of it the member has paid.
struct PledgeLine
{
    storage::PledgeRow row;
    qint64 paid = 0; // the member's pledge payments to the project, set against their pledges oldest first
};

// The pledges members made to one project, by date, and whether each is paid.
class PledgeTableModel : public RowListModel<PledgeLine>
{
    Q_OBJECT

public:
    enum Column
    {
        MemberColumn,
        AmountColumn,
        DateColumn,
        PaidColumn,
        ColumnCount
    };

    explicit PledgeTableModel(QObject* parent = nullptr);

    // No project (0) shows none.
    void setProject(storage::MutualFile* file, const domain::Mutual& mutual, qint64 projectId);

private:
    QStringList headings() const override;
    Qt::Alignment alignment(int column) const override;
    QVariant cell(const PledgeLine& line, int column, int role) const override;
    QString money(qint64 amount) const;

    domain::Currency m_currency = domain::Currency::gbp();
};

} // namespace mutualise::app
