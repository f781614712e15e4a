#pragma once

#include <QHash>
#include <QList>
#include <QStringList>

class QTableView;

namespace mutualise::app {

// Sets a column just wide enough for its header and for the widest of `texts`, the values it can
// show. Unlike QHeaderView::ResizeToContents this reads no rows, so it stays instant on a register
// or ledger of any size; the user can still drag the column wider.
void fitColumnToTexts(QTableView* view, int column, const QStringList& texts);

// In a narrow view, keeps `minimumStretch` pixels for the column that stretches (a title, say) by hiding
// the columns of `hideFirst`, in that order, while they do not fit beside the `essential` ones. `widths`
// are the columns' fitted widths, remembered while they were shown (a hidden column has none).
void hideColumnsThatDoNotFit(QTableView* view, int minimumStretch, const QList<int>& essential,
                             const QList<int>& hideFirst, const QHash<int, int>& widths);

// The ways QLocale's short format writes dates, one per month, for sizing a date column.
QStringList sampleShortDates();

} // namespace mutualise::app
