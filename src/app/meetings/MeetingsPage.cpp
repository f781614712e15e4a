#include "app/meetings/MeetingsPage.h"

#include "app/elections/ElectionsPanel.h"
#include "app/meetings/AttendancePanel.h"
#include "app/meetings/MeetingDialog.h"
#include "app/meetings/MeetingListDelegate.h"
#include "app/meetings/MeetingListModel.h"
#include "app/meetings/ProxiesPanel.h"
#include "app/motions/MotionsPanel.h"
#include "app/results/ResultPane.h"
#include "app/shell/MutualSession.h"
#include "app/shell/UndoableChange.h"
#include "app/widgets/ConfirmationBox.h"
#include "app/widgets/PageWidgets.h"
#include "storage/MeetingRepository.h"

#include <QAction>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListView>
#include <QMessageBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace mutualise::app {

MeetingsPage::MeetingsPage(QWidget* parent)
    : QWidget(parent)
    , m_meetingsModel(new MeetingListModel(this))
{
    m_meetingsModel->setObjectName(u"meetingsModel"_s);
    createActions();

    auto* title = new QLabel(tr("Meetings & votes"), this);
    title->setFont(headlineFont(font(), 1.5));
    auto* header = new QHBoxLayout;
    header->addWidget(title);
    header->addStretch();
    header->addWidget(buttonFor(m_newMeetingAction, this));
    header->addWidget(buttonFor(m_editMeetingAction, this));
    header->addWidget(buttonFor(m_deleteMeetingAction, this));

    // The list takes a quarter of the width and the meeting the rest, keeping that share as the window
    // is resized; in a small window the list keeps room for the start of each name.
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(createMeetingsList());
    splitter->addWidget(createMeetingDetail());
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({ 250, 750 });
    splitter->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->addLayout(header);
    layout->addWidget(splitter, 1);

    m_errorPresenter = [this](const QString& errorTitle, const QString& message) {
        QMessageBox::warning(this, errorTitle, message);
    };
    setSession(nullptr);
}

MeetingsPage::~MeetingsPage() = default;

void MeetingsPage::createActions()
{
    const auto action = [this](const QString& name, const QString& text, const QString& toolTip,
                               void (MeetingsPage::*slot)()) {
        auto* created = new QAction(text, this);
        created->setObjectName(name);
        created->setToolTip(toolTip);
        connect(created, &QAction::triggered, this, slot);
        addAction(created);
        return created;
    };
    m_newMeetingAction
        = action(u"newMeetingAction"_s, tr("&New Meeting…"),
                 tr("Add an AGM, a general or a board meeting (Ctrl+Shift+M)"), &MeetingsPage::addMeeting);
    // Anywhere in the window while this page is shown, even with the focus on the sidebar; the actions
    // of a hidden page do not fire.
    m_newMeetingAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    m_newMeetingAction->setShortcutContext(Qt::WindowShortcut);
    m_editMeetingAction
        = action(u"editMeetingAction"_s, tr("Edit Meeting…"),
                 tr("Change the selected meeting's details (Enter)"), &MeetingsPage::editMeeting);
    m_deleteMeetingAction
        = action(u"deleteMeetingAction"_s, tr("Delete Meetin&g…"),
                 tr("Delete a meeting entered by mistake, with its attendance and proxies (Delete)"),
                 &MeetingsPage::deleteMeeting);
}

