#include "reports/ReportPdf.h"

#include "AuditFooter.h"
#include "PaperChart.h"
#include "PaperColumns.h"
#include "PaperText.h"
#include "PlainGlyphs.h"
#include "formats/OutputFile.h"

#include <QFontMetricsF>
#include <QGlyphRun>
#include <QLocale>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QRawFont>
#include <QTextLayout>
#include <queue>

#include <algorithm>
#include <optional>
#include <vector>

using namespace Qt::StringLiterals;

namespace mutualise::reports {

namespace {

constexpr qreal tablePointSize = 8;
constexpr qreal namePointSize = 15;
constexpr qreal titlePointSize = 12;
constexpr qreal detailPointSize = 9;
constexpr qreal footerPointSize = 7.5;
// How often, in rows, painting reports its progress.
constexpr int progressStep = 500;
// How often, in sections (a member's statement), laying out and painting report their progress.
constexpr qsizetype sectionProgressStep = 50;

using paper::fontOf;
using paper::headingFill;
using paper::quietText;
using paper::ruleColour;
using paper::stripeFill;

using paper::layOut;

// One table's columns across the page, and the height of each of its rows.
struct TableLayout
{
    QList<qreal> lefts; // where each column's cell starts
    QList<qreal> widths; // each cell's width, padding included
    QList<qreal> rowHeights;
    qreal headingHeight = 0;
    bool hasTotals = false;
};

// A run of one table's rows on one page.
struct Slice
{
    qsizetype table = 0;
    qsizetype first = 0;
    qsizetype end = 0;
    bool hasCaption = false;
    bool hasTotals = false;
    bool hasPreface = false; // the heading and paragraphs of the section the table opens go above it
    bool hasClosing = false; // the closing paragraphs of the section it ends go below it
    bool isClosingOnly = false; // those paragraphs alone, carried over to a page of their own
    qreal top = 0;
};

// A table as it goes on paper, with the section it opens or ends.
struct PrintedTable
{
    const ReportTable* table = nullptr;
    const ReportSection* opens = nullptr;
    const ReportSection* ends = nullptr;
};

struct Page
{
    bool hasTitleBlock = false;
    QList<Slice> slices;
    QList<std::pair<qsizetype, qreal>> charts; // each chart's place in ReportPages::m_charts, and its top
};

// The report laid out on the device's pages: each table's columns and rows, and which rows fall on
// which page, worked out before anything is painted so that every page can say how many there are.
class ReportPages
{
public:
    ReportPages(QPagedPaintDevice& device, const Report& report)
        : m_device(device)
        , m_report(report)
        , m_body(fontOf(tablePointSize))
        , m_bold(fontOf(tablePointSize, true))
        , m_bodyMetrics(m_body, &device)
        , m_boldMetrics(m_bold, &device)
        , m_bodyGlyphs(m_body, &device)
        , m_boldGlyphs(m_bold, &device)
    {
        const qreal dotsPerMillimetre = device.logicalDpiX() / 25.4;
        m_padding = 1.2 * dotsPerMillimetre;
        m_verticalPadding = 0.7 * dotsPerMillimetre;
        m_lineHeight = m_bodyMetrics.lineSpacing();
        m_ascent = m_bodyMetrics.ascent();
        const QFontMetricsF footer(fontOf(footerPointSize), &device);
        m_footerHeight = 2.5 * footer.height();
        m_pageHeight = device.height() - m_footerHeight;
        m_tableGap = 2 * m_lineHeight;
    }

