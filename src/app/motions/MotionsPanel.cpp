#include "app/motions/MotionsPanel.h"

#include "app/meetings/OpenVotingDialog.h"
#include "app/motions/BallotDialog.h"
#include "app/motions/BallotListModel.h"
#include "app/motions/MotionDialog.h"
#include "app/motions/MotionListModel.h"
#include "app/shell/MutualSession.h"
#include "app/widgets/ChosenFile.h"
#include "app/widgets/ColumnWidths.h"
#include "app/widgets/ConfirmationBox.h"
#include "app/widgets/PageWidgets.h"
#include "app/widgets/SortableTable.h"
#include "storage/BallotCsv.h"
#include "storage/MotionRepository.h"

#include <QAction>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace mutualise::app {

namespace {

QString ballotsText(qint64 ballots)
{
    return MotionsPanel::tr("%Ln ballot(s)", nullptr, static_cast<int>(ballots));
}

} // namespace

MotionsPanel::MotionsPanel(QWidget* parent)
    : QWidget(parent)
    , m_motionsModel(new MotionListModel(this))
    , m_ballotsModel(new BallotListModel(this))
{
    m_motionsModel->setObjectName(u"motionsModel"_s);
    m_ballotsModel->setObjectName(u"ballotsModel"_s);
    createActions();
    QLayout* top = createTopRow();
    createMotionsTable();
    QLayout* voting = createVotingRow();
    createBallotsTable();
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(createSplitter(voting), 1);

    m_errorPresenter = [this](const QString& title, const QString& message) {
        QMessageBox::warning(this, title, message);
    };
    m_openPathChooser = [this] {
        return QFileDialog::getOpenFileName(this, tr("Import Ballots"), documentsFolder(),
                                            tr("Ballots, one a line: member,choice,method[,proxy] (*.csv)"));
    };
    setSession(nullptr);
}

MotionsPanel::~MotionsPanel() = default;

void MotionsPanel::createActions()
{
    const auto action = [this](const QString& name, const QString& text, const QString& toolTip,
                               void (MotionsPanel::*slot)()) {
        auto* created = new QAction(text, this);
        created->setObjectName(name);
        created->setToolTip(toolTip);
        connect(created, &QAction::triggered, this, slot);
        addAction(created);
        return created;
    };
    m_newMotionAction = action(u"newMotionAction"_s, tr("New Mo&tion…"),
                               tr("Draft a motion for this meeting"), &MotionsPanel::addMotion);
    m_editMotionAction = action(u"editMotionAction"_s, tr("Ed&it Motion…"),
                                tr("Change the selected draft motion (Enter)"), &MotionsPanel::editMotion);
    m_deleteMotionAction
        = action(u"deleteMotionAction"_s, tr("&Delete Motion…"),
                 tr("Delete the selected draft motion (Delete)"), &MotionsPanel::deleteMotion);
    m_openVotingAction
        = action(u"openMotionVotingAction"_s, tr("&Open Voting…"),
                 tr("Freeze the roll of voters and start taking ballots"), &MotionsPanel::openVoting);
    m_recordBallotAction
        = action(u"recordBallotAction"_s, tr("Record &Ballot…"),
                 tr("Enter ballots one after another (Ctrl+Shift+B)"), &MotionsPanel::recordBallots);
    // Anywhere in the window while the page is shown, even with the focus on the sidebar.
    m_recordBallotAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    m_recordBallotAction->setShortcutContext(Qt::WindowShortcut);
    m_importBallotsAction
        = action(u"importBallotsAction"_s, tr("Im&port Ballots…"),
                 tr("File the ballots of a CSV file, one a line: member,choice,method[,proxy]; all of them, "
                    "or none if one is refused"),
                 &MotionsPanel::chooseAndImportBallots);
    m_closeVotingAction = action(u"closeMotionVotingAction"_s, tr("Clo&se Voting…"),
                                 tr("Count the votes and declare the result"), &MotionsPanel::closeVoting);
}

