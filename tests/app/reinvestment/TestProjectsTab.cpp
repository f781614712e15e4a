#include "../../support/FindNamed.h"
#include "../../support/SampleMutual.h"
#include "app/reinvestment/GrantDialog.h"
#include "app/reinvestment/PledgeDialog.h"
#include "app/reinvestment/ProjectDialog.h"
#include "app/reinvestment/ProjectTableModel.h"
#include "app/reinvestment/ProjectsTab.h"
#include "app/shell/MutualSession.h"
#include "app/widgets/DateEdit.h"
#include "storage/MeetingRepository.h"
#include "storage/MemberRepository.h"
#include "storage/MotionRepository.h"
#include "storage/ProjectRepository.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace Qt::StringLiterals;
using namespace mutualise;
using driving::findNamed;

namespace {

// Whether `message` is shown in one of the dialog's visible labels, as a person would read it.
bool isShown(const QWidget* dialog, const QString& message)
{
    for (const QLabel* label : dialog->findChildren<QLabel*>()) {
        if (label->isVisible() && label->text() == message) {
            return true;
        }
    }
    return false;
}

// Clicks the action button of the confirmation box the dialog opened, once it is shown.
bool confirm(QWidget* dialog, const QString& boxName, const QString& buttonName)
{
    QMessageBox* box = nullptr;
    if (!QTest::qWaitFor([&] {
            box = dialog->findChild<QMessageBox*>(boxName);
            return box && box->isVisible();
        })) {
        return false;
    }
    auto* button = box->findChild<QPushButton*>(buttonName);
    if (!button) {
        return false;
    }
    QTest::mouseClick(button, Qt::LeftButton);
    return true;
}

void clickOk(QWidget* dialog)
{
    auto* ok = findNamed<QDialogButtonBox>(dialog, u"buttonBox"_s)->button(QDialogButtonBox::Ok);
    QVERIFY(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
}

} // namespace

// The Projects tab and its dialogs, driven as a finance officer would. Each test's file (the sample
// mutual, a community benefit society) has members C001, C002 and E001, an AGM on 2025-07-15 whose
// motion 1 "Fund the projects" was carried, and the 2025 allocation, approved by that motion on
// 2025-07-15, giving the fund £50,000.00.
class TestProjectsTab : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void projectAddedThroughTheDialogIsListed();
    void badOrgIdIsRefusedAndTheFileUnchanged_data();
    void badOrgIdIsRefusedAndTheFileUnchanged();
    void grantLargerThanTheFundIsRefusedNamingTheBalance();
    void grantWithinTheFundIsStoredAndProgressShown();
    void backdatedGrantRefusedByStorageIsShownInTheDialog();
    void pledgeToAFundedProjectIsRefused();
    void statusChangeIsConfirmedFirst();
    void readOnlyFileDisablesTheActions();

private:
    qint64 addProject(const QString& title, qint64 target, const QString& orgId = u"GB-CHC-1234567"_s);
    qint64 decidedMotion(const QString& title);
    // The file and its write-ahead log: what a refusal must leave byte for byte.
    QByteArray fileState() const;
    QString cellText(int column, qint64 projectId) const;

    QTemporaryDir m_folder;
    QString m_path;
    int m_fileNumber = 0;
    std::unique_ptr<app::MutualSession> m_session;
    std::unique_ptr<app::ProjectsTab> m_tab;
    qint64 m_carried = 0;
};

void TestProjectsTab::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

