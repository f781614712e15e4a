#pragma once

#include <QStringList>

class QTableView;

namespace mutualise::app {

// Sets a column just wide enough for its header and for the widest of `texts`, the values it can
// show. Unlike QHeaderView::ResizeToContents this reads no rows, so it stays instant on a register
// or ledger of any size; the user can still drag the column wider.
void fitColumnToTexts(QTableView* view, int column, const QStringList& texts);

// The ways QLocale's short format writes dates, one per month, for sizing a date column.
QStringList sampleShortDates();

} // namespace mutualise::app
