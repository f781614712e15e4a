#pragma once

#include "storage/AuditLog.h"

#include <QAbstractTableModel>
#include <QList>

namespace mutualise::app {

// The audit trail's entries that a filter lets through, newest first, read a page at a time as the
// view scrolls: a mutual's trail may hold a million changes.
class AuditTrailModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        EntryColumn,
        WhenColumn,
        ActorColumn,
        ChangeColumn,
        RecordColumn,
        DetailsColumn,
        ColumnCount,
    };

    // Entries read at a time.
    static constexpr int pageSize = 200;

    explicit AuditTrailModel(QObject* parent = nullptr);

    // The file whose trail is listed, or none; lists its first page again.
    void setFile(const storage::MutualFile* file);
    void setFilter(const storage::AuditFilter& filter);
    storage::AuditFilter filter() const { return m_filter; }
    // Reads the first page again, and the count: the trail has grown.
    void reload();

    const storage::AuditEntry* entryAt(int row) const;
    // How many entries the filter lets through, of which rowCount() are read so far.
    qint64 matchingCount() const { return m_matchingCount; }
    // Why the trail could not be read; empty when it was.
    QString error() const { return m_error; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

private:
    // Up to a page of entries older than those read, or the first page when none are.
    QList<storage::AuditEntry> readPage();

    const storage::MutualFile* m_file = nullptr;
    storage::AuditFilter m_filter;
    QList<storage::AuditEntry> m_entries;
    bool m_isComplete = true;
    qint64 m_matchingCount = 0;
    QString m_error;
};

} // namespace mutualise::app