QWidget* MeetingsPage::createMeetingsList()
{
    m_listStack = new QStackedWidget(this);
    m_listStack->setMinimumWidth(180);
    m_meetingsView = new QListView(m_listStack);
    m_meetingsView->setObjectName(u"meetingsView"_s);
    m_meetingsView->setModel(m_meetingsModel);
    m_meetingsView->setItemDelegate(new MeetingListDelegate(m_meetingsView));
    // A long name takes a second line, so rows differ in height, and they are laid out again when the
    // list's width changes.
    m_meetingsView->setResizeMode(QListView::Adjust);
    m_meetingsView->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_meetingsView->setAccessibleName(tr("Meetings, newest first"));
    m_listStack->addWidget(m_meetingsView);
    m_listStack->addWidget(placeholderLabel(tr("No meetings yet."), m_listStack));

    auto* editOnEnter = new QAction(m_meetingsView);
    editOnEnter->setShortcuts({ QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter) });
    editOnEnter->setShortcutContext(Qt::WidgetShortcut);
    connect(editOnEnter, &QAction::triggered, this, &MeetingsPage::editMeeting);
    m_meetingsView->addAction(editOnEnter);
    connect(m_meetingsView, &QListView::doubleClicked, this, &MeetingsPage::editMeeting);
    auto* deleteOnDelete = new QAction(m_meetingsView);
    deleteOnDelete->setShortcut(QKeySequence::Delete);
    deleteOnDelete->setShortcutContext(Qt::WidgetShortcut);
    connect(deleteOnDelete, &QAction::triggered, m_deleteMeetingAction, &QAction::trigger);
    m_meetingsView->addAction(deleteOnDelete);
    connect(m_meetingsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MeetingsPage::showMeeting);
    connect(m_meetingsModel, &QAbstractItemModel::modelReset, this,
            [this] { m_listStack->setCurrentIndex(m_meetingsModel->rowCount() == 0 ? 1 : 0); });
    return m_listStack;
}

QWidget* MeetingsPage::createMeetingDetail()
{
    m_detailStack = new QStackedWidget(this);
    m_placeholderLabel = placeholderLabel(QString(), m_detailStack);
    m_placeholderLabel->setObjectName(u"meetingPlaceholderLabel"_s);
    m_detailStack->addWidget(m_placeholderLabel);

    auto* detail = new QWidget(m_detailStack);
    m_meetingTitleLabel = new QLabel(detail);
    m_meetingTitleLabel->setObjectName(u"meetingTitleLabel"_s);
    m_meetingTitleLabel->setFont(headlineFont(font(), 1.25));
    m_meetingTitleLabel->setWordWrap(true);
    m_meetingDetailLabel = new QLabel(detail);
    m_meetingDetailLabel->setObjectName(u"meetingDetailLabel"_s);
    m_meetingDetailLabel->setWordWrap(true);
    m_meetingDetailLabel->setForegroundRole(QPalette::PlaceholderText);
    m_quorumLabel = new QLabel(detail);
    m_quorumLabel->setObjectName(u"quorumLabel"_s);
    m_quorumLabel->setWordWrap(true);
    m_quorumLabel->setStyleSheet(u"QLabel { background: palette(base); border: 1px solid palette(mid); "
                                 "border-radius: 6px; padding: 6px 10px; }"_s);
    m_tabs = createTabs(detail);
    connectTabs();

    auto* layout = new QVBoxLayout(detail);
    layout->setContentsMargins(12, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_meetingTitleLabel);
    layout->addWidget(m_meetingDetailLabel);
    layout->addSpacing(4);
    layout->addWidget(m_quorumLabel);
    layout->addSpacing(4);
    layout->addWidget(m_tabs, 1);
    m_detailStack->addWidget(detail);
    return m_detailStack;
}

QTabWidget* MeetingsPage::createTabs(QWidget* parent)
{
    auto* tabs = new QTabWidget(parent);
    tabs->setObjectName(u"meetingTabs"_s);
    m_attendancePanel = new AttendancePanel(tabs);
    m_attendancePanel->setObjectName(u"attendancePanel"_s);
    tabs->addTab(m_attendancePanel, tr("&Attendance"));
    m_proxiesPanel = new ProxiesPanel(tabs);
    m_proxiesPanel->setObjectName(u"proxiesPanel"_s);
    tabs->addTab(m_proxiesPanel, tr("Pro&xies"));
    m_motionsPanel = new MotionsPanel(tabs);
    m_motionsPanel->setObjectName(u"motionsPanel"_s);
    tabs->addTab(m_motionsPanel, tr("&Motions"));
    m_electionsPanel = new ElectionsPanel(tabs);
    m_electionsPanel->setObjectName(u"electionsPanel"_s);
    tabs->addTab(m_electionsPanel, tr("E&lections"));
    // The Result tab shows the result of the motion or the election chosen last.
    m_resultPane = new ResultPane(tabs);
    m_resultPane->setObjectName(u"resultPane"_s);
    tabs->addTab(m_resultPane, tr("&Result"));
    // The panels' shortcuts work wherever the page is, as the page's own do.
    for (QWidget* panel : std::initializer_list<QWidget*> { m_attendancePanel, m_proxiesPanel, m_motionsPanel,
                                                            m_electionsPanel }) {
        addActions(panel->actions());
    }
    return tabs;
}

