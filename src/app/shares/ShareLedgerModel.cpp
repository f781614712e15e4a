#include "app/shares/ShareLedgerModel.h"

#include "domain/Money.h"

#include <QApplication>
#include <QColor>
#include <QFont>
#include <QPalette>

#include <limits>

namespace mutualise::app {

namespace {
constexpr qsizetype maximumCachedPages = 40;

storage::ShareEntryFilter::SortKey sortKeyFor(int column)
{
    using Key = storage::ShareEntryFilter::SortKey;
    switch (column) {
    case ShareLedgerModel::EntryNumberColumn:
        return Key::EntryNumber;
    case ShareLedgerModel::KindColumn:
        return Key::Kind;
    case ShareLedgerModel::MemberColumn:
        return Key::Member;
    case ShareLedgerModel::CounterpartyColumn:
        return Key::Counterparty;
    case ShareLedgerModel::SharesColumn:
        return Key::Shares;
    case ShareLedgerModel::AmountColumn:
        return Key::Amount;
    case ShareLedgerModel::ReferenceColumn:
        return Key::Reference;
    case ShareLedgerModel::RecordedByColumn:
        return Key::RecordedBy;
    default:
        return Key::Date;
    }
}
} // namespace

ShareLedgerModel::ShareLedgerModel(QObject* parent)
    : TableModel(ColumnCount, Headings::ColumnAligned, parent)
{ }

void ShareLedgerModel::setSource(storage::MutualFile* file, const domain::Mutual& mutual)
{
    m_file = file;
    m_mutual = mutual;
    reload();
}

void ShareLedgerModel::setFilter(const storage::ShareEntryFilter& filter)
{
    m_filter = filter;
    reload();
}

void ShareLedgerModel::reload()
{
    beginResetModel();
    m_pages.clear();
    m_pageOrder.clear();
    setLastError({});
    m_rowCount = 0;
    if (m_file) {
        const auto count = storage::ShareLedgerRepository(*m_file).count(m_filter);
        if (count) {
            // A view addresses rows with int; more lines than that cannot be shown in one table anyway.
            m_rowCount = static_cast<int>(std::min<qint64>(*count, std::numeric_limits<int>::max()));
        } else {
            setLastError(count.error().message);
        }
    }
    endResetModel();
}

void ShareLedgerModel::sort(int column, Qt::SortOrder order)
{
    if (column >= ColumnCount) {
        return;
    }
    // Column -1 is the ledger's own order: by date, then as recorded.
    storage::ShareEntryFilter filter = m_filter;
    filter.sortKey = sortKeyFor(column);
    filter.descending = column >= 0 && order == Qt::DescendingOrder;
    if (filter.sortKey != m_filter.sortKey || filter.descending != m_filter.descending) {
        setFilter(filter);
    }
}

const QList<storage::ShareEntryRow>* ShareLedgerModel::pageAt(qint64 pageIndex) const
{
    const auto found = m_pages.constFind(pageIndex);
    if (found != m_pages.constEnd()) {
        return &found.value();
    }
    if (!m_file) {
        return nullptr;
    }
    auto lines = storage::ShareLedgerRepository(*m_file).entries(m_filter, pageIndex * pageSize, pageSize);
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

const storage::ShareEntryRow* ShareLedgerModel::rowAt(int row) const
{
    if (row < 0 || row >= m_rowCount) {
        return nullptr;
    }
    const auto* page = pageAt(row / pageSize);
    const qsizetype offset = row % pageSize;
    if (!page || offset >= page->size()) {
        return nullptr;
    }
    return &page->at(offset);
}

QStringList ShareLedgerModel::headings() const
{
    return { tr("Date"),   tr("Entry #"), tr("Kind"),      tr("Member"),     tr("Counterparty"),
             tr("Shares"), tr("Amount"),  tr("Reference"), tr("Recorded by") };
}

Qt::Alignment ShareLedgerModel::alignment(int column) const
{
    const bool isNumeric = column == SharesColumn || column == AmountColumn || column == EntryNumberColumn;
    return (isNumeric ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter;
}

QVariant ShareLedgerModel::displayText(const storage::ShareEntryRow& row, int column) const
{
    const domain::ShareEntry& entry = row.entry;
    switch (column) {
    case DateColumn:
        return QLocale().toString(entry.date, QLocale::ShortFormat);
    case EntryNumberColumn:
        return QLocale().toString(entry.id);
    case KindColumn:
        if (entry.kind == domain::ShareEntryKind::Reversal && entry.reversesId) {
            return tr("Reversal of #%1").arg(*entry.reversesId);
        }
        if (row.isReversed) {
            return tr("%1 (reversed)").arg(domain::entryKindLabel(entry.kind));
        }
        return domain::entryKindLabel(entry.kind);
    case MemberColumn:
        return tr("%1 · %2").arg(row.memberNumber, row.memberName);
    case CounterpartyColumn:
        return row.counterpartyNumber;
    case SharesColumn:
        return QLocale().toString(entry.shares);
    case AmountColumn:
        return domain::Money(entry.amount, m_mutual.currency).format(QLocale());
    case ReferenceColumn:
        return entry.reference;
    case RecordedByColumn:
        return entry.recordedBy;
    default:
        return {};
    }
}

QVariant ShareLedgerModel::cellAt(int rowNumber, int column, int role) const
{
    const storage::ShareEntryRow* row = rowAt(rowNumber);
    if (!row) {
        return {};
    }
    switch (role) {
    case Qt::DisplayRole:
        return displayText(*row, column);
    case Qt::ToolTipRole:
        if (row->isReversed) {
            return tr("This entry has been undone by a later reversing entry. It stays in the ledger.");
        }
        return {};
    case Qt::ForegroundRole:
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
        if (row->isReversed) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case EntryIdRole:
        return row->entry.id;
    case IsReversedRole:
        return row->isReversed;
    case IsReversalRole:
        return row->entry.kind == domain::ShareEntryKind::Reversal;
    default:
        return {};
    }
}

} // namespace mutualise::app
