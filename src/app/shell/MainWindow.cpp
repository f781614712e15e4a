#include "app/shell/MainWindow.h"

#include "app/contributions/ContributionsPage.h"
#include "app/dashboard/DashboardPage.h"
#include "app/meetings/MeetingsPage.h"
#include "app/members/MembersPage.h"
#include "app/reinvestment/ReinvestmentPage.h"
#include "app/reinvestment/SavingsTab.h"
#include "app/reports/ReportsPage.h"
#include "app/shares/ShareCapitalPage.h"
#include "app/shell/AuditTrailDialog.h"
#include "app/shell/BackupKeeper.h"
#include "app/shell/MutualSession.h"
#include "app/shell/MutualSettingsDialog.h"
#include "app/shell/NewMutualDialog.h"
#include "app/shell/RecentFiles.h"
#include "app/shell/RestoreBackupDialog.h"
#include "app/shell/UndoableChange.h"
#include "app/shell/UserGuideWindow.h"
#include "app/shell/UserName.h"
#include "app/shell/VerificationBanner.h"
#include "app/shell/WelcomePage.h"
#include "app/widgets/ChosenFile.h"
#include "app/widgets/PageWidgets.h"
#include "app/widgets/TableActions.h"
#include "domain/Counts.h"
#include "domain/DemoMutual.h"
#include "domain/Text.h"
#include "formats/OutputFile.h"
#include "storage/DemoWriter.h"
#include "storage/MemberRepository.h"
#include "storage/ShareLedgerRepository.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressDialog>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>
#include <QUndoGroup>
#include <QVBoxLayout>

#include <utility>

namespace mutualise::app {

namespace {
QString geometryKey()
{
    return QStringLiteral("mainWindow/geometry");
}

QString stateKey()
{
    return QStringLiteral("mainWindow/state");
}

QString fileFilter()
{
    return QCoreApplication::translate("MainWindow", "Mutualise files (*.mutual)");
}
} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_rootStack(new QStackedWidget(this))
    , m_welcomePage(new WelcomePage(this))
    , m_pathLabel(new QLabel(this))
    , m_memberCountLabel(new QLabel(this))
    , m_readOnlyLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_backupKeeper = new BackupKeeper(this);
    // A backup kept is not announced: the status bar says what the check of the file found. One that
    // could not be kept is.
    connect(m_backupKeeper, &BackupKeeper::failed, this,
            [this](const QString& message) { statusBar()->showMessage(message, 20000); });
    m_rootStack->addWidget(m_welcomePage);
    m_workspace = createWorkspace();
    m_rootStack->addWidget(m_workspace);
    setCentralWidget(m_rootStack);
    createMenus();

    statusBar()->addWidget(m_pathLabel, 1);
    statusBar()->addPermanentWidget(m_readOnlyLabel);
    statusBar()->addPermanentWidget(m_memberCountLabel);
    m_readOnlyLabel->setObjectName(QStringLiteral("readOnlyLabel"));
    m_readOnlyLabel->setStyleSheet(
        QStringLiteral("QLabel#readOnlyLabel { color: #8a4b00; font-weight: 600; }"));
    m_pathLabel->setObjectName(QStringLiteral("pathLabel"));
    m_memberCountLabel->setObjectName(QStringLiteral("memberCountLabel"));

    connect(m_welcomePage, &WelcomePage::newMutualRequested, this, &MainWindow::createNewMutual);
    connect(m_welcomePage, &WelcomePage::openRequested, this, &MainWindow::chooseAndOpenFile);
    connect(m_welcomePage, &WelcomePage::demoRequested, this, &MainWindow::openDemoMutual);
    connect(m_welcomePage, &WelcomePage::recentFileRequested, this, &MainWindow::openFile);

    resize(1280, 800);
    QSettings settings;
    restoreGeometry(settings.value(geometryKey()).toByteArray());
    restoreState(settings.value(stateKey()).toByteArray());
    refreshRecentFiles();
    refreshTitleAndStatus();
}

