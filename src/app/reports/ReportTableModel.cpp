#include "ReportTableModel.h"

#include "domain/Text.h"

#include <QLocale>

namespace mutualise::app {

ReportTableModel::ReportTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void ReportTableModel::setTable(const reports::ReportTable& table, const domain::Currency& currency)
{
    beginResetModel();
    m_table = table;
    m_currency = currency;
    endResetModel();
}

void ReportTableModel::clear()
{
    beginResetModel();
    m_table = {};
    endResetModel();
}

int ReportTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_table.rows.size());
}

int ReportTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_table.columns.size());
}

QVariant ReportTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_table.rows.size() || index.column() >= m_table.columns.size())
        return {};
    const reports::ReportColumn& column = m_table.columns.at(index.column());
    if (role == Qt::TextAlignmentRole) {
        return QVariant::fromValue(Qt::AlignVCenter
                                   | (reports::isFigure(column.type) ? Qt::AlignRight : Qt::AlignLeft));
    }
    if (role == Qt::DisplayRole)
        return reports::cellText(m_table.rows.at(index.row()).at(index.column()), column.type, m_currency);
    return {};
}

QVariant ReportTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_table.columns.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return m_table.columns.at(section).title;
    return {};
}

} // namespace mutualise::app
