#pragma once

#include "domain/Meeting.h"
#include "domain/Member.h"

#include <QDialog>
#include <QHash>

#include <memory>
#include <optional>

class QDoubleSpinBox;
class QLabel;

namespace Ui {
class MotionDialog;
}

namespace mutualise::app {

class MemberCompleter;
class MutualSession;

// Drafts a motion for a meeting, or edits a draft: its title and text, who proposes and seconds it,
// and the rules it will be decided by (threshold, voting scheme, the cap for a share-weighted vote, each
// class's share of a class-weighted one, the quorum, a secret ballot). The rules are checked as the
// user types (domain::validateMotion) and each problem is shown under the field at fault; OK stays
// disabled until the motion is valid.
class MotionDialog : public QDialog
{
    Q_OBJECT

public:
    MotionDialog(MutualSession& session, qint64 meetingId, QWidget* parent = nullptr);
    ~MotionDialog() override;

    // Fills the dialog with a draft motion, for editing.
    void setMotion(const domain::Motion& motion);
    // The motion as entered; nothing while a proposer or seconder typed is nobody in the register.
    std::optional<domain::Motion> motion() const;
    // The motion as stored, once accepted.
    domain::Motion savedMotion() const { return m_saved; }
    QString shownError() const { return m_shownError; }
    // The share of the vote entered for a class, in percent.
    QDoubleSpinBox* classShareSpin(qint64 classId) const { return m_classShareSpins.value(classId); }

    void accept() override;

private:
    void createClassShares();
    void updateForScheme();
    void updateHints();
    void revalidate();
    void clearErrors();
    void showError(const domain::Error& error);
    void showMemberHint(QLabel* label, const QString& text, const std::optional<domain::Member>& member);
    domain::VotingScheme scheme() const;

    std::unique_ptr<Ui::MotionDialog> m_ui;
    MutualSession& m_session;
    qint64 m_meetingId;
    MemberCompleter* m_proposerCompleter;
    MemberCompleter* m_seconderCompleter;
    std::optional<domain::Member> m_proposer;
    std::optional<domain::Member> m_seconder;
    QHash<qint64, QDoubleSpinBox*> m_classShareSpins;
    QHash<qint64, QString> m_classNames; // so that a message names the class, not its number
    QLabel* m_classSharesTotal = nullptr;
    QHash<QString, QLabel*> m_errorLabels;
    domain::Motion m_original;
    domain::Motion m_saved;
    bool m_isTitleTouched = false;
    QString m_shownError;
};

} // namespace mutualise::app
