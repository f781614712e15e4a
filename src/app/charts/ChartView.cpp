#include "app/charts/ChartView.h"

#include "app/widgets/PageWidgets.h"

#include <QAction>
#include <QContextMenuEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QKeyEvent>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace mutualise::app {

ChartView::ChartView(QWidget* parent)
    : QChartView(parent)
    , m_savePngAction(new QAction(tr("Save Chart as &PNG…"), this))
    , m_saveSvgAction(new QAction(tr("Save Chart as &SVG…"), this))
{
    setRenderHint(QPainter::Antialiasing);
    // Reached with Tab, so that the menu can be opened from the keyboard.
    setFocusPolicy(Qt::StrongFocus);
    m_savePngAction->setObjectName(u"saveChartPngAction"_s);
    m_savePngAction->setToolTip(tr("Save the chart as a picture for documents and slides"));
    m_saveSvgAction->setObjectName(u"saveChartSvgAction"_s);
    m_saveSvgAction->setToolTip(tr("Save the chart as a drawing that stays sharp at any size"));
    connect(m_savePngAction, &QAction::triggered, this, [this] { chooseAndSave(ChartFileFormat::Png); });
    connect(m_saveSvgAction, &QAction::triggered, this, [this] { chooseAndSave(ChartFileFormat::Svg); });

    m_errorPresenter = [this](const QString& title, const QString& message) {
        QMessageBox::warning(this, title, message);
    };
    m_savePathChooser = [this](const QString& suggestedName, ChartFileFormat format) {
        return QFileDialog::getSaveFileName(
            this, format == ChartFileFormat::Png ? tr("Save Chart as PNG") : tr("Save Chart as SVG"),
            QDir(documentsFolder()).filePath(suggestedName),
            format == ChartFileFormat::Png ? tr("PNG images (*.png)") : tr("SVG drawings (*.svg)"));
    };
}

void ChartView::setMutualPath(const QString& path)
{
    m_mutualPath = path;
}

void ChartView::setSavePathChooser(SavePathChooser chooser)
{
    m_savePathChooser = std::move(chooser);
}

void ChartView::setErrorPresenter(ErrorPresenter presenter)
{
    m_errorPresenter = std::move(presenter);
}

QString ChartView::suggestedFileName(ChartFileFormat format) const
{
    return chartFileName(chart() != nullptr ? chart()->title() : QString(), format);
}

void ChartView::chooseAndSave(ChartFileFormat format)
{
    QString path = m_savePathChooser(suggestedFileName(format), format);
    if (path.isEmpty()) {
        return;
    }
    if (QFileInfo(path).suffix().isEmpty()) {
        path += u'.' + chartFileSuffix(format);
    }
    saveChartAs(path, format);
}

bool ChartView::saveChartAs(const QString& path, ChartFileFormat format)
{
    if (chart() == nullptr) {
        return false;
    }
    const ChartScreen screen { devicePixelRatioF(), logicalDpiY() };
    const auto saved = saveChart(*chart(), format, path, m_mutualPath, screen);
    if (!saved) {
        const domain::Error& error = saved.error();
        m_errorPresenter(
            tr("Chart Not Saved"),
            error.rule == u"not-written"_s
                ? tr("%1 Choose another folder, or check that there is space on the disk.").arg(error.message)
                : error.message);
        return false;
    }
    return true;
}

void ChartView::showMenu(const QPoint& globalPosition)
{
    auto* menu = new QMenu(this);
    menu->setObjectName(u"chartContextMenu"_s);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->addAction(m_savePngAction);
    menu->addAction(m_saveSvgAction);
    menu->popup(globalPosition);
}

void ChartView::contextMenuEvent(QContextMenuEvent* event)
{
    // From the keyboard the menu opens in the middle of the chart rather than wherever the mouse is.
    showMenu(event->reason() == QContextMenuEvent::Keyboard ? mapToGlobal(rect().center())
                                                            : event->globalPos());
    event->accept();
}

void ChartView::keyPressEvent(QKeyEvent* event)
{
    // Shift+F10 opens the context menu in most desktops; Qt only turns the Menu key into one.
    if (event->key() == Qt::Key_F10 && event->modifiers() == Qt::ShiftModifier) {
        showMenu(mapToGlobal(rect().center()));
        event->accept();
        return;
    }
    QChartView::keyPressEvent(event);
}

// A chart has no text cursor or selection: a focus frame shows where the keyboard is.
void ChartView::paintEvent(QPaintEvent* event)
{
    QChartView::paintEvent(event);
    if (!hasFocus()) {
        return;
    }
    // The style's dotted focus rectangle is hard to see on a chart: a line in the highlight colour.
    QPainter painter(viewport());
    painter.setPen(QPen(palette().color(QPalette::Highlight), 2));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(QRectF(viewport()->rect()).adjusted(1, 1, -1, -1));
}

void ChartView::focusInEvent(QFocusEvent* event)
{
    QChartView::focusInEvent(event);
    viewport()->update();
}

void ChartView::focusOutEvent(QFocusEvent* event)
{
    QChartView::focusOutEvent(event);
    viewport()->update();
}

} // namespace mutualise::app
