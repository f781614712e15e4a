#pragma once

class QAbstractItemModel;
class QSortFilterProxyModel;
class QTableView;

namespace mutualise::app {

// Shows `model` in `view` through a proxy that sorts when a heading is clicked (again for the
// reverse order), by each cell's TableModel::SortRole: numbers and dates in their own order, texts
// as the user's language orders them, ignoring case and reading the digits in them as numbers ("C2" before
// "C10"). The view starts in the model's own order. Indexes of the view are the proxy's: map them with
// mapToSource() before asking the model for a row.
QSortFilterProxyModel* makeSortable(QTableView* view, QAbstractItemModel* model);

} // namespace mutualise::app
