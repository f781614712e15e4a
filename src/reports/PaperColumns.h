#pragma once

#include "Report.h"

#include <QFontMetricsF>
#include <QList>

namespace mutualise::reports {

// How wide each column of a table is on paper `room` wide: figures, dates and short texts as wide as
// they need, what is left shared among the texts, the narrowest first, each given no more than it needs.
// A column's natural width is its widest text (of figures, the largest and smallest; of texts, the
// longest few by their characters) or the widest word of its heading.
struct PaperColumns
{
    const QFontMetricsF& body;
    const QFontMetricsF& bold;
    qreal padding = 0; // either side of a cell's text
    qreal room = 0;
    domain::Currency currency;

    QList<qreal> widths(const ReportTable& table) const;

private:
    QList<qreal> naturalWidths(const ReportTable& table, QList<qreal>& narrowest) const;
    QStringList longestTexts(const ReportTable& table, qsizetype column) const;
};

} // namespace mutualise::reports
