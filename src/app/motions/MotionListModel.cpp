#include "app/motions/MotionListModel.h"

#include "storage/MotionRepository.h"

#include <QColor>
#include <QPalette>

namespace mutualise::app {

MotionListModel::MotionListModel(QObject* parent)
    : RowListModel(ColumnCount, Headings::HeaderAligned, parent)
{ }

void MotionListModel::setSource(storage::MutualFile* file, std::optional<qint64> meetingId)
{
    const bool isSameSource = file == m_file && meetingId == m_meetingId;
    m_file = file;
    m_meetingId = meetingId;
    if (!isSameSource) {
        showRows(QList<domain::Motion>());
    }
    reload();
}

void MotionListModel::reload()
{
    if (!m_file || !m_meetingId) {
        showRows(QList<domain::Motion>());
        return;
    }
    // The same motions in the same order: changed in place, so that the selection stays put.
    updateRows(storage::MotionRepository(*m_file).all(*m_meetingId),
               [](const domain::Motion& left, const domain::Motion& right) { return left.id == right.id; });
}

std::optional<int> MotionListModel::rowOf(qint64 motionId) const
{
    return firstRowWhere([motionId](const domain::Motion& motion) { return motion.id == motionId; });
}

QStringList MotionListModel::headings() const
{
    return { tr("Motion"), tr("Voting"), tr("Threshold"), tr("State"), tr("Outcome") };
}

QVariant MotionListModel::cell(const domain::Motion& motion, int column, int role) const
{
    if (role == MotionIdRole) {
        return motion.id;
    }
    // States in the order voting goes; the rest by their text.
    if (role == SortRole) {
        return column == StateColumn ? QVariant(static_cast<int>(motion.state)) : QVariant();
    }
    if (role == Qt::ToolTipRole && column == TitleColumn) {
        return motion.isSecret ? tr("%1 (secret ballot)").arg(motion.title) : motion.title;
    }
    if (role == Qt::ForegroundRole && column == OutcomeColumn && motion.outcome) {
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
    switch (column) {
    case TitleColumn:
        return motion.isSecret ? tr("%1 (secret)").arg(motion.title) : motion.title;
    case SchemeColumn:
        return domain::votingSchemeLabel(motion.rules.scheme);
    case ThresholdColumn:
        return domain::thresholdLabel(motion.rules.threshold);
    case StateColumn:
        return domain::voteStateLabel(motion.state);
    case OutcomeColumn:
        return motion.outcome ? domain::motionOutcomeLabel(*motion.outcome) : QString();
    default:
        return {};
    }
}

} // namespace mutualise::app
