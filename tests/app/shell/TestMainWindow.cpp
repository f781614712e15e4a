#include "FindNamed.h"
#include "WindowDriving.h"
#include "app/contributions/ContributionsPage.h"
#include "app/dashboard/DashboardPage.h"
#include "app/elections/ElectionDialog.h"
#include "app/elections/ElectionListModel.h"
#include "app/elections/ElectionResultView.h"
#include "app/elections/ElectionsPanel.h"
#include "app/elections/PaperDialog.h"
#include "app/meetings/MeetingDialog.h"
#include "app/meetings/MeetingListModel.h"
#include "app/meetings/MeetingsPage.h"
#include "app/meetings/OpenVotingDialog.h"
#include "app/meetings/ProxyDialog.h"
#include "app/members/CeaseMemberDialog.h"
#include "app/members/MemberDialog.h"
#include "app/members/MemberTableModel.h"
#include "app/members/MembersPage.h"
#include "app/motions/BallotDialog.h"
#include "app/motions/MotionDialog.h"
#include "app/motions/MotionListModel.h"
#include "app/motions/MotionResultView.h"
#include "app/reinvestment/ReinvestmentPage.h"
#include "app/reinvestment/SavingsGridModel.h"
#include "app/reinvestment/SavingsTab.h"
#include "app/reports/ReportsPage.h"
#include "app/shares/ReverseEntryDialog.h"
#include "app/shares/ShareCapitalPage.h"
#include "app/shares/ShareEntryDialog.h"
#include "app/shell/BackupKeeper.h"
#include "app/shell/MainWindow.h"
#include "app/shell/MutualSession.h"
#include "app/shell/NewMutualDialog.h"
#include "app/shell/RecentFiles.h"
#include "app/shell/UserGuideWindow.h"
#include "app/shell/UserName.h"
#include "app/shell/VerificationBanner.h"
#include "app/shell/WelcomePage.h"
#include "app/widgets/DateEdit.h"
#include "domain/DemoMutual.h"
#include "storage/DemoWriter.h"
#include "storage/ElectionRepository.h"
#include "storage/MeetingRepository.h"
#include "storage/MemberRepository.h"
#include "storage/MotionRepository.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMainWindow>
#include <QMap>
#include <QMenuBar>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QScopeGuard>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>

#include <unistd.h>

using namespace mutualise;
using app::MainWindow;

using driving::activate;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void closingAsksAboutUnsavedSavings();
    void refusesAFileThatIsNotAMutual_data();
    void refusesAFileThatIsNotAMutual();
    void opensAFileInAFolderNobodyMayWriteForReading();
    void visitsEveryPageThroughTheSidebar();
    void addsAMemberThatSurvivesReopening();
    void suggestsTheClassMostMembersBelongTo();
    void refusesADuplicateNumberNextToTheField();
    void closesToTheWelcomePage();
    void remembersItsSizeAndRecentFiles();
    void ceasesTheSelectedMember();
    void newMutualDialogValidates_data();
    void newMutualDialogValidates();
    void rendersEveryPage_data();
    void rendersEveryPage();
    void tablesFitAt1280Wide();
    void tabLeavesTheAdmissionDateForTheEmail();
    void pageShortcutsWorkFromTheSidebar();
    void tabLeavesTheMembersTable();
    void noTwoControlsShareAnAltLetter();
    void enterInTheCeaseDialogDoesNotCease();
    void editingACeasedMemberKeepsItCeased();
    void pageCountSaysHowManyTheFiltersLeave();
    void editKeepsAMemberFarDownSelected();
    void f1OpensTheUserGuide();

private:
    app::MemberDialog* openAddMemberDialog(MainWindow& window);
    static int rowOfFirst(MainWindow& window, domain::MemberStatus status);
    static qint64 activeMembersShown(MainWindow& window);
    static QStringList sidebarTexts(MainWindow& window);
    static QStringList meetingsPageAltLetterClashes(MainWindow& window);
    static QStringList electionAltLetterClashes(MainWindow& window);
    static QString addCountedElection(const QString& path);

    QTemporaryDir m_dir;
    QString m_demoPath;
    QStringList m_errors;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("MutualiseTests"));
    QCoreApplication::setApplicationName(QStringLiteral("TestMainWindow"));
    QVERIFY(m_dir.isValid());
    domain::DemoOptions options;
    options.members = 40;
    options.years = 2;
    options.seed = 3;
    options.until = QDate(2026, 3, 31);
    m_demoPath = m_dir.filePath(QStringLiteral("demo.mutual"));
    auto written
        = storage::writeDemoMutual(m_demoPath, domain::planDemoMutual(options), QStringLiteral("test"));
    QVERIFY(written.isOk());
}

void TestMainWindow::init()
{
    // Each test starts as a first run: no remembered size, state or files.
    QSettings().clear();
    // Someone who has said who they are: the question asked before a first change has tests of its own.
    app::UserName::store(QStringLiteral("Test Secretary"));
    app::RecentFiles::clear();
    m_errors.clear();
}

// A savings grid with an edit not saved: closing the mutual asks first. Cancel keeps it open with the
// edit; Discard closes it and the file never saw the edit.
void TestMainWindow::closingAsksAboutUnsavedSavings()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openFile(m_demoPath));
    window.showPage(MainWindow::ReinvestmentPageIndex);
    app::SavingsTab* savings = window.reinvestmentPage()->savingsTab();
    app::SavingsGridModel* grid = savings->gridModel();
    QVERIFY(grid->rowCount() > 0);
    QVERIFY(grid->setData(grid->index(0, app::SavingsGridModel::ActualColumn), QStringLiteral("1.23")));
    QVERIFY(savings->hasUnsavedChanges());
    const auto answer = [](QMessageBox::StandardButton button) {
        QTimer::singleShot(0, [button] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            QVERIFY(box);
            QCOMPARE(box->objectName(), QStringLiteral("savingsUnsavedBox"));
            box->button(button)->click();
        });
    };
    answer(QMessageBox::Cancel);
    window.closeMutual();
    QVERIFY(window.session() != nullptr);
    QVERIFY(savings->hasUnsavedChanges());
    answer(QMessageBox::Discard);
    window.closeMutual();
    QVERIFY(window.session() == nullptr);
    QVERIFY(window.isShowingWelcome());
}

// Closing the window keeps its size and the files opened; the next window starts where it left off.
void TestMainWindow::remembersItsSizeAndRecentFiles()
{
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openFile(m_demoPath));
        window.resize(1000, 700);
        QTRY_COMPARE(window.size(), QSize(1000, 700));
        QVERIFY(window.close());
    }
    MainWindow next;
    QCOMPARE(next.size(), QSize(1000, 700));
    QCOMPARE(app::RecentFiles::paths(), QStringList { QFileInfo(m_demoPath).absoluteFilePath() });
    QCOMPARE(next.welcomePage()->recentList()->count(), 1);
}

void TestMainWindow::refusesAFileThatIsNotAMutual_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<bool>("isCreated");
    QTest::newRow("plain text") << QByteArray("minutes of the AGM\n") << true;
    QTest::newRow("empty file") << QByteArray() << true;
    QTest::newRow("missing file") << QByteArray() << false;
}

