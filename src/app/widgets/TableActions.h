#pragma once

#include "domain/Money.h"
#include "reports/Report.h"

#include <QString>

#include <functional>

class QTableView;

namespace mutualise::app {

// The property of a window holding the open mutual's currency code ("GBP"): tables read it to tell the
// amounts they show from other figures when they are copied or exported.
inline constexpr char currencyProperty[] = "mutualiseCurrency";
// The property of a table view naming what it holds ("Members"), for the file an export suggests.
inline constexpr char exportTitleProperty[] = "exportTitle";

// Which rows of a table to take.
enum class TableRows
{
    Selected,
    All,
};

// What a table shows, as a report table: its visible columns in the view's order under their headings,
// and its rows in the view's order (sorted and filtered as shown), fetching first any rows the view has
// not read yet. A column holds money when each cell's sort value (TableModel::SortRole) is a whole
// number of minor units shown as that amount of `currency`, integers when shown as that number, dates
// when the sort value is a date, and text otherwise, as shown.
reports::ReportTable shownTable(const QTableView& view, TableRows rows, const domain::Currency& currency);

// The table as a spreadsheet pastes it into cells: a line of headings, then a line a row, the cells
// separated by tabs, as the window shows them. A tab or a line break inside a cell becomes a space.
QString tabSeparatedText(const reports::ReportTable& table, const domain::Currency& currency);

// The currency of the mutual open in `view`'s window (see currencyProperty), pounds when none is.
domain::Currency currencyOf(const QTableView& view);

// Gives a table what finance officers expect of one: Ctrl+A selects every row, Ctrl+C copies the
// selected rows (every row when the table selects none) with their headings as tab-separated text, and a
// context menu offers Copy, Select All and Export to CSV… / Excel… of what the table shows, through the
// writers of the reports.
void addCopyAndExport(QTableView* view);

// Tests answer the export's save dialog with a path (empty for Cancel); nothing restores the dialog.
void setTableExportPathChooser(std::function<QString(const QString& suggested)> chooser);

} // namespace mutualise::app
