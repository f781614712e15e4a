#pragma once

#include "reports/ElectionFigures.h"

#include <QWidget>

#include <optional>

namespace mutualise::app {

// An election's count drawn as a grid: a row for each candidate and a column for each round of an STV
// count (in bands, one under another, when the rounds do not fit side by side), each cell a bar of the
// candidate's votes at the end of the round with the figure printed on it, and the quota as a dashed line
// through every column, broken where a figure is printed, so that who climbs towards the quota round by round
// can be read at a glance. Elected candidates are green from the round they reach the quota; an excluded
// candidate's row ends in the round of exclusion. By plurality: one column of votes.
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

    // The caption over a round's column ("Round 2" and what it did) and where it is drawn at the chart's
    // present width: wrapped there, never cut short.
    QString caption(int round) const;
    QRect captionRect(int round) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;

private:
    // A narrow chart wraps its rounds into bands, one under another, each with the names again.
    struct Geometry
    {
        int nameWidth = 0;
        int columnWidth = 0;
        int headerHeight = 0;
        int rowHeight = 0;
        int roundsPerBand = 1;
        int bandHeight = 0;
        int bands = 1;
        QRect cell(int row, int column) const;
        int bandTop(int band) const;
    };
    Geometry geometry(int width) const;
    Geometry geometry() const { return geometry(width()); }
    int narrowestColumn() const;
    int actionHeight(int round, int textWidth) const;
    QStringList rows() const; // the candidates who stood, then the non-transferable papers under STV
    std::optional<qint64> unitsAt(const QString& candidate, int round) const;
    qint64 largestUnits() const;
    void paintHeader(QPainter& painter) const;
    void paintName(QPainter& painter, const Geometry& grid, const QString& name, int top) const;
    void paintCell(QPainter& painter, const QRect& cell, const QString& candidate, int round) const;
    void paintLegend(QPainter& painter, const Geometry& grid) const;
    static void paintQuotaLine(QPainter& painter, int x, const QRect& cell, const QRect& printed);
    QString toolTipAt(const QPoint& position) const;

    reports::ElectionFigures m_figures;
};

} // namespace mutualise::app
