#pragma once

#include "app/widgets/RowListModel.h"
#include "storage/MeetingRepository.h"

#include <optional>

namespace mutualise::app {

// The proxies appointed for one meeting: who is represented, by whom, and how they asked them to vote.
class ProxyListModel : public RowListModel<storage::ProxyRow>
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

private:
    QStringList headings() const override;
    QVariant cell(const storage::ProxyRow& row, int column, int role) const override;

    storage::MutualFile* m_file = nullptr;
    std::optional<qint64> m_meetingId;
};

} // namespace mutualise::app
