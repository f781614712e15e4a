#pragma once

#include "storage/MotionRepository.h"

#include <QAbstractTableModel>
#include <QList>

#include <optional>

namespace mutualise::app {

// The ballots recorded on one motion: in the order cast for an open ballot; for a secret ballot, who
// voted and how they voted (in person, by post...), never the choice.
class BallotListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        MemberColumn,
        ChoiceColumn,
        MethodColumn,
        CastAtColumn,
        ColumnCount
    };

    explicit BallotListModel(QObject* parent = nullptr);

    void setSource(storage::MutualFile* file, std::optional<qint64> motionId);
    void reload();

    std::optional<storage::BallotRow> rowAt(int row) const;
    QString lastError() const { return m_lastError; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    storage::MutualFile* m_file = nullptr;
    std::optional<qint64> m_motionId;
    QList<storage::BallotRow> m_rows;
    QString m_lastError;
};

} // namespace mutualise::app