// What one tab does that another shows: the motion or election chosen is the one whose result is shown.
void MeetingsPage::connectTabs()
{
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (index == MotionsTab || index == ElectionsTab) {
            m_resultPane->showResultOf(index == ElectionsTab);
        }
        if (index == ResultTab && m_isElectionResultStale) {
            updateElectionResult();
        }
    });
    connect(m_motionsPanel, &MotionsPanel::currentMotionChanged, this, &MeetingsPage::updateMotionResult);
    connect(m_motionsPanel, &MotionsPanel::motionAdded, this,
            [this] { m_tabs->setCurrentIndex(MotionsTab); });
    connect(m_motionsPanel, &MotionsPanel::resultRequested, this,
            [this] { m_tabs->setCurrentIndex(ResultTab); });
    connect(m_electionsPanel, &ElectionsPanel::currentElectionChanged, this,
            &MeetingsPage::updateElectionResult);
    connect(m_electionsPanel, &ElectionsPanel::resultRequested, this, [this] {
        m_resultPane->showResultOf(true);
        m_tabs->setCurrentIndex(ResultTab);
    });
}

void MeetingsPage::setSession(MutualSession* session)
{
    if (m_session) {
        disconnect(m_session, nullptr, this, nullptr);
    }
    m_session = session;
    if (session) {
        connect(session, &MutualSession::dataChanged, this, &MeetingsPage::reload);
        connect(session, &QObject::destroyed, this, [this] { setSession(nullptr); });
    }
    m_attendancePanel->setSession(session);
    m_proxiesPanel->setSession(session);
    m_motionsPanel->setSession(session);
    m_electionsPanel->setSession(session);
    m_resultPane->setSession(session);
    m_meetingsModel->setFile(session ? &session->file() : nullptr);
    // A mutual just opened shows its newest meeting.
    if (m_meetingsModel->rowCount() > 0) {
        m_meetingsView->setCurrentIndex(m_meetingsModel->index(0));
    }
    m_tabs->setCurrentIndex(AttendanceTab);
    showMeeting();
}

void MeetingsPage::setErrorPresenter(ErrorPresenter presenter)
{
    m_errorPresenter = presenter;
    m_attendancePanel->setErrorPresenter(presenter);
    m_proxiesPanel->setErrorPresenter(presenter);
    m_motionsPanel->setErrorPresenter(presenter);
    m_resultPane->setErrorPresenter(presenter);
    m_electionsPanel->setErrorPresenter(std::move(presenter));
}

void MeetingsPage::setSavePathChooser(SavePathChooser chooser)
{
    m_resultPane->setSavePathChooser(std::move(chooser));
}

void MeetingsPage::setOpenPathChooser(OpenPathChooser chooser)
{
    m_motionsPanel->setOpenPathChooser(std::move(chooser));
}

void MeetingsPage::showError(const QString& title, const QString& message)
{
    m_errorPresenter(title, message);
}

QWidget* MeetingsPage::mainWidget() const
{
    return m_meetingsView;
}

std::optional<qint64> MeetingsPage::selectedMeetingId() const
{
    const auto meeting = selectedMeeting();
    return meeting ? std::optional(meeting->id) : std::nullopt;
}

std::optional<domain::Meeting> MeetingsPage::selectedMeeting() const
{
    const QModelIndex current = m_meetingsView->currentIndex();
    return current.isValid() ? m_meetingsModel->meetingAt(current.row()) : std::nullopt;
}

