#include "FindNamed.h"
#include "SampleMutual.h"
#include "WindowDriving.h"
#include "app/meetings/AttendanceModel.h"
#include "app/meetings/MeetingDialog.h"
#include "app/meetings/MeetingListDelegate.h"
#include "app/meetings/MeetingListModel.h"
#include "app/meetings/MeetingsPage.h"
#include "app/meetings/OpenVotingDialog.h"
#include "app/meetings/ProxyDialog.h"
#include "app/meetings/ProxyListModel.h"
#include "app/motions/BallotDialog.h"
#include "app/motions/BallotListModel.h"
#include "app/motions/MotionDialog.h"
#include "app/motions/MotionListModel.h"
#include "app/motions/MotionResultView.h"
#include "app/shell/MutualSession.h"
#include "app/widgets/DateEdit.h"
#include "storage/MeetingRepository.h"
#include "storage/MemberRepository.h"
#include "storage/MotionRepository.h"
#include "storage/ShareLedgerRepository.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace mutualise;
using domain::BallotMethod;
using domain::Choice;

using driving::activate;
using driving::okButton;
using driving::typeInto;

namespace {

// "4 ballot(s)" as the English plural forms give it, "4 ballots", for a program built without them.
QString withPluralsFilled(QString text)
{
    return text.replace(u"(s)"_s, u"s"_s);
}

} // namespace

// The Meetings & votes page driven the way a secretary would run an AGM. The register of each test's
// file (classes: Founding council 50%, Employee 25%, Community 25% of a class-weighted vote), as it
// stands on the meeting's day, 15 July 2025:
//   C001 council,   admitted 2024-01-01, 600 shares
//   C002 council,   admitted 2024-01-01, 300 shares
//   E001 employee,  admitted 2024-01-01,  60 shares
//   E002 employee,  admitted 2024-01-01,  40 shares
//   P001 community, admitted 2024-01-01,   0 shares
//   P002 community, ceased 2025-03-31: not a member on the day
//   P003 community, admitted 2025-09-01: not yet a member on the day
//   P004 community, an applicant: never a voting member
// Five members may attend and vote: C001, C002, E001, E002, P001 (1,000 shares between them).
class TestMeetingsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void runsAnAgmFromAttendanceToDeclaredResult();
    void shareWeightedSecretBallotWithACap();
    void classWeightedSharesMustMakeAHundred();
    void ballotRefusalsAreShownNextToTheField();
    void ballotDialogWorksFromTheKeyboard();
    void importsBallotsFromACsvFile();
    void importsASecretBallotFromACsvFile();
    void refusesABallotsFileWhole_data();
    void refusesABallotsFileWhole();
    void cancellingAnImportFilesNothing();
    void importIsOnlyForAnOpenMotion();
    void openVotingNeverOffersAFutureRecordDate();
    void motionDialogValidatesInPlace();
    void meetingDialogAddsAndEdits();
    void refusedAttendanceGoesToTheErrorPresenter();
    void revokingAProxyFreesTheMember();
    void editsADraftButNotAnOpenMotion();
    void deletesADraftButNotAnOpenMotion();
    void refusesToDeleteAMeetingWithVotes();
    void deletesAMeetingWithItsAttendance();
    void previewsTheRollAsTheRecordDateChanges();
    void markingKeepsTheSelectionInALongRegister();
    void modelsPassTheModelTester();
    void closedMutualLeavesNothingToDo();
    void sortsTheRegisterAndMarksTheMemberChosen();
    void sortsMotionsAndOpensVotingOnTheOneChosen();
    void fitsAWindowOf900Pixels();
    void longMeetingNamesWrapRatherThanBeCut();

private:
    qint64 memberId(const QString& number) const;
    qint64 createMeeting(const QDate& heldOn = QDate(2025, 7, 15), int proxyLimit = 0);
    void selectMembers(const QStringList& numbers);
    void clickButtonFor(QAction* action);
    app::MotionDialog* openMotionDialog(const QString& title);
    qint64 addMotion(const QString& title, const std::function<void(app::MotionDialog*)>& setRules);
    void openVoting();
    app::BallotDialog* openBallotDialog();
    bool castBallot(app::BallotDialog* dialog, const QString& member, Choice choice,
                    BallotMethod method = BallotMethod::InPerson);
    void closeVoting();
    qint64 openMotionWithAProxy(bool isSecret = false);
    QString writeFile(const QString& name, const QByteArray& content) const;
    QMessageBox* chooseBallotsFile(const QString& path);
    qint64 storedBallots(qint64 motionId) const;
    QString figure(const char* name) const;
    QList<std::pair<QString, double>> chartBars() const;
    void saveShot(QWidget* widget, const QString& name) const;
    void clickHeading(QTableView* view, int column);
    QStringList shownColumn(QTableView* view, int column) const;
    QMessageBox* box(const QString& objectName) const { return m_page->findChild<QMessageBox*>(objectName); }

    // The page's controls, found by their object names as a person finds them by their labels.
    template<typename T>
    T* named(const QString& name) const
    {
        return driving::findNamed<T>(m_page.get(), name);
    }
    QAction* action(const QString& name) const { return named<QAction>(name); }
    QTabWidget* tabs() const { return named<QTabWidget>(u"meetingTabs"_s); }
    QLabel* quorumLabel() const { return named<QLabel>(u"quorumLabel"_s); }
    QLineEdit* attendanceFindField() const { return named<QLineEdit>(u"attendanceFindField"_s); }
    QLabel* motionNoticeLabel() const { return named<QLabel>(u"motionNoticeLabel"_s); }
    app::MotionResultView* resultView() const { return named<app::MotionResultView>(u"motionResultView"_s); }
    app::MeetingListModel* meetingsModel() const { return named<app::MeetingListModel>(u"meetingsModel"_s); }
    app::AttendanceModel* attendanceModel() const
    {
        return named<app::AttendanceModel>(u"attendanceModel"_s);
    }
    app::ProxyListModel* proxiesModel() const { return named<app::ProxyListModel>(u"proxiesModel"_s); }
    app::MotionListModel* motionsModel() const { return named<app::MotionListModel>(u"motionsModel"_s); }
    app::BallotListModel* ballotsModel() const { return named<app::BallotListModel>(u"ballotsModel"_s); }

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<app::MutualSession> m_session;
    std::unique_ptr<app::MeetingsPage> m_page;
    QStringList m_errors;
    int m_fileNumber = 0;
};

void TestMeetingsPage::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestMeetingsPage::init()
{
    m_path = m_dir.filePath(u"meetings%1.mutual"_s.arg(++m_fileNumber));
    auto file = sample::createFile(m_path);
    QVERIFY(file);
    storage::MemberRepository members(*file);
    storage::ShareLedgerRepository ledger(*file);
    for (const auto& [number, classId, shares] :
         { std::tuple { u"C001"_s, 1, 600 }, std::tuple { u"C002"_s, 1, 300 },
           std::tuple { u"E001"_s, 2, 60 }, std::tuple { u"E002"_s, 2, 40 }, std::tuple { u"P001"_s, 3, 0 },
           std::tuple { u"P002"_s, 3, 0 } }) {
        const auto added = members.add(sample::member(number, u"Member "_s + number, classId));
        QVERIFY2(added, qPrintable(added ? QString() : added.error().message));
        if (shares > 0) {
            domain::ShareMovement movement;
            movement.date = QDate(2024, 2, 1);
            movement.memberId = added->id;
            movement.shares = shares;
            QVERIFY(ledger.record(movement));
        }
    }
    QVERIFY(members.cease(members.memberByNumber(u"P002"_s)->id, QDate(2025, 3, 31)));
    QVERIFY(members.add(sample::member(u"P003"_s, u"Late Joiner"_s, 3, QDate(2025, 9, 1))));
    domain::Member applicant = sample::member(u"P004"_s, u"Applicant"_s, 3, QDate());
    applicant.status = domain::MemberStatus::Applicant;
    QVERIFY(members.add(applicant));

    m_session = std::make_unique<app::MutualSession>(std::move(file));
    m_errors.clear();
    m_page = std::make_unique<app::MeetingsPage>();
    m_page->setErrorPresenter([this](const QString&, const QString& message) { m_errors << message; });
    m_page->resize(1100, 760);
    m_page->setSession(m_session.get());
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void TestMeetingsPage::cleanup()
{
    // Any dialog still open belongs to the page and goes with it.
    m_page.reset();
    m_session.reset();
}

qint64 TestMeetingsPage::memberId(const QString& number) const
{
    const auto member = storage::MemberRepository(m_session->file()).memberByNumber(number);
    return member ? member->id : 0;
}

void TestMeetingsPage::clickButtonFor(QAction* action)
{
    QToolButton* button = driving::buttonFor(m_page.get(), action);
    if (button == nullptr) {
        QFAIL(qPrintable(u"No button for "_s + action->text()));
    }
    QVERIFY2(button->isVisible(), qPrintable(action->text()));
    QVERIFY2(button->isEnabled(), qPrintable(action->text()));
    QTest::mouseClick(button, Qt::LeftButton);
}

// Through "New Meeting…": an AGM at the Town Hall.
qint64 TestMeetingsPage::createMeeting(const QDate& heldOn, int proxyLimit)
{
    clickButtonFor(action(u"newMeetingAction"_s));
    auto* dialog = m_page->findChild<app::MeetingDialog*>();
    if (!dialog) {
        return 0;
    }
    auto* kind = dialog->findChild<QComboBox*>(u"kindCombo"_s);
    kind->setCurrentIndex(kind->findData(static_cast<int>(domain::MeetingKind::AnnualGeneral)));
    dialog->findChild<app::DateEdit*>(u"dateEdit"_s)->setDate(heldOn);
    QTest::keyClicks(dialog->findChild<QLineEdit*>(u"titleEdit"_s),
                     u"Annual general meeting %1"_s.arg(heldOn.year()));
    QTest::keyClicks(dialog->findChild<QLineEdit*>(u"placeEdit"_s), u"Town Hall"_s);
    auto* agenda = dialog->findChild<QPlainTextEdit*>(u"agendaEdit"_s);
    QTest::keyClicks(agenda, u"Accounts"_s);
    QTest::keyClick(agenda, Qt::Key_Return);
    QTest::keyClicks(agenda, u"Elections"_s);
    dialog->findChild<QSpinBox*>(u"proxyLimitSpin"_s)->setValue(proxyLimit);
    if (!okButton(dialog)->isEnabled()) {
        return 0;
    }
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    if (!QTest::qWaitFor([this] { return m_page->findChild<app::MeetingDialog*>() == nullptr; })) {
        return 0;
    }
    return m_page->selectedMeetingId().value_or(0);
}

void TestMeetingsPage::selectMembers(const QStringList& numbers)
{
    QTableView* view = named<QTableView>(u"attendanceView"_s);
    QAbstractItemModel* model = view->model();
    view->selectionModel()->clearSelection();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, app::AttendanceModel::NumberColumn);
        if (numbers.contains(index.data().toString())) {
            view->selectionModel()->select(index, QItemSelectionModel::Select | QItemSelectionModel::Rows);
        }
    }
}

app::MotionDialog* TestMeetingsPage::openMotionDialog(const QString& title)
{
    tabs()->setCurrentIndex(app::MeetingsPage::MotionsTab);
    clickButtonFor(action(u"newMotionAction"_s));
    auto* dialog = m_page->findChild<app::MotionDialog*>();
    if (dialog) {
        QTest::keyClicks(dialog->findChild<QLineEdit*>(u"titleEdit"_s), title);
    }
    return dialog;
}