    // Lays out the report and paints it. A report of sections (a statement a member) is laid out a
    // section at a time, twice: first to count the pages, which every footer gives, then to paint them;
    // so that no more than one section is held, however many members there are.
    domain::Outcome print(const Progress& progress)
    {
        const qsizetype sections = m_report.sections.size();
        const qint64 steps = 2 * static_cast<qint64>(sections);
        const auto cancelled = [] {
            return domain::Error { ReportPdf::tr("The report was not finished: it was cancelled."),
                                   u"cancelled"_s,
                                   {} };
        };
        if (sections == 0) {
            layOutTables();
            m_pageTotal = m_pages.size();
        }
        for (qsizetype index = 0; index < sections; ++index) {
            layOutSection(index);
            m_pageTotal += m_pages.size();
            if (progress && (index + 1) % sectionProgressStep == 0 && !progress(index + 1, steps))
                return cancelled();
        }
        QPainter painter;
        if (!painter.begin(&m_device))
            return notPrinted();
        painter.setRenderHint(QPainter::TextAntialiasing);
        if (sections == 0) {
            if (domain::Outcome painted = paintPages(painter, progress); !painted)
                return painted;
        }
        for (qsizetype index = 0; index < sections; ++index) {
            layOutSection(index);
            if (domain::Outcome painted = paintPages(painter, {}); !painted)
                return painted;
            const bool isLast = index + 1 == sections;
            if (progress && ((index + 1) % sectionProgressStep == 0 || isLast)
                && !progress(sections + index + 1, steps)) {
                painter.end();
                return cancelled();
            }
        }
        if (!painter.end())
            return notPrinted();
        return domain::ok();
    }

private:
    // The report's own tables, with their charts.
    void layOutTables()
    {
        QList<PrintedTable> printed;
        for (const ReportTable& table : m_report.tables)
            printed.append({ &table, nullptr, nullptr });
        layOutPrinted(printed);
    }

    // One section of the report, on pages of its own.
    void layOutSection(qsizetype index)
    {
        m_section = m_report.sections.at(index);
        QList<PrintedTable> printed;
        for (const ReportTable& table : std::as_const(m_section->tables)) {
            printed.append({ &table, &table == &m_section->tables.constFirst() ? &*m_section : nullptr,
                             &table == &m_section->tables.constLast() ? &*m_section : nullptr });
        }
        layOutPrinted(printed);
    }

    void layOutPrinted(const QList<PrintedTable>& printed)
    {
        m_printed = printed;
        m_tables.clear();
        m_charts.clear();
        m_pages.clear();
        for (const PrintedTable& table : std::as_const(m_printed))
            m_tables.append(layOutTable(*table.table));
        for (const ReportChart& chart : m_report.charts) {
            for (const PrintedTable& table : std::as_const(m_printed)) {
                if (table.table->name == chart.table && table.opens == nullptr)
                    m_charts.append(
                        { table.table, PaperChart::bars(*table.table, chart, m_report.currency) });
            }
        }
        paginate();
    }

    // Paints the pages laid out, numbered after those painted before them.
    domain::Outcome paintPages(QPainter& painter, const Progress& progress)
    {
        qint64 painted = 0;
        qint64 lastReported = 0;
        qint64 total = 0;
        for (const PrintedTable& printed : std::as_const(m_printed))
            total += printed.table->rows.size();
        for (qsizetype number = 0; number < m_pages.size(); ++number) {
            if (m_pagesPainted > 0 && !m_device.newPage())
                return notPrinted();
            const Page& page = m_pages.at(number);
            if (page.hasTitleBlock)
                paintTitleBlock(painter);
            for (const auto& [chart, top] : page.charts)
                PaperChart::paint(painter, m_device,
                                  QRectF(0, top, m_device.width(), PaperChart::height(m_pageHeight)),
                                  m_charts.at(chart).second, m_report.currency);
            for (const Slice& slice : page.slices) {
                paintSlice(painter, slice);
                painted += slice.end - slice.first;
            }
            painter.setPen(Qt::black);
            m_bodyGlyphs.draw(painter);
            m_boldGlyphs.draw(painter);
            paintFooter(painter, m_pagesPainted);
            ++m_pagesPainted;
            if (progress && (painted - lastReported >= progressStep || number + 1 == m_pages.size())) {
                lastReported = painted;
                if (!progress(painted, total)) {
                    painter.end();
                    return domain::Error { ReportPdf::tr("The report was not finished: it was cancelled."),
                                           u"cancelled"_s,
                                           {} };
                }
            }
        }
        return domain::ok();
    }

