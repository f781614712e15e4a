#pragma once

#include "app/widgets/RowListModel.h"
#include "domain/Mutual.h"
#include "storage/ProjectRepository.h"

namespace mutualise::app {

// The grants the fund made to one project, by date: each with the motion that approved it.
class GrantTableModel : public RowListModel<storage::GrantRow>
{
    Q_OBJECT

public:
    enum Column
    {
        DateColumn,
        AmountColumn,
        MotionColumn,
        ReferenceColumn,
        ColumnCount
    };

    explicit GrantTableModel(QObject* parent = nullptr);

    // No project (0) shows none.
    void setProject(storage::MutualFile* file, const domain::Mutual& mutual, qint64 projectId);

private:
    QStringList headings() const override;
    Qt::Alignment alignment(int column) const override;
    QVariant cell(const storage::GrantRow& row, int column, int role) const override;

    domain::Currency m_currency = domain::Currency::gbp();
};

} // namespace mutualise::app