// Through "New Motion…", proposed by C001 and seconded by E001; `setRules` fills in the rest.
qint64 TestMeetingsPage::addMotion(const QString& title,
                                   const std::function<void(app::MotionDialog*)>& setRules)
{
    auto* dialog = openMotionDialog(title);
    if (!dialog) {
        return 0;
    }
    QTest::keyClicks(dialog->findChild<QPlainTextEdit*>(u"bodyEdit"_s), u"That the members resolve so."_s);
    typeInto(dialog->findChild<QLineEdit*>(u"proposerEdit"_s), u"C001"_s);
    typeInto(dialog->findChild<QLineEdit*>(u"seconderEdit"_s), u"E001"_s);
    setRules(dialog);
    if (!okButton(dialog)->isEnabled()) {
        qWarning("%s", qPrintable(dialog->shownError()));
        return 0;
    }
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    if (!QTest::qWaitFor([this] { return m_page->findChild<app::MotionDialog*>() == nullptr; })) {
        return 0;
    }
    return m_page->selectedMotionId().value_or(0);
}

void TestMeetingsPage::openVoting()
{
    tabs()->setCurrentIndex(app::MeetingsPage::MotionsTab);
    clickButtonFor(action(u"openMotionVotingAction"_s));
    auto* dialog = m_page->findChild<app::OpenVotingDialog*>();
    QVERIFY(dialog);
    QTest::mouseClick(dialog->openButton(), Qt::LeftButton);
    QTRY_VERIFY(m_page->findChild<app::OpenVotingDialog*>() == nullptr);
}

app::BallotDialog* TestMeetingsPage::openBallotDialog()
{
    tabs()->setCurrentIndex(app::MeetingsPage::MotionsTab);
    clickButtonFor(action(u"recordBallotAction"_s));
    return m_page->findChild<app::BallotDialog*>();
}

// Enters one paper; true when it was recorded and the dialog is ready for the next.
bool TestMeetingsPage::castBallot(app::BallotDialog* dialog, const QString& member, Choice choice,
                                  BallotMethod method)
{
    const int before = dialog->recordedCount();
    auto* methodCombo = dialog->findChild<QComboBox*>(u"methodCombo"_s);
    methodCombo->setCurrentIndex(methodCombo->findData(static_cast<int>(method)));
    typeInto(dialog->findChild<QLineEdit*>(u"memberEdit"_s), member);
    const char* radio = choice == Choice::For ? "forRadio"
        : choice == Choice::Against           ? "againstRadio"
                                              : "abstainRadio";
    QTest::mouseClick(dialog->findChild<QRadioButton*>(QString::fromLatin1(radio)), Qt::LeftButton);
    if (!okButton(dialog)->isEnabled()) {
        return false;
    }
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    return dialog->recordedCount() == before + 1 && dialog->isVisible()
        && dialog->findChild<QLineEdit*>(u"memberEdit"_s)->text().isEmpty();
}

void TestMeetingsPage::closeVoting()
{
    tabs()->setCurrentIndex(app::MeetingsPage::MotionsTab);
    clickButtonFor(action(u"closeMotionVotingAction"_s));
    auto* box = m_page->findChild<QMessageBox*>(u"closeVotingBox"_s);
    QVERIFY(box);
    QVERIFY(box->text().contains(u"declare"_s));
    QVERIFY(box->informativeText().contains(u"cannot change"_s));
    // Enter and Escape cancel: declaring takes the named button.
    QCOMPARE(box->defaultButton(), box->button(QMessageBox::Cancel));
    QTest::mouseClick(box->findChild<QPushButton*>(u"declareButton"_s), Qt::LeftButton);
    QTRY_VERIFY(m_page->findChild<QMessageBox*>(u"closeVotingBox"_s) == nullptr);
}

// A meeting at which P001 appointed C001 as proxy, directed to vote for, and a motion on it, "Adopt the
// accounts" (one member, one vote, ordinary resolution), with voting open on the roll of the meeting's
// day: C001, C002, E001, E002, P001.
qint64 TestMeetingsPage::openMotionWithAProxy(bool isSecret)
{
    const qint64 meetingId = createMeeting();
    if (meetingId <= 0
        || !storage::MeetingRepository(m_session->file())
                .appointProxy(meetingId, { memberId(u"P001"_s), memberId(u"C001"_s), Choice::For })) {
        return 0;
    }
    m_session->notifyChanged();
    const qint64 motionId = addMotion(u"Adopt the accounts"_s, [isSecret](app::MotionDialog* dialog) {
        if (isSecret) {
            QTest::mouseClick(dialog->findChild<QCheckBox*>(u"secretCheck"_s), Qt::LeftButton);
        }
    });
    if (motionId > 0) {
        openVoting();
    }
    return motionId;
}

QString TestMeetingsPage::writeFile(const QString& name, const QByteArray& content) const
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(content) != content.size()) {
        return {};
    }
    return path;
}

// "Import Ballots…" with the file chosen in the dialog: the question asked before filing, if any.
QMessageBox* TestMeetingsPage::chooseBallotsFile(const QString& path)
{
    m_page->setOpenPathChooser([path] { return path; });
    tabs()->setCurrentIndex(app::MeetingsPage::MotionsTab);
    clickButtonFor(action(u"importBallotsAction"_s));
    return box(u"importBallotsBox"_s);
}

qint64 TestMeetingsPage::storedBallots(qint64 motionId) const
{
    const auto ballots = storage::MotionRepository(m_session->file()).ballots(motionId);
    return ballots ? ballots->size() : -1;
}

QString TestMeetingsPage::figure(const char* name) const
{
    auto* label = resultView()->findChild<QLabel*>(QString::fromLatin1(name));
    return label ? label->text() : u"(no label %1)"_s.arg(QString::fromLatin1(name));
}

QList<std::pair<QString, double>> TestMeetingsPage::chartBars() const
{
    QList<std::pair<QString, double>> bars;
    QChart* chart = resultView()->chart();
    if (!chart || chart->series().size() != 1) {
        return bars;
    }
    auto* series = qobject_cast<QBarSeries*>(chart->series().constFirst());
    if (!series) {
        return bars;
    }
    for (const QBarSet* set : series->barSets()) {
        bars.append({ set->label(), set->count() == 1 ? set->at(0) : -1.0 });
    }
    return bars;
}

void TestMeetingsPage::saveShot(QWidget* widget, const QString& name) const
{
    QVERIFY(driving::saveShot(widget, name));
}

