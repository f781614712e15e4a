#include "app/shell/AuditTrailModel.h"

#include "reports/AuditTrail.h"

#include <QLocale>

namespace mutualise::app {

AuditTrailModel::AuditTrailModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void AuditTrailModel::setFile(const storage::MutualFile* file)
{
    m_file = file;
    reload();
}

void AuditTrailModel::setFilter(const storage::AuditFilter& filter)
{
    m_filter = filter;
    reload();
}

void AuditTrailModel::reload()
{
    beginResetModel();
    m_entries.clear();
    m_error.clear();
    m_matchingCount = 0;
    m_isComplete = true;
    if (m_file != nullptr) {
        const storage::AuditLog log(*m_file);
        if (const auto count = log.count(m_filter))
            m_matchingCount = *count;
        else
            m_error = count.error().message;
        m_isComplete = false;
        m_entries = readPage();
    }
    endResetModel();
}

QList<storage::AuditEntry> AuditTrailModel::readPage()
{
    const std::optional<qint64> olderThan
        = m_entries.isEmpty() ? std::nullopt : std::optional<qint64>(m_entries.constLast().id);
    const auto page = storage::AuditLog(*m_file).find(m_filter, pageSize, olderThan);
    if (!page) {
        m_error = page.error().message;
        m_isComplete = true;
        return {};
    }
    m_isComplete = page->size() < pageSize;
    return *page;
}

const storage::AuditEntry* AuditTrailModel::entryAt(int row) const
{
    return row >= 0 && row < m_entries.size() ? &m_entries.at(row) : nullptr;
}

int AuditTrailModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int AuditTrailModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditTrailModel::data(const QModelIndex& index, int role) const
{
    const storage::AuditEntry* entry = entryAt(index.row());
    if (entry == nullptr)
        return {};
    if (role == Qt::TextAlignmentRole && index.column() == EntryColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole) {
        if (index.column() == WhenColumn)
            return entry->at.toUTC().toString(Qt::ISODateWithMs);
        if (index.column() == ChangeColumn)
            return entry->action;
        if (index.column() == DetailsColumn)
            return reports::AuditTrail::summary(*entry);
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case EntryColumn:
        return QLocale().toString(entry->id);
    case WhenColumn:
        return QLocale().toString(entry->at.toLocalTime(), QLocale::ShortFormat);
    case ActorColumn:
        return entry->actor;
    case ChangeColumn:
        return reports::AuditTrail::actionText(entry->action);
    case RecordColumn:
        return entry->entityKey;
    case DetailsColumn:
        return reports::AuditTrail::summary(*entry);
    default:
        return {};
    }
}

QVariant AuditTrailModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case EntryColumn:
        return tr("Entry");
    case WhenColumn:
        return tr("When");
    case ActorColumn:
        return tr("Recorded by");
    case ChangeColumn:
        return tr("Change");
    case RecordColumn:
        return tr("Record");
    case DetailsColumn:
        return tr("Details");
    default:
        return {};
    }
}

bool AuditTrailModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_file != nullptr && !m_isComplete;
}

void AuditTrailModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    QList<storage::AuditEntry> page = readPage();
    if (page.isEmpty())
        return;
    const int first = static_cast<int>(m_entries.size());
    beginInsertRows({}, first, first + static_cast<int>(page.size()) - 1);
    m_entries.append(std::move(page));
    endInsertRows();
}

} // namespace mutualise::app
