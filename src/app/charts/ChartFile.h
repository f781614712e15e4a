#pragma once

#include "domain/Error.h"

#include <QByteArray>
#include <QString>

class QChart;

namespace mutualise::app {

// Saving a chart as it is drawn, for the board's papers: a PNG picture or an SVG drawing.

enum class ChartFileFormat
{
    Png,
    Svg,
};

// The suffix of a format's files, without the dot: "png", "svg".
QString chartFileSuffix(ChartFileFormat format);

// A name to suggest for the file: the chart's title without characters that some systems refuse in
// names, and the suffix: "Contributions by class.png". "Chart.png" when the chart has no title.
QString chartFileName(const QString& title, ChartFileFormat format);

// How the chart is drawn on the screen it is shown on, so that the file looks the same.
struct ChartScreen
{
    qreal devicePixelRatio = 1; // the PNG has this many pixels for each of the screen's points
    int dotsPerInch = 96; // the SVG sizes its text as the screen does
};

// The chart (which must be in a scene, as a QChartView puts it) drawn on white at its present size.
QByteArray chartPng(const QChart& chart, const ChartScreen& screen);
QByteArray chartSvg(const QChart& chart, const ChartScreen& screen);

// Writes the chart to `path` whole or not at all (formats::writeWholeFile), and never over the open
// mutual at `mutualPath` or the files SQLite keeps beside it (rule "output-is-mutual").
domain::Outcome saveChart(const QChart& chart, ChartFileFormat format, const QString& path,
                          const QString& mutualPath, const ChartScreen& screen);

} // namespace mutualise::app
