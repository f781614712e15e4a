#pragma once

#include "domain/Meeting.h"

#include <QDialog>

#include <memory>

class QDateEdit;
class QPushButton;

namespace Ui {
class OpenVotingDialog;
}

namespace mutualise::app {

class MutualSession;

// Opens voting on a draft motion once the secretary has picked the record date and read what opening
// does: the roll of voters and their weights is frozen as the register stood at the end of that day,
// and the motion's text and rules can no longer change.
class OpenVotingDialog : public QDialog
{
    Q_OBJECT

public:
    OpenVotingDialog(MutualSession& session, const domain::Motion& motion, const domain::Meeting& meeting,
                     QWidget* parent = nullptr);
    ~OpenVotingDialog() override;

    QDateEdit* dateEdit() const;
    QPushButton* openButton() const { return m_openButton; }
    QString confirmationText() const;
    QString shownError() const { return m_shownError; }

    void accept() override;

private:
    void updateConfirmation();

    std::unique_ptr<Ui::OpenVotingDialog> m_ui;
    MutualSession& m_session;
    domain::Motion m_motion;
    QPushButton* m_openButton;
    QString m_shownError;
};

} // namespace mutualise::app
