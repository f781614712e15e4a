#pragma once

#include <QColor>
#include <QFont>
#include <QTextLayout>
#include <QTextOption>

namespace mutualise::reports::paper {

// The lettering and colours every printed report shares.
inline QFont fontOf(qreal points, bool isBold = false)
{
    QFont font;
    font.setPointSizeF(points);
    font.setBold(isBold);
    font.setHintingPreference(QFont::PreferFullHinting);
    return font;
}

// A text laid out in lines of `width`, broken between words, or inside a word too long for a line.
inline void layOut(QTextLayout& layout, qreal width, int maximumLines,
                   Qt::Alignment alignment = Qt::AlignLeft)
{
    QTextOption option(alignment);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    qreal y = 0;
    for (int lines = 0; lines < maximumLines; ++lines) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(width);
        line.setPosition(QPointF(0, y));
        y += line.height();
    }
    layout.endLayout();
}

inline const QColor headingFill(0xe8, 0xeb, 0xef);
inline const QColor stripeFill(0xf5, 0xf6, 0xf8);
inline const QColor ruleColour(0x88, 0x8e, 0x96);
inline const QColor quietText(0x55, 0x55, 0x55);

} // namespace mutualise::reports::paper
