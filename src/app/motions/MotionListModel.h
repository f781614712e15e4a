#pragma once

#include "domain/Meeting.h"
#include "storage/MutualFile.h"

#include <QAbstractTableModel>
#include <QList>

#include <optional>

namespace mutualise::app {

// A meeting's motions in the order they were added: each with its rules, how far voting has gone and,
// once declared, its outcome.
class MotionListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        TitleColumn,
        SchemeColumn,
        ThresholdColumn,
        StateColumn,
        OutcomeColumn,
        ColumnCount
    };

    enum Role
    {
        MotionIdRole = Qt::UserRole + 1,
    };

    explicit MotionListModel(QObject* parent = nullptr);

    void setSource(storage::MutualFile* file, std::optional<qint64> meetingId);
    void reload();

    std::optional<domain::Motion> motionAt(int row) const;
    std::optional<int> rowOf(qint64 motionId) const;
    QString lastError() const { return m_lastError; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    storage::MutualFile* m_file = nullptr;
    std::optional<qint64> m_meetingId;
    QList<domain::Motion> m_motions;
    QString m_lastError;
};

} // namespace mutualise::app
