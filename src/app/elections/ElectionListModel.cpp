#include "app/elections/ElectionListModel.h"

#include "reports/ElectionFigures.h"
#include "storage/ElectionRepository.h"

#include <QLocale>

#include <tuple>

namespace mutualise::app {

ElectionListModel::ElectionListModel(QObject* parent)
    : RowListModel(ColumnCount, Headings::HeaderAligned, parent)
{ }

void ElectionListModel::setSource(storage::MutualFile* file, std::optional<qint64> meetingId)
{
    const bool isSameSource = file == m_file && meetingId == m_meetingId;
    m_file = file;
    m_meetingId = meetingId;
    if (!isSameSource) {
        showRows(QList<ElectionRow>());
    }
    reload();
}

domain::Result<QList<ElectionRow>> ElectionListModel::readRows() const
{
    QList<ElectionRow> rows;
    if (!m_file || !m_meetingId) {
        return rows;
    }
    const storage::ElectionRepository elections(*m_file);
    auto all = elections.all(*m_meetingId);
    if (!all) {
        return all.error();
    }
    for (const domain::Election& election : *all) {
        ElectionRow row { election };
        if (election.state != domain::VoteState::Draft) {
            const auto roll = elections.rollSize(election.id);
            const auto turnout = elections.turnout(election.id);
            if (!roll || !turnout) {
                return roll ? turnout.error() : roll.error();
            }
            row.rollSize = *roll;
            std::tie(row.voters, row.papers) = *turnout;
        }
        rows.append(row);
    }
    return rows;
}

void ElectionListModel::reload()
{
    // The same elections in the same order: changed in place, so that the selection stays put.
    updateRows(readRows(), [](const ElectionRow& left, const ElectionRow& right) {
        return left.election.id == right.election.id;
    });
}

std::optional<int> ElectionListModel::rowOf(qint64 electionId) const
{
    return firstRowWhere([electionId](const ElectionRow& row) { return row.election.id == electionId; });
}

QStringList ElectionListModel::headings() const
{
    return { tr("Election"), tr("Seats"), tr("Method"), tr("State"), tr("Turnout") };
}

Qt::Alignment ElectionListModel::alignment(int column) const
{
    return column == SeatsColumn ? Qt::AlignRight | Qt::AlignVCenter : Qt::Alignment();
}

// Seats by number, states in the order voting goes, turnouts by the share of the roll that voted (a
// draft, with none, first); titles and methods by their text.
QVariant ElectionListModel::sortKey(const ElectionRow& row, int column)
{
    switch (column) {
    case SeatsColumn:
        return row.election.seats;
    case StateColumn:
        return static_cast<int>(row.election.state);
    case TurnoutColumn:
        if (row.election.state == domain::VoteState::Draft) {
            return -1.0;
        }
        return row.rollSize > 0 ? static_cast<double>(row.voters) / static_cast<double>(row.rollSize) : 0.0;
    default:
        return {};
    }
}

QVariant ElectionListModel::cell(const ElectionRow& row, int column, int role) const
{
    if (role == ElectionIdRole) {
        return row.election.id;
    }
    if (role == SortRole) {
        return sortKey(row, column);
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole) {
        return {};
    }
    switch (column) {
    case TitleColumn:
        return row.election.title;
    case SeatsColumn:
        return QLocale().toString(row.election.seats);
    case MethodColumn:
        return domain::electionMethodLabel(row.election.method);
    case StateColumn:
        return domain::voteStateLabel(row.election.state);
    case TurnoutColumn:
        return row.election.state == domain::VoteState::Draft
            ? QString()
            : reports::turnoutText(row.voters, row.rollSize, row.papers);
    default:
        return {};
    }
}

} // namespace mutualise::app
