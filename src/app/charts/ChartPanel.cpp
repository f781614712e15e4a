#include "app/charts/ChartPanel.h"

#include "app/charts/ChartView.h"
#include "app/widgets/PageWidgets.h"

#include <QChart>
#include <QLabel>

using namespace Qt::StringLiterals;

namespace mutualise::app {

ChartPanel::ChartPanel(QWidget* parent)
    : QStackedWidget(parent)
    , m_view(new ChartView(this))
    , m_messageLabel(placeholderLabel(QString(), this))
{
    m_view->setObjectName(u"chartView"_s);
    m_messageLabel->setObjectName(u"chartMessageLabel"_s);
    m_messageLabel->setWordWrap(true);
    addWidget(m_view);
    addWidget(m_messageLabel);
    setCurrentWidget(m_messageLabel);
}

void ChartPanel::showChart(MoneyChart chart)
{
    m_title = chart.title;
    if (!chart.hasChart()) {
        showMessage(chart.emptyMessage);
        return;
    }
    QChart* previous = m_view->chart();
    m_view->setChart(chart.chart.release());
    delete previous;
    m_view->setAccessibleName(m_title);
    setCurrentWidget(m_view);
}

void ChartPanel::showMessage(const QString& message)
{
    m_messageLabel->setText(message);
    setCurrentWidget(m_messageLabel);
}

bool ChartPanel::isShowingChart() const
{
    return currentWidget() == m_view;
}

QString ChartPanel::message() const
{
    return isShowingChart() ? QString() : m_messageLabel->text();
}

} // namespace mutualise::app
