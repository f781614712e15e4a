#include "SampleMutual.h"
#include "app/members/MemberDialog.h"
#include "app/members/MemberTableModel.h"
#include "app/members/MembersPage.h"
#include "app/shares/ShareCapitalPage.h"
#include "app/shell/MainWindow.h"
#include "app/shell/MutualSession.h"
#include "app/shell/UndoableChange.h"
#include "app/shell/UserName.h"
#include "storage/AuditLog.h"
#include "storage/MeetingRepository.h"
#include "storage/MemberRepository.h"
#include "storage/ShareLedgerRepository.h"

#include <QAction>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoGroup>

using namespace Qt::StringLiterals;
using namespace mutualise;
using app::MainWindow;
using app::MutualSession;

// Edit > Undo and Redo take back the changes made in the window that are not ledger entries or votes,
// each by a change of its own in the audit trail; a change that no longer can be taken back says why.
class TestUndo : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void memberEditIsTakenBackAndMadeAgain();
    void ceasedMemberIsReinstatedByUndo();
    void recordChangedSinceIsNotUndone();
    void settingsAreTakenBackUnlessTheLedgerForbids();
    void meetingEditIsTakenBack();
    void editMenuUndoesWithCtrlZ();
    void reverseEntryOpensTheLedger();
    void memberEditedOnItsPageIsUndone();

private:
    std::unique_ptr<MutualSession> newSession(const QString& name);
    static domain::Member memberOf(MutualSession& session, const QString& number);
    static storage::AuditEntry latestEntry(MutualSession& session);

    QTemporaryDir m_dir;
};

void TestUndo::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"MutualiseTests"_s);
    QCoreApplication::setApplicationName(u"TestUndo"_s);
}

void TestUndo::init()
{
    QSettings().clear();
    app::UserName::store(u"Test Secretary"_s);
}

std::unique_ptr<MutualSession> TestUndo::newSession(const QString& name)
{
    auto file = sample::createFileWithCouncils(m_dir.filePath(name));
    return file ? std::make_unique<MutualSession>(std::move(file)) : nullptr;
}

domain::Member TestUndo::memberOf(MutualSession& session, const QString& number)
{
    return storage::MemberRepository(session.file()).memberByNumber(number).value();
}

storage::AuditEntry TestUndo::latestEntry(MutualSession& session)
{
    return storage::AuditLog(session.file()).entries(1)->constFirst();
}

void TestUndo::memberEditIsTakenBackAndMadeAgain()
{
    auto session = newSession(u"edit.mutual"_s);
    QVERIFY(session);
    const domain::Member before = memberOf(*session, u"C001"_s);
    domain::Member after = before;
    after.email = u"clerk@council.example"_s;
    QVERIFY(storage::MemberRepository(session->file()).update(after).isOk());
    session->recordUndoable(app::memberChange(*session, u"Edit member C001"_s, before, after));
    QCOMPARE(session->undoStack()->count(), 1);
    QCOMPARE(memberOf(*session, u"C001"_s).email, after.email); // pushing changed nothing more
    QCOMPARE(storage::AuditLog(session->file()).entries()->size(), 6);

    QSignalSpy changed(session.get(), &MutualSession::dataChanged);
    session->undoStack()->undo();
    QCOMPARE(memberOf(*session, u"C001"_s), before);
    QCOMPARE(changed.size(), 1);
    // Taking it back is a change of its own in the trail.
    const storage::AuditEntry undone = latestEntry(*session);
    QCOMPARE(undone.id, 7);
    QCOMPARE(undone.action, u"member.update"_s);
    QCOMPARE(undone.before.value(u"email"_s).toString(), after.email);
    QCOMPARE(undone.after.value(u"email"_s).toString(), QString());

    session->undoStack()->redo();
    QCOMPARE(memberOf(*session, u"C001"_s), after);
    QCOMPARE(latestEntry(*session).id, 8);
    QCOMPARE(session->undoStack()->count(), 1);
}

