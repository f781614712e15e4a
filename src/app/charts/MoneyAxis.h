#pragma once

#include "domain/Money.h"

#include <QCoreApplication>
#include <QString>

class QValueAxis;

namespace mutualise::app {

// The money axis of a chart, worked out in whole minor units: the unit it counts in (pounds, thousands
// or millions of them, so that its labels stay short), a round step between grid lines and a range that
// holds every bar and starts at zero or at a whole step below it. Doubles appear only when the axis is
// handed to Qt Charts to place the bars; nothing is decided on them.
class MoneyAxis
{
    Q_DECLARE_TR_FUNCTIONS(MoneyAxis)

public:
    // An axis for bars from `smallest` to `largest` (minor units; either may be negative, zero is always
    // on it). `roomForLabels` leaves space past the longest bar for the figure written at its end.
    MoneyAxis(qint64 smallest, qint64 largest, const domain::Currency& currency, bool roomForLabels = false);

    // The smallest round step between grid lines of at least `atLeast` minor units: 1, 2, 2.5 or 5 times a
    // power of ten, as reports::chartTickStep chooses them, in whole minor units. The axis takes the
    // smallest such step that covers its bars in at most five steps from zero.
    static qint64 roundStep(qint64 atLeast);

    qint64 minorPerUnit() const { return m_minorPerUnit; } // 100 for pounds, 100'000 for £ thousands
    qint64 step() const { return m_step; }
    qint64 low() const { return m_low; }
    qint64 high() const { return m_high; }
    int decimals() const { return m_decimals; } // of the labels: "2.5" when the step is £2,500 in thousands
    QString unit() const { return m_unit; } // "£", "£ thousands", "£ millions"
    QString title() const; // "Amount (£ thousands)"

    // Where `minorUnits` falls on the axis, for Qt Charts only.
    double valueOf(qint64 minorUnits) const;

    // A value axis with this range, a grid line every step from zero, labels in the user's number format
    // (the chart must localise its numbers) and the title.
    QValueAxis* createAxis() const;

private:
    qint64 m_minorPerUnit = 1;
    qint64 m_step = 1;
    qint64 m_low = 0;
    qint64 m_high = 1;
    int m_decimals = 0;
    QString m_unit;
};

} // namespace mutualise::app
