#pragma once

#include "app/shell/RegisterImportDialog.h"
#include "domain/Error.h"

#include <QMainWindow>

#include <functional>
#include <memory>
#include <optional>

class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;
class QUndoGroup;

namespace mutualise::app {

class AuditTrailDialog;
class BackupKeeper;
class ContributionsPage;
class DashboardPage;
class MeetingsPage;
class MembersPage;
class MutualSession;
class ReinvestmentPage;
class ReportsPage;
class RestoreBackupDialog;
class ShareCapitalPage;
class UserGuideWindow;
class VerificationBanner;
class WelcomePage;

// The window: a sidebar switching between the pages of the open mutual, or the welcome page when
// none is open; the File and Help menus; the title and status bar saying which mutual is open.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum Page
    {
        DashboardPageIndex,
        MembersPageIndex,
        ShareCapitalPageIndex,
        MeetingsPageIndex,
        ContributionsPageIndex,
        ReinvestmentPageIndex,
        ReportsPageIndex,
    };

    // Shows an error to the user; a message box by default, replaceable so that tests never block.
    using ErrorPresenter = std::function<void(const QString& title, const QString& message)>;

    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    void setErrorPresenter(ErrorPresenter presenter);
    // Asks the person who they are, before the first change they make; the name, or nothing when they
    // decline. A dialog by default, replaceable so that tests never block.
    using UserNameAsker = std::function<std::optional<QString>()>;
    void setUserNameAsker(UserNameAsker asker);

    // Opens the file, replacing the mutual open now. On failure shows why and keeps the window as it was.
    // A file the person may read but not write (its folder or the file itself read-only) is opened
    // for reading, and the window says that changes are not possible.
    bool openFile(const QString& path);
    // Opens the demo mutual, creating it first if it does not exist yet.
    bool openDemoMutual();
    // Closes the mutual, once the edits not yet saved in it are saved or discarded (not when the user
    // cancels).
    void closeMutual();
    void editMutualSettings();
    // Edit > Preferences…: the person's name, as the audit trail records it.
    void editPreferences();
    // View > Audit Trail…: the open mutual's changes, newest first.
    void showAuditTrail();
    // File > Restore from Backup…: lists the backups kept of the open mutual and restores the one
    // chosen, keeping the file as it is now aside, then opens the restored file.
    void restoreFromBackup();
    // Edit > Reverse Entry…: the selected share entry's reversal, on the Share capital page.
    void reverseShareEntry();
    QUndoGroup* undoGroup() const { return m_undoGroup; }
    // What restoreFromBackup shows the backups in; the dialog unless a test sets another, which is
    // given the dialog and returns whether it was accepted.
    using RestoreDialogRunner = std::function<bool(RestoreBackupDialog&)>;
    void setRestoreDialogRunner(RestoreDialogRunner runner);
    BackupKeeper* backupKeeper() const { return m_backupKeeper; }
    void showPage(Page page);
    // File > Import Members… and Import Share Entries…: asks for the CSV file and opens the import.
    void importRegister(RegisterImportDialog::Kind kind);
    // What importRegister asks for the file with; a file dialog when not set.
    void setImportPathChooser(std::function<QString()> chooser);

    static QString demoMutualPath();

    MutualSession* session() const { return m_session.get(); }
    bool isShowingWelcome() const;
    Page currentPage() const;
    WelcomePage* welcomePage() const { return m_welcomePage; }
    DashboardPage* dashboardPage() const { return m_dashboardPage; }
    MembersPage* membersPage() const { return m_membersPage; }
    ShareCapitalPage* shareCapitalPage() const { return m_shareCapitalPage; }
    MeetingsPage* meetingsPage() const { return m_meetingsPage; }
    ContributionsPage* contributionsPage() const { return m_contributionsPage; }
    ReinvestmentPage* reinvestmentPage() const { return m_reinvestmentPage; }
    ReportsPage* reportsPage() const { return m_reportsPage; }
    QListWidget* sidebar() const { return m_sidebar; }
    VerificationBanner* verificationBanner() const { return m_verificationBanner; }
    // The user guide's window once Help > User Guide (F1) has opened it; null before.
    UserGuideWindow* userGuideWindow() const { return m_userGuide; }
    // The audit trail's window once View > Audit Trail… has opened it; null before.
    AuditTrailDialog* auditTrailDialog() const { return m_auditTrail; }

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    // Whether the open mutual may be replaced or closed: the savings grid's edits not yet saved are
    // saved or discarded first, as the user says; false when they cancel.
    bool mayLeaveMutual();
    void createMenus();
    QWidget* createWorkspace();
    void chooseAndOpenFile();
    void createNewMutual();
    void showAbout();
    void showUserGuide();
    void setSession(std::unique_ptr<MutualSession> session);
    void refreshRecentFiles();
    void refreshTitleAndStatus();
    void showError(const QString& title, const QString& message);
    // The person's name, asked for when they have not given one yet; "cancelled" when they decline.
    domain::Result<QString> askUserName();

    std::unique_ptr<MutualSession> m_session;
    ErrorPresenter m_errorPresenter;
    UserNameAsker m_userNameAsker;
    QStackedWidget* m_rootStack;
    WelcomePage* m_welcomePage;
    QWidget* m_workspace = nullptr;
    QListWidget* m_sidebar = nullptr;
    QStackedWidget* m_pageStack = nullptr;
    VerificationBanner* m_verificationBanner = nullptr;
    DashboardPage* m_dashboardPage = nullptr;
    MembersPage* m_membersPage = nullptr;
    ShareCapitalPage* m_shareCapitalPage = nullptr;
    MeetingsPage* m_meetingsPage = nullptr;
    ContributionsPage* m_contributionsPage = nullptr;
    ReinvestmentPage* m_reinvestmentPage = nullptr;
    ReportsPage* m_reportsPage = nullptr;
    QMenu* m_recentMenu = nullptr;
    QAction* m_closeAction = nullptr;
    QAction* m_settingsAction = nullptr;
    QAction* m_importMembersAction = nullptr;
    QAction* m_importSharesAction = nullptr;
    std::function<QString()> m_importPathChooser; // a file dialog unless a test sets another
    QLabel* m_pathLabel;
    QLabel* m_memberCountLabel;
    QLabel* m_readOnlyLabel;
    UserGuideWindow* m_userGuide = nullptr;
    AuditTrailDialog* m_auditTrail = nullptr;
    BackupKeeper* m_backupKeeper = nullptr;
    RestoreDialogRunner m_restoreDialogRunner;
    QAction* m_restoreAction = nullptr;
    QAction* m_reverseEntryAction = nullptr;
    QUndoGroup* m_undoGroup = nullptr;
    QString m_pendingNotice; // said beside the finding of the check under way
    QString m_pendingBackup; // the file whose backup is kept once its check has finished
    QAction* m_auditTrailAction = nullptr;
};

} // namespace mutualise::app
