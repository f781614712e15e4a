#include "app/results/ResultPane.h"

#include "app/elections/ElectionResultView.h"
#include "app/motions/MotionResultView.h"
#include "app/shell/MutualSession.h"
#include "app/widgets/PageWidgets.h"
#include "reports/AuditFooter.h"
#include "reports/ResultPdf.h"
#include "storage/ElectionRepository.h"
#include "storage/MemberRepository.h"
#include "storage/MotionRepository.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace mutualise::app {

ResultPane::ResultPane(QWidget* parent)
    : QStackedWidget(parent)
    , m_motionView(new MotionResultView(this))
    , m_electionView(new ElectionResultView(this))
{
    m_motionView->setObjectName(u"motionResultView"_s);
    m_electionView->setObjectName(u"electionResultView"_s);
    addWidget(m_motionView);
    addWidget(m_electionView);
    connect(m_motionView, &MotionResultView::printRequested, this, &ResultPane::printResult);
    connect(m_motionView, &MotionResultView::savePdfRequested, this, &ResultPane::saveResultAsPdf);
    connect(m_electionView, &ElectionResultView::printRequested, this, &ResultPane::printResult);
    connect(m_electionView, &ElectionResultView::savePdfRequested, this, &ResultPane::saveResultAsPdf);

    m_errorPresenter = [this](const QString& title, const QString& message) {
        QMessageBox::warning(this, title, message);
    };
    m_savePathChooser = [this](const QString& suggestedName) {
        return QFileDialog::getSaveFileName(this, tr("Save Result as PDF"),
                                            QDir(documentsFolder()).filePath(suggestedName),
                                            tr("PDF files (*.pdf)"));
    };
    updateButtons();
}

ResultPane::~ResultPane() = default;

void ResultPane::setSession(MutualSession* session)
{
    m_session = session;
}

void ResultPane::setErrorPresenter(ErrorPresenter presenter)
{
    m_errorPresenter = std::move(presenter);
}

void ResultPane::setSavePathChooser(SavePathChooser chooser)
{
    m_savePathChooser = std::move(chooser);
}

void ResultPane::showError(const QString& title, const QString& message)
{
    m_errorPresenter(title, message);
}

void ResultPane::showMotionResult(const std::optional<domain::Meeting>& meeting,
                                  const std::optional<domain::Motion>& motion)
{
    if (const auto message = motionMessage(meeting, motion)) {
        m_motionView->showMessage(*message);
        updateButtons();
        return;
    }
    const auto result = storage::MotionRepository(m_session->file()).result(motion->id);
    if (!result) {
        m_motionView->showMessage(result.error().message);
        updateButtons();
        return;
    }
    reports::MotionResultSource source;
    source.mutualName = m_session->mutual().name;
    source.auditHead = reports::AuditFooter::headOf(m_session->file());
    source.meeting = *meeting;
    source.motion = *motion;
    source.result = *result;
    const storage::MemberRepository members(m_session->file());
    for (const auto& [id, name] : { std::pair { motion->proposerId, &source.proposer },
                                    std::pair { motion->seconderId, &source.seconder } }) {
        if (id) {
            if (const auto member = members.member(*id)) {
                *name = reports::ResultSummary::memberText(*member);
            }
        }
    }
    m_motionView->showResult(source);
    updateButtons();
}

// Why the motion has no result to show, if it has none.
std::optional<QString> ResultPane::motionMessage(const std::optional<domain::Meeting>& meeting,
                                                 const std::optional<domain::Motion>& motion) const
{
    if (!m_session || !meeting) {
        return tr("Choose a meeting to see the results of its motions.");
    }
    if (!motion) {
        return tr("This meeting has no motions yet. Add one on the Motions tab.");
    }
    if (motion->state == domain::VoteState::Draft) {
        return tr("Voting on “%1” has not opened yet. Open voting on the Motions tab when "
                  "the members are ready to vote.")
            .arg(motion->title);
    }
    return std::nullopt;
}

