#pragma once

#include "domain/Meeting.h"

#include <QWidget>

#include <functional>
#include <optional>

class QAction;
class QLabel;
class QListView;
class QStackedWidget;
class QTabWidget;

namespace mutualise::app {

class AttendancePanel;
class ElectionsPanel;
class MeetingListModel;
class MotionsPanel;
class MutualSession;
class ProxiesPanel;
class ResultPane;

// Meetings and their votes: the list of meetings (one entered by mistake can be deleted) and, for the
// one chosen, a tab each for who attends (AttendancePanel), by which proxies (ProxiesPanel), the motions
// with their voting (MotionsPanel), the elections (ElectionsPanel) and the result of the motion or
// election chosen last (ResultPane). The page keeps the meeting chosen and tells the tabs; the tabs
// write through storage, and the page reads everything again when the session says that it changed.
class MeetingsPage : public QWidget
{
    Q_OBJECT

public:
    enum Tab
    {
        AttendanceTab,
        ProxiesTab,
        MotionsTab,
        ElectionsTab,
        ResultTab,
    };

    // Shows an error to the user: the main window's presenter, or a message box by default.
    using ErrorPresenter = std::function<void(const QString& title, const QString& message)>;
    // Asks where to save a file, suggesting a name; empty when the user cancels. A save dialog by default.
    using SavePathChooser = std::function<QString(const QString& suggestedName)>;
    // Asks which file of ballots to import; empty when the user cancels. An open dialog by default.
    using OpenPathChooser = std::function<QString()>;

    explicit MeetingsPage(QWidget* parent = nullptr);
    ~MeetingsPage() override;

    // nullptr when the mutual is closed.
    void setSession(MutualSession* session);
    void setErrorPresenter(ErrorPresenter presenter);
    void setSavePathChooser(SavePathChooser chooser);
    void setOpenPathChooser(OpenPathChooser chooser);

    std::optional<qint64> selectedMeetingId() const;
    std::optional<qint64> selectedMotionId() const;
    void selectMeeting(qint64 meetingId);
    void selectMotion(qint64 motionId);
    // The meetings list: where the focus goes when the page is chosen from the keyboard.
    QWidget* mainWidget() const;

    // Writes the summary of the result shown on the Result tab, a motion's or an election's, to a PDF file.
    bool saveResultSummary(const QString& path);
    // Whether the Result tab shows the election chosen on the Elections tab rather than the motion.
    bool isShowingElectionResult() const;

private:
    void createActions();
    QWidget* createMeetingsList();
    QWidget* createMeetingDetail();
    QTabWidget* createTabs(QWidget* parent);
    void connectTabs();

    void reload();
    void showMeeting();
    void updateMeetingHeader();
    void updateQuorum(const domain::Meeting& meeting);
    void updateMotionResult();
    void updateElectionResult();
    void updateActions();
    std::optional<domain::Meeting> selectedMeeting() const;

    void addMeeting();
    void editMeeting();
    void deleteMeeting();
    void removeMeeting(qint64 meetingId);
    void showError(const QString& title, const QString& message);

    MutualSession* m_session = nullptr;
    ErrorPresenter m_errorPresenter;

    QAction* m_newMeetingAction = nullptr;
    QAction* m_editMeetingAction = nullptr;
    QAction* m_deleteMeetingAction = nullptr;

    MeetingListModel* m_meetingsModel;

    QStackedWidget* m_listStack = nullptr;
    QListView* m_meetingsView = nullptr;
    QStackedWidget* m_detailStack = nullptr;
    QLabel* m_placeholderLabel = nullptr;
    QLabel* m_meetingTitleLabel = nullptr;
    QLabel* m_meetingDetailLabel = nullptr;
    QLabel* m_quorumLabel = nullptr;
    QTabWidget* m_tabs = nullptr;
    AttendancePanel* m_attendancePanel = nullptr;
    ProxiesPanel* m_proxiesPanel = nullptr;
    MotionsPanel* m_motionsPanel = nullptr;
    ElectionsPanel* m_electionsPanel = nullptr;
    ResultPane* m_resultPane = nullptr;
    bool m_isElectionResultStale = true;
};

} // namespace mutualise::app
