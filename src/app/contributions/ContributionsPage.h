#pragma once

#include <QWidget>

namespace mutualise::app {

class MutualSession;

// What members contribute besides share capital: the entries, their totals and charts, and the services the
// mutual provides.
class ContributionsPage : public QWidget
{
    Q_OBJECT

public:
    explicit ContributionsPage(QWidget* parent = nullptr);
    ~ContributionsPage() override;

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
