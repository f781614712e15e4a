#include "app/reinvestment/AllocationTableModel.h"

#include "domain/Text.h"
#include "storage/MotionRepository.h"

#include <QHash>
#include <QLocale>

namespace mutualise::app {

QString financialYearName(const domain::Period& year)
{
    if (year.first.year() == year.last.year()) {
        return QString::number(year.first.year());
    }
    //: A financial year over two calendar years: "2025/26"
    return AllocationTableModel::tr("%1/%2")
        .arg(year.first.year())
        .arg(year.last.year() % 100, 2, 10, QLatin1Char('0'));
}

QString financialYearWithDates(const domain::Period& year)
{
    const QLocale locale;
    //: A financial year and its dates: "2025/26 (1 Apr 2025 – 31 Mar 2026)"
    return AllocationTableModel::tr("%1 (%2 – %3)")
        .arg(financialYearName(year), locale.toString(year.first, QLocale::ShortFormat),
             locale.toString(year.last, QLocale::ShortFormat));
}

QString percentFromBasisPoints(int basisPoints)
{
    const QLocale locale;
    // Integer arithmetic: 250 bp is 2 whole per cent and 50 hundredths.
    return AllocationTableModel::tr("%1%").arg(
        locale.toString(basisPoints / 100) + locale.decimalPoint()
        + QStringLiteral("%1").arg(basisPoints % 100, 2, 10, QLatin1Char('0')));
}

AllocationTableModel::AllocationTableModel(QObject* parent)
    : RowListModel(ColumnCount, Headings::ColumnAligned, parent)
{ }

void AllocationTableModel::setSource(storage::MutualFile* file, const domain::Currency& currency)
{
    m_file = file;
    m_currency = currency;
    reload();
}

void AllocationTableModel::reload()
{
    if (!m_file) {
        showRows(QList<AllocationListRow>());
        return;
    }
    const auto allocations = storage::AllocationRepository(*m_file).all();
    if (!allocations) {
        showRows(allocations.error());
        return;
    }
    QHash<qint64, QString> titles;
    const auto motions = storage::MotionRepository(*m_file).all();
    if (motions) {
        for (const domain::Motion& motion : *motions) {
            titles.insert(motion.id, domain::visibleText(motion.title));
        }
    }
    QList<AllocationListRow> rows;
    for (const storage::AllocationRow& allocation : *allocations) {
        rows.append({ allocation, allocation.motionId ? titles.value(*allocation.motionId) : QString() });
    }
    updateRows(std::move(rows), [](const AllocationListRow& left, const AllocationListRow& right) {
        return left.allocation.id == right.allocation.id;
    });
}

std::optional<int> AllocationTableModel::rowOfYear(int year) const
{
    return firstRowWhere([year](const AllocationListRow& row) { return row.allocation.year == year; });
}

QStringList AllocationTableModel::headings() const
{
    return { tr("Year"), tr("Dates"),       tr("Status"),  tr("Surplus"), tr("Reserves"),  tr("Interest"),
             tr("Rate"), tr("Interest as"), tr("Rebates"), tr("Fund"),    tr("Resolution") };
}

Qt::Alignment AllocationTableModel::alignment(int column) const
{
    switch (column) {
    case SurplusColumn:
    case ReservesColumn:
    case InterestColumn:
    case RateColumn:
    case RebatesColumn:
    case FundColumn:
        return Qt::AlignRight | Qt::AlignVCenter;
    default:
        return Qt::AlignLeft | Qt::AlignVCenter;
    }
}

QVariant AllocationTableModel::cell(const AllocationListRow& row, int column, int role) const
{
    const storage::AllocationRow& allocation = row.allocation;
    if (role == SortRole) {
        switch (column) {
        case YearColumn:
        case PeriodColumn:
            return allocation.year;
        case SurplusColumn:
            return allocation.surplus;
        case ReservesColumn:
            return allocation.reserves;
        case InterestColumn:
            return allocation.interestTotal;
        case RateColumn:
            return allocation.interestRateBp;
        case RebatesColumn:
            return allocation.rebates;
        case FundColumn:
            return allocation.fund;
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && column == ResolutionColumn && allocation.motionId) {
        //: %1 is a motion's title, %2 its number, %3 a date
        return tr("%1\nMotion %2, approved on %3")
            .arg(row.resolutionTitle, QString::number(*allocation.motionId),
                 QLocale().toString(allocation.allocatedOn, QLocale::ShortFormat));
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    const auto money = [this](qint64 amount) { return domain::Money(amount, m_currency).format(QLocale()); };
    switch (column) {
    case YearColumn:
        return financialYearName(allocation.period);
    case PeriodColumn:
        //: The first and last day of a financial year
        return tr("%1 – %2").arg(QLocale().toString(allocation.period.first, QLocale::ShortFormat),
                                 QLocale().toString(allocation.period.last, QLocale::ShortFormat));
    case StatusColumn:
        return allocation.isApproved ? tr("Approved") : tr("Draft");
    case SurplusColumn:
        return money(allocation.surplus);
    case ReservesColumn:
        return money(allocation.reserves);
    case InterestColumn:
        return money(allocation.interestTotal);
    case RateColumn:
        return percentFromBasisPoints(allocation.interestRateBp);
    case ModeColumn:
        return allocation.interestMode == domain::InterestMode::Capitalise ? tr("Capitalised") : tr("Paid");
    case RebatesColumn:
        return money(allocation.rebates);
    case FundColumn:
        return money(allocation.fund);
    case ResolutionColumn:
        if (!allocation.motionId) {
            return tr("None yet");
        }
        return row.resolutionTitle.isEmpty() ? tr("Motion %1").arg(*allocation.motionId)
                                             : row.resolutionTitle;
    default:
        return {};
    }
}

} // namespace mutualise::app
