#pragma once

#include "app/elections/ElectionListModel.h"
#include "domain/BltElection.h"
#include "domain/Meeting.h"

#include <QHash>
#include <QWidget>

#include <functional>
#include <optional>

class QAction;
class QLabel;
class QListView;
class QSortFilterProxyModel;
class QTableView;

namespace mutualise::app {

class CandidateListModel;
class MutualSession;

// The Elections tab of the Meetings & votes page: the meeting's elections with their seats, method,
// state and turnout, the candidates of the one chosen, and what a secretary does with it: draft a new
// election, correct or delete a draft, open voting, record papers one by one or import them from a
// .blt file, export the papers for other counting tools, and close voting to count and declare who is
// elected. Everything is read from and written through storage.
class ElectionsPanel : public QWidget
{
    Q_OBJECT

public:
    // Shows an error to the user.
    using ErrorPresenter = std::function<void(const QString& title, const QString& message)>;
    // Asks where to write a file, suggesting a name; empty when the user cancels.
    using SavePathChooser = std::function<QString(const QString& suggestedName)>;
    // Asks which file to read; empty when the user cancels.
    using OpenPathChooser = std::function<QString()>;

    explicit ElectionsPanel(QWidget* parent = nullptr);
    ~ElectionsPanel() override;

    // nullptr when the mutual is closed.
    void setSession(MutualSession* session);
    // Shows the meeting's elections as storage has them now, keeping the one chosen.
    void setMeeting(const std::optional<domain::Meeting>& meeting);
    void setErrorPresenter(ErrorPresenter presenter);
    void setSavePathChooser(SavePathChooser chooser);
    void setOpenPathChooser(OpenPathChooser chooser);

    std::optional<ElectionRow> selectedRow() const;
    std::optional<qint64> selectedElectionId() const;
    void selectElection(qint64 electionId);

    // Writes the papers cast in the chosen election to a .blt file; false, with the reason shown, if not.
    bool exportPapers(const QString& path);

    QAction* newElectionAction() const { return m_newElectionAction; }
    QAction* editElectionAction() const { return m_editElectionAction; }
    QAction* deleteElectionAction() const { return m_deleteElectionAction; }
    QAction* importPapersAction() const { return m_importPapersAction; }
    QAction* exportPapersAction() const { return m_exportPapersAction; }
    QAction* openVotingAction() const { return m_openVotingAction; }
    QAction* recordPapersAction() const { return m_recordPapersAction; }
    QAction* closeVotingAction() const { return m_closeVotingAction; }

    QTableView* electionsView() const { return m_electionsView; }
    ElectionListModel* electionsModel() const { return m_electionsModel; }
    CandidateListModel* candidatesModel() const { return m_candidatesModel; }
    QLabel* stateLabel() const { return m_stateLabel; }
    // What the last import or export did.
    QLabel* noticeLabel() const { return m_noticeLabel; }

Q_SIGNALS:
    void currentElectionChanged();
    // Enter on an election being voted on or declared, and once voting has closed: its result is wanted.
    void resultRequested(qint64 electionId);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void createActions();
    QWidget* createElectionsList();
    QWidget* createCandidatesList();
    void fitColumns();
    void fitTurnoutColumn();
    void fitColumnsToWidth();
    void showElection();
    void updateState(const std::optional<ElectionRow>& row);
    void updateActions();
    void showNotice(const QString& text);

    void addElection();
    void editElection();
    void deleteElection();
    void removeElection(qint64 electionId);
    void activateElection();
    void openVoting();
    void recordPapers();
    void chooseAndImportPapers();
    void importPapers(qint64 electionId, const domain::BltElection& ballots, const QString& fileName);
    void chooseAndExportPapers();
    void closeVoting();
    void declareResult(qint64 electionId);
    void showError(const QString& title, const QString& message);

    MutualSession* m_session = nullptr;
    std::optional<domain::Meeting> m_meeting;
    ErrorPresenter m_errorPresenter;
    SavePathChooser m_savePathChooser;
    OpenPathChooser m_openPathChooser;

    QAction* m_newElectionAction = nullptr;
    QAction* m_editElectionAction = nullptr;
    QAction* m_deleteElectionAction = nullptr;
    QAction* m_importPapersAction = nullptr;
    QAction* m_exportPapersAction = nullptr;
    QAction* m_openVotingAction = nullptr;
    QAction* m_recordPapersAction = nullptr;
    QAction* m_closeVotingAction = nullptr;

    ElectionListModel* m_electionsModel;
    CandidateListModel* m_candidatesModel;
    QTableView* m_electionsView = nullptr;
    QSortFilterProxyModel* m_sortedElections = nullptr; // the view's rows, in the order chosen
    QLabel* m_stateLabel = nullptr;
    QLabel* m_noticeLabel = nullptr;
    QListView* m_candidatesView = nullptr;
    QHash<int, int> m_columnWidths; // as fitted to their texts, for hiding when narrow
};

} // namespace mutualise::app
