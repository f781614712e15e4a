#include "app/meetings/MeetingsPage.h"

#include "app/elections/ElectionResultView.h"
#include "app/elections/ElectionsPanel.h"
#include "app/meetings/AttendanceModel.h"
#include "app/meetings/MeetingDialog.h"
#include "app/meetings/MeetingListDelegate.h"
#include "app/meetings/MeetingListModel.h"
#include "app/meetings/OpenVotingDialog.h"
#include "app/meetings/ProxyDialog.h"
#include "app/meetings/ProxyListModel.h"
#include "app/motions/BallotDialog.h"
#include "app/motions/BallotListModel.h"
#include "app/motions/MotionDialog.h"
#include "app/motions/MotionListModel.h"
#include "app/motions/MotionResultView.h"
#include "app/shares/ShareEntryDialog.h"
#include "app/shell/MutualSession.h"
#include "app/widgets/ChosenFile.h"
#include "app/widgets/ColumnWidths.h"
#include "app/widgets/ConfirmationBox.h"
#include "app/widgets/PageWidgets.h"
#include "storage/BallotCsv.h"
#include "storage/ElectionRepository.h"
#include "storage/MeetingRepository.h"
#include "storage/MemberRepository.h"
#include "storage/MotionRepository.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPdfWriter>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTextDocument>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace mutualise::app {

namespace {

QString ballotsText(qint64 ballots)
{
    return ballots == 1 ? MeetingsPage::tr("1 ballot")
                        : MeetingsPage::tr("%1 ballots").arg(QLocale().toString(ballots));
}

} // namespace

MeetingsPage::MeetingsPage(QWidget* parent)
    : QWidget(parent)
    , m_meetingsModel(new MeetingListModel(this))
    , m_attendanceModel(new AttendanceModel(this))
    , m_attendanceFilter(new QSortFilterProxyModel(this))
    , m_proxiesModel(new ProxyListModel(this))
    , m_motionsModel(new MotionListModel(this))
    , m_ballotsModel(new BallotListModel(this))
{
    createActions();
    // Named for the tests, which find them as a person finds them by their labels.
    for (const auto& [model, name] :
         { std::pair<QObject*, QString> { m_meetingsModel, u"meetingsModel"_s },
           std::pair<QObject*, QString> { m_attendanceModel, u"attendanceModel"_s },
           std::pair<QObject*, QString> { m_attendanceFilter, u"attendanceFilter"_s },
           std::pair<QObject*, QString> { m_proxiesModel, u"proxiesModel"_s },
           std::pair<QObject*, QString> { m_motionsModel, u"motionsModel"_s },
           std::pair<QObject*, QString> { m_ballotsModel, u"ballotsModel"_s } }) {
        model->setObjectName(name);
    }
    m_attendanceFilter->setSourceModel(m_attendanceModel);
    m_attendanceFilter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_attendanceFilter->setFilterKeyColumn(-1);

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
    m_savePathChooser = [this](const QString& suggestedName) {
        return QFileDialog::getSaveFileName(this, tr("Save Result as PDF"),
                                            QDir(documentsFolder()).filePath(suggestedName),
                                            tr("PDF files (*.pdf)"));
    };
    m_openPathChooser = [this] {
        return QFileDialog::getOpenFileName(this, tr("Import Ballots"), documentsFolder(),
                                            tr("Ballots, one a line: member,choice,method[,proxy] (*.csv)"));
    };
    setSession(nullptr);
}

MeetingsPage::~MeetingsPage() = default;

