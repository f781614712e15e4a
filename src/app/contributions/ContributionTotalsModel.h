#pragma once

#include "domain/Contribution.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QStringList>

namespace mutualise::app {

// Totals of contributions as storage adds them up: a row per member, class or period, a column per
// kind (share capital first, then the built-in kinds, then the mutual's own), the row's total, and a
// last row with the total of each column.
class ContributionTotalsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit ContributionTotalsModel(QObject* parent = nullptr);

    // `kindLabels` names each kind's column; `mutual` gives the currency and the financial year.
    void setTotals(const domain::ContributionTotals& totals, const QHash<QString, QString>& kindLabels,
                   const domain::Mutual& mutual);
    void clear();

    const domain::ContributionTotals& totals() const { return m_totals; }
    QStringList kindColumns() const { return m_kinds; }
    // The column of the row's total, and the row of the column totals.
    int totalColumn() const { return firstKindColumn() + static_cast<int>(m_kinds.size()); }
    int totalRow() const { return static_cast<int>(m_totals.rows.size()); }

    // What a person reads for a row's key: a financial year that runs over two calendar years as
    // "2024/25" (its key, 2024, is the year it starts in), its quarters as "2024/25 Q1".
    static QString keyText(const QString& key, domain::ContributionGrouping grouping,
                           const domain::Mutual& mutual);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    int firstKindColumn() const { return m_totals.grouping == domain::ContributionGrouping::Member ? 2 : 1; }
    QString cellText(int row, int column) const;

    domain::ContributionTotals m_totals;
    domain::Mutual m_mutual;
    QStringList m_kinds;
    QHash<QString, QString> m_kindLabels;
    bool m_hasTotals = false;
};

} // namespace mutualise::app