void TestProjectsTab::init()
{
    m_path = m_folder.filePath(u"projects%1.mutual"_s.arg(++m_fileNumber));
    auto file = sample::createFile(m_path);
    QVERIFY(file);
    m_session = std::make_unique<app::MutualSession>(std::move(file));
    storage::MemberRepository members(m_session->file());
    for (const auto& [number, classId] :
         { std::pair { u"C001"_s, 1 }, std::pair { u"C002"_s, 1 }, std::pair { u"E001"_s, 2 } }) {
        QVERIFY(members.add(sample::member(number, u"Member "_s + number, classId)));
    }
    m_carried = decidedMotion(u"Fund the projects"_s);
    QVERIFY(m_carried != 0);
    const QString error = sample::execRaw(
        m_path,
        { u"INSERT INTO allocations (year, period_from, period_to, surplus, reserves, interest_rate_bp, "
          "interest_mode, interest_total, rebates, fund, motion_id, allocated_on, status, plan_json, "
          "recorded_by, recorded_at) VALUES (2025, '2025-04-01', '2026-03-31', 8000000, 3000000, 0, "
          "'pay', 0, 0, 5000000, %1, '2025-07-15', 'approved', '{}', 'treasurer', "
          "'2025-07-15T12:00:00.000Z')"_s.arg(m_carried) });
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_tab = std::make_unique<app::ProjectsTab>();
    m_tab->resize(900, 560);
    m_tab->setSession(m_session.get());
    m_tab->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_tab.get()));
}

void TestProjectsTab::cleanup()
{
    m_tab.reset();
    m_session.reset();
}

qint64 TestProjectsTab::decidedMotion(const QString& title)
{
    domain::Meeting meeting;
    meeting.kind = domain::MeetingKind::AnnualGeneral;
    meeting.heldOn = QDate(2025, 7, 15);
    meeting.place = u"Town Hall"_s;
    const auto held = storage::MeetingRepository(m_session->file()).add(meeting);
    if (!held) {
        return 0;
    }
    storage::MotionRepository motions(m_session->file());
    domain::Motion motion;
    motion.meetingId = held->id;
    motion.title = title;
    const auto added = motions.add(motion);
    if (!added || !motions.open(added->id, QDate(2025, 6, 30))) {
        return 0;
    }
    for (const QString& number : { u"C001"_s, u"C002"_s }) {
        if (!motions.castBallot(added->id,
                                { number, domain::Choice::For, domain::BallotMethod::InPerson, {}, 0 })) {
            return 0;
        }
    }
    return motions.close(added->id) ? added->id : 0;
}

qint64 TestProjectsTab::addProject(const QString& title, qint64 target, const QString& orgId)
{
    domain::Project project;
    project.title = title;
    project.category = u"skills"_s;
    project.recipientName = u"Vale Carers Trust"_s;
    project.recipientOrgId = orgId;
    project.target = target;
    const auto added = storage::ProjectRepository(m_session->file()).add(project);
    if (!added) {
        qWarning("%s", qPrintable(added.error().message));
        return 0;
    }
    m_session->notifyChanged();
    return added->id;
}

QByteArray TestProjectsTab::fileState() const
{
    return sample::fingerprint(m_path) + ' ' + sample::fingerprint(m_path + u"-wal"_s);
}

QString TestProjectsTab::cellText(int column, qint64 projectId) const
{
    // The row the tab selects for the project, read through the view's (sorting) model.
    auto* view = findNamed<QTableView>(m_tab.get(), u"projectsView"_s);
    m_tab->selectProject(projectId);
    const QModelIndexList rows = view->selectionModel()->selectedRows(column);
    return rows.isEmpty() ? QString() : rows.first().data().toString();
}

