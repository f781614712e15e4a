#pragma once

#include "app/widgets/TableModel.h"
#include "storage/MemberRepository.h"

#include <QHash>
#include <QList>

#include <optional>

namespace mutualise::app {

// The register of members as a table that never loads the whole register: the row count comes from
// one COUNT query and rows are fetched a page at a time into a small cache, so scrolling through
// 100,000 members stays smooth.
class MemberTableModel : public TableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NumberColumn,
        NameColumn,
        KindColumn,
        ClassColumn,
        StatusColumn,
        AdmittedColumn,
        CeasedColumn,
        SharesColumn,
        ColumnCount,
    };
    static constexpr int MemberIdRole = Qt::UserRole + 1;
    static constexpr qint64 pageSize = 200;

    explicit MemberTableModel(QObject* parent = nullptr);

    // nullptr empties the table. The file must outlive the model or be replaced first.
    void setFile(storage::MutualFile* file);
    void setQuery(const storage::MemberQuery& query);
    storage::MemberQuery query() const { return m_query; }
    // Forgets every cached row and asks the file again, e.g. after a change.
    void reload();

    std::optional<storage::MemberRow> rowAt(int row) const;
    // The shares the row's member must hold and does not: none when they hold the class minimum, or
    // are not yet or no longer active (an applicant pays on admission; a ceased member holds none).
    std::optional<qint64> sharesShortOfMinimum(const storage::MemberRow& row) const;
    // Says what the member lacks, as sharesShortOfMinimum(); empty when nothing.
    QString minimumWarning(const storage::MemberRow& row) const;
    // The member's class, as the file had it when the model last read it.
    std::optional<domain::MemberClass> classOf(const storage::MemberRow& row) const;
    // The row showing the member, if it is in one of the cached pages.
    std::optional<int> cachedRowOf(qint64 memberId) const;
    // The row showing the member, from the cache or else asked of the file; nothing when the search
    // and filters leave the member out.
    std::optional<int> rowOf(qint64 memberId) const;

    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    int size() const override { return static_cast<int>(m_rowCount); }
    QStringList headings() const override;
    Qt::Alignment alignment(int column) const override;
    QVariant cellAt(int row, int column, int role) const override;
    const QList<storage::MemberRow>* pageFor(qint64 row) const;
    void recount();
    QVariant sharesCell(const storage::MemberRow& row, int role) const;

    storage::MutualFile* m_file = nullptr;
    storage::MemberQuery m_query;
    qint64 m_rowCount = 0;
    QHash<qint64, domain::MemberClass> m_classes; // by id
    mutable QHash<qint64, QList<storage::MemberRow>> m_pages;
    mutable QList<qint64> m_pageOrder; // least recently fetched first, to bound the cache
};

} // namespace mutualise::app
