#pragma once

#include <QWidget>

namespace mutualise::app {

class MutualSession;

// The charts of the reinvestment page: savings against reinvestment per year, reinvestment by category and
// each project's progress.
class ReinvestmentChartsTab : public QWidget
{
    Q_OBJECT

public:
    explicit ReinvestmentChartsTab(QWidget* parent = nullptr);
    ~ReinvestmentChartsTab() override;

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
