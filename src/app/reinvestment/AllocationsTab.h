#pragma once

#include <QWidget>

namespace mutualise::app {

class MutualSession;

// Each financial year's surplus allocation: the drafts and approved plans, and the dialog that works one out.
class AllocationsTab : public QWidget
{
    Q_OBJECT

public:
    explicit AllocationsTab(QWidget* parent = nullptr);
    ~AllocationsTab() override;

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
