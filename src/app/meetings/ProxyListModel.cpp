#include "app/meetings/ProxyListModel.h"

namespace mutualise::app {

ProxyListModel::ProxyListModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void ProxyListModel::setSource(storage::MutualFile* file, std::optional<qint64> meetingId)
{
    m_file = file;
    m_meetingId = meetingId;
    reload();
}

void ProxyListModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_lastError.clear();
    if (m_file && m_meetingId) {
        auto rows = storage::MeetingRepository(*m_file).proxies(*m_meetingId);
        if (rows) {
            m_rows = std::move(rows).value();
        } else {
            m_lastError = rows.error().message;
        }
    }
    endResetModel();
}

std::optional<storage::ProxyRow> ProxyListModel::rowAt(int row) const
{
    if (row < 0 || row >= m_rows.size()) {
        return std::nullopt;
    }
    return m_rows.at(row);
}

int ProxyListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ProxyListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProxyListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || role != Qt::DisplayRole) {
        return {};
    }
    const storage::ProxyRow& row = m_rows.at(index.row());
    switch (index.column()) {
    case MemberColumn:
        return tr("%1 · %2").arg(row.memberNumber, row.memberName);
    case HolderColumn:
        return row.proxyNumber.isEmpty() ? tr("The chair")
                                         : tr("%1 · %2").arg(row.proxyNumber, row.proxyName);
    case DirectionColumn:
        return row.appointment.direction ? domain::choiceLabel(*row.appointment.direction)
                                         : tr("As the proxy decides");
    default:
        return {};
    }
}

QVariant ProxyListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case MemberColumn:
        return tr("Member represented");
    case HolderColumn:
        return tr("Proxy held by");
    case DirectionColumn:
        return tr("Direction");
    default:
        return {};
    }
}

} // namespace mutualise::app
