#pragma once

#include "storage/MeetingRepository.h"

#include <QAbstractTableModel>
#include <QList>

#include <optional>

namespace mutualise::app {

// The proxies appointed for one meeting: who is represented, by whom, and how they asked them to vote.
class ProxyListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        MemberColumn,
        HolderColumn,
        DirectionColumn,
        ColumnCount
    };

    explicit ProxyListModel(QObject* parent = nullptr);

    void setSource(storage::MutualFile* file, std::optional<qint64> meetingId);
    void reload();

    std::optional<storage::ProxyRow> rowAt(int row) const;
    QString lastError() const { return m_lastError; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    storage::MutualFile* m_file = nullptr;
    std::optional<qint64> m_meetingId;
    QList<storage::ProxyRow> m_rows;
    QString m_lastError;
};

} // namespace mutualise::app