MainWindow::~MainWindow()
{
    // The pages hold the session pointer; let them forget it before the session goes.
    m_dashboardPage->setSession(nullptr);
    m_membersPage->setSession(nullptr);
    m_shareCapitalPage->setSession(nullptr);
    m_meetingsPage->setSession(nullptr);
    m_contributionsPage->setSession(nullptr);
    m_reinvestmentPage->setSession(nullptr);
    m_reportsPage->setSession(nullptr);
    if (m_auditTrail != nullptr)
        m_auditTrail->setSession(nullptr);
}

QWidget* MainWindow::createWorkspace()
{
    auto* workspace = new QWidget(this);
    m_sidebar = new QListWidget(workspace);
    m_sidebar->setObjectName(QStringLiteral("sidebar"));
    // Wide enough for its longest entry, "Savings & reinvestment", with its icon, and narrow enough to
    // leave the pages the room they need in a window 900 pixels wide.
    m_sidebar->setFixedWidth(204);
    m_sidebar->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_sidebar->setIconSize(QSize(20, 20));
    m_sidebar->setFrameShape(QFrame::NoFrame);
    m_sidebar->setStyleSheet(QStringLiteral(
        "QListWidget#sidebar { background: #eef1f0; border-right: 1px solid #d5dbd9; padding-top: 12px; "
        "outline: 0; }"
        "QListWidget#sidebar::item { padding: 9px 8px; margin: 2px 6px; border-radius: 6px; color: #1d2b27; "
        "}"
        "QListWidget#sidebar::item:hover { background: #dde5e2; }"
        "QListWidget#sidebar::item:selected { background: #1f6f5c; color: white; }"));
    const QList<std::pair<QStyle::StandardPixmap, QString>> entries = {
        { QStyle::SP_ComputerIcon, tr("Dashboard") },
        { QStyle::SP_DirHomeIcon, tr("Members") },
        { QStyle::SP_FileDialogDetailedView, tr("Share capital") },
        { QStyle::SP_DialogApplyButton, tr("Meetings & votes") },
        { QStyle::SP_FileDialogContentsView, tr("Contributions") },
        { QStyle::SP_DriveNetIcon, tr("Savings & reinvestment") },
        { QStyle::SP_FileDialogListView, tr("Reports") },
    };
    for (const auto& [icon, text] : entries) {
        new QListWidgetItem(style()->standardIcon(icon), text, m_sidebar);
    }

    m_pageStack = new QStackedWidget(workspace);
    m_dashboardPage = new DashboardPage(m_pageStack);
    m_membersPage = new MembersPage(m_pageStack);
    m_shareCapitalPage = new ShareCapitalPage(m_pageStack);
    m_meetingsPage = new MeetingsPage(m_pageStack);
    m_contributionsPage = new ContributionsPage(m_pageStack);
    m_reinvestmentPage = new ReinvestmentPage(m_pageStack);
    m_reportsPage = new ReportsPage(m_pageStack);
    // The page's refusals reach the user the way the window's own do (and tests can catch them).
    m_meetingsPage->setErrorPresenter(
        [this](const QString& title, const QString& message) { showError(title, message); });
    m_pageStack->addWidget(m_dashboardPage);
    m_pageStack->addWidget(m_membersPage);
    m_pageStack->addWidget(m_shareCapitalPage);
    m_pageStack->addWidget(m_meetingsPage);
    m_pageStack->addWidget(m_contributionsPage);
    m_pageStack->addWidget(m_reinvestmentPage);
    m_pageStack->addWidget(m_reportsPage);
    connect(m_sidebar, &QListWidget::currentRowChanged, m_pageStack, &QStackedWidget::setCurrentIndex);
    // The dashboard's first steps for a new mutual open the page, and the dialog, that takes each.
    connect(m_dashboardPage, &DashboardPage::nextStepChosen, this, [this](DashboardPage::NextStep step) {
        if (step == DashboardPage::NextStep::AddMembers) {
            showPage(MembersPageIndex);
            m_membersPage->addMember();
        } else if (step == DashboardPage::NextStep::ImportMembers) {
            m_importMembersAction->trigger();
        } else if (step == DashboardPage::NextStep::RecordShares) {
            showPage(ShareCapitalPageIndex);
            m_shareCapitalPage->newEntryAction()->trigger();
        } else if (step == DashboardPage::NextStep::ImportShares) {
            m_importSharesAction->trigger();
        } else if (auto* newMeeting
                   = m_meetingsPage->findChild<QAction*>(QStringLiteral("newMeetingAction"))) {
            showPage(MeetingsPageIndex);
            newMeeting->trigger();
        }
    });
    m_sidebar->setCurrentRow(DashboardPageIndex);

    // What the check of the file's records found, above the pages, when anything does not hold.
    m_verificationBanner = new VerificationBanner(workspace);
    connect(m_verificationBanner, &VerificationBanner::checked, this, [this](const QString& summary) {
        // What the window did to the file before the check (a backup restored) stays in sight.
        statusBar()->showMessage(m_pendingNotice.isEmpty() ? summary : m_pendingNotice + u' ' + summary,
                                 m_pendingNotice.isEmpty() ? 15000 : 30000);
        m_pendingNotice.clear();
        // Today's backup is written once the check has read the file: one reader at a time.
        if (!m_pendingBackup.isEmpty())
            m_backupKeeper->keep(std::exchange(m_pendingBackup, QString()));
    });
    auto* pages = new QVBoxLayout;
    pages->setContentsMargins(0, 0, 0, 0);
    pages->setSpacing(0);
    pages->addWidget(m_verificationBanner);
    pages->addWidget(m_pageStack, 1);

    auto* layout = new QHBoxLayout(workspace);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_sidebar);
    layout->addLayout(pages, 1);
    return workspace;
}