void TestMainWindow::refusesAFileThatIsNotAMutual()
{
    QFETCH(QByteArray, content);
    QFETCH(bool, isCreated);
    const QString path = m_dir.filePath(
        QStringLiteral("not-a-mutual-%1.mutual")
            .arg(QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-'))));
    if (isCreated) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
    MainWindow window;
    window.setErrorPresenter([this](const QString&, const QString& message) { m_errors << message; });
    QVERIFY(!window.openFile(path));
    QCOMPARE(m_errors.size(), 1);
    QVERIFY(window.isShowingWelcome());
    QVERIFY(window.session() == nullptr);
    QVERIFY(!app::RecentFiles::paths().contains(QFileInfo(path).absoluteFilePath()));
    QCOMPARE(window.windowTitle(), QStringLiteral("Mutualise"));
}

// README: a file that can be read but not written still opens, to read; the window says that changes
// are not possible, and the file refuses any.
void TestMainWindow::opensAFileInAFolderNobodyMayWriteForReading()
{
    const QString folder = m_dir.filePath(QStringLiteral("published"));
    QVERIFY(QDir().mkpath(folder));
    const QString path = folder + QStringLiteral("/demo.mutual");
    QVERIFY(QFile::copy(m_demoPath, path));
    // Root ignores permission bits; the immutable attribute binds root too.
    const auto setWritable = [&folder](bool isWritable) {
        if (::geteuid() == 0)
            return QProcess::execute(QStringLiteral("chattr"),
                                     { isWritable ? QStringLiteral("-i") : QStringLiteral("+i"), folder })
                == 0;
        return QFile::setPermissions(folder,
                                     QFile::ReadOwner | QFile::ExeOwner
                                         | (isWritable ? QFile::WriteOwner : QFile::Permissions()));
    };
    QVERIFY(setWritable(false));
    const auto restore = qScopeGuard([&setWritable] { setWritable(true); });
    {
        MainWindow window;
        window.setErrorPresenter([this](const QString&, const QString& message) { m_errors << message; });
        QVERIFY(window.openFile(path));
        QVERIFY2(m_errors.isEmpty(), qPrintable(m_errors.join(u'\n')));
        QVERIFY(window.session() != nullptr);
        QVERIFY(window.session()->file().isReadOnly());
        QVERIFY2(window.windowTitle().contains(QStringLiteral("(read-only)")),
                 qPrintable(window.windowTitle()));
        auto* label = driving::findNamed<QLabel>(&window, QStringLiteral("readOnlyLabel"));
        QVERIFY(label != nullptr);
        QVERIFY(!label->isHidden());
        QVERIFY2(label->text().contains(QStringLiteral("changes are not possible")),
                 qPrintable(label->text()));
        QVERIFY(storage::MemberRepository(window.session()->file()).count({}).value() > 0);
        // Opened to write afterwards, the label goes.
        QVERIFY(window.openFile(m_demoPath));
        QVERIFY(label->isHidden());
        QVERIFY(!window.windowTitle().contains(QStringLiteral("(read-only)")));
    }
    QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden),
             QStringList { QStringLiteral("demo.mutual") });
}

void TestMainWindow::visitsEveryPageThroughTheSidebar()
{
    MainWindow window;
    window.setErrorPresenter([this](const QString&, const QString& message) { m_errors << message; });
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openFile(m_demoPath));
    QVERIFY(m_errors.isEmpty());
    QVERIFY(!window.isShowingWelcome());
    QVERIFY(window.windowTitle().contains(window.session()->mutual().name));
    QVERIFY(window.windowTitle().endsWith(QStringLiteral("Mutualise")));
    QCOMPARE(window.currentPage(), MainWindow::DashboardPageIndex);
    QCOMPARE(app::RecentFiles::paths(), QStringList { QFileInfo(m_demoPath).absoluteFilePath() });
    QCOMPARE(window.findChild<QLabel*>(QStringLiteral("memberCountLabel"))->text(),
             QStringLiteral("40 members"));

    window.activateWindow();
    QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(window.currentPage(), MainWindow::MembersPageIndex);
    QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
    QCOMPARE(window.currentPage(), MainWindow::ShareCapitalPageIndex);
    QTest::keyClick(&window, Qt::Key_4, Qt::ControlModifier);
    QCOMPARE(window.currentPage(), MainWindow::MeetingsPageIndex);
    QTest::keyClick(&window, Qt::Key_5, Qt::ControlModifier);
    QCOMPARE(window.currentPage(), MainWindow::ContributionsPageIndex);
    QTest::keyClick(&window, Qt::Key_6, Qt::ControlModifier);
    QCOMPARE(window.currentPage(), MainWindow::ReinvestmentPageIndex);
    QTest::keyClick(&window, Qt::Key_7, Qt::ControlModifier);
    QCOMPARE(window.currentPage(), MainWindow::ReportsPageIndex);
    QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(window.currentPage(), MainWindow::DashboardPageIndex);
    QCOMPARE(sidebarTexts(window),
             (QStringList { QStringLiteral("Dashboard"), QStringLiteral("Members"),
                            QStringLiteral("Share capital"), QStringLiteral("Meetings & votes"),
                            QStringLiteral("Contributions"), QStringLiteral("Savings & reinvestment"),
                            QStringLiteral("Reports") }));

    // A click on the sidebar's second entry shows the members.
    QListWidget* sidebar = window.sidebar();
    const QRect membersEntry = sidebar->visualItemRect(sidebar->item(MainWindow::MembersPageIndex));
    QTest::mouseClick(sidebar->viewport(), Qt::LeftButton, {}, membersEntry.center());
    QCOMPARE(window.currentPage(), MainWindow::MembersPageIndex);
    QCOMPARE(window.membersPage()->model()->rowCount(), 40);

    // The fourth entry: the meetings, newest first, the newest chosen.
    const QRect meetingsEntry = sidebar->visualItemRect(sidebar->item(MainWindow::MeetingsPageIndex));
    QTest::mouseClick(sidebar->viewport(), Qt::LeftButton, {}, meetingsEntry.center());
    QCOMPARE(window.currentPage(), MainWindow::MeetingsPageIndex);
    auto* meetings
        = driving::findNamed<app::MeetingListModel>(window.meetingsPage(), QStringLiteral("meetingsModel"));
    QVERIFY(meetings->rowCount() > 0);
    for (int row = 1; row < meetings->rowCount(); ++row) {
        QVERIFY(meetings->meetingAt(row - 1)->heldOn >= meetings->meetingAt(row)->heldOn);
    }
    QCOMPARE(window.meetingsPage()->selectedMeetingId(), std::optional(meetings->meetingAt(0)->id));
}

// As after a click on the sidebar: the focus is on the sidebar, not in the page, and the page's
// shortcut works all the same.
app::MemberDialog* TestMainWindow::openAddMemberDialog(MainWindow& window)
{
    if (!activate(&window)) {
        return nullptr;
    }
    window.showPage(MainWindow::MembersPageIndex);
    window.sidebar()->setFocus();
    QTest::keyClick(window.sidebar(), Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    return window.membersPage()->findChild<app::MemberDialog*>();
}

int TestMainWindow::rowOfFirst(MainWindow& window, domain::MemberStatus status)
{
    auto* model = window.membersPage()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->rowAt(row)->member.status == status) {
            return row;
        }
    }
    return -1;
}

QStringList TestMainWindow::sidebarTexts(MainWindow& window)
{
    QStringList texts;
    for (int row = 0; row < window.sidebar()->count(); ++row) {
        texts << window.sidebar()->item(row)->text();
    }
    return texts;
}

qint64 TestMainWindow::activeMembersShown(MainWindow& window)
{
    const auto* label = window.dashboardPage()->findChild<QLabel*>(QStringLiteral("activeMembersValue"));
    if (label == nullptr) {
        return -1;
    }
    bool isNumber = false;
    const qint64 value = QLocale().toLongLong(label->text(), &isNumber);
    return isNumber ? value : -2;
}

void TestMainWindow::addsAMemberThatSurvivesReopening()
{
    const QString path = m_dir.filePath(QStringLiteral("add.mutual"));
    QVERIFY(QFile::copy(m_demoPath, path));
    MainWindow window;
    window.setErrorPresenter([this](const QString&, const QString& message) { m_errors << message; });
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openFile(path));
    const qint64 activeBefore = activeMembersShown(window);
    QVERIFY2(activeBefore > 0, qPrintable(QString::number(activeBefore)));

    auto* dialog = openAddMemberDialog(window);
    QVERIFY(dialog != nullptr);
    QVERIFY(dialog->isVisible());
    auto* number = dialog->findChild<QLineEdit*>(QStringLiteral("numberEdit"));
    auto* name = dialog->findChild<QLineEdit*>(QStringLiteral("nameEdit"));
    auto* email = dialog->findChild<QLineEdit*>(QStringLiteral("emailEdit"));
    auto* numberError = dialog->findChild<QLabel*>(QStringLiteral("numberError"));
    auto* emailError = dialog->findChild<QLabel*>(QStringLiteral("emailError"));
    QPushButton* ok
        = dialog->findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok);
    QVERIFY(number && name && email && numberError && emailError && ok);
    number->clear(); // the next free number is offered; this test types its own

    QVERIFY(!ok->isEnabled());
    QTest::keyClicks(name, QStringLiteral("Wren Okafor"));
    QVERIFY(!ok->isEnabled()); // the number is still empty
    QVERIFY(numberError->isVisibleTo(dialog));
    QTest::keyClicks(number, QStringLiteral("T 900")); // a space is not allowed in a number
    QVERIFY(!ok->isEnabled());
    QVERIFY(numberError->isVisibleTo(dialog));
    number->clear();
    QTest::keyClicks(number, QStringLiteral("T-900"));
    QVERIFY(ok->isEnabled());
    QVERIFY(!numberError->isVisibleTo(dialog));
    QTest::keyClicks(email, QStringLiteral("wren@"));
    QVERIFY(!ok->isEnabled());
    QVERIFY(emailError->isVisibleTo(dialog));
    QTest::keyClicks(email, QStringLiteral("example.org"));
    QVERIFY(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
    QVERIFY(m_errors.isEmpty());
    QTRY_VERIFY(window.membersPage()->findChild<app::MemberDialog*>() == nullptr);

    // 40 demo members plus one.
    QCOMPARE(window.findChild<QLabel*>(QStringLiteral("memberCountLabel"))->text(),
             QStringLiteral("41 members"));
    QTRY_COMPARE(activeMembersShown(window), activeBefore + 1);

    QLineEdit* search = window.membersPage()->searchField();
    QVERIFY(activate(&window));
    window.sidebar()->setFocus();
    QTest::keyClick(window.sidebar(), Qt::Key_F, Qt::ControlModifier);
    QCOMPARE(QApplication::focusWidget(), search);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("t-900"));
    QTRY_COMPARE(window.membersPage()->model()->rowCount(), 1);
    auto* model = window.membersPage()->model();
    QCOMPARE(model->data(model->index(0, app::MemberTableModel::NameColumn)).toString(),
             QStringLiteral("Wren Okafor"));
    QCOMPARE(model->data(model->index(0, app::MemberTableModel::StatusColumn)).toString(),
             domain::statusLabel(domain::MemberStatus::Active));

    window.closeMutual();
    QVERIFY(window.isShowingWelcome());
    QVERIFY(window.openFile(path));
    QVERIFY(window.membersPage()->searchField()->text().isEmpty()); // a reopened mutual starts unfiltered
    QCOMPARE(window.membersPage()->model()->rowCount(), 41);
    const auto stored
        = storage::MemberRepository(window.session()->file()).memberByNumber(QStringLiteral("T-900"));
    QVERIFY(stored.isOk());
    QCOMPARE(stored->name, QStringLiteral("Wren Okafor"));
    QCOMPARE(stored->email, QStringLiteral("wren@example.org"));
    QCOMPARE(stored->admittedOn, QDate::currentDate());
}

