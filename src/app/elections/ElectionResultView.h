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
    // The table of rounds: the first block of it. A narrow page shows the rounds in blocks, one under
    // another, each with the candidates' names again; none scrolls on its own.
    QTableView* roundsView() const { return m_roundsViews.constFirst(); }
    QList<QTableView*> roundsViews() const { return m_roundsViews; }
    reports::ElectionRoundsModel* roundsModel() const { return m_roundsModel; }

protected:
    void resizeEvent(QResizeEvent* event) override;
    void forgetResult() override;
    void bodyResized() override;

private:
    void showFigures(const reports::ElectionResultSource& source, const reports::ElectionFigures& figures);
    void fitRoundsTable();
    QTableView* createRoundsView();
    QList<QList<int>> roundsBlocks(const QList<int>& widths, int available) const;
    void arrangeForWidth(int width);

    std::optional<reports::ElectionResultSource> m_source;
    reports::ElectionRoundsModel* m_roundsModel;
    QLabel* m_electedHeading = nullptr;
    QLabel* m_electedLabel = nullptr;
    QGridLayout* m_figuresGrid = nullptr;
    QBoxLayout* m_columns = nullptr;
    QLabel* m_roundsHeading = nullptr;
    ElectionRoundsChart* m_chart = nullptr;
    QWidget* m_roundsBox = nullptr;
    QList<QTableView*> m_roundsViews;
    int m_fittedWidth = -1;
    QLabel* m_tiesHeading = nullptr;
    QLabel* m_tiesLabel = nullptr;
};

} // namespace mutualise::app
