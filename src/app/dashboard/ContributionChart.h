#pragma once

#include "app/charts/MoneyCharts.h"
#include "domain/Contributions.h"
#include "domain/Member.h"
#include "domain/Mutual.h"

#include <QList>
#include <QWidget>

class QComboBox;
class QLabel;
class QStackedWidget;

class QChart;

namespace mutualise::app {

class ChartView;

// "Capital subscribed" over time: one stacked bar per period, one colour per member class, with a
// choice of months, quarters or financial years (drawn by MoneyCharts::contributionsByClass, saved from
// its context menu). Shows a sentence instead when there is nothing to draw.
class ContributionChart : public QWidget
{
    Q_OBJECT

public:
    // Months are many and thin: only the most recent ones are drawn so the bars stay readable.
    static constexpr qsizetype maximumMonthsShown = 24;

    explicit ContributionChart(QWidget* parent = nullptr);

    void setContributions(const QList<domain::MonthlyContribution>& months,
                          const QList<domain::MemberClass>& classes, const domain::Mutual& mutual);
    void clear(const QString& emptyMessage);

    void setPeriod(domain::ChartPeriod period);
    domain::ChartPeriod period() const;
    // The open mutual, which saving the chart never writes over.
    void setMutualPath(const QString& path);
    ChartView* chartView() const;
    QChart* chart() const;
    bool isShowingChart() const;
    QString emptyMessage() const;

private:
    void rebuild();
    ContributionsOverTime contributionsOf(const QList<domain::ContributionBucket>& buckets) const;

    QList<domain::MonthlyContribution> m_months;
    QList<domain::MemberClass> m_classes;
    domain::Mutual m_mutual;
    QComboBox* m_periodCombo;
    QStackedWidget* m_stack;
    ChartView* m_chartView;
    QLabel* m_emptyLabel;
    QLabel* m_captionLabel;
};

} // namespace mutualise::app
