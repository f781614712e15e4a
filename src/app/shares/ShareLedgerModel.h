#pragma once

#include "app/widgets/TableModel.h"
#include "domain/Mutual.h"
#include "storage/ShareLedgerRepository.h"

#include <QHash>
#include <QList>

namespace mutualise::app {

// The share ledger as a table. Only the count is asked for up front; lines are fetched from storage a
// page at a time as the view shows them, so a ledger of a million lines opens as fast as a small one.
class ShareLedgerModel : public TableModel
{
    Q_OBJECT

public:
    enum Column
    {
        DateColumn,
        EntryNumberColumn,
        KindColumn,
        MemberColumn,
        CounterpartyColumn,
        SharesColumn,
        AmountColumn,
        ReferenceColumn,
        RecordedByColumn,
        ColumnCount
    };

    enum Role
    {
        EntryIdRole = Qt::UserRole + 1,
        IsReversedRole,
        IsReversalRole,
    };

    static constexpr qint64 pageSize = 500;

    explicit ShareLedgerModel(QObject* parent = nullptr);

    // nullptr empties the model. The file must outlive the model or be replaced before it goes.
    void setSource(storage::MutualFile* file, const domain::Mutual& mutual);
    void setFilter(const storage::ShareEntryFilter& filter);
    storage::ShareEntryFilter filter() const { return m_filter; }
    // Asks storage again: after a write, or when another program changed the file.
    void reload();

    // The line at the row, fetching its page if needed; nullptr outside the model or on a read error.
    const storage::ShareEntryRow* rowAt(int row) const;

    // Sorted by storage, not by a proxy: a proxy would read every line of the ledger to sort it.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    int size() const override { return m_rowCount; }
    QStringList headings() const override;
    Qt::Alignment alignment(int column) const override;
    QVariant cellAt(int row, int column, int role) const override;
    QVariant displayText(const storage::ShareEntryRow& row, int column) const;
    const QList<storage::ShareEntryRow>* pageAt(qint64 pageIndex) const;

    storage::MutualFile* m_file = nullptr;
    domain::Mutual m_mutual;
    storage::ShareEntryFilter m_filter;
    int m_rowCount = 0;
    // Pages fetched so far, bounded so that scrolling through a huge ledger keeps memory flat.
    mutable QHash<qint64, QList<storage::ShareEntryRow>> m_pages;
    mutable QList<qint64> m_pageOrder;
};

} // namespace mutualise::app
