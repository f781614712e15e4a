#pragma once

#include "app/widgets/RowListModel.h"
#include "domain/Money.h"
#include "domain/Savings.h"

#include <QHash>

#include <optional>

namespace mutualise::storage {
class MutualFile;
}

namespace mutualise::app {

// The savings added up by member, service, member class or financial year, over every year or one.
class SavingsTotalsModel : public RowListModel<domain::SavingsTotal>
{
    Q_OBJECT

public:
    enum Column
    {
        KeyColumn,
        BaselineColumn,
        ActualColumn,
        SavingColumn,
        ColumnCount
    };

    explicit SavingsTotalsModel(QObject* parent = nullptr);

    // Reads the totals again; without a file, shows none.
    void load(storage::MutualFile* file, const domain::Currency& currency, domain::SavingsGrouping grouping,
              std::optional<int> year);
    domain::SavingsGrouping grouping() const { return m_grouping; }
    // The sum of the rows.
    domain::SavingsTotal total() const { return m_total; }

protected:
    QStringList headings() const override;
    QVariant cell(const domain::SavingsTotal& row, int column, int role) const override;
    Qt::Alignment alignment(int column) const override;

private:
    domain::Currency m_currency = domain::Currency::gbp();
    domain::SavingsGrouping m_grouping = domain::SavingsGrouping::Service;
    domain::SavingsTotal m_total;
    QHash<QString, QString> m_memberNames; // by number, while grouped by member
};

// A financial year as people name it: "2025–26" for the year starting in 2025.
QString financialYearName(int year);

} // namespace mutualise::app