void MeetingsPage::createActions()
{
    const auto action = [this](const QString& text, const QString& toolTip, void (MeetingsPage::*slot)()) {
        auto* created = new QAction(text, this);
        created->setToolTip(toolTip);
        if (slot) {
            connect(created, &QAction::triggered, this, slot);
        }
        addAction(created);
        return created;
    };
    m_newMeetingAction
        = action(tr("&New Meeting…"), tr("Add an AGM, a general or a board meeting (Ctrl+Shift+M)"),
                 &MeetingsPage::addMeeting);
    // Anywhere in the window while this page is shown, even with the focus on the sidebar; the actions
    // of a hidden page do not fire.
    m_newMeetingAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    m_newMeetingAction->setShortcutContext(Qt::WindowShortcut);
    m_editMeetingAction = action(tr("&Edit Meeting…"), tr("Change the selected meeting's details (Enter)"),
                                 &MeetingsPage::editMeeting);
    m_deleteMeetingAction
        = action(tr("Delete Meetin&g…"),
                 tr("Delete a meeting entered by mistake, with its attendance and proxies (Delete)"),
                 &MeetingsPage::deleteMeeting);
    m_markPresentAction = action(tr("Mark &present"), tr("Record the selected members as present"), nullptr);
    m_markApologiesAction
        = action(tr("Mark ap&ologies"), tr("Record that the selected members sent apologies"), nullptr);
    m_clearAttendanceAction
        = action(tr("&Clear"), tr("Remove what is recorded for the selected members (Delete)"), nullptr);
    connect(m_markPresentAction, &QAction::triggered, this,
            [this] { setAttendance(domain::Attendance::Present); });
    connect(m_markApologiesAction, &QAction::triggered, this,
            [this] { setAttendance(domain::Attendance::Apologies); });
    connect(m_clearAttendanceAction, &QAction::triggered, this, [this] { setAttendance(std::nullopt); });
    m_appointProxyAction = action(tr("Appoint &Proxy…"), tr("Record a member's proxy for this meeting"),
                                  &MeetingsPage::appointProxy);
    m_revokeProxyAction = action(tr("Revo&ke Proxy"), tr("Withdraw the selected proxy appointment"),
                                 &MeetingsPage::revokeProxy);
    m_newMotionAction
        = action(tr("New Mo&tion…"), tr("Draft a motion for this meeting"), &MeetingsPage::addMotion);
    m_editMotionAction = action(tr("Ed&it Motion…"), tr("Change the selected draft motion (Enter)"),
                                &MeetingsPage::editMotion);
    m_deleteMotionAction = action(tr("&Delete Motion…"), tr("Delete the selected draft motion (Delete)"),
                                  &MeetingsPage::deleteMotion);
    m_openVotingAction = action(tr("&Open Voting…"), tr("Freeze the roll of voters and start taking ballots"),
                                &MeetingsPage::openVoting);
    m_recordBallotAction = action(tr("Record &Ballot…"), tr("Enter ballots one after another (Ctrl+Shift+B)"),
                                  &MeetingsPage::recordBallots);
    m_recordBallotAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    m_recordBallotAction->setShortcutContext(Qt::WindowShortcut);
    m_importBallotsAction
        = action(tr("Im&port Ballots…"),
                 tr("File the ballots of a CSV file, one a line: member,choice,method[,proxy]; all of them, "
                    "or none if one is refused"),
                 &MeetingsPage::chooseAndImportBallots);
    m_closeVotingAction = action(tr("Clo&se Voting…"), tr("Count the votes and declare the result"),
                                 &MeetingsPage::closeVoting);
    for (const auto& [named, name] : { std::pair { m_newMeetingAction, u"newMeetingAction"_s },
                                       std::pair { m_editMeetingAction, u"editMeetingAction"_s },
                                       std::pair { m_deleteMeetingAction, u"deleteMeetingAction"_s },
                                       std::pair { m_markPresentAction, u"markPresentAction"_s },
                                       std::pair { m_markApologiesAction, u"markApologiesAction"_s },
                                       std::pair { m_clearAttendanceAction, u"clearAttendanceAction"_s },
                                       std::pair { m_appointProxyAction, u"appointProxyAction"_s },
                                       std::pair { m_revokeProxyAction, u"revokeProxyAction"_s },
                                       std::pair { m_newMotionAction, u"newMotionAction"_s },
                                       std::pair { m_editMotionAction, u"editMotionAction"_s },
                                       std::pair { m_deleteMotionAction, u"deleteMotionAction"_s },
                                       std::pair { m_openVotingAction, u"openMotionVotingAction"_s },
                                       std::pair { m_recordBallotAction, u"recordBallotAction"_s },
                                       std::pair { m_importBallotsAction, u"importBallotsAction"_s },
                                       std::pair { m_closeVotingAction, u"closeMotionVotingAction"_s } }) {
        named->setObjectName(name);
    }
}

QWidget* MeetingsPage::createMeetingsList()
{
    m_listStack = new QStackedWidget(this);
    m_listStack->setMinimumWidth(160);
    m_meetingsView = new QListView(m_listStack);
    m_meetingsView->setObjectName(u"meetingsView"_s);
    m_meetingsView->setModel(m_meetingsModel);
    m_meetingsView->setItemDelegate(new MeetingListDelegate(m_meetingsView));
    m_meetingsView->setUniformItemSizes(true);
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

    m_tabs = new QTabWidget(detail);
    m_tabs->setObjectName(u"meetingTabs"_s);
    m_tabs->addTab(createAttendanceTab(), tr("&Attendance"));
    m_tabs->addTab(createProxiesTab(), tr("Pro&xies"));
    m_tabs->addTab(createMotionsTab(), tr("&Motions"));
    m_electionsPanel = new ElectionsPanel(m_tabs);
    m_electionsPanel->setObjectName(u"electionsPanel"_s);
    m_tabs->addTab(m_electionsPanel, tr("E&lections"));
    // The Result tab shows the result of the motion or the election chosen last.
    m_resultStack = new QStackedWidget(m_tabs);
    m_resultView = new MotionResultView(m_resultStack);
    m_electionResultView = new ElectionResultView(m_resultStack);
    m_resultView->setObjectName(u"motionResultView"_s);
    m_electionResultView->setObjectName(u"electionResultView"_s);
    m_resultStack->addWidget(m_resultView);
    m_resultStack->addWidget(m_electionResultView);
    m_tabs->addTab(m_resultStack, tr("&Result"));
    connect(m_resultView, &MotionResultView::printRequested, this, &MeetingsPage::printResult);
    connect(m_resultView, &MotionResultView::savePdfRequested, this, &MeetingsPage::saveResultAsPdf);
    connect(m_electionResultView, &ElectionResultView::printRequested, this, &MeetingsPage::printResult);
    connect(m_electionResultView, &ElectionResultView::savePdfRequested, this,
            &MeetingsPage::saveResultAsPdf);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (index == MotionsTab || index == ElectionsTab) {
            showResultOf(index == ElectionsTab);
        }
        if (index == ResultTab && m_isElectionResultStale) {
            updateElectionResult();
        }
        updateActions();
    });
    connect(m_electionsPanel, &ElectionsPanel::currentElectionChanged, this, [this] {
        updateElectionResult();
        updateActions();
    });
    connect(m_electionsPanel, &ElectionsPanel::resultRequested, this, [this] {
        showResultOf(true);
        m_tabs->setCurrentIndex(ResultTab);
    });
    // The panel's shortcuts work wherever the page is, as the page's own do.
    addActions(m_electionsPanel->actions());

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

