#include "app/widgets/ColumnWidths.h"

#include <QDate>
#include <QEvent>
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
    // An essential column the page has hidden itself takes no room.
    for (const int column : essential) {
        needed += view->isColumnHidden(column) ? 0 : widths.value(column);
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

ColumnFitter::ColumnFitter(QTableView* view, int stretchColumn, int minimumStretch,
                           const QList<int>& hideFirst)
    : QObject(view)
    , m_view(view)
    , m_viewport(view->viewport())
    , m_stretchColumn(stretchColumn)
    , m_minimumStretch(minimumStretch)
    , m_hideFirst(hideFirst)
{
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    view->horizontalHeader()->setSectionResizeMode(stretchColumn, QHeaderView::Stretch);
    view->viewport()->installEventFilter(this);
}

void ColumnFitter::fit(int column, const QStringList& texts, int extra)
{
    // A hidden column has no width to measure its heading by: it is shown again to be fitted.
    m_view->setColumnHidden(column, false);
    fitColumnToTexts(m_view, column, texts);
    m_widths[column] = m_view->columnWidth(column) + extra;
    m_view->setColumnWidth(column, m_widths[column]);
}

void ColumnFitter::apply()
{
    QList<int> essential;
    const int count = m_view->model() != nullptr ? m_view->model()->columnCount() : 0;
    for (int column = 0; column < count; ++column) {
        if (column != m_stretchColumn && !m_hideFirst.contains(column)) {
            essential << column;
        }
    }
    hideColumnsThatDoNotFit(m_view, m_minimumStretch, essential, m_hideFirst, m_widths);
}

bool ColumnFitter::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_viewport && event->type() == QEvent::Resize) {
        apply();
    }
    return QObject::eventFilter(watched, event);
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