void TestProjectsTab::projectAddedThroughTheDialogIsListed()
{
    QAbstractItemModelTester tester(findNamed<QTableView>(m_tab.get(), u"projectsView"_s)->model());
    auto* newAction = findNamed<QAction>(m_tab.get(), u"newProjectAction"_s);
    QVERIFY(newAction->isEnabled());
    newAction->trigger();
    auto* dialog = m_tab->findChild<app::ProjectDialog*>();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QTest::keyClicks(findNamed<QLineEdit>(dialog, u"titleEdit"_s), u"Digital skills for carers"_s);
    auto* category = findNamed<QComboBox>(dialog, u"categoryCombo"_s);
    category->setCurrentIndex(category->findData(u"digital-inclusion"_s));
    QTest::keyClicks(findNamed<QLineEdit>(dialog, u"recipientNameEdit"_s), u"Vale Carers Trust"_s);
    QTest::keyClicks(findNamed<QLineEdit>(dialog, u"orgIdEdit"_s), u"GB-CHC-1234567"_s);
    QTest::keyClicks(findNamed<QLineEdit>(dialog, u"targetEdit"_s), u"12000.00"_s);
    findNamed<app::DateEdit>(dialog, u"startsEdit"_s)->setDate(QDate(2025, 9, 1));
    QTest::keyClicks(findNamed<QPlainTextEdit>(dialog, u"descriptionEdit"_s),
                     u"Weekly classes in the library"_s);
    clickOk(dialog);
    QTRY_VERIFY(dialog->isHidden() || !m_tab->findChild<app::ProjectDialog*>());

    const auto projects = storage::ProjectRepository(m_session->file()).projects();
    QVERIFY(projects);
    QCOMPARE(projects->size(), 1);
    const domain::Project& stored = projects->first().project;
    QCOMPARE(stored.title, u"Digital skills for carers"_s);
    QCOMPARE(stored.category, u"digital-inclusion"_s);
    QCOMPARE(stored.recipientOrgId, u"GB-CHC-1234567"_s);
    QCOMPARE(stored.target, 1'200'000); // £12,000.00 in pence
    QCOMPARE(stored.startsOn, QDate(2025, 9, 1));
    QCOMPARE(stored.status, domain::ProjectStatus::Proposed);

    // The new row is listed and chosen, its details shown below.
    QCOMPARE(m_tab->selectedProject()->id, stored.id);
    QCOMPARE(cellText(app::ProjectTableModel::TitleColumn, stored.id), u"Digital skills for carers"_s);
    QCOMPARE(cellText(app::ProjectTableModel::CategoryColumn, stored.id), u"Digital inclusion"_s);
    QCOMPARE(cellText(app::ProjectTableModel::StatusColumn, stored.id), u"Proposed"_s);
    QCOMPARE(cellText(app::ProjectTableModel::TargetColumn, stored.id), u"£12,000.00"_s);
    QCOMPARE(cellText(app::ProjectTableModel::ProgressColumn, stored.id), u"0%"_s);
    QVERIFY(findNamed<QTextBrowser>(m_tab.get(), u"projectDetails"_s)
                ->toPlainText()
                .contains(u"Weekly classes in the library"_s));
}

void TestProjectsTab::badOrgIdIsRefusedAndTheFileUnchanged_data()
{
    QTest::addColumn<QString>("orgId");
    QTest::addColumn<QString>("message");
    // Charity numbers in England and Wales have 6 or 7 digits: 12 is cut short.
    QTest::newRow("charity number cut short")
        << u"GB-CHC-12"_s
        << u"“GB-CHC-12” is not an identifier in the register of charities in England and Wales: after "
           u"GB-CHC- "
           "comes the charity's registration number, 6 or 7 digits, as in GB-CHC-1234567."_s;
    QTest::newRow("spaces")
        << u"GB CHC 1234567"_s
        << u"“GB CHC 1234567” does not read as an org-id: it is a list prefix such as GB-CHC "
           "(charities in England and Wales), GB-COH (Companies House) or GB-LAE (councils in "
           "England), a hyphen and the identifier in that list, without spaces, as in "
           "GB-CHC-1234567 or GB-COH-01234567."_s;
}

void TestProjectsTab::badOrgIdIsRefusedAndTheFileUnchanged()
{
    QFETCH(QString, orgId);
    QFETCH(QString, message);
    const QByteArray before = fileState();
    QDialog* dialog = m_tab->openProjectDialog(false);
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QTest::keyClicks(findNamed<QLineEdit>(dialog, u"titleEdit"_s), u"Digital skills for carers"_s);
    QTest::keyClicks(findNamed<QLineEdit>(dialog, u"orgIdEdit"_s), orgId);
    QTest::keyClicks(findNamed<QLineEdit>(dialog, u"targetEdit"_s), u"12000.00"_s);
    // The user tabs through the optional end date, leaving it empty, and presses Save: the field
    // committing its (empty) text as the focus moves to the org-id does not wipe the refusal.
    dialog->activateWindow();
    QVERIFY(QTest::qWaitFor([dialog] { return QApplication::activeWindow() == dialog; }));
    auto* ends = findNamed<app::DateEdit>(dialog, u"endsEdit"_s);
    ends->setFocus();
    QVERIFY(QTest::qWaitFor([ends] { return ends->hasFocus(); }));
    clickOk(dialog);
    QVERIFY(dialog->isVisible());
    QVERIFY(findNamed<QLineEdit>(dialog, u"orgIdEdit"_s)->hasFocus());
    QVERIFY(!ends->hasProblem());
    QCOMPARE(qobject_cast<app::ProjectDialog*>(dialog)->shownError(), message);
    QVERIFY(isShown(dialog, message));
    QCOMPARE(fileState(), before);
    QCOMPARE(storage::ProjectRepository(m_session->file()).projects()->size(), 0);
    dialog->close();
}

