#include "reports/ResultPdf.h"

#include "formats/OutputFile.h"
#include "reports/AuditFooter.h"
#include "reports/ElectionFigures.h"
#include "reports/ElectionRoundsModel.h"
#include "reports/MotionChart.h"
#include "reports/ResultFigures.h"
#include "reports/RoundsChart.h"

#include <QAbstractTextDocumentLayout>
#include <QFontMetricsF>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextObjectInterface>
#include <QTextTable>

#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;

namespace mutualise::reports {

namespace {

constexpr qreal bodyPointSize = 10;
constexpr qreal chartPointSize = 7.5;
constexpr qreal footerPointSize = 8;
constexpr int chartObjectType = QTextFormat::UserObject + 1;
constexpr int chartIndexProperty = QTextFormat::UserProperty + 1;
const QString chartPrefix = u"mutualise-chart:"_s;

// A chart drawn into the text: how tall it is for a width, and how it is painted.
struct DocumentChart
{
    std::function<qreal(const QFont&, QPaintDevice*)> height;
    std::function<void(QPainter&, const QRectF&, const QFont&)> paint;
    qreal widthShare = 1; // of the width of the page
};

// Draws the charts where the summary's HTML names them, in vectors at the device's resolution.
class ChartObjects : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    ChartObjects(QList<DocumentChart> charts, const QFont& font)
        : m_charts(std::move(charts))
        , m_font(font)
    { }

    QSizeF intrinsicSize(QTextDocument* document, int /*position*/, const QTextFormat& format) override
    {
        const DocumentChart& chart = m_charts.at(format.intProperty(chartIndexProperty));
        // A little short of the full width, so that the chart never wraps onto a line of its own.
        const qreal width
            = (document->pageSize().width() - 2 * document->documentMargin()) * chart.widthShare;
        return { width * 0.99, chart.height(m_font, document->documentLayout()->paintDevice()) };
    }

    void drawObject(QPainter* painter, const QRectF& rect, QTextDocument* /*document*/, int /*position*/,
                    const QTextFormat& format) override
    {
        m_charts.at(format.intProperty(chartIndexProperty)).paint(*painter, rect, m_font);
    }

private:
    QList<DocumentChart> m_charts;
    QFont m_font;
};

// Where the chart numbered `index` goes: an image that placeCharts turns into the chart.
QString chartPlace(qsizetype index)
{
    return u"<p><img src=\"%1%2\" width=\"1\" height=\"1\"></p>"_s.arg(chartPrefix).arg(index);
}

// Lays the whole document out again: after a change of format in place, Qt 6.4 moves the content
// that follows it but leaves the document's height as it was, so that pages at the end would be lost.
void layOutAgain(QTextDocument& document)
{
    document.markContentsDirty(0, document.characterCount());
}

void placeCharts(QTextDocument& document)
{
    QList<std::pair<int, int>> places; // position, chart
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto fragment = block.begin(); !fragment.atEnd(); ++fragment) {
            const QTextCharFormat format = fragment.fragment().charFormat();
            const QString name = format.toImageFormat().name();
            if (format.isImageFormat() && name.startsWith(chartPrefix)) {
                places.append({ fragment.fragment().position(), name.mid(chartPrefix.size()).toInt() });
            }
        }
    }
    for (const auto& [position, index] : places) {
        QTextCursor cursor(&document);
        cursor.setPosition(position);
        cursor.setPosition(position + 1, QTextCursor::KeepAnchor);
        QTextCharFormat chart;
        chart.setObjectType(chartObjectType);
        chart.setProperty(chartIndexProperty, index);
        cursor.setCharFormat(chart);
    }
    layOutAgain(document);
}

