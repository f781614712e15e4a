#include "app/reinvestment/SavingsTotalsModel.h"

#include "domain/Text.h"
#include "storage/MemberRepository.h"
#include "storage/SavingsRepository.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace mutualise::app {

QString financialYearName(int year)
{
    //: A financial year: "2025–26" for the one starting in 2025
    return SavingsTotalsModel::tr("%1–%2").arg(year).arg((year + 1) % 100, 2, 10, QLatin1Char('0'));
}

SavingsTotalsModel::SavingsTotalsModel(QObject* parent)
    : RowListModel(ColumnCount, Headings::ColumnAligned, parent)
{ }

QStringList SavingsTotalsModel::headings() const
{
    QString key;
    switch (m_grouping) {
    case domain::SavingsGrouping::Member:
        key = tr("Member");
        break;
    case domain::SavingsGrouping::Service:
        key = tr("Service");
        break;
    case domain::SavingsGrouping::Class:
        key = tr("Class");
        break;
    case domain::SavingsGrouping::Year:
        key = tr("Financial year");
        break;
    }
    return { key, tr("Baseline"), tr("Actual cost"), tr("Saving") };
}

Qt::Alignment SavingsTotalsModel::alignment(int column) const
{
    return column == KeyColumn ? Qt::AlignLeft | Qt::AlignVCenter : Qt::AlignRight | Qt::AlignVCenter;
}

void SavingsTotalsModel::load(storage::MutualFile* file, const domain::Currency& currency,
                              domain::SavingsGrouping grouping, std::optional<int> year)
{
    m_currency = currency;
    const bool isNewGrouping = grouping != m_grouping;
    m_grouping = grouping;
    m_total = {};
    m_memberNames.clear();
    if (file && grouping == domain::SavingsGrouping::Member) {
        // The totals name members by number; the name beside it is what people recognise.
        if (const auto members = storage::MemberRepository(*file).allMembers()) {
            for (const domain::Member& member : *members) {
                m_memberNames.insert(member.number, member.name);
            }
        }
    }
    if (!file) {
        showRows(QList<domain::SavingsTotal>());
    } else {
        auto read = storage::SavingsRepository(*file).totals(grouping, year);
        if (read) {
            m_total = read->total;
            showRows(read->rows);
        } else {
            showRows(read.error());
        }
    }
    if (isNewGrouping) {
        Q_EMIT headerDataChanged(Qt::Horizontal, KeyColumn, KeyColumn);
    }
}

QVariant SavingsTotalsModel::cell(const domain::SavingsTotal& row, int column, int role) const
{
    if (role == Qt::ForegroundRole && column == SavingColumn && row.saving < 0) {
        // A negative saving is shown, in red with its minus sign, never hidden.
        return QBrush(QColor(0xb0, 0x00, 0x20));
    }
    if (role == SortRole) {
        switch (column) {
        case KeyColumn:
            return m_grouping == domain::SavingsGrouping::Year ? QVariant(row.key.toInt())
                                                               : QVariant(row.key);
        case BaselineColumn:
            return row.baseline;
        case ActualColumn:
            return row.actual;
        case SavingColumn:
            return row.saving;
        default:
            return {};
        }
    }
    const QString name = m_memberNames.value(row.key);
    const QString key = name.isEmpty()
        ? domain::visibleText(row.key)
        //: A member in the totals: "C001 · Calderdale Council"
        : tr("%1 · %2").arg(domain::visibleText(row.key), domain::visibleText(name));
    if (role == Qt::ToolTipRole && column == KeyColumn) {
        return key;
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (column) {
    case KeyColumn:
        return m_grouping == domain::SavingsGrouping::Year ? financialYearName(row.key.toInt()) : key;
    case BaselineColumn:
        return domain::Money(row.baseline, m_currency).format(QLocale());
    case ActualColumn:
        return domain::Money(row.actual, m_currency).format(QLocale());
    case SavingColumn:
        return domain::Money(row.saving, m_currency).format(QLocale());
    default:
        return {};
    }
}

} // namespace mutualise::app
