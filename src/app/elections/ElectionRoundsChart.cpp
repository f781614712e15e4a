#include "app/elections/ElectionRoundsChart.h"

#include "domain/StvCount.h"

#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <algorithm>
#include <climits>

using namespace Qt::StringLiterals;

namespace mutualise::app {

namespace {

const QColor continuingColour(0x4f, 0x7c, 0xac);
const QColor electedColour(0x2e, 0x7d, 0x32);
const QColor nonTransferableColour(0x9e, 0x9e, 0x9e);
const QColor quotaColour(0xb3, 0x26, 0x1e);
const QColor gridColour(0xdd, 0xdd, 0xdd);

constexpr int margin = 6;
constexpr int cellPadding = 6;
constexpr int minimumColumnWidth = 84;
constexpr int maximumColumnWidth = 360; // a count of one or two rounds keeps bars of a size to compare

// Votes as the chart prints them: whole when they are, else to two places (the table has all five).
QString chartFigure(qint64 units)
{
    if (units % domain::voteUnits == 0) {
        return QLocale().toString(units / domain::voteUnits);
    }
    return QLocale().toString(static_cast<double>(units) / static_cast<double>(domain::voteUnits), 'f', 2);
}

} // namespace

QRect ElectionRoundsChart::Geometry::cell(int row, int column) const
{
    const int band = column / roundsPerBand;
    return { margin + nameWidth + (column % roundsPerBand) * columnWidth,
             bandTop(band) + headerHeight + row * rowHeight, columnWidth, rowHeight };
}

int ElectionRoundsChart::Geometry::bandTop(int band) const
{
    return margin + band * bandHeight;
}

ElectionRoundsChart::ElectionRoundsChart(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(u"roundsChart"_s);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setAccessibleName(tr("Votes of each candidate in each round"));
}

void ElectionRoundsChart::setFigures(const reports::ElectionFigures& figures)
{
    m_figures = figures;
    updateGeometry();
    update();
}

int ElectionRoundsChart::roundCount() const
{
    return m_figures.isStv() ? static_cast<int>(m_figures.rounds.size()) : 1;
}

QStringList ElectionRoundsChart::rows() const
{
    return m_figures.chartRows();
}

std::optional<qint64> ElectionRoundsChart::unitsAt(const QString& candidate, int round) const
{
    return m_figures.unitsAfterRound(candidate, round);
}

QString ElectionRoundsChart::figureText(const QString& candidate, int round) const
{
    const auto units = unitsAt(candidate, round);
    return units ? chartFigure(*units) : QString();
}

qint64 ElectionRoundsChart::largestUnits() const
{
    qint64 largest = m_figures.isStv() ? m_figures.quota * domain::voteUnits : 0;
    for (const QString& candidate : rows()) {
        for (int round = 1; round <= roundCount(); ++round) {
            largest = std::max(largest, unitsAt(candidate, round).value_or(0));
        }
    }
    // A little room past the longest bar, so that the quota line never sits on a column's edge.
    return std::max<qint64>(largest + largest / 10, 1);
}

// A column is never narrower than the longest word of a caption or the widest figure, so that captions
// wrap between words and nothing is cut short.
int ElectionRoundsChart::narrowestColumn() const
{
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics metrics = fontMetrics();
    int widest = QFontMetrics(bold).horizontalAdvance(caption(roundCount()).section(u'\n', 0, 0));
    for (int round = 1; round <= roundCount(); ++round) {
        const QStringList words = caption(round).section(u'\n', 1).split(u' ', Qt::SkipEmptyParts);
        for (const QString& word : words) {
            widest = std::max(widest, metrics.horizontalAdvance(word));
        }
        for (const QString& candidate : rows()) {
            widest = std::max(widest, metrics.horizontalAdvance(figureText(candidate, round)) + 8);
        }
    }
    return std::max(minimumColumnWidth, widest + 2 * cellPadding);
}

int ElectionRoundsChart::actionHeight(int round, int textWidth) const
{
    const QString action = caption(round).section(u'\n', 1);
    if (action.isEmpty()) {
        return 0;
    }
    return fontMetrics().boundingRect(QRect(0, 0, textWidth, 10'000), Qt::TextWordWrap, action).height();
}

ElectionRoundsChart::Geometry ElectionRoundsChart::geometry(int width) const
{
    Geometry grid;
    const QFontMetrics metrics = fontMetrics();
    int widestName = metrics.horizontalAdvance(tr("Non-transferable"));
    for (const QString& name : m_figures.standing()) {
        widestName = std::max(widestName, metrics.horizontalAdvance(name));
    }
    const int available = std::max(width - 2 * margin, 1);
    const int narrowest = narrowestColumn();
    grid.nameWidth = std::min(widestName + 2 * cellPadding, std::max(available - narrowest, available / 3));
    const int rounds = std::max(roundCount(), 1);
    grid.roundsPerBand = std::clamp((available - grid.nameWidth) / narrowest, 1, rounds);
    grid.bands = (rounds + grid.roundsPerBand - 1) / grid.roundsPerBand;
    grid.columnWidth
        = std::clamp((available - grid.nameWidth) / grid.roundsPerBand, narrowest, maximumColumnWidth);
    int tallestAction = 0;
    for (int round = 1; round <= roundCount(); ++round) {
        tallestAction = std::max(tallestAction, actionHeight(round, grid.columnWidth - 2 * cellPadding));
    }
    grid.headerHeight = metrics.height() + tallestAction + cellPadding;
    grid.rowHeight = metrics.height() + 2 * cellPadding;
    const int bandGap = grid.bands > 1 ? metrics.height() : 0;
    grid.bandHeight = grid.headerHeight + static_cast<int>(rows().size()) * grid.rowHeight + bandGap;
    return grid;
}

QString ElectionRoundsChart::caption(int round) const
{
    if (!m_figures.isStv()) {
        return tr("Votes");
    }
    if (round < 1 || round > m_figures.rounds.size()) {
        return tr("Round %1").arg(round);
    }
    return tr("Round %1").arg(round) + u'\n' + m_figures.rounds.at(round - 1).actionText();
}

QRect ElectionRoundsChart::captionRect(int round) const
{
    const Geometry grid = geometry();
    const QRect cell = grid.cell(0, round - 1);
    const int top = grid.bandTop((round - 1) / grid.roundsPerBand);
    return { cell.left() + cellPadding, top, cell.width() - 2 * cellPadding,
             grid.headerHeight - cellPadding };
}

int ElectionRoundsChart::heightForWidth(int width) const
{
    const Geometry grid = geometry(width);
    // The bands, then a line of legend under them.
    return 2 * margin + grid.bands * grid.bandHeight + 2 * fontMetrics().height();
}

QSize ElectionRoundsChart::sizeHint() const
{
    const int width = 2 * margin + 160 + std::max(roundCount(), 1) * narrowestColumn();
    return { width, heightForWidth(width) };
}

QSize ElectionRoundsChart::minimumSizeHint() const
{
    // A round a band at the narrowest: the page scrolls down rather than sideways.
    const int width = 2 * margin + 120 + narrowestColumn();
    return { width, heightForWidth(width) };
}

void ElectionRoundsChart::paintEvent(QPaintEvent* /*event*/)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const Geometry grid = geometry();
    paintHeader(painter);
    const QStringList names = rows();
    for (int row = 0; row < names.size(); ++row) {
        for (int band = 0; band < grid.bands; ++band) {
            paintName(painter, grid, names.at(row), grid.cell(row, band * grid.roundsPerBand).top());
        }
        for (int round = 1; round <= roundCount(); ++round) {
            paintCell(painter, grid.cell(row, round - 1), names.at(row), round);
        }
    }
    paintLegend(painter, grid);
}

void ElectionRoundsChart::paintName(QPainter& painter, const Geometry& grid, const QString& name,
                                    int top) const
{
    const QRect nameCell(margin, top, grid.nameWidth, grid.rowHeight);
    QFont nameFont = font();
    nameFont.setBold(m_figures.elected.contains(name));
    nameFont.setItalic(name.isEmpty());
    painter.setFont(nameFont);
    painter.setPen(palette().color(QPalette::WindowText));
    const QString shown = name.isEmpty() ? tr("Non-transferable") : name;
    painter.drawText(nameCell.adjusted(0, 0, -cellPadding, 0), Qt::AlignLeft | Qt::AlignVCenter,
                     painter.fontMetrics().elidedText(shown, Qt::ElideRight, nameCell.width() - cellPadding));
    painter.setFont(font());
}

void ElectionRoundsChart::paintHeader(QPainter& painter) const
{
    QFont bold = font();
    bold.setBold(true);
    const int lineHeight = fontMetrics().height();
    for (int round = 1; round <= roundCount(); ++round) {
        const QRect area = captionRect(round);
        painter.setFont(bold);
        painter.setPen(palette().color(QPalette::WindowText));
        const QString text = caption(round);
        painter.drawText(QRect(area.topLeft(), QSize(area.width(), lineHeight)),
                         Qt::AlignLeft | Qt::AlignVCenter, text.section(u'\n', 0, 0));
        painter.setFont(font());
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(area.adjusted(0, lineHeight, 0, 0), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                         text.section(u'\n', 1));
    }
    painter.setFont(font());
}

void ElectionRoundsChart::paintCell(QPainter& painter, const QRect& cell, const QString& candidate,
                                    int round) const
{
    painter.setPen(gridColour);
    painter.drawLine(cell.topLeft(), cell.bottomLeft());
    const QRect area = cell.adjusted(cellPadding, cellPadding / 2 + 1, -cellPadding, -cellPadding / 2 - 1);
    const auto units = unitsAt(candidate, round);
    const auto excludedIn = m_figures.roundExcluded(candidate);
    QRect printed; // where a figure or a word is printed: the quota line goes round it
    if (!units) {
        if (excludedIn == round) {
            painter.setPen(palette().color(QPalette::PlaceholderText));
            painter.drawText(area, Qt::AlignLeft | Qt::AlignVCenter, tr("excluded"), &printed);
        }
    } else {
        const auto electedIn = m_figures.isStv() ? m_figures.roundElected(candidate) : std::nullopt;
        const bool isElected
            = m_figures.isStv() ? electedIn && *electedIn <= round : m_figures.elected.contains(candidate);
        const QColor colour = candidate.isEmpty() ? nonTransferableColour
            : isElected                           ? electedColour
                                                  : continuingColour;
        const int length = static_cast<int>(static_cast<double>(*units) / static_cast<double>(largestUnits())
                                            * area.width());
        const QRect bar(area.left(), area.top(), std::max(length, *units > 0 ? 2 : 0), area.height());
        painter.setPen(Qt::NoPen);
        painter.setBrush(colour);
        painter.drawRoundedRect(bar, 2, 2);
        const QString figure = chartFigure(*units);
        const int textWidth = fontMetrics().horizontalAdvance(figure) + 2 * 4;
        // The figure inside the bar when it fits there, else just after it.
        const bool isInside = bar.width() >= textWidth;
        painter.setPen(isInside ? QColor(Qt::white) : palette().color(QPalette::WindowText));
        const QRect textRect = isInside ? bar.adjusted(4, 0, -4, 0)
                                        : QRect(bar.right() + 4, area.top(), area.width(), area.height());
        const Qt::Alignment alignment = (isInside ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter;
        painter.drawText(textRect, static_cast<int>(alignment.toInt()), figure, &printed);
    }
    if (m_figures.isStv() && !candidate.isEmpty()) {
        const int x = area.left()
            + static_cast<int>(static_cast<double>(m_figures.quota * domain::voteUnits)
                               / static_cast<double>(largestUnits()) * area.width());
        paintQuotaLine(painter, x, cell, printed.isNull() ? printed : printed.adjusted(-3, 0, 3, 0));
    }
}

// The dashed quota line down a cell, with a gap where it would cross the figure printed there.
void ElectionRoundsChart::paintQuotaLine(QPainter& painter, int x, const QRect& cell, const QRect& printed)
{
    painter.setPen(QPen(quotaColour, 1.5, Qt::DashLine));
    const int top = cell.top() + 1;
    const int bottom = cell.bottom() - 1;
    if (printed.isNull() || x < printed.left() || x > printed.right()) {
        painter.drawLine(x, top, x, bottom);
        return;
    }
    // Short ticks above and below the figure keep the quota in sight without striking the figure through.
    if (printed.top() - 1 > top) {
        painter.drawLine(x, top, x, printed.top() - 1);
    }
    if (printed.bottom() + 1 < bottom) {
        painter.drawLine(x, printed.bottom() + 1, x, bottom);
    }
}

void ElectionRoundsChart::paintLegend(QPainter& painter, const Geometry& grid) const
{
    const int lineHeight = fontMetrics().height();
    int x = margin + grid.nameWidth + cellPadding;
    const int y = grid.bandTop(grid.bands - 1) + grid.headerHeight
        + static_cast<int>(rows().size()) * grid.rowHeight + lineHeight / 2;
    const auto swatch = [&](const QColor& colour, const QString& text) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(colour);
        painter.drawRoundedRect(QRect(x, y + lineHeight / 4, lineHeight, lineHeight / 2), 2, 2);
        x += lineHeight + 4;
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(QRect(x, y, width(), lineHeight), Qt::AlignLeft | Qt::AlignVCenter, text);
        x += fontMetrics().horizontalAdvance(text) + 16;
    };
    swatch(electedColour, tr("Elected"));
    if (m_figures.isStv()) {
        swatch(continuingColour, tr("Continuing"));
        painter.setPen(QPen(quotaColour, 1.5, Qt::DashLine));
        painter.drawLine(x + lineHeight / 2, y, x + lineHeight / 2, y + lineHeight);
        x += lineHeight + 4;
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(QRect(x, y, width(), lineHeight), Qt::AlignLeft | Qt::AlignVCenter,
                         tr("Quota: %1").arg(QLocale().toString(m_figures.quota)));
    } else {
        swatch(continuingColour, tr("Not elected"));
    }
}

bool ElectionRoundsChart::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const QString text = toolTipAt(help->pos());
        if (text.isEmpty()) {
            QToolTip::hideText();
            event->ignore();
        } else {
            // A tooltip that looks like markup is read as markup: a candidate's name is escaped so that
            // it is shown as the ballot file spells it.
            QToolTip::showText(help->globalPos(), QStringLiteral("<html>%1</html>").arg(text.toHtmlEscaped()),
                               this);
        }
        return true;
    }
    return QWidget::event(event);
}

// "Ann Smith, round 2 (Surplus of Bob Jones): 28.00000 votes", with the table's five decimals.
QString ElectionRoundsChart::toolTipAt(const QPoint& position) const
{
    const Geometry grid = geometry();
    const QStringList names = rows();
    for (int row = 0; row < names.size(); ++row) {
        for (int round = 1; round <= roundCount(); ++round) {
            if (!grid.cell(row, round - 1).contains(position)) {
                continue;
            }
            const auto units = unitsAt(names.at(row), round);
            if (!units) {
                return {};
            }
            const QString who = names.at(row).isEmpty() ? tr("Non-transferable") : names.at(row);
            if (!m_figures.isStv()) {
                const qint64 votes = *units / domain::voteUnits; // plurality votes are whole
                return tr("%1: %Ln vote(s)", nullptr, static_cast<int>(std::min<qint64>(votes, INT_MAX)))
                    .arg(who);
            }
            return tr("%1, round %2 (%3): %4 votes")
                .arg(who)
                .arg(round)
                .arg(m_figures.rounds.at(round - 1).actionText(), domain::Stv::formatVotes(*units));
        }
    }
    return {};
}

} // namespace mutualise::app