void TestMainWindow::suggestsTheClassMostMembersBelongTo()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openFile(m_demoPath));
    const auto members = storage::MemberRepository(window.session()->file()).allMembers();
    QVERIFY(members.isOk());
    QMap<qint64, int> currentMembersByClass;
    for (const auto& member : members.value()) {
        if (member.status != domain::MemberStatus::Ceased) {
            ++currentMembersByClass[member.classId];
        }
    }
    QVERIFY(!currentMembersByClass.isEmpty());
    const int most = *std::max_element(currentMembersByClass.cbegin(), currentMembersByClass.cend());

    auto* dialog = openAddMemberDialog(window);
    QVERIFY(dialog != nullptr);
    const auto* classCombo = dialog->findChild<QComboBox*>(QStringLiteral("classCombo"));
    QVERIFY(classCombo != nullptr);
    QCOMPARE(currentMembersByClass.value(classCombo->currentData().toLongLong()), most);
    dialog->reject();
}

void TestMainWindow::refusesADuplicateNumberNextToTheField()
{
    const QString path = m_dir.filePath(QStringLiteral("duplicate.mutual"));
    QVERIFY(QFile::copy(m_demoPath, path));
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openFile(path));
    const QString taken = window.membersPage()->model()->rowAt(0)->member.number;

    auto* dialog = openAddMemberDialog(window);
    QVERIFY(dialog != nullptr);
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("nameEdit")),
                     QStringLiteral("Second Person"));
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("numberEdit")), taken);
    QPushButton* ok
        = dialog->findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok);
    QVERIFY(ok->isEnabled()); // the format is fine; only storage knows the number is taken
    QTest::mouseClick(ok, Qt::LeftButton);
    QVERIFY(dialog->isVisible());
    auto* numberError = dialog->findChild<QLabel*>(QStringLiteral("numberError"));
    QVERIFY(numberError->isVisibleTo(dialog));
    QVERIFY(!numberError->text().isEmpty());
    QCOMPARE(storage::MemberRepository(window.session()->file()).count({}).value(), 40);
    dialog->reject();
}

void TestMainWindow::closesToTheWelcomePage()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openFile(m_demoPath));
    QTest::keyClick(&window, Qt::Key_W, Qt::ControlModifier);
    QVERIFY(window.isShowingWelcome());
    QVERIFY(window.session() == nullptr);
    QCOMPARE(window.windowTitle(), QStringLiteral("Mutualise"));
    QCOMPARE(window.membersPage()->model()->rowCount(), 0);
    // The welcome page lists the file just closed.
    QCOMPARE(window.welcomePage()->recentList()->count(), 1);
    QCOMPARE(window.welcomePage()->recentList()->item(0)->data(Qt::UserRole).toString(),
             QFileInfo(m_demoPath).absoluteFilePath());
}

void TestMainWindow::ceasesTheSelectedMember()
{
    const QString path = m_dir.filePath(QStringLiteral("cease.mutual"));
    QVERIFY(QFile::copy(m_demoPath, path));
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openFile(path));
    window.showPage(MainWindow::MembersPageIndex);
    auto* model = window.membersPage()->model();
    int activeRow = -1;
    for (int row = 0; row < model->rowCount() && activeRow < 0; ++row) {
        if (model->rowAt(row)->member.isActive()) {
            activeRow = row;
        }
    }
    QVERIFY(activeRow >= 0);
    const domain::Member member = model->rowAt(activeRow)->member;
    window.membersPage()->tableView()->selectRow(activeRow);
    QCOMPARE(window.membersPage()->selectedMemberId(), std::optional<qint64>(member.id));

    window.membersPage()->ceaseSelectedMember();
    auto* dialog = window.membersPage()->findChild<app::CeaseMemberDialog*>();
    QVERIFY(dialog != nullptr);
    QCOMPARE(dialog->ceaseDate(), QDate::currentDate());
    // No date before admission can even be picked.
    QCOMPARE(dialog->findChild<app::DateEdit*>()->minimumDate(), member.admittedOn);
    const QString expected
        = QStringLiteral("Member %1 %2 will be marked as ceased on %3. They stay in the register. "
                         "This cannot be undone.")
              .arg(member.number, member.name,
                   QLocale().toString(QDate::currentDate(), QLocale::ShortFormat));
    QCOMPARE(dialog->confirmationText(), expected);
    QVERIFY(dialog->ceaseButton()->isEnabled());
    QTest::mouseClick(dialog->ceaseButton(), Qt::LeftButton);

    const auto stored = storage::MemberRepository(window.session()->file()).member(member.id);
    QVERIFY(stored.isOk());
    QCOMPARE(stored->status, domain::MemberStatus::Ceased);
    QCOMPARE(stored->ceasedOn, QDate::currentDate());
    QCOMPARE(stored->admittedOn, member.admittedOn); // both dates stay in the register
    QCOMPARE(model->rowCount(), 40); // a ceased member is still listed
    QCOMPARE(model->data(model->index(activeRow, app::MemberTableModel::StatusColumn)).toString(),
             domain::statusLabel(domain::MemberStatus::Ceased));
}

void TestMainWindow::newMutualDialogValidates_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("nominal");
    QTest::addColumn<bool>("isValid");
    QTest::addColumn<qint64>("nominalMinorUnits");

    QTest::newRow("default pound") << QStringLiteral("Shared Services Co-operative") << QStringLiteral("1.00")
                                   << true << qint64(100);
    // £2.50 = 2 x 100 + 50 = 250 pence.
    QTest::newRow("with symbol") << QStringLiteral("Shared Services") << QStringLiteral("£2.50") << true
                                 << qint64(250);
    QTest::newRow("no name") << QString() << QStringLiteral("1.00") << false << qint64(0);
    QTest::newRow("blank name") << QStringLiteral("   ") << QStringLiteral("1.00") << false << qint64(0);
    QTest::newRow("not a number") << QStringLiteral("Shared") << QStringLiteral("abc") << false << qint64(0);
    QTest::newRow("zero") << QStringLiteral("Shared") << QStringLiteral("0") << false << qint64(0);
    QTest::newRow("negative") << QStringLiteral("Shared") << QStringLiteral("-1.00") << false << qint64(0);
    // Pence have two digits; a third is refused, never rounded.
    QTest::newRow("fraction of a penny")
        << QStringLiteral("Shared") << QStringLiteral("1.005") << false << qint64(0);
    QTest::newRow("wrong currency") << QStringLiteral("Shared") << QStringLiteral("€1.00") << false
                                    << qint64(0);
}

