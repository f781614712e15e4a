#include "app/motions/MotionListModel.h"

#include "storage/MotionRepository.h"

#include <QColor>
#include <QPalette>

#include <algorithm>

namespace mutualise::app {

MotionListModel::MotionListModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void MotionListModel::setSource(storage::MutualFile* file, std::optional<qint64> meetingId)
{
    const bool isSameSource = file == m_file && meetingId == m_meetingId;
    m_file = file;
    m_meetingId = meetingId;
    if (!isSameSource) {
        beginResetModel();
        m_motions.clear();
        endResetModel();
    }
    reload();
}

void MotionListModel::reload()
{
    QList<domain::Motion> motions;
    m_lastError.clear();
    if (m_file && m_meetingId) {
        auto all = storage::MotionRepository(*m_file).all(*m_meetingId);
        if (all) {
            motions = std::move(all).value();
        } else {
            m_lastError = all.error().message;
        }
    }
    const bool isSameMotions = motions.size() == m_motions.size()
        && std::equal(motions.cbegin(), motions.cend(), m_motions.cbegin(),
                      [](const domain::Motion& left, const domain::Motion& right) {
                          return left.id == right.id;
                      });
    // The same motions in the same order: changed in place, so that the selection stays put.
    if (isSameMotions && !motions.isEmpty()) {
        m_motions = std::move(motions);
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_motions = std::move(motions);
    endResetModel();
}

std::optional<domain::Motion> MotionListModel::motionAt(int row) const
{
    if (row < 0 || row >= m_motions.size()) {
        return std::nullopt;
    }
    return m_motions.at(row);
}

std::optional<int> MotionListModel::rowOf(qint64 motionId) const
{
    for (int row = 0; row < m_motions.size(); ++row) {
        if (m_motions.at(row).id == motionId) {
            return row;
        }
    }
    return std::nullopt;
}

int MotionListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_motions.size());
}

int MotionListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MotionListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const domain::Motion& motion = m_motions.at(index.row());
    if (role == MotionIdRole) {
        return motion.id;
    }
    if (role == Qt::ToolTipRole && index.column() == TitleColumn) {
        return motion.isSecret ? tr("%1 (secret ballot)").arg(motion.title) : motion.title;
    }
    if (role == Qt::ForegroundRole && index.column() == OutcomeColumn && motion.outcome) {
        switch (*motion.outcome) {
        case domain::MotionOutcome::Carried:
            return QColor(0x1b, 0x5e, 0x20);
        case domain::MotionOutcome::Defeated:
            return QColor(0xb3, 0x26, 0x1e);
        case domain::MotionOutcome::Void:
            return QPalette().brush(QPalette::PlaceholderText);
        }
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (index.column()) {
    case TitleColumn:
        return motion.isSecret ? tr("%1 (secret)").arg(motion.title) : motion.title;
    case SchemeColumn:
        return domain::votingSchemeLabel(motion.rules.scheme);
    case ThresholdColumn:
        return domain::thresholdLabel(motion.rules.threshold);
    case StateColumn:
        return domain::motionStateLabel(motion.state);
    case OutcomeColumn:
        return motion.outcome ? domain::motionOutcomeLabel(*motion.outcome) : QString();
    default:
        return {};
    }
}

QVariant MotionListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case TitleColumn:
        return tr("Motion");
    case SchemeColumn:
        return tr("Voting");
    case ThresholdColumn:
        return tr("Threshold");
    case StateColumn:
        return tr("State");
    case OutcomeColumn:
        return tr("Outcome");
    default:
        return {};
    }
}

} // namespace mutualise::app
