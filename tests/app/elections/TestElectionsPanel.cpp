#include "FindNamed.h"
#include "SampleMutual.h"
#include "WindowDriving.h"
#include "app/elections/CandidateListModel.h"
#include "app/elections/ElectionDialog.h"
#include "app/elections/ElectionListModel.h"
#include "app/elections/ElectionResultView.h"
#include "app/elections/ElectionRoundsChart.h"
#include "app/elections/ElectionsPanel.h"
#include "app/elections/PaperDialog.h"
#include "app/meetings/MeetingsPage.h"
#include "app/meetings/OpenVotingDialog.h"
#include "app/shell/MutualSession.h"
#include "app/widgets/DateEdit.h"
#include "formats/Blt.h"
#include "reports/ElectionRoundsModel.h"
#include "storage/ElectionRepository.h"
#include "storage/MeetingRepository.h"
#include "storage/MemberRepository.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace mutualise;
using driving::activate;
using driving::okButton;
using driving::typeInto;

namespace {

// Candidate positions on the ballot of the board election every test but one runs.
constexpr int memberC001 = 1;
constexpr int memberE001 = 2;
constexpr int olive = 3;

// Ticks or clears a box where a person clicks: on the box itself, not in the empty width of its row.
void clickCheck(QCheckBox* check)
{
    QTest::mouseClick(check, Qt::LeftButton, {}, QPoint(check->height() / 2, check->height() / 2));
}

QByteArray contentOf(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString& path, const QByteArray& content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

} // namespace

// The Elections tab of the Meetings & votes page, driven the way a secretary runs a board election at
// an AGM. Each test's register, as it stands on the meeting's day, 15 July 2025: C001, C002, E001,
// E002 and P001, admitted in 2024, may vote; P003, admitted in September 2025, may not.
class TestElectionsPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void addsAnElectionWithMembersAndAnOutsider();
    void refusesAnInvalidElectionAndStoresNothing();
    void correctsADraftElection();
    void refusedCorrectionKeepsTheElection();
    void deletesADraftElectionOnlyWhenConfirmed();
    void openedElectionCannotBeCorrectedOrDeleted();
    void runsABoardElectionToItsDeclaredResult();
    void paperDialogWorksFromTheKeyboard();
    void blankPaperIsRecordedOnlyWithItsBoxTicked();
    void pluralityTieIsDecidedByLot();
    void showsPapersFiledByAnotherProgram();
    void modelsPassTheModelTester();
    void closedMutualLeavesNothingToDo();
    void sortsBySeatsAndActsOnTheElectionChosen();

private:
    app::ElectionsPanel* panel() const
    {
        return driving::findNamed<app::ElectionsPanel>(m_page.get(), u"electionsPanel"_s);
    }
    QTabWidget* tabs() const { return driving::findNamed<QTabWidget>(m_page.get(), u"meetingTabs"_s); }
    app::ElectionResultView* electionResultView() const
    {
        return driving::findNamed<app::ElectionResultView>(m_page.get(), u"electionResultView"_s);
    }
    void clickButtonFor(QAction* action);
    app::ElectionDialog* openElectionDialog(const QString& title);
    void addCandidates(app::ElectionDialog* dialog, const QStringList& members, const QStringList& outsiders);
    qint64 addBoardElection();
    QStringList storedCandidates(qint64 electionId) const;
    QMessageBox* deleteBox() const { return m_page->findChild<QMessageBox*>(u"deleteElectionBox"_s); }
    void openVoting();
    app::PaperDialog* openPaperDialog();
    bool castPaper(app::PaperDialog* dialog, const QString& voter, const QMap<int, int>& numberByPosition);
    void closeVoting();
    QString roundsCell(int row, int column) const;

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<app::MutualSession> m_session;
    std::unique_ptr<app::MeetingsPage> m_page;
    QStringList m_errors;
    int m_fileNumber = 0;
};

void TestElectionsPanel::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestElectionsPanel::init()
{
    m_path = m_dir.filePath(u"elections%1.mutual"_s.arg(++m_fileNumber));
    auto file = sample::createFile(m_path);
    QVERIFY(file);
    storage::MemberRepository members(*file);
    for (const auto& [number, classId] :
         { std::pair { u"C001"_s, 1 }, std::pair { u"C002"_s, 1 }, std::pair { u"E001"_s, 2 },
           std::pair { u"E002"_s, 2 }, std::pair { u"P001"_s, 3 } }) {
        QVERIFY(members.add(sample::member(number, u"Member "_s + number, classId)));
    }
    QVERIFY(members.add(sample::member(u"P003"_s, u"Late Joiner"_s, 3, QDate(2025, 9, 1))));
    domain::Meeting meeting;
    meeting.heldOn = QDate(2025, 7, 15);
    meeting.title = u"Annual general meeting 2025"_s;
    meeting.place = u"Town Hall"_s;
    QVERIFY(storage::MeetingRepository(*file).add(meeting));

    m_session = std::make_unique<app::MutualSession>(std::move(file));
    m_errors.clear();
    m_page = std::make_unique<app::MeetingsPage>();
    m_page->setErrorPresenter([this](const QString&, const QString& message) { m_errors << message; });
    m_page->resize(1100, 760);
    m_page->setSession(m_session.get());
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    QVERIFY(m_page->selectedMeetingId());
}

void TestElectionsPanel::cleanup()
{
    m_page.reset();
    m_session.reset();
}

void TestElectionsPanel::clickButtonFor(QAction* action)
{
    QToolButton* button = driving::buttonFor(m_page.get(), action);
    if (button == nullptr) {
        QFAIL(qPrintable(action->text()));
    }
    QVERIFY2(button->isVisible(), qPrintable(action->text()));
    QVERIFY2(button->isEnabled(), qPrintable(action->text()));
    QTest::mouseClick(button, Qt::LeftButton);
}

app::ElectionDialog* TestElectionsPanel::openElectionDialog(const QString& title)
{
    tabs()->setCurrentIndex(app::MeetingsPage::ElectionsTab);
    clickButtonFor(panel()->newElectionAction());
    auto* dialog = m_page->findChild<app::ElectionDialog*>();
    if (dialog) {
        QTest::keyClicks(dialog->findChild<QLineEdit*>(u"titleEdit"_s), title);
    }
    return dialog;
}

// Members by their number, each followed by Enter; people from outside with the Add Person button.
void TestElectionsPanel::addCandidates(app::ElectionDialog* dialog, const QStringList& members,
                                       const QStringList& outsiders)
{
    auto* memberEdit = dialog->findChild<QLineEdit*>(u"memberEdit"_s);
    for (const QString& number : members) {
        typeInto(memberEdit, number);
        QTest::keyClick(memberEdit, Qt::Key_Return);
        QVERIFY2(memberEdit->text().isEmpty(), qPrintable(dialog->shownError()));
    }
    auto* nameEdit = dialog->findChild<QLineEdit*>(u"nameEdit"_s);
    for (const QString& name : outsiders) {
        typeInto(nameEdit, name);
        QTest::mouseClick(dialog->findChild<QPushButton*>(u"addPersonButton"_s), Qt::LeftButton);
        QVERIFY(nameEdit->text().isEmpty());
    }
}