void TestMainWindow::newMutualDialogValidates()
{
    QFETCH(QString, name);
    QFETCH(QString, nominal);
    QFETCH(bool, isValid);
    QFETCH(qint64, nominalMinorUnits);

    app::NewMutualDialog dialog;
    QPushButton* ok = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled()); // no name yet
    QTest::keyClicks(dialog.nameField(), name);
    auto* nominalEdit = dialog.findChild<QLineEdit*>(QStringLiteral("nominalEdit"));
    nominalEdit->setText(nominal);
    QCOMPARE(ok->isEnabled(), isValid);
    QCOMPARE(dialog.isEntryValid(), isValid);
    if (isValid) {
        QCOMPARE(dialog.mutual()->nominalShareValue, nominalMinorUnits);
        QCOMPARE(dialog.mutual()->currency.code(), QStringLiteral("GBP"));
        QCOMPARE(dialog.mutual()->financialYearStartMonth, 4);
        const auto classes = dialog.memberClasses();
        QVERIFY(classes.isOk());
        QCOMPARE(classes->size(), 4);
        QCOMPARE(classes->at(0).name, QStringLiteral("Founding council"));
    }
}

void TestMainWindow::rendersEveryPage_data()
{
    QTest::addColumn<QSize>("size");
    QTest::newRow("1280x800") << QSize(1280, 800);
    QTest::newRow("900x600") << QSize(900, 600);
}

// Renders each page as a person would see it. With MUTUALISE_SCREENSHOT_DIR set, the pictures are
// saved there for a person to look at.
void TestMainWindow::rendersEveryPage()
{
    QFETCH(QSize, size);
    const QString path = m_dir.filePath(QStringLiteral("shots.mutual"));
    if (!QFileInfo::exists(path)) {
        domain::DemoOptions options; // the size of the demo mutual the program opens
        options.until = QDate(2026, 3, 31);
        QVERIFY(
            storage::writeDemoMutual(path, domain::planDemoMutual(options), QStringLiteral("test")).isOk());
        const QString added = addCountedElection(path);
        QVERIFY2(added.isEmpty(), qPrintable(added));
    }
    const QString folder = qEnvironmentVariable("MUTUALISE_SCREENSHOT_DIR");
    const QString tag = QString::fromLatin1(QTest::currentDataTag());
    MainWindow window;
    window.resize(size);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const auto save = [&](QWidget* widget, const QString& name) {
        const QPixmap picture = widget->grab();
        QVERIFY(!picture.isNull());
        if (!folder.isEmpty()) {
            QVERIFY(picture.save(QStringLiteral("%1/%2-%3.png").arg(folder, name, tag)));
        }
    };
    save(&window, QStringLiteral("welcome"));
    QVERIFY(window.openFile(path));
    window.showPage(MainWindow::MembersPageIndex);
    window.membersPage()->tableView()->selectRow(3);
    QCoreApplication::processEvents();
    save(&window, QStringLiteral("members"));
    QTest::keyClicks(window.membersPage()->searchField(), QStringLiteral("no such member"));
    window.membersPage()->applyFilters();
    QCOMPARE(window.membersPage()->model()->rowCount(), 0);
    QVERIFY(window.membersPage()->findChild<QLabel*>(QStringLiteral("membersEmptyLabel"))->isVisible());
    save(&window, QStringLiteral("members-empty"));
    window.membersPage()->searchField()->clear();
    window.membersPage()->applyFilters();
    window.membersPage()->tableView()->selectRow(0);
    window.membersPage()->editSelectedMember();
    auto* dialog = window.membersPage()->findChild<app::MemberDialog*>();
    QVERIFY(dialog != nullptr);
    save(dialog, QStringLiteral("member-dialog"));
    dialog->reject();
    window.membersPage()->ceaseSelectedMember();
    auto* ceaseDialog = window.membersPage()->findChild<app::CeaseMemberDialog*>();
    QVERIFY(ceaseDialog != nullptr);
    save(ceaseDialog, QStringLiteral("cease-dialog"));
    ceaseDialog->reject();

    window.showPage(MainWindow::DashboardPageIndex);
    QCoreApplication::processEvents();
    save(&window, QStringLiteral("dashboard"));

    window.showPage(MainWindow::ShareCapitalPageIndex);
    app::ShareCapitalPage* shares = window.shareCapitalPage();
    shares->ledgerView()->selectRow(2);
    QCoreApplication::processEvents();
    save(&window, QStringLiteral("ledger"));
    QVERIFY(shares->reverseEntryAction()->isEnabled());
    shares->reverseEntryAction()->trigger();
    auto* reverseDialog = shares->findChild<app::ReverseEntryDialog*>();
    QVERIFY(reverseDialog != nullptr);
    save(reverseDialog, QStringLiteral("reverse-dialog"));
    reverseDialog->reject();
    shares->tabs()->setCurrentIndex(1);
    QCoreApplication::processEvents();
    save(&window, QStringLiteral("holdings"));

    // The demo's newest AGM: who came, the proxies, its motions and the result of the class-weighted one.
    window.showPage(MainWindow::MeetingsPageIndex);
    app::MeetingsPage* meetings = window.meetingsPage();
    auto* meetingsModel
        = driving::findNamed<app::MeetingListModel>(meetings, QStringLiteral("meetingsModel"));
    auto* tabs = driving::findNamed<QTabWidget>(meetings, QStringLiteral("meetingTabs"));
    QVERIFY(meetingsModel->rowCount() > 0);
    QCOMPARE(meetings->selectedMeetingId(), std::optional(meetingsModel->meetingAt(0)->id));
    tabs->setCurrentIndex(app::MeetingsPage::AttendanceTab);
    driving::findNamed<QTableView>(meetings, QStringLiteral("attendanceView"))->selectRow(1);
    QCoreApplication::processEvents();
    save(&window, QStringLiteral("meetings-attendance"));
    tabs->setCurrentIndex(app::MeetingsPage::ProxiesTab);
    QCoreApplication::processEvents();
    save(&window, QStringLiteral("meetings-proxies"));
    tabs->setCurrentIndex(app::MeetingsPage::MotionsTab);
    auto* motions = driving::findNamed<app::MotionListModel>(meetings, QStringLiteral("motionsModel"));
    QVERIFY(motions->rowCount() > 0);
    int classWeighted = 0;
    for (int row = 0; row < motions->rowCount(); ++row) {
        if (motions->motionAt(row)->rules.scheme == domain::VotingScheme::ClassWeighted) {
            classWeighted = row;
        }
    }
    meetings->selectMotion(motions->motionAt(classWeighted)->id);
    QCoreApplication::processEvents();
    save(&window, QStringLiteral("meetings-motions"));
    tabs->setCurrentIndex(app::MeetingsPage::ResultTab);
    QCoreApplication::processEvents();
    QVERIFY(driving::findNamed<app::MotionResultView>(meetings, QStringLiteral("motionResultView"))
                ->isShowingResult());
    save(&window, QStringLiteral("meetings-result"));
    meetings->selectMotion(motions->motionAt(0)->id);
    QCoreApplication::processEvents();
    save(&window, QStringLiteral("meetings-result-first"));
    // The AGM's elections: the demo's board election, declared in one round, and a closer one.
    tabs->setCurrentIndex(app::MeetingsPage::ElectionsTab);
    auto* elections = driving::findNamed<app::ElectionsPanel>(meetings, QStringLiteral("electionsPanel"));
    auto* electionResult
        = driving::findNamed<app::ElectionResultView>(meetings, QStringLiteral("electionResultView"));
    QCOMPARE(elections->electionsModel()->rowCount(), 2);
    elections->selectElection(elections->electionsModel()->rowAt(0)->election.id);
    QCoreApplication::processEvents();
    save(&window, QStringLiteral("meetings-elections"));
    tabs->setCurrentIndex(app::MeetingsPage::ResultTab);
    QCoreApplication::processEvents();
    QVERIFY(meetings->isShowingElectionResult());
    QVERIFY(electionResult->isShowingResult());
    save(&window, QStringLiteral("meetings-election-result"));
    tabs->setCurrentIndex(app::MeetingsPage::ElectionsTab);
    elections->selectElection(elections->electionsModel()->rowAt(1)->election.id);
    tabs->setCurrentIndex(app::MeetingsPage::ResultTab);
    QCoreApplication::processEvents();
    QVERIFY(electionResult->isShowingResult());
    save(&window, QStringLiteral("meetings-election-rounds"));
    auto* resultScroll = electionResult->findChild<QScrollArea*>();
    QVERIFY(resultScroll != nullptr);
    resultScroll->ensureWidgetVisible(electionResult->roundsView());
    QCoreApplication::processEvents();
    save(&window, QStringLiteral("meetings-election-rounds-table"));
    tabs->setCurrentIndex(app::MeetingsPage::ElectionsTab);
    elections->newElectionAction()->trigger();
    auto* electionDialog = meetings->findChild<app::ElectionDialog*>();
    QVERIFY(electionDialog != nullptr);
    save(electionDialog, QStringLiteral("election-dialog"));
    electionDialog->reject();

    tabs->setCurrentIndex(app::MeetingsPage::MotionsTab);
    driving::findNamed<QAction>(meetings, QStringLiteral("newMotionAction"))->trigger();
    auto* motionDialog = meetings->findChild<app::MotionDialog*>();
    QVERIFY(motionDialog != nullptr);
    auto* scheme = motionDialog->findChild<QComboBox*>(QStringLiteral("schemeCombo"));
    scheme->setCurrentIndex(scheme->findData(static_cast<int>(domain::VotingScheme::ClassWeighted)));
    save(motionDialog, QStringLiteral("motion-dialog"));
    motionDialog->reject();
    driving::findNamed<QAction>(meetings, QStringLiteral("newMeetingAction"))->trigger();
    auto* meetingDialog = meetings->findChild<app::MeetingDialog*>();
    QVERIFY(meetingDialog != nullptr);
    save(meetingDialog, QStringLiteral("meeting-dialog"));
    meetingDialog->reject();

    // The money pages, every tab of them, and the window still fits the size asked for: no page may
    // need more room than a 900 by 600 window gives it.
    window.showPage(MainWindow::ContributionsPageIndex);
    auto* contributionTabs = window.contributionsPage()->findChild<QTabWidget*>();
    QVERIFY(contributionTabs != nullptr);
    for (int tab = 0; tab < contributionTabs->count(); ++tab) {
        contributionTabs->setCurrentIndex(tab);
        QCoreApplication::processEvents();
        save(&window, QStringLiteral("contributions-%1").arg(tab));
    }
    window.showPage(MainWindow::ReinvestmentPageIndex);
    QTabWidget* reinvestmentTabs = window.reinvestmentPage()->tabs();
    for (int tab = 0; tab < reinvestmentTabs->count(); ++tab) {
        reinvestmentTabs->setCurrentIndex(tab);
        QCoreApplication::processEvents();
        save(&window, QStringLiteral("reinvestment-%1").arg(tab));
    }
    window.showPage(MainWindow::ReportsPageIndex);
    auto* reportCombo = window.reportsPage()->findChild<QComboBox*>(QStringLiteral("reportCombo"));
    QVERIFY(reportCombo != nullptr);
    for (int report = 0; report < reportCombo->count(); ++report) {
        reportCombo->setCurrentIndex(report);
        QCoreApplication::processEvents();
        QVERIFY(window.reportsPage()->report().has_value());
        save(&window, QStringLiteral("reports-%1").arg(report));
    }
    QVERIFY2(window.minimumSizeHint().width() <= 900,
             qPrintable(QString::number(window.minimumSizeHint().width())));
    QCOMPARE(window.size(), size);
}