void MainWindow::createMenus()
{
    QMenu* fileMenu = menuBar()->addMenu(tr("&File"));
    QAction* newAction = fileMenu->addAction(tr("&New Mutual…"), this, &MainWindow::createNewMutual);
    newAction->setShortcut(QKeySequence::New);
    QAction* openAction = fileMenu->addAction(tr("&Open…"), this, &MainWindow::chooseAndOpenFile);
    openAction->setShortcut(QKeySequence::Open);
    m_recentMenu = fileMenu->addMenu(tr("Open &Recent"));
    fileMenu->addAction(tr("Open the &Demo Mutual"), this, &MainWindow::openDemoMutual);
    m_restoreAction = fileMenu->addAction(tr("Restore from &Backup…"), this, &MainWindow::restoreFromBackup);
    m_restoreAction->setObjectName(QStringLiteral("restoreBackupAction"));
    fileMenu->addSeparator();
    m_settingsAction = fileMenu->addAction(tr("Mutual &Settings…"), this, &MainWindow::editMutualSettings);
    m_settingsAction->setObjectName(QStringLiteral("mutualSettingsAction"));
    fileMenu->addSeparator();
    m_importMembersAction = fileMenu->addAction(
        tr("Import &Members…"), this, [this] { importRegister(RegisterImportDialog::Kind::Members); });
    m_importMembersAction->setObjectName(QStringLiteral("importMembersAction"));
    m_importSharesAction = fileMenu->addAction(tr("Import Share &Entries…"), this, [this] {
        importRegister(RegisterImportDialog::Kind::ShareEntries);
    });
    m_importSharesAction->setObjectName(QStringLiteral("importSharesAction"));
    fileMenu->addSeparator();
    m_closeAction = fileMenu->addAction(tr("&Close"), this, &MainWindow::closeMutual);
    m_closeAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_W));
    fileMenu->addSeparator();
    QAction* quitAction = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));

    QMenu* editMenu = menuBar()->addMenu(tr("&Edit"));
    // Undo and Redo name the change they take back or make again ("Undo Edit member 1002").
    m_undoGroup = new QUndoGroup(this);
    QAction* undoAction = m_undoGroup->createUndoAction(this, tr("&Undo"));
    undoAction->setObjectName(QStringLiteral("undoAction"));
    undoAction->setShortcut(QKeySequence::Undo);
    QAction* redoAction = m_undoGroup->createRedoAction(this, tr("&Redo"));
    redoAction->setObjectName(QStringLiteral("redoAction"));
    redoAction->setShortcuts(
        { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y) });
    editMenu->addAction(undoAction);
    editMenu->addAction(redoAction);
    editMenu->addSeparator();
    // A share entry is never undone: it is reversed by an entry of its own, which the ledger shows.
    m_reverseEntryAction = editMenu->addAction(tr("Re&verse Entry…"), this, &MainWindow::reverseShareEntry);
    m_reverseEntryAction->setObjectName(QStringLiteral("reverseEntryAction"));
    editMenu->addSeparator();
    QAction* preferencesAction = editMenu->addAction(tr("&Preferences…"), this, &MainWindow::editPreferences);
    preferencesAction->setObjectName(QStringLiteral("preferencesAction"));
    preferencesAction->setMenuRole(QAction::PreferencesRole);
    preferencesAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));

    QMenu* viewMenu = menuBar()->addMenu(tr("&View"));
    const QList<std::pair<Page, QString>> pages = {
        { DashboardPageIndex, tr("&Dashboard") },
        { MembersPageIndex, tr("&Members") },
        { ShareCapitalPageIndex, tr("&Share Capital") },
        { MeetingsPageIndex, tr("Meetings && &Votes") },
        { ContributionsPageIndex, tr("&Contributions") },
        { ReinvestmentPageIndex, tr("Savings && &Reinvestment") },
        { ReportsPageIndex, tr("R&eports") },
    };
    for (const auto& [page, text] : pages) {
        QAction* action = viewMenu->addAction(text, this, [this, page = page] { showPage(page); });
        action->setShortcut(QKeySequence(
            Qt::CTRL | static_cast<Qt::Key>(static_cast<int>(Qt::Key_1) + static_cast<int>(page))));
    }
    viewMenu->addSeparator();
    m_auditTrailAction = viewMenu->addAction(tr("&Audit Trail…"), this, &MainWindow::showAuditTrail);
    m_auditTrailAction->setObjectName(QStringLiteral("auditTrailAction"));
    m_auditTrailAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));

    QMenu* helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction* guideAction = helpMenu->addAction(tr("&User Guide"), this, &MainWindow::showUserGuide);
    guideAction->setShortcut(QKeySequence::HelpContents);
    helpMenu->addSeparator();
    helpMenu->addAction(tr("&About Mutualise"), this, &MainWindow::showAbout);
}

