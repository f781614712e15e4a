#pragma once

#include "reports/Report.h"

#include <QAbstractTableModel>

namespace mutualise::app {

// A report's table as the Reports page previews it: money and dates as the user's locale writes them,
// numbers to the right.
class ReportTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit ReportTableModel(QObject* parent = nullptr);

    void setTable(const reports::ReportTable& table, const domain::Currency& currency);
    void clear();
    const reports::ReportTable& table() const { return m_table; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    reports::ReportTable m_table;
    domain::Currency m_currency = domain::Currency::gbp();
};

} // namespace mutualise::app