// At the size of a common laptop screen every column of the members table, the member's own ledger
// and the share ledger is on screen at once: nothing is cut off behind a sideways scroll bar.
void TestMainWindow::tablesFitAt1280Wide()
{
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openFile(m_demoPath));
    window.showPage(MainWindow::MembersPageIndex);
    window.membersPage()->tableView()->selectRow(0);
    QCoreApplication::processEvents();
    QTableView* members = window.membersPage()->tableView();
    QVERIFY(!members->horizontalScrollBar()->isVisible());
    const int nameWidth = members->columnWidth(app::MemberTableModel::NameColumn);
    QVERIFY2(nameWidth >= 100, qPrintable(QString::number(nameWidth)));
    auto* memberLedger = window.membersPage()->findChild<QTableWidget*>();
    QVERIFY(memberLedger != nullptr);
    QVERIFY(memberLedger->rowCount() > 0);
    QVERIFY(!memberLedger->horizontalScrollBar()->isVisible());
    QVERIFY2(memberLedger->width() >= 300, qPrintable(QString::number(memberLedger->width())));

    window.showPage(MainWindow::ShareCapitalPageIndex);
    QCoreApplication::processEvents();
    auto* ledger = window.findChild<QTableView*>(QStringLiteral("ledgerView"));
    QVERIFY(ledger != nullptr);
    QVERIFY(ledger->isVisible());
    QVERIFY(!ledger->horizontalScrollBar()->isVisible());
}

// Tab leaves the date for the next field instead of stepping from day to month to year, so the e-mail
// typed after it lands in the e-mail field and the admission date stays as it was. Nor can the date
// be moved past today: storage would refuse it.
void TestMainWindow::tabLeavesTheAdmissionDateForTheEmail()
{
    const QString path = m_dir.filePath(QStringLiteral("tab-date.mutual"));
    QVERIFY(QFile::copy(m_demoPath, path));
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openFile(path));
    auto* dialog = openAddMemberDialog(window);
    QVERIFY(dialog != nullptr);
    QVERIFY(activate(dialog));
    auto* admitted = dialog->findChild<app::DateEdit*>(QStringLiteral("admittedEdit"));
    auto* email = dialog->findChild<QLineEdit*>(QStringLiteral("emailEdit"));
    QVERIFY(admitted && email);

    QCOMPARE(QApplication::focusWidget(), dialog->findChild<QLineEdit*>(QStringLiteral("numberEdit")));
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("T-901"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Ada Byron"));
    QTest::keyClick(dialog, Qt::Key_A, Qt::AltModifier); // "&Admitted on:"
    QCOMPARE(QApplication::focusWidget(), admitted);
    QTest::keyClick(admitted, Qt::Key_End); // the year
    QTest::keyClick(admitted, Qt::Key_Up);
    QCOMPARE(admitted->date(), QDate::currentDate());
    QTest::keyClick(admitted, Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), email);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("ada@example.org"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_VERIFY(window.membersPage()->findChild<app::MemberDialog*>() == nullptr);

    const auto stored
        = storage::MemberRepository(window.session()->file()).memberByNumber(QStringLiteral("T-901"));
    QVERIFY(stored.isOk());
    QCOMPARE(stored->name, QStringLiteral("Ada Byron"));
    QCOMPARE(stored->email, QStringLiteral("ada@example.org"));
    QCOMPARE(stored->admittedOn, QDate::currentDate());
}

// Ctrl+1..3 leave the focus in the page, and a page's shortcuts work whenever it is shown, even with
// the focus on the sidebar; a hidden page's do not.
void TestMainWindow::pageShortcutsWorkFromTheSidebar()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openFile(m_demoPath));
    QVERIFY(activate(&window));

    QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(QApplication::focusWidget(), window.membersPage()->tableView());
    window.sidebar()->setFocus();
    QTest::keyClick(window.sidebar(), Qt::Key_F, Qt::ControlModifier);
    QCOMPARE(QApplication::focusWidget(), window.membersPage()->searchField());

    QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
    QCOMPARE(QApplication::focusWidget(), window.shareCapitalPage()->ledgerView());
    window.sidebar()->setFocus();
    QTest::keyClick(window.sidebar(), Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
    auto* entryDialog = window.shareCapitalPage()->findChild<app::ShareEntryDialog*>();
    QVERIFY(entryDialog != nullptr);
    QVERIFY(activate(entryDialog));
    QTest::keyClick(entryDialog, Qt::Key_Escape);
    QTRY_VERIFY(window.shareCapitalPage()->findChild<app::ShareEntryDialog*>() == nullptr);

    QVERIFY(activate(&window));
    QTest::keyClick(&window, Qt::Key_4, Qt::ControlModifier);
    QCOMPARE(QApplication::focusWidget(), window.meetingsPage()->mainWidget());
    window.sidebar()->setFocus();
    QTest::keyClick(window.sidebar(), Qt::Key_M, Qt::ControlModifier | Qt::ShiftModifier);
    auto* meetingDialog = window.meetingsPage()->findChild<app::MeetingDialog*>();
    QVERIFY(meetingDialog != nullptr);
    QVERIFY(activate(meetingDialog));
    QTest::keyClick(meetingDialog, Qt::Key_Escape);
    QTRY_VERIFY(window.meetingsPage()->findChild<app::MeetingDialog*>() == nullptr);

    QVERIFY(activate(&window));
    QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(window.currentPage(), MainWindow::DashboardPageIndex);
    QTest::keyClick(window.sidebar(), Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    QTest::keyClick(window.sidebar(), Qt::Key_F, Qt::ControlModifier);
    QTest::keyClick(window.sidebar(), Qt::Key_M, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(window.membersPage()->findChild<app::MemberDialog*>() == nullptr);
    QVERIFY(window.meetingsPage()->findChild<app::MeetingDialog*>() == nullptr);
    QCOMPARE(QApplication::focusWidget(), window.sidebar());
}

void TestMainWindow::tabLeavesTheMembersTable()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openFile(m_demoPath));
    QVERIFY(activate(&window));
    QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
    QTableView* table = window.membersPage()->tableView();
    QCOMPARE(QApplication::focusWidget(), table);
    QTest::keyClick(table, Qt::Key_Down);
    QTest::keyClick(table, Qt::Key_Tab);
    QVERIFY(QApplication::focusWidget() != table);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab, Qt::ShiftModifier);
    QCOMPARE(QApplication::focusWidget(), table);
}

