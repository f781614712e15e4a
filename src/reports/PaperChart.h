#pragma once

#include "Report.h"

#include <QCoreApplication>
#include <QRectF>

class QPainter;
class QPaintDevice;

namespace mutualise::reports {

// The bars of a ReportChart, taken from its table: what the chart shows, worked out before any drawing
// so that it can be checked against the table.
struct ChartBars
{
    QString title; // the chart's, with "the 15 largest of 120" when only the largest rows are shown
    QStringList labels; // one a bar
    QStringList series; // the stacked columns' titles
    QList<QList<qint64>> values; // values[bar][series], in minor units
};

// Bars on paper, drawn as lines and shapes so that they stay sharp at any size: a title, a key when
// several columns are stacked, money on the left with lines across at each step, and each bar's name
// under it (turned when the names are too wide, and every second or third when the bars are too many).
class PaperChart
{
    Q_DECLARE_TR_FUNCTIONS(PaperChart)

public:
    static ChartBars bars(const ReportTable& table, const ReportChart& chart,
                          const domain::Currency& currency);
    // A step between the money lines of a chart whose bars reach `largest` minor units: 1, 2 or 5 times a
    // power of ten, so that three to eight lines cross it; whole units of the currency (`minorPerMajor`
    // minor units) once the bars reach five.
    static qint64 moneyStep(qint64 largest, qint64 minorPerMajor);
    // The height a chart takes on a page `pageHeight` high.
    static qreal height(qreal pageHeight) { return pageHeight * 0.36; }
    static void paint(QPainter& painter, QPaintDevice& device, const QRectF& area, const ChartBars& bars,
                      const domain::Currency& currency);
};

} // namespace mutualise::reports
