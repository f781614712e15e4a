#include "app/contributions/ContributionsPage.h"

#include "app/shell/MutualSession.h"

#include <QLabel>
#include <QVBoxLayout>

namespace mutualise::app {

ContributionsPage::ContributionsPage(QWidget* parent)
    : QWidget(parent)
{
    m_mainWidget = new QLabel(this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_mainWidget);
}

ContributionsPage::~ContributionsPage() = default;

QWidget* ContributionsPage::mainWidget() const
{
    return m_mainWidget;
}

void ContributionsPage::setSession(MutualSession* session)
{
    if (m_session) {
        disconnect(m_session, nullptr, this, nullptr);
    }
    m_session = session;
    if (session) {
        connect(session, &MutualSession::dataChanged, this, &ContributionsPage::reload);
        connect(session, &QObject::destroyed, this, [this] { setSession(nullptr); });
    }
    reload();
}

void ContributionsPage::reload() { }

} // namespace mutualise::app