std::optional<qint64> MeetingsPage::selectedMotionId() const
{
    return m_motionsPanel->selectedMotionId();
}

void MeetingsPage::selectMeeting(qint64 meetingId)
{
    if (const auto row = m_meetingsModel->rowOf(meetingId)) {
        m_meetingsView->setCurrentIndex(m_meetingsModel->index(*row));
    }
}

void MeetingsPage::selectMotion(qint64 motionId)
{
    m_motionsPanel->selectMotion(motionId);
}

// After any change, here or by another program: every list reads storage again, keeping what was
// selected.
void MeetingsPage::reload()
{
    const auto meetingId = selectedMeetingId();
    m_meetingsModel->reload();
    if (meetingId && !selectedMeetingId()) {
        selectMeeting(*meetingId);
    }
    if (!selectedMeetingId() && m_meetingsModel->rowCount() > 0) {
        m_meetingsView->setCurrentIndex(m_meetingsModel->index(0));
    }
    // The same meeting: its details may have changed all the same. No meeting: the last one was deleted,
    // and no change of selection says so.
    if (selectedMeetingId() == meetingId || !selectedMeetingId()) {
        showMeeting();
    }
}

// Every tab shows the meeting chosen, and the Result tab the vote its tabs have chosen.
void MeetingsPage::showMeeting()
{
    const auto meeting = selectedMeeting();
    m_attendancePanel->setMeeting(meeting);
    m_proxiesPanel->setMeeting(meeting);
    m_motionsPanel->setMeeting(meeting);
    if (!meeting) {
        m_placeholderLabel->setText(m_session ? tr("No meetings yet. Use New Meeting… to add the next AGM, "
                                                   "general meeting or board meeting.")
                                              : tr("Open a mutual to see its meetings and votes."));
        m_detailStack->setCurrentWidget(m_placeholderLabel);
    } else {
        m_detailStack->setCurrentIndex(1);
    }
    m_electionsPanel->setMeeting(meeting);
    updateMeetingHeader();
    updateMotionResult();
    updateElectionResult();
    // A meeting with elections and no motions shows an election's result.
    const bool hasElections = m_electionsPanel->electionsModel()->rowCount() > 0;
    if (!m_motionsPanel->hasMotions() && hasElections) {
        m_resultPane->showResultOf(true);
    } else if (!hasElections) {
        m_resultPane->showResultOf(false);
    }
    updateActions();
}

void MeetingsPage::updateMeetingHeader()
{
    const auto meeting = selectedMeeting();
    if (!meeting || !m_session) {
        return;
    }
    m_meetingTitleLabel->setText(meeting->displayTitle());
    QStringList details { domain::meetingKindLabel(meeting->kind),
                          QLocale().toString(meeting->heldOn, QLocale::LongFormat) };
    if (!meeting->place.isEmpty()) {
        details << meeting->place;
    }
    if (meeting->proxyLimit == 0) {
        details << tr("no limit on proxies");
    } else {
        details << tr("at most %Ln proxy(ies) a person", nullptr, meeting->proxyLimit);
    }
    m_meetingDetailLabel->setText(details.join(u" · "_s));
    updateQuorum(*meeting);
}

void MeetingsPage::updateQuorum(const domain::Meeting& meeting)
{
    const auto summary = storage::MeetingRepository(m_session->file()).attendanceSummary(meeting.id);
    if (!summary) {
        m_quorumLabel->setText(summary.error().message);
        return;
    }
    const QLocale locale;
    //: Who is at the meeting, for its quorum: "12 present, 3 by proxy of 40 eligible"
    QString text = tr("%1 present, %2 by proxy of %3 eligible")
                       .arg(locale.toString(summary->present), locale.toString(summary->byProxy),
                            locale.toString(summary->eligibleMembers));
    if (summary->apologies > 0) {
        text = tr("%1 · %2 sent apologies").arg(text, locale.toString(summary->apologies));
    }
    m_quorumLabel->setText(text);
}

