#pragma once

#include "app/results/ResultView.h"
#include "reports/ElectionSummary.h"

#include <optional>

class QBoxLayout;
class QGridLayout;
class QLabel;
class QTableView;

namespace mutualise::reports {
class ElectionRoundsModel;
}

namespace mutualise::app {

class ElectionRoundsChart;

// One election's result: whether it is provisional or declared, who is elected in order, the figures
// (turnout, valid and invalid papers, the quota), a chart and a table of every round of the count, any
// tie decided by lot and the working in sentences.
class ElectionResultView : public ResultView
{
    Q_OBJECT

public:
    explicit ElectionResultView(QWidget* parent = nullptr);

    void showResult(const reports::ElectionResultSource& source);

    // The result shown, if any: what Print… and Save as PDF… put on paper.
    std::optional<reports::ElectionResultSource> source() const { return m_source; }
    // The value shown for a figure of reports::ElectionSummary::figureLines, by its key ("quota").
    QString figure(const QString& key) const;
    QLabel* electedLabel() const { return m_electedLabel; }
    QLabel* tiesLabel() const { return m_tiesLabel; }
    ElectionRoundsChart* roundsChart() const { return m_chart; }
    QTableView* roundsView() const { return m_roundsView; }
    reports::ElectionRoundsModel* roundsModel() const { return m_roundsModel; }

protected:
    void resizeEvent(QResizeEvent* event) override;
    void forgetResult() override;

private:
    void showFigures(const reports::ElectionResultSource& source, const reports::ElectionFigures& figures);
    void fitRoundsTable();
    void arrangeForWidth(int width);

    std::optional<reports::ElectionResultSource> m_source;
    reports::ElectionRoundsModel* m_roundsModel;
    QLabel* m_electedHeading = nullptr;
    QLabel* m_electedLabel = nullptr;
    QGridLayout* m_figuresGrid = nullptr;
    QBoxLayout* m_columns = nullptr;
    QLabel* m_roundsHeading = nullptr;
    ElectionRoundsChart* m_chart = nullptr;
    QTableView* m_roundsView = nullptr;
    QLabel* m_tiesHeading = nullptr;
    QLabel* m_tiesLabel = nullptr;
};

} // namespace mutualise::app
