#pragma once

#include "ResultSummary.h"

#include <QWidget>

#include <optional>

class QBoxLayout;
class QChart;
class QChartView;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;

namespace mutualise::app {

struct ResultFigures;

// One motion's result: whether it is provisional or declared, the figures, a bar chart of for, against
// and abstain, every step of the working and the fingerprint of the roll it was counted from.
class MotionResultView : public QWidget
{
    Q_OBJECT

public:
    explicit MotionResultView(QWidget* parent = nullptr);

    void showResult(const MotionResultSource& source);
    // Instead of a result: why there is none (no motion chosen, voting not open yet, an error).
    void showMessage(const QString& message);

    // The result shown, if any: what Print… and Save as PDF… put on paper.
    std::optional<MotionResultSource> source() const { return m_source; }
    bool isShowingResult() const;
    QString message() const;
    QChart* chart() const;
    QLabel* statusLabel() const { return m_statusLabel; }
    QPlainTextEdit* workingView() const { return m_workingView; }
    QPushButton* printButton() const { return m_printButton; }
    QPushButton* savePdfButton() const { return m_savePdfButton; }

Q_SIGNALS:
    void printRequested();
    void savePdfRequested();

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    QWidget* createContent();
    QWidget* createFigures();
    QLabel* addFigure(int row, const QString& caption, const QString& objectName, int column = 1,
                      int columnSpan = 1);
    void showFigures(const ResultFigures& figures);
    void showChart(const ResultFigures& figures);
    void arrangeForWidth(int width);

    std::optional<MotionResultSource> m_source;
    QStackedWidget* m_stack;
    QLabel* m_messageLabel;
    QLabel* m_titleLabel = nullptr;
    QLabel* m_statusLabel = nullptr;
    QPushButton* m_printButton = nullptr;
    QPushButton* m_savePdfButton = nullptr;
    QGridLayout* m_figuresGrid = nullptr;
    int m_votesCastRow = 0;
    QLabel* m_membersHeading = nullptr;
    QLabel* m_weightHeading = nullptr;
    QList<QLabel*> m_weightLabels;
    QChartView* m_chartView = nullptr;
    QBoxLayout* m_columns = nullptr;
    QPlainTextEdit* m_workingView = nullptr;
    QLabel* m_rollLabel = nullptr;
    QLineEdit* m_fingerprintEdit = nullptr;
};

} // namespace mutualise::app