void TestProjectsTab::grantLargerThanTheFundIsRefusedNamingTheBalance()
{
    const qint64 earlier = addProject(u"Warm spaces"_s, 3'000'000);
    const qint64 project = addProject(u"Digital skills for carers"_s, 12'000'000);
    domain::Grant paid;
    paid.projectId = earlier;
    paid.amount = 3'000'000; // £30,000.00
    paid.date = QDate(2025, 8, 1);
    paid.motionId = m_carried;
    QVERIFY(storage::ProjectRepository(m_session->file()).addGrant(paid));
    m_session->notifyChanged();

    m_tab->selectProject(project);
    auto* dialog = qobject_cast<app::GrantDialog*>(m_tab->openGrantDialog());
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QCOMPARE(findNamed<QComboBox>(dialog, u"projectCombo"_s)->currentData().toLongLong(), project);
    findNamed<app::DateEdit>(dialog, u"dateEdit"_s)->setDate(QDate(2025, 9, 1));
    // On 2025-09-01 the fund holds the allocations to it less the grants before:
    // £50,000.00 - £30,000.00 = £20,000.00.
    QCOMPARE(dialog->fundBalanceText(), u"The fund holds £20,000.00 at the end of 01/09/2025."_s);
    QTest::keyClicks(findNamed<QLineEdit>(dialog, u"amountEdit"_s), u"20000.01"_s);
    const QByteArray before = fileState();
    clickOk(dialog);
    // £20,000.01 - £20,000.00 = £0.01 short.
    const QString message
        = u"The grant of £20,000.01 is more than the fund holds on 2025-09-01: the balance is £20,000.00, £0.01 short."_s;
    QCOMPARE(dialog->shownError(), message);
    QVERIFY(isShown(dialog, message));
    QVERIFY(!dialog->findChild<QMessageBox*>(u"grantConfirmation"_s));
    QCOMPARE(fileState(), before);
    QCOMPARE(storage::ProjectRepository(m_session->file()).grants()->size(), 1);
    dialog->close();
}

