#include "app/contributions/ContributionTotalsModel.h"

#include "domain/Money.h"

#include <QColor>
#include <QFont>

using namespace Qt::StringLiterals;

namespace mutualise::app {

ContributionTotalsModel::ContributionTotalsModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void ContributionTotalsModel::setTotals(const domain::ContributionTotals& totals,
                                        const QHash<QString, QString>& kindLabels,
                                        const domain::Mutual& mutual)
{
    beginResetModel();
    m_totals = totals;
    m_kindLabels = kindLabels;
    m_mutual = mutual;
    m_kinds = domain::contributionKindsInOrder(totals.amountByKind);
    m_hasTotals = true;
    endResetModel();
}

void ContributionTotalsModel::clear()
{
    beginResetModel();
    m_totals = {};
    m_kinds.clear();
    m_hasTotals = false;
    endResetModel();
}

QString ContributionTotalsModel::keyText(const QString& key, domain::ContributionGrouping grouping,
                                         const domain::Mutual& mutual)
{
    const bool isCalendarYear = mutual.financialYearStartMonth == 1 && mutual.financialYearStartDay == 1;
    if (isCalendarYear
        || (grouping != domain::ContributionGrouping::Year
            && grouping != domain::ContributionGrouping::Quarter)) {
        return key;
    }
    const int year = key.left(4).toInt();
    const QString years = u"%1/%2"_s.arg(year).arg((year + 1) % 100, 2, 10, QLatin1Char('0'));
    return grouping == domain::ContributionGrouping::Year ? years : years + u' ' + key.mid(5);
}

int ContributionTotalsModel::rowCount(const QModelIndex& parent) const
{
    // The rows and the line of totals under them.
    return parent.isValid() || !m_hasTotals ? 0 : static_cast<int>(m_totals.rows.size()) + 1;
}

int ContributionTotalsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : totalColumn() + 1;
}

QString ContributionTotalsModel::cellText(int row, int column) const
{
    const QLocale locale;
    const auto money = [&](qint64 amount) { return domain::Money(amount, m_mutual.currency).format(locale); };
    const bool isTotalRow = row == totalRow();
    if (column == 0) {
        return isTotalRow ? tr("Total") : keyText(m_totals.rows.at(row).key, m_totals.grouping, m_mutual);
    }
    if (column < firstKindColumn()) {
        return isTotalRow ? QString() : m_totals.rows.at(row).label;
    }
    if (column == totalColumn()) {
        return money(isTotalRow ? m_totals.total : m_totals.rows.at(row).amount);
    }
    const QString& kind = m_kinds.at(column - firstKindColumn());
    const QMap<QString, qint64>& amounts
        = isTotalRow ? m_totals.amountByKind : m_totals.rows.at(row).amountByKind;
    return amounts.contains(kind) ? money(amounts.value(kind)) : QString();
}

QVariant ContributionTotalsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    const int row = index.row();
    const int column = index.column();
    const bool isTotalRow = row == totalRow();
    switch (role) {
    case Qt::DisplayRole:
        return cellText(row, column);
    case Qt::ToolTipRole:
        return column > 0 && column < firstKindColumn() ? cellText(row, column) : QVariant();
    case Qt::TextAlignmentRole:
        return QVariant::fromValue((column >= firstKindColumn() ? Qt::AlignRight : Qt::AlignLeft)
                                   | Qt::AlignVCenter);
    case Qt::FontRole:
        if (isTotalRow || column == totalColumn()) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ForegroundRole: {
        // Reversals beyond what they undo leave a negative figure: shown in red, never hidden.
        if (column < firstKindColumn()) {
            return {};
        }
        qint64 amount = 0;
        if (column == totalColumn()) {
            amount = isTotalRow ? m_totals.total : m_totals.rows.at(row).amount;
        } else {
            const QString& kind = m_kinds.at(column - firstKindColumn());
            amount = (isTotalRow ? m_totals.amountByKind : m_totals.rows.at(row).amountByKind).value(kind);
        }
        return amount < 0 ? QVariant(QColor(0xb3, 0x26, 0x1e)) : QVariant();
    }
    default:
        return {};
    }
}

QVariant ContributionTotalsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal) {
        return {};
    }
    if (role == Qt::TextAlignmentRole) {
        return QVariant::fromValue((section >= firstKindColumn() ? Qt::AlignRight : Qt::AlignLeft)
                                   | Qt::AlignVCenter);
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    if (section == 0) {
        switch (m_totals.grouping) {
        case domain::ContributionGrouping::Member:
            return tr("Member");
        case domain::ContributionGrouping::Class:
            return tr("Class");
        case domain::ContributionGrouping::Month:
            return tr("Month");
        case domain::ContributionGrouping::Quarter:
            return tr("Quarter");
        case domain::ContributionGrouping::Year:
            return tr("Year");
        }
    }
    if (section < firstKindColumn()) {
        return tr("Name");
    }
    if (section == totalColumn()) {
        return tr("Total");
    }
    const QString& kind = m_kinds.value(section - firstKindColumn());
    return domain::contributionKindLabel(kind, m_kindLabels.value(kind));
}

} // namespace mutualise::app