// One member, one vote, ordinary resolution, worked by hand:
//   attendance: C001, C002 present (marked together), E001 present (found and marked with Enter), E002
//   sends apologies, P001 appoints C001 as proxy, directed "for": 3 present, 1 by proxy of 5 eligible.
//   quorum rule: 3 members or 50% of the 5 eligible (2.5, rounded up to 3), whichever is more: 3.
//   ballots: C001 for (in person), C002 against (post), E001 for (online), P001 for (by proxy, C001),
//            E002 abstains (post); C001's second ballot is refused.
//   for 3, against 1, abstain 1; votes cast 3 + 1 = 4; taking part: the 4 attending + E002, who voted = 5.
//   quorate: 5 >= 3. Ordinary: for 3 > against 1, so the motion is carried.
void TestMeetingsPage::runsAnAgmFromAttendanceToDeclaredResult()
{
    const qint64 meetingId = createMeeting(QDate(2025, 7, 15), 1);
    QVERIFY(meetingId > 0);
    QCOMPARE(meetingsModel()->rowCount(), 1);
    QCOMPARE(m_page->findChild<QLabel*>(u"meetingTitleLabel"_s)->text(), u"Annual general meeting 2025"_s);
    QVERIFY(m_page->findChild<QLabel*>(u"meetingDetailLabel"_s)->text().contains(u"Town Hall"_s));

    // The register on the day: P002 had ceased, P003 was not yet admitted, P004 is an applicant.
    app::AttendanceModel* attendance = attendanceModel();
    QStringList numbers;
    for (int row = 0; row < attendance->rowCount(); ++row) {
        numbers << attendance->lineAt(row)->number;
    }
    QCOMPARE(numbers, (QStringList { u"C001"_s, u"C002"_s, u"E001"_s, u"E002"_s, u"P001"_s }));
    QCOMPARE(quorumLabel()->text(), u"0 present, 0 by proxy of 5 eligible"_s);

    tabs()->setCurrentIndex(app::MeetingsPage::AttendanceTab);
    selectMembers({ u"C001"_s, u"C002"_s });
    clickButtonFor(action(u"markPresentAction"_s));
    QCOMPARE(quorumLabel()->text(), u"2 present, 0 by proxy of 5 eligible"_s);
    // At the door: the number, then Enter.
    QTest::keyClicks(attendanceFindField(), u"E001"_s);
    QCOMPARE(named<QSortFilterProxyModel>(u"attendanceFilter"_s)->rowCount(), 1);
    QTest::keyClick(attendanceFindField(), Qt::Key_Return);
    QCOMPARE(quorumLabel()->text(), u"3 present, 0 by proxy of 5 eligible"_s);
    QCOMPARE(attendanceFindField()->selectedText(), u"E001"_s); // ready for the next number
    attendanceFindField()->clear();
    selectMembers({ u"E002"_s });
    clickButtonFor(action(u"markApologiesAction"_s));
    QCOMPARE(quorumLabel()->text(), u"3 present, 0 by proxy of 5 eligible · 1 sent apologies"_s);
    QCOMPARE(attendance->lineAt(*attendance->rowOf(memberId(u"E002"_s)))->attendance,
             std::optional(domain::Attendance::Apologies));

    tabs()->setCurrentIndex(app::MeetingsPage::ProxiesTab);
    clickButtonFor(action(u"appointProxyAction"_s));
    auto* proxyDialog = m_page->findChild<app::ProxyDialog*>();
    QVERIFY(proxyDialog);
    QVERIFY(!okButton(proxyDialog)->isEnabled());
    typeInto(proxyDialog->findChild<QLineEdit*>(u"memberEdit"_s), u"P001"_s);
    QTest::mouseClick(proxyDialog->findChild<QRadioButton*>(u"memberRadio"_s), Qt::LeftButton);
    typeInto(proxyDialog->findChild<QLineEdit*>(u"holderEdit"_s), u"C001"_s);
    auto* direction = proxyDialog->findChild<QComboBox*>(u"directionCombo"_s);
    direction->setCurrentIndex(direction->findData(static_cast<int>(Choice::For)));
    saveShot(proxyDialog, u"proxy-dialog"_s);
    QTest::mouseClick(okButton(proxyDialog), Qt::LeftButton);
    QTRY_VERIFY(m_page->findChild<app::ProxyDialog*>() == nullptr);
    QCOMPARE(proxiesModel()->rowCount(), 1);
    QCOMPARE(proxiesModel()->index(0, app::ProxyListModel::HolderColumn).data().toString(),
             u"C001 · Member C001"_s);
    QCOMPARE(proxiesModel()->index(0, app::ProxyListModel::DirectionColumn).data().toString(), u"For"_s);
    QCOMPARE(quorumLabel()->text(), u"3 present, 1 by proxy of 5 eligible · 1 sent apologies"_s);

    const qint64 motionId = addMotion(u"Adopt the annual accounts"_s, [](app::MotionDialog* dialog) {
        dialog->findChild<QSpinBox*>(u"quorumMembersSpin"_s)->setValue(3);
        dialog->findChild<QDoubleSpinBox*>(u"quorumPercentSpin"_s)->setValue(50);
    });
    QVERIFY(motionId > 0);
    const auto stored = storage::MotionRepository(m_session->file()).motion(motionId);
    QCOMPARE(stored->proposerId, std::optional(memberId(u"C001"_s)));
    QCOMPARE(stored->seconderId, std::optional(memberId(u"E001"_s)));
    QCOMPARE(stored->rules.scheme, domain::VotingScheme::OneMemberOneVote);
    QCOMPARE(stored->rules.quorum, (domain::QuorumRule { 3, 5000 }));
    QCOMPARE(motionsModel()->index(0, app::MotionListModel::StateColumn).data().toString(), u"Draft"_s);
    QVERIFY(!resultView()->isShowingResult());
    QVERIFY(resultView()->message().contains(u"not opened"_s));

    openVoting();
    QCOMPARE(storage::MotionRepository(m_session->file()).motion(motionId)->recordDate, QDate(2025, 7, 15));
    QCOMPARE(motionsModel()->index(0, app::MotionListModel::StateColumn).data().toString(), u"Voting open"_s);

    auto* ballots = openBallotDialog();
    QVERIFY(ballots);
    QVERIFY(castBallot(ballots, u"C001"_s, Choice::For));
    QVERIFY(ballots->findChild<QLabel*>(u"recordedLabel"_s)->text().contains(u"C001"_s));
    QVERIFY(castBallot(ballots, u"C002"_s, Choice::Against, BallotMethod::Post));
    QVERIFY(castBallot(ballots, u"E001"_s, Choice::For, BallotMethod::Online));
    // By proxy: the holder C001 is filled in from P001's appointment.
    auto* methodCombo = ballots->findChild<QComboBox*>(u"methodCombo"_s);
    methodCombo->setCurrentIndex(methodCombo->findData(static_cast<int>(BallotMethod::Proxy)));
    typeInto(ballots->findChild<QLineEdit*>(u"memberEdit"_s), u"P001"_s);
    QCOMPARE(ballots->findChild<QLineEdit*>(u"proxyEdit"_s)->text(), u"C001 — Member C001"_s);
    QVERIFY(ballots->findChild<QLabel*>(u"proxyHint"_s)->text().contains(u"directed"_s));
    QVERIFY(castBallot(ballots, u"P001"_s, Choice::For, BallotMethod::Proxy));

    // C001 again: refused next to the member, nothing recorded, the dialog still open.
    QVERIFY(!castBallot(ballots, u"C001"_s, Choice::Against));
    auto* memberError = ballots->findChild<QLabel*>(u"memberError"_s);
    QVERIFY(memberError->isVisibleTo(ballots));
    QVERIFY2(memberError->text().contains(u"already voted"_s), qPrintable(memberError->text()));
    QCOMPARE(ballots->recordedCount(), 4);
    QVERIFY(ballots->isVisible());
    saveShot(ballots, u"ballot-dialog-refused"_s);
    QVERIFY(castBallot(ballots, u"E002"_s, Choice::Abstain, BallotMethod::Post));
    QVERIFY(ballots->findChild<QLabel*>(u"progressLabel"_s)->text().startsWith(u"5 of 5"_s));
    QTest::mouseClick(ballots->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Close),
                      Qt::LeftButton);
    QTRY_VERIFY(m_page->findChild<app::BallotDialog*>() == nullptr);
    QCOMPARE(ballotsModel()->rowCount(), 5);
    QCOMPARE(ballotsModel()->index(3, app::BallotListModel::MethodColumn).data().toString(),
             u"By proxy (C001)"_s);

    // Provisional while voting is open.
    tabs()->setCurrentIndex(app::MeetingsPage::ResultTab);
    QVERIFY(resultView()->isShowingResult());
    QVERIFY(resultView()->statusLabel()->text().startsWith(u"Provisional — voting is open"_s));
    QCOMPARE(figure("forMembersValue"), u"3"_s);
    QCOMPARE(figure("outcomeValue"), u"Carried if voting closed now"_s);
    saveShot(m_page.get(), u"meetings-page-provisional"_s);

    closeVoting();
    QVERIFY(m_errors.isEmpty());
    const auto closed = storage::MotionRepository(m_session->file()).motion(motionId);
    QCOMPARE(closed->state, domain::VoteState::Closed);
    QCOMPARE(closed->outcome, std::optional(domain::MotionOutcome::Carried));
    QCOMPARE(tabs()->currentIndex(), int(app::MeetingsPage::ResultTab));
    QCOMPARE(motionsModel()->index(0, app::MotionListModel::OutcomeColumn).data().toString(), u"Carried"_s);

    // The figures, as worked by hand above.
    QVERIFY(resultView()->statusLabel()->text().startsWith(u"Declared"_s));
    QCOMPARE(figure("eligibleMembersValue"), u"5"_s);
    QCOMPARE(figure("forMembersValue"), u"3"_s);
    QCOMPARE(figure("againstMembersValue"), u"1"_s);
    QCOMPARE(figure("abstainMembersValue"), u"1"_s);
    QCOMPARE(figure("votesCastValue"), u"4"_s);
    QCOMPARE(figure("quorumValue"), u"3 needed, 5 took part: quorate"_s);
    QCOMPARE(figure("thresholdValue"), u"Ordinary resolution"_s);
    QCOMPARE(figure("thresholdTestValue"), u"For 3; needs more than 1, the votes against: met"_s);
    QCOMPARE(figure("outcomeValue"), u"Carried"_s);
    // One member, one vote: a weight would only repeat the count.
    QVERIFY(!resultView()->findChild<QLabel*>(u"forWeightValue"_s)->isVisibleTo(resultView()));
    QCOMPARE(
        chartBars(),
        (QList<std::pair<QString, double>> { { u"For"_s, 3 }, { u"Against"_s, 1 }, { u"Abstain"_s, 1 } }));

    const auto result = storage::MotionRepository(m_session->file()).result(motionId);
    QVERIFY(result && result->isDeclared);
    const QString working = resultView()->workingView()->text();
    for (const QString& line : result->working) {
        QVERIFY2(working.contains(line), qPrintable(line));
    }
    const auto roll = storage::MotionRepository(m_session->file()).roll(motionId);
    QCOMPARE(resultView()->findChild<QLineEdit*>(u"fingerprintEdit"_s)->text(),
             QString::fromLatin1(roll->fingerprint));
    QVERIFY(resultView()->findChild<QLabel*>(u"rollLabel"_s)->text().contains(u"5 member"_s));

    // The summary for the minutes, saved through the button as a person would.
    const QString pdf = m_dir.filePath(u"agm-result.pdf"_s);
    QString suggested;
    m_page->setSavePathChooser([&suggested, pdf](const QString& name) {
        suggested = name;
        return pdf;
    });
    QTest::mouseClick(resultView()->savePdfButton(), Qt::LeftButton);
    QVERIFY(m_errors.isEmpty());
    QCOMPARE(suggested, u"Annual general meeting 2025 - Adopt the annual accounts.pdf"_s);
    QVERIFY(QFileInfo(pdf).size() > 0);
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5) == "%PDF-");
    // Read back by an independent reader (poppler-utils, installed by scripts/dependencies.sh).
    const QString pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s);
    QVERIFY2(!pdftotext.isEmpty(), "pdftotext is missing: install poppler-utils");
    {
        QProcess reader;
        reader.start(pdftotext, { u"-layout"_s, pdf, u"-"_s });
        QVERIFY(reader.waitForFinished(30'000));
        const QString text = QString::fromUtf8(reader.readAllStandardOutput()).simplified();
        for (const QString& expected :
             { u"Adopt the annual accounts"_s, u"Town Hall"_s, u"Carried"_s,
               u"3 needed, 5 took part: quorate"_s, u"For 3; needs more than 1, the votes against: met"_s,
               QString::fromLatin1(roll->fingerprint) }) {
            QVERIFY2(text.contains(expected), qPrintable(expected + u"\n"_s + text));
        }
    }
    saveShot(m_page.get(), u"meetings-page-result"_s);
    if (const QString folder = qEnvironmentVariable("MUTUALISE_SCREENSHOT_DIR"); !folder.isEmpty()) {
        QFile::remove(folder + u"/result-summary.pdf"_s);
        QVERIFY(QFile::copy(pdf, folder + u"/result-summary.pdf"_s));
    }
}

// Share-weighted, capped at 40%, special resolution, by secret ballot, worked by hand:
//   the cap: 40% of the 1,000 eligible shares = 400, so C001's 600 counts as 400; the others as held.
//   weights: C001 400, C002 300, E001 60, E002 40, P001 0; total 800.
//   ballots: C001 against; C002, E001, E002 for; P001 abstains.
//   for 300 + 60 + 40 = 400 (3 members); against 400 (1); abstain 0 (1 member). Votes cast 800.
//   special: for must be at least 3/4 x 800 = 600; 400 < 600, so the motion is defeated.
void TestMeetingsPage::shareWeightedSecretBallotWithACap()
{
    QVERIFY(createMeeting() > 0);
    const qint64 motionId = addMotion(u"Amend the rules"_s, [](app::MotionDialog* dialog) {
        auto* threshold = dialog->findChild<QComboBox*>(u"thresholdCombo"_s);
        threshold->setCurrentIndex(threshold->findData(static_cast<int>(domain::Threshold::Special)));
        auto* scheme = dialog->findChild<QComboBox*>(u"schemeCombo"_s);
        QVERIFY(!dialog->findChild<QDoubleSpinBox*>(u"capSpin"_s)->isVisibleTo(dialog));
        scheme->setCurrentIndex(scheme->findData(static_cast<int>(domain::VotingScheme::ShareWeighted)));
        QVERIFY(dialog->findChild<QDoubleSpinBox*>(u"capSpin"_s)->isVisibleTo(dialog));
        dialog->findChild<QDoubleSpinBox*>(u"capSpin"_s)->setValue(40);
        QTest::mouseClick(dialog->findChild<QCheckBox*>(u"secretCheck"_s), Qt::LeftButton);
    });
    QVERIFY(motionId > 0);
    const auto stored = storage::MotionRepository(m_session->file()).motion(motionId);
    QCOMPARE(stored->rules.capBasisPoints, 4000);
    QVERIFY(stored->isSecret);
    openVoting();
    auto* ballots = openBallotDialog();
    QVERIFY(ballots);
    QVERIFY(castBallot(ballots, u"C001"_s, Choice::Against));
    // A secret ballot says who voted, never how.
    QVERIFY(!ballots->findChild<QLabel*>(u"recordedLabel"_s)->text().contains(u"Against"_s));
    QVERIFY(castBallot(ballots, u"C002"_s, Choice::For));
    QVERIFY(castBallot(ballots, u"E001"_s, Choice::For));
    QVERIFY(castBallot(ballots, u"E002"_s, Choice::For));
    QVERIFY(castBallot(ballots, u"P001"_s, Choice::Abstain));
    ballots->reject();
    QTRY_VERIFY(m_page->findChild<app::BallotDialog*>() == nullptr);
    QCOMPARE(ballotsModel()->rowCount(), 5);
    for (int row = 0; row < 5; ++row) {
        QCOMPARE(ballotsModel()->index(row, app::BallotListModel::ChoiceColumn).data().toString(),
                 u"Secret"_s);
    }
    closeVoting();
    QCOMPARE(figure("eligibleMembersValue"), u"5"_s);
    QCOMPARE(figure("eligibleWeightValue"), u"800"_s);
    QCOMPARE(figure("forMembersValue"), u"3"_s);
    QCOMPARE(figure("forWeightValue"), u"400"_s);
    QCOMPARE(figure("againstWeightValue"), u"400"_s);
    QCOMPARE(figure("abstainMembersValue"), u"1"_s);
    QCOMPARE(figure("abstainWeightValue"), u"0"_s);
    QCOMPARE(figure("votesCastValue"), u"800"_s);
    QCOMPARE(figure("capValue"), u"40% of all shares"_s);
    QCOMPARE(figure("thresholdValue"), u"Special resolution"_s);
    // 75% of 400 + 400 = 600 cast; 400 falls short ("vote(s)" takes its plural from the translation).
    const QString test = figure("thresholdTestValue");
    QVERIFY2(test.startsWith(u"For 400; needs at least 600, 75% of 800 vote"_s)
                 && test.endsWith(u": not met"_s),
             qPrintable(test));
    QCOMPARE(figure("outcomeValue"), u"Defeated"_s);
    QVERIFY(resultView()->findChild<QLabel*>(u"forWeightValue"_s)->isVisibleTo(resultView()));
    QCOMPARE(chartBars(),
             (QList<std::pair<QString, double>> {
                 { u"For"_s, 400 }, { u"Against"_s, 400 }, { u"Abstain"_s, 0 } }));
    const QString pdf = m_dir.filePath(u"shares-result.pdf"_s);
    QVERIFY(m_page->saveResultSummary(pdf));
    QVERIFY(QFileInfo(pdf).size() > 0);
    QFile written(pdf);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QVERIFY(written.read(5) == "%PDF-");

    // A folder that is not there: said so, and nothing is left behind.
    m_errors.clear();
    const QString nowhere = m_dir.filePath(u"no such folder/result.pdf"_s);
    QVERIFY(!m_page->saveResultSummary(nowhere));
    QCOMPARE(m_errors.size(), 1);
    QVERIFY2(m_errors.constFirst().contains(QDir::toNativeSeparators(nowhere)),
             qPrintable(m_errors.constFirst()));
    QVERIFY(!QFileInfo::exists(nowhere));
}

// Class-weighted, two-thirds, worked by hand (agreed shares: councils 50%, employees 25%, community 25%):
//   councils: C001 for, C002 against (half for); employees: E001, E002 for (all for); community: P001
//   abstains, so the class casts no vote and drops out, and the other two scale up from 75% to the
//   whole: councils 50/75 = 2/3, employees 25/75 = 1/3.
//   for = 2/3 x 1/2 + 1/3 x 1 = 2/3 (66.67%); against = 2/3 x 1/2 = 1/3 (33.33%); votes cast 1 (100%).
//   two-thirds: for 2/3 >= 2/3 x 1, so the motion is carried.
void TestMeetingsPage::classWeightedSharesMustMakeAHundred()
{
    QVERIFY(createMeeting() > 0);
    const qint64 motionId = addMotion(u"Adopt the reinvestment plan"_s, [this](app::MotionDialog* dialog) {
        auto* threshold = dialog->findChild<QComboBox*>(u"thresholdCombo"_s);
        threshold->setCurrentIndex(threshold->findData(static_cast<int>(domain::Threshold::TwoThirds)));
        auto* scheme = dialog->findChild<QComboBox*>(u"schemeCombo"_s);
        scheme->setCurrentIndex(scheme->findData(static_cast<int>(domain::VotingScheme::ClassWeighted)));
        // Prefilled from the classes' agreed shares.
        QCOMPARE(dialog->classShareSpin(1)->value(), 50.0);
        QCOMPARE(dialog->classShareSpin(2)->value(), 25.0);
        QCOMPARE(dialog->classShareSpin(3)->value(), 25.0);
        QCOMPARE(dialog->findChild<QLabel*>(u"classSharesTotal"_s)->text(), u"100%"_s);
        QVERIFY(okButton(dialog)->isEnabled());
        // 50 + 30 + 25 = 105: refused in place until it makes 100 again.
        dialog->classShareSpin(2)->setValue(30);
        QCOMPARE(dialog->findChild<QLabel*>(u"classSharesTotal"_s)->text(), u"105%"_s);
        auto* error = dialog->findChild<QLabel*>(u"classSharesError"_s);
        QVERIFY(error->isVisibleTo(dialog));
        QVERIFY2(error->text().contains(u"105"_s), qPrintable(error->text()));
        QVERIFY(!okButton(dialog)->isEnabled());
        saveShot(dialog, u"motion-dialog-class-shares"_s);
        dialog->classShareSpin(2)->setValue(25);
        QVERIFY(!error->isVisibleTo(dialog));
    });
    QVERIFY(motionId > 0);
    QCOMPARE(storage::MotionRepository(m_session->file()).motion(motionId)->rules.classShares,
             (QHash<qint64, int> { { 1, 5000 }, { 2, 2500 }, { 3, 2500 } }));
    openVoting();
    auto* ballots = openBallotDialog();
    QVERIFY(ballots);
    QVERIFY(castBallot(ballots, u"C001"_s, Choice::For));
    QVERIFY(castBallot(ballots, u"C002"_s, Choice::Against));
    QVERIFY(castBallot(ballots, u"E001"_s, Choice::For));
    QVERIFY(castBallot(ballots, u"E002"_s, Choice::For));
    QVERIFY(castBallot(ballots, u"P001"_s, Choice::Abstain));
    ballots->reject();
    closeVoting();
    QCOMPARE(figure("forWeightValue"), u"66.67% (2/3)"_s);
    QCOMPARE(figure("againstWeightValue"), u"33.33% (1/3)"_s);
    QCOMPARE(figure("abstainWeightValue"), u"0.00%"_s);
    QCOMPARE(figure("votesCastValue"), u"100.00%"_s);
    QCOMPARE(figure("thresholdTestValue"),
             u"For 2/3 (66.67%); needs at least 2/3 (66.67%), two-thirds of the whole vote: met"_s);
    QCOMPARE(figure("outcomeValue"), u"Carried"_s);
    const auto bars = chartBars();
    QCOMPARE(bars.size(), 3);
    QCOMPARE(bars.at(0).first, u"For"_s);
    QVERIFY(qAbs(bars.at(0).second - 200.0 / 3.0) < 1e-9);
    QVERIFY(qAbs(bars.at(1).second - 100.0 / 3.0) < 1e-9);
    QCOMPARE(bars.at(2).second, 0.0);
}

// P002 ceased before the record date; P001 told its proxy to vote for; nobody is "Z999".
void TestMeetingsPage::ballotRefusalsAreShownNextToTheField()
{
    const qint64 meetingId = createMeeting();
    QVERIFY(meetingId > 0);
    QVERIFY(storage::MeetingRepository(m_session->file())
                .appointProxy(meetingId, { memberId(u"P001"_s), memberId(u"C001"_s), Choice::For }));
    m_session->notifyChanged();
    QVERIFY(addMotion(u"Adopt the annual accounts"_s, [](app::MotionDialog*) {}) > 0);
    openVoting();
    auto* dialog = openBallotDialog();
    QVERIFY(dialog);
    auto* memberError = dialog->findChild<QLabel*>(u"memberError"_s);
    auto* choiceError = dialog->findChild<QLabel*>(u"choiceError"_s);

    typeInto(dialog->findChild<QLineEdit*>(u"memberEdit"_s), u"Z999"_s);
    QVERIFY(memberError->isVisibleTo(dialog));
    QVERIFY(memberError->text().contains(u"Z999"_s));
    QVERIFY(!okButton(dialog)->isEnabled());

    QVERIFY(!castBallot(dialog, u"P002"_s, Choice::For));
    QVERIFY(memberError->isVisibleTo(dialog));
    QVERIFY2(memberError->text().contains(u"not on the roll"_s), qPrintable(memberError->text()));

    QVERIFY(!castBallot(dialog, u"P001"_s, Choice::Against, BallotMethod::Proxy));
    QVERIFY(choiceError->isVisibleTo(dialog));
    QVERIFY2(choiceError->text().contains(u"directed"_s), qPrintable(choiceError->text()));
    QVERIFY(!memberError->isVisibleTo(dialog));
    // As directed, it goes through.
    QVERIFY(castBallot(dialog, u"P001"_s, Choice::For, BallotMethod::Proxy));
    QVERIFY(!choiceError->isVisibleTo(dialog));
    QCOMPARE(dialog->recordedCount(), 1);
    QCOMPARE(storage::MotionRepository(m_session->file()).ballots(m_page->selectedMotionId().value())->size(),
             1);
    dialog->reject();
}

// The paper's member number, Alt+F for "For", Enter records and the field is ready for the next paper;
// Escape closes the dialog.
void TestMeetingsPage::ballotDialogWorksFromTheKeyboard()
{
    QVERIFY(createMeeting() > 0);
    QVERIFY(addMotion(u"Adopt the annual accounts"_s, [](app::MotionDialog*) {}) > 0);
    openVoting();
    auto* dialog = openBallotDialog();
    QVERIFY(dialog);
    QVERIFY(activate(dialog));
    auto* member = dialog->findChild<QLineEdit*>(u"memberEdit"_s);
    QCOMPARE(QApplication::focusWidget(), member);
    for (const QString& number : { u"C001"_s, u"E002"_s }) {
        QTest::keyClicks(member, number);
        QTest::keyClick(dialog, Qt::Key_F, Qt::AltModifier); // "&For"
        QTRY_VERIFY(dialog->findChild<QRadioButton*>(u"forRadio"_s)->isChecked());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QTRY_VERIFY(member->text().isEmpty());
        QCOMPARE(QApplication::focusWidget(), member);
    }
    QCOMPARE(dialog->recordedCount(), 2);
    QTest::keyClick(member, Qt::Key_Escape);
    QTRY_VERIFY(m_page->findChild<app::BallotDialog*>() == nullptr);
    QCOMPARE(storage::MotionRepository(m_session->file()).ballots(m_page->selectedMotionId().value())->size(),
             2);
}

// Storage refuses a record date after today: for a meeting still to come the dialog offers today and
// no later day, and it says what opening freezes. Enter cancels.
void TestMeetingsPage::openVotingNeverOffersAFutureRecordDate()
{
    const QDate today = QDate::currentDate();
    QVERIFY(createMeeting(today.addDays(30)) > 0);
    QVERIFY(addMotion(u"Adopt the annual accounts"_s, [](app::MotionDialog*) {}) > 0);
    clickButtonFor(action(u"openMotionVotingAction"_s));
    auto* dialog = m_page->findChild<app::OpenVotingDialog*>();
    QVERIFY(dialog);
    QCOMPARE(dialog->dateEdit()->date(), today);
    QCOMPARE(dialog->dateEdit()->maximumDate(), today);
    QVERIFY(dialog->confirmationText().contains(QLocale().toString(today, QLocale::LongFormat)));
    QVERIFY(dialog->confirmationText().contains(u"cannot be later than today"_s));
    QVERIFY(dialog->confirmationText().contains(u"cannot be changed"_s));
    saveShot(dialog, u"open-voting-dialog"_s);
    QVERIFY(activate(dialog));
    QTest::keyClick(dialog->dateEdit(), Qt::Key_Return);
    QTRY_VERIFY(m_page->findChild<app::OpenVotingDialog*>() == nullptr);
    QCOMPARE(storage::MotionRepository(m_session->file()).motion(m_page->selectedMotionId().value())->state,
             domain::VoteState::Draft);
}

void TestMeetingsPage::motionDialogValidatesInPlace()
{
    QVERIFY(createMeeting() > 0);
    auto* dialog = openMotionDialog(QString());
    QVERIFY(dialog);
    auto* titleError = dialog->findChild<QLabel*>(u"titleError"_s);
    QVERIFY(!okButton(dialog)->isEnabled());
    QVERIFY(!titleError->isVisibleTo(dialog)); // nothing typed yet is not yet wrong
    QTest::keyClicks(dialog->findChild<QLineEdit*>(u"titleEdit"_s), u"Appoint the auditors"_s);
    QVERIFY(okButton(dialog)->isEnabled());

    auto* proposer = dialog->findChild<QLineEdit*>(u"proposerEdit"_s);
    auto* seconder = dialog->findChild<QLineEdit*>(u"seconderEdit"_s);
    typeInto(proposer, u"X404"_s);
    QVERIFY(dialog->findChild<QLabel*>(u"proposerError"_s)->isVisibleTo(dialog));
    QVERIFY(!okButton(dialog)->isEnabled());
    typeInto(proposer, u"C001"_s);
    QVERIFY(!dialog->findChild<QLabel*>(u"proposerError"_s)->isVisibleTo(dialog));
    typeInto(seconder, u"C001"_s);
    auto* seconderError = dialog->findChild<QLabel*>(u"seconderError"_s);
    QVERIFY(seconderError->isVisibleTo(dialog));
    QVERIFY2(seconderError->text().contains(u"other than its proposer"_s), qPrintable(seconderError->text()));
    QVERIFY(!okButton(dialog)->isEnabled());
    typeInto(seconder, u"E001"_s);
    QVERIFY(okButton(dialog)->isEnabled());

    dialog->findChild<QLineEdit*>(u"titleEdit"_s)->clear();
    QVERIFY(titleError->isVisibleTo(dialog));
    QVERIFY(!okButton(dialog)->isEnabled());
    dialog->reject();
    QCOMPARE(storage::MotionRepository(m_session->file()).all()->size(), 0);
}

void TestMeetingsPage::meetingDialogAddsAndEdits()
{
    QCOMPARE(meetingsModel()->rowCount(), 0);
    QVERIFY(!action(u"editMeetingAction"_s)->isEnabled());
    const qint64 agm = createMeeting(QDate(2025, 7, 15));
    QVERIFY(agm > 0);
    const qint64 later = createMeeting(QDate(2025, 11, 3));
    QVERIFY(later > 0);
    // Newest first, and the new one is chosen.
    QCOMPARE(meetingsModel()->meetingAt(0)->id, later);
    QCOMPARE(m_page->selectedMeetingId(), std::optional(later));

    m_page->selectMeeting(agm);
    clickButtonFor(action(u"editMeetingAction"_s));
    auto* dialog = m_page->findChild<app::MeetingDialog*>();
    QVERIFY(dialog);
    QCOMPARE(dialog->findChild<QLineEdit*>(u"placeEdit"_s)->text(), u"Town Hall"_s);
    saveShot(dialog, u"meeting-dialog"_s);
    auto* place = dialog->findChild<QLineEdit*>(u"placeEdit"_s);
    place->clear();
    QTest::keyClicks(place, u"Council Chamber"_s);
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    QTRY_VERIFY(m_page->findChild<app::MeetingDialog*>() == nullptr);
    QCOMPARE(storage::MeetingRepository(m_session->file()).meeting(agm)->place, u"Council Chamber"_s);
    QCOMPARE(m_page->selectedMeetingId(), std::optional(agm));
    QVERIFY(m_page->findChild<QLabel*>(u"meetingDetailLabel"_s)->text().contains(u"Council Chamber"_s));
    QCOMPARE(meetingsModel()->rowCount(), 2);
}

// Suspended behind the page's back, P001 is refused: storage records nobody of the members chosen,
// and the refusal reaches the window's error presenter.
void TestMeetingsPage::refusedAttendanceGoesToTheErrorPresenter()
{
    QVERIFY(createMeeting() > 0);
    storage::MemberRepository members(m_session->file());
    domain::Member suspended = members.memberByNumber(u"P001"_s).value();
    suspended.status = domain::MemberStatus::Suspended;
    QVERIFY(members.update(suspended));
    selectMembers({ u"C001"_s, u"P001"_s });
    clickButtonFor(action(u"markPresentAction"_s));
    QCOMPARE(m_errors.size(), 1);
    QVERIFY2(m_errors.constFirst().contains(u"P001"_s), qPrintable(m_errors.constFirst()));
    QCOMPARE(
        storage::MeetingRepository(m_session->file()).attendance(m_page->selectedMeetingId().value())->size(),
        0);
}

// Revoking takes the proxy off the list and the member out of the count of those represented.
void TestMeetingsPage::revokingAProxyFreesTheMember()
{
    const qint64 meetingId = createMeeting();
    QVERIFY(meetingId > 0);
    QVERIFY(storage::MeetingRepository(m_session->file())
                .appointProxy(meetingId, { memberId(u"E002"_s), std::nullopt, Choice::Against }));
    m_session->notifyChanged();
    QCOMPARE(quorumLabel()->text(), u"0 present, 1 by proxy of 5 eligible"_s);
    tabs()->setCurrentIndex(app::MeetingsPage::ProxiesTab);
    QCOMPARE(proxiesModel()->rowCount(), 1);
    QCOMPARE(proxiesModel()->index(0, app::ProxyListModel::DirectionColumn).data().toString(), u"Against"_s);
    QVERIFY(!action(u"revokeProxyAction"_s)->isEnabled()); // nothing chosen yet
    named<QTableView>(u"proxiesView"_s)->selectRow(0);
    clickButtonFor(action(u"revokeProxyAction"_s));
    QVERIFY(m_errors.isEmpty());
    QCOMPARE(proxiesModel()->rowCount(), 0);
    QCOMPARE(quorumLabel()->text(), u"0 present, 0 by proxy of 5 eligible"_s);
    QVERIFY(!action(u"revokeProxyAction"_s)->isEnabled());
}

// A draft's text and rules change through the same dialog; once voting opens they are fixed.
void TestMeetingsPage::editsADraftButNotAnOpenMotion()
{
    QVERIFY(createMeeting() > 0);
    const qint64 motionId = addMotion(u"Adopt the annual accounts"_s, [](app::MotionDialog*) {});
    QVERIFY(motionId > 0);
    QVERIFY(action(u"editMotionAction"_s)->isEnabled());
    clickButtonFor(action(u"editMotionAction"_s));
    auto* dialog = m_page->findChild<app::MotionDialog*>();
    QVERIFY(dialog);
    QCOMPARE(dialog->findChild<QLineEdit*>(u"titleEdit"_s)->text(), u"Adopt the annual accounts"_s);
    QCOMPARE(dialog->findChild<QLineEdit*>(u"proposerEdit"_s)->text(), u"C001 — Member C001"_s);
    auto* threshold = dialog->findChild<QComboBox*>(u"thresholdCombo"_s);
    threshold->setCurrentIndex(threshold->findData(static_cast<int>(domain::Threshold::Special)));
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    QTRY_VERIFY(m_page->findChild<app::MotionDialog*>() == nullptr);
    const auto edited = storage::MotionRepository(m_session->file()).motion(motionId);
    QCOMPARE(edited->rules.threshold, domain::Threshold::Special);
    QCOMPARE(edited->title, u"Adopt the annual accounts"_s);
    QCOMPARE(storage::MotionRepository(m_session->file()).all()->size(), 1);
    openVoting();
    QVERIFY(!action(u"editMotionAction"_s)->isEnabled());
    QVERIFY(!action(u"openMotionVotingAction"_s)->isEnabled());
    QVERIFY(action(u"recordBallotAction"_s)->isEnabled());
    QVERIFY(action(u"closeMotionVotingAction"_s)->isEnabled());
}

// Delete on a draft motion asks first, naming it; Escape keeps it, the named button deletes it and the
// motion after it is chosen. Once voting opens a motion is part of the record and cannot be deleted.
void TestMeetingsPage::deletesADraftButNotAnOpenMotion()
{
    QVERIFY(createMeeting() > 0);
    const qint64 accounts = addMotion(u"Adopt the annual accounts"_s, [](app::MotionDialog*) {});
    const qint64 auditors = addMotion(u"Appoint the auditors"_s, [](app::MotionDialog*) {});
    QVERIFY(accounts > 0 && auditors > 0);
    m_page->selectMotion(accounts);
    QVERIFY(action(u"deleteMotionAction"_s)->isEnabled());
    saveShot(m_page.get(), u"meetings-motions-tab"_s);
    QVERIFY(activate(m_page.get()));
    named<QTableView>(u"motionsView"_s)->setFocus();
    QTest::keyClick(named<QTableView>(u"motionsView"_s), Qt::Key_Delete);
    QMessageBox* deleteBox = box(u"deleteMotionBox"_s);
    QVERIFY(deleteBox);
    QCOMPARE(deleteBox->text(), u"Delete the draft motion “Adopt the annual accounts”?"_s);
    QCOMPARE(deleteBox->defaultButton(), deleteBox->button(QMessageBox::Cancel));
    saveShot(deleteBox, u"delete-motion-box"_s);
    QVERIFY(activate(deleteBox));
    QTest::keyClick(deleteBox, Qt::Key_Escape);
    QTRY_VERIFY(box(u"deleteMotionBox"_s) == nullptr);
    QCOMPARE(storage::MotionRepository(m_session->file()).all()->size(), 2);

    clickButtonFor(action(u"deleteMotionAction"_s));
    deleteBox = box(u"deleteMotionBox"_s);
    QVERIFY(deleteBox);
    QTest::mouseClick(deleteBox->findChild<QPushButton*>(u"deleteButton"_s), Qt::LeftButton);
    QTRY_VERIFY(box(u"deleteMotionBox"_s) == nullptr);
    QVERIFY(m_errors.isEmpty());
    const auto motions = storage::MotionRepository(m_session->file()).all();
    QCOMPARE(motions->size(), 1);
    QCOMPARE(motions->constFirst().id, auditors);
    QCOMPARE(motionsModel()->rowCount(), 1);
    QCOMPARE(m_page->selectedMotionId(), std::optional(auditors));

    openVoting();
    QVERIFY(!action(u"deleteMotionAction"_s)->isEnabled());
    QVERIFY(activate(m_page.get()));
    named<QTableView>(u"motionsView"_s)->setFocus();
    QTest::keyClick(named<QTableView>(u"motionsView"_s), Qt::Key_Delete);
    QVERIFY(box(u"deleteMotionBox"_s) == nullptr);
    QCOMPARE(storage::MotionRepository(m_session->file()).all()->size(), 1);
}

// A meeting with a motion, even a draft, cannot be deleted: the action stays enabled so that the
// secretary learns why, storage's refusal reaches the error presenter, and nothing changes.
void TestMeetingsPage::refusesToDeleteAMeetingWithVotes()
{
    const qint64 meetingId = createMeeting();
    QVERIFY(meetingId > 0);
    const qint64 motionId = addMotion(u"Adopt the annual accounts"_s, [](app::MotionDialog*) {});
    QVERIFY(motionId > 0);
    QVERIFY(action(u"deleteMeetingAction"_s)->isEnabled());
    clickButtonFor(action(u"deleteMeetingAction"_s));
    QMessageBox* deleteBox = box(u"deleteMeetingBox"_s);
    QVERIFY(deleteBox);
    QCOMPARE(deleteBox->text(),
             u"Delete the meeting “Annual general meeting 2025” on Tuesday, 15 July 2025?"_s);
    QTest::mouseClick(deleteBox->findChild<QPushButton*>(u"deleteButton"_s), Qt::LeftButton);
    QTRY_VERIFY(box(u"deleteMeetingBox"_s) == nullptr);
    QCOMPARE(m_errors.size(), 1);
    QVERIFY2(
        m_errors.constFirst().contains(
            u"“Annual general meeting 2025” cannot be deleted while it has motions or elections (motions: 1, elections: 0)"_s),
        qPrintable(m_errors.constFirst()));
    QVERIFY2(m_errors.constFirst().contains(u"Delete the drafts first"_s), qPrintable(m_errors.constFirst()));
    QVERIFY(storage::MeetingRepository(m_session->file()).meeting(meetingId));
    QVERIFY(storage::MotionRepository(m_session->file()).motion(motionId));
    QCOMPARE(meetingsModel()->rowCount(), 1);
    QCOMPARE(m_page->selectedMeetingId(), std::optional(meetingId));
    QCOMPARE(m_page->selectedMotionId(), std::optional(motionId));
}

// A meeting entered by mistake, with attendance and a proxy recorded (C001 and C002 present, P001
// represented by C001's proxy: 3 lines, 1 appointment), goes with all of them once confirmed; the
// older meeting beneath it is chosen next. Delete on the list asks too, and Cancel keeps it.
void TestMeetingsPage::deletesAMeetingWithItsAttendance()
{
    const qint64 agm = createMeeting(QDate(2025, 7, 15));
    const qint64 mistaken = createMeeting(QDate(2025, 11, 3));
    QVERIFY(agm > 0 && mistaken > 0);
    QCOMPARE(m_page->selectedMeetingId(), std::optional(mistaken));
    tabs()->setCurrentIndex(app::MeetingsPage::AttendanceTab);
    selectMembers({ u"C001"_s, u"C002"_s });
    clickButtonFor(action(u"markPresentAction"_s));
    storage::MeetingRepository meetings(m_session->file());
    QVERIFY(meetings.appointProxy(mistaken, { memberId(u"P001"_s), memberId(u"C001"_s), std::nullopt }));
    m_session->notifyChanged();
    QCOMPARE(quorumLabel()->text(), u"2 present, 1 by proxy of 6 eligible"_s); // P003 too

    QVERIFY(activate(m_page.get()));
    named<QListView>(u"meetingsView"_s)->setFocus();
    QTest::keyClick(named<QListView>(u"meetingsView"_s), Qt::Key_Delete);
    QMessageBox* deleteBox = box(u"deleteMeetingBox"_s);
    QVERIFY(deleteBox);
    // Both meetings have the same title: the date says which.
    QCOMPARE(deleteBox->text(),
             u"Delete the meeting “Annual general meeting 2025” on Monday, 3 November 2025?"_s);
    QCOMPARE(deleteBox->informativeText(),
             u"The attendance recorded for it (3) and its proxy appointments (1) are deleted with it. This "
             "cannot be undone."_s);
    QCOMPARE(deleteBox->defaultButton(), deleteBox->button(QMessageBox::Cancel));
    saveShot(deleteBox, u"delete-meeting-box"_s);
    QTest::mouseClick(deleteBox->button(QMessageBox::Cancel), Qt::LeftButton);
    QTRY_VERIFY(box(u"deleteMeetingBox"_s) == nullptr);
    QCOMPARE(meetings.all()->size(), 2);
    QCOMPARE(meetings.attendance(mistaken)->size(), 3);

    clickButtonFor(action(u"deleteMeetingAction"_s));
    deleteBox = box(u"deleteMeetingBox"_s);
    QVERIFY(deleteBox);
    QTest::mouseClick(deleteBox->findChild<QPushButton*>(u"deleteButton"_s), Qt::LeftButton);
    QTRY_VERIFY(box(u"deleteMeetingBox"_s) == nullptr);
    QVERIFY2(m_errors.isEmpty(), qPrintable(m_errors.join(u'\n')));
    const auto left = meetings.all();
    QCOMPARE(left->size(), 1);
    QCOMPARE(left->constFirst().id, agm);
    QCOMPARE(meetings.meeting(mistaken).error().rule, u"unknown-meeting"_s);
    QCOMPARE(meetingsModel()->rowCount(), 1);
    QCOMPARE(m_page->selectedMeetingId(), std::optional(agm));
    QCOMPARE(quorumLabel()->text(), u"0 present, 0 by proxy of 5 eligible"_s);
    QCOMPARE(proxiesModel()->rowCount(), 0);

    // The last meeting goes too, and the page says there are none.
    clickButtonFor(action(u"deleteMeetingAction"_s));
    QTest::mouseClick(box(u"deleteMeetingBox"_s)->findChild<QPushButton*>(u"deleteButton"_s), Qt::LeftButton);
    QTRY_VERIFY(box(u"deleteMeetingBox"_s) == nullptr);
    QCOMPARE(meetings.all()->size(), 0);
    QCOMPARE(m_page->selectedMeetingId(), std::nullopt);
    QVERIFY(!action(u"deleteMeetingAction"_s)->isEnabled());
    QVERIFY(m_page->findChild<QLabel*>(u"meetingPlaceholderLabel"_s)->isVisible());
}

// Before voting opens, the dialog shows the roll the record date would freeze, worked by hand from the
// register above:
//   on the meeting's day, 15 July 2025, the five members C001, C002, E001, E002 and P001.
//   share-weighted, capped at 40%: 40% of the 1,000 eligible shares = 400, so C001's 600 counts as 400:
//     400 + 300 + 60 + 40 + 0 = 800.
//   one member, one vote: 5 votes. Class-weighted: 2 councils, 2 employees, 1 community member.
//   31 December 2023: nobody had been admitted, so there is no roll and voting cannot open.
//   15 January 2024: all five admitted, but no shares were held until 1 February: no weight to vote with.
void TestMeetingsPage::previewsTheRollAsTheRecordDateChanges()
{
    QVERIFY(createMeeting() > 0);
    QVERIFY(addMotion(u"Amend the rules"_s,
                      [](app::MotionDialog* dialog) {
                          auto* scheme = dialog->findChild<QComboBox*>(u"schemeCombo"_s);
                          scheme->setCurrentIndex(
                              scheme->findData(static_cast<int>(domain::VotingScheme::ShareWeighted)));
                          dialog->findChild<QDoubleSpinBox*>(u"capSpin"_s)->setValue(40);
                      })
            > 0);
    clickButtonFor(action(u"openMotionVotingAction"_s));
    auto* dialog = m_page->findChild<app::OpenVotingDialog*>();
    QVERIFY(dialog);
    auto* rollLabel = dialog->findChild<QLabel*>(u"rollLabel"_s);
    QVERIFY(rollLabel->isVisibleTo(dialog));
    QCOMPARE(dialog->rollText(), u"5 members on the roll, total weight 800 shares after the 40% cap."_s);
    QVERIFY(dialog->openButton()->isEnabled());
    saveShot(dialog, u"open-voting-roll"_s);

    dialog->dateEdit()->setDate(QDate(2023, 12, 31));
    QCOMPARE(dialog->rollText(), u"Nobody is eligible to vote."_s);
    QVERIFY(rollLabel->styleSheet().contains(u"#b3261e"_s)); // the colour of errors
    QVERIFY(!dialog->openButton()->isEnabled());
    QVERIFY(dialog->confirmationText().contains(u"31 December 2023"_s));
    saveShot(dialog, u"open-voting-empty-roll"_s);

    dialog->dateEdit()->setDate(QDate(2024, 1, 15));
    QCOMPARE(dialog->rollText(), u"Nobody eligible holds any shares, so nobody could vote by shares."_s);
    QVERIFY(!dialog->openButton()->isEnabled());

    // Two days after the meeting, then back to its day with the arrow key, a day at a press.
    dialog->dateEdit()->setDate(QDate(2025, 7, 17));
    QVERIFY(activate(dialog));
    dialog->dateEdit()->setFocus();
    QTest::keyClick(dialog->dateEdit(), Qt::Key_Down);
    QTest::keyClick(dialog->dateEdit(), Qt::Key_Down);
    QCOMPARE(dialog->dateEdit()->date(), QDate(2025, 7, 15));
    QCOMPARE(dialog->rollText(), u"5 members on the roll, total weight 800 shares after the 40% cap."_s);
    QVERIFY(rollLabel->styleSheet().isEmpty());
    QVERIFY(dialog->openButton()->isEnabled());
    dialog->reject();
    QTRY_VERIFY(m_page->findChild<app::OpenVotingDialog*>() == nullptr);

    QVERIFY(addMotion(u"Adopt the annual accounts"_s, [](app::MotionDialog*) {}) > 0);
    clickButtonFor(action(u"openMotionVotingAction"_s));
    dialog = m_page->findChild<app::OpenVotingDialog*>();
    QVERIFY(dialog);
    QCOMPARE(dialog->rollText(), u"5 members on the roll, one vote each."_s);
    dialog->reject();
    QTRY_VERIFY(m_page->findChild<app::OpenVotingDialog*>() == nullptr);

    QVERIFY(addMotion(u"Adopt the reinvestment plan"_s,
                      [](app::MotionDialog* motionDialog) {
                          auto* scheme = motionDialog->findChild<QComboBox*>(u"schemeCombo"_s);
                          scheme->setCurrentIndex(
                              scheme->findData(static_cast<int>(domain::VotingScheme::ClassWeighted)));
                      })
            > 0);
    clickButtonFor(action(u"openMotionVotingAction"_s));
    dialog = m_page->findChild<app::OpenVotingDialog*>();
    QVERIFY(dialog);
    QCOMPARE(dialog->rollText(),
             u"5 members on the roll: 2 in Founding council, 2 in Employee and 1 in Community."_s);
    saveShot(dialog, u"open-voting-roll-classes"_s);
    dialog->reject();
}

// Marking changes the lines in place: the selection and the scroll position stay where they were in
// a register of a thousand members.
void TestMeetingsPage::markingKeepsTheSelectionInALongRegister()
{
    storage::MemberRepository members(m_session->file());
    for (int i = 1; i <= 1000; ++i) {
        QVERIFY(members.add(sample::member(u"M%1"_s.arg(i, 4, 10, QChar(u'0')), u"Member %1"_s.arg(i), 3)));
    }
    m_session->notifyChanged();
    QVERIFY(createMeeting() > 0);
    QCOMPARE(attendanceModel()->rowCount(), 1005);
    QTableView* view = named<QTableView>(u"attendanceView"_s);
    const int row = 900;
    view->selectRow(row);
    view->scrollTo(view->model()->index(row, 0));
    const int scrolled = view->verticalScrollBar()->value();
    const QString number = view->model()->index(row, app::AttendanceModel::NumberColumn).data().toString();
    clickButtonFor(action(u"markPresentAction"_s));
    QCOMPARE(view->selectionModel()->selectedRows().size(), 1);
    QCOMPARE(view->selectionModel()->selectedRows().constFirst().row(), row);
    QCOMPARE(view->verticalScrollBar()->value(), scrolled);
    QCOMPARE(view->model()->index(row, app::AttendanceModel::AttendanceColumn).data().toString(),
             u"Present"_s);
    QCOMPARE(view->model()->index(row, app::AttendanceModel::NumberColumn).data().toString(), number);
    QCOMPARE(quorumLabel()->text(), u"1 present, 0 by proxy of 1,005 eligible"_s);
}

// The ballots of a postal vote, saved by a spreadsheet: a header line, CRLF line ends.
//   line 2 C001 for, in person; line 3 C002 against, by post; line 4 E001 for, online; line 5 P001 for,
//   by proxy, cast by C001 as P001 appointed and directed. E002 does not vote.
//   4 ballots; for 3 (C001, E001, P001), against 1, abstain 0; votes cast 3 + 1 = 4. Ordinary: 3 > 1.
void TestMeetingsPage::importsBallotsFromACsvFile()
{
    const qint64 motionId = openMotionWithAProxy();
    QVERIFY(motionId > 0);
    const QString path = writeFile(u"postal.csv"_s,
                                   "Member,Choice,Method,Proxy\r\n"
                                   "C001,for,person,\r\n"
                                   "C002,Against,post\r\n"
                                   "E001,for,online,\r\n"
                                   "P001,for,proxy,C001\r\n");
    QVERIFY(!path.isEmpty());

    QMessageBox* question = chooseBallotsFile(path);
    QVERIFY(question);
    QCOMPARE(withPluralsFilled(question->text()),
             u"File 4 ballots from postal.csv in “Adopt the accounts”?"_s);
    QVERIFY(question->informativeText().contains(u"cannot be taken out"_s));
    // Enter and Escape cancel: filing takes the named button.
    QCOMPARE(question->defaultButton(), question->button(QMessageBox::Cancel));
    saveShot(question, u"import-ballots-question"_s);
    QTest::mouseClick(question->findChild<QPushButton*>(u"fileButton"_s), Qt::LeftButton);
    QTRY_VERIFY(box(u"importBallotsBox"_s) == nullptr);

    QVERIFY2(m_errors.isEmpty(), qPrintable(m_errors.join(u'\n')));
    QCOMPARE(storedBallots(motionId), 4);
    QCOMPARE(m_page->selectedMotionId(), std::optional(motionId));
    QCOMPARE(ballotsModel()->rowCount(), 4);
    QCOMPARE(m_page->findChild<QLabel*>(u"ballotsTitle"_s)->text(), u"Ballots recorded (4)"_s);
    QStringList methods;
    for (int row = 0; row < ballotsModel()->rowCount(); ++row) {
        methods << ballotsModel()->index(row, app::BallotListModel::MemberColumn).data().toString() + u": "_s
                + ballotsModel()->index(row, app::BallotListModel::MethodColumn).data().toString();
    }
    QVERIFY2(methods.contains(u"P001 · Member P001: By proxy (C001)"_s), qPrintable(methods.join(u", "_s)));
    QVERIFY(motionNoticeLabel()->isVisible());
    QCOMPARE(withPluralsFilled(motionNoticeLabel()->text()), u"Filed 4 ballots from postal.csv."_s);
    saveShot(m_page.get(), u"meetings-page-ballots-imported"_s);

    // The provisional result counts them, as worked above.
    tabs()->setCurrentIndex(app::MeetingsPage::ResultTab);
    QVERIFY(resultView()->statusLabel()->text().startsWith(u"Provisional — voting is open"_s));
    QCOMPARE(figure("forMembersValue"), u"3"_s);
    QCOMPARE(figure("againstMembersValue"), u"1"_s);
    QCOMPARE(figure("abstainMembersValue"), u"0"_s);
    QCOMPARE(figure("votesCastValue"), u"4"_s);
    QCOMPARE(figure("outcomeValue"), u"Carried if voting closed now"_s);

    // Choosing another motion clears the note of what was filed in this one.
    QVERIFY(addMotion(u"Appoint the auditors"_s, [](app::MotionDialog*) {}) > 0);
    QVERIFY(!motionNoticeLabel()->isVisible());
}

// A secret ballot keeps who voted apart from how: the file's choices reach only the totals.
//   C001 against, C002 for, E001 for: for 2, against 1, votes cast 3.
void TestMeetingsPage::importsASecretBallotFromACsvFile()
{
    const qint64 motionId = openMotionWithAProxy(true);
    QVERIFY(motionId > 0);
    const QString path = writeFile(u"secret.csv"_s, "C001,against,post\nC002,for,post\nE001,for,online\n");
    QMessageBox* question = chooseBallotsFile(path);
    QVERIFY(question);
    QCOMPARE(withPluralsFilled(question->text()),
             u"File 3 ballots from secret.csv in “Adopt the accounts”?"_s);
    QTest::mouseClick(question->findChild<QPushButton*>(u"fileButton"_s), Qt::LeftButton);
    QTRY_VERIFY(box(u"importBallotsBox"_s) == nullptr);
    QVERIFY2(m_errors.isEmpty(), qPrintable(m_errors.join(u'\n')));
    QCOMPARE(storedBallots(motionId), 3);
    QCOMPARE(ballotsModel()->rowCount(), 3);
    for (int row = 0; row < 3; ++row) {
        QCOMPARE(ballotsModel()->index(row, app::BallotListModel::ChoiceColumn).data().toString(),
                 u"Secret"_s);
    }
    QCOMPARE(withPluralsFilled(motionNoticeLabel()->text()), u"Filed 3 ballots from secret.csv."_s);
    tabs()->setCurrentIndex(app::MeetingsPage::ResultTab);
    QCOMPARE(figure("forMembersValue"), u"2"_s);
    QCOMPARE(figure("againstMembersValue"), u"1"_s);
    QCOMPARE(figure("votesCastValue"), u"3"_s);
}

// Whatever is wrong with a file, the message names the file and the line at fault (or says there is no
// ballot in it) and not one ballot is filed. A file that can be read is checked by storage after the
// question; one that cannot is refused before it.
// The roll is C001, C002, E001, E002, P001; P003 joined after the record date; P001 directed C001 to
// vote for; nobody else appointed a proxy; nobody is X999.
void TestMeetingsPage::refusesABallotsFileWhole_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<bool>("isAskedFirst");
    QTest::addColumn<QString>("expected");

    QTest::newRow("a row of two fields")
        << QByteArray("member,choice,method\nC001,for,person\nC002,against\n") << false
        << u"Line 3: a ballot has 3 or 4 fields"_s;
    QTest::newRow("not a choice") << QByteArray("C001,for,person\r\nC002,maybe,post\r\n") << false
                                  << u"Line 2: “maybe” is not a choice"_s;
    QTest::newRow("not UTF-8") << QByteArray("C001,for,person\nE001,for,on\xffline\n") << false
                               << u"Line 2: this is not UTF-8 text"_s;
    QTest::newRow("no ballots") << QByteArray("member,choice,method\n") << false
                                << u"There are no ballots in the file"_s;
    QTest::newRow("not on the roll") << QByteArray("C001,for,person\nE001,for,online\nP003,for,post\n")
                                     << true << u"Line 3: member P003 is not on the roll"_s;
    QTest::newRow("no such member") << QByteArray("C001,for,person\nX999,against,post\n") << true
                                    << u"Line 2: there is no member X999."_s;
    QTest::newRow("voted twice") << QByteArray("C001,for,person\nE001,for,online\nc001,against,post\n")
                                 << true
                                 << u"Line 3: member C001 has already voted on this motion, on line 1."_s;
    QTest::newRow("no proxy appointed") << QByteArray("C001,for,person\nC002,for,proxy,E001\n") << true
                                        << u"Line 2: member C002 appointed no proxy"_s;
    QTest::newRow("against the proxy's direction")
        << QByteArray("C001,for,person\nP001,against,proxy,C001\n") << true
        << u"Line 2: member P001 directed its proxy to vote “For”, not “Against”."_s;
}