void MainWindow::setErrorPresenter(ErrorPresenter presenter)
{
    m_errorPresenter = std::move(presenter);
}

void MainWindow::setUserNameAsker(UserNameAsker asker)
{
    m_userNameAsker = std::move(asker);
}

domain::Result<QString> MainWindow::askUserName()
{
    std::optional<QString> name;
    if (m_userNameAsker) {
        name = m_userNameAsker();
    } else {
        UserNameDialog dialog(UserNameDialog::Purpose::FirstChange, this);
        if (dialog.exec() == QDialog::Accepted)
            name = dialog.name();
    }
    if (!name)
        return UserName::notGiven();
    auto checked = UserName::checked(*name);
    if (checked)
        UserName::store(*checked);
    return checked;
}

void MainWindow::editPreferences()
{
    UserNameDialog dialog(UserNameDialog::Purpose::Preferences, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    UserName::store(dialog.name());
    // The open mutual records the new name from its next change on, and asks no more.
    if (m_session != nullptr) {
        m_session->file().askActorBeforeFirstChange({});
        m_session->file().setActor(dialog.name());
    }
    statusBar()->showMessage(tr("Changes are recorded as made by %1.").arg(domain::quotedText(dialog.name())),
                             10000);
}

void MainWindow::showAuditTrail()
{
    if (m_session == nullptr)
        return;
    if (m_auditTrail == nullptr) {
        m_auditTrail = new AuditTrailDialog(m_verificationBanner, this);
        m_auditTrail->setSession(m_session.get());
    }
    m_auditTrail->show();
    m_auditTrail->raise();
    m_auditTrail->activateWindow();
}

void MainWindow::setRestoreDialogRunner(RestoreDialogRunner runner)
{
    m_restoreDialogRunner = std::move(runner);
}

void MainWindow::restoreFromBackup()
{
    if (m_session == nullptr || m_session->file().isReadOnly() || !mayLeaveMutual())
        return;
    // Today's backup, if it is being written, is among those offered.
    m_backupKeeper->waitForDone();
    const QString path = m_session->path();
    RestoreBackupDialog dialog(storage::BackupRotation(BackupKeeper::backupsFolder(), path),
                               m_session->mutual().name, this);
    const bool isChosen
        = m_restoreDialogRunner ? m_restoreDialogRunner(dialog) : dialog.exec() == QDialog::Accepted;
    if (!isChosen || dialog.chosenPath().isEmpty())
        return;
    // The file is closed, and its check stopped, before it is moved aside.
    setSession(nullptr);
    m_backupKeeper->waitForDone();
    const auto restored
        = storage::BackupRotation::restore(dialog.chosenPath(), path, QDateTime::currentDateTime());
    if (!restored) {
        showError(tr("Backup Not Restored"),
                  tr("%1\n\nThe file is as it was.").arg(restored.error().message));
        openFile(path);
        return;
    }
    m_pendingNotice = tr("The backup is restored. The file as it was is kept as %1.")
                          .arg(QDir::toNativeSeparators(restored->keptAside));
    if (!openFile(path)) {
        m_pendingNotice.clear();
        return;
    }
    statusBar()->showMessage(m_pendingNotice, 30000);
}

void MainWindow::reverseShareEntry()
{
    if (m_session == nullptr || m_session->file().isReadOnly())
        return;
    QAction* reverse = m_shareCapitalPage->reverseEntryAction();
    const bool isShowingLedger = currentPage() == ShareCapitalPageIndex;
    showPage(ShareCapitalPageIndex);
    if (isShowingLedger && reverse->isEnabled()) {
        reverse->trigger();
        return;
    }
    statusBar()->showMessage(
        tr("Choose the entry to reverse in the share ledger, then Edit > Reverse Entry… again."), 15000);
}

void MainWindow::showError(const QString& title, const QString& message)
{
    if (m_errorPresenter) {
        m_errorPresenter(title, message);
        return;
    }
    QMessageBox::warning(this, title, message);
}

bool MainWindow::mayLeaveMutual()
{
    return m_session == nullptr || m_reinvestmentPage->savingsTab()->resolveUnsavedChanges();
}

bool MainWindow::openFile(const QString& path)
{
    if (path.isEmpty() || !mayLeaveMutual()) {
        return false;
    }
    auto opened = storage::MutualFile::open(path, UserName::actor());
    if (!opened && opened.error().rule == u"read-only") {
        // The register can still be read, printed and exported; every change is refused by the file.
        if (auto reading = storage::MutualFile::openForReading(path, UserName::actor()))
            opened = std::move(reading);
    }
    if (!opened) {
        if (opened.error().rule == u"not-found") {
            RecentFiles::remove(path);
            refreshRecentFiles();
        }
        showError(
            tr("Cannot Open Mutual"),
            tr("%1 could not be opened.\n\n%2").arg(QDir::toNativeSeparators(path), opened.error().message));
        return false;
    }
    setSession(std::make_unique<MutualSession>(std::move(opened).value()));
    RecentFiles::add(path);
    refreshRecentFiles();
    return true;
}

QString MainWindow::demoMutualPath()
{
    // ~/.local/share/Mutualise/demo.mutual, as README says: AppDataLocation would repeat the name,
    // because the organisation and the application are both called Mutualise.
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
        + QStringLiteral("/Mutualise/demo.mutual");
}

bool MainWindow::openDemoMutual()
{
    if (!mayLeaveMutual()) {
        return false;
    }
    const QString path = demoMutualPath();
    if (QFileInfo::exists(path)) {
        return openFile(path);
    }
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        showError(tr("Cannot Create Demo Mutual"),
                  tr("The folder %1 cannot be created.")
                      .arg(QDir::toNativeSeparators(QFileInfo(path).absolutePath())));
        return false;
    }
    QProgressDialog progress(tr("Creating the demo mutual…"), QString(), 0, 1000, this);
    progress.setWindowTitle(tr("Demo Mutual"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    progress.setValue(0);
    domain::DemoOptions options;
    options.members = 240;
    options.years = 5;
    options.seed = 1;
    options.until = QDate::currentDate();
    const auto plan = domain::planDemoMutual(options);
    auto written = storage::writeDemoMutual(path, plan, UserName::actor(),
                                            [&progress](int done) { progress.setValue(done); });
    progress.setValue(1000);
    if (!written) {
        showError(tr("Cannot Create Demo Mutual"), written.error().message);
        return false;
    }
    setSession(std::make_unique<MutualSession>(std::move(written).value()));
    RecentFiles::add(path);
    refreshRecentFiles();
    return true;
}

void MainWindow::closeMutual()
{
    if (!mayLeaveMutual()) {
        return;
    }
    setSession(nullptr);
}

void MainWindow::setSession(std::unique_ptr<MutualSession> session)
{
    // Pages forget the old session before it is destroyed.
    m_dashboardPage->setSession(nullptr);
    m_membersPage->setSession(nullptr);
    m_shareCapitalPage->setSession(nullptr);
    m_meetingsPage->setSession(nullptr);
    m_contributionsPage->setSession(nullptr);
    m_reinvestmentPage->setSession(nullptr);
    m_reportsPage->setSession(nullptr);
    if (m_auditTrail != nullptr)
        m_auditTrail->setSession(nullptr);
    m_session = std::move(session);
    if (m_session != nullptr) {
        connect(m_session.get(), &MutualSession::dataChanged, this, &MainWindow::refreshTitleAndStatus);
        connect(m_session.get(), &MutualSession::undoRefused, this, &MainWindow::showError);
        m_undoGroup->addStack(m_session->undoStack());
        m_undoGroup->setActiveStack(m_session->undoStack());
        m_dashboardPage->setSession(m_session.get());
        m_membersPage->setSession(m_session.get());
        m_shareCapitalPage->setSession(m_session.get());
        m_meetingsPage->setSession(m_session.get());
        m_contributionsPage->setSession(m_session.get());
        m_reinvestmentPage->setSession(m_session.get());
        m_reportsPage->setSession(m_session.get());
        if (m_auditTrail != nullptr)
            m_auditTrail->setSession(m_session.get());
        m_rootStack->setCurrentWidget(m_workspace);
        showPage(DashboardPageIndex);
        // Someone who has not said who they are is asked before their first change.
        if (!m_session->file().isReadOnly() && UserName::stored().isEmpty())
            m_session->file().askActorBeforeFirstChange([this] { return askUserName(); });
        m_pendingBackup = m_session->file().isReadOnly() ? QString() : m_session->path();
        m_verificationBanner->check(m_session->path());
        statusBar()->showMessage(tr("Checking the records against the audit trail…"));
    } else {
        m_pendingBackup.clear();
        m_verificationBanner->check({});
        m_rootStack->setCurrentWidget(m_welcomePage);
    }
    refreshTitleAndStatus();
}

bool MainWindow::isShowingWelcome() const
{
    return m_rootStack->currentWidget() == m_welcomePage;
}

MainWindow::Page MainWindow::currentPage() const
{
    return static_cast<Page>(m_pageStack->currentIndex());
}

void MainWindow::showPage(Page page)
{
    if (m_session == nullptr) {
        return;
    }
    m_sidebar->setCurrentRow(page);
    // Into the page, so that its keys (Enter to edit, the arrows to move, Tab to its fields) work at
    // once. The dashboard has nothing to act on: the sidebar keeps the focus there.
    QWidget* target = m_sidebar;
    if (page == MembersPageIndex) {
        target = m_membersPage->mainWidget();
    } else if (page == ShareCapitalPageIndex) {
        target = m_shareCapitalPage->mainWidget();
    } else if (page == MeetingsPageIndex) {
        target = m_meetingsPage->mainWidget();
    } else if (page == ContributionsPageIndex) {
        target = m_contributionsPage->mainWidget();
    } else if (page == ReinvestmentPageIndex) {
        target = m_reinvestmentPage->mainWidget();
    } else if (page == ReportsPageIndex) {
        target = m_reportsPage->mainWidget();
    }
    target->setFocus(Qt::ShortcutFocusReason);
}

void MainWindow::refreshRecentFiles()
{
    const QStringList paths = RecentFiles::paths();
    m_welcomePage->setRecentFiles(paths);
    m_recentMenu->clear();
    for (const auto& path : paths) {
        m_recentMenu->addAction(QDir::toNativeSeparators(path), this, [this, path] { openFile(path); });
    }
    m_recentMenu->addSeparator();
    QAction* clearAction = m_recentMenu->addAction(tr("&Clear List"), this, [this] {
        RecentFiles::clear();
        refreshRecentFiles();
    });
    clearAction->setEnabled(!paths.isEmpty());
}

void MainWindow::editMutualSettings()
{
    if (m_session == nullptr)
        return;
    const auto entries = storage::ShareLedgerRepository(m_session->file()).count({});
    // When the ledger cannot be read, assume it is in use: storage refuses the change anyway.
    const bool isLedgerInUse = !entries || *entries > 0;
    const auto before = m_session->file().readMutual();
    MutualSettingsDialog dialog(
        m_session->mutual(), isLedgerInUse,
        [this](const domain::Mutual& mutual) { return m_session->file().updateMutual(mutual); }, this);
    if (dialog.exec() == QDialog::Accepted) {
        if (const auto after = m_session->file().readMutual(); before && after && *after != *before)
            m_session->recordUndoable(settingsChange(*m_session, *before, *after));
        m_session->notifyChanged();
        refreshTitleAndStatus();
    }
}

void MainWindow::refreshTitleAndStatus()
{
    // The tables tell amounts from other figures by the currency, when they are copied or exported.
    setProperty(currencyProperty, m_session ? m_session->mutual().currency.code() : QVariant());
    m_closeAction->setEnabled(m_session != nullptr);
    m_auditTrailAction->setEnabled(m_session != nullptr);
    m_reverseEntryAction->setEnabled(m_session != nullptr && !m_session->file().isReadOnly());
    m_restoreAction->setEnabled(m_session != nullptr && !(m_session->file().isReadOnly()));
    const bool isReadOnly = m_session != nullptr && m_session->file().isReadOnly();
    m_settingsAction->setEnabled(m_session != nullptr && !isReadOnly);
    m_importMembersAction->setEnabled(m_session != nullptr && !isReadOnly);
    m_importSharesAction->setEnabled(m_session != nullptr && !isReadOnly);
    m_readOnlyLabel->setVisible(isReadOnly);
    m_readOnlyLabel->setText(isReadOnly
                                 ? tr("Read-only: the file or its folder cannot be written, so changes "
                                      "are not possible.")
                                 : QString());
    if (m_session == nullptr) {
        setWindowTitle(tr("Mutualise"));
        m_pathLabel->clear();
        m_memberCountLabel->clear();
        return;
    }
    const QString fileName = QFileInfo(m_session->path()).fileName();
    setWindowTitle(isReadOnly ? tr("%1 — %2 (read-only) — Mutualise").arg(m_session->mutual().name, fileName)
                              : tr("%1 — %2 — Mutualise").arg(m_session->mutual().name, fileName));
    m_pathLabel->setText(QDir::toNativeSeparators(m_session->path()));
    const auto count = storage::MemberRepository(m_session->file()).count({});
    if (!count) {
        m_memberCountLabel->setText(count.error().message);
        return;
    }
    m_memberCountLabel->setText(domain::memberCount(count.value()));
}

void MainWindow::setImportPathChooser(std::function<QString()> chooser)
{
    m_importPathChooser = std::move(chooser);
}

void MainWindow::importRegister(RegisterImportDialog::Kind kind)
{
    if (m_session == nullptr || m_session->file().isReadOnly())
        return;
    const QString title
        = kind == RegisterImportDialog::Kind::Members ? tr("Import Members") : tr("Import Share Entries");
    const auto chooser = m_importPathChooser ? m_importPathChooser : [this, title] {
        return QFileDialog::getOpenFileName(
            this, title, documentsFolder(),
            tr("CSV files and Excel workbooks (*.csv *.xlsx);;All files (*)"));
    };
    const QString path = chooser();
    if (path.isEmpty())
        return;
    // The mutual itself (or a file SQLite keeps beside it) is not a spreadsheet's CSV file.
    if (const auto isElsewhere = formats::checkNotMutual(path, m_session->path()); !isElsewhere) {
        showError(title,
                  tr("%1 is the mutual itself, not a spreadsheet: choose the CSV file or workbook to import.")
                      .arg(domain::quotedText(QDir::toNativeSeparators(path))));
        return;
    }
    const auto file = readChosenFile([path] { return path; },
                                     [this, title](const QString& message) { showError(title, message); },
                                     storage::maximumImportSize, formats::readTableFile);
    if (!file)
        return;
    RegisterImportDialog dialog(*m_session, kind, file->name, file->content, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    refreshTitleAndStatus();
    const int rows = static_cast<int>(dialog.importedRows());
    statusBar()->showMessage((kind == RegisterImportDialog::Kind::Members
                                  ? tr("%Ln member(s) imported from %1.", nullptr, rows)
                                  : tr("%Ln share entr(y/ies) imported from %1.", nullptr, rows))
                                 .arg(domain::quotedText(file->name)),
                             10000);
}

void MainWindow::chooseAndOpenFile()
{
    const QString path
        = QFileDialog::getOpenFileName(this, tr("Open Mutual"), QDir::homePath(), fileFilter());
    openFile(path);
}

void MainWindow::createNewMutual()
{
    if (!mayLeaveMutual()) {
        return;
    }
    NewMutualDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    const auto mutual = dialog.mutual();
    const auto classes = dialog.memberClasses();
    Q_ASSERT(mutual.isOk() && classes.isOk()); // the dialog only accepts a valid entry
    QFileDialog fileDialog(this, tr("Save New Mutual"), QDir::homePath(), fileFilter());
    fileDialog.setAcceptMode(QFileDialog::AcceptSave);
    fileDialog.setDefaultSuffix(QStringLiteral("mutual"));
    fileDialog.selectFile(mutual->name + QStringLiteral(".mutual"));
    if (fileDialog.exec() != QDialog::Accepted || fileDialog.selectedFiles().isEmpty()) {
        return;
    }
    const QString path = fileDialog.selectedFiles().constFirst();
    // Creating the mutual is the first change recorded in its audit trail, by the person named.
    const auto actor
        = UserName::stored().isEmpty() ? askUserName() : domain::Result<QString>(UserName::stored());
    if (!actor)
        return;
    auto created = storage::MutualFile::create(path, mutual.value(), classes.value(), *actor);
    if (!created) {
        showError(tr("Cannot Create Mutual"), created.error().message);
        return;
    }
    setSession(std::make_unique<MutualSession>(std::move(created).value()));
    RecentFiles::add(path);
    refreshRecentFiles();
}

// One guide window, kept while the main window lives: F1 again brings it to the front where it was.
void MainWindow::showUserGuide()
{
    if (!m_userGuide)
        m_userGuide = new UserGuideWindow(this);
    m_userGuide->show();
    m_userGuide->raise();
    m_userGuide->activateWindow();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Mutualise"),
                       tr("<h3>Mutualise %1</h3><p>The register of members and share capital ledger of a "
                          "mutual: a co-operative owned by its members.</p>")
                           .arg(QApplication::applicationVersion()));
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    QSettings settings;
    settings.setValue(geometryKey(), saveGeometry());
    settings.setValue(stateKey(), saveState());
    QMainWindow::closeEvent(event);
}

} // namespace mutualise::app
