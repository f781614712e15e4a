#include "reports/MotionChart.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace mutualise::reports {

namespace {

// The window's colours (MotionResultView), so that the minutes read as the screen did.
const QColor forColour(0x2e, 0x7d, 0x32);
const QColor againstColour(0xc6, 0x28, 0x28);
const QColor abstainColour(0x9e, 0x9e, 0x9e);
const QColor gridColour(0xdd, 0xdd, 0xdd);
const QColor textColour(Qt::black);

} // namespace

// A round step between grid lines that gives three to five of them up to `largest`: 1, 2, 2.5 or 5 times
// a power of ten. Counts of members and shares are whole, so their step is never below 1.
double chartTickStep(double largest, bool isFractional)
{
    if (largest <= 0) {
        return 1;
    }
    const double rough = largest / 4;
    const double magnitude = std::pow(10.0, std::floor(std::log10(rough)));
    double step = 10 * magnitude;
    for (const double multiple : { 1.0, 2.0, 2.5, 5.0 }) {
        if (multiple * magnitude >= rough) {
            step = multiple * magnitude;
            break;
        }
    }
    return isFractional ? step : std::max(1.0, std::round(step));
}

MotionChart::MotionChart(ResultFigures figures)
    : m_figures(std::move(figures))
{ }

qreal MotionChart::height(const QFont& font, QPaintDevice* device)
{
    return 16 * QFontMetricsF(font, device).height();
}

void MotionChart::paint(QPainter& painter, const QRectF& rect, const QFont& font) const
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setFont(font);
    const QFontMetricsF metrics(font, painter.device());
    const qreal lineHeight = metrics.height();
    const qreal line = std::max(lineHeight / 16, 1.0);
    const QList<std::pair<const ChoiceFigure*, QColor>> bars { { &m_figures.votesFor, forColour },
                                                               { &m_figures.votesAgainst, againstColour },
                                                               { &m_figures.abstentions, abstainColour } };
    double largest = 0;
    for (const auto& [figure, colour] : bars) {
        largest = std::max(largest, figure->chartValue);
    }
    const bool isFractional = m_figures.scheme == domain::VotingScheme::ClassWeighted;
    const double step = chartTickStep(largest, isFractional);
    const double top = largest > 0 ? std::max(largest * 1.15, step) : 1;
    const auto tickText = [&](double value) { return QLocale().toString(value, 'f', step < 1 ? 1 : 0); };
    qreal tickWidth = metrics.horizontalAdvance(tickText(0));
    for (double value = 0; value <= top; value += step) {
        tickWidth = std::max(tickWidth, metrics.horizontalAdvance(tickText(value)));
    }

    // The axis title turned up the left side, the ticks beside it, the bars, then the legend under them.
    const QRectF plot(rect.left() + 1.5 * lineHeight + tickWidth + lineHeight / 2, rect.top() + lineHeight, 0,
                      0);
    const QRectF area(plot.topLeft(), QPointF(rect.right() - lineHeight, rect.bottom() - 3.5 * lineHeight));
    const auto yOf = [&](double value) { return area.bottom() - value / top * area.height(); };
    painter.setPen(textColour);
    painter.save();
    painter.translate(rect.left(), area.center().y());
    painter.rotate(-90);
    painter.drawText(QRectF(-area.height() / 2, 0, area.height(), lineHeight), Qt::AlignCenter,
                     m_figures.chartAxisTitle);
    painter.restore();
    for (double value = 0; value <= top; value += step) {
        const qreal y = yOf(value);
        painter.setPen(QPen(gridColour, line));
        painter.drawLine(QPointF(area.left(), y), QPointF(area.right(), y));
        painter.setPen(textColour);
        painter.drawText(
            QRectF(area.left() - tickWidth - lineHeight / 2, y - lineHeight / 2, tickWidth, lineHeight),
            Qt::AlignRight | Qt::AlignVCenter, tickText(value));
    }
    const qreal slot = area.width() / 4;
    const qreal barWidth = slot * 0.8;
    qreal x = area.left() + slot / 2;
    for (const auto& [figure, colour] : bars) {
        const QRectF bar(x + (slot - barWidth) / 2, yOf(figure->chartValue), barWidth,
                         area.bottom() - yOf(figure->chartValue));
        painter.setPen(Qt::NoPen);
        painter.setBrush(colour);
        painter.drawRect(bar);
        painter.setPen(textColour);
        painter.drawText(QRectF(x, bar.top() - lineHeight, slot, lineHeight),
                         Qt::AlignHCenter | Qt::AlignBottom, figure->weight);
        x += slot;
    }
    painter.setPen(QPen(textColour, line));
    painter.drawLine(area.bottomLeft(), area.bottomRight());
    painter.drawText(QRectF(area.left(), area.bottom() + lineHeight / 4, area.width(), lineHeight),
                     Qt::AlignHCenter | Qt::AlignTop,
                     m_figures.isDeclared ? tr("Declared result") : tr("Provisional count"));

    // The legend, centred under the bars.
    qreal legendWidth = 0;
    for (const auto& [figure, colour] : bars) {
        legendWidth += 1.3 * lineHeight + metrics.horizontalAdvance(figure->label) + lineHeight;
    }
    x = area.center().x() - legendWidth / 2;
    const qreal y = area.bottom() + 1.75 * lineHeight;
    for (const auto& [figure, colour] : bars) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(colour);
        painter.drawRect(QRectF(x, y + lineHeight / 4, lineHeight, lineHeight / 2));
        x += 1.3 * lineHeight;
        painter.setPen(textColour);
        painter.drawText(QRectF(x, y, rect.right() - x, lineHeight), Qt::AlignLeft | Qt::AlignVCenter,
                         figure->label);
        x += metrics.horizontalAdvance(figure->label) + lineHeight;
    }
    painter.restore();
}

} // namespace mutualise::reports
