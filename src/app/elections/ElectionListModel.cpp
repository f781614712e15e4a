#include "app/elections/ElectionListModel.h"

#include "app/elections/ElectionFigures.h"
#include "storage/ElectionRepository.h"

#include <QLocale>

#include <algorithm>

namespace mutualise::app {

ElectionListModel::ElectionListModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void ElectionListModel::setSource(storage::MutualFile* file, std::optional<qint64> meetingId)
{
    const bool isSameSource = file == m_file && meetingId == m_meetingId;
    m_file = file;
    m_meetingId = meetingId;
    if (!isSameSource) {
        beginResetModel();
        m_rows.clear();
        endResetModel();
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
        if (election.state != domain::MotionState::Draft) {
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
    m_lastError.clear();
    auto read = readRows();
    QList<ElectionRow> rows;
    if (read) {
        rows = std::move(read).value();
    } else {
        m_lastError = read.error().message;
    }
    const bool isSameElections = rows.size() == m_rows.size()
        && std::equal(rows.cbegin(), rows.cend(), m_rows.cbegin(),
                      [](const ElectionRow& left, const ElectionRow& right) {
                          return left.election.id == right.election.id;
                      });
    // The same elections in the same order: changed in place, so that the selection stays put.
    if (isSameElections && !rows.isEmpty()) {
        m_rows = std::move(rows);
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

std::optional<ElectionRow> ElectionListModel::rowAt(int row) const
{
    if (row < 0 || row >= m_rows.size()) {
        return std::nullopt;
    }
    return m_rows.at(row);
}

std::optional<int> ElectionListModel::rowOf(qint64 electionId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).election.id == electionId) {
            return row;
        }
    }
    return std::nullopt;
}

int ElectionListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ElectionListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ElectionListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const ElectionRow& row = m_rows.at(index.row());
    if (role == ElectionIdRole) {
        return row.election.id;
    }
    if (role == Qt::TextAlignmentRole && index.column() == SeatsColumn) {
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole) {
        return {};
    }
    switch (index.column()) {
    case TitleColumn:
        return row.election.title;
    case SeatsColumn:
        return QLocale().toString(row.election.seats);
    case MethodColumn:
        return domain::electionMethodLabel(row.election.method);
    case StateColumn:
        return domain::motionStateLabel(row.election.state);
    case TurnoutColumn:
        return row.election.state == domain::MotionState::Draft
            ? QString()
            : turnoutText(row.voters, row.rollSize, row.papers);
    default:
        return {};
    }
}

QVariant ElectionListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case TitleColumn:
        return tr("Election");
    case SeatsColumn:
        return tr("Seats");
    case MethodColumn:
        return tr("Method");
    case StateColumn:
        return tr("State");
    case TurnoutColumn:
        return tr("Turnout");
    default:
        return {};
    }
}

} // namespace mutualise::app
