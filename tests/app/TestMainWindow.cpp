#include "CeaseMemberDialog.h"
#include "DashboardPage.h"
#include "MainWindow.h"
#include "MemberDialog.h"
#include "MemberTableModel.h"
#include "MembersPage.h"
#include "MutualSession.h"
#include "NewMutualDialog.h"
#include "RecentFiles.h"
#include "WelcomePage.h"
#include "domain/DemoMutual.h"
#include "storage/DemoWriter.h"
#include "storage/MemberRepository.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMap>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace mutualise;
using app::MainWindow;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void refusesAFileThatIsNotAMutual_data();
    void refusesAFileThatIsNotAMutual();
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

private:
    app::MemberDialog* openAddMemberDialog(MainWindow& window);
    static qint64 activeMembersShown(MainWindow& window);

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
    app::RecentFiles::clear();
    m_errors.clear();
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
    QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(window.currentPage(), MainWindow::DashboardPageIndex);

    // A click on the sidebar's second entry shows the members.
    QListWidget* sidebar = window.sidebar();
    const QRect membersEntry = sidebar->visualItemRect(sidebar->item(MainWindow::MembersPageIndex));
    QTest::mouseClick(sidebar->viewport(), Qt::LeftButton, {}, membersEntry.center());
    QCOMPARE(window.currentPage(), MainWindow::MembersPageIndex);
    QCOMPARE(window.membersPage()->model()->rowCount(), 40);
}

app::MemberDialog* TestMainWindow::openAddMemberDialog(MainWindow& window)
{
    window.showPage(MainWindow::MembersPageIndex);
    window.membersPage()->tableView()->setFocus();
    QTest::keyClick(window.membersPage()->tableView(), Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    return window.membersPage()->findChild<app::MemberDialog*>();
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
    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    QTest::keyClicks(search, QStringLiteral("t-900"));
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
    QCOMPARE(dialog->findChild<QDateEdit*>()->minimumDate(), member.admittedOn);
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

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