void TestUndo::ceasedMemberIsReinstatedByUndo()
{
    auto session = newSession(u"cease.mutual"_s);
    QVERIFY(session);
    const domain::Member before = memberOf(*session, u"C003"_s);
    const auto ceased = storage::MemberRepository(session->file()).cease(before.id, QDate::currentDate());
    QVERIFY(ceased.isOk());
    session->recordUndoable(app::memberChange(*session, u"Cease member C003"_s, before, *ceased));
    session->undoStack()->undo();
    const domain::Member reinstated = memberOf(*session, u"C003"_s);
    QCOMPARE(reinstated.status, domain::MemberStatus::Active);
    QVERIFY(reinstated.ceasedOn.isNull());
    session->undoStack()->redo();
    QCOMPARE(memberOf(*session, u"C003"_s).status, domain::MemberStatus::Ceased);
}

void TestUndo::recordChangedSinceIsNotUndone()
{
    auto session = newSession(u"since.mutual"_s);
    QVERIFY(session);
    const domain::Member before = memberOf(*session, u"C001"_s);
    domain::Member after = before;
    after.phone = u"0161 000 0001"_s;
    QVERIFY(storage::MemberRepository(session->file()).update(after).isOk());
    session->recordUndoable(app::memberChange(*session, u"Edit member C001"_s, before, after));
    // Changed again since, by another program.
    domain::Member later = after;
    later.name = u"Council One"_s;
    QVERIFY(storage::MemberRepository(session->file()).update(later).isOk());
    const qsizetype entries = storage::AuditLog(session->file()).entries()->size();

    QSignalSpy refused(session.get(), &MutualSession::undoRefused);
    session->undoStack()->undo();
    QCOMPARE(refused.size(), 1);
    QCOMPARE(refused.constFirst().at(0).toString(), u"Cannot Undo"_s);
    QCOMPARE(
        refused.constFirst().at(1).toString(),
        u"“Edit member C001” was not undone: Member C001 has changed since, so the change cannot be taken "
        "back or made again: change it by hand instead."_s);
    QCOMPARE(memberOf(*session, u"C001"_s), later);
    QCOMPARE(storage::AuditLog(session->file()).entries()->size(), entries);
    // It has left the stack: nothing is left to undo or redo.
    QCOMPARE(session->undoStack()->count(), 0);
    QVERIFY(!session->undoStack()->canUndo());
}

void TestUndo::settingsAreTakenBackUnlessTheLedgerForbids()
{
    auto session = newSession(u"settings.mutual"_s);
    QVERIFY(session);
    const domain::Mutual before = session->file().readMutual().value();
    domain::Mutual after = before;
    after.nominalShareValue = 500; // £5 a share, while the ledger is empty
    QVERIFY(session->file().updateMutual(after).isOk());
    session->recordUndoable(app::settingsChange(*session, before, after));
    session->undoStack()->undo();
    QCOMPARE(session->file().readMutual().value().nominalShareValue, 100);
    QCOMPARE(session->mutual().nominalShareValue, 100);
    session->undoStack()->redo();
    QCOMPARE(session->file().readMutual().value().nominalShareValue, 500);

    // Once the ledger has an entry, the value of a share is fixed: undoing is refused by the same rule.
    domain::ShareMovement movement;
    movement.date = QDate(2024, 1, 10);
    movement.memberId = memberOf(*session, u"C001"_s).id;
    movement.shares = 1;
    QVERIFY(storage::ShareLedgerRepository(session->file()).record(movement).isOk());
    QSignalSpy refused(session.get(), &MutualSession::undoRefused);
    session->undoStack()->undo();
    QCOMPARE(refused.size(), 1);
    QVERIFY2(refused.constFirst().at(1).toString().startsWith(
                 u"“Change the mutual's settings” was not undone: "_s),
             qPrintable(refused.constFirst().at(1).toString()));
    QCOMPARE(session->file().readMutual().value().nominalShareValue, 500);
}

void TestUndo::meetingEditIsTakenBack()
{
    auto session = newSession(u"meeting.mutual"_s);
    QVERIFY(session);
    storage::MeetingRepository meetings(session->file());
    domain::Meeting meeting;
    meeting.kind = domain::MeetingKind::General;
    meeting.heldOn = QDate(2026, 6, 1);
    meeting.place = u"Town hall"_s;
    const auto added = meetings.add(meeting);
    QVERIFY(added.isOk());
    domain::Meeting moved = *added;
    moved.place = u"Library"_s;
    QVERIFY(meetings.update(moved).isOk());
    session->recordUndoable(app::meetingChange(*session, *added, moved));
    QVERIFY(session->undoStack()->undoText().startsWith(u"Edit the meeting “"_s));
    session->undoStack()->undo();
    QCOMPARE(meetings.meeting(added->id)->place, u"Town hall"_s);
    QCOMPARE(latestEntry(*session).action, u"meeting.update"_s);
}

