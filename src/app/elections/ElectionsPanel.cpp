#include "app/elections/ElectionsPanel.h"

#include "app/elections/CandidateListModel.h"
#include "app/elections/ElectionDialog.h"
#include "app/elections/PaperDialog.h"
#include "app/meetings/OpenVotingDialog.h"
#include "app/shell/MutualSession.h"
#include "app/widgets/ChosenFile.h"
#include "app/widgets/ColumnWidths.h"
#include "app/widgets/ConfirmationBox.h"
#include "app/widgets/PageWidgets.h"
#include "app/widgets/SortableTable.h"
#include "formats/Blt.h"
#include "formats/OutputFile.h"
#include "reports/ElectionFigures.h"
#include "storage/ElectionRepository.h"
#include "storage/MemberRepository.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListView>
#include <QMessageBox>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace mutualise::app {

namespace {

QString bltFilter()
{
    return ElectionsPanel::tr("Ballot files (*.blt)");
}

} // namespace

ElectionsPanel::ElectionsPanel(QWidget* parent)
    : QWidget(parent)
    , m_electionsModel(new ElectionListModel(this))
    , m_candidatesModel(new CandidateListModel(this))
{
    createActions();
    auto* top = new QHBoxLayout;
    top->addWidget(buttonFor(m_newElectionAction, this));
    top->addWidget(buttonFor(m_editElectionAction, this));
    top->addWidget(buttonFor(m_deleteElectionAction, this));
    top->addStretch();
    // Apart from the voting below, as Import Ballots… is on the Motions tab.
    top->addWidget(buttonFor(m_importPapersAction, this));

    // An election has a few candidates; the list of elections takes most of the room.
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(createElectionsList());
    splitter->addWidget(createCandidatesList());
    splitter->setChildrenCollapsible(false);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({ 300, 200 });

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);

    m_errorPresenter = [this](const QString& title, const QString& message) {
        QMessageBox::warning(this, title, message);
    };
    m_savePathChooser = [this](const QString& suggestedName) {
        return QFileDialog::getSaveFileName(this, tr("Export Papers"),
                                            QDir(documentsFolder()).filePath(suggestedName), bltFilter());
    };
    m_openPathChooser = [this] {
        return QFileDialog::getOpenFileName(this, tr("Import Papers"), documentsFolder(), bltFilter());
    };
    setSession(nullptr);
}

ElectionsPanel::~ElectionsPanel() = default;

void ElectionsPanel::createActions()
{
    const auto action = [this](const QString& text, const QString& toolTip, void (ElectionsPanel::*slot)()) {
        auto* created = new QAction(text, this);
        created->setToolTip(toolTip);
        connect(created, &QAction::triggered, this, slot);
        addAction(created);
        return created;
    };
    m_newElectionAction
        = action(tr("Ne&w Election…"),
                 tr("Draft an election of board members or officers at this meeting (Ctrl+Shift+L)"),
                 &ElectionsPanel::addElection);
    m_newElectionAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    m_editElectionAction
        = action(tr("Edit Ele&ction…"),
                 tr("Correct the selected draft election's seats, method or candidates (Enter)"),
                 &ElectionsPanel::editElection);
    m_deleteElectionAction
        = action(tr("&Delete Election…"), tr("Delete the selected draft election (Delete)"),
                 &ElectionsPanel::deleteElection);
    m_importPapersAction = action(
        tr("&Import Papers…"), tr("File the ballot papers of a .blt file, from a postal ballot service say"),
        &ElectionsPanel::chooseAndImportPapers);
    m_exportPapersAction
        = action(tr("Expor&t Papers…"),
                 tr("Write the papers cast to a .blt file for other counting tools; who cast "
                    "them is not in it"),
                 &ElectionsPanel::chooseAndExportPapers);
    m_openVotingAction = action(tr("&Open Voting…"), tr("Freeze the roll of voters and start taking papers"),
                                &ElectionsPanel::openVoting);
    m_recordPapersAction
        = action(tr("Record &Papers…"), tr("Enter ballot papers one after another (Ctrl+Shift+P)"),
                 &ElectionsPanel::recordPapers);
    m_recordPapersAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_closeVotingAction = action(tr("Clo&se Voting…"), tr("Count the papers and declare who is elected"),
                                 &ElectionsPanel::closeVoting);
    // Anywhere in the window while the page is shown, like the page's own shortcuts.
    for (QAction* each : actions()) {
        each->setShortcutContext(Qt::WindowShortcut);
    }
}