// "Election of the board", one seat by STV: Member C001, Member E001 and Olive Outsider, in that order.
qint64 TestElectionsPanel::addBoardElection()
{
    auto* dialog = openElectionDialog(u"Election of the board"_s);
    if (!dialog) {
        return 0;
    }
    addCandidates(dialog, { u"E001"_s, u"C001"_s }, { u"Olive Outsider"_s });
    // C001 was added after E001: up one place.
    auto* view = dialog->findChild<QListView*>(u"candidatesView"_s);
    view->setCurrentIndex(dialog->candidatesModel()->index(1));
    QTest::mouseClick(dialog->findChild<QPushButton*>(u"moveUpButton"_s), Qt::LeftButton);
    if (!okButton(dialog)->isEnabled()) {
        qWarning("%s", qPrintable(dialog->shownError()));
        return 0;
    }
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    if (!QTest::qWaitFor([this] { return m_page->findChild<app::ElectionDialog*>() == nullptr; })) {
        return 0;
    }
    return panel()->selectedElectionId().value_or(0);
}

QStringList TestElectionsPanel::storedCandidates(qint64 electionId) const
{
    QStringList names;
    const auto candidates = storage::ElectionRepository(m_session->file()).candidates(electionId);
    for (const domain::Candidate& candidate : candidates ? *candidates : QList<domain::Candidate>()) {
        names << u"%1. %2"_s.arg(candidate.position).arg(candidate.name);
    }
    return names;
}

void TestElectionsPanel::openVoting()
{
    tabs()->setCurrentIndex(app::MeetingsPage::ElectionsTab);
    clickButtonFor(panel()->openVotingAction());
    auto* dialog = m_page->findChild<app::OpenVotingDialog*>();
    QVERIFY(dialog);
    QCOMPARE(dialog->dateEdit()->date(), QDate(2025, 7, 15)); // the meeting's day
    QVERIFY(dialog->confirmationText().contains(u"candidates cannot be changed"_s));
    QVERIFY(dialog->rollText().isEmpty()); // a motion's roll is previewed, not an election's
    driving::saveShot(dialog, u"open-voting-election"_s);
    QTest::mouseClick(dialog->openButton(), Qt::LeftButton);
    QTRY_VERIFY(m_page->findChild<app::OpenVotingDialog*>() == nullptr);
}

app::PaperDialog* TestElectionsPanel::openPaperDialog()
{
    tabs()->setCurrentIndex(app::MeetingsPage::ElectionsTab);
    clickButtonFor(panel()->recordPapersAction());
    return m_page->findChild<app::PaperDialog*>();
}

// Enters one paper, typing each preference number into the field beside its candidate; true when it
// was recorded and the dialog is ready for the next.
bool TestElectionsPanel::castPaper(app::PaperDialog* dialog, const QString& voter,
                                   const QMap<int, int>& numberByPosition)
{
    const int before = dialog->recordedCount();
    typeInto(dialog->findChild<QLineEdit*>(u"voterEdit"_s), voter);
    for (auto it = numberByPosition.cbegin(); it != numberByPosition.cend(); ++it) {
        QSpinBox* spin = dialog->preferenceSpin(it.key());
        if (!spin) {
            return false;
        }
        QTest::keyClick(spin, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(spin, QString::number(it.value()));
    }
    if (!okButton(dialog)->isEnabled()) {
        return false;
    }
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    return dialog->recordedCount() == before + 1
        && dialog->findChild<QLineEdit*>(u"voterEdit"_s)->text().isEmpty();
}

void TestElectionsPanel::closeVoting()
{
    tabs()->setCurrentIndex(app::MeetingsPage::ElectionsTab);
    clickButtonFor(panel()->closeVotingAction());
    auto* box = m_page->findChild<QMessageBox*>(u"closeElectionBox"_s);
    QVERIFY(box);
    QVERIFY(box->informativeText().contains(u"cannot change"_s));
    // Enter and Escape cancel: declaring takes the named button.
    QCOMPARE(box->defaultButton(), box->button(QMessageBox::Cancel));
    QTest::mouseClick(box->findChild<QPushButton*>(u"declareButton"_s), Qt::LeftButton);
    QTRY_VERIFY(m_page->findChild<QMessageBox*>(u"closeElectionBox"_s) == nullptr);
}

QString TestElectionsPanel::roundsCell(int row, int column) const
{
    return electionResultView()->roundsModel()->index(row, column).data().toString();
}

// Members are stood under their names from the register; an outsider under the name typed. The order
// of the list is the order of the ballot.
void TestElectionsPanel::addsAnElectionWithMembersAndAnOutsider()
{
    const qint64 electionId = addBoardElection();
    QVERIFY(electionId > 0);
    QVERIFY(m_errors.isEmpty());
    const storage::ElectionRepository elections(m_session->file());
    const auto stored = elections.election(electionId);
    QCOMPARE(stored->title, u"Election of the board"_s);
    QCOMPARE(stored->seats, 1);
    QCOMPARE(stored->method, domain::ElectionMethod::SingleTransferableVote);
    QCOMPARE(stored->state, domain::VoteState::Draft);
    const auto candidates = elections.candidates(electionId);
    QCOMPARE(candidates->size(), 3);
    const storage::MemberRepository members(m_session->file());
    QCOMPARE(candidates->at(0).name, u"Member C001"_s);
    QCOMPARE(candidates->at(0).memberId, std::optional(members.memberByNumber(u"C001"_s)->id));
    QCOMPARE(candidates->at(1).name, u"Member E001"_s);
    QCOMPARE(candidates->at(1).memberId, std::optional(members.memberByNumber(u"E001"_s)->id));
    QCOMPARE(candidates->at(2).name, u"Olive Outsider"_s);
    QCOMPARE(candidates->at(2).memberId, std::nullopt);

    app::ElectionListModel* list = panel()->electionsModel();
    QCOMPARE(list->rowCount(), 1);
    QCOMPARE(list->index(0, app::ElectionListModel::TitleColumn).data().toString(),
             u"Election of the board"_s);
    QCOMPARE(list->index(0, app::ElectionListModel::SeatsColumn).data().toString(), u"1"_s);
    QCOMPARE(list->index(0, app::ElectionListModel::MethodColumn).data().toString(),
             u"Single transferable vote"_s);
    QCOMPARE(list->index(0, app::ElectionListModel::StateColumn).data().toString(), u"Draft"_s);
    QCOMPARE(panel()->candidatesModel()->index(0).data().toString(), u"1. Member C001 (C001)"_s);
    QCOMPARE(panel()->candidatesModel()->index(2).data().toString(), u"3. Olive Outsider (not a member)"_s);
    QVERIFY(panel()->openVotingAction()->isEnabled());
    QVERIFY(!panel()->recordPapersAction()->isEnabled());
    QVERIFY(!panel()->closeVotingAction()->isEnabled());
    QVERIFY(!panel()->exportPapersAction()->isEnabled());
    // A draft has no result yet.
    tabs()->setCurrentIndex(app::MeetingsPage::ResultTab);
    QVERIFY(m_page->isShowingElectionResult());
    QVERIFY(electionResultView()->message().contains(u"not opened"_s));
}

// Three seats need three candidates: the dialog says so beside the list, keeps OK disabled and, made
// to try all the same, shows storage's refusal and stores nothing. The same member twice, or two
// candidates of one name, are refused as they are entered.
void TestElectionsPanel::refusesAnInvalidElectionAndStoresNothing()
{
    auto* dialog = openElectionDialog(u"Election of three directors"_s);
    QVERIFY(dialog);
    auto* candidatesError = dialog->findChild<QLabel*>(u"candidatesError"_s);
    QVERIFY(candidatesError->isVisibleTo(dialog));
    QVERIFY(!okButton(dialog)->isEnabled());
    dialog->findChild<QSpinBox*>(u"seatsSpin"_s)->setValue(3);
    addCandidates(dialog, { u"C001"_s }, { u"Olive Outsider"_s });
    QVERIFY(candidatesError->isVisibleTo(dialog));
    QCOMPARE(candidatesError->text(), u"Each seat needs a candidate: seats 3, candidates standing 2."_s);
    QVERIFY(!okButton(dialog)->isEnabled());
    driving::saveShot(dialog, u"election-dialog-refused"_s);

    dialog->accept(); // as if OK could be pressed all the same
    QVERIFY(dialog->isVisible());
    QVERIFY2(dialog->shownError().contains(u"seats 3, candidates standing 2"_s),
             qPrintable(dialog->shownError()));
    QCOMPARE(storage::ElectionRepository(m_session->file()).all()->size(), 0);

    auto* memberEdit = dialog->findChild<QLineEdit*>(u"memberEdit"_s);
    typeInto(memberEdit, u"C001"_s);
    QTest::keyClick(memberEdit, Qt::Key_Return);
    QVERIFY(dialog->findChild<QLabel*>(u"memberError"_s)->text().contains(u"on the ballot already"_s));
    QCOMPARE(dialog->candidatesModel()->rowCount(), 2);
    typeInto(memberEdit, u"Z999"_s);
    QTest::keyClick(memberEdit, Qt::Key_Return);
    QVERIFY(dialog->findChild<QLabel*>(u"memberError"_s)->text().contains(u"Z999"_s));

    addCandidates(dialog, {}, { u"olive outsider"_s, u"Another Person"_s });
    QVERIFY2(candidatesError->text().contains(u"Two candidates are named"_s),
             qPrintable(candidatesError->text()));
    QVERIFY(!okButton(dialog)->isEnabled());
    // Taking the second Olive off leaves three different candidates for three seats.
    auto* view = dialog->findChild<QListView*>(u"candidatesView"_s);
    view->setCurrentIndex(dialog->candidatesModel()->index(2));
    QVERIFY(activate(dialog));
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Delete);
    QCOMPARE(dialog->candidatesModel()->rowCount(), 3);
    QVERIFY(!candidatesError->isVisibleTo(dialog));
    QVERIFY(okButton(dialog)->isEnabled());
    dialog->reject();
    QCOMPARE(storage::ElectionRepository(m_session->file()).all()->size(), 0);
}