// Keeps what reads as one piece on one page, where a page can hold it: a table (each block of the rounds)
// is moved to the next page rather than broken, unless it is longer than a page, and a heading goes with
// what follows it. One pass in the order of the document, since a move only pushes later content down.
void keepTogether(QTextDocument& document)
{
    QAbstractTextDocumentLayout* layout = document.documentLayout();
    const qreal pageHeight = document.pageSize().height();
    const auto pageOf = [pageHeight](qreal y) { return static_cast<int>(y / pageHeight); };
    const auto breakBefore = [&document](QTextBlock block) {
        QTextBlockFormat format = block.blockFormat();
        format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        QTextCursor(block).setBlockFormat(format);
        layOutAgain(document);
    };
    // Where a piece starts: a block's first line, which the layout moves to the next page on its own when
    // it does not fit (a chart), leaving the block's own top behind.
    const auto area = [layout](const QTextFrame::iterator& it) {
        if (it.currentFrame() != nullptr) {
            return layout->frameBoundingRect(it.currentFrame());
        }
        const QTextBlock block = it.currentBlock();
        QRectF box = layout->blockBoundingRect(block);
        if (block.layout() != nullptr && block.layout()->lineCount() > 0) {
            box.setTop(box.top() + block.layout()->lineAt(0).y());
        }
        return box;
    };
    QTextBlock heading;
    for (auto it = document.rootFrame()->begin(); !it.atEnd(); ++it) {
        (void)document.pageCount(); // the layout as it now stands
        const QRectF box = area(it);
        if (heading.isValid() && pageOf(layout->blockBoundingRect(heading).top()) != pageOf(box.top())) {
            breakBefore(heading);
        } else if (auto* table = qobject_cast<QTextTable*>(it.currentFrame()); table != nullptr
                   && pageOf(box.top()) != pageOf(box.bottom() - 1) && box.height() < pageHeight) {
            if (heading.isValid()) {
                breakBefore(heading);
            } else {
                QTextTableFormat format = table->format();
                format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
                table->setFormat(format);
                layOutAgain(document);
            }
        }
        const bool isHeading
            = it.currentFrame() == nullptr && it.currentBlock().blockFormat().headingLevel() > 0;
        heading = isHeading ? it.currentBlock() : QTextBlock();
    }
}

QFont bodyFont()
{
    QFont font;
    font.setPointSizeF(bodyPointSize);
    return font;
}

// The summary's pages: the document laid out to the device's page, less room for the page numbers.
class SummaryPages
{
public:
    explicit SummaryPages(QPagedPaintDevice& device)
        : m_device(device)
    {
        m_footerFont = bodyFont();
        m_footerFont.setPointSizeF(footerPointSize);
        m_footerHeight = 2.5 * QFontMetricsF(m_footerFont, &device).height();
        m_document.documentLayout()->setPaintDevice(&device);
        m_document.setDefaultFont(bodyFont());
        m_document.setDocumentMargin(0);
        m_document.setPageSize(QSizeF(device.width(), device.height() - m_footerHeight));
    }

    qreal width() const { return m_document.pageSize().width(); }

    void setContent(const QString& html, QList<DocumentChart> charts)
    {
        QFont chartFont = bodyFont();
        chartFont.setPointSizeF(chartPointSize);
        m_charts = std::make_unique<ChartObjects>(std::move(charts), chartFont);
        m_document.documentLayout()->registerHandler(chartObjectType, m_charts.get());
        m_document.setHtml(html);
        placeCharts(m_document);
        keepTogether(m_document);
    }