void TestMeetingsPage::refusesABallotsFileWhole()
{
    QFETCH(QByteArray, content);
    QFETCH(bool, isAskedFirst);
    QFETCH(QString, expected);
    const qint64 motionId = openMotionWithAProxy();
    QVERIFY(motionId > 0);
    const QString path = writeFile(u"refused.csv"_s, content);

    QMessageBox* question = chooseBallotsFile(path);
    QCOMPARE(question != nullptr, isAskedFirst);
    if (question) {
        QTest::mouseClick(question->findChild<QPushButton*>(u"fileButton"_s), Qt::LeftButton);
        QTRY_VERIFY(box(u"importBallotsBox"_s) == nullptr);
    }
    QCOMPARE(m_errors.size(), 1);
    QVERIFY2(m_errors.constFirst().contains(u"refused.csv"_s), qPrintable(m_errors.constFirst()));
    QVERIFY2(m_errors.constFirst().contains(expected), qPrintable(m_errors.constFirst()));
    QCOMPARE(storedBallots(motionId), 0);
    QCOMPARE(ballotsModel()->rowCount(), 0);
    QVERIFY(!motionNoticeLabel()->isVisible());
}

void TestMeetingsPage::cancellingAnImportFilesNothing()
{
    const qint64 motionId = openMotionWithAProxy();
    QVERIFY(motionId > 0);
    // The file dialog closed without a choice: nothing is asked, nothing happens.
    QVERIFY(chooseBallotsFile(QString()) == nullptr);

    const QString path = writeFile(u"postal.csv"_s, "C001,for,person\nC002,against,post\n");
    QMessageBox* question = chooseBallotsFile(path);
    QVERIFY(question);
    QCOMPARE(withPluralsFilled(question->text()),
             u"File 2 ballots from postal.csv in “Adopt the accounts”?"_s);
    QTest::mouseClick(question->button(QMessageBox::Cancel), Qt::LeftButton);
    QTRY_VERIFY(box(u"importBallotsBox"_s) == nullptr);

    // A missing file is said to be so.
    QVERIFY(chooseBallotsFile(m_dir.filePath(u"no-such.csv"_s)) == nullptr);
    QCOMPARE(m_errors.size(), 1);
    QVERIFY2(m_errors.constFirst().contains(u"no-such.csv"_s), qPrintable(m_errors.constFirst()));
    QCOMPARE(storedBallots(motionId), 0);
    QCOMPARE(ballotsModel()->rowCount(), 0);
    QVERIFY(!motionNoticeLabel()->isVisible());
}

