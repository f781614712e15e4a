#pragma once

#include "domain/Meeting.h"

#include <QHash>
#include <QWidget>

#include <functional>
#include <optional>

class QAction;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTabWidget;
class QTableView;

namespace mutualise::storage {
struct BallotInput;
} // namespace mutualise::storage

namespace mutualise::app {

class AttendanceModel;
class BallotListModel;
class ElectionResultView;
class ElectionsPanel;
class MeetingListModel;
class MotionListModel;
class MotionResultView;
class MutualSession;
class ProxyListModel;

// Meetings and their votes: the list of meetings (one entered by mistake can be deleted) and, for the
// one chosen, who attends and by which proxies, the motions with their voting (open it, record ballots
// one by one or import them from a CSV file, close it), the elections (see ElectionsPanel) and the result of
// the motion or election chosen last, with its working, ready to print for the minutes. Everything is read
// from and written through storage; the page decides nothing itself.
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

    QAction* newMeetingAction() const { return m_newMeetingAction; }
    QAction* editMeetingAction() const { return m_editMeetingAction; }
    QAction* deleteMeetingAction() const { return m_deleteMeetingAction; }
    QAction* markPresentAction() const { return m_markPresentAction; }
    QAction* markApologiesAction() const { return m_markApologiesAction; }
    QAction* clearAttendanceAction() const { return m_clearAttendanceAction; }
    QAction* appointProxyAction() const { return m_appointProxyAction; }
    QAction* revokeProxyAction() const { return m_revokeProxyAction; }
    QAction* newMotionAction() const { return m_newMotionAction; }
    QAction* editMotionAction() const { return m_editMotionAction; }
    QAction* deleteMotionAction() const { return m_deleteMotionAction; }
    QAction* openVotingAction() const { return m_openVotingAction; }
    QAction* recordBallotAction() const { return m_recordBallotAction; }
    QAction* importBallotsAction() const { return m_importBallotsAction; }
    QAction* closeVotingAction() const { return m_closeVotingAction; }

    QTabWidget* tabs() const { return m_tabs; }
    QListView* meetingsView() const { return m_meetingsView; }
    QTableView* attendanceView() const { return m_attendanceView; }
    QTableView* proxiesView() const { return m_proxiesView; }
    QTableView* motionsView() const { return m_motionsView; }
    QTableView* ballotsView() const { return m_ballotsView; }
    QLineEdit* attendanceFindField() const { return m_findField; }
    QLabel* quorumLabel() const { return m_quorumLabel; }
    // What the last import of ballots did.
    QLabel* motionNoticeLabel() const { return m_motionNoticeLabel; }
    MeetingListModel* meetingsModel() const { return m_meetingsModel; }
    AttendanceModel* attendanceModel() const { return m_attendanceModel; }
    QSortFilterProxyModel* attendanceFilter() const { return m_attendanceFilter; }
    ProxyListModel* proxiesModel() const { return m_proxiesModel; }
    MotionListModel* motionsModel() const { return m_motionsModel; }
    BallotListModel* ballotsModel() const { return m_ballotsModel; }
    MotionResultView* resultView() const { return m_resultView; }
    ElectionsPanel* electionsPanel() const { return m_electionsPanel; }
    ElectionResultView* electionResultView() const { return m_electionResultView; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void createActions();
    QWidget* createMeetingsList();
    QWidget* createMeetingDetail();
    QWidget* createAttendanceTab();
    QWidget* createProxiesTab();
    QWidget* createMotionsTab();
    void fitColumns();
    void fitMotionColumnsToWidth();

    void reload();
    void showMeeting();
    void showMotion();
    void updateMeetingHeader();
    void updateAttendanceCount();
    void updateResult();
    void updateElectionResult();
    void showResultOf(bool isElection);
    void updateActions();
    std::optional<domain::Meeting> selectedMeeting() const;
    std::optional<domain::Motion> selectedMotion() const;
    QList<qint64> selectedAttendanceMemberIds() const;

    void addMeeting();
    void editMeeting();
    void deleteMeeting();
    void removeMeeting(qint64 meetingId);
    void setAttendance(std::optional<domain::Attendance> attendance);
    void markFoundMemberPresent();
    void appointProxy();
    void revokeProxy();
    void addMotion();
    void editMotion();
    void deleteMotion();
    void removeMotion(qint64 motionId);
    void activateMotion();
    void openVoting();
    void recordBallots();
    void chooseAndImportBallots();
    void importBallots(qint64 motionId, const QList<storage::BallotInput>& ballots, const QString& fileName);
    void closeVoting();
    void declareResult(qint64 motionId);
    // The summary of the result shown, for printing or a PDF: its title, a file name and its HTML.
    struct Summary
    {
        QString title;
        QString fileName;
        QString html;
    };
    std::optional<Summary> shownSummary() const;
    void printResult();
    void saveResultAsPdf();
    void showError(const QString& title, const QString& message);

    MutualSession* m_session = nullptr;
    ErrorPresenter m_errorPresenter;
    SavePathChooser m_savePathChooser;
    OpenPathChooser m_openPathChooser;

    QAction* m_newMeetingAction = nullptr;
    QAction* m_editMeetingAction = nullptr;
    QAction* m_deleteMeetingAction = nullptr;
    QAction* m_markPresentAction = nullptr;
    QAction* m_markApologiesAction = nullptr;
    QAction* m_clearAttendanceAction = nullptr;
    QAction* m_appointProxyAction = nullptr;
    QAction* m_revokeProxyAction = nullptr;
    QAction* m_newMotionAction = nullptr;
    QAction* m_editMotionAction = nullptr;
    QAction* m_deleteMotionAction = nullptr;
    QAction* m_openVotingAction = nullptr;
    QAction* m_recordBallotAction = nullptr;
    QAction* m_importBallotsAction = nullptr;
    QAction* m_closeVotingAction = nullptr;

    MeetingListModel* m_meetingsModel;
    AttendanceModel* m_attendanceModel;
    QSortFilterProxyModel* m_attendanceFilter;
    ProxyListModel* m_proxiesModel;
    MotionListModel* m_motionsModel;
    BallotListModel* m_ballotsModel;

    QStackedWidget* m_listStack = nullptr;
    QListView* m_meetingsView = nullptr;
    QStackedWidget* m_detailStack = nullptr;
    QLabel* m_placeholderLabel = nullptr;
    QLabel* m_meetingTitleLabel = nullptr;
    QLabel* m_meetingDetailLabel = nullptr;
    QLabel* m_quorumLabel = nullptr;
    QTabWidget* m_tabs = nullptr;
    QLineEdit* m_findField = nullptr;
    QTableView* m_attendanceView = nullptr;
    QLabel* m_attendanceCountLabel = nullptr;
    QTableView* m_proxiesView = nullptr;
    QTableView* m_motionsView = nullptr;
    QLabel* m_motionStateLabel = nullptr;
    QLabel* m_motionNoticeLabel = nullptr;
    QLabel* m_ballotsTitle = nullptr;
    QTableView* m_ballotsView = nullptr;
    MotionResultView* m_resultView = nullptr;
    ElectionsPanel* m_electionsPanel = nullptr;
    ElectionResultView* m_electionResultView = nullptr;
    QStackedWidget* m_resultStack = nullptr;
    bool m_isElectionResultStale = true;
    QHash<int, int> m_motionColumnWidths; // as fitted to their texts, for hiding when narrow
};

} // namespace mutualise::app