// Walks every page and dialog: no two things shown together answer to the same Alt letter.
void TestMainWindow::noTwoControlsShareAnAltLetter()
{
    const QString path = m_dir.filePath(QStringLiteral("letters.mutual"));
    QVERIFY(QFile::copy(m_demoPath, path));
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QStringList clashes = driving::altLetterClashes(&window); // the welcome page

    app::NewMutualDialog newMutual(&window);
    newMutual.setObjectName(QStringLiteral("newMutualDialog"));
    clashes << driving::altLetterClashes(&newMutual);

    QVERIFY(window.openFile(path));
    for (const auto page : { MainWindow::DashboardPageIndex, MainWindow::MembersPageIndex,
                             MainWindow::ShareCapitalPageIndex, MainWindow::MeetingsPageIndex }) {
        window.showPage(page);
        clashes << driving::altLetterClashes(&window);
    }
    QTabWidget* capitalTabs = window.shareCapitalPage()->tabs();
    for (int tab = 0; tab < capitalTabs->count(); ++tab) {
        capitalTabs->setCurrentIndex(tab);
        clashes << driving::altLetterClashes(&window);
    }
    capitalTabs->setCurrentIndex(0);

    window.shareCapitalPage()->newEntryAction()->trigger();
    auto* entryDialog = window.shareCapitalPage()->findChild<app::ShareEntryDialog*>();
    QVERIFY(entryDialog != nullptr);
    for (const auto kind : { domain::ShareEntryKind::Subscription, domain::ShareEntryKind::Transfer }) {
        entryDialog->setKind(kind);
        clashes << driving::altLetterClashes(entryDialog);
    }
    delete entryDialog;
    QTableView* ledger = window.shareCapitalPage()->ledgerView();
    // As a click selects it: the line alone, whatever keys an earlier step left held.
    ledger->selectionModel()->select(ledger->model()->index(0, 0),
                                     QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    window.shareCapitalPage()->reverseEntryAction()->trigger();
    auto* reverseDialog = window.shareCapitalPage()->findChild<app::ReverseEntryDialog*>();
    QVERIFY(reverseDialog != nullptr);
    clashes << driving::altLetterClashes(reverseDialog);
    delete reverseDialog;

    auto* memberDialog = openAddMemberDialog(window);
    QVERIFY(memberDialog != nullptr);
    clashes << driving::altLetterClashes(memberDialog);
    delete memberDialog;
    window.membersPage()->tableView()->selectRow(rowOfFirst(window, domain::MemberStatus::Active));
    window.membersPage()->ceaseSelectedMember();
    auto* ceaseDialog = window.membersPage()->findChild<app::CeaseMemberDialog*>();
    QVERIFY(ceaseDialog != nullptr);
    clashes << driving::altLetterClashes(ceaseDialog);
    delete ceaseDialog;

    clashes << meetingsPageAltLetterClashes(window);
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(u'\n')));
}

// The meetings page on each of its tabs, and each of its dialogs. The demo's motions are all decided, so
// a draft is added to the newest meeting to reach the dialogs that open voting and take ballots.
QStringList TestMainWindow::meetingsPageAltLetterClashes(MainWindow& window)
{
    QStringList clashes;
    app::MeetingsPage* page = window.meetingsPage();
    auto* tabs = driving::findNamed<QTabWidget>(page, QStringLiteral("meetingTabs"));
    const auto pageAction
        = [page](const char* name) { return driving::findNamed<QAction>(page, QString::fromLatin1(name)); };
    window.showPage(MainWindow::MeetingsPageIndex);
    for (int tab = 0; tab < tabs->count(); ++tab) {
        tabs->setCurrentIndex(tab);
        clashes << driving::altLetterClashes(&window);
    }
    pageAction("newMeetingAction")->trigger();
    auto* meetingDialog = page->findChild<app::MeetingDialog*>();
    if (meetingDialog == nullptr) {
        return { QStringLiteral("no meeting dialog") };
    }
    clashes << driving::altLetterClashes(meetingDialog);
    delete meetingDialog;
    pageAction("appointProxyAction")->trigger();
    auto* proxyDialog = page->findChild<app::ProxyDialog*>();
    if (proxyDialog == nullptr) {
        return { QStringLiteral("no proxy dialog") };
    }
    clashes << driving::altLetterClashes(proxyDialog);
    delete proxyDialog;
    pageAction("newMotionAction")->trigger();
    auto* motionDialog = page->findChild<app::MotionDialog*>();
    if (motionDialog == nullptr) {
        return { QStringLiteral("no motion dialog") };
    }
    auto* scheme = motionDialog->findChild<QComboBox*>(QStringLiteral("schemeCombo"));
    for (const auto each : domain::allVotingSchemes()) {
        scheme->setCurrentIndex(scheme->findData(static_cast<int>(each)));
        clashes << driving::altLetterClashes(motionDialog);
    }
    delete motionDialog;

    domain::Motion draft;
    draft.meetingId = *page->selectedMeetingId();
    draft.title = QStringLiteral("Appoint the auditors");
    const auto added = storage::MotionRepository(window.session()->file()).add(draft);
    if (!added) {
        return { added.error().message };
    }
    window.session()->notifyChanged();
    page->selectMotion(added->id);
    tabs->setCurrentIndex(app::MeetingsPage::MotionsTab);
    // The questions before deleting, asked and left unanswered.
    for (const auto& [action, boxName] :
         { std::pair { pageAction("deleteMotionAction"), QStringLiteral("deleteMotionBox") },
           std::pair { pageAction("deleteMeetingAction"), QStringLiteral("deleteMeetingBox") } }) {
        action->trigger();
        auto* deleteBox = page->findChild<QMessageBox*>(boxName);
        if (deleteBox == nullptr) {
            return { QStringLiteral("no box %1").arg(boxName) };
        }
        clashes << driving::altLetterClashes(deleteBox);
        delete deleteBox;
    }
    pageAction("openMotionVotingAction")->trigger();
    auto* openDialog = page->findChild<app::OpenVotingDialog*>();
    if (openDialog == nullptr) {
        return { QStringLiteral("no open voting dialog") };
    }
    clashes << driving::altLetterClashes(openDialog);
    QTest::mouseClick(openDialog->openButton(), Qt::LeftButton);
    if (!QTest::qWaitFor([page] { return page->findChild<app::OpenVotingDialog*>() == nullptr; })) {
        return { QStringLiteral("voting did not open") };
    }
    pageAction("recordBallotAction")->trigger();
    auto* ballotDialog = page->findChild<app::BallotDialog*>();
    if (ballotDialog == nullptr) {
        return { QStringLiteral("no ballot dialog") };
    }
    ballotDialog->setMethod(domain::BallotMethod::Proxy);
    clashes << driving::altLetterClashes(ballotDialog);
    delete ballotDialog;
    pageAction("closeMotionVotingAction")->trigger();
    auto* closeBox = page->findChild<QMessageBox*>(QStringLiteral("closeVotingBox"));
    if (closeBox == nullptr) {
        return { QStringLiteral("no close voting box") };
    }
    clashes << driving::altLetterClashes(closeBox);
    delete closeBox;
    return clashes + electionAltLetterClashes(window);
}

