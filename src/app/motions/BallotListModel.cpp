#include "app/motions/BallotListModel.h"

#include <QLocale>
#include <QPalette>

namespace mutualise::app {

BallotListModel::BallotListModel(QObject* parent)
    : RowListModel(ColumnCount, Headings::HeaderAligned, parent)
{ }

void BallotListModel::setSource(storage::MutualFile* file, std::optional<qint64> motionId)
{
    m_file = file;
    m_motionId = motionId;
    reload();
}

void BallotListModel::reload()
{
    if (!m_file || !m_motionId) {
        showRows(QList<storage::BallotRow>());
        return;
    }
    showRows(storage::MotionRepository(*m_file).ballots(*m_motionId));
}

QStringList BallotListModel::headings() const
{
    return { tr("Member"), tr("Choice"), tr("Cast"), tr("Recorded") };
}

QVariant BallotListModel::cell(const storage::BallotRow& row, int column, int role) const
{
    if (role == Qt::ForegroundRole && column == ChoiceColumn && !row.choice) {
        return QPalette().brush(QPalette::PlaceholderText);
    }
    // When a ballot was recorded, by its time rather than its text.
    if (role == SortRole) {
        return column == CastAtColumn ? QVariant(row.castAt) : QVariant();
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (column) {
    case MemberColumn:
        return tr("%1 · %2").arg(row.memberNumber, row.memberName);
    case ChoiceColumn:
        //: A secret ballot's choice, which is never shown
        return row.choice ? domain::choiceLabel(*row.choice) : tr("Secret");
    case MethodColumn:
        if (row.method == domain::BallotMethod::Proxy) {
            return row.proxyNumber.isEmpty() ? tr("By proxy (the chair)")
                                             : tr("By proxy (%1)").arg(row.proxyNumber);
        }
        return domain::ballotMethodLabel(row.method);
    case CastAtColumn:
        return QLocale().toString(row.castAt.toLocalTime(), QLocale::ShortFormat);
    default:
        return {};
    }
}

} // namespace mutualise::app
