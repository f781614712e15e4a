#pragma once

#include "domain/Meeting.h"
#include "domain/Member.h"

#include <QDialog>

#include <memory>
#include <optional>

namespace Ui {
class ProxyDialog;
}

namespace mutualise::app {

class MemberCompleter;
class MutualSession;

// Appoints a member's proxy for one meeting: another member or the chair, told how to vote or left to
// decide. Storage's refusals (a member its own proxy, a holder at the meeting's limit, someone who is
// not a voting member on the day) are shown under the field at fault.
class ProxyDialog : public QDialog
{
    Q_OBJECT

public:
    ProxyDialog(MutualSession& session, qint64 meetingId, QWidget* parent = nullptr);
    ~ProxyDialog() override;

    // Fills the dialog with an appointment already made, to replace it.
    void setAppointment(const domain::ProxyAppointment& appointment);
    // The appointment as entered, if it is complete.
    std::optional<domain::ProxyAppointment> appointment() const;
    QString shownError() const { return m_shownError; }

    void accept() override;

private:
    void revalidate();
    void clearErrors();
    void showError(const domain::Error& error);

    std::unique_ptr<Ui::ProxyDialog> m_ui;
    MutualSession& m_session;
    qint64 m_meetingId;
    MemberCompleter* m_memberCompleter;
    MemberCompleter* m_holderCompleter;
    std::optional<domain::Member> m_member;
    std::optional<domain::Member> m_holder;
    QString m_shownError;
};

} // namespace mutualise::app
