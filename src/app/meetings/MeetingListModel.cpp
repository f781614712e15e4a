#include "app/meetings/MeetingListModel.h"

#include "storage/MeetingRepository.h"

#include <QLocale>

namespace mutualise::app {

MeetingListModel::MeetingListModel(QObject* parent)
    : QAbstractListModel(parent)
{ }

void MeetingListModel::setFile(storage::MutualFile* file)
{
    m_file = file;
    reload();
}

void MeetingListModel::reload()
{
    QList<domain::Meeting> meetings;
    m_lastError.clear();
    if (m_file) {
        auto all = storage::MeetingRepository(*m_file).all();
        if (all) {
            meetings = std::move(all).value();
        } else {
            m_lastError = all.error().message;
        }
    }
    const auto idsOf = [](const QList<domain::Meeting>& list) {
        QList<qint64> ids;
        for (const domain::Meeting& meeting : list) {
            ids.append(meeting.id);
        }
        return ids;
    };
    // The same meetings in the same order: changed in place, so that the selection stays where it is.
    if (!meetings.isEmpty() && idsOf(meetings) == idsOf(m_meetings)) {
        m_meetings = std::move(meetings);
        Q_EMIT dataChanged(index(0), index(rowCount() - 1));
        return;
    }
    beginResetModel();
    m_meetings = std::move(meetings);
    endResetModel();
}

std::optional<domain::Meeting> MeetingListModel::meetingAt(int row) const
{
    if (row < 0 || row >= m_meetings.size()) {
        return std::nullopt;
    }
    return m_meetings.at(row);
}

std::optional<int> MeetingListModel::rowOf(qint64 meetingId) const
{
    for (int row = 0; row < m_meetings.size(); ++row) {
        if (m_meetings.at(row).id == meetingId) {
            return row;
        }
    }
    return std::nullopt;
}

QString MeetingListModel::subtitleOf(const domain::Meeting& meeting)
{
    //: A meeting's date and kind under its name in the list: "15/07/2025 · Annual general meeting"
    return tr("%1 · %2").arg(QLocale().toString(meeting.heldOn, QLocale::ShortFormat),
                             domain::meetingKindLabel(meeting.kind));
}

int MeetingListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_meetings.size());
}

QVariant MeetingListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const domain::Meeting& meeting = m_meetings.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return meeting.displayTitle();
    case SubtitleRole:
        return subtitleOf(meeting);
    case Qt::ToolTipRole: {
        // Whole, for a list too narrow to show all of it: the name, then the date, kind and place.
        const QString subtitle = meeting.place.isEmpty()
            ? subtitleOf(meeting)
            : tr("%1, %2").arg(subtitleOf(meeting), meeting.place);
        return tr("%1\n%2").arg(meeting.displayTitle(), subtitle);
    }
    case Qt::AccessibleTextRole:
        return tr("%1, %2").arg(meeting.displayTitle(),
                                QLocale().toString(meeting.heldOn, QLocale::LongFormat));
    case MeetingIdRole:
        return meeting.id;
    default:
        return {};
    }
}

} // namespace mutualise::app