    static domain::Error notPrinted()
    {
        return { ReportPdf::tr("The report could not be put on the page. Check that the printer is ready."),
                 u"not-printed"_s,
                 {} };
    }

    QStringList titleLines() const
    {
        const QLocale locale;
        QStringList lines;
        if (!m_report.registration.isEmpty())
            lines.append(ReportPdf::tr("Registration number %1").arg(m_report.registration));
        if (m_report.hasPeriod()) {
            lines.append(ReportPdf::tr("From %1 to %2")
                             .arg(locale.toString(m_report.from, QLocale::LongFormat),
                                  locale.toString(m_report.to, QLocale::LongFormat)));
        } else if (m_report.asOf.isValid()) {
            lines.append(ReportPdf::tr("As of %1").arg(locale.toString(m_report.asOf, QLocale::LongFormat)));
        }
        lines.append(
            ReportPdf::tr("Produced %1").arg(locale.toString(m_report.produced, QLocale::LongFormat)));
        return lines;
    }

    qreal titleBlockHeight() const
    {
        const QFontMetricsF name(fontOf(namePointSize, true), &m_device);
        const QFontMetricsF title(fontOf(titlePointSize), &m_device);
        const QFontMetricsF detail(fontOf(detailPointSize), &m_device);
        return name.lineSpacing() + title.lineSpacing() * 1.3
            + detail.lineSpacing() * static_cast<qreal>(titleLines().size()) + m_tableGap;
    }

    void paintTitleBlock(QPainter& painter) const
    {
        qreal y = 0;
        const qreal width = m_device.width();
        const auto line = [&](const QFont& font, const QColor& colour, const QString& text, qreal spacing) {
            painter.setFont(font);
            painter.setPen(colour);
            const QFontMetricsF metrics(font, &m_device);
            painter.drawText(QRectF(0, y, width, metrics.lineSpacing()), Qt::AlignLeft | Qt::AlignTop,
                             metrics.elidedText(text, Qt::ElideRight, width));
            y += metrics.lineSpacing() * spacing;
        };
        line(fontOf(namePointSize, true), Qt::black, m_report.mutualName, 1);
        line(fontOf(titlePointSize), Qt::black, m_report.title, 1.3);
        for (const QString& text : titleLines())
            line(fontOf(detailPointSize), quietText, text, 1);
    }

    void paintFooter(QPainter& painter, qsizetype number) const
    {
        const QFont font = fontOf(footerPointSize);
        const QFontMetricsF metrics(font, &m_device);
        painter.setFont(font);
        painter.setPen(quietText);
        const qreal height = metrics.height();
        const QRectF line(0, m_device.height() - height, m_device.width(), height);
        //: At the foot of every page of a report
        QString pageText = ReportPdf::tr("Page %1 of %2").arg(number + 1).arg(m_pageTotal);
        if (const QString anchor = AuditFooter::text(m_report.auditHead); !anchor.isEmpty())
            //: At the foot of every page of a report: where the audit trail ended, and the page
            pageText = ReportPdf::tr("%1 · %2").arg(anchor, pageText);
        const qreal pageWidth = metrics.horizontalAdvance(pageText);
        painter.drawText(line, Qt::AlignRight | Qt::AlignVCenter, pageText);
        //: At the foot of every page of a report: the mutual and the report
        const QString footer = ReportPdf::tr("%1 · %2").arg(m_report.mutualName, m_report.title);
        painter.drawText(line.adjusted(0, 0, -pageWidth - 2 * height, 0), Qt::AlignLeft | Qt::AlignVCenter,
                         metrics.elidedText(footer, Qt::ElideRight, line.width() - pageWidth - 2 * height));
    }

    QString text(const ReportTable& table, qsizetype row, qsizetype column) const
    {
        return cellText(table.rows.at(row).at(column), table.columns.at(column).type, m_report.currency);
    }

    int linesOf(const QString& text, const QFont& font, const QFontMetricsF& metrics, qreal width) const
    {
        if (text.isEmpty() || metrics.horizontalAdvance(text) <= width)
            return 1;
        QTextLayout layout(text, font, &m_device);
        layOut(layout, width, m_maximumLines);
        return std::max(1, layout.lineCount());
    }

