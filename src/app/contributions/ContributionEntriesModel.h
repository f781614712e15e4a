#pragma once

#include "app/widgets/TableModel.h"
#include "domain/Mutual.h"
#include "storage/ContributionRepository.h"

#include <QHash>
#include <QList>

namespace mutualise::app {

// The contributions as a table. Only the count is asked for up front; in date order the lines are
// fetched a page at a time as the view shows them, so that a record of millions of lines opens as fast
// as a small one. Sorting by another column reads the lines shown whole, which it does only up to
// maximumSortedInMemory lines; beyond that the lines stay in date order and sortNotice() says why.
class ContributionEntriesModel : public TableModel
{
    Q_OBJECT

public:
    enum Column
    {
        DateColumn,
        EntryNumberColumn,
        MemberColumn,
        KindColumn,
        AmountColumn,
        ForColumn,
        ReferenceColumn,
        NoteColumn,
        ColumnCount
    };

    enum Role
    {
        EntryIdRole = Qt::UserRole + 1,
        IsReversedRole,
        IsReversalRole,
        AmountRole, // minor units
    };

    static constexpr qint64 pageSize = 500;
    static constexpr qint64 maximumSortedInMemory = 50'000;

    explicit ContributionEntriesModel(QObject* parent = nullptr);

    // nullptr empties the model. The file must outlive the model or be replaced before it goes.
    void setSource(storage::MutualFile* file, const domain::Mutual& mutual);
    void setFilter(const storage::ContributionFilter& filter);
    storage::ContributionFilter filter() const { return m_filter; }
    void reload();

    // The line at the row, fetching its page if needed; nullptr outside the model or on a read error.
    const storage::ContributionRow* rowAt(int row) const;
    // The row showing the entry, if it is among the lines read so far (a reversal's original, say).
    std::optional<int> rowOfEntry(qint64 entryId) const;
    // Why a heading's click left the lines in date order; empty when it did not.
    QString sortNotice() const { return m_sortNotice; }

    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    int size() const override { return m_rowCount; }
    QStringList headings() const override;
    Qt::Alignment alignment(int column) const override;
    QVariant cellAt(int row, int column, int role) const override;
    QVariant displayText(const storage::ContributionRow& row, int column) const;
    QVariant sortKey(const storage::ContributionRow& row, int column) const;
    const QList<storage::ContributionRow>* pageAt(qint64 pageIndex) const;
    void readNames();
    void sortInMemory();

    storage::MutualFile* m_file = nullptr;
    domain::Mutual m_mutual;
    storage::ContributionFilter m_filter;
    int m_rowCount = 0;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QString m_sortNotice;
    QHash<qint64, QString> m_serviceNames;
    QHash<qint64, QString> m_projectTitles;
    // Every line, when sorted by a column other than the date; empty otherwise.
    QList<storage::ContributionRow> m_sortedRows;
    bool m_isSortedInMemory = false;
    // Pages fetched so far, bounded so that scrolling through a huge record keeps memory flat.
    mutable QHash<qint64, QList<storage::ContributionRow>> m_pages;
    mutable QList<qint64> m_pageOrder;
};

} // namespace mutualise::app