QWidget* MeetingsPage::createAttendanceTab()
{
    auto* tab = new QWidget(this);
    m_findField = new QLineEdit(tab);
    m_findField->setObjectName(u"attendanceFindField"_s);
    m_findField->setPlaceholderText(tr("Member number or name; Enter marks a single match present"));
    m_findField->setClearButtonEnabled(true);
    auto* findLabel = new QLabel(tr("Fin&d:"), tab);
    findLabel->setBuddy(m_findField);
    auto* findRow = new QHBoxLayout;
    findRow->addWidget(findLabel);
    findRow->addWidget(m_findField, 1);

    m_attendanceView = createTable(tab, u"attendanceView"_s);
    m_attendanceView->setModel(m_attendanceFilter);
    // Several members at once: Shift and Ctrl pick a range or more, and one action marks them all.
    m_attendanceView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_attendanceView->horizontalHeader()->setSectionResizeMode(AttendanceModel::NameColumn,
                                                               QHeaderView::Stretch);
    auto* clearOnDelete = new QAction(m_attendanceView);
    clearOnDelete->setShortcut(QKeySequence::Delete);
    clearOnDelete->setShortcutContext(Qt::WidgetShortcut);
    connect(clearOnDelete, &QAction::triggered, m_clearAttendanceAction, &QAction::trigger);
    m_attendanceView->addAction(clearOnDelete);

    m_attendanceCountLabel = new QLabel(tab);
    m_attendanceCountLabel->setObjectName(u"attendanceCountLabel"_s);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_attendanceCountLabel, 1);
    actions->addWidget(buttonFor(m_markPresentAction, tab));
    actions->addWidget(buttonFor(m_markApologiesAction, tab));
    actions->addWidget(buttonFor(m_clearAttendanceAction, tab));

    auto* layout = new QVBoxLayout(tab);
    layout->addLayout(findRow);
    layout->addWidget(m_attendanceView, 1);
    layout->addLayout(actions);

    connect(m_findField, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_attendanceFilter->setFilterFixedString(text.trimmed());
        updateAttendanceCount();
        updateActions();
    });
    connect(m_findField, &QLineEdit::returnPressed, this, &MeetingsPage::markFoundMemberPresent);
    connect(m_attendanceView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MeetingsPage::updateActions);
    return tab;
}

QWidget* MeetingsPage::createProxiesTab()
{
    auto* tab = new QWidget(this);
    m_proxiesView = createTable(tab, u"proxiesView"_s);
    m_proxiesView->setModel(m_proxiesModel);
    m_proxiesView->horizontalHeader()->setSectionResizeMode(ProxyListModel::MemberColumn,
                                                            QHeaderView::Stretch);
    m_proxiesView->horizontalHeader()->setSectionResizeMode(ProxyListModel::HolderColumn,
                                                            QHeaderView::Stretch);
    auto* note = new QLabel(tr("A member represented by proxy counts as attending. The proxy casts its vote "
                               "with the method “By proxy”."),
                            tab);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    auto* actions = new QHBoxLayout;
    actions->addWidget(note, 1);
    actions->addWidget(buttonFor(m_appointProxyAction, tab));
    actions->addWidget(buttonFor(m_revokeProxyAction, tab));
    auto* proxiesStack = new QStackedWidget(tab);
    proxiesStack->addWidget(m_proxiesView);
    proxiesStack->addWidget(placeholderLabel(tr("No proxies appointed for this meeting."), proxiesStack));
    auto* layout = new QVBoxLayout(tab);
    layout->addWidget(proxiesStack, 1);
    layout->addLayout(actions);
    connect(m_proxiesView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MeetingsPage::updateActions);
    connect(m_proxiesModel, &QAbstractItemModel::modelReset, this, [this, proxiesStack] {
        proxiesStack->setCurrentIndex(m_proxiesModel->rowCount() == 0 ? 1 : 0);
        updateActions();
    });
    return tab;
}

QWidget* MeetingsPage::createMotionsTab()
{
    auto* tab = new QWidget(this);
    auto* top = new QHBoxLayout;
    top->addWidget(buttonFor(m_newMotionAction, tab));
    top->addWidget(buttonFor(m_editMotionAction, tab));
    top->addWidget(buttonFor(m_deleteMotionAction, tab));
    top->addStretch();
    // Apart from the voting of one motion below, as Import Papers… is on the Elections tab.
    top->addWidget(buttonFor(m_importBallotsAction, tab));

    m_motionsView = createTable(tab, u"motionsView"_s);
    m_motionsView->setModel(m_motionsModel);
    m_motionsView->horizontalHeader()->setSectionResizeMode(MotionListModel::TitleColumn,
                                                            QHeaderView::Stretch);
    auto* activateOnEnter = new QAction(m_motionsView);
    activateOnEnter->setShortcuts({ QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter) });
    activateOnEnter->setShortcutContext(Qt::WidgetShortcut);
    connect(activateOnEnter, &QAction::triggered, this, &MeetingsPage::activateMotion);
    m_motionsView->addAction(activateOnEnter);
    connect(m_motionsView, &QTableView::doubleClicked, this, &MeetingsPage::activateMotion);
    auto* deleteOnDelete = new QAction(m_motionsView);
    deleteOnDelete->setShortcut(QKeySequence::Delete);
    deleteOnDelete->setShortcutContext(Qt::WidgetShortcut);
    connect(deleteOnDelete, &QAction::triggered, m_deleteMotionAction, &QAction::trigger);
    m_motionsView->addAction(deleteOnDelete);

    // The voting of the motion selected above: what state it is in and what can be done next.
    m_motionStateLabel = new QLabel(tab);
    m_motionStateLabel->setObjectName(u"motionStateLabel"_s);
    m_motionStateLabel->setWordWrap(true);
    auto* voting = new QHBoxLayout;
    voting->addWidget(m_motionStateLabel, 1);
    voting->addWidget(buttonFor(m_openVotingAction, tab));
    voting->addWidget(buttonFor(m_recordBallotAction, tab));
    voting->addWidget(buttonFor(m_closeVotingAction, tab));
    m_motionNoticeLabel = createNoticeLabel(u"motionNoticeLabel"_s, tab);

    m_ballotsTitle = new QLabel(tab);
    m_ballotsTitle->setObjectName(u"ballotsTitle"_s);
    m_ballotsTitle->setFont(headlineFont(font(), 1.0));
    m_ballotsView = createTable(tab, u"ballotsView"_s);
    m_ballotsView->setModel(m_ballotsModel);
    m_ballotsView->setSelectionMode(QAbstractItemView::NoSelection);
    m_ballotsView->horizontalHeader()->setSectionResizeMode(BallotListModel::MemberColumn,
                                                            QHeaderView::Stretch);
    auto* ballots = new QWidget(tab);
    auto* ballotsLayout = new QVBoxLayout(ballots);
    ballotsLayout->setContentsMargins(0, 6, 0, 0);
    ballotsLayout->addWidget(m_ballotsTitle);
    ballotsLayout->addWidget(m_ballotsView, 1);

    auto* motions = new QWidget(tab);
    auto* motionsLayout = new QVBoxLayout(motions);
    motionsLayout->setContentsMargins(0, 0, 0, 0);
    motionsLayout->addWidget(m_motionsView, 1);
    motionsLayout->addLayout(voting);
    motionsLayout->addWidget(m_motionNoticeLabel);
    auto* splitter = new QSplitter(Qt::Vertical, tab);
    splitter->addWidget(motions);
    splitter->addWidget(ballots);
    splitter->setChildrenCollapsible(false);
    // A meeting has a few motions and many ballots.
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({ 200, 300 });

    auto* layout = new QVBoxLayout(tab);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);

    connect(m_motionsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        m_motionNoticeLabel->hide();
        showMotion();
    });
    m_motionsView->viewport()->installEventFilter(this);
    return tab;
}