// The Result tab with the demo's declared election, then each dialog and box of a new election as it
// goes from draft to the close of voting.
QStringList TestMainWindow::electionAltLetterClashes(MainWindow& window)
{
    QStringList clashes;
    app::MeetingsPage* page = window.meetingsPage();
    auto* elections = driving::findNamed<app::ElectionsPanel>(page, QStringLiteral("electionsPanel"));
    auto* tabs = driving::findNamed<QTabWidget>(page, QStringLiteral("meetingTabs"));
    tabs->setCurrentIndex(app::MeetingsPage::ElectionsTab);
    if (elections->electionsModel()->rowCount() == 0) {
        return { QStringLiteral("the demo's AGM has no election") };
    }
    elections->selectElection(elections->electionsModel()->rowAt(0)->election.id);
    tabs->setCurrentIndex(app::MeetingsPage::ResultTab);
    if (!driving::findNamed<app::ElectionResultView>(page, QStringLiteral("electionResultView"))
             ->isShowingResult()) {
        return { QStringLiteral("no election result shown") };
    }
    clashes << driving::altLetterClashes(&window);
    tabs->setCurrentIndex(app::MeetingsPage::ElectionsTab);
    elections->newElectionAction()->trigger();
    auto* electionDialog = page->findChild<app::ElectionDialog*>();
    if (electionDialog == nullptr) {
        return { QStringLiteral("no election dialog") };
    }
    clashes << driving::altLetterClashes(electionDialog);
    delete electionDialog;

    domain::Election draft;
    draft.meetingId = *page->selectedMeetingId();
    draft.title = QStringLiteral("Election of the treasurer");
    domain::Candidate first;
    first.name = QStringLiteral("Ann Example");
    domain::Candidate second;
    second.name = QStringLiteral("Bob Example");
    const auto added = storage::ElectionRepository(window.session()->file()).add(draft, { first, second });
    if (!added) {
        return { added.error().message };
    }
    window.session()->notifyChanged();
    elections->selectElection(added->id);
    elections->editElectionAction()->trigger();
    auto* editDialog = page->findChild<app::ElectionDialog*>();
    if (editDialog == nullptr) {
        return { QStringLiteral("no dialog to edit the election") };
    }
    clashes << driving::altLetterClashes(editDialog);
    delete editDialog;
    elections->deleteElectionAction()->trigger();
    auto* deleteBox = page->findChild<QMessageBox*>(QStringLiteral("deleteElectionBox"));
    if (deleteBox == nullptr) {
        return { QStringLiteral("no box to delete the election") };
    }
    clashes << driving::altLetterClashes(deleteBox);
    delete deleteBox;
    elections->openVotingAction()->trigger();
    auto* openDialog = page->findChild<app::OpenVotingDialog*>();
    if (openDialog == nullptr) {
        return { QStringLiteral("no open voting dialog for the election") };
    }
    clashes << driving::altLetterClashes(openDialog);
    QTest::mouseClick(openDialog->openButton(), Qt::LeftButton);
    if (!QTest::qWaitFor([page] { return page->findChild<app::OpenVotingDialog*>() == nullptr; })) {
        return { QStringLiteral("voting in the election did not open") };
    }
    clashes << driving::altLetterClashes(&window);
    elections->recordPapersAction()->trigger();
    auto* paperDialog = page->findChild<app::PaperDialog*>();
    if (paperDialog == nullptr) {
        return { QStringLiteral("no paper dialog") };
    }
    clashes << driving::altLetterClashes(paperDialog);
    delete paperDialog;
    elections->closeVotingAction()->trigger();
    auto* closeBox = page->findChild<QMessageBox*>(QStringLiteral("closeElectionBox"));
    if (closeBox == nullptr) {
        return { QStringLiteral("no close election box") };
    }
    clashes << driving::altLetterClashes(closeBox);
    delete closeBox;
    return clashes;
}

// An election at the newest meeting counted over three rounds, for the pictures. Two seats, 60 papers:
// quota 60 / 3 + 1 = 21. Ann 28 is elected at once and her surplus of 7 passes on at 7/28 = 0.25 a
// paper (Cath +5, Dev +2); Dev, lowest with 11, is excluded: his own 9 papers go to Bob, who reaches
// 21, and the 8 he was passed carry no further preference.
QString TestMainWindow::addCountedElection(const QString& path)
{
    auto file = storage::MutualFile::open(path, QStringLiteral("test"));
    if (!file) {
        return file.error().message;
    }
    const auto meetings = storage::MeetingRepository(**file).all();
    if (!meetings || meetings->isEmpty()) {
        return QStringLiteral("the demo has no meeting");
    }
    const domain::Meeting& newest = meetings->constFirst();
    domain::Election election;
    election.meetingId = newest.id;
    election.title = QStringLiteral("Election of two community directors");
    election.seats = 2;
    QList<domain::Candidate> candidates;
    domain::BltElection ballots;
    ballots.seats = 2;
    ballots.title = election.title;
    for (const QString& name : { QStringLiteral("Ann Example"), QStringLiteral("Bob Example"),
                                 QStringLiteral("Cath Example"), QStringLiteral("Dev Example") }) {
        domain::Candidate candidate;
        candidate.name = name;
        candidates.append(candidate);
        ballots.candidates.append(name);
    }
    ballots.ballots = {
        { 20, { 0, 2 }, 0 }, { 8, { 0, 3 }, 0 }, { 12, { 1, 2 }, 0 }, { 11, { 2, 1 }, 0 }, { 9, { 3, 1 }, 0 }
    };
    storage::ElectionRepository elections(**file);
    const auto added = elections.add(election, candidates);
    if (!added) {
        return added.error().message;
    }
    if (const auto opened = elections.open(added->id, newest.heldOn); !opened) {
        return opened.error().message;
    }
    if (const auto imported = elections.importBlt(added->id, ballots); !imported) {
        return imported.error().message;
    }
    if (const auto closed = elections.close(added->id); !closed) {
        return closed.error().message;
    }
    return {};
}

// Ceasing cannot be undone: Enter in the date field (or Escape) cancels; only the named button, or its
// Alt letter, ceases. Nor can the date be moved past today, which storage would refuse.
void TestMainWindow::enterInTheCeaseDialogDoesNotCease()
{
    const QString path = m_dir.filePath(QStringLiteral("cease-enter.mutual"));
    QVERIFY(QFile::copy(m_demoPath, path));
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openFile(path));
    QVERIFY(activate(&window));
    QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
    QTableView* table = window.membersPage()->tableView();
    const int row = rowOfFirst(window, domain::MemberStatus::Active);
    QVERIFY(row >= 0);
    table->selectRow(row);
    const qint64 memberId = *window.membersPage()->selectedMemberId();
    const auto statusNow = [&window, memberId] {
        return storage::MemberRepository(window.session()->file()).member(memberId)->status;
    };
    const auto openCeaseDialog = [&window, table](bool isByAltLetter) -> app::CeaseMemberDialog* {
        if (!activate(&window)) {
            return nullptr;
        }
        table->setFocus();
        if (isByAltLetter) {
            QTest::keyClick(&window, Qt::Key_C, Qt::AltModifier); // "&Cease…"
        } else {
            QTest::keyClick(table, Qt::Key_Delete);
        }
        app::CeaseMemberDialog* dialog = nullptr;
        // A button pressed by its Alt letter clicks a moment later, as a mouse click would show.
        const bool isOpen = QTest::qWaitFor(
            [&] { return (dialog = window.membersPage()->findChild<app::CeaseMemberDialog*>()) != nullptr; });
        return isOpen && activate(dialog) ? dialog : nullptr;
    };

    auto* dialog = openCeaseDialog(false);
    QVERIFY(dialog != nullptr);
    auto* date = dialog->findChild<app::DateEdit*>();
    QCOMPARE(QApplication::focusWidget(), date);
    QTest::keyClick(date, Qt::Key_End); // the year
    QTest::keyClick(date, Qt::Key_Up);
    QCOMPARE(dialog->ceaseDate(), QDate::currentDate());
    QVERIFY(
        dialog->confirmationText().contains(QLocale().toString(QDate::currentDate(), QLocale::ShortFormat)));
    QTest::keyClick(date, Qt::Key_Return);
    QTRY_VERIFY(window.membersPage()->findChild<app::CeaseMemberDialog*>() == nullptr);
    QCOMPARE(statusNow(), domain::MemberStatus::Active);

    dialog = openCeaseDialog(true);
    QVERIFY(dialog != nullptr);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QTRY_VERIFY(window.membersPage()->findChild<app::CeaseMemberDialog*>() == nullptr);
    QCOMPARE(statusNow(), domain::MemberStatus::Active);

    dialog = openCeaseDialog(true);
    QVERIFY(dialog != nullptr);
    QTest::keyClick(dialog, Qt::Key_C, Qt::AltModifier); // "&Cease Member"
    QTRY_VERIFY(window.membersPage()->findChild<app::CeaseMemberDialog*>() == nullptr);
    QCOMPARE(statusNow(), domain::MemberStatus::Ceased);
}

