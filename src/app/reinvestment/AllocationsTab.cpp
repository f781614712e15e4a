#include "app/reinvestment/AllocationsTab.h"

#include "app/shell/MutualSession.h"

#include <QLabel>
#include <QVBoxLayout>

namespace mutualise::app {

AllocationsTab::AllocationsTab(QWidget* parent)
    : QWidget(parent)
{
    m_mainWidget = new QLabel(this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_mainWidget);
}

AllocationsTab::~AllocationsTab() = default;

QWidget* AllocationsTab::mainWidget() const
{
    return m_mainWidget;
}

void AllocationsTab::setSession(MutualSession* session)
{
    if (m_session) {
        disconnect(m_session, nullptr, this, nullptr);
    }
    m_session = session;
    if (session) {
        connect(session, &MutualSession::dataChanged, this, &AllocationsTab::reload);
        connect(session, &QObject::destroyed, this, [this] { setSession(nullptr); });
    }
    reload();
}

void AllocationsTab::reload() { }

} // namespace mutualise::app
