#pragma once

#include "app/charts/MoneyCharts.h"
#include "domain/Error.h"

#include <QWidget>

class QComboBox;
class QStackedWidget;

namespace mutualise::app {

class ChartPanel;
class MutualSession;

// The charts of the contributions, one at a time so that each has the room to be read: contributions
// by member class over the financial years (or the last twelve quarters), share capital included, and
// the ten largest contributors. Each is saved as PNG or SVG from its context menu.
class ContributionChartsTab : public QWidget
{
    Q_OBJECT

public:
    enum Chart
    {
        ByYearChart,
        ByQuarterChart,
        TopContributorsChart,
    };
    static constexpr int quartersShown = 12;

    explicit ContributionChartsTab(QWidget* parent = nullptr);

    void setSession(MutualSession* session);
    MutualSession* session() const { return m_session; }
    void reload();
    void showChart(Chart chart);

    QComboBox* chartCombo() const { return m_chartCombo; }
    ChartPanel* overTimePanel() const { return m_overTimePanel; }
    ChartPanel* contributorsPanel() const { return m_contributorsPanel; }
    // The panel shown.
    ChartPanel* currentPanel() const;
    QWidget* mainWidget() const;

private:
    domain::Result<ContributionsOverTime> contributionsOverTime(bool byQuarter) const;
    domain::Result<Contributors> contributors() const;

    MutualSession* m_session = nullptr;
    QComboBox* m_chartCombo;
    QStackedWidget* m_stack;
    ChartPanel* m_overTimePanel;
    ChartPanel* m_contributorsPanel;
};

} // namespace mutualise::app
