#pragma once

#include <QHash>
#include <QList>
#include <QObject>
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

// Keeps a table within its width as the window is resized: one column (a name, say) stretches over the
// room the others leave, keeping at least `minimumStretch` pixels, and the columns of `hideFirst` are
// hidden, in that order, while the others do not fit beside it. No sideways scrolling, nothing cut.
class ColumnFitter : public QObject
{
public:
    ColumnFitter(QTableView* view, int stretchColumn, int minimumStretch, const QList<int>& hideFirst);

    // Fits a column to its heading and `texts` (see fitColumnToTexts), plus `extra` pixels (an icon's).
    void fit(int column, const QStringList& texts, int extra = 0);
    void setMinimumStretch(int width) { m_minimumStretch = width; }
    // Hides or shows the columns of `hideFirst` for the view's width now.
    void apply();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QTableView* m_view;
    // Kept apart from the view: the filter still hears the viewport while the view is being destroyed,
    // when the view can no longer be asked for it.
    QObject* m_viewport;
    int m_stretchColumn;
    int m_minimumStretch;
    QList<int> m_hideFirst;
    QHash<int, int> m_widths;
};

// The ways QLocale's short format writes dates, one per month, for sizing a date column.
QStringList sampleShortDates();

} // namespace mutualise::app
