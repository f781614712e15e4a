#pragma once

#include "domain/Mutual.h"
#include "storage/ShareLedgerRepository.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QList>

namespace mutualise::app {

// Who holds what at the end of a day, as storage derives it from the ledger, with the totals that
// the page shows under the table.
class HoldingsModel : public QAbstractTableModel
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

    qint64 holderCount() const { return m_rows.size(); }
    domain::Holding total() const { return m_total; }
    QString lastError() const { return m_lastError; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    storage::MutualFile* m_file = nullptr;
    domain::Mutual m_mutual;
    QDate m_asOf = QDate::currentDate();
    QList<storage::HoldingRow> m_rows;
    domain::Holding m_total;
    QString m_lastError;
};

} // namespace mutualise::app
