#include "reports/RoundsChart.h"

#include "domain/StvCount.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace mutualise::reports {

namespace {

// The window's colours (ElectionRoundsChart), so that the minutes read as the screen did.
const QColor continuingColour(0x4f, 0x7c, 0xac);
const QColor electedColour(0x2e, 0x7d, 0x32);
const QColor nonTransferableColour(0x9e, 0x9e, 0x9e);
const QColor quotaColour(0xb3, 0x26, 0x1e);
const QColor gridColour(0xcc, 0xcc, 0xcc);
const QColor textColour(Qt::black);
const QColor quietColour(0x55, 0x55, 0x55);

// Votes as the chart prints them: whole when they are, else to two places (the table has all five).
QString chartFigure(qint64 units)
{
    if (units % domain::voteUnits == 0) {
        return QLocale().toString(units / domain::voteUnits);
    }
    return QLocale().toString(static_cast<double>(units) / static_cast<double>(domain::voteUnits), 'f', 2);
}

} // namespace

QList<std::pair<int, int>> RoundsChart::parts(const ElectionFigures& figures)
{
    const int rounds = figures.isStv() ? std::max(static_cast<int>(figures.rounds.size()), 1) : 1;
    const int count = (rounds + roundsPerPart - 1) / roundsPerPart;
    const int size = (rounds + count - 1) / count;
    QList<std::pair<int, int>> result;
    for (int first = 1; first <= rounds; first += size) {
        result.append({ first, std::min(first + size - 1, rounds) });
    }
    return result;
}

RoundsChart::RoundsChart(ElectionFigures figures, int firstRound, int lastRound)
    : m_figures(std::move(figures))
    , m_firstRound(firstRound)
    , m_lastRound(lastRound)
{ }

QRectF RoundsChart::Grid::cell(int row, int column) const
{
    return { left + nameWidth + column * columnWidth, top + headerHeight + row * rowHeight, columnWidth,
             rowHeight };
}

int RoundsChart::roundCount() const
{
    return std::max(m_lastRound - m_firstRound + 1, 1);
}

QStringList RoundsChart::rows() const
{
    return m_figures.chartRows();
}

std::optional<qint64> RoundsChart::unitsAt(const QString& candidate, int round) const
{
    return m_figures.unitsAfterRound(candidate, round);
}

// The same scale for every part of a long count: the longest bar of any round, or the quota.
qint64 RoundsChart::largestUnits() const
{
    qint64 largest = m_figures.isStv() ? m_figures.quota * domain::voteUnits : 0;
    const int rounds = m_figures.isStv() ? static_cast<int>(m_figures.rounds.size()) : 1;
    for (const QString& candidate : rows()) {
        for (int round = 1; round <= rounds; ++round) {
            largest = std::max(largest, unitsAt(candidate, round).value_or(0));
        }
    }
    // Room past the longest bar for its figure.
    return std::max<qint64>(largest + largest / 4, 1);
}

RoundsChart::Grid RoundsChart::grid(const QRectF& rect, const QFont& font, QPaintDevice* device) const
{
    const QFontMetricsF metrics(font, device);
    Grid grid;
    grid.left = rect.left();
    grid.top = rect.top();
    grid.padding = metrics.height() * 0.3;
    QFont bold = font;
    bold.setBold(true);
    const QFontMetricsF boldMetrics(bold, device);
    qreal widestName = metrics.horizontalAdvance(tr("Non-transferable"));
    for (const QString& name : m_figures.standing()) {
        widestName = std::max(widestName, boldMetrics.horizontalAdvance(name));
    }
    grid.nameWidth = std::min(widestName + 2 * grid.padding, rect.width() * 0.28);
    // A part of few rounds keeps bars of a size to compare with the parts of many.
    const int columns = std::max(roundCount(), m_figures.isStv() ? 3 : 2);
    grid.columnWidth = (rect.width() - grid.nameWidth) / columns;
    grid.headerHeight = 4 * metrics.height() + grid.padding;
    grid.rowHeight = metrics.height() + 2 * grid.padding;
    return grid;
}

qreal RoundsChart::height(const QFont& font, QPaintDevice* device) const
{
    const Grid sizes = grid(QRectF(0, 0, 1000, 1000), font, device);
    const QFontMetricsF metrics(font, device);
    return sizes.headerHeight + static_cast<qreal>(rows().size()) * sizes.rowHeight + 2 * metrics.height();
}

void RoundsChart::paint(QPainter& painter, const QRectF& rect, const QFont& font) const
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setFont(font);
    const Grid sizes = grid(rect, font, painter.device());
    paintHeader(painter, sizes, font);
    const QStringList names = rows();
    for (int row = 0; row < names.size(); ++row) {
        const QString& name = names.at(row);
        const QRectF nameCell(rect.left(), sizes.cell(row, 0).top(), sizes.nameWidth - sizes.padding,
                              sizes.rowHeight);
        QFont nameFont = font;
        nameFont.setBold(m_figures.elected.contains(name));
        nameFont.setItalic(name.isEmpty());
        painter.setFont(nameFont);
        painter.setPen(textColour);
        const QString shown = name.isEmpty() ? tr("Non-transferable") : name;
        painter.drawText(nameCell, Qt::AlignLeft | Qt::AlignVCenter,
                         painter.fontMetrics().elidedText(shown, Qt::ElideRight, qRound(nameCell.width())));
        painter.setFont(font);
        for (int round = m_firstRound; round <= m_lastRound; ++round) {
            paintCell(painter, sizes.cell(row, round - m_firstRound), sizes, name, round);
        }
    }
    paintLegend(painter, rect, sizes);
    painter.restore();
}