    // `footer` at the left of each page, elided when it must be; `anchor` and the page at the right.
    bool paint(const QString& footer, const QString& anchor)
    {
        QPainter painter;
        if (!painter.begin(&m_device)) {
            return false;
        }
        const int pages = m_document.pageCount();
        const QSizeF page = m_document.pageSize();
        const qreal lineHeight = QFontMetricsF(m_footerFont, &m_device).height();
        for (int number = 0; number < pages; ++number) {
            if (number > 0 && !m_device.newPage()) {
                return false;
            }
            painter.save();
            const QRectF view(0, number * page.height(), page.width(), page.height());
            painter.translate(0, -view.top());
            painter.setClipRect(view);
            QAbstractTextDocumentLayout::PaintContext context;
            context.clip = view;
            context.palette.setColor(QPalette::Text, Qt::black);
            m_document.documentLayout()->draw(&painter, context);
            painter.restore();
            painter.setFont(m_footerFont);
            painter.setPen(QColor(0x55, 0x55, 0x55));
            const QRectF line(0, m_device.height() - lineHeight, page.width(), lineHeight);
            //: At the foot of every page of a result's summary
            QString pageText = ResultPdf::tr("Page %1 of %2").arg(number + 1).arg(pages);
            if (!anchor.isEmpty())
                //: At the foot of every page of a result's summary: where the audit trail ended, and the page
                pageText = ResultPdf::tr("%1 · %2").arg(anchor, pageText);
            const qreal pageWidth = QFontMetricsF(m_footerFont, &m_device).horizontalAdvance(pageText);
            painter.drawText(line, Qt::AlignRight | Qt::AlignVCenter, pageText);
            painter.drawText(line.adjusted(0, 0, -pageWidth - 2 * lineHeight, 0),
                             Qt::AlignLeft | Qt::AlignVCenter,
                             painter.fontMetrics().elidedText(
                                 footer, Qt::ElideRight, qRound(line.width() - pageWidth - 2 * lineHeight)));
        }
        return painter.end();
    }

private:
    QPagedPaintDevice& m_device;
    QTextDocument m_document;
    std::unique_ptr<ChartObjects> m_charts;
    QFont m_footerFont;
    qreal m_footerHeight = 0;
};

QString footerText(const QString& mutualName, const QString& title)
{
    //: At the foot of every page of a result's summary: the mutual and the vote
    return ResultPdf::tr("%1 · %2").arg(mutualName, title);
}

domain::Outcome savePdf(const QString& path, const QString& mutualPath, const QString& title,
                        const std::function<bool(QPagedPaintDevice&)>& print)
{
    // Whatever name it is given, the mutual itself is never written over.
    if (!mutualPath.isEmpty()) {
        if (domain::Outcome isElsewhere = formats::checkNotMutual(path, mutualPath); !isElsewhere) {
            return isElsewhere;
        }
    }
    // Written beside the chosen name and put in its place only when complete, so that a failure never
    // leaves half a summary, nor spoils a summary saved there before.
    return formats::writeWholeFile(path, [&](QIODevice& device) {
        QPdfWriter writer(&device);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(18, 15, 18, 12), QPageLayout::Millimeter);
        writer.setResolution(300);
        writer.setTitle(title);
        writer.setCreator(ResultPdf::tr("Mutualise"));
        return print(writer);
    });
}

} // namespace

QFont ResultPdf::tableFont(const QFont& font)
{
    QFont table = font;
    table.setPointSizeF(ElectionSummary::tablePointSize);
    return table;
}

