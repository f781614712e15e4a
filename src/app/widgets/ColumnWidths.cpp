#include "app/widgets/ColumnWidths.h"

#include <QDate>
#include <QHeaderView>
#include <QLocale>
#include <QStyle>
#include <QTableView>

namespace mutualise::app {

void fitColumnToTexts(QTableView* view, int column, const QStringList& texts)
{
    const QFontMetrics metrics(view->font());
    // What QStyledItemDelegate puts around a cell's text, and a pixel each side for the grid.
    const int padding = 2 * (view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 1) + 2;
    int width = view->horizontalHeader()->sectionSizeHint(column);
    for (const QString& text : texts) {
        width = std::max(width, metrics.horizontalAdvance(text) + padding);
    }
    view->setColumnWidth(column, width);
}

void hideColumnsThatDoNotFit(QTableView* view, int minimumStretch, const QList<int>& essential,
                             const QList<int>& hideFirst, const QHash<int, int>& widths)
{
    const int available = view->viewport()->width() - minimumStretch;
    int needed = 0;
    for (const int column : essential) {
        needed += widths.value(column);
    }
    for (const int column : hideFirst) {
        needed += widths.value(column);
    }
    // The first to hide needs room for all the others; the last only for itself.
    for (const int column : hideFirst) {
        view->setColumnHidden(column, available < needed);
        needed -= widths.value(column);
    }
}

QStringList sampleShortDates()
{
    const QLocale locale;
    QStringList dates;
    for (int month = 1; month <= 12; ++month) {
        dates << locale.toString(QDate(2000, month, 28), QLocale::ShortFormat);
    }
    return dates;
}

} // namespace mutualise::app