QLayout* MotionsPanel::createTopRow()
{
    auto* top = new QHBoxLayout;
    top->addWidget(buttonFor(m_newMotionAction, this));
    top->addWidget(buttonFor(m_editMotionAction, this));
    top->addWidget(buttonFor(m_deleteMotionAction, this));
    top->addStretch();
    // Apart from the voting of one motion below, as Import Papers… is on the Elections tab.
    top->addWidget(buttonFor(m_importBallotsAction, this));
    return top;
}

void MotionsPanel::createMotionsTable()
{
    m_motionsView = createTable(this, u"motionsView"_s);
    m_sortedMotions = makeSortable(m_motionsView, m_motionsModel);
    m_motionsView->horizontalHeader()->setSectionResizeMode(MotionListModel::TitleColumn,
                                                            QHeaderView::Stretch);
    // A meeting has a few motions: in a narrow window a long title takes a second line rather than
    // being cut short.
    m_motionsView->setWordWrap(true);
    m_motionsView->verticalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_motionsView->verticalHeader()->setMinimumSectionSize(
        m_motionsView->verticalHeader()->defaultSectionSize());
    // Rows as tall as their texts, whenever the texts or their order change.
    connect(m_sortedMotions, &QAbstractItemModel::modelReset, m_motionsView,
            &QTableView::resizeRowsToContents);
    connect(m_sortedMotions, &QAbstractItemModel::layoutChanged, m_motionsView,
            &QTableView::resizeRowsToContents);
    connect(m_sortedMotions, &QAbstractItemModel::dataChanged, m_motionsView,
            &QTableView::resizeRowsToContents);
    auto* activateOnEnter = new QAction(m_motionsView);
    activateOnEnter->setShortcuts({ QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter) });
    activateOnEnter->setShortcutContext(Qt::WidgetShortcut);
    connect(activateOnEnter, &QAction::triggered, this, &MotionsPanel::activateMotion);
    m_motionsView->addAction(activateOnEnter);
    connect(m_motionsView, &QTableView::doubleClicked, this, &MotionsPanel::activateMotion);
    auto* deleteOnDelete = new QAction(m_motionsView);
    deleteOnDelete->setShortcut(QKeySequence::Delete);
    deleteOnDelete->setShortcutContext(Qt::WidgetShortcut);
    connect(deleteOnDelete, &QAction::triggered, m_deleteMotionAction, &QAction::trigger);
    m_motionsView->addAction(deleteOnDelete);
    connect(m_motionsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        m_noticeLabel->hide();
        showMotion();
        Q_EMIT currentMotionChanged();
    });
    m_motionsView->viewport()->installEventFilter(this);
}

// The voting of the motion selected above: what state it is in and what can be done next.
QLayout* MotionsPanel::createVotingRow()
{
    m_stateLabel = new QLabel(this);
    m_stateLabel->setObjectName(u"voteStateLabel"_s);
    m_stateLabel->setWordWrap(true);
    auto* voting = new QHBoxLayout;
    voting->addWidget(m_stateLabel, 1);
    voting->addWidget(buttonFor(m_openVotingAction, this));
    voting->addWidget(buttonFor(m_recordBallotAction, this));
    voting->addWidget(buttonFor(m_closeVotingAction, this));
    m_noticeLabel = createNoticeLabel(u"motionNoticeLabel"_s, this);
    return voting;
}

void MotionsPanel::createBallotsTable()
{
    m_ballotsTitle = new QLabel(this);
    m_ballotsTitle->setObjectName(u"ballotsTitle"_s);
    m_ballotsTitle->setFont(headlineFont(font(), 1.0));
    m_ballotsView = createTable(this, u"ballotsView"_s);
    makeSortable(m_ballotsView, m_ballotsModel);
    m_ballotsView->setSelectionMode(QAbstractItemView::NoSelection);
    m_ballotsView->horizontalHeader()->setSectionResizeMode(BallotListModel::MemberColumn,
                                                            QHeaderView::Stretch);
    m_ballotsView->viewport()->installEventFilter(this);
}

