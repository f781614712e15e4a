#pragma once

#include <QWidget>

class QTabWidget;

namespace mutualise::app {

class AllocationsTab;
class MutualSession;
class ProjectsTab;
class ReinvestmentChartsTab;
class SavingsTab;

// What the mutual saves its members and where the savings go: the savings, each year's surplus
// allocation, the projects the fund pays for, and the charts of all three.
class ReinvestmentPage : public QWidget
{
    Q_OBJECT

public:
    enum Tab
    {
        SavingsTabIndex,
        AllocationsTabIndex,
        ProjectsTabIndex,
        ChartsTabIndex,
    };

    explicit ReinvestmentPage(QWidget* parent = nullptr);
    ~ReinvestmentPage() override;

    // nullptr when the mutual is closed.
    void setSession(MutualSession* session);
    // The main control of the tab shown: where the focus goes when the page is chosen from the keyboard.
    QWidget* mainWidget() const;

    QTabWidget* tabs() const { return m_tabs; }
    SavingsTab* savingsTab() const { return m_savingsTab; }
    AllocationsTab* allocationsTab() const { return m_allocationsTab; }
    ProjectsTab* projectsTab() const { return m_projectsTab; }
    ReinvestmentChartsTab* chartsTab() const { return m_chartsTab; }

private:
    QTabWidget* m_tabs;
    SavingsTab* m_savingsTab;
    AllocationsTab* m_allocationsTab;
    ProjectsTab* m_projectsTab;
    ReinvestmentChartsTab* m_chartsTab;
};

} // namespace mutualise::app