QWidget* ElectionsPanel::createElectionsList()
{
    auto* list = new QWidget(this);
    m_electionsView = createTable(list, u"electionsView"_s);
    m_sortedElections = makeSortable(m_electionsView, m_electionsModel);
    m_electionsView->horizontalHeader()->setSectionResizeMode(ElectionListModel::TitleColumn,
                                                              QHeaderView::Stretch);
    // A meeting has a few elections: in a narrow window a long title or turnout takes a second line
    // rather than being cut short.
    m_electionsView->setWordWrap(true);
    m_electionsView->verticalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_electionsView->verticalHeader()->setMinimumSectionSize(
        m_electionsView->verticalHeader()->defaultSectionSize());
    // Rows as tall as their texts, whenever the texts or their order change.
    connect(m_sortedElections, &QAbstractItemModel::modelReset, m_electionsView,
            &QTableView::resizeRowsToContents);
    connect(m_sortedElections, &QAbstractItemModel::layoutChanged, m_electionsView,
            &QTableView::resizeRowsToContents);
    connect(m_sortedElections, &QAbstractItemModel::dataChanged, m_electionsView,
            &QTableView::resizeRowsToContents);
    auto* activateOnEnter = new QAction(m_electionsView);
    activateOnEnter->setShortcuts({ QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter) });
    activateOnEnter->setShortcutContext(Qt::WidgetShortcut);
    connect(activateOnEnter, &QAction::triggered, this, &ElectionsPanel::activateElection);
    m_electionsView->addAction(activateOnEnter);
    connect(m_electionsView, &QTableView::doubleClicked, this, &ElectionsPanel::activateElection);
    auto* deleteOnDelete = new QAction(m_electionsView);
    deleteOnDelete->setShortcut(QKeySequence::Delete);
    deleteOnDelete->setShortcutContext(Qt::WidgetShortcut);
    connect(deleteOnDelete, &QAction::triggered, m_deleteElectionAction, &QAction::trigger);
    m_electionsView->addAction(deleteOnDelete);
    m_electionsView->viewport()->installEventFilter(this);
    auto* stack = new QStackedWidget(list);
    stack->addWidget(m_electionsView);
    stack->addWidget(
        placeholderLabel(tr("No elections at this meeting. Use New Election… to put the board or "
                            "officers up for election."),
                         stack));
    connect(m_electionsModel, &QAbstractItemModel::modelReset, this,
            [this, stack] { stack->setCurrentIndex(m_electionsModel->rowCount() == 0 ? 1 : 0); });

    // The voting of the election chosen: what state it is in and what can be done next.
    m_stateLabel = new QLabel(list);
    m_stateLabel->setObjectName(u"electionStateLabel"_s);
    m_stateLabel->setWordWrap(true);
    // Export Papers… here rather than beside Import Papers… above: two rows of four buttons fit a narrow
    // window where one row of five did not.
    auto* voting = new QHBoxLayout;
    voting->addWidget(buttonFor(m_exportPapersAction, list));
    voting->addStretch();
    voting->addWidget(buttonFor(m_openVotingAction, list));
    voting->addWidget(buttonFor(m_recordPapersAction, list));
    voting->addWidget(buttonFor(m_closeVotingAction, list));
    m_noticeLabel = createNoticeLabel(u"electionNoticeLabel"_s, list);

    auto* layout = new QVBoxLayout(list);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(stack, 1);
    layout->addWidget(m_stateLabel);
    layout->addLayout(voting);
    layout->addWidget(m_noticeLabel);
    connect(m_electionsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        m_noticeLabel->hide();
        showElection();
        Q_EMIT currentElectionChanged();
    });
    return list;
}

