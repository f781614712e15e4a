#pragma once

#include "domain/Election.h"

#include <QDialog>
#include <QHash>

#include <memory>

class QLabel;

namespace Ui {
class ElectionDialog;
}

namespace mutualise::app {

class CandidateListModel;
class MemberCompleter;
class MutualSession;

// Drafts an election for a meeting: its title, the seats to fill, the method of counting and the
// candidates in ballot order, members picked from the register or people from outside it named in
// full; or corrects a draft the same way (setElection). The rules are checked as the user types
// (domain::validateElection) and each problem is shown under the field at fault; OK stays disabled
// until the election is valid. Whatever storage refuses is shown the same way and nothing is stored.
class ElectionDialog : public QDialog
{
    Q_OBJECT

public:
    ElectionDialog(MutualSession& session, qint64 meetingId, QWidget* parent = nullptr);
    ~ElectionDialog() override;

    // Fills the dialog with a draft election and its candidates, in ballot order, to correct them.
    void setElection(const domain::Election& election, const QList<domain::Candidate>& candidates);

    // The election and its candidates as entered.
    domain::Election election() const;
    QList<domain::Candidate> candidates() const;
    CandidateListModel* candidatesModel() const { return m_candidates; }
    // The election as stored, once accepted.
    domain::Election savedElection() const { return m_saved; }
    QString shownError() const { return m_shownError; }

    void accept() override;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void addMember();
    void addPerson();
    void moveChosen(int step);
    void removeChosen();
    int chosenRow() const;
    void choose(int row);
    void updateOrderButtons();
    void revalidate();
    void clearErrors();
    void showError(const domain::Error& error);

    std::unique_ptr<Ui::ElectionDialog> m_ui;
    MutualSession& m_session;
    qint64 m_meetingId;
    MemberCompleter* m_memberCompleter;
    CandidateListModel* m_candidates;
    QHash<QString, QLabel*> m_errorLabels;
    domain::Election m_original; // the draft being corrected; id 0 for a new election
    domain::Election m_saved;
    bool m_isTitleTouched = false;
    QString m_shownError;
};

} // namespace mutualise::app
