#pragma once

#include "app/widgets/RowListModel.h"
#include "domain/Meeting.h"
#include "storage/MutualFile.h"

#include <optional>

namespace mutualise::app {

// A meeting's motions in the order they were added: each with its rules, how far voting has gone and,
// once declared, its outcome.
class MotionListModel : public RowListModel<domain::Motion>
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

    std::optional<domain::Motion> motionAt(int row) const { return rowAt(row); }
    std::optional<int> rowOf(qint64 motionId) const;

private:
    QStringList headings() const override;
    QVariant cell(const domain::Motion& motion, int column, int role) const override;

    storage::MutualFile* m_file = nullptr;
    std::optional<qint64> m_meetingId;
};

} // namespace mutualise::app
