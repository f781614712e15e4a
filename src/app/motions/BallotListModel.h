#pragma once

#include "app/widgets/RowListModel.h"
#include "storage/MotionRepository.h"

#include <optional>

namespace mutualise::app {

// The ballots recorded on one motion: in the order cast for an open ballot; for a secret ballot, who
// voted and how they voted (in person, by post...), never the choice.
class BallotListModel : public RowListModel<storage::BallotRow>
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

private:
    QStringList headings() const override;
    QVariant cell(const storage::BallotRow& row, int column, int role) const override;

    storage::MutualFile* m_file = nullptr;
    std::optional<qint64> m_motionId;
};

} // namespace mutualise::app