void TestMeetingsPage::importIsOnlyForAnOpenMotion()
{
    QVERIFY(createMeeting() > 0);
    tabs()->setCurrentIndex(app::MeetingsPage::MotionsTab);
    QToolButton* button = driving::buttonFor(m_page.get(), action(u"importBallotsAction"_s));
    QVERIFY(button);
    QVERIFY(button->isVisible());
    QVERIFY(!button->isEnabled()); // no motion yet
    QVERIFY(addMotion(u"Adopt the accounts"_s, [](app::MotionDialog*) {}) > 0);
    QVERIFY(!button->isEnabled()); // a draft
    openVoting();
    QVERIFY(button->isEnabled());
    closeVoting();
    QVERIFY(!button->isEnabled()); // declared
    tabs()->setCurrentIndex(app::MeetingsPage::MotionsTab);
    QVERIFY(!button->isEnabled());
}

void TestMeetingsPage::modelsPassTheModelTester()
{
    const auto mode = QAbstractItemModelTester::FailureReportingMode::QtTest;
    QAbstractItemModelTester meetings(meetingsModel(), mode);
    QAbstractItemModelTester attendance(attendanceModel(), mode);
    QAbstractItemModelTester proxies(proxiesModel(), mode);
    QAbstractItemModelTester motions(motionsModel(), mode);
    QAbstractItemModelTester ballots(ballotsModel(), mode);
    const qint64 meetingId = createMeeting();
    QVERIFY(meetingId > 0);
    QVERIFY(storage::MeetingRepository(m_session->file())
                .appointProxy(meetingId, { memberId(u"E002"_s), std::nullopt, std::nullopt }));
    selectMembers({ u"C001"_s });
    clickButtonFor(action(u"markPresentAction"_s));
    QVERIFY(addMotion(u"Adopt the annual accounts"_s, [](app::MotionDialog*) {}) > 0);
    openVoting();
    auto* dialog = openBallotDialog();
    QVERIFY(dialog);
    QVERIFY(castBallot(dialog, u"C001"_s, Choice::For));
    dialog->reject();
    QCOMPARE(proxiesModel()->index(0, app::ProxyListModel::HolderColumn).data().toString(), u"The chair"_s);
    QCOMPARE(ballotsModel()->rowCount(), 1);
    m_page->setSession(nullptr);
    QCOMPARE(meetingsModel()->rowCount(), 0);
    QCOMPARE(attendanceModel()->rowCount(), 0);
    QCOMPARE(motionsModel()->rowCount(), 0);
}

