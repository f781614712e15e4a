#include "PaperChart.h"

#include "PaperText.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPaintDevice>
#include <QPainter>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace mutualise::reports {

namespace {

constexpr qreal titlePointSize = 9;
constexpr qreal labelPointSize = 7;

// Colours that stay apart on paper and in grey, in the order the stacked columns take them.
const QList<QColor> seriesColours { QColor(0x2f, 0x6f, 0x9f), QColor(0xe0, 0x8a, 0x2c),
                                    QColor(0x3d, 0x9a, 0x6b), QColor(0xb8, 0x4a, 0x62),
                                    QColor(0x7a, 0x5c, 0xa8), QColor(0x8c, 0x8c, 0x3a),
                                    QColor(0x4b, 0xa3, 0xc3), QColor(0x9a, 0x6a, 0x4a) };

qint64 rowTotal(const QList<qint64>& values)
{
    // Each is a column of a table whose totals fit in 64 bits.
    return std::accumulate(values.cbegin(), values.cend(), qint64 { 0 });
}

// The highest and lowest point the bars reach: positive parts stack up from zero, negative ones down.
std::pair<qint64, qint64> reach(const ChartBars& bars)
{
    qint64 highest = 0;
    qint64 lowest = 0;
    for (const QList<qint64>& bar : bars.values) {
        qint64 up = 0;
        qint64 down = 0;
        for (const qint64 value : bar)
            (value > 0 ? up : down) += value;
        highest = std::max(highest, up);
        lowest = std::min(lowest, down);
    }
    return { highest, lowest };
}

// A money line's label: whole units when the step is, with the currency's symbol.
QString stepText(qint64 minor, qint64 step, const domain::Currency& currency)
{
    if (step % currency.minorPerMajor() == 0)
        return QLocale().toCurrencyString(minor / currency.minorPerMajor(), currency.symbol());
    return domain::Money(minor, currency).format();
}

} // namespace

ChartBars PaperChart::bars(const ReportTable& table, const ReportChart& chart,
                           const domain::Currency& currency)
{
    ChartBars bars;
    bars.title = chart.title;
    for (const qsizetype column : chart.valueColumns)
        bars.series.append(table.columns.value(column).title);
    QList<qsizetype> rows(table.rows.size());
    std::iota(rows.begin(), rows.end(), 0);
    QList<QList<qint64>> values;
    values.reserve(table.rows.size());
    for (const QList<ReportCell>& row : table.rows) {
        QList<qint64> bar;
        for (const qsizetype column : chart.valueColumns) {
            const ReportCell cell = row.value(column);
            bar.append(std::holds_alternative<qint64>(cell) ? std::get<qint64>(cell) : 0);
        }
        values.append(bar);
    }
    if (chart.mostBars > 0 && rows.size() > chart.mostBars) {
        // The largest first; rows of the same total keep the table's order.
        std::stable_sort(rows.begin(), rows.end(), [&values](qsizetype a, qsizetype b) {
            return rowTotal(values.at(a)) > rowTotal(values.at(b));
        });
        bars.title = tr("%1: the %Ln largest of %2", nullptr, chart.mostBars)
                         .arg(chart.title, QLocale().toString(table.rows.size()));
        rows.resize(chart.mostBars);
    }
    for (const qsizetype row : std::as_const(rows)) {
        bars.labels.append(cellText(table.rows.at(row).value(chart.labelColumn),
                                    table.columns.value(chart.labelColumn).type, currency));
        bars.values.append(values.at(row));
    }
    return bars;
}

qint64 PaperChart::moneyStep(qint64 largest, qint64 minorPerMajor)
{
    const qint64 rough = std::max<qint64>(1, largest / 8);
    for (qint64 magnitude = 1; magnitude <= std::numeric_limits<qint64>::max() / 10; magnitude *= 10) {
        for (const qint64 multiple : { 1, 2, 5 }) {
            const qint64 step = multiple * magnitude;
            // Whole units from 5.00 up, so that no line is labelled in pence it does not need.
            if (step >= rough && (largest < 5 * minorPerMajor || step % minorPerMajor == 0))
                return step;
        }
    }
    return largest;
}

