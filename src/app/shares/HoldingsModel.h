#pragma once

#include "app/widgets/RowListModel.h"
#include "domain/Mutual.h"
#include "storage/ShareLedgerRepository.h"

#include <QDate>

namespace mutualise::app {

// Who holds what at the end of a day, as storage derives it from the ledger, with the totals that
// the page shows under the table.
class HoldingsModel : public RowListModel<storage::HoldingRow>
{
    Q_OBJECT

public:
    enum Column
    {
        NumberColumn,
        NameColumn,
        ClassColumn,
        SharesColumn,
        AmountColumn,
        ColumnCount
    };

    explicit HoldingsModel(QObject* parent = nullptr);

    void setSource(storage::MutualFile* file, const domain::Mutual& mutual);
    void setAsOf(const QDate& asOf);
    QDate asOf() const { return m_asOf; }
    void reload();

    qint64 holderCount() const { return rows().size(); }
    domain::Holding total() const { return m_total; }

private:
    QStringList headings() const override;
    Qt::Alignment alignment(int column) const override;
    QVariant cell(const storage::HoldingRow& row, int column, int role) const override;

    storage::MutualFile* m_file = nullptr;
    domain::Mutual m_mutual;
    QDate m_asOf = QDate::currentDate();
    domain::Holding m_total;
};

} // namespace mutualise::app