QWidget* ElectionsPanel::createCandidatesList()
{
    auto* box = new QWidget(this);
    auto* title = new QLabel(tr("Candidates, in ballot order"), box);
    title->setFont(headlineFont(font(), 1.0));
    m_candidatesView = new QListView(box);
    m_candidatesView->setObjectName(u"candidatesView"_s);
    m_candidatesView->setModel(m_candidatesModel);
    m_candidatesView->setSelectionMode(QAbstractItemView::NoSelection);
    m_candidatesView->setFocusPolicy(Qt::NoFocus);
    m_candidatesView->setAccessibleName(title->text());
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addWidget(title);
    layout->addWidget(m_candidatesView, 1);
    return box;
}

void ElectionsPanel::fitColumns()
{
    QStringList states;
    for (const auto state :
         { domain::VoteState::Draft, domain::VoteState::Open, domain::VoteState::Closed }) {
        states << domain::voteStateLabel(state);
    }
    QStringList methods;
    for (const auto method :
         { domain::ElectionMethod::SingleTransferableVote, domain::ElectionMethod::Plurality }) {
        methods << domain::electionMethodLabel(method);
    }
    // A hidden column has no width to measure its header by: each is shown again to be fitted.
    for (const auto& [column, texts] :
         { std::pair { ElectionListModel::SeatsColumn, QStringList { u"99"_s } },
           std::pair { ElectionListModel::MethodColumn, methods },
           std::pair { ElectionListModel::StateColumn, states } }) {
        m_electionsView->setColumnHidden(column, false);
        fitColumnToTexts(m_electionsView, column, texts);
        m_columnWidths[column] = m_electionsView->columnWidth(column);
    }
    fitTurnoutColumn();
}

// A meeting has a few elections: the turnout column is as wide as their turnouts, which leaves the titles
// more room than the widest turnout possible would.
void ElectionsPanel::fitTurnoutColumn()
{
    QStringList turnouts { reports::turnoutText(100, 100, 100) };
    for (int row = 0; row < m_electionsModel->rowCount(); ++row) {
        turnouts << m_electionsModel->index(row, ElectionListModel::TurnoutColumn).data().toString();
    }
    fitColumnToTexts(m_electionsView, ElectionListModel::TurnoutColumn, turnouts);
    m_columnWidths[ElectionListModel::TurnoutColumn]
        = m_electionsView->columnWidth(ElectionListModel::TurnoutColumn);
    fitColumnsToWidth();
}

// A narrow window keeps the title readable: the method goes first, then the seats; the Result tab shows
// both.
void ElectionsPanel::fitColumnsToWidth()
{
    constexpr int titleWidth = 160;
    hideColumnsThatDoNotFit(
        m_electionsView, titleWidth, { ElectionListModel::StateColumn, ElectionListModel::TurnoutColumn },
        { ElectionListModel::MethodColumn, ElectionListModel::SeatsColumn }, m_columnWidths);
    // Narrower still, the turnout wraps onto a second line ("41 of 120 members voted," over "52 papers")
    // to leave the title its room.
    int others = 0;
    for (const int column : { ElectionListModel::SeatsColumn, ElectionListModel::MethodColumn,
                              ElectionListModel::StateColumn }) {
        others += m_electionsView->isColumnHidden(column) ? 0 : m_electionsView->columnWidth(column);
    }
    const int fitted = m_columnWidths.value(ElectionListModel::TurnoutColumn);
    const int room = m_electionsView->viewport()->width() - titleWidth - others;
    m_electionsView->setColumnWidth(ElectionListModel::TurnoutColumn, std::clamp(room, fitted / 2, fitted));
}

bool ElectionsPanel::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_electionsView->viewport() && event->type() == QEvent::Resize) {
        fitColumnsToWidth();
        m_electionsView->resizeRowsToContents();
    }
    return QWidget::eventFilter(watched, event);
}

void ElectionsPanel::setSession(MutualSession* session)
{
    m_session = session;
    m_meeting.reset();
    fitColumns();
    setMeeting(std::nullopt);
}

void ElectionsPanel::setMeeting(const std::optional<domain::Meeting>& meeting)
{
    if (!meeting || !m_meeting || meeting->id != m_meeting->id) {
        m_noticeLabel->hide();
    }
    m_meeting = m_session ? meeting : std::nullopt;
    const auto electionId = selectedElectionId();
    m_electionsModel->setSource(m_session ? &m_session->file() : nullptr,
                                m_meeting ? std::optional(m_meeting->id) : std::nullopt);
    fitTurnoutColumn();
    // The election chosen stays chosen; otherwise the meeting's first.
    if (electionId && !selectedElectionId()) {
        selectElection(*electionId);
    }
    if (!selectedElectionId() && m_electionsModel->rowCount() > 0) {
        m_electionsView->setCurrentIndex(m_sortedElections->index(0, ElectionListModel::TitleColumn));
    }
    showElection();
}