// Enter on a draft reopens the dialog it was drafted in, filled in as stored: the board election becomes
// one for two seats, with Member E002 standing in place of Member E001. The election keeps its id, and
// the ballot order is the dialog's: C001, Olive, then E002 added at the end.
void TestElectionsPanel::correctsADraftElection()
{
    const qint64 electionId = addBoardElection();
    QVERIFY(electionId > 0);
    QVERIFY(panel()->editElectionAction()->isEnabled());
    QVERIFY(activate(m_page.get()));
    panel()->electionsView()->setFocus();
    QTest::keyClick(panel()->electionsView(), Qt::Key_Return);
    auto* dialog = m_page->findChild<app::ElectionDialog*>();
    QVERIFY(dialog);
    QVERIFY(m_page->findChild<app::OpenVotingDialog*>() == nullptr);
    QCOMPARE(dialog->windowTitle(), u"Edit Election"_s);
    QCOMPARE(okButton(dialog)->text(), u"Save"_s);
    QCOMPARE(dialog->findChild<QLineEdit*>(u"titleEdit"_s)->text(), u"Election of the board"_s);
    auto* seats = dialog->findChild<QSpinBox*>(u"seatsSpin"_s);
    QCOMPARE(seats->value(), 1);
    QCOMPARE(dialog->findChild<QComboBox*>(u"methodCombo"_s)->currentData().toInt(),
             static_cast<int>(domain::ElectionMethod::SingleTransferableVote));
    app::CandidateListModel* ballot = dialog->candidatesModel();
    QCOMPARE(ballot->rowCount(), 3);
    QCOMPARE(ballot->index(0).data().toString(), u"1. Member C001 (C001)"_s);
    QCOMPARE(ballot->index(1).data().toString(), u"2. Member E001 (E001)"_s);
    QCOMPARE(ballot->index(2).data().toString(), u"3. Olive Outsider (not a member)"_s);
    QVERIFY(okButton(dialog)->isEnabled());

    QVERIFY(activate(dialog));
    seats->setFocus();
    QTest::keyClick(seats, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(seats, u"2"_s);
    QCOMPARE(seats->value(), 2);
    auto* view = dialog->findChild<QListView*>(u"candidatesView"_s);
    view->setCurrentIndex(ballot->index(1));
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Delete);
    addCandidates(dialog, { u"E002"_s }, {});
    QCOMPARE(ballot->index(2).data().toString(), u"3. Member E002 (E002)"_s);
    driving::saveShot(dialog, u"election-dialog-edit"_s);
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    QTRY_VERIFY(m_page->findChild<app::ElectionDialog*>() == nullptr);

    QVERIFY(m_errors.isEmpty());
    const storage::ElectionRepository elections(m_session->file());
    QCOMPARE(elections.all()->size(), 1);
    const auto stored = elections.election(electionId);
    QCOMPARE(stored->title, u"Election of the board"_s);
    QCOMPARE(stored->seats, 2);
    QCOMPARE(stored->state, domain::VoteState::Draft);
    QCOMPARE(storedCandidates(electionId),
             (QStringList { u"1. Member C001"_s, u"2. Olive Outsider"_s, u"3. Member E002"_s }));
    QCOMPARE(elections.candidates(electionId)->at(2).memberId,
             std::optional(storage::MemberRepository(m_session->file()).memberByNumber(u"E002"_s)->id));
    QCOMPARE(panel()->selectedElectionId(), std::optional(electionId));
    QCOMPARE(panel()->electionsModel()->index(0, app::ElectionListModel::SeatsColumn).data().toString(),
             u"2"_s);
    QCOMPARE(panel()->candidatesModel()->index(2).data().toString(), u"3. Member E002 (E002)"_s);

    // A double click on a draft opens the same dialog; Cancel changes nothing.
    const QModelIndex first
        = panel()->electionsView()->model()->index(0, app::ElectionListModel::TitleColumn);
    const QPoint centre = panel()->electionsView()->visualRect(first).center();
    // A double click as a person makes it: a click, then a second press that Qt reports as a double one.
    QTest::mouseClick(panel()->electionsView()->viewport(), Qt::LeftButton, {}, centre);
    QTest::mouseDClick(panel()->electionsView()->viewport(), Qt::LeftButton, {}, centre);
    dialog = m_page->findChild<app::ElectionDialog*>();
    QVERIFY(dialog);
    QCOMPARE(dialog->candidatesModel()->rowCount(), 3);
    dialog->reject();
    QTRY_VERIFY(m_page->findChild<app::ElectionDialog*>() == nullptr);
    QCOMPARE(elections.election(electionId)->seats, 2);
}

// Voting opened from the command line while the draft was being corrected: storage refuses the
// change, the dialog says why and stays open, and the election stays as it was opened.
void TestElectionsPanel::refusedCorrectionKeepsTheElection()
{
    const qint64 electionId = addBoardElection();
    QVERIFY(electionId > 0);
    clickButtonFor(panel()->editElectionAction());
    auto* dialog = m_page->findChild<app::ElectionDialog*>();
    QVERIFY(dialog);
    dialog->findChild<QSpinBox*>(u"seatsSpin"_s)->setValue(2);
    addCandidates(dialog, {}, { u"Another Person"_s });
    QVERIFY(okButton(dialog)->isEnabled());
    {
        auto other = storage::MutualFile::open(m_path, u"cli"_s);
        QVERIFY(other);
        QVERIFY(storage::ElectionRepository(**other).open(electionId, QDate(2025, 7, 15)));
    }
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->shownError(),
             u"Voting in “Election of the board” has opened, so its seats, method and candidates can no "
             "longer change."_s);
    QVERIFY(dialog->findChild<QLabel*>(u"generalError"_s)->isVisibleTo(dialog));
    driving::saveShot(dialog, u"election-dialog-edit-refused"_s);
    QVERIFY(m_errors.isEmpty());
    const auto stored = storage::ElectionRepository(m_session->file()).election(electionId);
    QCOMPARE(stored->seats, 1);
    QCOMPARE(stored->state, domain::VoteState::Open);
    QCOMPARE(storedCandidates(electionId),
             (QStringList { u"1. Member C001"_s, u"2. Member E001"_s, u"3. Olive Outsider"_s }));
    dialog->reject();
}

