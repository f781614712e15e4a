#pragma once

#include "domain/Meeting.h"
#include "domain/Member.h"
#include "storage/MeetingRepository.h"
#include "storage/MotionRepository.h"

#include <QDialog>
#include <QHash>

#include <memory>
#include <optional>

class QButtonGroup;
class QLabel;

namespace Ui {
class BallotDialog;
}

namespace mutualise::app {

class MemberCompleter;
class MutualSession;

// Records ballots on a motion whose voting is open, one after another as a secretary enters a pile of
// papers: after each one the dialog says what was recorded and is ready for the next. A ballot
// storage refuses (the member has voted already, is not on the roll, or a proxy went against its
// direction) is explained under the field at fault and nothing is recorded.
class BallotDialog : public QDialog
{
    Q_OBJECT

public:
    BallotDialog(MutualSession& session, const domain::Motion& motion, QWidget* parent = nullptr);
    ~BallotDialog() override;

    // The ballot as entered, if it is complete.
    std::optional<storage::BallotInput> ballot() const;
    void setChoice(domain::Choice choice);
    void setMethod(domain::BallotMethod method);
    // How many ballots this dialog has recorded.
    int recordedCount() const { return m_recorded; }
    QString shownError() const { return m_shownError; }

    // Records the ballot and stays open for the next one; Close (or Escape) closes the dialog.
    void accept() override;

private:
    std::optional<domain::Choice> choice() const;
    domain::BallotMethod method() const;
    void updateForMethod();
    void suggestProxy();
    void updateProgress();
    void revalidate();
    void clearErrors();
    void showError(const domain::Error& error);
    void showRecorded(const storage::BallotInput& ballot, const QDateTime& castAt);
    void clearForNextBallot();

    std::unique_ptr<Ui::BallotDialog> m_ui;
    MutualSession& m_session;
    domain::Motion m_motion;
    MemberCompleter* m_memberCompleter;
    MemberCompleter* m_proxyCompleter;
    QButtonGroup* m_choices;
    std::optional<domain::Member> m_member;
    std::optional<domain::Member> m_proxy;
    QHash<qint64, storage::ProxyRow> m_appointments; // by the id of the member represented
    qint64 m_rollSize = 0;
    qint64 m_ballotsBefore = 0;
    int m_recorded = 0;
    QString m_shownError;
};

} // namespace mutualise::app