void TestProjectsTab::grantWithinTheFundIsStoredAndProgressShown()
{
    const qint64 project = addProject(u"Digital skills for carers"_s, 12'000'000); // £120,000.00
    m_tab->selectProject(project);
    findNamed<QAction>(m_tab.get(), u"recordGrantAction"_s)->trigger();
    auto* dialog = m_tab->findChild<app::GrantDialog*>();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    findNamed<app::DateEdit>(dialog, u"dateEdit"_s)->setDate(QDate(2025, 9, 1));
    // Nothing granted yet: the fund holds the whole £50,000.00 allocated to it.
    QCOMPARE(dialog->fundBalanceText(), u"The fund holds £50,000.00 at the end of 01/09/2025."_s);
    QCOMPARE(findNamed<QComboBox>(dialog, u"motionCombo"_s)->currentData().toLongLong(), m_carried);
    QTest::keyClicks(findNamed<QLineEdit>(dialog, u"amountEdit"_s), u"30000.00"_s);
    QTest::keyClicks(findNamed<QLineEdit>(dialog, u"referenceEdit"_s), u"AGM minute 7"_s);
    clickOk(dialog);
    // Grants are final: the box says so before anything is written.
    auto* box = dialog->findChild<QMessageBox*>(u"grantConfirmation"_s);
    QVERIFY(box);
    QVERIFY(box->text().contains(u"Grants are final"_s));
    QCOMPARE(storage::ProjectRepository(m_session->file()).grants()->size(), 0);
    QVERIFY(confirm(dialog, u"grantConfirmation"_s, u"confirmGrantButton"_s));
    QTRY_VERIFY(!m_tab->findChild<app::GrantDialog*>() || m_tab->findChild<app::GrantDialog*>()->isHidden());

    const auto grants = storage::ProjectRepository(m_session->file()).grants();
    QVERIFY(grants);
    QCOMPARE(grants->size(), 1);
    QCOMPARE(grants->first().grant.amount, 3'000'000);
    QCOMPARE(grants->first().grant.projectId, project);
    QCOMPARE(grants->first().grant.motionId, m_carried);
    QCOMPARE(grants->first().grant.date, QDate(2025, 9, 1));
    // £30,000.00 of £120,000.00 = 25%.
    QCOMPARE(cellText(app::ProjectTableModel::GrantedColumn, project), u"£30,000.00"_s);
    QCOMPARE(cellText(app::ProjectTableModel::ProgressColumn, project), u"25%"_s);
    // The grant is listed under the project, and the fund is £50,000.00 - £30,000.00 = £20,000.00.
    QCOMPARE(findNamed<QTableView>(m_tab.get(), u"grantsView"_s)->model()->rowCount(), 1);
    QCOMPARE(findNamed<QLabel>(m_tab.get(), u"fundLabel"_s)->text(),
             u"Fund balance: £20,000.00 · granted to date: £30,000.00"_s);
}

void TestProjectsTab::backdatedGrantRefusedByStorageIsShownInTheDialog()
{
    const qint64 earlier = addProject(u"Warm spaces"_s, 3'000'000);
    const qint64 project = addProject(u"Digital skills for carers"_s, 12'000'000);
    domain::Grant paid;
    paid.projectId = earlier;
    paid.amount = 3'000'000; // £30,000.00 on 2025-09-01
    paid.date = QDate(2025, 9, 1);
    paid.motionId = m_carried;
    QVERIFY(storage::ProjectRepository(m_session->file()).addGrant(paid));
    m_session->notifyChanged();

    m_tab->selectProject(project);
    auto* dialog = qobject_cast<app::GrantDialog*>(m_tab->openGrantDialog());
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    findNamed<app::DateEdit>(dialog, u"dateEdit"_s)->setDate(QDate(2025, 8, 1));
    // On 2025-08-01 nothing has been granted yet: £50,000.00 allocated - £0.00 = £50,000.00.
    QCOMPARE(dialog->fundBalanceText(), u"The fund holds £50,000.00 at the end of 01/08/2025."_s);
    QTest::keyClicks(findNamed<QLineEdit>(dialog, u"amountEdit"_s), u"25000.00"_s);
    const QByteArray before = fileState();
    clickOk(dialog);
    QVERIFY(confirm(dialog, u"grantConfirmation"_s, u"confirmGrantButton"_s));
    // But the grant of 2025-09-01 must stay paid for: by then the fund holds £50,000.00 - £30,000.00 =
    // £20,000.00, and £25,000.00 - £20,000.00 = £5,000.00 too much. Storage says so; the dialog stays.
    const QString message
        = u"The grant of £25,000.00 dated 2025-08-01 would leave the fund short on 2025-09-01, "
          "when the grants already recorded up to that day leave it £20,000.00: it is "
          "£5,000.00 too much."_s;
    QTRY_COMPARE(dialog->shownError(), message);
    QVERIFY(dialog->isVisible());
    QVERIFY(isShown(dialog, message));
    QCOMPARE(fileState(), before);
    QCOMPARE(storage::ProjectRepository(m_session->file()).grants()->size(), 1);
    dialog->close();
}