void TestUndo::editMenuUndoesWithCtrlZ()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto file = sample::createFileWithCouncils(m_dir.filePath(u"window.mutual"_s));
    QVERIFY(file);
    const QString path = file->path();
    file.reset();
    QVERIFY(window.openFile(path));
    auto* undo = window.findChild<QAction*>(u"undoAction"_s);
    auto* redo = window.findChild<QAction*>(u"redoAction"_s);
    QVERIFY(undo && redo);
    QVERIFY(!undo->isEnabled());

    MutualSession& session = *window.session();
    const domain::Member before = memberOf(session, u"C002"_s);
    domain::Member after = before;
    after.address = u"1 Civic Square"_s;
    QVERIFY(storage::MemberRepository(session.file()).update(after).isOk());
    session.recordUndoable(app::memberChange(session, u"Edit member C002"_s, before, after));
    QVERIFY(undo->isEnabled());
    QCOMPARE(undo->text(), u"&Undo Edit member C002"_s);

    QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(memberOf(session, u"C002"_s).address, before.address);
    QCOMPARE(redo->text(), u"&Redo Edit member C002"_s);
    QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(memberOf(session, u"C002"_s).address, after.address);
    QCOMPARE(latestEntry(session).actor, u"Test Secretary"_s);

    // Each file has its own changes: another file opened has nothing to undo.
    QVERIFY(sample::createFileWithCouncils(m_dir.filePath(u"other.mutual"_s)));
    QVERIFY(window.openFile(m_dir.filePath(u"other.mutual"_s)));
    QVERIFY(!undo->isEnabled());
    window.closeMutual();
    QVERIFY(!undo->isEnabled() && !redo->isEnabled());
}

void TestUndo::reverseEntryOpensTheLedger()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto file = sample::createFileWithCouncils(m_dir.filePath(u"reverse.mutual"_s));
    QVERIFY(file);
    const QString path = file->path();
    file.reset();
    QVERIFY(window.openFile(path));
    auto* reverse = window.findChild<QAction*>(u"reverseEntryAction"_s);
    QVERIFY(reverse && reverse->isEnabled());
    reverse->trigger();
    QCOMPARE(window.currentPage(), MainWindow::ShareCapitalPageIndex);
    QCOMPARE(window.statusBar()->currentMessage(),
             u"Choose the entry to reverse in the share ledger, then Edit > Reverse Entry… again."_s);
}

void TestUndo::memberEditedOnItsPageIsUndone()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto file = sample::createFileWithCouncils(m_dir.filePath(u"page.mutual"_s));
    QVERIFY(file);
    const QString path = file->path();
    file.reset();
    QVERIFY(window.openFile(path));
    window.showPage(MainWindow::MembersPageIndex);
    QTableView* table = window.membersPage()->tableView();
    int row = -1;
    for (int each = 0; each < window.membersPage()->model()->rowCount(); ++each) {
        if (window.membersPage()->model()->rowAt(each)->member.number == u"C002")
            row = each;
    }
    QVERIFY(row >= 0);
    table->selectRow(row);
    window.membersPage()->editSelectedMember();
    auto* dialog = window.membersPage()->findChild<app::MemberDialog*>();
    QVERIFY(dialog != nullptr);
    auto* phone = dialog->findChild<QLineEdit*>(u"phoneEdit"_s);
    QVERIFY(phone != nullptr);
    phone->setText(u"0161 496 0000"_s);
    dialog->accept();
    QCOMPARE(memberOf(*window.session(), u"C002"_s).phone, u"0161 496 0000"_s);
    auto* undo = window.findChild<QAction*>(u"undoAction"_s);
    QCOMPARE(undo->text(), u"&Undo Edit member C002"_s);
    undo->trigger();
    QCOMPARE(memberOf(*window.session(), u"C002"_s).phone, QString());
}

QTEST_MAIN(TestUndo)
#include "TestUndo.moc"
