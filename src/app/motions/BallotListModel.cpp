#include "app/motions/BallotListModel.h"

#include <QLocale>
#include <QPalette>

namespace mutualise::app {

BallotListModel::BallotListModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void BallotListModel::setSource(storage::MutualFile* file, std::optional<qint64> motionId)
{
    m_file = file;
    m_motionId = motionId;
    reload();
}

void BallotListModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_lastError.clear();
    if (m_file && m_motionId) {
        auto rows = storage::MotionRepository(*m_file).ballots(*m_motionId);
        if (rows) {
            m_rows = std::move(rows).value();
        } else {
            m_lastError = rows.error().message;
        }
    }
    endResetModel();
}

std::optional<storage::BallotRow> BallotListModel::rowAt(int row) const
{
    if (row < 0 || row >= m_rows.size()) {
        return std::nullopt;
    }
    return m_rows.at(row);
}

int BallotListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int BallotListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BallotListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const storage::BallotRow& row = m_rows.at(index.row());
    if (role == Qt::ForegroundRole && index.column() == ChoiceColumn && !row.choice) {
        return QPalette().brush(QPalette::PlaceholderText);
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (index.column()) {
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

QVariant BallotListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case MemberColumn:
        return tr("Member");
    case ChoiceColumn:
        return tr("Choice");
    case MethodColumn:
        return tr("Cast");
    case CastAtColumn:
        return tr("Recorded");
    default:
        return {};
    }
}

} // namespace mutualise::app
