#pragma once

#include "reports/ResultFigures.h"

#include <QCoreApplication>
#include <QFont>
#include <QRectF>

class QPainter;
class QPaintDevice;

namespace mutualise::reports {

// The bars of a motion's vote drawn on a printed page, as the window's chart shows them: for, against
// and abstaining, each with its figure above it, on a scale with grid lines, and a legend under them.
// A round step between grid lines that gives three to five of them up to `largest`: 1, 2, 2.5 or 5 times
// a power of ten. Counts of members and shares are whole, so their step is never below 1.
double chartTickStep(double largest, bool isFractional);

class MotionChart
{
    Q_DECLARE_TR_FUNCTIONS(MotionChart)

public:
    explicit MotionChart(ResultFigures figures);

    // The height the chart needs, in the device's units, when drawn in `font` on `device`.
    static qreal height(const QFont& font, QPaintDevice* device);
    void paint(QPainter& painter, const QRectF& rect, const QFont& font) const;

private:
    ResultFigures m_figures;
};

} // namespace mutualise::reports
