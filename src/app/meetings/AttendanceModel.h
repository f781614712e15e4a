#pragma once

#include "domain/Vote.h"
#include "storage/MutualFile.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QList>

#include <optional>

namespace mutualise::app {

// A meeting's register: every member who may take part on the day, in register order, with what the
// meeting has recorded for each (present, represented by proxy, apologies, or nothing yet). Built
// from two reads, so that it stays quick for a register of thousands.
class AttendanceModel : public QAbstractTableModel
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

    struct Line
    {
        qint64 memberId = 0;
        QString number;
        QString name;
        QString className;
        std::optional<domain::Attendance> attendance;
        QString proxyHolder; // "C001 · Name", or the chair, for a member represented by proxy
    };

    explicit AttendanceModel(QObject* parent = nullptr);

    // Nothing to show without a file or a meeting.
    void setSource(storage::MutualFile* file, std::optional<qint64> meetingId);
    void reload();

    std::optional<Line> lineAt(int row) const;
    std::optional<int> rowOf(qint64 memberId) const;
    QString lastError() const { return m_lastError; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Line> readLines();

    storage::MutualFile* m_file = nullptr;
    std::optional<qint64> m_meetingId;
    QList<Line> m_lines;
    QString m_lastError;
};

} // namespace mutualise::app
