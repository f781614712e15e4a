#include "app/contributions/ServiceMembersModel.h"

#include "app/shares/ShareEntryDialog.h"

namespace mutualise::app {

ServiceMembersModel::ServiceMembersModel(QObject* parent)
    : QAbstractListModel(parent)
{ }

void ServiceMembersModel::setMembers(const QList<domain::Member>& members)
{
    beginResetModel();
    m_entries.clear();
    m_entries.reserve(members.size());
    for (const domain::Member& member : members) {
        m_entries.append({ member.id, MemberCompleter::displayText(member) });
    }
    endResetModel();
}

void ServiceMembersModel::setCheckedIds(const QList<qint64>& memberIds)
{
    m_checked = QSet<qint64>(memberIds.cbegin(), memberIds.cend());
    if (!m_entries.isEmpty()) {
        Q_EMIT dataChanged(index(0), index(rowCount() - 1), { Qt::CheckStateRole });
    }
    Q_EMIT checkedCountChanged();
}

QList<qint64> ServiceMembersModel::checkedIds() const
{
    QList<qint64> ids;
    for (const Entry& entry : m_entries) {
        if (m_checked.contains(entry.id)) {
            ids.append(entry.id);
        }
    }
    return ids;
}

int ServiceMembersModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

QVariant ServiceMembersModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    const Entry& entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return entry.text;
    case Qt::CheckStateRole:
        return m_checked.contains(entry.id) ? Qt::Checked : Qt::Unchecked;
    case MemberIdRole:
        return entry.id;
    default:
        return {};
    }
}

bool ServiceMembersModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::CheckStateRole || !checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return false;
    }
    const qint64 id = m_entries.at(index.row()).id;
    if (value.value<Qt::CheckState>() == Qt::Checked) {
        m_checked.insert(id);
    } else {
        m_checked.remove(id);
    }
    Q_EMIT dataChanged(index, index, { Qt::CheckStateRole });
    Q_EMIT checkedCountChanged();
    return true;
}

Qt::ItemFlags ServiceMembersModel::flags(const QModelIndex& index) const
{
    if (!index.isValid()) {
        return Qt::NoItemFlags;
    }
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable;
}

} // namespace mutualise::app
