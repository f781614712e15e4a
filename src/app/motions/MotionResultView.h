#pragma once

#include "app/results/ResultView.h"
#include "reports/ResultSummary.h"

#include <optional>

class QBoxLayout;
class QChart;
class QChartView;
class QGridLayout;
class QLabel;
class QLineEdit;

namespace mutualise::reports {
struct ResultFigures;
}

namespace mutualise::app {

// One motion's result: whether it is provisional or declared, the figures, a bar chart of for, against
// and abstain, every step of the working and the fingerprint of the roll it was counted from.
class MotionResultView : public ResultView
{
    Q_OBJECT

public:
    explicit MotionResultView(QWidget* parent = nullptr);

    void showResult(const reports::MotionResultSource& source);

    // The result shown, if any: what Print… and Save as PDF… put on paper.
    std::optional<reports::MotionResultSource> source() const { return m_source; }
    QChart* chart() const;

protected:
    void resizeEvent(QResizeEvent* event) override;
    void forgetResult() override;

private:
    QWidget* createFigures();
    QLabel* addFigure(int row, const QString& caption, const QString& objectName, int column = 1,
                      int columnSpan = 1);
    void showFigures(const reports::ResultFigures& figures);
    void showChart(const reports::ResultFigures& figures);
    void arrangeForWidth(int width);

    std::optional<reports::MotionResultSource> m_source;
    QGridLayout* m_figuresGrid = nullptr;
    int m_votesCastRow = 0;
    QLabel* m_membersHeading = nullptr;
    QLabel* m_weightHeading = nullptr;
    QList<QLabel*> m_weightLabels;
    QChartView* m_chartView = nullptr;
    QBoxLayout* m_columns = nullptr;
    QLabel* m_rollLabel = nullptr;
    QLineEdit* m_fingerprintEdit = nullptr;
};

} // namespace mutualise::app