// Delete on a draft asks first, naming it, with Cancel the default: Enter keeps it. The named button
// deletes it with its candidates, and the election after it is chosen next.
void TestElectionsPanel::deletesADraftElectionOnlyWhenConfirmed()
{
    const qint64 board = addBoardElection();
    QVERIFY(board > 0);
    auto* dialog = openElectionDialog(u"Election of the treasurer"_s);
    QVERIFY(dialog);
    addCandidates(dialog, { u"C002"_s, u"E002"_s }, {});
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    QTRY_VERIFY(m_page->findChild<app::ElectionDialog*>() == nullptr);
    const qint64 treasurer = panel()->selectedElectionId().value_or(0);
    QVERIFY(treasurer > 0 && treasurer != board);
    const storage::ElectionRepository elections(m_session->file());
    QCOMPARE(elections.all()->size(), 2);

    panel()->selectElection(board);
    QVERIFY(panel()->deleteElectionAction()->isEnabled());
    QVERIFY(driving::saveShot(m_page.get(), u"meetings-elections-tab"_s));
    QVERIFY(activate(m_page.get()));
    panel()->electionsView()->setFocus();
    QTest::keyClick(panel()->electionsView(), Qt::Key_Delete);
    QMessageBox* box = deleteBox();
    QVERIFY(box);
    QCOMPARE(box->text(), u"Delete the draft election “Election of the board”?"_s);
    QVERIFY(box->informativeText().contains(u"candidates"_s));
    QCOMPARE(box->defaultButton(), box->button(QMessageBox::Cancel));
    driving::saveShot(box, u"delete-election-box"_s);
    QVERIFY(activate(box));
    QTest::keyClick(box, Qt::Key_Return);
    QTRY_VERIFY(deleteBox() == nullptr);
    QCOMPARE(elections.all()->size(), 2);
    QCOMPARE(panel()->selectedElectionId(), std::optional(board));

    clickButtonFor(panel()->deleteElectionAction());
    box = deleteBox();
    QVERIFY(box);
    QTest::mouseClick(box->findChild<QPushButton*>(u"deleteButton"_s), Qt::LeftButton);
    QTRY_VERIFY(deleteBox() == nullptr);
    QVERIFY(m_errors.isEmpty());
    QCOMPARE(elections.all()->size(), 1);
    QCOMPARE(elections.election(board).error().rule, u"unknown-election"_s);
    QCOMPARE(panel()->electionsModel()->rowCount(), 1);
    QCOMPARE(panel()->selectedElectionId(), std::optional(treasurer));
    QCOMPARE(panel()->candidatesModel()->index(0).data().toString(), u"1. Member C002 (C002)"_s);
}

// Once voting opens the election is part of the record: it can be neither corrected nor deleted, and
// Delete on the list does nothing.
void TestElectionsPanel::openedElectionCannotBeCorrectedOrDeleted()
{
    const qint64 electionId = addBoardElection();
    QVERIFY(electionId > 0);
    openVoting();
    QVERIFY(!panel()->editElectionAction()->isEnabled());
    QVERIFY(!panel()->deleteElectionAction()->isEnabled());
    QVERIFY(!driving::buttonFor(m_page.get(), panel()->deleteElectionAction())->isEnabled());
    QVERIFY(activate(m_page.get()));
    panel()->electionsView()->setFocus();
    QTest::keyClick(panel()->electionsView(), Qt::Key_Delete);
    QVERIFY(deleteBox() == nullptr);
    QVERIFY(m_page->findChild<app::ElectionDialog*>() == nullptr);
    QCOMPARE(storage::ElectionRepository(m_session->file()).all()->size(), 1);
}

