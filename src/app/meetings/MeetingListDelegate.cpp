#include "app/meetings/MeetingListDelegate.h"

#include "app/meetings/MeetingListModel.h"

#include <QApplication>
#include <QPainter>

namespace mutualise::app {

namespace {

constexpr int padding = 8;
constexpr int lineSpacing = 2;

QFont titleFontOf(const QFont& base)
{
    QFont font = base;
    font.setBold(true);
    return font;
}

} // namespace

void MeetingListDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                                const QModelIndex& index) const
{
    QStyleOptionViewItem item = option;
    initStyleOption(&item, index);
    item.text.clear(); // the background, selection and focus only: the two lines are drawn below
    const QWidget* widget = item.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &item, painter, widget);

    const bool isSelected = item.state.testFlag(QStyle::State_Selected);
    const QPalette::ColorGroup group = !item.state.testFlag(QStyle::State_Enabled) ? QPalette::Disabled
        : item.state.testFlag(QStyle::State_Active)                                ? QPalette::Active
                                                                                   : QPalette::Inactive;
    const QRect area = item.rect.adjusted(padding, padding, -padding, -padding);
    const QFont titleFont = titleFontOf(item.font);
    const QFontMetrics titleMetrics(titleFont);
    const QFontMetrics subtitleMetrics(item.font);
    const QString title = index.data(Qt::DisplayRole).toString();
    const QString subtitle = index.data(MeetingListModel::SubtitleRole).toString();

    painter->save();
    painter->setFont(titleFont);
    painter->setPen(item.palette.color(group, isSelected ? QPalette::HighlightedText : QPalette::Text));
    const QRect titleRect(area.left(), area.top(), area.width(), titleMetrics.height());
    painter->drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter,
                      titleMetrics.elidedText(title, Qt::ElideRight, area.width()));
    painter->setFont(item.font);
    painter->setPen(
        item.palette.color(group, isSelected ? QPalette::HighlightedText : QPalette::PlaceholderText));
    const QRect subtitleRect(area.left(), titleRect.bottom() + 1 + lineSpacing, area.width(),
                             subtitleMetrics.height());
    painter->drawText(subtitleRect, Qt::AlignLeft | Qt::AlignVCenter,
                      subtitleMetrics.elidedText(subtitle, Qt::ElideRight, area.width()));
    painter->restore();
}

QSize MeetingListDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex&) const
{
    // Only as wide as asked for: the list's width decides, and longer names are cut short.
    const int height = QFontMetrics(titleFontOf(option.font)).height() + lineSpacing
        + QFontMetrics(option.font).height() + 2 * padding;
    return { 10 * padding, height };
}

} // namespace mutualise::app
