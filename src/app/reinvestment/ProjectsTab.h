#pragma once

#include <QWidget>

namespace mutualise::app {

class MutualSession;

// The community projects the fund pays for: their progress, grants and pledges.
class ProjectsTab : public QWidget
{
    Q_OBJECT

public:
    explicit ProjectsTab(QWidget* parent = nullptr);
    ~ProjectsTab() override;

    // nullptr when the mutual is closed.
    void setSession(MutualSession* session);
    // Where the focus goes when the page or tab is chosen from the keyboard.
    QWidget* mainWidget() const;

private:
    void reload();

    MutualSession* m_session = nullptr;
    QWidget* m_mainWidget = nullptr;
};

} // namespace mutualise::app