// A board election by STV from draft to declared result, worked by hand. One seat; candidates
// 1 Member C001, 2 Member E001, 3 Olive Outsider. Three postal voters, P004 to P006, join the roll of
// the five, so that their papers fit it: 8 on the roll. Papers (preferences by position):
//   entered: C001 1 3; C002 2 3; E001 3 2; E002 1; P001 2 1. C001's second paper and P003's (not on
//   the roll: admitted after the record date) are refused.
//   imported from a .blt file (the postal voters'): 2 papers 3 1; 1 paper 2.
// 8 valid papers. Quota = floor(8 / (1 + 1)) + 1 = 5.
//   Round 1, first preferences: C001 2 (C001's, E002's), E001 3 (C002's, P001's, the imported 2),
//     Olive 3 (E001's, the 2 imported 3 1). Nobody has 5.
//   Round 2, exclusion of Member C001 (fewest, 2): C001's paper goes on to Olive (+1); E002's has no
//     next preference (non-transferable +1). E001 3, Olive 4.
//   Round 3, exclusion of Member E001 (3 < 4): C002's paper goes on to Olive (+1); P001's names only
//     C001, excluded, and the imported one names nobody else (non-transferable +2). Olive 5 = quota:
//     elected. Non-transferable in all: 3.
void TestElectionsPanel::runsABoardElectionToItsDeclaredResult()
{
    const qint64 electionId = addBoardElection();
    QVERIFY(electionId > 0);
    for (const QString& number : { u"P004"_s, u"P005"_s, u"P006"_s })
        QVERIFY(storage::MemberRepository(m_session->file())
                    .add(sample::member(number, u"Postal "_s + number, 3)));
    openVoting();
    const storage::ElectionRepository elections(m_session->file());
    QCOMPARE(elections.election(electionId)->recordDate, QDate(2025, 7, 15));
    QCOMPARE(*elections.rollSize(electionId), 8);
    // "8 members" once the English plural forms are installed; "8 member(s)" in their absence.
    QVERIFY2(panel()->stateLabel()->text().contains(u"8 member"_s)
                 && panel()->stateLabel()->text().contains(u"on the roll"_s),
             qPrintable(panel()->stateLabel()->text()));
    QCOMPARE(panel()->electionsModel()->index(0, app::ElectionListModel::StateColumn).data().toString(),
             u"Voting open"_s);

    auto* papers = openPaperDialog();
    QVERIFY(papers);
    QVERIFY(castPaper(papers, u"C001"_s, { { memberC001, 1 }, { olive, 2 } }));
    QVERIFY(papers->findChild<QLabel*>(u"recordedLabel"_s)->text().contains(u"C001"_s));
    QVERIFY(castPaper(papers, u"C002"_s, { { memberE001, 1 }, { olive, 2 } }));
    papers->setMethod(domain::BallotMethod::Post);
    QVERIFY(castPaper(papers, u"E001"_s, { { olive, 1 }, { memberE001, 2 } }));
    QVERIFY(castPaper(papers, u"E002"_s, { { memberC001, 1 } }));

    // Two candidates numbered 1: explained under the paper, and nothing can be recorded.
    typeInto(papers->findChild<QLineEdit*>(u"voterEdit"_s), u"P001"_s);
    papers->preferenceSpin(memberC001)->setValue(1);
    papers->preferenceSpin(olive)->setValue(1);
    auto* preferencesError = papers->findChild<QLabel*>(u"preferencesError"_s);
    QVERIFY(preferencesError->isVisibleTo(papers));
    QVERIFY2(preferencesError->text().contains(u"Two candidates are numbered 1"_s),
             qPrintable(preferencesError->text()));
    QVERIFY(!okButton(papers)->isEnabled());
    papers->preferenceSpin(olive)->setValue(0);
    papers->preferenceSpin(memberC001)->setValue(0);
    QVERIFY(castPaper(papers, u"P001"_s, { { memberE001, 1 }, { memberC001, 2 } }));

    // C001 again, and P003, who joined after the record date: refused beside the voter, nothing stored.
    auto* voterError = papers->findChild<QLabel*>(u"voterError"_s);
    QVERIFY(!castPaper(papers, u"C001"_s, { { olive, 1 } }));
    QVERIFY(voterError->isVisibleTo(papers));
    QVERIFY2(voterError->text().contains(u"C001 has already voted"_s), qPrintable(voterError->text()));
    QCOMPARE(elections.turnout(electionId)->second, 5);
    driving::saveShot(papers, u"paper-dialog-refused"_s);
    QVERIFY(!castPaper(papers, u"P003"_s, { { olive, 1 } }));
    QVERIFY2(voterError->text().contains(u"not on the roll"_s), qPrintable(voterError->text()));
    QCOMPARE(papers->recordedCount(), 5);
    QCOMPARE(*elections.turnout(electionId), (std::pair<qint64, qint64> { 5, 5 }));
    QVERIFY(papers->findChild<QLabel*>(u"progressLabel"_s)->text().startsWith(u"5 of 8 members voted"_s));
    QTest::mouseClick(papers->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Close),
                      Qt::LeftButton);
    QTRY_VERIFY(m_page->findChild<app::PaperDialog*>() == nullptr);

    // A malformed file is refused with the line at fault, and nothing is filed.
    const QString malformed = m_dir.filePath(u"malformed.blt"_s);
    QVERIFY(writeFile(malformed,
                      "3 1\n2 3 x 0\n0\n\"Member C001\"\n\"Member E001\"\n\"Olive Outsider\"\n"
                      "\"Election of the board\"\n"));
    panel()->setOpenPathChooser([malformed] { return malformed; });
    clickButtonFor(panel()->importPapersAction());
    QCOMPARE(m_errors.size(), 1);
    QVERIFY2(m_errors.constFirst().contains(u"Line 2"_s), qPrintable(m_errors.constFirst()));
    QVERIFY(m_page->findChild<QMessageBox*>(u"importPapersBox"_s) == nullptr);
    QCOMPARE(elections.turnout(electionId)->second, 5);

    // A file for other candidates, or for the same in another order, is refused whole.
    const QString otherOrder = m_dir.filePath(u"other-order.blt"_s);
    QVERIFY(writeFile(otherOrder,
                      "3 1\n1 1 0\n0\n\"Member E001\"\n\"Member C001\"\n\"Olive Outsider\"\n"
                      "\"Election of the board\"\n"));
    panel()->setOpenPathChooser([otherOrder] { return otherOrder; });
    clickButtonFor(panel()->importPapersAction());
    QTest::mouseClick(
        m_page->findChild<QMessageBox*>(u"importPapersBox"_s)->findChild<QPushButton*>(u"fileButton"_s),
        Qt::LeftButton);
    QTRY_VERIFY(m_page->findChild<QMessageBox*>(u"importPapersBox"_s) == nullptr);
    QCOMPARE(m_errors.size(), 2);
    QVERIFY2(m_errors.constLast().contains(u"are not this election's"_s), qPrintable(m_errors.constLast()));
    QCOMPARE(elections.turnout(electionId)->second, 5);

    const QString imported = m_dir.filePath(u"postal.blt"_s);
    QVERIFY(writeFile(imported,
                      "3 1\n2 3 1 0\n1 2 0\n0\n\"Member C001\"\n\"Member E001\"\n\"Olive Outsider\"\n"
                      "\"Election of the board\"\n"));
    panel()->setOpenPathChooser([imported] { return imported; });
    clickButtonFor(panel()->importPapersAction());
    auto* importBox = m_page->findChild<QMessageBox*>(u"importPapersBox"_s);
    QVERIFY(importBox);
    QVERIFY2(importBox->text().contains(u"File 3 papers from postal.blt"_s), qPrintable(importBox->text()));
    QTest::mouseClick(importBox->findChild<QPushButton*>(u"fileButton"_s), Qt::LeftButton);
    QTRY_VERIFY(m_page->findChild<QMessageBox*>(u"importPapersBox"_s) == nullptr);
    QCOMPARE(m_errors.size(), 2);
    QVERIFY(panel()->noticeLabel()->text().contains(u"Filed 3 papers from postal.blt"_s));
    QCOMPARE(*elections.turnout(electionId), (std::pair<qint64, qint64> { 5, 8 }));
    QCOMPARE(panel()->electionsModel()->index(0, app::ElectionListModel::TurnoutColumn).data().toString(),
             u"5 of 8 members voted, 8 papers"_s);

    // Exported for other counting tools, and read back: the same eight papers, identical ones together.
    const QString exported = m_dir.filePath(u"board.blt"_s);
    QString suggested;
    panel()->setSavePathChooser([&suggested, exported](const QString& name) {
        suggested = name;
        return exported;
    });
    clickButtonFor(panel()->exportPapersAction());
    QCOMPARE(suggested, u"Annual general meeting 2025 - Election of the board.blt"_s);
    const auto reread = formats::Blt::read(contentOf(exported));
    QVERIFY2(reread, reread ? "" : qPrintable(reread.error().message));
    QCOMPARE(reread->candidates, (QStringList { u"Member C001"_s, u"Member E001"_s, u"Olive Outsider"_s }));
    QCOMPARE(reread->seats, 1);
    QCOMPARE(reread->title, u"Election of the board"_s);
    QCOMPARE(reread->totalWeight(), 8);
    QMap<QList<int>, qint64> weights;
    for (const domain::BltBallot& ballot : reread->ballots) {
        weights[ballot.preferences] += ballot.weight;
    }
    QCOMPARE(weights.size(), 7);
    QCOMPARE(weights.value({ 2, 0 }), 2); // the two imported "3 1" papers, indexes from 0
    QCOMPARE(weights.value({ 0, 2 }), 1); // C001's "1 3"
    QCOMPARE(weights.value({ 1 }), 1);

    // Never over the mutual itself, by its own name or a link to it: refused with the name of the file,
    // and the mutual is as it was.
    const QByteArray mutualBefore = contentOf(m_path);
    const QString link = m_dir.filePath(u"link-to-the-mutual.blt"_s);
    QVERIFY(QFile::link(m_path, link));
    for (const QString& target : { m_path, link }) {
        panel()->setSavePathChooser([target](const QString&) { return target; });
        clickButtonFor(panel()->exportPapersAction());
        QCOMPARE(m_errors.size(), 3);
        const QString error = m_errors.takeLast();
        QVERIFY2(error.contains(target) && error.contains(u"Choose another name"_s), qPrintable(error));
    }
    QCOMPARE(contentOf(m_path), mutualBefore);

    tabs()->setCurrentIndex(app::MeetingsPage::ResultTab);
    QVERIFY(electionResultView()->isShowingResult());
    QVERIFY(electionResultView()->statusLabel()->text().startsWith(u"Provisional"_s));

    closeVoting();
    QCOMPARE(m_errors.size(), 2);
    QCOMPARE(elections.election(electionId)->state, domain::VoteState::Closed);
    QCOMPARE(tabs()->currentIndex(), static_cast<int>(app::MeetingsPage::ResultTab));
    app::ElectionResultView* view = electionResultView();
    QVERIFY(m_page->isShowingElectionResult());
    QVERIFY(view->isShowingResult());
    QVERIFY(view->statusLabel()->text().startsWith(u"Declared on"_s));
    QCOMPARE(view->electedLabel()->text(), u"1. Olive Outsider"_s);
    QVERIFY2(view->figure(u"quota"_s).startsWith(u"5 (8 / (1 + 1)"_s), qPrintable(view->figure(u"quota"_s)));
    QCOMPARE(view->figure(u"valid"_s), u"8"_s);
    QCOMPARE(view->figure(u"invalid"_s), u"0"_s);
    QCOMPARE(view->figure(u"nonTransferable"_s), u"3.00000"_s);
    QCOMPARE(view->figure(u"turnout"_s), u"5 of 8 members voted, 8 papers"_s);

    // The table: a row a candidate in ballot order, then the non-transferable papers.
    const reports::ElectionRoundsModel* rounds = view->roundsModel();
    QCOMPARE(rounds->rowCount(), 4);
    QCOMPARE(rounds->nonTransferableRow(), 3);
    const int first = rounds->totalColumn(1);
    QCOMPARE(roundsCell(0, first), u"2.00000"_s);
    QCOMPARE(roundsCell(1, first), u"3.00000"_s);
    QCOMPARE(roundsCell(2, first), u"3.00000"_s);
    QCOMPARE(rounds->headerData(rounds->transferColumn(2), Qt::Horizontal).toString(),
             u"Round 2\nExclusion of\nMember C001"_s);
    QCOMPARE(roundsCell(0, rounds->transferColumn(2)), u"-2.00000"_s);
    QCOMPARE(roundsCell(2, rounds->transferColumn(2)), u"+1.00000"_s);
    QCOMPARE(roundsCell(3, rounds->transferColumn(2)), u"+1.00000"_s);
    QCOMPARE(roundsCell(0, rounds->totalColumn(2)), QString()); // excluded
    QCOMPARE(roundsCell(1, rounds->totalColumn(2)), u"3.00000"_s);
    QCOMPARE(roundsCell(2, rounds->totalColumn(2)), u"4.00000"_s);
    QCOMPARE(roundsCell(1, rounds->transferColumn(3)), u"-3.00000"_s);
    QCOMPARE(roundsCell(2, rounds->transferColumn(3)), u"+1.00000"_s);
    QCOMPARE(roundsCell(3, rounds->transferColumn(3)), u"+2.00000"_s);
    QCOMPARE(roundsCell(2, rounds->totalColumn(3)), u"5.00000"_s);
    QCOMPARE(roundsCell(3, rounds->totalColumn(3)), u"3.00000"_s);
    QCOMPARE(rounds->columnCount(), rounds->totalColumn(3) + 1);
    QCOMPARE(roundsCell(0, reports::ElectionRoundsModel::OutcomeColumn), u"Excluded in round 2"_s);
    QCOMPARE(roundsCell(1, reports::ElectionRoundsModel::OutcomeColumn), u"Excluded in round 3"_s);
    QCOMPARE(roundsCell(2, reports::ElectionRoundsModel::OutcomeColumn), u"Elected (1 of 1)"_s);
    // The chart prints the same figures, round by round.
    const app::ElectionRoundsChart* chart = view->roundsChart();
    QCOMPARE(chart->roundCount(), 3);
    QCOMPARE(chart->figureText(u"Member C001"_s, 1), u"2"_s);
    QCOMPARE(chart->figureText(u"Member C001"_s, 2), QString());
    QCOMPARE(chart->figureText(u"Olive Outsider"_s, 2), u"4"_s);
    QCOMPARE(chart->figureText(u"Olive Outsider"_s, 3), u"5"_s);
    QVERIFY(!view->tiesLabel()->isVisibleTo(view));
    const auto result = elections.result(electionId);
    for (const QString& line : result->working) {
        QVERIFY2(view->workingView()->text().contains(line), qPrintable(line));
    }
    QVERIFY(driving::saveShot(m_page.get(), u"meetings-election-result"_s));

    // Not even a hard link to the mutual is saved over.
    const QString hardLink = m_dir.filePath(u"result-over-the-mutual.pdf"_s);
    QCOMPARE(::link(QFile::encodeName(m_path).constData(), QFile::encodeName(hardLink).constData()), 0);
    const QByteArray declared = contentOf(m_path);
    m_page->setSavePathChooser([hardLink](const QString&) { return hardLink; });
    QTest::mouseClick(view->savePdfButton(), Qt::LeftButton);
    QCOMPARE(m_errors.size(), 3);
    const QString pdfError = m_errors.takeLast();
    QVERIFY2(pdfError.contains(hardLink) && pdfError.contains(u"Choose another name"_s),
             qPrintable(pdfError));
    QCOMPARE(contentOf(m_path), declared);

    // The summary for the minutes, saved through the button as a person would.
    const QString pdf = m_dir.filePath(u"board-result.pdf"_s);
    m_page->setSavePathChooser([&suggested, pdf](const QString& name) {
        suggested = name;
        return pdf;
    });
    QTest::mouseClick(view->savePdfButton(), Qt::LeftButton);
    QCOMPARE(m_errors.size(), 2);
    QCOMPARE(suggested, u"Annual general meeting 2025 - Election of the board.pdf"_s);
    QVERIFY(contentOf(pdf).startsWith("%PDF-"));
    if (const QString folder = qEnvironmentVariable("MUTUALISE_SCREENSHOT_DIR"); !folder.isEmpty()) {
        QFile::remove(folder + u"/election-summary.pdf"_s);
        QVERIFY(QFile::copy(pdf, folder + u"/election-summary.pdf"_s));
    }
    // Read back by an independent reader (poppler-utils, installed by scripts/dependencies.sh).
    const QString pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s);
    QVERIFY2(!pdftotext.isEmpty(), "pdftotext is missing: install poppler-utils");
    QProcess reader;
    reader.start(pdftotext, { u"-layout"_s, pdf, u"-"_s });
    QVERIFY(reader.waitForFinished(30'000));
    const QString text = QString::fromUtf8(reader.readAllStandardOutput()).simplified();
    for (const QString& expected :
         { u"Election of the board"_s, u"Town Hall"_s, u"1. Olive Outsider"_s,
           u"Olive Outsider (not a member)"_s, u"Round 2: exclusion of Member C001"_s, u"Quota 5"_s,
           u"5 of 8 members voted, 8 papers"_s }) {
        QVERIFY2(text.contains(expected), qPrintable(expected + u"\n"_s + text));
    }
    QVERIFY(!panel()->closeVotingAction()->isEnabled());
    QVERIFY(!panel()->recordPapersAction()->isEnabled());
    QVERIFY(panel()->exportPapersAction()->isEnabled());

    // Enter on a declared election shows its result again.
    tabs()->setCurrentIndex(app::MeetingsPage::ElectionsTab);
    QVERIFY(activate(m_page.get()));
    panel()->electionsView()->setFocus();
    QTest::keyClick(panel()->electionsView(), Qt::Key_Return);
    QCOMPARE(tabs()->currentIndex(), static_cast<int>(app::MeetingsPage::ResultTab));
    QVERIFY(m_page->isShowingElectionResult());
}

// The voter's number, Tab past the method to the candidates, the numbers written on the paper, Enter
// records it and the voter field is ready for the next paper; Escape closes the dialog.
void TestElectionsPanel::paperDialogWorksFromTheKeyboard()
{
    QVERIFY(addBoardElection() > 0);
    openVoting();
    // Ctrl+Shift+P from anywhere on the page, here the Attendance tab.
    tabs()->setCurrentIndex(app::MeetingsPage::AttendanceTab);
    QVERIFY(activate(m_page.get()));
    QTest::keyClick(m_page.get(), Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
    auto* dialog = m_page->findChild<app::PaperDialog*>();
    QVERIFY(dialog);
    QVERIFY(activate(dialog));
    auto* voter = dialog->findChild<QLineEdit*>(u"voterEdit"_s);
    QCOMPARE(QApplication::focusWidget(), voter);
    for (const QString& number : { u"C002"_s, u"E002"_s }) {
        QTest::keyClicks(voter, number);
        if (voter->completer()->popup()->isVisible()) {
            QTest::keyClick(voter->completer()->popup(), Qt::Key_Escape);
        }
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab); // the method
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab); // Member C001
        QCOMPARE(QApplication::focusWidget(), dialog->preferenceSpin(memberC001));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab); // Member E001
        QTest::keyClicks(QApplication::focusWidget(), u"2"_s);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab); // Olive Outsider
        QTest::keyClicks(QApplication::focusWidget(), u"1"_s);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QTRY_VERIFY(voter->text().isEmpty());
        QCOMPARE(QApplication::focusWidget(), voter);
        QCOMPARE(dialog->preferenceSpin(olive)->value(), 0); // a blank paper for the next
    }
    QCOMPARE(dialog->recordedCount(), 2);
    QTest::keyClick(voter, Qt::Key_Escape);
    QTRY_VERIFY(m_page->findChild<app::PaperDialog*>() == nullptr);
    const auto exported
        = storage::ElectionRepository(m_session->file()).exportBlt(*panel()->selectedElectionId());
    QCOMPARE(exported->ballots.size(), 1);
    QCOMPARE(exported->ballots.constFirst().preferences, (QList<int> { olive - 1, memberE001 - 1 }));
    QCOMPARE(exported->ballots.constFirst().weight, 2);
}

