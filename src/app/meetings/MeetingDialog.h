#pragma once

#include "domain/Meeting.h"

#include <QDialog>
#include <QHash>

#include <memory>

class QLabel;

namespace Ui {
class MeetingDialog;
}

namespace mutualise::app {

class MutualSession;

// Adds a meeting (an AGM, a general or a board meeting) or edits one: its kind, date, title, place,
// agenda and the most proxies one person may hold there. Problems are shown under the field at fault;
// on OK the meeting is stored, and the dialog stays open with the reason if storage refuses it.
class MeetingDialog : public QDialog
{
    Q_OBJECT

public:
    explicit MeetingDialog(MutualSession& session, QWidget* parent = nullptr);
    ~MeetingDialog() override;

    // Fills the dialog with a stored meeting, for editing.
    void setMeeting(const domain::Meeting& meeting);
    // The meeting as entered.
    domain::Meeting meeting() const;
    // The meeting as stored, once accepted.
    domain::Meeting savedMeeting() const { return m_saved; }
    QString shownError() const { return m_shownError; }

    void accept() override;

private:
    void revalidate();
    void clearErrors();
    void showError(const domain::Error& error);

    std::unique_ptr<Ui::MeetingDialog> m_ui;
    MutualSession& m_session;
    domain::Meeting m_original;
    domain::Meeting m_saved;
    QHash<QString, QLabel*> m_errorLabels;
    QString m_shownError;
};

} // namespace mutualise::app
