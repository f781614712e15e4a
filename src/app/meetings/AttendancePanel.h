#pragma once

#include "domain/Meeting.h"

#include <QWidget>

#include <functional>
#include <optional>

class QAction;
class QLayout;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace mutualise::app {

class AttendanceModel;
class MutualSession;

// The Attendance tab of the Meetings & votes page: everyone who may attend the meeting chosen, found by
// number or name, and what the secretary records for them at the door: present, apologies, or nothing.
// Everything is read from and written through storage.
class AttendancePanel : public QWidget
{
    Q_OBJECT

public:
    // Shows an error to the user.
    using ErrorPresenter = std::function<void(const QString& title, const QString& message)>;

    explicit AttendancePanel(QWidget* parent = nullptr);
    ~AttendancePanel() override;

    // nullptr when the mutual is closed.
    void setSession(MutualSession* session);
    // Shows the meeting's attendance as storage has it now.
    void setMeeting(const std::optional<domain::Meeting>& meeting);
    void setErrorPresenter(ErrorPresenter presenter);

private:
    void createActions();
    QLayout* createFindRow();
    void createAttendanceTable();
    QLayout* createActionRow();
    void fitColumns();
    void updateCount();
    void updateActions();
    QList<qint64> selectedMemberIds() const;

    void setAttendance(std::optional<domain::Attendance> attendance);
    void markFoundMemberPresent();
    void showError(const QString& title, const QString& message);

    MutualSession* m_session = nullptr;
    std::optional<domain::Meeting> m_meeting;
    ErrorPresenter m_errorPresenter;

    QAction* m_markPresentAction = nullptr;
    QAction* m_markApologiesAction = nullptr;
    QAction* m_clearAction = nullptr;

    AttendanceModel* m_model;
    QSortFilterProxyModel* m_filter = nullptr; // the view's: sorts, and keeps what Find matches
    QLineEdit* m_findField = nullptr;
    QTableView* m_view = nullptr;
    QLabel* m_countLabel = nullptr;
};

} // namespace mutualise::app