// A paper that marks nobody is refused, in case the numbers were left out by mistake; with "Blank or
// spoilt paper" ticked (Alt+B) the numbers are set aside and the paper is recorded with no preferences.
// C001 hands in a blank paper: 1 of 5 voted, and the .blt export holds one ballot with no preferences.
void TestElectionsPanel::blankPaperIsRecordedOnlyWithItsBoxTicked()
{
    const qint64 electionId = addBoardElection();
    QVERIFY(electionId > 0);
    openVoting();
    auto* papers = openPaperDialog();
    QVERIFY(papers);
    QVERIFY(activate(papers));
    auto* blank = papers->findChild<QCheckBox*>(u"blankCheck"_s);
    QVERIFY(blank);
    QVERIFY(!blank->isChecked());
    typeInto(papers->findChild<QLineEdit*>(u"voterEdit"_s), u"C001"_s);
    QTest::mouseClick(okButton(papers), Qt::LeftButton);
    auto* preferencesError = papers->findChild<QLabel*>(u"preferencesError"_s);
    QVERIFY(preferencesError->isVisibleTo(papers));
    QVERIFY2(preferencesError->text().contains(u"The paper marks no candidate"_s),
             qPrintable(preferencesError->text()));
    QCOMPARE(papers->recordedCount(), 0);
    const storage::ElectionRepository elections(m_session->file());
    QCOMPARE(*elections.turnout(electionId), (std::pair<qint64, qint64> { 0, 0 }));

    papers->preferenceSpin(olive)->setValue(1); // a number typed before the paper was seen to be spoilt
    QTest::keyClick(papers, Qt::Key_B, Qt::AltModifier); // "&Blank or spoilt paper"
    QTRY_VERIFY(blank->isChecked());
    QCOMPARE(QApplication::focusWidget(), blank);
    QVERIFY(!papers->preferenceSpin(olive)->isEnabled());
    QVERIFY(papers->paper() && papers->paper()->preferences.isEmpty());
    driving::saveShot(papers, u"paper-dialog-blank"_s);
    QVERIFY(okButton(papers)->isEnabled());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QCOMPARE(papers->recordedCount(), 1);
    QVERIFY(!blank->isChecked()); // the next paper is not blank unless ticked again
    QVERIFY(papers->preferenceSpin(olive)->isEnabled());
    QCOMPARE(*elections.turnout(electionId), (std::pair<qint64, qint64> { 1, 1 }));
    QVERIFY(papers->findChild<QLabel*>(u"progressLabel"_s)->text().startsWith(u"1 of 5 members voted"_s));
    papers->reject();

    const auto exported = elections.exportBlt(electionId);
    QCOMPARE(exported->ballots.size(), 1);
    QCOMPARE(exported->ballots.constFirst().preferences, QList<int>());
    QCOMPARE(exported->ballots.constFirst().weight, 1);
}