void MeetingsPage::fitColumns()
{
    QStringList attendances { AttendanceModel::tr("—") };
    for (const domain::Attendance attendance : domain::allAttendances()) {
        attendances << domain::attendanceLabel(attendance);
    }
    QStringList classes;
    if (m_session) {
        if (const auto all = storage::MemberRepository(m_session->file()).classes()) {
            for (const domain::MemberClass& memberClass : *all) {
                classes << memberClass.name;
            }
        }
    }
    fitColumnToTexts(m_attendanceView, AttendanceModel::NumberColumn, { u"C0000"_s });
    fitColumnToTexts(m_attendanceView, AttendanceModel::ClassColumn, classes);
    fitColumnToTexts(m_attendanceView, AttendanceModel::AttendanceColumn, attendances);

    QStringList directions { ProxyListModel::tr("As the proxy decides") };
    for (const domain::Choice choice : domain::allChoices()) {
        directions << domain::choiceLabel(choice);
    }
    fitColumnToTexts(m_proxiesView, ProxyListModel::DirectionColumn, directions);

    QStringList schemes;
    for (const domain::VotingScheme scheme : domain::allVotingSchemes()) {
        schemes << domain::votingSchemeLabel(scheme);
    }
    QStringList thresholds;
    for (const domain::Threshold threshold : domain::allThresholds()) {
        thresholds << domain::thresholdLabel(threshold);
    }
    QStringList states;
    for (const auto state :
         { domain::MotionState::Draft, domain::MotionState::Open, domain::MotionState::Closed }) {
        states << domain::motionStateLabel(state);
    }
    QStringList outcomes;
    for (const auto outcome :
         { domain::MotionOutcome::Carried, domain::MotionOutcome::Defeated, domain::MotionOutcome::Void }) {
        outcomes << domain::motionOutcomeLabel(outcome);
    }
    for (const auto& [column, texts] : { std::pair { MotionListModel::SchemeColumn, &schemes },
                                         std::pair { MotionListModel::ThresholdColumn, &thresholds },
                                         std::pair { MotionListModel::StateColumn, &states },
                                         std::pair { MotionListModel::OutcomeColumn, &outcomes } }) {
        m_motionsView->setColumnHidden(column, false);
        fitColumnToTexts(m_motionsView, column, *texts);
        m_motionColumnWidths[column] = m_motionsView->columnWidth(column);
    }
    fitMotionColumnsToWidth();

    QStringList methods { BallotListModel::tr("By proxy (%1)").arg(u"C0000"_s) };
    for (const domain::BallotMethod method : domain::allBallotMethods()) {
        methods << domain::ballotMethodLabel(method);
    }
    QStringList choices { BallotListModel::tr("Secret") };
    for (const domain::Choice choice : domain::allChoices()) {
        choices << domain::choiceLabel(choice);
    }
    fitColumnToTexts(m_ballotsView, BallotListModel::ChoiceColumn, choices);
    fitColumnToTexts(m_ballotsView, BallotListModel::MethodColumn, methods);
    fitColumnToTexts(
        m_ballotsView, BallotListModel::CastAtColumn,
        { QLocale().toString(QDateTime(QDate(2000, 12, 28), QTime(23, 59)), QLocale::ShortFormat) });
}

// A narrow window keeps the motion's title readable: the threshold goes first, then the voting scheme;
// the Result tab shows both.
void MeetingsPage::fitMotionColumnsToWidth()
{
    constexpr int titleWidth = 200;
    hideColumnsThatDoNotFit(
        m_motionsView, titleWidth, { MotionListModel::StateColumn, MotionListModel::OutcomeColumn },
        { MotionListModel::ThresholdColumn, MotionListModel::SchemeColumn }, m_motionColumnWidths);
}

bool MeetingsPage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_motionsView->viewport() && event->type() == QEvent::Resize) {
        fitMotionColumnsToWidth();
    }
    return QWidget::eventFilter(watched, event);
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
    m_findField->clear();
    m_meetingsModel->setFile(session ? &session->file() : nullptr);
    fitColumns();
    // A mutual just opened shows its newest meeting.
    if (m_meetingsModel->rowCount() > 0) {
        m_meetingsView->setCurrentIndex(m_meetingsModel->index(0));
    }
    m_electionsPanel->setSession(session);
    m_tabs->setCurrentIndex(AttendanceTab);
    showMeeting();
}