void TestMeetingsPage::closedMutualLeavesNothingToDo()
{
    m_page->setSession(nullptr);
    for (QAction* action : m_page->actions()) {
        QVERIFY2(!action->isEnabled(), qPrintable(action->text()));
    }
    QVERIFY(!resultView()->isShowingResult());
    QVERIFY(!m_page->saveResultSummary(m_dir.filePath(u"nothing.pdf"_s)));
    QVERIFY(!QFileInfo::exists(m_dir.filePath(u"nothing.pdf"_s)));
}

void TestMeetingsPage::clickHeading(QTableView* view, int column)
{
    QHeaderView* header = view->horizontalHeader();
    const QPoint centre(header->sectionViewportPosition(column) + header->sectionSize(column) / 2,
                        header->height() / 2);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, centre);
}

QStringList TestMeetingsPage::shownColumn(QTableView* view, int column) const
{
    QStringList texts;
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        texts << view->model()->index(row, column).data().toString();
    }
    return texts;
}

// Clicking the Number heading orders the register as people read numbers (M2 before M10), again for the
// reverse; marking the member chosen after sorting marks that member, not the one in the model's row.
void TestMeetingsPage::sortsTheRegisterAndMarksTheMemberChosen()
{
    storage::MemberRepository members(m_session->file());
    QVERIFY(members.add(sample::member(u"M10"_s, u"Member M10"_s, 3)));
    QVERIFY(members.add(sample::member(u"M2"_s, u"Member M2"_s, 3)));
    m_session->notifyChanged();
    const qint64 meetingId = createMeeting();
    QVERIFY(meetingId > 0);
    QTableView* view = named<QTableView>(u"attendanceView"_s);
    // Register order: shorter numbers first.
    QCOMPARE(shownColumn(view, app::AttendanceModel::NumberColumn),
             (QStringList { u"M2"_s, u"M10"_s, u"C001"_s, u"C002"_s, u"E001"_s, u"E002"_s, u"P001"_s }));
    clickHeading(view, app::AttendanceModel::NumberColumn);
    QCOMPARE(shownColumn(view, app::AttendanceModel::NumberColumn),
             (QStringList { u"C001"_s, u"C002"_s, u"E001"_s, u"E002"_s, u"M2"_s, u"M10"_s, u"P001"_s }));
    clickHeading(view, app::AttendanceModel::NumberColumn);
    QCOMPARE(shownColumn(view, app::AttendanceModel::NumberColumn),
             (QStringList { u"P001"_s, u"M10"_s, u"M2"_s, u"E002"_s, u"E001"_s, u"C002"_s, u"C001"_s }));

    // The first row shown is P001, the last of the model's.
    view->selectRow(0);
    clickButtonFor(action(u"markPresentAction"_s));
    const auto recorded = storage::MeetingRepository(m_session->file()).attendance(meetingId);
    QVERIFY(recorded);
    QCOMPARE(recorded->size(), 1);
    QCOMPARE(recorded->constFirst().memberNumber, u"P001"_s);
    QCOMPARE(view->model()->index(0, app::AttendanceModel::AttendanceColumn).data().toString(), u"Present"_s);
    QCOMPARE(view->model()->index(0, app::AttendanceModel::NumberColumn).data().toString(), u"P001"_s);

    // Sorting by attendance puts those present first; Find still narrows the sorted rows.
    clickHeading(view, app::AttendanceModel::AttendanceColumn);
    QCOMPARE(view->model()->index(0, app::AttendanceModel::NumberColumn).data().toString(), u"P001"_s);
    QTest::keyClicks(attendanceFindField(), u"M"_s);
    QCOMPARE(view->model()->rowCount(), 7); // "Member …" in every name
    attendanceFindField()->clear();
    QTest::keyClicks(attendanceFindField(), u"M1"_s);
    QCOMPARE(shownColumn(view, app::AttendanceModel::NumberColumn), QStringList { u"M10"_s });
    QTest::keyClick(attendanceFindField(), Qt::Key_Return);
    const auto marked = storage::MeetingRepository(m_session->file()).attendance(meetingId);
    QVERIFY(marked);
    QCOMPARE(marked->size(), 2);
    QVERIFY(marked->at(0).memberNumber == u"M10"_s || marked->at(1).memberNumber == u"M10"_s);
}

