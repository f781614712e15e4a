#include "app/reinvestment/SavingsTab.h"

#include "app/shell/MutualSession.h"

#include <QLabel>
#include <QVBoxLayout>

namespace mutualise::app {

SavingsTab::SavingsTab(QWidget* parent)
    : QWidget(parent)
{
    m_mainWidget = new QLabel(this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_mainWidget);
}

SavingsTab::~SavingsTab() = default;

QWidget* SavingsTab::mainWidget() const
{
    return m_mainWidget;
}

void SavingsTab::setSession(MutualSession* session)
{
    if (m_session) {
        disconnect(m_session, nullptr, this, nullptr);
    }
    m_session = session;
    if (session) {
        connect(session, &MutualSession::dataChanged, this, &SavingsTab::reload);
        connect(session, &QObject::destroyed, this, [this] { setSession(nullptr); });
    }
    reload();
}

void SavingsTab::reload() { }

} // namespace mutualise::app