// The motions with their voting above, the ballots of the one chosen below.
QWidget* MotionsPanel::createSplitter(QLayout* voting)
{
    auto* ballots = new QWidget(this);
    auto* ballotsLayout = new QVBoxLayout(ballots);
    ballotsLayout->setContentsMargins(0, 6, 0, 0);
    ballotsLayout->addWidget(m_ballotsTitle);
    ballotsLayout->addWidget(m_ballotsView, 1);

    auto* motions = new QWidget(this);
    auto* motionsLayout = new QVBoxLayout(motions);
    motionsLayout->setContentsMargins(0, 0, 0, 0);
    motionsLayout->addWidget(m_motionsView, 1);
    motionsLayout->addLayout(voting);
    motionsLayout->addWidget(m_noticeLabel);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(motions);
    splitter->addWidget(ballots);
    splitter->setChildrenCollapsible(false);
    // A meeting has a few motions and many ballots.
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({ 200, 300 });
    return splitter;
}

void MotionsPanel::fitColumns()
{
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
         { domain::VoteState::Draft, domain::VoteState::Open, domain::VoteState::Closed }) {
        states << domain::voteStateLabel(state);
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
        m_columnWidths[column] = m_motionsView->columnWidth(column);
    }
    fitColumnsToWidth();
    fitBallotColumns();
    fitBallotColumnsToWidth();
}

void MotionsPanel::fitBallotColumns()
{
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
    m_ballotsView->setColumnHidden(BallotListModel::CastAtColumn, false);
    fitColumnToTexts(
        m_ballotsView, BallotListModel::CastAtColumn,
        { QLocale().toString(QDateTime(QDate(2000, 12, 28), QTime(23, 59)), QLocale::ShortFormat) });
    for (const int column :
         { BallotListModel::ChoiceColumn, BallotListModel::MethodColumn, BallotListModel::CastAtColumn }) {
        m_ballotColumnWidths[column] = m_ballotsView->columnWidth(column);
    }
}

// A narrow window keeps the motion's title readable: the threshold goes first, then the voting scheme;
// the Result tab shows both.
void MotionsPanel::fitColumnsToWidth()
{
    constexpr int titleWidth = 200;
    hideColumnsThatDoNotFit(
        m_motionsView, titleWidth, { MotionListModel::StateColumn, MotionListModel::OutcomeColumn },
        { MotionListModel::ThresholdColumn, MotionListModel::SchemeColumn }, m_columnWidths);
}

// And the voter's name: when the ballot was recorded goes first.
void MotionsPanel::fitBallotColumnsToWidth()
{
    constexpr int memberWidth = 180;
    hideColumnsThatDoNotFit(m_ballotsView, memberWidth,
                            { BallotListModel::ChoiceColumn, BallotListModel::MethodColumn },
                            { BallotListModel::CastAtColumn }, m_ballotColumnWidths);
}

bool MotionsPanel::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_motionsView->viewport() && event->type() == QEvent::Resize) {
        fitColumnsToWidth();
        m_motionsView->resizeRowsToContents();
    }
    if (watched == m_ballotsView->viewport() && event->type() == QEvent::Resize) {
        fitBallotColumnsToWidth();
    }
    return QWidget::eventFilter(watched, event);
}

void MotionsPanel::setSession(MutualSession* session)
{
    m_session = session;
    m_meeting.reset();
    fitColumns();
    setMeeting(std::nullopt);
}

void MotionsPanel::setMeeting(const std::optional<domain::Meeting>& meeting)
{
    m_meeting = m_session ? meeting : std::nullopt;
    const auto motionId = selectedMotionId();
    m_motionsModel->setSource(m_session ? &m_session->file() : nullptr,
                              m_meeting ? std::optional(m_meeting->id) : std::nullopt);
    // The motion chosen stays chosen; otherwise the meeting's first.
    if (motionId && !selectedMotionId()) {
        selectMotion(*motionId);
    }
    if (!selectedMotionId() && m_motionsModel->rowCount() > 0) {
        m_motionsView->setCurrentIndex(m_sortedMotions->index(0, MotionListModel::TitleColumn));
    }
    showMotion();
}

