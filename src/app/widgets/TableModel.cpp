#include "app/widgets/TableModel.h"

namespace mutualise::app {

TableModel::TableModel(int columnCount, Headings headings, QObject* parent)
    : QAbstractTableModel(parent)
    , m_columnCount(columnCount)
    , m_headings(headings)
{ }

int TableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : size();
}

int TableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_columnCount;
}

QVariant TableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    if (role == Qt::TextAlignmentRole) {
        if (const Qt::Alignment aligned = alignment(index.column())) {
            return QVariant::fromValue(aligned);
        }
    }
    if (role == SortRole) {
        const QVariant key = cellAt(index.row(), index.column(), SortRole);
        return key.isValid() ? key : cellAt(index.row(), index.column(), Qt::DisplayRole);
    }
    return cellAt(index.row(), index.column(), role);
}

QVariant TableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_columnCount) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    if (role == Qt::DisplayRole) {
        const QStringList all = headings();
        Q_ASSERT(all.size() == m_columnCount);
        return all.value(section);
    }
    if (role == Qt::TextAlignmentRole && m_headings == Headings::ColumnAligned) {
        if (const Qt::Alignment aligned = alignment(section)) {
            return QVariant::fromValue(aligned);
        }
    }
    return {};
}

Qt::Alignment TableModel::alignment(int /*column*/) const
{
    return {};
}

} // namespace mutualise::app
