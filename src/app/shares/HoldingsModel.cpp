#include "app/shares/HoldingsModel.h"

#include "domain/Money.h"

namespace mutualise::app {

namespace {
bool isNumeric(int column)
{
    return column == HoldingsModel::SharesColumn || column == HoldingsModel::AmountColumn;
}
} // namespace

HoldingsModel::HoldingsModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void HoldingsModel::setSource(storage::MutualFile* file, const domain::Mutual& mutual)
{
    m_file = file;
    m_mutual = mutual;
    reload();
}

void HoldingsModel::setAsOf(const QDate& asOf)
{
    m_asOf = asOf;
    reload();
}

void HoldingsModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_total = {};
    m_lastError.clear();
    if (m_file && m_asOf.isValid()) {
        const storage::ShareLedgerRepository ledger(*m_file);
        auto rows = ledger.holdingsAsOf(m_asOf);
        const auto total = ledger.totalAsOf(m_asOf);
        if (rows && total) {
            m_rows = std::move(rows).value();
            m_total = *total;
        } else {
            m_lastError = rows ? total.error().message : rows.error().message;
        }
    }
    endResetModel();
}

int HoldingsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int HoldingsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HoldingsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const storage::HoldingRow& row = m_rows.at(index.row());
    if (role == Qt::TextAlignmentRole) {
        return QVariant::fromValue((isNumeric(index.column()) ? Qt::AlignRight : Qt::AlignLeft)
                                   | Qt::AlignVCenter);
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (index.column()) {
    case NumberColumn:
        return row.memberNumber;
    case NameColumn:
        return row.memberName;
    case ClassColumn:
        return row.className;
    case SharesColumn:
        return QLocale().toString(row.holding.shares);
    case AmountColumn:
        return domain::Money(row.holding.amount, m_mutual.currency).format(QLocale());
    default:
        return {};
    }
}

QVariant HoldingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    if (role == Qt::TextAlignmentRole) {
        return QVariant::fromValue((isNumeric(section) ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case NumberColumn:
        return tr("Number");
    case NameColumn:
        return tr("Name");
    case ClassColumn:
        return tr("Class");
    case SharesColumn:
        return tr("Shares");
    case AmountColumn:
        return tr("Amount");
    default:
        return {};
    }
}

} // namespace mutualise::app
