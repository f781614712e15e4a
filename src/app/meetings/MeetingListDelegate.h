#pragma once

#include <QStyledItemDelegate>

namespace mutualise::app {

// Draws a meeting in the list on two lines, its name in bold over its date and kind, each cut short
// with "…" when the list is narrow rather than pushing the list into sideways scrolling.
class MeetingListDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace mutualise::app
