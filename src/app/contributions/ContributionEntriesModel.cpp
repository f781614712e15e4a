#include "app/contributions/ContributionEntriesModel.h"

#include "domain/Money.h"
#include "storage/ProjectRepository.h"
#include "storage/ServiceRepository.h"

#include <QApplication>
#include <QCollator>
#include <QColor>
#include <QFont>
#include <QPalette>

#include <algorithm>
#include <limits>

namespace mutualise::app {

namespace {
constexpr qsizetype maximumCachedPages = 40;
} // namespace

ContributionEntriesModel::ContributionEntriesModel(QObject* parent)
    : TableModel(ColumnCount, Headings::ColumnAligned, parent)
{ }

void ContributionEntriesModel::setSource(storage::MutualFile* file, const domain::Mutual& mutual)
{
    m_file = file;
    m_mutual = mutual;
    reload();
}

void ContributionEntriesModel::setFilter(const storage::ContributionFilter& filter)
{
    m_filter = filter;
    reload();
}

void ContributionEntriesModel::readNames()
{
    m_serviceNames.clear();
    m_projectTitles.clear();
    if (!m_file) {
        return;
    }
    if (const auto services = storage::ServiceRepository(*m_file).services()) {
        for (const domain::Service& service : *services) {
            m_serviceNames.insert(service.id, service.name);
        }
    }
    if (const auto projects = storage::ProjectRepository(*m_file).projects()) {
        for (const storage::ProjectRow& row : *projects) {
            m_projectTitles.insert(row.project.id, row.project.title);
        }
    }
}

void ContributionEntriesModel::reload()
{
    beginResetModel();
    m_pages.clear();
    m_pageOrder.clear();
    m_sortedRows.clear();
    m_isSortedInMemory = false;
    m_sortNotice.clear();
    setLastError({});
    m_rowCount = 0;
    readNames();
    if (m_file) {
        const auto count = storage::ContributionRepository(*m_file).count(m_filter);
        if (count) {
            // A view addresses rows with int; more lines than that cannot be shown in one table anyway.
            m_rowCount = static_cast<int>(std::min<qint64>(*count, std::numeric_limits<int>::max()));
        } else {
            setLastError(count.error().message);
        }
    }
    if (m_sortColumn >= 0 && m_sortColumn != DateColumn && m_sortColumn != EntryNumberColumn) {
        sortInMemory();
    }
    endResetModel();
}

void ContributionEntriesModel::sortInMemory()
{
    if (m_rowCount > maximumSortedInMemory) {
        m_sortNotice = tr("More than %L1 lines: they stay in date order. Narrow the filter to sort them "
                          "by another column.")
                           .arg(maximumSortedInMemory);
        return;
    }
    auto rows = storage::ContributionRepository(*m_file).entries(m_filter);
    if (!rows) {
        setLastError(rows.error().message);
        return;
    }
    m_sortedRows = std::move(rows).value();
    QCollator collator;
    collator.setNumericMode(true);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    const int column = m_sortColumn;
    const bool isDescending = m_sortOrder == Qt::DescendingOrder;
    std::stable_sort(m_sortedRows.begin(), m_sortedRows.end(),
                     [&](const storage::ContributionRow& a, const storage::ContributionRow& b) {
                         const QVariant left = sortKey(isDescending ? b : a, column);
                         const QVariant right = sortKey(isDescending ? a : b, column);
                         if (left.typeId() == QMetaType::LongLong) {
                             return left.toLongLong() < right.toLongLong();
                         }
                         return collator.compare(left.toString(), right.toString()) < 0;
                     });
    m_isSortedInMemory = true;
}

void ContributionEntriesModel::sort(int column, Qt::SortOrder order)
{
    if (column >= ColumnCount || (column == m_sortColumn && order == m_sortOrder)) {
        return;
    }
    m_sortColumn = column;
    m_sortOrder = order;
    reload();
}

const QList<storage::ContributionRow>* ContributionEntriesModel::pageAt(qint64 pageIndex) const
{
    const auto found = m_pages.constFind(pageIndex);
    if (found != m_pages.constEnd()) {
        return &found.value();
    }
    if (!m_file) {
        return nullptr;
    }
    auto lines = storage::ContributionRepository(*m_file).entries(m_filter, pageIndex * pageSize, pageSize);
    if (!lines) {
        setLastError(lines.error().message);
        return nullptr;
    }
    if (m_pageOrder.size() >= maximumCachedPages) {
        m_pages.remove(m_pageOrder.takeFirst());
    }
    m_pageOrder.append(pageIndex);
    return &m_pages.insert(pageIndex, std::move(lines).value()).value();
}

const storage::ContributionRow* ContributionEntriesModel::rowAt(int row) const
{
    if (row < 0 || row >= m_rowCount) {
        return nullptr;
    }
    if (m_isSortedInMemory) {
        return row < m_sortedRows.size() ? &m_sortedRows.at(row) : nullptr;
    }
    // Date order, or its reverse: the newest line is the last of the record.
    const bool isDescending = (m_sortColumn == DateColumn || m_sortColumn == EntryNumberColumn)
        && m_sortOrder == Qt::DescendingOrder;
    const qint64 position = isDescending ? m_rowCount - 1 - row : row;
    const auto* page = pageAt(position / pageSize);
    const qsizetype offset = position % pageSize;
    if (!page || offset >= page->size()) {
        return nullptr;
    }
    return &page->at(offset);
}

std::optional<int> ContributionEntriesModel::rowOfEntry(qint64 entryId) const
{
    for (int row = 0; row < m_rowCount; ++row) {
        if (m_isSortedInMemory) {
            if (m_sortedRows.at(row).contribution.id == entryId) {
                return row;
            }
            continue;
        }
        // Only the pages read so far: finding a line elsewhere would read the whole record.
        const bool isDescending = (m_sortColumn == DateColumn || m_sortColumn == EntryNumberColumn)
            && m_sortOrder == Qt::DescendingOrder;
        const qint64 position = isDescending ? m_rowCount - 1 - row : row;
        const auto page = m_pages.constFind(position / pageSize);
        if (page == m_pages.constEnd()) {
            continue;
        }
        const qsizetype offset = position % pageSize;
        if (offset < page->size() && page->at(offset).contribution.id == entryId) {
            return row;
        }
    }
    return std::nullopt;
}

QStringList ContributionEntriesModel::headings() const
{
    return { tr("Date"),   tr("Entry #"), tr("Member"),    tr("Kind"),
             tr("Amount"), tr("For"),     tr("Reference"), tr("Note") };
}

Qt::Alignment ContributionEntriesModel::alignment(int column) const
{
    const bool isNumeric = column == AmountColumn || column == EntryNumberColumn;
    return (isNumeric ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter;
}

QVariant ContributionEntriesModel::displayText(const storage::ContributionRow& row, int column) const
{
    const domain::Contribution& entry = row.contribution;
    switch (column) {
    case DateColumn:
        return QLocale().toString(entry.date, QLocale::ShortFormat);
    case EntryNumberColumn:
        return QLocale().toString(entry.id);
    case MemberColumn:
        //: A member number and name: "C001 · Northshire Council"
        return tr("%1 · %2").arg(row.memberNumber, row.memberName);
    case KindColumn:
        if (entry.reversesId) {
            //: %1 is the kind ("Donation"), %2 the number of the entry reversed
            return tr("%1: reversal of #%2").arg(row.kindLabel, QLocale().toString(*entry.reversesId));
        }
        if (row.isReversed) {
            return tr("%1 (reversed)").arg(row.kindLabel);
        }
        if (entry.daysHundredths && entry.dayRate) {
            //: Time in kind: "In kind, 2.5 days × £333.33"
            return tr("%1, %2 days × %3")
                .arg(row.kindLabel, domain::daysText(*entry.daysHundredths),
                     domain::Money(*entry.dayRate, m_mutual.currency).format(QLocale()));
        }
        return row.kindLabel;
    case AmountColumn:
        return domain::Money(entry.amount, m_mutual.currency).format(QLocale());
    case ForColumn:
        if (entry.serviceId) {
            return tr("Service: %1")
                .arg(m_serviceNames.value(*entry.serviceId, QString::number(*entry.serviceId)));
        }
        if (entry.projectId) {
            return tr("Project: %1")
                .arg(m_projectTitles.value(*entry.projectId, QString::number(*entry.projectId)));
        }
        return {};
    case ReferenceColumn:
        return entry.reference;
    case NoteColumn:
        return entry.note.section(u'\n', 0, 0);
    default:
        return {};
    }
}

QVariant ContributionEntriesModel::sortKey(const storage::ContributionRow& row, int column) const
{
    const domain::Contribution& entry = row.contribution;
    switch (column) {
    case DateColumn:
        return QVariant::fromValue<qint64>(entry.date.toJulianDay());
    case EntryNumberColumn:
        return QVariant::fromValue<qint64>(entry.id);
    case MemberColumn:
        return row.memberNumber;
    case AmountColumn:
        return QVariant::fromValue<qint64>(entry.amount);
    default:
        return displayText(row, column).toString();
    }
}

QVariant ContributionEntriesModel::cellAt(int rowNumber, int column, int role) const
{
    const storage::ContributionRow* row = rowAt(rowNumber);
    if (!row) {
        return {};
    }
    const bool isReversal = row->contribution.reversesId.has_value();
    switch (role) {
    case Qt::DisplayRole:
        return displayText(*row, column);
    case SortRole:
        return sortKey(*row, column);
    case Qt::ToolTipRole:
        if (row->isReversed) {
            return tr("This entry has been undone by a later reversing entry. It stays in the record.");
        }
        if (isReversal) {
            return tr("This entry undoes entry #%1.").arg(QLocale().toString(*row->contribution.reversesId));
        }
        if (column == NoteColumn || column == ReferenceColumn || column == ForColumn) {
            return displayText(*row, column);
        }
        return {};
    case Qt::ForegroundRole:
        if (isReversal && column == AmountColumn) {
            return QColor(0xb3, 0x26, 0x1e); // a negative amount in red, never hidden
        }
        if (row->isReversed) {
            // Muted but still legible: the line stays part of the record.
            const QPalette palette = QApplication::palette();
            const QColor text = palette.color(QPalette::Text);
            const QColor base = palette.color(QPalette::Base);
            return QColor::fromRgbF((text.redF() + base.redF()) / 2, (text.greenF() + base.greenF()) / 2,
                                    (text.blueF() + base.blueF()) / 2);
        }
        return {};
    case Qt::FontRole:
        if (row->isReversed || isReversal) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case EntryIdRole:
        return row->contribution.id;
    case IsReversedRole:
        return row->isReversed;
    case IsReversalRole:
        return isReversal;
    case AmountRole:
        return row->contribution.amount;
    default:
        return {};
    }
}

} // namespace mutualise::app
