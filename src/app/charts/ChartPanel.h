#pragma once

#include "app/charts/MoneyCharts.h"

#include <QStackedWidget>

class QLabel;

namespace mutualise::app {

class ChartView;

// Where a page shows one of its charts: the chart, saveable from its context menu, or the sentence that
// stands in for it when there is nothing to draw.
class ChartPanel : public QStackedWidget
{
    Q_OBJECT

public:
    explicit ChartPanel(QWidget* parent = nullptr);

    // Takes the chart (or its sentence) from a MoneyCharts builder; the previous chart is deleted.
    void showChart(MoneyChart chart);
    void showMessage(const QString& message);

    ChartView* chartView() const { return m_view; }
    bool isShowingChart() const;
    QString message() const; // the sentence shown, empty while a chart is
    QString title() const { return m_title; }

private:
    QString m_title;
    ChartView* m_view;
    QLabel* m_messageLabel;
};

} // namespace mutualise::app
