#pragma once

#include "app/widgets/RowListModel.h"
#include "domain/Money.h"
#include "storage/AllocationRepository.h"

namespace mutualise::app {

// An allocation as the tab lists it: the stored row and the title of its approving motion.
struct AllocationListRow
{
    storage::AllocationRow allocation;
    QString resolutionTitle;
};

// "2025/26" for a year from 1 April 2025 to 31 March 2026; "2025" for a calendar year.
QString financialYearName(const domain::Period& year);
// "2025/26 (1 Apr 2025 – 31 Mar 2026)".
QString financialYearWithDates(const domain::Period& year);
// "2.50%" for 250 basis points, in the user's language.
QString percentFromBasisPoints(int basisPoints);

// Every financial year's allocation, draft or approved, with its parts.
class AllocationTableModel : public RowListModel<AllocationListRow>
{
    Q_OBJECT

public:
    enum Column
    {
        YearColumn,
        PeriodColumn,
        StatusColumn,
        SurplusColumn,
        ReservesColumn,
        InterestColumn,
        RateColumn,
        ModeColumn,
        RebatesColumn,
        FundColumn,
        ResolutionColumn,
        ColumnCount
    };

    explicit AllocationTableModel(QObject* parent = nullptr);

    void setSource(storage::MutualFile* file, const domain::Currency& currency);
    void reload();
    // The row of the year's allocation, if it is listed.
    std::optional<int> rowOfYear(int year) const;

private:
    QStringList headings() const override;
    Qt::Alignment alignment(int column) const override;
    QVariant cell(const AllocationListRow& row, int column, int role) const override;

    storage::MutualFile* m_file = nullptr;
    domain::Currency m_currency = domain::Currency::gbp();
};

} // namespace mutualise::app