// Clicking the Motion heading orders the motions by title, again for the reverse; Open Voting then opens
// the motion chosen in the sorted list, and no other.
void TestMeetingsPage::sortsMotionsAndOpensVotingOnTheOneChosen()
{
    QVERIFY(createMeeting() > 0);
    const qint64 accounts = addMotion(u"Adopt the annual accounts"_s, [](app::MotionDialog*) {});
    const qint64 auditor = addMotion(u"Appoint the auditor"_s, [](app::MotionDialog*) {});
    const qint64 rules = addMotion(u"Change rule 12"_s, [](app::MotionDialog*) {});
    QVERIFY(accounts > 0 && auditor > 0 && rules > 0);
    QTableView* view = named<QTableView>(u"motionsView"_s);
    clickHeading(view, app::MotionListModel::TitleColumn);
    clickHeading(view, app::MotionListModel::TitleColumn);
    QCOMPARE(shownColumn(view, app::MotionListModel::TitleColumn),
             (QStringList { u"Change rule 12"_s, u"Appoint the auditor"_s, u"Adopt the annual accounts"_s }));
    view->setCurrentIndex(view->model()->index(1, app::MotionListModel::TitleColumn));
    QCOMPARE(m_page->selectedMotionId(), std::optional(auditor));
    openVoting();
    const storage::MotionRepository motions(m_session->file());
    QCOMPARE(motions.motion(auditor)->state, domain::VoteState::Open);
    QCOMPARE(motions.motion(accounts)->state, domain::VoteState::Draft);
    QCOMPARE(motions.motion(rules)->state, domain::VoteState::Draft);
    QCOMPARE(m_page->selectedMotionId(), std::optional(auditor));

    // By state: drafts, then the one open.
    clickHeading(view, app::MotionListModel::StateColumn);
    QCOMPARE(shownColumn(view, app::MotionListModel::StateColumn),
             (QStringList { u"Draft"_s, u"Draft"_s, u"Voting open"_s }));
    QCOMPARE(m_page->selectedMotionId(), std::optional(auditor));
    QVERIFY(action(u"recordBallotAction"_s)->isEnabled());
}

