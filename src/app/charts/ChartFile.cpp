#include "app/charts/ChartFile.h"

#include "formats/OutputFile.h"

#include <QBuffer>
#include <QChart>
#include <QCoreApplication>
#include <QGraphicsScene>
#include <QImage>
#include <QPainter>
#include <QSvgGenerator>

#include <cmath>

using namespace Qt::StringLiterals;

namespace mutualise::app {

namespace {

// Where the chart is in its scene, and its size.
QRectF sceneRect(const QChart& chart)
{
    return chart.mapRectToScene(chart.rect());
}

void paintChart(const QChart& chart, QPainter& painter, const QSizeF& size)
{
    const QRectF target(QPointF(0, 0), size);
    // The window's chart has no background of its own; a file gets a white one so that it reads the same
    // in any viewer, light or dark.
    painter.fillRect(target, Qt::white);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    if (chart.scene() != nullptr) {
        chart.scene()->render(&painter, target, sceneRect(chart), Qt::IgnoreAspectRatio);
    }
}

} // namespace

QString chartFileSuffix(ChartFileFormat format)
{
    return format == ChartFileFormat::Png ? u"png"_s : u"svg"_s;
}

QString chartFileName(const QString& title, ChartFileFormat format)
{
    QString name = title;
    for (const QChar forbidden : u"/\\:*?\"<>|"_s) {
        name.replace(forbidden, u'-');
    }
    name = name.simplified();
    if (name.isEmpty() || name.startsWith(u'.')) {
        name = QCoreApplication::translate("mutualise::app::ChartView", "Chart") + name;
    }
    return name + u'.' + chartFileSuffix(format);
}

QByteArray chartPng(const QChart& chart, const ChartScreen& screen)
{
    const QSizeF size = sceneRect(chart).size();
    const qreal ratio = screen.devicePixelRatio > 0 ? screen.devicePixelRatio : 1;
    QImage image(QSize(static_cast<int>(std::ceil(size.width() * ratio)),
                       static_cast<int>(std::ceil(size.height() * ratio))),
                 QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(ratio);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        paintChart(chart, painter, size);
    }
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

QByteArray chartSvg(const QChart& chart, const ChartScreen& screen)
{
    const QSizeF size = sceneRect(chart).size();
    QByteArray svg;
    QBuffer buffer(&svg);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(size.toSize());
    generator.setViewBox(QRectF(QPointF(0, 0), size));
    generator.setResolution(screen.dotsPerInch > 0 ? screen.dotsPerInch : 96);
    generator.setTitle(chart.title());
    {
        QPainter painter(&generator);
        paintChart(chart, painter, size);
    }
    return svg;
}

domain::Outcome saveChart(const QChart& chart, ChartFileFormat format, const QString& path,
                          const QString& mutualPath, const ChartScreen& screen)
{
    if (!mutualPath.isEmpty()) {
        if (const auto isElsewhere = formats::checkNotMutual(path, mutualPath); !isElsewhere) {
            return isElsewhere;
        }
    }
    return formats::writeWholeFile(
        path, format == ChartFileFormat::Png ? chartPng(chart, screen) : chartSvg(chart, screen));
}

} // namespace mutualise::app
