#pragma once

#include "app/charts/ChartFile.h"

#include <QChartView>

#include <functional>

class QAction;
class QMenu;

namespace mutualise::app {

// A chart in the window that can be saved for the board's papers: its context menu (right click, the
// Menu key or Shift+F10) has Save Chart as PNG… and Save Chart as SVG…, whose file dialog suggests the
// chart's title as the name. The open mutual itself is never written over.
class ChartView : public QChartView
{
    Q_OBJECT

public:
    using SavePathChooser = std::function<QString(const QString& suggestedName, ChartFileFormat format)>;
    using ErrorPresenter = std::function<void(const QString& title, const QString& message)>;

    explicit ChartView(QWidget* parent = nullptr);

    // The open mutual, never to be written over; empty when none is open.
    void setMutualPath(const QString& path);
    QString mutualPath() const { return m_mutualPath; }
    // The file dialog and the message box, replaced in tests.
    void setSavePathChooser(SavePathChooser chooser);
    void setErrorPresenter(ErrorPresenter presenter);

    QAction* savePngAction() const { return m_savePngAction; }
    QAction* saveSvgAction() const { return m_saveSvgAction; }
    // The name the file dialog suggests: the chart's title and the format's suffix.
    QString suggestedFileName(ChartFileFormat format) const;

    // Asks where to save and saves there; nothing when the user cancels.
    void chooseAndSave(ChartFileFormat format);
    // Saves the chart as drawn now to `path`, or says why not in a message box naming the file.
    bool saveChartAs(const QString& path, ChartFileFormat format);

protected:
    void contextMenuEvent(QContextMenuEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void focusInEvent(QFocusEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;

private:
    void showMenu(const QPoint& globalPosition);

    QString m_mutualPath;
    SavePathChooser m_savePathChooser;
    ErrorPresenter m_errorPresenter;
    QAction* m_savePngAction;
    QAction* m_saveSvgAction;
};

} // namespace mutualise::app
