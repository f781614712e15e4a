#pragma once

#include "app/widgets/RowListModel.h"
#include "domain/Election.h"
#include "storage/MutualFile.h"

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
class ElectionListModel : public RowListModel<ElectionRow>
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

    std::optional<int> rowOf(qint64 electionId) const;

private:
    domain::Result<QList<ElectionRow>> readRows() const;
    QStringList headings() const override;
    Qt::Alignment alignment(int column) const override;
    QVariant cell(const ElectionRow& row, int column, int role) const override;
    static QVariant sortKey(const ElectionRow& row, int column);

    storage::MutualFile* m_file = nullptr;
    std::optional<qint64> m_meetingId;
};

} // namespace mutualise::app
