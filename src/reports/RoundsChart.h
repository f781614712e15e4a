#pragma once

#include "reports/ElectionFigures.h"

#include <QCoreApplication>
#include <QFont>
#include <QList>
#include <QRectF>

#include <optional>
#include <utility>

class QPainter;
class QPaintDevice;

namespace mutualise::reports {

// The chart of an election's count drawn on a printed page, as the window's ElectionRoundsChart draws it:
// a row for each candidate who stood (and, by STV, one for the votes that could not be transferred), a
// column for each round, each cell a bar of the votes at the end of the round with its figure, and the
// quota dashed across. By plurality, one column of votes. A long count is drawn in parts of a few rounds,
// all on one scale, so that the figures stay readable on the width of a page.
class RoundsChart
{
    Q_DECLARE_TR_FUNCTIONS(RoundsChart)

public:
    // The most rounds one part of the chart shows.
    static constexpr int roundsPerPart = 6;

    // The first and last round of each part: as few parts as the rounds need, of near-equal size.
    static QList<std::pair<int, int>> parts(const ElectionFigures& figures);

    RoundsChart(ElectionFigures figures, int firstRound, int lastRound);

    // The height the chart needs, in the device's units, when drawn in `font` on `device`.
    qreal height(const QFont& font, QPaintDevice* device) const;
    void paint(QPainter& painter, const QRectF& rect, const QFont& font) const;

private:
    struct Grid
    {
        qreal left = 0;
        qreal top = 0;
        qreal nameWidth = 0;
        qreal columnWidth = 0;
        qreal headerHeight = 0;
        qreal rowHeight = 0;
        qreal padding = 0;
        QRectF cell(int row, int column) const;
    };
    Grid grid(const QRectF& rect, const QFont& font, QPaintDevice* device) const;
    QStringList rows() const;
    int roundCount() const;
    std::optional<qint64> unitsAt(const QString& candidate, int round) const;
    qint64 largestUnits() const;
    void paintHeader(QPainter& painter, const Grid& grid, const QFont& font) const;
    void paintCell(QPainter& painter, const QRectF& cell, const Grid& grid, const QString& candidate,
                   int round) const;
    void paintLegend(QPainter& painter, const QRectF& rect, const Grid& grid) const;

    ElectionFigures m_figures;
    int m_firstRound = 1;
    int m_lastRound = 1;
};

} // namespace mutualise::reports
