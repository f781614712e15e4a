#pragma once

#include "reports/ElectionFigures.h"

#include <QWidget>

#include <optional>

namespace mutualise::app {

// An election's count drawn as a grid: a row for each candidate and a column for each round of an STV
// count, each cell a bar of the candidate's votes at the end of the round with the figure printed on it,
// and the quota as a dashed line through every column, so that who climbs towards the quota round by
// round can be read at a glance. Elected candidates are green from the round they reach the quota;
// an excluded candidate's row ends in the round of exclusion. By plurality: one column of votes.
class ElectionRoundsChart : public QWidget
{
    Q_OBJECT

public:
    explicit ElectionRoundsChart(QWidget* parent = nullptr);

    void setFigures(const reports::ElectionFigures& figures);

    // The figure printed for a candidate in a round (from 1; plurality has round 1 only); empty where the
    // candidate has no votes shown.
    QString figureText(const QString& candidate, int round) const;
    int roundCount() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;

private:
    struct Geometry
    {
        int nameWidth = 0;
        int columnWidth = 0;
        int headerHeight = 0;
        int rowHeight = 0;
        QRect cell(int row, int column) const;
    };
    Geometry geometry() const;
    QStringList rows() const; // the candidates who stood, then the non-transferable papers under STV
    std::optional<qint64> unitsAt(const QString& candidate, int round) const;
    qint64 largestUnits() const;
    void paintHeader(QPainter& painter, const Geometry& grid) const;
    void paintCell(QPainter& painter, const QRect& cell, const QString& candidate, int round) const;
    void paintLegend(QPainter& painter, const Geometry& grid) const;
    QString toolTipAt(const QPoint& position) const;

    reports::ElectionFigures m_figures;
};

} // namespace mutualise::app
