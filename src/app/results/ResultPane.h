#pragma once

#include "app/elections/ElectionListModel.h"
#include "domain/Meeting.h"

#include <QStackedWidget>

class QPagedPaintDevice;

#include <functional>
#include <optional>

namespace mutualise::app {

class ElectionResultView;
class MotionResultView;
class MutualSession;

// The Result tab of the Meetings & votes page: the result of the motion or of the election chosen last,
// with its working, or why there is none yet; printed or saved as a PDF for the minutes. The results are
// read from storage as they stand.
class ResultPane : public QStackedWidget
{
    Q_OBJECT

public:
    // Shows an error to the user.
    using ErrorPresenter = std::function<void(const QString& title, const QString& message)>;
    // Asks where to save a file, suggesting a name; empty when the user cancels.
    using SavePathChooser = std::function<QString(const QString& suggestedName)>;

    explicit ResultPane(QWidget* parent = nullptr);
    ~ResultPane() override;

    // nullptr when the mutual is closed.
    void setSession(MutualSession* session);
    void setErrorPresenter(ErrorPresenter presenter);
    void setSavePathChooser(SavePathChooser chooser);

    // Reads the result of the motion again, or says why it has none.
    void showMotionResult(const std::optional<domain::Meeting>& meeting,
                          const std::optional<domain::Motion>& motion);
    // Counts the election's papers again, or says why it has no result.
    void showElectionResult(const std::optional<domain::Meeting>& meeting,
                            const std::optional<ElectionRow>& row);
    // Which of the two results is in view.
    void showResultOf(bool isElection);
    bool isShowingElectionResult() const;

    // Writes the summary of the result in view to a PDF file; false, with the reason shown, if not.
    bool saveSummary(const QString& path);

private:
    // The summary of the result shown, for printing or a PDF: its title, a file name, and how it is
    // printed on a device (reports::ResultPdf) and saved as a PDF.
    struct Summary
    {
        QString title;
        QString fileName;
        std::function<bool(QPagedPaintDevice&)> print;
        std::function<domain::Outcome(const QString& path, const QString& mutualPath)> save;
    };
    std::optional<Summary> shownSummary() const;
    std::optional<QString> motionMessage(const std::optional<domain::Meeting>& meeting,
                                         const std::optional<domain::Motion>& motion) const;
    std::optional<QString> electionMessage(const std::optional<domain::Meeting>& meeting,
                                           const std::optional<ElectionRow>& row) const;
    void updateButtons();
    void printResult();
    void saveResultAsPdf();
    void showError(const QString& title, const QString& message);

    MutualSession* m_session = nullptr;
    ErrorPresenter m_errorPresenter;
    SavePathChooser m_savePathChooser;
    MotionResultView* m_motionView;
    ElectionResultView* m_electionView;
};

} // namespace mutualise::app