void MotionsPanel::setErrorPresenter(ErrorPresenter presenter)
{
    m_errorPresenter = std::move(presenter);
}

void MotionsPanel::setOpenPathChooser(OpenPathChooser chooser)
{
    m_openPathChooser = std::move(chooser);
}

void MotionsPanel::showError(const QString& title, const QString& message)
{
    m_errorPresenter(title, message);
}

void MotionsPanel::showNotice(const QString& text)
{
    m_noticeLabel->setText(text);
    m_noticeLabel->show();
}

bool MotionsPanel::hasMotions() const
{
    return m_motionsModel->rowCount() > 0;
}

std::optional<domain::Motion> MotionsPanel::selectedMotion() const
{
    const QModelIndex current = m_sortedMotions->mapToSource(m_motionsView->currentIndex());
    return current.isValid() ? m_motionsModel->motionAt(current.row()) : std::nullopt;
}

std::optional<qint64> MotionsPanel::selectedMotionId() const
{
    const auto motion = selectedMotion();
    return motion ? std::optional(motion->id) : std::nullopt;
}

void MotionsPanel::selectMotion(qint64 motionId)
{
    if (const auto row = m_motionsModel->rowOf(motionId)) {
        m_motionsView->setCurrentIndex(
            m_sortedMotions->mapFromSource(m_motionsModel->index(*row, MotionListModel::TitleColumn)));
    }
}

void MotionsPanel::showMotion()
{
    const auto motion = selectedMotion();
    const bool hasBallots = motion && motion->state != domain::VoteState::Draft;
    m_ballotsModel->setSource(m_session ? &m_session->file() : nullptr,
                              hasBallots ? std::optional(motion->id) : std::nullopt);
    updateState(motion);
    if (!motion) {
        m_ballotsTitle->setText(tr("Ballots"));
    } else {
        const QString count = QLocale().toString(m_ballotsModel->rowCount());
        m_ballotsTitle->setText(
            motion->isSecret ? tr("Who has voted (%1): a secret ballot keeps the choices apart").arg(count)
                             : tr("Ballots recorded (%1)").arg(count));
    }
    updateActions();
}

void MotionsPanel::updateState(const std::optional<domain::Motion>& motion)
{
    if (!motion) {
        m_stateLabel->setText(m_motionsModel->rowCount() == 0 ? tr("No motions yet.") : QString());
        return;
    }
    switch (motion->state) {
    case domain::VoteState::Draft:
        m_stateLabel->setText(tr("Draft: its text and rules can still change."));
        break;
    case domain::VoteState::Open:
        m_stateLabel->setText(tr("Voting open; the roll stands as at the end of %1.")
                                  .arg(QLocale().toString(motion->recordDate, QLocale::ShortFormat)));
        break;
    case domain::VoteState::Closed:
        m_stateLabel->setText(
            tr("%1: declared on %2.")
                .arg(motion->outcome ? domain::motionOutcomeLabel(*motion->outcome) : QString(),
                     QLocale().toString(motion->closedAt.toLocalTime().date(), QLocale::ShortFormat)));
        break;
    }
}

void MotionsPanel::updateActions()
{
    const auto motion = selectedMotion();
    m_newMotionAction->setEnabled(m_meeting.has_value());
    const auto state = m_meeting && motion ? std::optional(motion->state) : std::nullopt;
    m_editMotionAction->setEnabled(state == domain::VoteState::Draft);
    m_deleteMotionAction->setEnabled(state == domain::VoteState::Draft);
    m_openVotingAction->setEnabled(state == domain::VoteState::Draft);
    m_recordBallotAction->setEnabled(state == domain::VoteState::Open);
    m_importBallotsAction->setEnabled(state == domain::VoteState::Open);
    m_closeVotingAction->setEnabled(state == domain::VoteState::Open);
}

