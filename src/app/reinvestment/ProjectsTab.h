#pragma once

#include "domain/Reinvestment.h"

#include <QWidget>

#include <optional>

class QAction;
class QComboBox;
class QDialog;
class QLabel;
class QSortFilterProxyModel;
class QSplitter;
class QTabWidget;
class QTableView;
class QTextBrowser;

namespace mutualise::app {

class ColumnFitter;
class GrantTableModel;
class MutualSession;
class PledgeTableModel;
class ProjectTableModel;

// The community projects the fund pays for: the fund's balance, the projects with their progress to
// their target, and the chosen project's details, grants and pledges. Projects are added and edited,
// grants and pledges recorded, and statuses moved on from here; nothing is written to a read-only file.
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

    // The project chosen in the table, if any.
    std::optional<domain::Project> selectedProject() const;
    void selectProject(qint64 projectId);

    // The dialogs, opened as the actions open them (for tests and the keyboard); nullptr without a file.
    QDialog* openProjectDialog(bool isEditing);
    QDialog* openGrantDialog();
    QDialog* openPledgeDialog();

private:
    QWidget* createDetails();
    void createActions();
    void reload();
    void reloadFilters();
    void applyFilter();
    void updateFund();
    void selectProjectOrFirst(qint64 projectId);
    void updateDetails();
    void updateActions();
    void fitColumns();
    void changeStatus(domain::ProjectStatus status);
    void showDialog(QDialog* dialog);

    MutualSession* m_session = nullptr;
    QLabel* m_fundLabel = nullptr;
    QComboBox* m_statusFilter = nullptr;
    QComboBox* m_categoryFilter = nullptr;
    QLabel* m_countLabel = nullptr;
    QTableView* m_projectsView = nullptr;
    ProjectTableModel* m_projectsModel = nullptr;
    QSortFilterProxyModel* m_projectsProxy = nullptr;
    ColumnFitter* m_projectsFitter = nullptr;
    QTextBrowser* m_detailsView = nullptr;
    QTabWidget* m_detailTabs = nullptr;
    QTableView* m_grantsView = nullptr;
    GrantTableModel* m_grantsModel = nullptr;
    ColumnFitter* m_grantsFitter = nullptr;
    QTableView* m_pledgesView = nullptr;
    PledgeTableModel* m_pledgesModel = nullptr;
    ColumnFitter* m_pledgesFitter = nullptr;
    QAction* m_newAction = nullptr;
    QAction* m_editAction = nullptr;
    QAction* m_grantAction = nullptr;
    QAction* m_pledgeAction = nullptr;
    QAction* m_approveAction = nullptr;
    QAction* m_completeAction = nullptr;
    QAction* m_withdrawAction = nullptr;
    QAction* m_statusMenuAction = nullptr;
};

} // namespace mutualise::app