void MeetingsPage::updateMotionResult()
{
    m_resultPane->showMotionResult(selectedMeeting(), m_motionsPanel->selectedMotion());
}

void MeetingsPage::updateElectionResult()
{
    // While voting is open the papers are counted anew for each look: only when the result is seen.
    m_isElectionResultStale = m_tabs->currentIndex() != ResultTab;
    if (!m_isElectionResultStale) {
        m_resultPane->showElectionResult(selectedMeeting(), m_electionsPanel->selectedRow());
    }
}

bool MeetingsPage::isShowingElectionResult() const
{
    return m_resultPane->isShowingElectionResult();
}

void MeetingsPage::updateActions()
{
    const bool isOpen = m_session != nullptr;
    const bool hasMeeting = isOpen && selectedMeeting().has_value();
    m_newMeetingAction->setEnabled(isOpen);
    m_editMeetingAction->setEnabled(hasMeeting);
    // Enabled for any meeting: one with motions or elections is refused, and the refusal says why.
    m_deleteMeetingAction->setEnabled(hasMeeting);
}

void MeetingsPage::addMeeting()
{
    if (!m_session) {
        return;
    }
    auto* dialog = new MeetingDialog(*m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        selectMeeting(dialog->savedMeeting().id);
        m_tabs->setCurrentIndex(AttendanceTab);
    });
    dialog->open();
}

void MeetingsPage::editMeeting()
{
    const auto meeting = selectedMeeting();
    if (!m_session || !meeting) {
        return;
    }
    auto* dialog = new MeetingDialog(*m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setMeeting(*meeting);
    connect(dialog, &QDialog::accepted, this, [this, dialog, before = *meeting] {
        if (m_session != nullptr && dialog->savedMeeting() != before)
            m_session->recordUndoable(meetingChange(*m_session, before, dialog->savedMeeting()));
    });
    dialog->open();
}

void MeetingsPage::deleteMeeting()
{
    const auto meeting = selectedMeeting();
    if (!m_session || !meeting) {
        return;
    }
    const auto summary = storage::MeetingRepository(m_session->file()).attendanceSummary(meeting->id);
    const qint64 recorded = summary ? summary->attending() + summary->apologies : 0;
    const QLocale locale;
    const Confirmation confirmation {
        u"deleteMeetingBox"_s,
        tr("Delete Meeting"),
        //: "Delete the meeting “Annual general meeting 2025” on 15 July 2025?"
        tr("Delete the meeting “%1” on %2?")
            .arg(meeting->displayTitle(), locale.toString(meeting->heldOn, QLocale::LongFormat)),
        //: %1 members with attendance recorded, %2 proxy appointments
        tr("The attendance recorded for it (%1) and its proxy appointments (%2) are deleted with it. "
           "This cannot be undone.")
            .arg(locale.toString(recorded), locale.toString(m_proxiesPanel->proxyCount())),
        tr("&Delete Meeting"),
        u"deleteButton"_s,
    };
    askToConfirm(this, confirmation, [this, meetingId = meeting->id] { removeMeeting(meetingId); });
}

// Storage refuses a meeting with motions or elections ("meeting-in-use"); the refusal says so and
// nothing changes.
void MeetingsPage::removeMeeting(qint64 meetingId)
{
    if (!m_session) {
        return;
    }
    // The next meeting down the list (an older one) takes its place, or the one above for the oldest.
    std::optional<qint64> neighbourId;
    if (const auto row = m_meetingsModel->rowOf(meetingId)) {
        if (const auto next = m_meetingsModel->meetingAt(neighbourRow(*row, m_meetingsModel->rowCount()))) {
            neighbourId = next->id;
        }
    }
    const auto removed = storage::MeetingRepository(m_session->file()).remove(meetingId);
    if (!removed) {
        showError(tr("Meeting Not Deleted"), removed.error().message);
        return;
    }
    m_session->notifyChanged();
    if (neighbourId) {
        selectMeeting(*neighbourId);
    }
}

bool MeetingsPage::saveResultSummary(const QString& path)
{
    return m_resultPane->saveSummary(path);
}

} // namespace mutualise::app
