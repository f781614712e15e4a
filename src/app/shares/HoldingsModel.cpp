#include "app/shares/HoldingsModel.h"

#include "domain/Money.h"

namespace mutualise::app {

HoldingsModel::HoldingsModel(QObject* parent)
    : RowListModel(ColumnCount, Headings::ColumnAligned, parent)
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
    m_total = {};
    if (!m_file || !m_asOf.isValid()) {
        showRows(QList<storage::HoldingRow>());
        return;
    }
    const storage::ShareLedgerRepository ledger(*m_file);
    auto rows = ledger.holdingsAsOf(m_asOf);
    const auto total = ledger.totalAsOf(m_asOf);
    if (rows && !total) {
        showRows(total.error());
        return;
    }
    if (rows) {
        m_total = *total;
    }
    showRows(std::move(rows));
}

QStringList HoldingsModel::headings() const
{
    return { tr("Number"), tr("Name"), tr("Class"), tr("Shares"), tr("Amount") };
}

Qt::Alignment HoldingsModel::alignment(int column) const
{
    const bool isNumeric = column == SharesColumn || column == AmountColumn;
    return (isNumeric ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter;
}

QVariant HoldingsModel::cell(const storage::HoldingRow& row, int column, int role) const
{
    if (role == SortRole) {
        // Numbers sort by value, not by their formatted text; the texts by what they show.
        switch (column) {
        case SharesColumn:
            return row.holding.shares;
        case AmountColumn:
            return row.holding.amount;
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (column) {
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

} // namespace mutualise::app
