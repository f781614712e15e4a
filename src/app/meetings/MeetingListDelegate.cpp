#include "app/meetings/MeetingListDelegate.h"

#include "app/meetings/MeetingListModel.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QPainter>
#include <QTextLayout>

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

QStringList MeetingListDelegate::titleLines(const QString& title, const QFont& font, int width)
{
    const QFont titleFont = titleFontOf(font);
    const QFontMetrics metrics(titleFont);
    if (width <= 0 || metrics.horizontalAdvance(title) <= width) {
        return { title };
    }
    // The first line breaks between words (inside a word only if one word is wider than the list).
    QTextLayout layout(title, titleFont);
    QTextOption wrapping;
    wrapping.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(wrapping);
    layout.beginLayout();
    QTextLine first = layout.createLine();
    first.setLineWidth(width);
    const int firstLength = first.textLength();
    layout.endLayout();
    const QString rest = title.mid(firstLength).trimmed();
    if (rest.isEmpty()) {
        return { title.trimmed() };
    }
    return { title.left(firstLength).trimmed(), metrics.elidedText(rest, Qt::ElideMiddle, width) };
}

int MeetingListDelegate::textWidth(const QWidget* view)
{
    const auto* itemView = qobject_cast<const QAbstractItemView*>(view);
    return itemView ? itemView->viewport()->width() - 2 * padding : 0;
}

void MeetingListDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                                const QModelIndex& index) const
{
    QStyleOptionViewItem item = option;
    initStyleOption(&item, index);
    item.text.clear(); // the background, selection and focus only: the lines are drawn below
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
    const QStringList title = titleLines(index.data(Qt::DisplayRole).toString(), item.font, area.width());
    const QString subtitle = index.data(MeetingListModel::SubtitleRole).toString();

    painter->save();
    painter->setFont(titleFont);
    painter->setPen(item.palette.color(group, isSelected ? QPalette::HighlightedText : QPalette::Text));
    int top = area.top();
    for (const QString& line : title) {
        painter->drawText(QRect(area.left(), top, area.width(), titleMetrics.height()),
                          Qt::AlignLeft | Qt::AlignVCenter, line);
        top += titleMetrics.height();
    }
    painter->setFont(item.font);
    painter->setPen(
        item.palette.color(group, isSelected ? QPalette::HighlightedText : QPalette::PlaceholderText));
    const QRect subtitleRect(area.left(), top + lineSpacing, area.width(), subtitleMetrics.height());
    painter->drawText(subtitleRect, Qt::AlignLeft | Qt::AlignVCenter,
                      subtitleMetrics.elidedText(subtitle, Qt::ElideRight, area.width()));
    painter->restore();
}

QSize MeetingListDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    // Only as wide as asked for: the list's width decides, and a longer name takes a second line.
    const int width = textWidth(option.widget);
    const auto titleLineCount
        = static_cast<int>(titleLines(index.data(Qt::DisplayRole).toString(), option.font, width).size());
    const int height = titleLineCount * QFontMetrics(titleFontOf(option.font)).height() + lineSpacing
        + QFontMetrics(option.font).height() + 2 * padding;
    return { 10 * padding, height };
}

} // namespace mutualise::app