void PaperChart::paint(QPainter& painter, QPaintDevice& device, const QRectF& area, const ChartBars& bars,
                       const domain::Currency& currency)
{
    painter.save();
    const QFont titleFont = paper::fontOf(titlePointSize, true);
    const QFont labelFont = paper::fontOf(labelPointSize);
    const QFontMetricsF titleMetrics(titleFont, &device);
    const QFontMetricsF labelMetrics(labelFont, &device);
    const qreal line = labelMetrics.height();
    qreal top = area.top();
    painter.setPen(Qt::black);
    painter.setFont(titleFont);
    painter.drawText(QRectF(area.left(), top, area.width(), titleMetrics.height()),
                     Qt::AlignLeft | Qt::AlignTop,
                     titleMetrics.elidedText(bars.title, Qt::ElideRight, area.width()));
    top += titleMetrics.lineSpacing() * 1.3;

    // The key, when several columns stack: a swatch and a title each, on as many lines as they need.
    painter.setFont(labelFont);
    if (bars.series.size() > 1) {
        qreal x = area.left();
        for (qsizetype series = 0; series < bars.series.size(); ++series) {
            const QString name
                = labelMetrics.elidedText(bars.series.at(series), Qt::ElideRight, area.width() / 3);
            const qreal width = line + labelMetrics.horizontalAdvance(name) + 2 * line;
            if (x > area.left() && x + width > area.right()) {
                x = area.left();
                top += line * 1.3;
            }
            painter.fillRect(QRectF(x, top + line * 0.15, line * 0.7, line * 0.7),
                             seriesColours.at(series % seriesColours.size()));
            painter.setPen(Qt::black);
            painter.drawText(QPointF(x + line, top + labelMetrics.ascent()), name);
            x += width;
        }
        top += line * 1.6;
    }

    const auto [highest, lowest] = reach(bars);
    const qint64 step = moneyStep(std::max(highest, -lowest), currency.minorPerMajor());
    const qint64 ceiling = (highest + step - 1) / step * step;
    const qint64 floor = -((-lowest + step - 1) / step * step);
    const qint64 span = std::max<qint64>(1, ceiling - floor);
    qreal axisWidth = 0;
    for (qint64 value = floor; value <= ceiling; value += step)
        axisWidth = std::max(axisWidth, labelMetrics.horizontalAdvance(stepText(value, step, currency)));
    const qreal left = area.left() + axisWidth + line * 0.6;
    const qreal slot = (area.right() - left) / static_cast<qreal>(std::max<qsizetype>(1, bars.labels.size()));

    // The bars' names: across when they fit, otherwise turned; every second or third when even turned
    // they would touch.
    qreal widestName = 0;
    for (const QString& label : bars.labels)
        widestName = std::max(widestName, labelMetrics.horizontalAdvance(label));
    const bool isTurned = widestName > slot * 0.95;
    const qreal namesHeight
        = isTurned ? std::min(widestName * 0.72 + line, (area.bottom() - top) * 0.35) : line * 1.4;
    const qsizetype every
        = isTurned ? std::max<qsizetype>(1, static_cast<qsizetype>(std::ceil(line * 1.5 / slot))) : 1;
    const qreal bottom = area.bottom() - namesHeight;
    const auto yOf = [&](qint64 value) {
        return bottom - (bottom - top) * static_cast<qreal>(value - floor) / static_cast<qreal>(span);
    };

    for (qint64 value = floor; value <= ceiling; value += step) {
        const qreal y = yOf(value);
        painter.setPen(QPen(value == 0 ? paper::ruleColour : paper::headingFill, 0));
        painter.drawLine(QPointF(left, y), QPointF(area.right(), y));
        painter.setPen(paper::quietText);
        painter.drawText(QRectF(area.left(), y - line / 2, axisWidth, line),
                         Qt::AlignRight | Qt::AlignVCenter, stepText(value, step, currency));
    }
    painter.setPen(Qt::NoPen);
    for (qsizetype bar = 0; bar < bars.values.size(); ++bar) {
        // A few bars are not drawn as wide as their room: no wider than a dozen lines of names are high.
        const qreal width = std::min(slot * 0.7, line * 12);
        const qreal x = left + slot * (static_cast<qreal>(bar) + 0.5) - width / 2;
        qint64 up = 0;
        qint64 down = 0;
        for (qsizetype series = 0; series < bars.values.at(bar).size(); ++series) {
            const qint64 value = bars.values.at(bar).at(series);
            if (value == 0)
                continue;
            qint64& base = value > 0 ? up : down;
            const qreal from = yOf(base);
            base += value;
            painter.setBrush(seriesColours.at(series % seriesColours.size()));
            painter.drawRect(
                QRectF(QPointF(x, std::min(from, yOf(base))), QSizeF(width, std::abs(yOf(base) - from))));
        }
    }
    painter.setPen(Qt::black);
    for (qsizetype bar = 0; bar < bars.labels.size(); bar += every) {
        const qreal centre = left + slot * (static_cast<qreal>(bar) + 0.5);
        if (!isTurned) {
            painter.drawText(QRectF(centre - slot / 2, bottom + line * 0.3, slot, line),
                             Qt::AlignHCenter | Qt::AlignTop, bars.labels.at(bar));
            continue;
        }
        // Turned a little under halfway, its end under the bar.
        const QString name
            = labelMetrics.elidedText(bars.labels.at(bar), Qt::ElideRight, (namesHeight - line) / 0.72);
        painter.save();
        painter.translate(centre + line * 0.3, bottom + line * 0.4);
        painter.rotate(-45);
        painter.drawText(QPointF(-labelMetrics.horizontalAdvance(name), labelMetrics.ascent() / 2), name);
        painter.restore();
    }
    painter.restore();
}

} // namespace mutualise::reports
