#include "app/reinvestment/ProjectsTab.h"

#include "app/shell/MutualSession.h"

#include <QLabel>
#include <QVBoxLayout>

namespace mutualise::app {

ProjectsTab::ProjectsTab(QWidget* parent)
    : QWidget(parent)
{
    m_mainWidget = new QLabel(this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_mainWidget);
}

ProjectsTab::~ProjectsTab() = default;

QWidget* ProjectsTab::mainWidget() const
{
    return m_mainWidget;
}

void ProjectsTab::setSession(MutualSession* session)
{
    if (m_session) {
        disconnect(m_session, nullptr, this, nullptr);
    }
    m_session = session;
    if (session) {
        connect(session, &MutualSession::dataChanged, this, &ProjectsTab::reload);
        connect(session, &QObject::destroyed, this, [this] { setSession(nullptr); });
    }
    reload();
}

void ProjectsTab::reload() { }

} // namespace mutualise::app