// A 900-pixel window, less the 200-pixel sidebar, leaves the page 700 pixels: every tab fits in them.
void TestMeetingsPage::fitsAWindowOf900Pixels()
{
    QVERIFY(createMeeting() > 0);
    QVERIFY(addMotion(u"Adopt the annual accounts"_s, [](app::MotionDialog*) {}) > 0);
    QStringList widths;
    for (int tab = 0; tab < tabs()->count(); ++tab) {
        widths << u"%1 %2"_s.arg(tabs()->tabText(tab)).arg(tabs()->widget(tab)->minimumSizeHint().width());
    }
    QVERIFY2(
        m_page->minimumSizeHint().width() <= 700,
        qPrintable(u"page %1; tabs: %2"_s.arg(m_page->minimumSizeHint().width()).arg(widths.join(u", "_s))));
    m_page->resize(700, 500);
    tabs()->setCurrentIndex(app::MeetingsPage::MotionsTab);
    QCoreApplication::processEvents();
    // Every button of the tab shown lies inside the page.
    for (QToolButton* button : m_page->findChildren<QToolButton*>()) {
        if (button->isVisibleTo(m_page.get())) {
            const QRect shown(button->mapTo(m_page.get(), QPoint(0, 0)), button->size());
            QVERIFY2(m_page->rect().contains(shown), qPrintable(button->text()));
        }
    }
    saveShot(m_page.get(), u"meetings-700"_s);
}

// In a page of 700 pixels the list of meetings leaves each name whole, on two lines if need be; a name
// too long for two is cut in the middle, keeping its end, and its tooltip gives it whole.
void TestMeetingsPage::longMeetingNamesWrapRatherThanBeCut()
{
    const QString tooLong = u"Special general meeting on the conversion of the society into a company"_s;
    storage::MeetingRepository meetings(m_session->file());
    for (const QString& title : { u"Annual general meeting 2025"_s, u"Special general meeting 2025"_s,
                                  u"Board meeting, March 2026"_s, tooLong }) {
        domain::Meeting meeting;
        meeting.heldOn = QDate(2025, 7, 15);
        meeting.title = title;
        QVERIFY(meetings.add(meeting));
    }
    m_session->notifyChanged();
    m_page->resize(700, 500);
    QCoreApplication::processEvents();
    auto* view = named<QListView>(u"meetingsView"_s);
    const int width = app::MeetingListDelegate::textWidth(view);
    QFont bold = view->font();
    bold.setBold(true);
    const QFontMetrics metrics(bold);
    QCOMPARE(view->model()->rowCount(), 4);
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        const QModelIndex index = view->model()->index(row, 0);
        const QString title = index.data().toString();
        const QStringList lines = app::MeetingListDelegate::titleLines(title, view->font(), width);
        QVERIFY2(lines.size() <= 2, qPrintable(lines.join(u'|')));
        for (const QString& line : lines) {
            QVERIFY2(metrics.horizontalAdvance(line) <= width, qPrintable(line));
        }
        // The row is tall enough for every line of the name and the date beneath.
        QVERIFY(view->visualRect(index).height() >= static_cast<int>(lines.size() + 1) * metrics.height());
        QVERIFY(index.data(Qt::ToolTipRole).toString().startsWith(title));
        if (title == tooLong) {
            QCOMPARE(lines.size(), 2);
            QVERIFY2(lines.at(1).contains(u'…') && lines.at(1).endsWith(u"company"_s),
                     qPrintable(lines.at(1)));
            QVERIFY(tooLong.startsWith(lines.at(0)));
        } else {
            QCOMPARE(lines.join(u' '), title);
        }
    }
    QCOMPARE(
        app::MeetingListDelegate::titleLines(u"Special general meeting 2025"_s, view->font(), width).size(),
        2);
    saveShot(m_page.get(), u"meetings-long-names"_s);
}

QTEST_MAIN(TestMeetingsPage)
#include "TestMeetingsPage.moc"
