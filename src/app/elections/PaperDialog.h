#pragma once

#include "domain/Election.h"
#include "domain/Member.h"
#include "storage/ElectionRepository.h"

#include <QDialog>

#include <memory>
#include <optional>

class QCheckBox;
class QSpinBox;

namespace Ui {
class PaperDialog;
}

namespace mutualise::app {

class MemberCompleter;
class MutualSession;

// Records the ballot papers of an election whose voting is open, one after another as a secretary
// enters a pile of them: the voter, how the paper came and what it says, by STV a preference number
// beside each candidate (blank for those not numbered), by plurality a tick beside up to one candidate
// a seat. A blank or spoilt paper is recorded only with its box ticked: one that marks nobody otherwise
// is refused, in case the marks were left out by mistake. After each paper the dialog says what was
// recorded and is ready for the next. A paper storage refuses (the voter is not on the roll or has voted
// already) is explained under the field at fault and nothing is recorded.
class PaperDialog : public QDialog
{
    Q_OBJECT

public:
    PaperDialog(MutualSession& session, const domain::Election& election, QWidget* parent = nullptr);
    ~PaperDialog() override;

    // The paper as entered, if it is complete; the preferences are candidate positions from 1, in order.
    std::optional<storage::PaperInput> paper() const;
    void setMethod(domain::BallotMethod method);
    // The preference number beside the candidate at a ballot position (from 1), under STV.
    QSpinBox* preferenceSpin(int position) const;
    // The tick beside the candidate at a ballot position, under plurality.
    QCheckBox* markCheck(int position) const;
    int recordedCount() const { return m_recorded; }
    QString shownError() const { return m_shownError; }

    // Records the paper and stays open for the next one; Close (or Escape) closes the dialog.
    void accept() override;

private:
    void createPreferenceFields();
    domain::BallotMethod method() const;
    bool isBlank() const;
    void setBlank(bool blank);
    // Candidate positions in order of preference, or why the numbers entered cannot be read as a paper.
    domain::Result<QList<int>> preferences() const;
    void updateProgress();
    void revalidate();
    void clearErrors();
    void showError(const domain::Error& error);
    void clearForNextPaper();

    std::unique_ptr<Ui::PaperDialog> m_ui;
    MutualSession& m_session;
    domain::Election m_election;
    QList<domain::Candidate> m_candidates;
    MemberCompleter* m_voterCompleter;
    QList<QSpinBox*> m_preferenceSpins; // by ballot position from 1, under STV
    QList<QCheckBox*> m_markChecks; // under plurality
    std::optional<domain::Member> m_voter;
    int m_recorded = 0;
    QString m_shownError;
};

} // namespace mutualise::app