void MotionsPanel::addMotion()
{
    if (!m_session || !m_meeting) {
        return;
    }
    auto* dialog = new MotionDialog(*m_session, m_meeting->id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        Q_EMIT motionAdded();
        selectMotion(dialog->savedMotion().id);
    });
    dialog->open();
}

void MotionsPanel::editMotion()
{
    const auto motion = selectedMotion();
    if (!m_session || !motion || motion->state != domain::VoteState::Draft) {
        return;
    }
    auto* dialog = new MotionDialog(*m_session, motion->meetingId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setMotion(*motion);
    dialog->open();
}

void MotionsPanel::deleteMotion()
{
    const auto motion = selectedMotion();
    if (!m_session || !motion || motion->state != domain::VoteState::Draft) {
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

void MotionsPanel::removeMotion(qint64 motionId)
{
    if (!m_session) {
        return;
    }
    // The next motion down the list as shown takes its place, or the one above for the last.
    std::optional<qint64> neighbourId;
    if (const auto row = m_motionsModel->rowOf(motionId)) {
        const int shownRow = m_sortedMotions->mapFromSource(m_motionsModel->index(*row, 0)).row();
        const QModelIndex next = m_sortedMotions->mapToSource(
            m_sortedMotions->index(neighbourRow(shownRow, m_sortedMotions->rowCount()), 0));
        if (const auto motion = m_motionsModel->motionAt(next.row()); motion && next.isValid()) {
            neighbourId = motion->id;
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
void MotionsPanel::activateMotion()
{
    const auto motion = selectedMotion();
    if (!motion) {
        return;
    }
    if (motion->state == domain::VoteState::Draft) {
        editMotion();
    } else {
        Q_EMIT resultRequested();
    }
}

void MotionsPanel::openVoting()
{
    const auto motion = selectedMotion();
    if (!m_session || !m_meeting || !motion || motion->state != domain::VoteState::Draft) {
        return;
    }
    auto* dialog = new OpenVotingDialog(*m_session, *motion, *m_meeting, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MotionsPanel::recordBallots()
{
    const auto motion = selectedMotion();
    if (!m_session || !motion || motion->state != domain::VoteState::Open) {
        return;
    }
    auto* dialog = new BallotDialog(*m_session, *motion, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

// The file is read and checked in full before anything is filed; storage then files all of its ballots
// or none, checking each against the frozen roll and the meeting's proxies.
void MotionsPanel::chooseAndImportBallots()
{
    const auto motion = selectedMotion();
    if (!m_session || !motion || motion->state != domain::VoteState::Open) {
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

void MotionsPanel::importBallots(qint64 motionId, const QList<storage::BallotInput>& ballots,
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
    showNotice(tr("Filed %1 from %2.").arg(ballotsText(*filed), fileName));
}

void MotionsPanel::closeVoting()
{
    const auto motion = selectedMotion();
    if (!m_session || !motion || motion->state != domain::VoteState::Open) {
        return;
    }
    const auto roll = storage::MotionRepository(m_session->file()).roll(motion->id);
    const int rollSize = roll ? static_cast<int>(roll->entries.size()) : 0;
    const Confirmation confirmation {
        u"closeVotingBox"_s,
        tr("Close Voting"),
        tr("Close voting on “%1” and declare the result?").arg(motion->title),
        //: "4 of 5 members on the roll have voted…"
        tr("%1 of %Ln member(s) on the roll have voted. The votes are counted now and the result is declared "
           "and stored: it cannot change afterwards, and no more ballots can be recorded.",
           nullptr, rollSize)
            .arg(QLocale().toString(m_ballotsModel->rowCount())),
        tr("&Declare Result"),
        u"declareButton"_s,
    };
    askToConfirm(this, confirmation, [this, motionId = motion->id] { declareResult(motionId); });
}

void MotionsPanel::declareResult(qint64 motionId)
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
    Q_EMIT resultRequested();
}

} // namespace mutualise::app
