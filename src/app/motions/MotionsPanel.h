#pragma once

#include "domain/Meeting.h"

#include <QHash>
#include <QWidget>

#include <functional>
#include <optional>

class QAction;
class QLabel;
class QLayout;
class QSortFilterProxyModel;
class QTableView;

namespace mutualise::storage {
struct BallotInput;
} // namespace mutualise::storage

namespace mutualise::app {

class BallotListModel;
class MotionListModel;
class MutualSession;

// The Motions tab of the Meetings & votes page: the meeting's motions with their voting scheme,
// threshold, state and outcome, the ballots of the one chosen, and what a secretary does with it: draft
// a motion, correct or delete a draft, open voting, record ballots one by one or import them from a CSV
// file, and close voting to count and declare the result. Everything is read from and written through
// storage.
class MotionsPanel : public QWidget
{
    Q_OBJECT

public:
    // Shows an error to the user.
    using ErrorPresenter = std::function<void(const QString& title, const QString& message)>;
    // Asks which file of ballots to import; empty when the user cancels.
    using OpenPathChooser = std::function<QString()>;

    explicit MotionsPanel(QWidget* parent = nullptr);
    ~MotionsPanel() override;

    // nullptr when the mutual is closed.
    void setSession(MutualSession* session);
    // Shows the meeting's motions as storage has them now, keeping the one chosen.
    void setMeeting(const std::optional<domain::Meeting>& meeting);
    void setErrorPresenter(ErrorPresenter presenter);
    void setOpenPathChooser(OpenPathChooser chooser);

    bool hasMotions() const;
    std::optional<domain::Motion> selectedMotion() const;
    std::optional<qint64> selectedMotionId() const;
    void selectMotion(qint64 motionId);

Q_SIGNALS:
    void currentMotionChanged();
    // A motion was drafted: it is chosen, and the tab is wanted in view.
    void motionAdded();
    // Enter on a motion being voted on or declared, and once voting has closed: its result is wanted.
    void resultRequested();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void createActions();
    QLayout* createTopRow();
    void createMotionsTable();
    QLayout* createVotingRow();
    void createBallotsTable();
    QWidget* createSplitter(QLayout* voting);
    void fitColumns();
    void fitBallotColumns();
    void fitColumnsToWidth();
    void fitBallotColumnsToWidth();
    void showMotion();
    void updateState(const std::optional<domain::Motion>& motion);
    void updateActions();
    void showNotice(const QString& text);

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
    void showError(const QString& title, const QString& message);

    MutualSession* m_session = nullptr;
    std::optional<domain::Meeting> m_meeting;
    ErrorPresenter m_errorPresenter;
    OpenPathChooser m_openPathChooser;

    QAction* m_newMotionAction = nullptr;
    QAction* m_editMotionAction = nullptr;
    QAction* m_deleteMotionAction = nullptr;
    QAction* m_openVotingAction = nullptr;
    QAction* m_recordBallotAction = nullptr;
    QAction* m_importBallotsAction = nullptr;
    QAction* m_closeVotingAction = nullptr;

    MotionListModel* m_motionsModel;
    BallotListModel* m_ballotsModel;
    QTableView* m_motionsView = nullptr;
    QSortFilterProxyModel* m_sortedMotions = nullptr; // the motions' view's rows, in the order chosen
    QLabel* m_stateLabel = nullptr;
    QLabel* m_noticeLabel = nullptr;
    QLabel* m_ballotsTitle = nullptr;
    QTableView* m_ballotsView = nullptr;
    QHash<int, int> m_columnWidths; // as fitted to their texts, for hiding when narrow
    QHash<int, int> m_ballotColumnWidths; // likewise for the ballots
};

} // namespace mutualise::app
