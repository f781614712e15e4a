#include "app/reinvestment/ReinvestmentPage.h"

#include "app/reinvestment/AllocationsTab.h"
#include "app/reinvestment/ProjectsTab.h"
#include "app/reinvestment/ReinvestmentChartsTab.h"
#include "app/reinvestment/SavingsTab.h"
#include "app/widgets/PageWidgets.h"

#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>

namespace mutualise::app {

ReinvestmentPage::ReinvestmentPage(QWidget* parent)
    : QWidget(parent)
    , m_tabs(new QTabWidget(this))
    , m_savingsTab(new SavingsTab(m_tabs))
    , m_allocationsTab(new AllocationsTab(m_tabs))
    , m_projectsTab(new ProjectsTab(m_tabs))
    , m_chartsTab(new ReinvestmentChartsTab(m_tabs))
{
    auto* title = new QLabel(tr("Savings and reinvestment"), this);
    title->setFont(headlineFont(title->font(), 1.5));

    // Alt+F, V and H are the menus'.
    m_tabs->addTab(m_savingsTab, tr("&Savings"));
    m_tabs->addTab(m_allocationsTab, tr("&Allocations"));
    m_tabs->addTab(m_projectsTab, tr("&Projects"));
    m_tabs->addTab(m_chartsTab, tr("&Charts"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_tabs, 1);
    setSession(nullptr);
}

ReinvestmentPage::~ReinvestmentPage() = default;

void ReinvestmentPage::setSession(MutualSession* session)
{
    m_savingsTab->setSession(session);
    m_allocationsTab->setSession(session);
    m_projectsTab->setSession(session);
    m_chartsTab->setSession(session);
    m_tabs->setEnabled(session != nullptr);
}

QWidget* ReinvestmentPage::mainWidget() const
{
    switch (static_cast<Tab>(m_tabs->currentIndex())) {
    case SavingsTabIndex:
        return m_savingsTab->mainWidget();
    case AllocationsTabIndex:
        return m_allocationsTab->mainWidget();
    case ProjectsTabIndex:
        return m_projectsTab->mainWidget();
    case ChartsTabIndex:
        return m_chartsTab->mainWidget();
    }
    return m_tabs;
}

} // namespace mutualise::app