    TableLayout layOutTable(const ReportTable& table)
    {
        TableLayout layout;
        const PaperColumns columns { m_bodyMetrics, m_boldMetrics, m_padding,
                                     static_cast<qreal>(m_device.width()), m_report.currency };
        layout.widths = columns.widths(table);
        qreal x = 0;
        for (qreal width : layout.widths) {
            layout.lefts.append(x);
            x += width;
        }
        int headingLines = 1;
        for (qsizetype column = 0; column < table.columns.size(); ++column) {
            headingLines = std::max(headingLines,
                                    linesOf(table.columns.at(column).title, m_bold, m_boldMetrics,
                                            layout.widths.at(column) - 2 * m_padding));
            layout.hasTotals = layout.hasTotals || table.columns.at(column).isTotalled;
        }
        layout.headingHeight = headingLines * m_lineHeight + 2 * m_verticalPadding;
        // No row taller than a page can hold under the heading: the rest of a longer text is cut off.
        m_maximumLines = std::max(
            1, static_cast<int>((m_pageHeight - layout.headingHeight - 3 * m_lineHeight) / m_lineHeight) - 2);
        QList<qsizetype> texts;
        for (qsizetype column = 0; column < table.columns.size(); ++column) {
            if (table.columns.at(column).type == ColumnType::Text)
                texts.append(column);
        }
        const qreal oneLine = m_lineHeight + 2 * m_verticalPadding;
        layout.rowHeights.reserve(table.rows.size());
        for (qsizetype row = 0; row < table.rows.size(); ++row) {
            int lines = 1;
            for (qsizetype column : texts) {
                const auto* cell = std::get_if<QString>(&table.rows.at(row).at(column));
                const qreal width = layout.widths.at(column) - 2 * m_padding;
                if (!cell)
                    continue;
                const QString shown = text(table, row, column);
                if (!m_bodyGlyphs.surelyFits(shown, width))
                    lines = std::max(lines, linesOf(shown, m_body, m_bodyMetrics, width));
            }
            layout.rowHeights.append(lines == 1 ? oneLine : lines * m_lineHeight + 2 * m_verticalPadding);
        }
        m_maximumLines = 1000;
        return layout;
    }

    qreal captionHeight() const
    {
        return QFontMetricsF(fontOf(detailPointSize, true), &m_device).lineSpacing() * 1.4;
    }

    void paginate()
    {
        const bool hasCaptions = !m_report.sections.isEmpty() || m_report.tables.size() > 1;
        const qreal oneLine = m_lineHeight + 2 * m_verticalPadding;
        m_pages.append(Page { true, {}, {} });
        qreal y = titleBlockHeight();
        const auto newPage = [&] {
            m_pages.append(Page {});
            y = 0;
        };
        for (qsizetype index = 0; index < m_tables.size(); ++index) {
            const PrintedTable& printed = m_printed.at(index);
            const ReportTable& table = *printed.table;
            const TableLayout& layout = m_tables.at(index);
            if (printed.opens && index > 0) {
                // Each section on a page of its own, under the title block, as a letter.
                m_pages.append(Page { true, {}, {} });
                y = titleBlockHeight();
            } else if (index > 0) {
                y += m_tableGap;
            }
            // The table's charts above it, each whole on one page.
            for (qsizetype chart = 0; chart < m_charts.size(); ++chart) {
                if (m_charts.at(chart).first != &table)
                    continue;
                if (y > 0 && y + PaperChart::height(m_pageHeight) > m_pageHeight)
                    newPage();
                m_pages.last().charts.append({ chart, y });
                y += PaperChart::height(m_pageHeight) + m_tableGap;
            }
            const qreal preface = printed.opens ? prefaceHeight(*printed.opens) : 0;
            const qreal caption = hasCaptions ? captionHeight() : 0;
            const qreal firstRow = table.rows.isEmpty() ? oneLine : layout.rowHeights.constFirst();
            if (y > 0 && y + preface + caption + layout.headingHeight + firstRow > m_pageHeight)
                newPage();
            Slice slice { index, 0, 0, hasCaptions, false };
            slice.hasPreface = printed.opens != nullptr;
            slice.top = y;
            y += preface + caption + layout.headingHeight;
            if (table.rows.isEmpty())
                y += oneLine; // "Nothing to show."
            for (qsizetype row = 0; row < table.rows.size(); ++row) {
                const qreal height = layout.rowHeights.at(row);
                if (y + height > m_pageHeight && row > slice.first) {
                    m_pages.last().slices.append(slice);
                    newPage();
                    slice = Slice { index, row, row, false, false };
                    y = layout.headingHeight;
                }
                slice.end = row + 1;
                y += height;
            }
            if (layout.hasTotals) {
                if (y + oneLine > m_pageHeight) {
                    m_pages.last().slices.append(slice);
                    newPage();
                    slice = Slice { index, table.rows.size(), table.rows.size(), false, false };
                    y = layout.headingHeight;
                }
                slice.hasTotals = true;
                y += oneLine;
            }
            if (printed.ends && !printed.ends->closing.isEmpty()) {
                const qreal closing = m_lineHeight + paragraphsHeight(printed.ends->closing);
                if (y + closing > m_pageHeight) {
                    m_pages.last().slices.append(slice);
                    newPage();
                    slice = Slice { index, table.rows.size(), table.rows.size(), false, false };
                    slice.isClosingOnly = true;
                }
                slice.hasClosing = true;
                y += closing;
            }
            m_pages.last().slices.append(slice);
        }
    }

