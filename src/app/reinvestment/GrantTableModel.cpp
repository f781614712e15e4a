#include "app/reinvestment/GrantTableModel.h"

#include "domain/Money.h"

#include <QLocale>

namespace mutualise::app {

GrantTableModel::GrantTableModel(QObject* parent)
    : RowListModel(ColumnCount, Headings::ColumnAligned, parent)
{ }

void GrantTableModel::setProject(storage::MutualFile* file, const domain::Mutual& mutual, qint64 projectId)
{
    m_currency = mutual.currency;
    if (!file || projectId == 0) {
        showRows(QList<storage::GrantRow>());
        return;
    }
    auto all = storage::ProjectRepository(*file).grants();
    if (!all) {
        showRows(std::move(all));
        return;
    }
    QList<storage::GrantRow> ofProject;
    for (const storage::GrantRow& row : std::as_const(*all)) {
        if (row.grant.projectId == projectId) {
            ofProject.append(row);
        }
    }
    showRows(std::move(ofProject));
}

QStringList GrantTableModel::headings() const
{
    return { tr("Date"), tr("Amount"), tr("Approved by"), tr("Reference") };
}

Qt::Alignment GrantTableModel::alignment(int column) const
{
    return column == AmountColumn ? Qt::AlignRight | Qt::AlignVCenter : Qt::AlignLeft | Qt::AlignVCenter;
}

QVariant GrantTableModel::cell(const storage::GrantRow& row, int column, int role) const
{
    const domain::Grant& grant = row.grant;
    if (role == SortRole) {
        switch (column) {
        case DateColumn:
            return grant.date;
        case AmountColumn:
            return grant.amount;
        default:
            return cell(row, column, Qt::DisplayRole);
        }
    }
    if (role == Qt::ToolTipRole && column == MotionColumn && !grant.communityBenefit.isEmpty()) {
        return tr("Community benefit: %1").arg(grant.communityBenefit);
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (column) {
    case DateColumn:
        return QLocale().toString(grant.date, QLocale::ShortFormat);
    case AmountColumn:
        return domain::Money(grant.amount, m_currency).format(QLocale());
    case MotionColumn:
        //: A motion: its number and title, "#7 Fund the projects"
        return tr("#%1 %2").arg(grant.motionId).arg(row.motionTitle);
    case ReferenceColumn:
        return grant.reference;
    default:
        return {};
    }
}

} // namespace mutualise::app
