#pragma once

#include "domain/Election.h"
#include "storage/MutualFile.h"

#include <QAbstractTableModel>
#include <QList>

#include <optional>

namespace mutualise::app {

// An election with how far its voting has gone.
struct ElectionRow
{
    domain::Election election;
    qint64 rollSize = 0; // members on the roll frozen when voting opened; 0 for a draft
    qint64 voters = 0;
    qint64 papers = 0; // imported papers have no voter
};

// A meeting's elections in the order they were added: each with its seats, method, state and turnout.
class ElectionListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        TitleColumn,
        SeatsColumn,
        MethodColumn,
        StateColumn,
        TurnoutColumn,
        ColumnCount
    };

    enum Role
    {
        ElectionIdRole = Qt::UserRole + 1,
    };

    explicit ElectionListModel(QObject* parent = nullptr);

    void setSource(storage::MutualFile* file, std::optional<qint64> meetingId);
    void reload();

    std::optional<ElectionRow> rowAt(int row) const;
    std::optional<int> rowOf(qint64 electionId) const;
    QString lastError() const { return m_lastError; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    domain::Result<QList<ElectionRow>> readRows() const;

    storage::MutualFile* m_file = nullptr;
    std::optional<qint64> m_meetingId;
    QList<ElectionRow> m_rows;
    QString m_lastError;
};

} // namespace mutualise::app