    QFont sectionHeadingFont() const { return fontOf(titlePointSize, true); }
    QFont paragraphFont() const { return fontOf(detailPointSize + 1); }

    // A section's paragraphs, each wrapped to the page's width, with a line's space after each.
    qreal paragraphsHeight(const QStringList& paragraphs) const
    {
        const QFontMetricsF metrics(paragraphFont(), &m_device);
        qreal height = 0;
        for (const QString& paragraph : paragraphs) {
            QTextLayout layout(paragraph, paragraphFont(), &m_device);
            layOut(layout, m_device.width(), 1000);
            height += layout.boundingRect().height() + metrics.lineSpacing() * 0.6;
        }
        return height;
    }

    qreal prefaceHeight(const ReportSection& section) const
    {
        const QFontMetricsF heading(sectionHeadingFont(), &m_device);
        return heading.lineSpacing() * 1.5 + paragraphsHeight(section.paragraphs);
    }

    qreal paintParagraphs(QPainter& painter, const QStringList& paragraphs, qreal y) const
    {
        const QFontMetricsF metrics(paragraphFont(), &m_device);
        painter.setPen(Qt::black);
        for (const QString& paragraph : paragraphs) {
            QTextLayout layout(paragraph, paragraphFont(), &m_device);
            layOut(layout, m_device.width(), 1000);
            layout.draw(&painter, QPointF(0, y));
            y += layout.boundingRect().height() + metrics.lineSpacing() * 0.6;
        }
        return y;
    }

    qreal paintPreface(QPainter& painter, const ReportSection& section, qreal y) const
    {
        const QFont font = sectionHeadingFont();
        const QFontMetricsF metrics(font, &m_device);
        painter.setFont(font);
        painter.setPen(Qt::black);
        painter.drawText(QRectF(0, y, m_device.width(), metrics.lineSpacing()), Qt::AlignLeft | Qt::AlignTop,
                         metrics.elidedText(section.heading, Qt::ElideRight, m_device.width()));
        return paintParagraphs(painter, section.paragraphs, y + metrics.lineSpacing() * 1.5);
    }