void ElectionsPanel::setErrorPresenter(ErrorPresenter presenter)
{
    m_errorPresenter = std::move(presenter);
}

void ElectionsPanel::setSavePathChooser(SavePathChooser chooser)
{
    m_savePathChooser = std::move(chooser);
}

void ElectionsPanel::setOpenPathChooser(OpenPathChooser chooser)
{
    m_openPathChooser = std::move(chooser);
}

void ElectionsPanel::showError(const QString& title, const QString& message)
{
    m_errorPresenter(title, message);
}

void ElectionsPanel::showNotice(const QString& text)
{
    m_noticeLabel->setText(text);
    m_noticeLabel->show();
}

std::optional<ElectionRow> ElectionsPanel::selectedRow() const
{
    const QModelIndex current = m_sortedElections->mapToSource(m_electionsView->currentIndex());
    return current.isValid() ? m_electionsModel->rowAt(current.row()) : std::nullopt;
}

std::optional<qint64> ElectionsPanel::selectedElectionId() const
{
    const auto row = selectedRow();
    return row ? std::optional(row->election.id) : std::nullopt;
}

void ElectionsPanel::selectElection(qint64 electionId)
{
    if (const auto row = m_electionsModel->rowOf(electionId)) {
        m_electionsView->setCurrentIndex(
            m_sortedElections->mapFromSource(m_electionsModel->index(*row, ElectionListModel::TitleColumn)));
    }
}

void ElectionsPanel::showElection()
{
    const auto row = selectedRow();
    QList<domain::Candidate> candidates;
    QHash<qint64, QString> numbers;
    if (m_session && row) {
        if (const auto stored = storage::ElectionRepository(m_session->file()).candidates(row->election.id)) {
            candidates = *stored;
        }
        const storage::MemberRepository members(m_session->file());
        for (const domain::Candidate& candidate : std::as_const(candidates)) {
            if (candidate.memberId) {
                if (const auto member = members.member(*candidate.memberId)) {
                    numbers.insert(member->id, member->number);
                }
            }
        }
    }
    m_candidatesModel->setCandidates(candidates, numbers);
    updateState(row);
    updateActions();
}

void ElectionsPanel::updateState(const std::optional<ElectionRow>& row)
{
    if (!row) {
        m_stateLabel->setText(m_electionsModel->lastError());
        return;
    }
    const domain::Election& election = row->election;
    const QLocale locale;
    switch (election.state) {
    case domain::VoteState::Draft:
        m_stateLabel->setText(tr("Draft: open voting when the members are ready to vote."));
        break;
    case domain::VoteState::Open:
        m_stateLabel->setText(tr("Voting open; %Ln member(s) on the roll as at the end of %1. %2.", nullptr,
                                 static_cast<int>(row->rollSize))
                                  .arg(locale.toString(election.recordDate, QLocale::ShortFormat),
                                       reports::turnoutText(row->voters, row->rollSize, row->papers)));
        break;
    case domain::VoteState::Closed: {
        const auto result = storage::ElectionRepository(m_session->file()).result(election.id);
        const QString elected = result ? locale.createSeparatedList(result->elected) : result.error().message;
        m_stateLabel->setText(
            tr("Declared on %1. Elected: %2.")
                .arg(locale.toString(election.closedAt.toLocalTime().date(), QLocale::ShortFormat), elected));
        break;
    }
    }
}

void ElectionsPanel::updateActions()
{
    const auto row = selectedRow();
    const auto state = m_session && row ? std::optional(row->election.state) : std::nullopt;
    m_newElectionAction->setEnabled(m_session && m_meeting);
    m_editElectionAction->setEnabled(state == domain::VoteState::Draft);
    m_deleteElectionAction->setEnabled(state == domain::VoteState::Draft);
    m_openVotingAction->setEnabled(state == domain::VoteState::Draft);
    m_recordPapersAction->setEnabled(state == domain::VoteState::Open);
    m_importPapersAction->setEnabled(state == domain::VoteState::Open);
    m_closeVotingAction->setEnabled(state == domain::VoteState::Open);
    m_exportPapersAction->setEnabled(state && *state != domain::VoteState::Draft);
}

