#include "app/charts/MoneyAxis.h"

#include <QValueAxis>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace mutualise::app {

namespace {

constexpr qint64 largestInteger = std::numeric_limits<qint64>::max();

// |value| without the overflow of -minimum.
qint64 magnitude(qint64 value)
{
    return value == std::numeric_limits<qint64>::min() ? largestInteger : (value < 0 ? -value : value);
}

// The whole steps that cover `value`, away from zero, or the furthest whole step that fits.
qint64 roundedOut(qint64 value, qint64 step)
{
    qint64 steps = value / step;
    if (value % step != 0) {
        steps += value < 0 ? -1 : 1;
    }
    qint64 rounded = 0;
    if (qMulOverflow(steps, step, &rounded)) {
        return (value < 0 ? -1 : 1) * (largestInteger / step) * step;
    }
    return rounded;
}

constexpr qint64 maximumIntervals = 5;

// The smallest of 1, 2, 2.5 and 5 times a power of ten that is at least `rough` (minor units; 2.5 of a
// minor unit is not a step).
qint64 roundAtLeast(qint64 rough)
{
    if (rough <= 1) {
        return 1;
    }
    qint64 power = 1;
    while (power <= rough / 10) {
        power *= 10;
    }
    // 1, 2, 2.5, 5 and 10 times the power, in tenths so that 2.5 stays whole.
    for (const qint64 tenths : { 10, 20, 25, 50, 100 }) {
        if (tenths == 25 && power < 10) {
            continue;
        }
        if (power > largestInteger / tenths * 10) {
            break;
        }
        const qint64 step = tenths % 10 == 0 ? power * (tenths / 10) : power / 10 * tenths;
        if (step >= rough) {
            return step;
        }
    }
    return power;
}

// How many whole steps of `step` reach from `smallest` (at most zero) to `largest` (at least zero).
qint64 intervals(qint64 smallest, qint64 largest, qint64 step)
{
    const auto stepsTo = [step](qint64 distance) { return distance / step + (distance % step != 0 ? 1 : 0); };
    return stepsTo(largest) + stepsTo(magnitude(smallest));
}

qint64 plusClamped(qint64 value, qint64 added)
{
    qint64 sum = 0;
    return qAddOverflow(value, added, &sum) ? (added < 0 ? -largestInteger : largestInteger) : sum;
}

} // namespace

MoneyAxis::MoneyAxis(qint64 smallest, qint64 largest, const domain::Currency& currency, bool roomForLabels)
{
    smallest = std::min<qint64>(smallest, 0);
    largest = std::max<qint64>(largest, 0);
    // The unit: pounds, or thousands or millions of them once the bars grow large.
    const qint64 minorPerMajor = currency.minorPerMajor();
    const qint64 largestMajor = std::max(magnitude(smallest), magnitude(largest)) / minorPerMajor;
    if (largestMajor >= 2'000'000) {
        m_minorPerUnit = minorPerMajor * 1'000'000;
        m_unit = tr("%1 millions").arg(currency.symbol());
    } else if (largestMajor >= 2'000) {
        m_minorPerUnit = minorPerMajor * 1'000;
        m_unit = tr("%1 thousands").arg(currency.symbol());
    } else {
        m_minorPerUnit = minorPerMajor;
        m_unit = currency.symbol();
    }

    const qint64 span = plusClamped(largest, magnitude(smallest));
    // The roundest step that covers the bars in at most five whole steps from zero: a small loss under a
    // large saving takes one step below zero rather than a quarter of the chart.
    m_step = roundAtLeast(span / maximumIntervals + (span % maximumIntervals != 0 ? 1 : 0));
    while (m_step < largestInteger / 10 && intervals(smallest, largest, m_step) > maximumIntervals) {
        m_step = roundAtLeast(m_step + 1);
    }
    m_low = roundedOut(smallest, m_step);
    m_high = roundedOut(largest, m_step);
    // A quarter of a step at least past the longest bar, for its figure.
    if (roomForLabels && m_high - largest < m_step / 4 + 1) {
        m_high = plusClamped(m_high, m_step);
    }
    if (smallest < 0 && roomForLabels && smallest - m_low < m_step / 4 + 1) {
        m_low = plusClamped(m_low, -m_step);
    }
    if (m_high == m_low) {
        m_high = m_step;
    }
    // As many decimals as the step needs in the axis' unit: a step of 250,000p in £ thousands is 2.5.
    for (qint64 whole = m_minorPerUnit; whole > 1 && m_step % whole != 0; whole /= 10) {
        ++m_decimals;
    }
}

qint64 MoneyAxis::roundStep(qint64 atLeast)
{
    return roundAtLeast(atLeast);
}

QString MoneyAxis::title() const
{
    //: The money axis of a chart: "Amount (£ thousands)"
    return tr("Amount (%1)").arg(m_unit);
}

double MoneyAxis::valueOf(qint64 minorUnits) const
{
    // Display only: the bar's position, never a figure anyone reads or anything is decided on.
    return static_cast<double>(minorUnits) / static_cast<double>(m_minorPerUnit);
}

QValueAxis* MoneyAxis::createAxis() const
{
    auto* axis = new QValueAxis;
    axis->setRange(valueOf(m_low), valueOf(m_high));
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0);
    axis->setTickInterval(valueOf(m_step));
    axis->setMinorTickCount(0);
    // Plain ASCII in the label format: Qt Charts hands it to printf-like code, which would mangle a "£";
    // with the chart's numbers localised it becomes "12,500" in the user's own separators.
    axis->setLabelFormat(u"%.%1f"_s.arg(m_decimals));
    axis->setTitleText(title());
    return axis;
}

} // namespace mutualise::app
