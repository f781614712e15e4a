#pragma once

#include <QWidget>

namespace mutualise::app {

class MutualSession;

// The savings the mutual makes its members: a grid per service and period, imports, and totals.
class SavingsTab : public QWidget
{
    Q_OBJECT

public:
    explicit SavingsTab(QWidget* parent = nullptr);
    ~SavingsTab() override;

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