void ElectionsPanel::addElection()
{
    if (!m_session || !m_meeting) {
        return;
    }
    auto* dialog = new ElectionDialog(*m_session, m_meeting->id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { selectElection(dialog->savedElection().id); });
    dialog->open();
}

void ElectionsPanel::editElection()
{
    const auto row = selectedRow();
    if (!m_session || !m_meeting || !row || row->election.state != domain::VoteState::Draft) {
        return;
    }
    const auto candidates = storage::ElectionRepository(m_session->file()).candidates(row->election.id);
    if (!candidates) {
        showError(tr("Election Not Edited"), candidates.error().message);
        return;
    }
    auto* dialog = new ElectionDialog(*m_session, m_meeting->id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setElection(row->election, *candidates);
    dialog->open();
}

void ElectionsPanel::deleteElection()
{
    const auto row = selectedRow();
    if (!m_session || !row || row->election.state != domain::VoteState::Draft) {
        return;
    }
    const Confirmation confirmation {
        u"deleteElectionBox"_s,
        tr("Delete Election"),
        tr("Delete the draft election “%1”?").arg(row->election.title),
        tr("Its candidates are deleted with it. Voting has not opened, so no papers are lost. This cannot "
           "be undone."),
        tr("&Delete Election"),
        u"deleteButton"_s,
    };
    askToConfirm(this, confirmation, [this, electionId = row->election.id] { removeElection(electionId); });
}

void ElectionsPanel::removeElection(qint64 electionId)
{
    if (!m_session) {
        return;
    }
    // The next election down the list as shown takes its place, or the one above for the last.
    std::optional<qint64> neighbourId;
    if (const auto row = m_electionsModel->rowOf(electionId)) {
        const int shownRow = m_sortedElections->mapFromSource(m_electionsModel->index(*row, 0)).row();
        const QModelIndex next = m_sortedElections->mapToSource(
            m_sortedElections->index(neighbourRow(shownRow, m_sortedElections->rowCount()), 0));
        if (const auto neighbour = m_electionsModel->rowAt(next.row()); neighbour && next.isValid()) {
            neighbourId = neighbour->election.id;
        }
    }
    const auto removed = storage::ElectionRepository(m_session->file()).remove(electionId);
    if (!removed) {
        showError(tr("Election Not Deleted"), removed.error().message);
        return;
    }
    m_session->notifyChanged();
    if (neighbourId) {
        selectElection(*neighbourId);
    }
}

// Enter on an election: a draft is corrected, as a draft motion is; one being voted on or declared
// shows its result.
void ElectionsPanel::activateElection()
{
    const auto row = selectedRow();
    if (!row) {
        return;
    }
    if (row->election.state == domain::VoteState::Draft) {
        editElection();
    } else {
        Q_EMIT resultRequested(row->election.id);
    }
}

void ElectionsPanel::openVoting()
{
    const auto row = selectedRow();
    if (!m_session || !m_meeting || !row || row->election.state != domain::VoteState::Draft) {
        return;
    }
    auto* dialog = new OpenVotingDialog(*m_session, row->election, *m_meeting, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void ElectionsPanel::recordPapers()
{
    const auto row = selectedRow();
    if (!m_session || !row || row->election.state != domain::VoteState::Open) {
        return;
    }
    auto* dialog = new PaperDialog(*m_session, row->election, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

// The file is read and checked in full before anything is filed; storage then files all of its papers
// or none.
void ElectionsPanel::chooseAndImportPapers()
{
    const auto row = selectedRow();
    if (!m_session || !row || row->election.state != domain::VoteState::Open) {
        return;
    }
    const auto file = readChosenFile(
        m_openPathChooser, [this](const QString& message) { showError(tr("Papers Not Imported"), message); });
    if (!file) {
        return;
    }
    const auto ballots = formats::Blt::read(file->content);
    if (!ballots) {
        showError(tr("Papers Not Imported"),
                  tr("%1 is not a ballot file that can be read, so nothing was filed.\n\n%2")
                      .arg(file->name, ballots.error().message));
        return;
    }
    const qint64 papers = ballots->totalWeight();
    const Confirmation confirmation {
        u"importPapersBox"_s,
        tr("Import Papers"),
        tr("File %1 from %2 in “%3”?").arg(reports::papersText(papers), file->name, row->election.title),
        tr("The file must name this election's candidates in the same order. Imported papers carry no "
           "voter's "
           "name, and once filed they cannot be taken out."),
        tr("&File Papers"),
        u"fileButton"_s,
    };
    askToConfirm(this, confirmation,
                 [this, electionId = row->election.id, blt = *ballots, name = file->name] {
                     importPapers(electionId, blt, name);
                 });
}

void ElectionsPanel::importPapers(qint64 electionId, const domain::BltElection& ballots,
                                  const QString& fileName)
{
    if (!m_session) {
        return;
    }
    const auto filed = storage::ElectionRepository(m_session->file()).importBlt(electionId, ballots);
    if (!filed) {
        showError(tr("Papers Not Imported"),
                  tr("Nothing from %1 was filed.\n\n%2").arg(fileName, filed.error().message));
        return;
    }
    m_session->notifyChanged();
    selectElection(electionId);
    showNotice(tr("Filed %1 from %2.").arg(reports::papersText(*filed), fileName));
}

void ElectionsPanel::chooseAndExportPapers()
{
    const auto row = selectedRow();
    if (!m_session || !m_meeting || !row || row->election.state == domain::VoteState::Draft) {
        return;
    }
    QString path = m_savePathChooser(voteFileName(*m_meeting, row->election.title, u"blt"_s));
    if (path.isEmpty()) {
        return;
    }
    if (QFileInfo(path).suffix().isEmpty()) {
        path += u".blt"_s;
    }
    exportPapers(path);
}

bool ElectionsPanel::exportPapers(const QString& path)
{
    const auto row = selectedRow();
    if (!m_session || !row) {
        return false;
    }
    // Whatever name the dialog was given, the mutual itself is never written over.
    if (const auto isElsewhere = formats::checkNotMutual(path, m_session->path()); !isElsewhere) {
        showError(tr("Papers Not Exported"), isElsewhere.error().message);
        return false;
    }
    const auto ballots = storage::ElectionRepository(m_session->file()).exportBlt(row->election.id);
    if (!ballots) {
        showError(tr("Papers Not Exported"), ballots.error().message);
        return false;
    }
    const auto blt = formats::Blt::write(*ballots);
    if (!blt) {
        showError(tr("Papers Not Exported"), blt.error().message);
        return false;
    }
    // Written in full beside the file and then put in its place: a failure leaves any old file as it was.
    if (const auto written = formats::writeWholeFile(path, *blt); !written) {
        showError(tr("Papers Not Exported"), written.error().message);
        return false;
    }
    showNotice(tr("Wrote %1 to %2.")
                   .arg(reports::papersText(ballots->totalWeight()), QDir::toNativeSeparators(path)));
    return true;
}

void ElectionsPanel::closeVoting()
{
    const auto row = selectedRow();
    if (!m_session || !row || row->election.state != domain::VoteState::Open) {
        return;
    }
    const Confirmation confirmation {
        u"closeElectionBox"_s,
        tr("Close Voting"),
        tr("Close voting in “%1” and declare who is elected?").arg(row->election.title),
        tr("%1. The papers are counted now by %2 and the result is declared and stored: it cannot change "
           "afterwards, and no more papers can be recorded.")
            .arg(reports::turnoutText(row->voters, row->rollSize, row->papers),
                 domain::electionMethodLabel(row->election.method).toLower()),
        tr("&Declare Result"),
        u"declareButton"_s,
    };
    askToConfirm(this, confirmation, [this, electionId = row->election.id] { declareResult(electionId); });
}

void ElectionsPanel::declareResult(qint64 electionId)
{
    if (!m_session) {
        return;
    }
    const auto closed = storage::ElectionRepository(m_session->file()).close(electionId);
    if (!closed) {
        showError(tr("Result Not Declared"), closed.error().message);
        return;
    }
    m_session->notifyChanged();
    selectElection(electionId);
    Q_EMIT resultRequested(electionId);
}

} // namespace mutualise::app