void ResultPane::showElectionResult(const std::optional<domain::Meeting>& meeting,
                                    const std::optional<ElectionRow>& row)
{
    if (const auto message = electionMessage(meeting, row)) {
        m_electionView->showMessage(*message);
        updateButtons();
        return;
    }
    const storage::ElectionRepository elections(m_session->file());
    const auto result = elections.result(row->election.id);
    const auto candidates = elections.candidates(row->election.id);
    if (!result || !candidates) {
        m_electionView->showMessage(result ? candidates.error().message : result.error().message);
        updateButtons();
        return;
    }
    reports::ElectionResultSource source;
    source.mutualName = m_session->mutual().name;
    source.auditHead = reports::AuditFooter::headOf(m_session->file());
    source.meeting = *meeting;
    source.election = row->election;
    source.candidates = *candidates;
    source.result = *result;
    source.rollSize = row->rollSize;
    source.voters = row->voters;
    source.papers = row->papers;
    m_electionView->showResult(source);
    updateButtons();
}

// Why the election has no result to show, if it has none.
std::optional<QString> ResultPane::electionMessage(const std::optional<domain::Meeting>& meeting,
                                                   const std::optional<ElectionRow>& row) const
{
    if (!m_session || !meeting) {
        return tr("Choose a meeting to see the results of its elections.");
    }
    if (!row) {
        return tr("This meeting has no elections yet. Add one on the Elections tab.");
    }
    const domain::Election& election = row->election;
    if (election.state == domain::VoteState::Draft) {
        return tr("Voting in “%1” has not opened yet. Open voting on the Elections "
                  "tab when the members are ready to vote.")
            .arg(election.title);
    }
    if (election.state == domain::VoteState::Open && row->papers == 0) {
        return tr("Voting in “%1” is open and no papers have been recorded yet. "
                  "Record them or import them on the Elections tab.")
            .arg(election.title);
    }
    return std::nullopt;
}

void ResultPane::showResultOf(bool isElection)
{
    setCurrentIndex(isElection ? 1 : 0);
}

bool ResultPane::isShowingElectionResult() const
{
    return currentIndex() == 1;
}

// Print… and Save as PDF… only for a result, not for the sentence that stands in for one.
void ResultPane::updateButtons()
{
    const bool hasMotionResult = m_motionView->isShowingResult();
    m_motionView->printButton()->setEnabled(hasMotionResult);
    m_motionView->savePdfButton()->setEnabled(hasMotionResult);
    const bool hasElectionResult = m_electionView->isShowingResult();
    m_electionView->printButton()->setEnabled(hasElectionResult);
    m_electionView->savePdfButton()->setEnabled(hasElectionResult);
}

std::optional<ResultPane::Summary> ResultPane::shownSummary() const
{
    if (isShowingElectionResult()) {
        const auto source = m_electionView->source();
        if (!source) {
            return std::nullopt;
        }
        return Summary {
            source->election.title, voteFileName(source->meeting, source->election.title, u"pdf"_s),
            [source](QPagedPaintDevice& device) { return reports::ResultPdf::print(device, *source); },
            [source](const QString& path, const QString& mutualPath) {
                return reports::ResultPdf::save(path, mutualPath, *source);
            }
        };
    }
    const auto source = m_motionView->source();
    if (!source) {
        return std::nullopt;
    }
    return Summary { source->motion.title, voteFileName(source->meeting, source->motion.title, u"pdf"_s),
                     [source](QPagedPaintDevice& device) {
                         return reports::ResultPdf::print(device, *source);
                     },
                     [source](const QString& path, const QString& mutualPath) {
                         return reports::ResultPdf::save(path, mutualPath, *source);
                     } };
}

void ResultPane::printResult()
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
    if (!summary->print(printer)) {
        showError(tr("Result Not Printed"), tr("The printer could not be used. Check that it is ready."));
    }
}

void ResultPane::saveResultAsPdf()
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
    saveSummary(path);
}

bool ResultPane::saveSummary(const QString& path)
{
    const auto summary = shownSummary();
    if (!summary) {
        return false;
    }
    // Whatever name the dialog was given, the mutual itself is never written over; the summary is written
    // whole or not at all (reports::ResultPdf).
    const auto saved = summary->save(path, m_session != nullptr ? m_session->path() : QString());
    if (!saved) {
        const domain::Error& error = saved.error();
        showError(
            tr("Result Not Saved"),
            error.rule == u"not-written"_s
                ? tr("%1 Choose another folder, or check that there is space on the disk.").arg(error.message)
                : error.message);
        return false;
    }
    return true;
}

} // namespace mutualise::app
