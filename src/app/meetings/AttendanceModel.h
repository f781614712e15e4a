#pragma once

#include "app/widgets/RowListModel.h"
#include "domain/Vote.h"
#include "storage/MutualFile.h"

#include <QList>

#include <optional>

namespace mutualise::app {

// One member's line in a meeting's register.
struct AttendanceLine
{
    qint64 memberId = 0;
    QString number;
    QString name;
    QString className;
    std::optional<domain::Attendance> attendance;
    QString proxyHolder; // "C001 · Name", or the chair, for a member represented by proxy
};

// A meeting's register: every member who may take part on the day, in register order, with what the
// meeting has recorded for each (present, represented by proxy, apologies, or nothing yet). Built
// from two reads, so that it stays quick for a register of thousands.
class AttendanceModel : public RowListModel<AttendanceLine>
{
    Q_OBJECT

public:
    enum Column
    {
        NumberColumn,
        NameColumn,
        ClassColumn,
        AttendanceColumn,
        ColumnCount
    };

    enum Role
    {
        MemberIdRole = Qt::UserRole + 1,
    };

    using Line = AttendanceLine;

    explicit AttendanceModel(QObject* parent = nullptr);

    // Nothing to show without a file or a meeting.
    void setSource(storage::MutualFile* file, std::optional<qint64> meetingId);
    void reload();

    std::optional<Line> lineAt(int row) const { return rowAt(row); }
    std::optional<int> rowOf(qint64 memberId) const;

private:
    domain::Result<QList<Line>> readLines() const;
    QStringList headings() const override;
    QVariant cell(const Line& line, int column, int role) const override;

    storage::MutualFile* m_file = nullptr;
    std::optional<qint64> m_meetingId;
};

} // namespace mutualise::app
