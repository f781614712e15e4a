#pragma once

#include <QWidget>

class QListWidget;
class QPushButton;

namespace mutualise::app {

// What the window shows when no mutual is open: start a new one, open one, try the demo, or pick
// one opened lately.
class WelcomePage : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomePage(QWidget* parent = nullptr);

    void setRecentFiles(const QStringList& paths);
    QListWidget* recentList() const { return m_recentList; }

Q_SIGNALS:
    void newMutualRequested();
    void openRequested();
    void demoRequested();
    void recentFileRequested(const QString& path);

private:
    QListWidget* m_recentList;
};

} // namespace mutualise::app
