#pragma once

#include "domain/Meeting.h"
#include "storage/MutualFile.h"

#include <QAbstractListModel>
#include <QList>

#include <optional>

namespace mutualise::app {

// The mutual's meetings, newest first, as storage lists them: each names the meeting, with its date
// and kind as a subtitle.
class MeetingListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        MeetingIdRole = Qt::UserRole + 1,
        SubtitleRole, // "15/07/2025 · Annual general meeting"
    };

    explicit MeetingListModel(QObject* parent = nullptr);

    void setFile(storage::MutualFile* file);
    void reload();

    std::optional<domain::Meeting> meetingAt(int row) const;
    std::optional<int> rowOf(qint64 meetingId) const;
    QString lastError() const { return m_lastError; }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    static QString subtitleOf(const domain::Meeting& meeting);

    storage::MutualFile* m_file = nullptr;
    QList<domain::Meeting> m_meetings;
    QString m_lastError;
};

} // namespace mutualise::app