// A ceased member cannot be reinstated, so their status shows as Ceased and cannot be changed; the
// rest of the entry can still be edited and saved.
void TestMainWindow::editingACeasedMemberKeepsItCeased()
{
    const QString path = m_dir.filePath(QStringLiteral("edit-ceased.mutual"));
    QVERIFY(QFile::copy(m_demoPath, path));
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openFile(path));
    QVERIFY(activate(&window));
    QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
    if (rowOfFirst(window, domain::MemberStatus::Ceased) < 0) {
        const auto active
            = window.membersPage()->model()->rowAt(rowOfFirst(window, domain::MemberStatus::Active));
        QVERIFY(storage::MemberRepository(window.session()->file())
                    .cease(active->member.id, QDate::currentDate())
                    .isOk());
        window.session()->notifyChanged();
    }
    const int row = rowOfFirst(window, domain::MemberStatus::Ceased);
    QVERIFY(row >= 0);
    const domain::Member member = window.membersPage()->model()->rowAt(row)->member;
    QTableView* table = window.membersPage()->tableView();
    table->selectRow(row);
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Return);
    auto* dialog = window.membersPage()->findChild<app::MemberDialog*>();
    QVERIFY(dialog != nullptr);
    QVERIFY(activate(dialog));
    auto* status = dialog->findChild<QComboBox*>(QStringLiteral("statusCombo"));
    QCOMPARE(status->currentData().toInt(), static_cast<int>(domain::MemberStatus::Ceased));
    QVERIFY(!status->isEnabled());
    QVERIFY(!status->toolTip().isEmpty());
    QCOMPARE(dialog->findChild<app::DateEdit*>(QStringLiteral("admittedEdit"))->maximumDate(),
             member.ceasedOn);

    QTest::keyClick(dialog, Qt::Key_S, Qt::AltModifier); // "&Status:" cannot reach the status
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Up);
    QCOMPARE(status->currentData().toInt(), static_cast<int>(domain::MemberStatus::Ceased));
    QVERIFY(!dialog->findChild<QLabel*>(QStringLiteral("admittedError"))->isVisibleTo(dialog));

    auto* phone = dialog->findChild<QLineEdit*>(QStringLiteral("phoneEdit"));
    QTest::keyClick(dialog, Qt::Key_P, Qt::AltModifier); // "&Phone:"
    QCOMPARE(QApplication::focusWidget(), phone);
    QTest::keyClick(phone, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(phone, QStringLiteral("01632 960123"));
    QTest::keyClick(phone, Qt::Key_Return);
    QTRY_VERIFY(window.membersPage()->findChild<app::MemberDialog*>() == nullptr);
    const auto stored = storage::MemberRepository(window.session()->file()).member(member.id);
    QVERIFY(stored.isOk());
    QCOMPARE(stored->phone, QStringLiteral("01632 960123"));
    QCOMPARE(stored->status, domain::MemberStatus::Ceased);
    QCOMPARE(stored->ceasedOn, member.ceasedOn);
}

// The page says how many members the search and filters leave out of how many; the status bar says
// how many the register holds.
void TestMainWindow::pageCountSaysHowManyTheFiltersLeave()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openFile(m_demoPath));
    QVERIFY(activate(&window));
    QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
    auto* shown = window.membersPage()->findChild<QLabel*>(QStringLiteral("membersShownLabel"));
    QVERIFY(shown != nullptr);
    QCOMPARE(shown->text(), QStringLiteral("40 members"));

    auto* model = window.membersPage()->model();
    const QString number = model->rowAt(0)->member.number;
    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    QTest::keyClicks(QApplication::focusWidget(), number);
    QTRY_VERIFY(model->rowCount() < 40);
    QVERIFY(model->rowCount() >= 1);
    QCOMPARE(shown->text(), QStringLiteral("%1 of 40 members").arg(model->rowCount()));
    QCOMPARE(window.findChild<QLabel*>(QStringLiteral("memberCountLabel"))->text(),
             QStringLiteral("40 members"));

    QTest::keyClick(QApplication::focusWidget(), Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backspace);
    QTRY_COMPARE(model->rowCount(), 40);
    QCOMPARE(shown->text(), QStringLiteral("40 members"));
}

QTEST_MAIN(TestMainWindow)
// After an edit the table reloads and keeps only its first page of rows; the member edited, far down
// the register (row 230, past the first 200 rows), stays selected and in view.
void TestMainWindow::editKeepsAMemberFarDownSelected()
{
    const QString path = m_dir.filePath(QStringLiteral("edit-far-down.mutual"));
    domain::DemoOptions options;
    options.members = 240;
    options.seed = 3;
    options.until = QDate(2026, 3, 31);
    QVERIFY(storage::writeDemoMutual(path, domain::planDemoMutual(options), QStringLiteral("test")).isOk());
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openFile(path));
    // The file's check and its backup read it on threads of their own; their connections closing can
    // reload the page as a change from outside would. This test is of the edit alone.
    QTRY_VERIFY(!window.verificationBanner()->isChecking() && !window.backupKeeper()->isKeeping());
    QVERIFY(activate(&window));
    QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
    app::MemberTableModel* model = window.membersPage()->model();
    QVERIFY(model->rowCount() > 230);
    QVERIFY(app::MemberTableModel::pageSize < 230);
    const int row = 230;
    const domain::Member member = model->rowAt(row)->member;
    QTableView* table = window.membersPage()->tableView();
    table->selectRow(row);
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Return);
    auto* dialog = window.membersPage()->findChild<app::MemberDialog*>();
    QVERIFY(dialog != nullptr);
    QVERIFY(activate(dialog));
    auto* phone = dialog->findChild<QLineEdit*>(QStringLiteral("phoneEdit"));
    QTest::keyClick(dialog, Qt::Key_P, Qt::AltModifier); // "&Phone:"
    QTest::keyClick(phone, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(phone, QStringLiteral("01632 960777"));
    QTest::keyClick(phone, Qt::Key_Return);
    QTRY_VERIFY(window.membersPage()->findChild<app::MemberDialog*>() == nullptr);

    QCOMPARE(window.membersPage()->selectedMemberId(), std::optional<qint64>(member.id));
    QCOMPARE(table->currentIndex().row(), row);
    // In view: a scroll bar that the refitted columns bring may still cover part of the last line.
    QTRY_VERIFY(table->viewport()->rect().intersects(table->visualRect(table->currentIndex())));
    QCOMPARE(storage::MemberRepository(window.session()->file()).member(member.id)->phone,
             QStringLiteral("01632 960777"));
}

// F1 opens the guide that ships inside the program, from the welcome page as from a mutual; the
// contents are walked with the arrow keys, Escape closes it and F1 brings the same window back.
void TestMainWindow::f1OpensTheUserGuide()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(activate(&window));
    QVERIFY(window.userGuideWindow() == nullptr);

    QTest::keyClick(&window, Qt::Key_F1);
    app::UserGuideWindow* guide = window.userGuideWindow();
    QVERIFY(guide != nullptr);
    QVERIFY(QTest::qWaitForWindowExposed(guide));
    QVERIFY(activate(guide));
    QCOMPARE(guide->windowTitle(), QStringLiteral("Mutualise User Guide"));
    QTextBrowser* page = guide->pageView();
    QCOMPARE(page->source(), QUrl(QStringLiteral("qrc:/guide/index.html")));
    QVERIFY(page->toPlainText().contains(QStringLiteral("Mutualise user guide")));
    QCOMPARE(guide->contentsList()->count(), 7);
    QCOMPARE(QApplication::focusWidget(), guide->contentsList());

    // Down twice: the secretary's page, from attendance to a declared result.
    QTest::keyClick(guide->contentsList(), Qt::Key_Down);
    QTest::keyClick(guide->contentsList(), Qt::Key_Down);
    QCOMPARE(page->source().fileName(), QStringLiteral("secretary.html"));
    QVERIFY(page->toPlainText().contains(QStringLiteral("Attendance")));
    QVERIFY(page->toPlainText().contains(QStringLiteral("Declare the results")));
    // Every page of the contents is in the program, none empty.
    for (int row = 0; row < guide->contentsList()->count(); ++row) {
        guide->contentsList()->setCurrentRow(row);
        QVERIFY2(page->toPlainText().size() > 400, qPrintable(page->source().toString()));
    }
    // A link in a page selects its entry in the contents.
    guide->showPage(QStringLiteral("finance.html"));
    QCOMPARE(guide->contentsList()->currentItem()->text(),
             QStringLiteral("For the finance officer: a financial year"));

    QTest::keyClick(guide, Qt::Key_Escape);
    QTRY_VERIFY(!guide->isVisible());
    QVERIFY(activate(&window));
    QTest::keyClick(&window, Qt::Key_F1);
    QCOMPARE(window.userGuideWindow(), guide);
    QTRY_VERIFY(guide->isVisible());
}

#include "TestMainWindow.moc"
