#include "app/elections/CandidateListModel.h"

namespace mutualise::app {

CandidateListModel::CandidateListModel(QObject* parent)
    : QAbstractListModel(parent)
{ }

void CandidateListModel::setCandidates(const QList<domain::Candidate>& candidates,
                                       const QHash<qint64, QString>& memberNumbers)
{
    beginResetModel();
    m_candidates = candidates;
    m_memberNumbers = memberNumbers;
    endResetModel();
}

void CandidateListModel::append(const domain::Candidate& candidate, const QString& memberNumber)
{
    const int row = rowCount();
    beginInsertRows({}, row, row);
    m_candidates.append(candidate);
    if (candidate.memberId) {
        m_memberNumbers.insert(*candidate.memberId, memberNumber);
    }
    endInsertRows();
}

void CandidateListModel::remove(int row)
{
    if (row < 0 || row >= rowCount()) {
        return;
    }
    beginRemoveRows({}, row, row);
    m_candidates.removeAt(row);
    endRemoveRows();
    // Those below move up the ballot: their numbers change.
    if (row < rowCount()) {
        Q_EMIT dataChanged(index(row), index(rowCount() - 1));
    }
}

bool CandidateListModel::move(int row, int step)
{
    const int target = row + step;
    if (row < 0 || row >= rowCount() || target < 0 || target >= rowCount() || (step != 1 && step != -1)) {
        return false;
    }
    // Qt's destination is the row before which the moved row lands, counted before the move.
    if (!beginMoveRows({}, row, row, {}, step > 0 ? target + 1 : target)) {
        return false;
    }
    m_candidates.move(row, target);
    endMoveRows();
    Q_EMIT dataChanged(index(std::min(row, target)), index(std::max(row, target)));
    return true;
}

int CandidateListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_candidates.size());
}

QVariant CandidateListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)) {
        return {};
    }
    const domain::Candidate& candidate = m_candidates.at(index.row());
    const QString who = candidate.memberId
        ? tr("%1 (%2)").arg(candidate.name, m_memberNumbers.value(*candidate.memberId))
        : tr("%1 (not a member)").arg(candidate.name);
    const QString text = tr("%1. %2").arg(index.row() + 1).arg(who);
    return candidate.isWithdrawn ? tr("%1 — withdrawn").arg(text) : text;
}

} // namespace mutualise::app
