#include "app/meetings/ProxyListModel.h"

namespace mutualise::app {

ProxyListModel::ProxyListModel(QObject* parent)
    : RowListModel(ColumnCount, Headings::HeaderAligned, parent)
{ }

void ProxyListModel::setSource(storage::MutualFile* file, std::optional<qint64> meetingId)
{
    m_file = file;
    m_meetingId = meetingId;
    reload();
}

void ProxyListModel::reload()
{
    if (!m_file || !m_meetingId) {
        showRows(QList<storage::ProxyRow>());
        return;
    }
    showRows(storage::MeetingRepository(*m_file).proxies(*m_meetingId));
}

QStringList ProxyListModel::headings() const
{
    return { tr("Member represented"), tr("Proxy held by"), tr("Direction") };
}

QVariant ProxyListModel::cell(const storage::ProxyRow& row, int column, int role) const
{
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (column) {
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

} // namespace mutualise::app