void RoundsChart::paintHeader(QPainter& painter, const Grid& grid, const QFont& font) const
{
    QFont bold = font;
    bold.setBold(true);
    const qreal lineHeight = QFontMetricsF(font, painter.device()).height();
    for (int round = m_firstRound; round <= m_lastRound; ++round) {
        const QRectF cell = grid.cell(0, round - m_firstRound);
        const QRectF top(cell.left() + grid.padding, grid.top, cell.width() - 2 * grid.padding, lineHeight);
        painter.setFont(bold);
        painter.setPen(textColour);
        painter.drawText(top, Qt::AlignLeft | Qt::AlignVCenter,
                         m_figures.isStv() ? tr("Round %1").arg(round) : tr("Votes"));
        if (m_figures.isStv() && round <= m_figures.rounds.size()) {
            painter.setFont(font);
            painter.setPen(quietColour);
            const QString action = m_figures.rounds.at(round - 1).actionText();
            // What the round did, on up to three lines, so that the name of the candidate is not cut short.
            painter.drawText(QRectF(top.left(), top.bottom(), top.width(), 3 * lineHeight),
                             Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, action);
        }
    }
    painter.setFont(font);
}

void RoundsChart::paintCell(QPainter& painter, const QRectF& cell, const Grid& grid, const QString& candidate,
                            int round) const
{
    const qreal line = std::max(grid.padding / 6, 1.0);
    painter.setPen(QPen(gridColour, line));
    painter.drawLine(cell.topLeft(), cell.bottomLeft());
    const QRectF area = cell.adjusted(grid.padding, grid.padding / 2, -grid.padding, -grid.padding / 2);
    // The quota behind the bars, so that it never runs through a figure.
    if (m_figures.isStv() && !candidate.isEmpty()) {
        const qreal x = area.left()
            + static_cast<double>(m_figures.quota * domain::voteUnits) / static_cast<double>(largestUnits())
                * area.width();
        painter.setPen(QPen(quotaColour, 1.5 * line, Qt::DashLine));
        painter.drawLine(QPointF(x, cell.top() + line), QPointF(x, cell.bottom() - line));
    }
    const auto units = unitsAt(candidate, round);
    if (!units) {
        if (m_figures.roundExcluded(candidate) == round) {
            painter.setPen(quietColour);
            painter.drawText(area, Qt::AlignLeft | Qt::AlignVCenter, tr("excluded"));
        }
    } else {
        const auto electedIn = m_figures.isStv() ? m_figures.roundElected(candidate) : std::nullopt;
        const bool isElected
            = m_figures.isStv() ? electedIn && *electedIn <= round : m_figures.elected.contains(candidate);
        const QColor colour = candidate.isEmpty() ? nonTransferableColour
            : isElected                           ? electedColour
                                                  : continuingColour;
        const qreal length = static_cast<double>(*units) / static_cast<double>(largestUnits()) * area.width();
        const QRectF bar(area.left(), area.top(), std::max(length, *units > 0 ? 2 * line : 0.0),
                         area.height());
        painter.setPen(Qt::NoPen);
        painter.setBrush(colour);
        painter.drawRoundedRect(bar, 2 * line, 2 * line);
        const QString figure = chartFigure(*units);
        const qreal gap = grid.padding / 2;
        const qreal textWidth = painter.fontMetrics().horizontalAdvance(figure) + 2 * gap;
        // The figure inside the bar when it fits there, else just after it.
        const bool isInside = bar.width() >= textWidth;
        if (!isInside) {
            painter.setBrush(Qt::white);
            painter.drawRect(QRectF(bar.right() + gap / 2, area.top(), textWidth, area.height()));
        }
        painter.setPen(isInside ? QColor(Qt::white) : textColour);
        const QRectF textRect = isInside
            ? bar.adjusted(gap, 0, -gap, 0)
            : QRectF(bar.right() + gap, area.top(), cell.right() - bar.right(), area.height());
        const Qt::Alignment alignment = (isInside ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter;
        painter.drawText(textRect, static_cast<int>(alignment.toInt()), figure);
    }
}

void RoundsChart::paintLegend(QPainter& painter, const QRectF& rect, const Grid& grid) const
{
    const qreal lineHeight = painter.fontMetrics().height();
    qreal x = grid.left + grid.nameWidth + grid.padding;
    const qreal y = grid.cell(static_cast<int>(rows().size()), 0).top() + lineHeight / 2;
    const auto swatch = [&](const QColor& colour, const QString& text) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(colour);
        painter.drawRect(QRectF(x, y + lineHeight / 4, lineHeight, lineHeight / 2));
        x += lineHeight * 1.3;
        painter.setPen(textColour);
        painter.drawText(QRectF(x, y, rect.right() - x, lineHeight), Qt::AlignLeft | Qt::AlignVCenter, text);
        x += painter.fontMetrics().horizontalAdvance(text) + lineHeight;
    };
    swatch(electedColour, tr("Elected"));
    if (m_figures.isStv()) {
        swatch(continuingColour, tr("Continuing"));
        swatch(nonTransferableColour, tr("Non-transferable"));
        painter.setPen(QPen(quotaColour, std::max(grid.padding / 4, 1.5), Qt::DashLine));
        painter.drawLine(QPointF(x + lineHeight / 2, y), QPointF(x + lineHeight / 2, y + lineHeight));
        x += lineHeight * 1.3;
        painter.setPen(textColour);
        painter.drawText(QRectF(x, y, rect.right() - x, lineHeight), Qt::AlignLeft | Qt::AlignVCenter,
                         tr("Quota: %1").arg(QLocale().toString(m_figures.quota)));
    } else {
        swatch(continuingColour, tr("Not elected"));
    }
}

} // namespace mutualise::reports