void TestProjectsTab::pledgeToAFundedProjectIsRefused()
{
    const qint64 project = addProject(u"Warm spaces"_s, 500'000); // £5,000.00
    domain::Grant whole;
    whole.projectId = project;
    whole.amount = 500'000; // the whole target: the project becomes funded
    whole.date = QDate(2025, 8, 1);
    whole.motionId = m_carried;
    QVERIFY(storage::ProjectRepository(m_session->file()).addGrant(whole));
    m_session->notifyChanged();
    QCOMPARE(storage::ProjectRepository(m_session->file()).project(project)->status,
             domain::ProjectStatus::Funded);
    m_tab->selectProject(project);
    // The page offers no pledge to a closed project...
    QVERIFY(!findNamed<QAction>(m_tab.get(), u"recordPledgeAction"_s)->isEnabled());

    // ...and the dialog, opened on it, refuses one and says why.
    app::PledgeDialog dialog(*m_session, m_tab.get());
    dialog.setProject(project);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QString message = u"The project “Warm spaces” is funded: it takes no more pledges."_s;
    QTest::keyClicks(findNamed<QLineEdit>(&dialog, u"memberEdit"_s), u"C001"_s);
    QTest::keyClicks(findNamed<QLineEdit>(&dialog, u"amountEdit"_s), u"250.00"_s);
    findNamed<app::DateEdit>(&dialog, u"dateEdit"_s)->setDate(QDate(2025, 9, 1));
    const QByteArray before = fileState();
    clickOk(&dialog);
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.shownError(), message);
    QVERIFY(isShown(&dialog, message));
    QVERIFY(!dialog.findChild<QMessageBox*>(u"pledgeConfirmation"_s));
    QCOMPARE(fileState(), before);
    QCOMPARE(storage::ProjectRepository(m_session->file()).pledgesOf(project)->size(), 0);
}

void TestProjectsTab::statusChangeIsConfirmedFirst()
{
    const qint64 project = addProject(u"Warm spaces"_s, 500'000);
    m_tab->selectProject(project);
    auto* withdraw = findNamed<QAction>(m_tab.get(), u"withdrawProjectAction"_s);
    QVERIFY(withdraw->isEnabled());
    withdraw->trigger();
    auto* box = m_tab->findChild<QMessageBox*>(u"statusConfirmation"_s);
    QVERIFY(box);
    QVERIFY(box->text().contains(u"cannot be undone"_s));
    QCOMPARE(storage::ProjectRepository(m_session->file()).project(project)->status,
             domain::ProjectStatus::Proposed);
    QVERIFY(confirm(m_tab.get(), u"statusConfirmation"_s, u"confirmStatusButton"_s));
    QCOMPARE(storage::ProjectRepository(m_session->file()).project(project)->status,
             domain::ProjectStatus::Withdrawn);
    QCOMPARE(cellText(app::ProjectTableModel::StatusColumn, project), u"Withdrawn"_s);
    // Withdrawn is final: no grant, pledge or status change is offered.
    QVERIFY(!findNamed<QAction>(m_tab.get(), u"recordGrantAction"_s)->isEnabled());
    QVERIFY(!findNamed<QAction>(m_tab.get(), u"recordPledgeAction"_s)->isEnabled());
    QVERIFY(!withdraw->isEnabled());
}

void TestProjectsTab::readOnlyFileDisablesTheActions()
{
    const qint64 project = addProject(u"Warm spaces"_s, 500'000);
    m_tab.reset();
    m_session.reset();
    auto file = storage::MutualFile::open(m_path, u"treasurer"_s, storage::MutualFile::Access::ReadOnly);
    QVERIFY(file);
    m_session = std::make_unique<app::MutualSession>(std::move(file).value());
    m_tab = std::make_unique<app::ProjectsTab>();
    m_tab->setSession(m_session.get());
    m_tab->show();
    m_tab->selectProject(project);
    QCOMPARE(m_tab->selectedProject()->id, project);
    for (const QString& name : { u"newProjectAction"_s, u"editProjectAction"_s, u"recordGrantAction"_s,
                                 u"recordPledgeAction"_s, u"withdrawProjectAction"_s }) {
        QVERIFY2(!findNamed<QAction>(m_tab.get(), name)->isEnabled(), qPrintable(name));
    }
    QVERIFY(!m_tab->openGrantDialog());
}

QTEST_MAIN(TestProjectsTab)
#include "TestProjectsTab.moc"
