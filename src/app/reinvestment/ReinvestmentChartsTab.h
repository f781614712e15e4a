#pragma once

#include <QWidget>

class QComboBox;
class QLabel;

namespace mutualise::app {

class ChartPanel;
class MutualSession;

// The charts of the reinvestment page, one at a time: the savings generated against the savings
// reinvested in each financial year, what each category of project received, and how far each project
// has come towards its target. Each saves as PNG or SVG from its context menu.
class ReinvestmentChartsTab : public QWidget
{
    Q_OBJECT

public:
    enum Chart
    {
        SavingsAndReinvestment,
        ByCategory,
        ProjectProgress,
    };

    // More bars than this would be too thin to read in a small window.
    static constexpr qsizetype maximumProjectsShown = 15;

    explicit ReinvestmentChartsTab(QWidget* parent = nullptr);
    ~ReinvestmentChartsTab() override;

    // nullptr when the mutual is closed.
    void setSession(MutualSession* session);
    // Where the focus goes when the page or tab is chosen from the keyboard.
    QWidget* mainWidget() const;

    void showChart(Chart chart);
    ChartPanel* chartPanel() const { return m_panel; }
    QComboBox* chartCombo() const { return m_chartCombo; }
    QLabel* noteLabel() const { return m_noteLabel; }

private:
    void reload();

    MutualSession* m_session = nullptr;
    QComboBox* m_chartCombo;
    ChartPanel* m_panel;
    QLabel* m_noteLabel; // says when some projects are left out
};

} // namespace mutualise::app
