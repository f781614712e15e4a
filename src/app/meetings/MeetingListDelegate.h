#pragma once

#include <QStyledItemDelegate>

namespace mutualise::app {

// Draws a meeting in the list, its name in bold over its date and kind. A name too long for the list's
// width wraps onto a second line, and only one too long for two lines is cut, in the middle so that its
// end (often the year) stays; the list's tooltip gives it whole. The date and kind are cut short with
// "…" when the list is narrow, rather than pushing the list into sideways scrolling.
class MeetingListDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

    // The one or two lines a name is drawn on in `width` pixels of the list, in the bold of `font`.
    static QStringList titleLines(const QString& title, const QFont& font, int width);
    // The width a name has in the list `view`: the list's own, less the margins around the text.
    static int textWidth(const QWidget* view);
};

} // namespace mutualise::app