    void paintCell(QPainter& painter, const QRectF& cell, const QString& value, bool isNumber, bool isWrapped,
                   const QFont& font)
    {
        const QRectF inner = cell.adjusted(m_padding, m_verticalPadding, -m_padding, -m_verticalPadding);
        if (!isWrapped) {
            PlainGlyphs& glyphs = font.bold() ? m_boldGlyphs : m_bodyGlyphs;
            const std::optional<qreal> width = glyphs.widthOf(value);
            if (width && *width <= inner.width()) {
                glyphs.add(value,
                           QPointF(isNumber ? inner.right() - *width : inner.left(), inner.top() + m_ascent));
            } else {
                const Qt::Alignment alignment = (isNumber ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignTop;
                painter.drawText(inner, static_cast<int>(alignment.toInt()), value);
            }
            return;
        }
        QTextLayout layout(value, font, &m_device);
        layOut(layout, inner.width(), std::max(1, static_cast<int>(inner.height() / m_lineHeight + 0.5)),
               isNumber ? Qt::AlignRight : Qt::AlignLeft);
        painter.save();
        painter.setClipRect(cell);
        layout.draw(&painter, inner.topLeft());
        painter.restore();
    }

    void paintHeading(QPainter& painter, const ReportTable& table, const TableLayout& layout, qreal y)
    {
        const QRectF band(0, y, m_device.width(), layout.headingHeight);
        painter.fillRect(band, headingFill);
        painter.setFont(m_bold);
        painter.setPen(Qt::black);
        for (qsizetype column = 0; column < table.columns.size(); ++column) {
            const QRectF cell(layout.lefts.at(column), y, layout.widths.at(column), layout.headingHeight);
            const QString& title = table.columns.at(column).title;
            const bool isNumber = isFigure(table.columns.at(column).type);
            paintCell(painter, cell, title, isNumber,
                      m_boldMetrics.horizontalAdvance(title) > cell.width() - 2 * m_padding, m_bold);
        }
        painter.setPen(QPen(ruleColour, m_device.logicalDpiX() / 150.0));
        painter.drawLine(band.bottomLeft(), band.bottomRight());
    }

    void paintSlice(QPainter& painter, const Slice& slice)
    {
        const PrintedTable& printed = m_printed.at(slice.table);
        const ReportTable& table = *printed.table;
        const TableLayout& layout = m_tables.at(slice.table);
        qreal y = slice.top;
        if (slice.isClosingOnly) {
            paintParagraphs(painter, printed.ends->closing, y);
            return;
        }
        if (slice.hasPreface)
            y = paintPreface(painter, *printed.opens, y);
        if (slice.hasCaption) {
            const QFont font = fontOf(detailPointSize, true);
            painter.setFont(font);
            painter.setPen(Qt::black);
            painter.drawText(QRectF(0, y, m_device.width(), captionHeight()), Qt::AlignLeft | Qt::AlignTop,
                             table.title.isEmpty() ? table.name : table.title);
            y += captionHeight();
        }
        paintHeading(painter, table, layout, y);
        y += layout.headingHeight;
        const qreal oneLine = m_lineHeight + 2 * m_verticalPadding;
        painter.setFont(m_body);
        if (table.rows.isEmpty()) {
            painter.setPen(quietText);
            painter.drawText(QRectF(m_padding, y + m_verticalPadding, m_device.width(), m_lineHeight),
                             Qt::AlignLeft | Qt::AlignTop,
                             table.emptyText.isEmpty() ? ReportPdf::tr("Nothing to show.") : table.emptyText);
            y += oneLine;
        }
        for (qsizetype row = slice.first; row < slice.end; ++row) {
            const qreal height = layout.rowHeights.at(row);
            if (row % 2 == 1)
                painter.fillRect(QRectF(0, y, m_device.width(), height), stripeFill);
            painter.setPen(Qt::black);
            for (qsizetype column = 0; column < table.columns.size(); ++column) {
                const QString value = text(table, row, column);
                if (value.isEmpty())
                    continue;
                const QRectF cell(layout.lefts.at(column), y, layout.widths.at(column), height);
                const bool isNumber = isFigure(table.columns.at(column).type);
                paintCell(painter, cell, value, isNumber,
                          height > oneLine && table.columns.at(column).type == ColumnType::Text, m_body);
            }
            y += height;
        }
        if (slice.hasTotals) {
            painter.setPen(QPen(ruleColour, m_device.logicalDpiX() / 150.0));
            painter.drawLine(QPointF(0, y), QPointF(m_device.width(), y));
            painter.setFont(m_bold);
            painter.setPen(Qt::black);
            for (qsizetype column = 0; column < table.columns.size(); ++column) {
                const ReportColumn& about = table.columns.at(column);
                QString value;
                if (about.isTotalled) {
                    const std::optional<qint64> total = table.total(column);
                    value = total ? cellText(*total, about.type, m_report.currency)
                                  : ReportPdf::tr("too large");
                } else if (column == 0) {
                    value = ReportPdf::tr("Total");
                }
                paintCell(painter, QRectF(layout.lefts.at(column), y, layout.widths.at(column), oneLine),
                          value, isFigure(about.type), false, m_bold);
            }
            y += oneLine;
        }
        if (slice.hasClosing) {
            // Painted now, before the glyphs gathered for the page, which go on top of nothing here.
            paintParagraphs(painter, printed.ends->closing, y + m_lineHeight);
        }
    }

    QPagedPaintDevice& m_device;
    const Report& m_report;
    QFont m_body;
    QFont m_bold;
    QFontMetricsF m_bodyMetrics;
    QFontMetricsF m_boldMetrics;
    PlainGlyphs m_bodyGlyphs;
    PlainGlyphs m_boldGlyphs;
    qreal m_padding = 0;
    qreal m_verticalPadding = 0;
    qreal m_lineHeight = 0;
    qreal m_ascent = 0;
    qreal m_footerHeight = 0;
    qreal m_pageHeight = 0;
    qreal m_tableGap = 0;
    int m_maximumLines = 1000;

    std::optional<ReportSection> m_section; // the one laid out, of a report of sections
    QList<PrintedTable> m_printed;
    QList<std::pair<const ReportTable*, ChartBars>> m_charts; // each with the table it goes above
    QList<TableLayout> m_tables; // the layout of each printed table
    QList<Page> m_pages; // of the tables or section laid out
    qsizetype m_pageTotal = 0; // of the whole report
    qsizetype m_pagesPainted = 0;
};

} // namespace

domain::Outcome ReportPdf::print(QPagedPaintDevice& device, const Report& report, const Progress& progress)
{
    ReportPages pages(device, report);
    return pages.print(progress);
}

domain::Outcome ReportPdf::save(const Report& report, const QString& path, const QString& mutualPath,
                                QPageSize::PageSizeId paper, const Progress& progress)
{
    if (!mutualPath.isEmpty()) {
        if (domain::Outcome isElsewhere = formats::checkNotMutual(path, mutualPath); !isElsewhere)
            return isElsewhere;
    }
    domain::Outcome printed = domain::ok();
    const domain::Outcome written = formats::writeWholeFile(path, [&](QIODevice& device) {
        QPdfWriter writer(&device);
        writer.setPageLayout(QPageLayout(QPageSize(paper), orientation(report), QMarginsF(15, 15, 15, 12),
                                         QPageLayout::Millimeter));
        writer.setResolution(300);
        writer.setTitle(report.title);
        writer.setCreator(tr("Mutualise"));
        printed = print(writer, report, progress);
        return printed.isOk();
    });
    if (!printed)
        return printed;
    return written;
}

QPageLayout::Orientation ReportPdf::orientation(const Report& report)
{
    constexpr qsizetype mostColumnsUpright = 7;
    QList<ReportTable> printed = report.tables;
    if (!report.sections.isEmpty())
        printed = report.sections.at(0).tables;
    for (const ReportTable& table : std::as_const(printed)) {
        if (table.columns.size() > mostColumnsUpright)
            return QPageLayout::Landscape;
    }
    return QPageLayout::Portrait;
}

QPageSize::PageSizeId ReportPdf::defaultPaper(const QLocale& locale)
{
    const QLocale::Territory territory = locale.territory();
    return territory == QLocale::UnitedStates || territory == QLocale::Canada ? QPageSize::Letter
                                                                              : QPageSize::A4;
}

} // namespace mutualise::reports