void MeetingsPage::setErrorPresenter(ErrorPresenter presenter)
{
    m_errorPresenter = presenter;
    m_electionsPanel->setErrorPresenter(std::move(presenter));
}

void MeetingsPage::setSavePathChooser(SavePathChooser chooser)
{
    m_savePathChooser = std::move(chooser);
}

void MeetingsPage::setOpenPathChooser(OpenPathChooser chooser)
{
    m_openPathChooser = std::move(chooser);
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
    const auto motion = selectedMotion();
    return motion ? std::optional(motion->id) : std::nullopt;
}

std::optional<domain::Motion> MeetingsPage::selectedMotion() const
{
    const QModelIndex current = m_motionsView->currentIndex();
    return current.isValid() ? m_motionsModel->motionAt(current.row()) : std::nullopt;
}

void MeetingsPage::selectMeeting(qint64 meetingId)
{
    if (const auto row = m_meetingsModel->rowOf(meetingId)) {
        m_meetingsView->setCurrentIndex(m_meetingsModel->index(*row));
    }
}

void MeetingsPage::selectMotion(qint64 motionId)
{
    if (const auto row = m_motionsModel->rowOf(motionId)) {
        m_motionsView->setCurrentIndex(m_motionsModel->index(*row, MotionListModel::TitleColumn));
    }
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

void MeetingsPage::showMeeting()
{
    const auto meeting = selectedMeeting();
    storage::MutualFile* file = m_session ? &m_session->file() : nullptr;
    const std::optional<qint64> meetingId = meeting ? std::optional(meeting->id) : std::nullopt;
    const auto motionId = selectedMotionId();
    m_attendanceModel->setSource(file, meetingId);
    m_proxiesModel->setSource(file, meetingId);
    m_motionsModel->setSource(file, meetingId);
    if (!meeting) {
        m_placeholderLabel->setText(m_session ? tr("No meetings yet. Use New Meeting… to add the next AGM, "
                                                   "general meeting or board meeting.")
                                              : tr("Open a mutual to see its meetings and votes."));
        m_detailStack->setCurrentWidget(m_placeholderLabel);
    } else {
        m_detailStack->setCurrentIndex(1);
    }
    // The motion chosen stays chosen; otherwise the meeting's first.
    if (motionId && !selectedMotionId()) {
        selectMotion(*motionId);
    }
    if (!selectedMotionId() && m_motionsModel->rowCount() > 0) {
        m_motionsView->setCurrentIndex(m_motionsModel->index(0, MotionListModel::TitleColumn));
    }
    m_electionsPanel->setMeeting(meeting);
    updateMeetingHeader();
    updateAttendanceCount();
    showMotion();
    updateElectionResult();
    // A meeting with elections and no motions shows an election's result.
    if (m_motionsModel->rowCount() == 0 && m_electionsPanel->electionsModel()->rowCount() > 0) {
        showResultOf(true);
    } else if (m_electionsPanel->electionsModel()->rowCount() == 0) {
        showResultOf(false);
    }
}

void MeetingsPage::updateMeetingHeader()
{
    const auto meeting = selectedMeeting();
    if (!meeting || !m_session) {
        return;
    }
    const QLocale locale;
    m_meetingTitleLabel->setText(meeting->displayTitle());
    QStringList details { domain::meetingKindLabel(meeting->kind),
                          locale.toString(meeting->heldOn, QLocale::LongFormat) };
    if (!meeting->place.isEmpty()) {
        details << meeting->place;
    }
    if (meeting->proxyLimit == 0) {
        details << tr("no limit on proxies");
    } else {
        details << (meeting->proxyLimit == 1 ? tr("at most 1 proxy a person")
                                             : tr("at most %1 proxies a person").arg(meeting->proxyLimit));
    }
    m_meetingDetailLabel->setText(details.join(u" · "_s));

    const auto summary = storage::MeetingRepository(m_session->file()).attendanceSummary(meeting->id);
    if (!summary) {
        m_quorumLabel->setText(summary.error().message);
        return;
    }
    //: Who is at the meeting, for its quorum: "12 present, 3 by proxy of 40 eligible"
    QString text = tr("%1 present, %2 by proxy of %3 eligible")
                       .arg(locale.toString(summary->present), locale.toString(summary->byProxy),
                            locale.toString(summary->eligibleMembers));
    if (summary->apologies > 0) {
        text = tr("%1 · %2 sent apologies").arg(text, locale.toString(summary->apologies));
    }
    m_quorumLabel->setText(text);
}

void MeetingsPage::updateAttendanceCount()
{
    const QLocale locale;
    const int shown = m_attendanceFilter->rowCount();
    const int all = m_attendanceModel->rowCount();
    if (!m_attendanceModel->lastError().isEmpty()) {
        m_attendanceCountLabel->setText(m_attendanceModel->lastError());
    } else if (shown == all) {
        m_attendanceCountLabel->setText(tr("%1 members may attend").arg(locale.toString(all)));
    } else {
        m_attendanceCountLabel->setText(
            tr("%1 of %2 shown").arg(locale.toString(shown), locale.toString(all)));
    }
}

void MeetingsPage::showMotion()
{
    const auto motion = selectedMotion();
    storage::MutualFile* file = m_session ? &m_session->file() : nullptr;
    const bool hasBallots = motion && motion->state != domain::MotionState::Draft;
    m_ballotsModel->setSource(file, hasBallots ? std::optional(motion->id) : std::nullopt);
    if (!motion) {
        m_motionStateLabel->setText(m_motionsModel->rowCount() == 0 ? tr("No motions yet.") : QString());
        m_ballotsTitle->setText(tr("Ballots"));
    } else {
        switch (motion->state) {
        case domain::MotionState::Draft:
            m_motionStateLabel->setText(tr("Draft: its text and rules can still change."));
            break;
        case domain::MotionState::Open:
            m_motionStateLabel->setText(
                tr("Voting open; the roll stands as at the end of %1.")
                    .arg(QLocale().toString(motion->recordDate, QLocale::ShortFormat)));
            break;
        case domain::MotionState::Closed:
            m_motionStateLabel->setText(
                tr("%1: declared on %2.")
                    .arg(motion->outcome ? domain::motionOutcomeLabel(*motion->outcome) : QString(),
                         QLocale().toString(motion->closedAt.toLocalTime().date(), QLocale::ShortFormat)));
            break;
        }
        m_ballotsTitle->setText(
            motion->isSecret
                ? tr("Who has voted (%1): a secret ballot keeps the choices apart")
                      .arg(QLocale().toString(m_ballotsModel->rowCount()))
                : tr("Ballots recorded (%1)").arg(QLocale().toString(m_ballotsModel->rowCount())));
    }
    updateResult();
    updateActions();
}

void MeetingsPage::updateResult()
{
    const auto meeting = selectedMeeting();
    const auto motion = selectedMotion();
    if (!m_session || !meeting) {
        m_resultView->showMessage(tr("Choose a meeting to see the results of its motions."));
        return;
    }
    if (!motion) {
        m_resultView->showMessage(tr("This meeting has no motions yet. Add one on the Motions tab."));
        return;
    }
    if (motion->state == domain::MotionState::Draft) {
        m_resultView->showMessage(tr("Voting on “%1” has not opened yet. Open voting on the Motions tab when "
                                     "the members are ready to vote.")
                                      .arg(motion->title));
        return;
    }
    const auto result = storage::MotionRepository(m_session->file()).result(motion->id);
    if (!result) {
        m_resultView->showMessage(result.error().message);
        return;
    }
    MotionResultSource source;
    source.mutualName = m_session->mutual().name;
    source.meeting = *meeting;
    source.motion = *motion;
    source.result = *result;
    const storage::MemberRepository members(m_session->file());
    for (const auto& [id, name] : { std::pair { motion->proposerId, &source.proposer },
                                    std::pair { motion->seconderId, &source.seconder } }) {
        if (id) {
            if (const auto member = members.member(*id)) {
                *name = tr("%1 · %2").arg(member->number, member->name);
            }
        }
    }
    m_resultView->showResult(source);
}

void MeetingsPage::updateElectionResult()
{
    // While voting is open the papers are counted anew for each look: only when the result is seen.
    m_isElectionResultStale = m_tabs->currentIndex() != ResultTab;
    if (m_isElectionResultStale) {
        return;
    }
    const auto meeting = selectedMeeting();
    const auto row = m_electionsPanel->selectedRow();
    if (!m_session || !meeting) {
        m_electionResultView->showMessage(tr("Choose a meeting to see the results of its elections."));
        return;
    }
    if (!row) {
        m_electionResultView->showMessage(
            tr("This meeting has no elections yet. Add one on the Elections tab."));
        return;
    }
    const domain::Election& election = row->election;
    if (election.state == domain::MotionState::Draft) {
        m_electionResultView->showMessage(
            tr("Voting in “%1” has not opened yet. Open voting on the Elections "
               "tab when the members are ready to vote.")
                .arg(election.title));
        return;
    }
    if (election.state == domain::MotionState::Open && row->papers == 0) {
        m_electionResultView->showMessage(tr("Voting in “%1” is open and no papers have been recorded yet. "
                                             "Record them or import them on the Elections tab.")
                                              .arg(election.title));
        return;
    }
    const storage::ElectionRepository elections(m_session->file());
    const auto result = elections.result(election.id);
    const auto candidates = elections.candidates(election.id);
    if (!result || !candidates) {
        m_electionResultView->showMessage(result ? candidates.error().message : result.error().message);
        return;
    }
    ElectionResultSource source;
    source.mutualName = m_session->mutual().name;
    source.meeting = *meeting;
    source.election = election;
    source.candidates = *candidates;
    source.result = *result;
    source.rollSize = row->rollSize;
    source.voters = row->voters;
    source.papers = row->papers;
    m_electionResultView->showResult(source);
}

void MeetingsPage::showResultOf(bool isElection)
{
    m_resultStack->setCurrentIndex(isElection ? 1 : 0);
    updateActions();
}

bool MeetingsPage::isShowingElectionResult() const
{
    return m_resultStack->currentIndex() == 1;
}

void MeetingsPage::updateActions()
{
    const bool isOpen = m_session != nullptr;
    const auto meeting = selectedMeeting();
    const auto motion = selectedMotion();
    const bool hasMeeting = isOpen && meeting.has_value();
    m_newMeetingAction->setEnabled(isOpen);
    m_editMeetingAction->setEnabled(hasMeeting);
    // Enabled for any meeting: one with motions or elections is refused, and the refusal says why.
    m_deleteMeetingAction->setEnabled(hasMeeting);
    const bool hasAttendanceSelection = hasMeeting && !selectedAttendanceMemberIds().isEmpty();
    for (QAction* action : { m_markPresentAction, m_markApologiesAction, m_clearAttendanceAction }) {
        action->setEnabled(hasAttendanceSelection);
    }
    m_appointProxyAction->setEnabled(hasMeeting);
    m_revokeProxyAction->setEnabled(hasMeeting && m_proxiesView->selectionModel()->hasSelection());
    m_newMotionAction->setEnabled(hasMeeting);
    const auto state = hasMeeting && motion ? std::optional(motion->state) : std::nullopt;
    m_editMotionAction->setEnabled(state == domain::MotionState::Draft);
    m_deleteMotionAction->setEnabled(state == domain::MotionState::Draft);
    m_openVotingAction->setEnabled(state == domain::MotionState::Draft);
    m_recordBallotAction->setEnabled(state == domain::MotionState::Open);
    m_importBallotsAction->setEnabled(state == domain::MotionState::Open);
    m_closeVotingAction->setEnabled(state == domain::MotionState::Open);
    const bool hasResult = m_resultView->isShowingResult();
    m_resultView->printButton()->setEnabled(hasResult);
    m_resultView->savePdfButton()->setEnabled(hasResult);
    const bool hasElectionResult = m_electionResultView->isShowingResult();
    m_electionResultView->printButton()->setEnabled(hasElectionResult);
    m_electionResultView->savePdfButton()->setEnabled(hasElectionResult);
}

QList<qint64> MeetingsPage::selectedAttendanceMemberIds() const
{
    QList<qint64> ids;
    for (const QModelIndex& index : m_attendanceView->selectionModel()->selectedRows()) {
        ids.append(index.data(AttendanceModel::MemberIdRole).toLongLong());
    }
    return ids;
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
            .arg(locale.toString(recorded), locale.toString(m_proxiesModel->rowCount())),
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

void MeetingsPage::setAttendance(std::optional<domain::Attendance> attendance)
{
    const auto meetingId = selectedMeetingId();
    const QList<qint64> memberIds = selectedAttendanceMemberIds();
    if (!m_session || !meetingId || memberIds.isEmpty()) {
        return;
    }
    // All the members chosen, or none of them if storage refuses one.
    const auto recorded
        = storage::MeetingRepository(m_session->file()).setAttendance(*meetingId, memberIds, attendance);
    if (!recorded) {
        showError(tr("Attendance Not Recorded"), recorded.error().message);
        return;
    }
    m_session->notifyChanged();
}

// At the door: the number typed in Find leaves one member, and Enter marks that member present and
// selects the number, ready for the next one.
void MeetingsPage::markFoundMemberPresent()
{
    if (m_attendanceFilter->rowCount() != 1) {
        if (m_attendanceFilter->rowCount() > 1) {
            m_attendanceView->setFocus();
        }
        return;
    }
    m_attendanceView->selectRow(0);
    setAttendance(domain::Attendance::Present);
    m_findField->selectAll();
}

void MeetingsPage::appointProxy()
{
    const auto meetingId = selectedMeetingId();
    if (!m_session || !meetingId) {
        return;
    }
    auto* dialog = new ProxyDialog(*m_session, *meetingId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MeetingsPage::revokeProxy()
{
    const auto meetingId = selectedMeetingId();
    const QModelIndexList selected = m_proxiesView->selectionModel()->selectedRows();
    if (!m_session || !meetingId || selected.isEmpty()) {
        return;
    }
    const auto row = m_proxiesModel->rowAt(selected.constFirst().row());
    if (!row) {
        return;
    }
    const auto revoked
        = storage::MeetingRepository(m_session->file()).revokeProxy(*meetingId, row->appointment.memberId);
    if (!revoked) {
        showError(tr("Proxy Not Revoked"), revoked.error().message);
        return;
    }
    m_session->notifyChanged();
}

void MeetingsPage::addMotion()
{
    const auto meetingId = selectedMeetingId();
    if (!m_session || !meetingId) {
        return;
    }
    auto* dialog = new MotionDialog(*m_session, *meetingId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_tabs->setCurrentIndex(MotionsTab);
        selectMotion(dialog->savedMotion().id);
    });
    dialog->open();
}

void MeetingsPage::editMotion()
{
    const auto motion = selectedMotion();
    if (!m_session || !motion || motion->state != domain::MotionState::Draft) {
        return;
    }
    auto* dialog = new MotionDialog(*m_session, motion->meetingId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setMotion(*motion);
    dialog->open();
}

void MeetingsPage::deleteMotion()
{
    const auto motion = selectedMotion();
    if (!m_session || !motion || motion->state != domain::MotionState::Draft) {
        return;
    }
    const Confirmation confirmation {
        u"deleteMotionBox"_s,
        tr("Delete Motion"),
        tr("Delete the draft motion “%1”?").arg(motion->title),
        tr("Voting on it has not opened, so no ballots are lost. This cannot be undone."),
        tr("&Delete Motion"),
        u"deleteButton"_s,
    };
    askToConfirm(this, confirmation, [this, motionId = motion->id] { removeMotion(motionId); });
}

void MeetingsPage::removeMotion(qint64 motionId)
{
    if (!m_session) {
        return;
    }
    std::optional<qint64> neighbourId;
    if (const auto row = m_motionsModel->rowOf(motionId)) {
        if (const auto next = m_motionsModel->motionAt(neighbourRow(*row, m_motionsModel->rowCount()))) {
            neighbourId = next->id;
        }
    }
    const auto removed = storage::MotionRepository(m_session->file()).remove(motionId);
    if (!removed) {
        showError(tr("Motion Not Deleted"), removed.error().message);
        return;
    }
    m_session->notifyChanged();
    if (neighbourId) {
        selectMotion(*neighbourId);
    }
}

// Enter on a motion: a draft is edited; one being voted on or decided shows its result.
void MeetingsPage::activateMotion()
{
    const auto motion = selectedMotion();
    if (!motion) {
        return;
    }
    if (motion->state == domain::MotionState::Draft) {
        editMotion();
    } else {
        m_tabs->setCurrentIndex(ResultTab);
    }
}

void MeetingsPage::openVoting()
{
    const auto meeting = selectedMeeting();
    const auto motion = selectedMotion();
    if (!m_session || !meeting || !motion || motion->state != domain::MotionState::Draft) {
        return;
    }
    auto* dialog = new OpenVotingDialog(*m_session, *motion, *meeting, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MeetingsPage::recordBallots()
{
    const auto motion = selectedMotion();
    if (!m_session || !motion || motion->state != domain::MotionState::Open) {
        return;
    }
    auto* dialog = new BallotDialog(*m_session, *motion, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

// The file is read and checked in full before anything is filed; storage then files all of its ballots
// or none, checking each against the frozen roll and the meeting's proxies.
void MeetingsPage::chooseAndImportBallots()
{
    const auto motion = selectedMotion();
    if (!m_session || !motion || motion->state != domain::MotionState::Open) {
        return;
    }
    const auto file = readChosenFile(m_openPathChooser, [this](const QString& message) {
        showError(tr("Ballots Not Imported"), message);
    });
    if (!file) {
        return;
    }
    const auto ballots = storage::BallotCsv::read(file->content);
    if (!ballots) {
        showError(tr("Ballots Not Imported"),
                  tr("%1 is not a file of ballots that can be read, so nothing was filed.\n\n%2")
                      .arg(file->name, ballots.error().message));
        return;
    }
    const Confirmation confirmation {
        u"importBallotsBox"_s,
        tr("Import Ballots"),
        //: "File 120 ballots from postal.csv in “Adopt the accounts”?"
        tr("File %1 from %2 in “%3”?").arg(ballotsText(ballots->size()), file->name, motion->title),
        tr("Each ballot is checked against the roll and the meeting's proxies: all of them are filed, or "
           "none if one is refused. Ballots once filed cannot be taken out."),
        tr("&File Ballots"),
        u"fileButton"_s,
    };
    askToConfirm(this, confirmation, [this, motionId = motion->id, ballots = *ballots, name = file->name] {
        importBallots(motionId, ballots, name);
    });
}

void MeetingsPage::importBallots(qint64 motionId, const QList<storage::BallotInput>& ballots,
                                 const QString& fileName)
{
    if (!m_session) {
        return;
    }
    const auto filed = storage::MotionRepository(m_session->file()).importBallots(motionId, ballots);
    if (!filed) {
        showError(tr("Ballots Not Imported"),
                  tr("Nothing from %1 was filed.\n\n%2").arg(fileName, filed.error().message));
        return;
    }
    m_session->notifyChanged();
    selectMotion(motionId);
    m_motionNoticeLabel->setText(tr("Filed %1 from %2.").arg(ballotsText(*filed), fileName));
    m_motionNoticeLabel->show();
}

void MeetingsPage::closeVoting()
{
    const auto motion = selectedMotion();
    if (!m_session || !motion || motion->state != domain::MotionState::Open) {
        return;
    }
    const auto roll = storage::MotionRepository(m_session->file()).roll(motion->id);
    const QString rollSize = roll ? QLocale().toString(roll->entries.size()) : QString();
    const Confirmation confirmation {
        u"closeVotingBox"_s,
        tr("Close Voting"),
        tr("Close voting on “%1” and declare the result?").arg(motion->title),
        tr("%1 of %2 members on the roll have voted. The votes are counted now and the result is declared "
           "and "
           "stored: it cannot change afterwards, and no more ballots can be recorded.")
            .arg(QLocale().toString(m_ballotsModel->rowCount()), rollSize),
        tr("&Declare Result"),
        u"declareButton"_s,
    };
    askToConfirm(this, confirmation, [this, motionId = motion->id] { declareResult(motionId); });
}

void MeetingsPage::declareResult(qint64 motionId)
{
    if (!m_session) {
        return;
    }
    const auto closed = storage::MotionRepository(m_session->file()).close(motionId);
    if (!closed) {
        showError(tr("Result Not Declared"), closed.error().message);
        return;
    }
    m_session->notifyChanged();
    selectMotion(motionId);
    m_tabs->setCurrentIndex(ResultTab);
}

std::optional<MeetingsPage::Summary> MeetingsPage::shownSummary() const
{
    if (isShowingElectionResult()) {
        const auto source = m_electionResultView->source();
        if (!source) {
            return std::nullopt;
        }
        return Summary { source->election.title,
                         voteFileName(source->meeting, source->election.title, u"pdf"_s),
                         ElectionSummary::html(*source) };
    }
    const auto source = m_resultView->source();
    if (!source) {
        return std::nullopt;
    }
    return Summary { source->motion.title, voteFileName(source->meeting, source->motion.title, u"pdf"_s),
                     ResultSummary::html(*source) };
}

void MeetingsPage::printResult()
{
    const auto summary = shownSummary();
    if (!summary) {
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(summary->title);
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print Result"));
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    QTextDocument document;
    ResultSummary::fill(document, summary->html);
    document.print(&printer);
}

void MeetingsPage::saveResultAsPdf()
{
    const auto summary = shownSummary();
    if (!summary) {
        return;
    }
    QString path = m_savePathChooser(summary->fileName);
    if (path.isEmpty()) {
        return;
    }
    if (QFileInfo(path).suffix().isEmpty()) {
        path += u".pdf"_s;
    }
    saveResultSummary(path);
}

bool MeetingsPage::saveResultSummary(const QString& path)
{
    const auto summary = shownSummary();
    if (!summary) {
        return false;
    }
    // Written beside the chosen name and put in its place only when complete, so that a failure never
    // leaves half a summary, nor spoils a summary saved there before.
    QSaveFile file(path);
    bool isWritten = file.open(QIODevice::WriteOnly);
    if (isWritten) {
        QPdfWriter writer(&file);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(20, 20, 20, 20), QPageLayout::Millimeter);
        writer.setResolution(300);
        writer.setTitle(summary->title);
        writer.setCreator(tr("Mutualise"));
        QTextDocument document;
        ResultSummary::fill(document, summary->html);
        document.print(&writer);
    }
    isWritten = isWritten && file.commit();
    if (!isWritten) {
        showError(tr("Result Not Saved"),
                  tr("The summary could not be written to %1: %2. Choose another folder, or check that "
                     "there is space on the disk.")
                      .arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    return true;
}

} // namespace mutualise::app