// Plurality, one seat, two candidates and two papers, one for each: a tie for the seat that only a lot
// can settle, and another draw would have elected the other candidate. A paper marking both is refused
// as it is ticked.
void TestElectionsPanel::pluralityTieIsDecidedByLot()
{
    auto* dialog = openElectionDialog(u"Election of the treasurer"_s);
    QVERIFY(dialog);
    auto* method = dialog->findChild<QComboBox*>(u"methodCombo"_s);
    method->setCurrentIndex(method->findData(static_cast<int>(domain::ElectionMethod::Plurality)));
    addCandidates(dialog, { u"C001"_s, u"E001"_s }, {});
    QVERIFY(okButton(dialog)->isEnabled());
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    QTRY_VERIFY(m_page->findChild<app::ElectionDialog*>() == nullptr);
    openVoting();
    auto* papers = openPaperDialog();
    QVERIFY(papers);
    QVERIFY(!papers->preferenceSpin(1));
    typeInto(papers->findChild<QLineEdit*>(u"voterEdit"_s), u"C001"_s);
    clickCheck(papers->markCheck(1));
    clickCheck(papers->markCheck(2));
    auto* preferencesError = papers->findChild<QLabel*>(u"preferencesError"_s);
    QVERIFY2(preferencesError->text().contains(u"marks 2 candidates"_s),
             qPrintable(preferencesError->text()));
    QVERIFY(!okButton(papers)->isEnabled());
    driving::saveShot(papers, u"paper-dialog-plurality"_s);
    clickCheck(papers->markCheck(2));
    QVERIFY(okButton(papers)->isEnabled());
    QTest::mouseClick(okButton(papers), Qt::LeftButton);
    typeInto(papers->findChild<QLineEdit*>(u"voterEdit"_s), u"C002"_s);
    clickCheck(papers->markCheck(2));
    QTest::mouseClick(okButton(papers), Qt::LeftButton);
    QCOMPARE(papers->recordedCount(), 2);
    papers->reject();

    closeVoting();
    app::ElectionResultView* view = electionResultView();
    QVERIFY(view->isShowingResult());
    const QStringList elected = view->source()->result.elected;
    QCOMPARE(elected.size(), 1);
    QVERIFY(view->electedLabel()->text().contains(elected.constFirst()));
    QVERIFY(view->figure(u"quota"_s).isEmpty()); // no quota under plurality
    QCOMPARE(view->figure(u"valid"_s), u"2"_s);
    const reports::ElectionRoundsModel* votes = view->roundsModel();
    QCOMPARE(votes->columnCount(), reports::ElectionRoundsModel::FirstFigureColumn + 1);
    QCOMPARE(roundsCell(0, reports::ElectionRoundsModel::FirstFigureColumn), u"1"_s);
    QCOMPARE(roundsCell(1, reports::ElectionRoundsModel::FirstFigureColumn), u"1"_s);
    QCOMPARE(view->roundsChart()->figureText(u"Member E001"_s, 1), u"1"_s);
    QVERIFY(view->tiesLabel()->isVisibleTo(view));
    QVERIFY2(view->tiesLabel()->text().contains(u"the lot chose %1"_s.arg(elected.constFirst())),
             qPrintable(view->tiesLabel()->text()));
    QVERIFY(view->tiesLabel()->text().contains(u"Another draw could have elected different candidates."_s));
}

