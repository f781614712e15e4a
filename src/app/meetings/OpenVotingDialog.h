#pragma once

#include "domain/Election.h"
#include "domain/Meeting.h"

#include <QDialog>

#include <functional>
#include <memory>

class QPushButton;

namespace Ui {
class OpenVotingDialog;
}

namespace mutualise::app {

class DateEdit;
class MutualSession;

// Opens voting on a draft motion or election once the secretary has picked the record date and read
// what opening does: the roll of voters (and, for a motion, their weights) is frozen as the register
// stood at the end of that day, and what is voted on can no longer change. For a motion the roll that
// date would freeze is previewed as the date changes: how many members and what weight, or why storage
// would refuse to open voting, in which case the Open button stays disabled.
class OpenVotingDialog : public QDialog
{
    Q_OBJECT

public:
    OpenVotingDialog(MutualSession& session, const domain::Motion& motion, const domain::Meeting& meeting,
                     QWidget* parent = nullptr);
    OpenVotingDialog(MutualSession& session, const domain::Election& election, const domain::Meeting& meeting,
                     QWidget* parent = nullptr);
    ~OpenVotingDialog() override;

    DateEdit* dateEdit() const;
    QPushButton* openButton() const { return m_openButton; }
    QString confirmationText() const;
    // What the roll would be on the record date chosen, or why there would be none; empty for an election.
    QString rollText() const;
    QString shownError() const { return m_shownError; }

    void accept() override;

private:
    using Opener = std::function<domain::Outcome(const QDate& recordDate)>;
    // A sentence describing the roll that opening on the date would freeze, or storage's refusal.
    using RollPreview = std::function<domain::Result<QString>(const QDate& recordDate)>;

    // `confirmation` says what opening freezes, with %1 for the record date. Without `preview` no roll
    // is shown.
    OpenVotingDialog(MutualSession& session, const QString& summary, const QString& confirmation, Opener open,
                     RollPreview preview, const domain::Meeting& meeting, QWidget* parent);
    void updateConfirmation();
    void updateRollPreview();

    std::unique_ptr<Ui::OpenVotingDialog> m_ui;
    MutualSession& m_session;
    QString m_confirmation;
    Opener m_open;
    RollPreview m_preview;
    QPushButton* m_openButton;
    QString m_shownError;
};

} // namespace mutualise::app
