#include "app/reinvestment/ReinvestmentChartsTab.h"

#include "app/shell/MutualSession.h"

#include <QLabel>
#include <QVBoxLayout>

namespace mutualise::app {

ReinvestmentChartsTab::ReinvestmentChartsTab(QWidget* parent)
    : QWidget(parent)
{
    m_mainWidget = new QLabel(this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_mainWidget);
}

ReinvestmentChartsTab::~ReinvestmentChartsTab() = default;

QWidget* ReinvestmentChartsTab::mainWidget() const
{
    return m_mainWidget;
}

void ReinvestmentChartsTab::setSession(MutualSession* session)
{
    if (m_session) {
        disconnect(m_session, nullptr, this, nullptr);
    }
    m_session = session;
    if (session) {
        connect(session, &MutualSession::dataChanged, this, &ReinvestmentChartsTab::reload);
        connect(session, &QObject::destroyed, this, [this] { setSession(nullptr); });
    }
    reload();
}

void ReinvestmentChartsTab::reload() { }

} // namespace mutualise::app