QList<std::pair<int, int>> ResultPdf::roundBlocks(const ElectionFigures& figures, const QFont& font,
                                                  QPaintDevice* device, qreal width)
{
    const int rounds = static_cast<int>(figures.rounds.size());
    if (!figures.isStv() || rounds <= 1) {
        return { { 1, std::max(rounds, 1) } };
    }
    ElectionRoundsModel model;
    model.setFigures(figures);
    QFont bold = font;
    bold.setBold(true);
    const QFontMetricsF metrics(font, device);
    const QFontMetricsF boldMetrics(bold, device);
    // Each cell's padding (3 pixels a side at 96 dots an inch) and borders, as the HTML sets them, and
    // some room to spare.
    const qreal overhead = 12.0 * device->logicalDpiX() / 96.0;
    const auto columnWidth = [&](int column) {
        qreal widest = 0;
        const QStringList heading = model.headerData(column, Qt::Horizontal).toString().split(u'\n');
        for (qsizetype line = 0; line < heading.size(); ++line) {
            // The name under "Surplus of" may break between its words; the rest of a heading does not.
            const QStringList parts
                = line < 2 ? QStringList { heading.at(line) } : heading.at(line).split(u' ');
            for (const QString& part : parts) {
                widest = std::max(widest, boldMetrics.horizontalAdvance(part));
            }
        }
        for (int row = 0; row < model.rowCount(); ++row) {
            widest
                = std::max(widest, boldMetrics.horizontalAdvance(model.index(row, column).data().toString()));
        }
        return widest + overhead;
    };
    const qreal candidates = columnWidth(ElectionRoundsModel::CandidateColumn) + overhead;
    const qreal firstBlock = candidates + columnWidth(ElectionRoundsModel::OutcomeColumn);
    QList<qreal> roundWidths;
    for (int round = 1; round <= rounds; ++round) {
        roundWidths.append(round == 1 ? columnWidth(ElectionRoundsModel::FirstFigureColumn)
                                      : columnWidth(model.transferColumn(round))
                                   + columnWidth(model.totalColumn(round)));
    }
    const qreal room = width * 0.98; // a little to spare for rounding
    const auto fits = [&](const QList<std::pair<int, int>>& blocks) {
        for (const auto& [first, last] : blocks) {
            qreal used = first == 1 ? firstBlock : candidates;
            for (int round = first; round <= last; ++round) {
                used += roundWidths.at(round - 1);
            }
            if (used > room && last > first) {
                return false;
            }
        }
        return true;
    };
    // As many rounds to a block as fit, then the same number of blocks made as even as they will go.
    QList<std::pair<int, int>> blocks;
    int first = 1;
    qreal used = firstBlock;
    for (int round = 1; round <= rounds; ++round) {
        if (round > first && used + roundWidths.at(round - 1) > room) {
            blocks.append({ first, round - 1 });
            first = round;
            used = candidates;
        }
        used += roundWidths.at(round - 1);
    }
    blocks.append({ first, rounds });
    const int count = static_cast<int>(blocks.size());
    const int size = (rounds + count - 1) / count;
    QList<std::pair<int, int>> even;
    for (int start = 1; start <= rounds; start += size) {
        even.append({ start, std::min(start + size - 1, rounds) });
    }
    return even.size() == count && fits(even) ? even : blocks;
}

bool ResultPdf::print(QPagedPaintDevice& device, const ElectionResultSource& source)
{
    SummaryPages pages(device);
    const ElectionFigures figures = electionFigures(source.result);
    ElectionSummaryLayout layout;
    layout.roundBlocks = roundBlocks(figures, tableFont(bodyFont()), &device, pages.width());
    QList<DocumentChart> charts;
    for (const auto& [first, last] : RoundsChart::parts(figures)) {
        const auto chart = std::make_shared<RoundsChart>(figures, first, last);
        layout.chartHtml += chartPlace(charts.size());
        charts.append({ [chart](const QFont& font, QPaintDevice* on) { return chart->height(font, on); },
                        [chart](QPainter& painter, const QRectF& rect, const QFont& font) {
                            chart->paint(painter, rect, font);
                        } });
    }
    pages.setContent(ElectionSummary::html(source, layout), charts);
    return pages.paint(footerText(source.mutualName, source.election.title),
                       AuditFooter::text(source.auditHead));
}

bool ResultPdf::print(QPagedPaintDevice& device, const MotionResultSource& source)
{
    SummaryPages pages(device);
    const auto chart = std::make_shared<MotionChart>(resultFigures(source.result));
    const QList<DocumentChart> charts { { &MotionChart::height,
                                          [chart](QPainter& painter, const QRectF& rect, const QFont& font) {
                                              chart->paint(painter, rect, font);
                                          },
                                          0.7 } };
    pages.setContent(ResultSummary::html(source, chartPlace(0)), charts);
    return pages.paint(footerText(source.mutualName, source.motion.title),
                       AuditFooter::text(source.auditHead));
}

domain::Outcome ResultPdf::save(const QString& path, const QString& mutualPath,
                                const ElectionResultSource& source)
{
    return savePdf(path, mutualPath, source.election.title,
                   [&source](QPagedPaintDevice& device) { return print(device, source); });
}

domain::Outcome ResultPdf::save(const QString& path, const QString& mutualPath,
                                const MotionResultSource& source)
{
    return savePdf(path, mutualPath, source.motion.title,
                   [&source](QPagedPaintDevice& device) { return print(device, source); });
}

} // namespace mutualise::reports

#include "ResultPdf.moc"