// Papers filed by the command line while the window is open appear in the turnout once the session
// notices the change.
void TestElectionsPanel::showsPapersFiledByAnotherProgram()
{
    const qint64 electionId = addBoardElection();
    QVERIFY(electionId > 0);
    openVoting();
    QCOMPARE(panel()->electionsModel()->index(0, app::ElectionListModel::TurnoutColumn).data().toString(),
             u"0 of 5 members voted, 0 papers"_s);
    {
        auto other = storage::MutualFile::open(m_path, u"cli"_s);
        QVERIFY(other);
        storage::PaperInput paper;
        paper.memberNumber = u"E002"_s;
        paper.preferences = { olive };
        QVERIFY(storage::ElectionRepository(**other).castPapers(electionId, { paper }));
    }
    QTRY_COMPARE_WITH_TIMEOUT(
        panel()->electionsModel()->index(0, app::ElectionListModel::TurnoutColumn).data().toString(),
        u"1 of 5 members voted, 1 paper"_s, 6000);
    QCOMPARE(panel()->selectedElectionId(), std::optional(electionId));
}

void TestElectionsPanel::modelsPassTheModelTester()
{
    const auto mode = QAbstractItemModelTester::FailureReportingMode::QtTest;
    QAbstractItemModelTester elections(panel()->electionsModel(), mode);
    QAbstractItemModelTester candidates(panel()->candidatesModel(), mode);
    QAbstractItemModelTester rounds(electionResultView()->roundsModel(), mode);
    auto* dialog = openElectionDialog(u"Election of the board"_s);
    QVERIFY(dialog);
    QAbstractItemModelTester ballot(dialog->candidatesModel(), mode);
    addCandidates(dialog, { u"C001"_s, u"E001"_s }, { u"Olive Outsider"_s });
    auto* view = dialog->findChild<QListView*>(u"candidatesView"_s);
    view->setCurrentIndex(dialog->candidatesModel()->index(0));
    QTest::mouseClick(dialog->findChild<QPushButton*>(u"moveDownButton"_s), Qt::LeftButton);
    QTest::mouseClick(dialog->findChild<QPushButton*>(u"moveDownButton"_s), Qt::LeftButton);
    QVERIFY(!dialog->findChild<QPushButton*>(u"moveDownButton"_s)->isEnabled()); // at the bottom
    QCOMPARE(dialog->candidatesModel()->index(2).data().toString(), u"3. Member C001 (C001)"_s);
    QTest::mouseClick(dialog->findChild<QPushButton*>(u"removeButton"_s), Qt::LeftButton);
    QCOMPARE(dialog->candidatesModel()->rowCount(), 2);
    addCandidates(dialog, { u"C001"_s }, {});
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    QTRY_VERIFY(m_page->findChild<app::ElectionDialog*>() == nullptr);
    openVoting();
    auto* papers = openPaperDialog();
    QVERIFY(papers);
    QVERIFY(castPaper(papers, u"C001"_s, { { 1, 1 } }));
    papers->reject();
    closeVoting();
    QVERIFY(electionResultView()->roundsModel()->rowCount() > 0);
    m_page->setSession(nullptr);
    QCOMPARE(panel()->electionsModel()->rowCount(), 0);
    QCOMPARE(panel()->candidatesModel()->rowCount(), 0);
}

void TestElectionsPanel::closedMutualLeavesNothingToDo()
{
    m_page->setSession(nullptr);
    for (QAction* action : panel()->actions()) {
        QVERIFY2(!action->isEnabled(), qPrintable(action->text()));
    }
    QVERIFY(!electionResultView()->isShowingResult());
}

// Clicking the Seats heading orders the elections by their number of seats (2, 9, 10, where the text
// would give 10, 2, 9), and what is done to the election chosen after sorting is done to that one.
void TestElectionsPanel::sortsBySeatsAndActsOnTheElectionChosen()
{
    storage::ElectionRepository elections(m_session->file());
    QList<domain::Candidate> candidates;
    for (int position = 1; position <= 10; ++position) {
        candidates.append({ position, std::nullopt, u"Candidate %1"_s.arg(position), false });
    }
    QMap<int, qint64> bySeats;
    for (const int seats : { 10, 2, 9 }) {
        domain::Election election;
        election.meetingId = *m_page->selectedMeetingId();
        election.title = u"Election for %1 seats"_s.arg(seats);
        election.seats = seats;
        const auto added = elections.add(election, candidates);
        QVERIFY2(added, qPrintable(added ? QString() : added.error().message));
        bySeats.insert(seats, added->id);
    }
    m_session->notifyChanged();
    tabs()->setCurrentIndex(app::MeetingsPage::ElectionsTab);
    QTableView* view = panel()->electionsView();
    QHeaderView* header = view->horizontalHeader();
    const auto shownSeats = [view] {
        QStringList seats;
        for (int row = 0; row < view->model()->rowCount(); ++row) {
            seats << view->model()->index(row, app::ElectionListModel::SeatsColumn).data().toString();
        }
        return seats;
    };
    QCOMPARE(shownSeats(), (QStringList { u"10"_s, u"2"_s, u"9"_s }));
    const QPoint seatsHeading(header->sectionViewportPosition(app::ElectionListModel::SeatsColumn)
                                  + header->sectionSize(app::ElectionListModel::SeatsColumn) / 2,
                              header->height() / 2);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, seatsHeading);
    QCOMPARE(shownSeats(), (QStringList { u"2"_s, u"9"_s, u"10"_s }));
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, seatsHeading);
    QCOMPARE(shownSeats(), (QStringList { u"10"_s, u"9"_s, u"2"_s }));

    // The last row shown is the election for 2 seats, the second the model holds.
    view->setCurrentIndex(view->model()->index(2, app::ElectionListModel::TitleColumn));
    QCOMPARE(panel()->selectedElectionId(), std::optional(bySeats.value(2)));
    QCOMPARE(panel()->selectedRow()->election.seats, 2);
    QVERIFY(activate(m_page.get()));
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Delete);
    QMessageBox* box = deleteBox();
    QVERIFY(box);
    QCOMPARE(box->text(), u"Delete the draft election “Election for 2 seats”?"_s);
    QTest::mouseClick(box->findChild<QPushButton*>(u"deleteButton"_s), Qt::LeftButton);
    QTRY_VERIFY(deleteBox() == nullptr);
    const auto all = elections.all();
    QVERIFY(all);
    QList<qint64> left;
    for (const domain::Election& election : *all) {
        left << election.id;
    }
    QCOMPARE(left, (QList<qint64> { bySeats.value(10), bySeats.value(9) }));
    // The row above the one deleted, as shown, takes its place.
    QCOMPARE(shownSeats(), (QStringList { u"10"_s, u"9"_s }));
    QCOMPARE(panel()->selectedElectionId(), std::optional(bySeats.value(9)));
}

QTEST_MAIN(TestElectionsPanel)
#include "TestElectionsPanel.moc"
