#include "app/motions/MotionResultView.h"

#include "app/results/ResultStatusLabel.h"
#include "app/widgets/PageWidgets.h"
#include "reports/MotionChart.h"
#include "reports/ResultFigures.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QFontDatabase>
#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QLegend>
#include <QLineEdit>
#include <QResizeEvent>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <climits>
#include <cmath>

using namespace Qt::StringLiterals;

namespace mutualise::app {

namespace {

// Below this width the chart goes under the figures instead of beside them.
constexpr int sideBySideWidth = 760;

const QColor forColour(0x2e, 0x7d, 0x32);
const QColor againstColour(0xc6, 0x28, 0x28);
const QColor abstainColour(0x9e, 0x9e, 0x9e);

QString outcomeStyle(domain::MotionOutcome outcome)
{
    switch (outcome) {
    case domain::MotionOutcome::Carried:
        return u"color: #1b5e20;"_s;
    case domain::MotionOutcome::Defeated:
        return u"color: #b3261e;"_s;
    case domain::MotionOutcome::Void:
        return u"color: #5f6368;"_s;
    }
    return {};
}

} // namespace

MotionResultView::MotionResultView(QWidget* parent)
    : ResultView(tr("Choose a motion on the Motions tab to see its result."), parent)
{
    m_chartView = new QChartView(content());
    m_chartView->setObjectName(u"resultChart"_s);
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(14 * fontMetrics().height());
    // The chart is drawn to its size and never scrolls: the page does.
    m_chartView->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_chartView->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_columns = new QBoxLayout(QBoxLayout::LeftToRight);
    m_columns->setSpacing(16);
    m_columns->addWidget(createFigures(), 1);
    m_columns->addWidget(m_chartView, 1);
    setBody(m_columns);
}

QWidget* MotionResultView::createFigures()
{
    m_figuresGrid = new QGridLayout;
    QFrame* frame = createCard(u"figuresCard"_s, m_figuresGrid);
    frame->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    m_figuresGrid->setHorizontalSpacing(16);
    m_figuresGrid->setVerticalSpacing(4);
    m_figuresGrid->setColumnStretch(2, 1);
    m_membersHeading = new QLabel(tr("Members"), frame);
    m_weightHeading = new QLabel(frame);
    for (QLabel* heading : { m_membersHeading, m_weightHeading }) {
        heading->setFont(headlineFont(font(), 1.0));
        heading->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    }
    m_figuresGrid->addWidget(m_membersHeading, 0, 1);
    m_figuresGrid->addWidget(m_weightHeading, 0, 2);
    int row = 1;
    for (const auto& [caption, name] :
         { std::pair { tr("Eligible"), u"eligible"_s },
           std::pair { domain::choiceLabel(domain::Choice::For), u"for"_s },
           std::pair { domain::choiceLabel(domain::Choice::Against), u"against"_s },
           std::pair { domain::choiceLabel(domain::Choice::Abstain), u"abstain"_s } }) {
        addFigure(row, caption, name + u"MembersValue"_s)->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        QLabel* weight = addFigure(row, QString(), name + u"WeightValue"_s, 2);
        weight->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_weightLabels << weight;
        ++row;
    }
    m_votesCastRow = row;
    addFigure(row++, tr("Votes cast"), u"votesCastValue"_s)->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    addFigure(row++, tr("Cap on one member"), u"capValue"_s, 1, 2);
    addFigure(row++, tr("Quorum"), u"quorumValue"_s, 1, 2);
    addFigure(row++, tr("Threshold"), u"thresholdValue"_s, 1, 2);
    addFigure(row++, tr("Test"), u"thresholdTestValue"_s, 1, 2);
    addFigure(row++, tr("Outcome"), u"outcomeValue"_s, 1, 2);
    auto* rule = new QFrame(frame);
    rule->setFrameShape(QFrame::HLine);
    rule->setForegroundRole(QPalette::Mid);
    m_figuresGrid->addWidget(rule, row++, 0, 1, 3);
    m_rollLabel = addFigure(row++, tr("Roll"), u"rollLabel"_s, 1, 2);
    auto* fingerprintCaption = new QLabel(tr("Fingerprint"), frame);
    fingerprintCaption->setForegroundRole(QPalette::PlaceholderText);
    m_fingerprintEdit = new QLineEdit(frame);
    m_fingerprintEdit->setObjectName(u"fingerprintEdit"_s);
    m_fingerprintEdit->setReadOnly(true);
    m_fingerprintEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_fingerprintEdit->setAccessibleName(tr("Roll fingerprint"));
    m_fingerprintEdit->setToolTip(tr("The SHA-256 fingerprint of the frozen roll: anyone with the printed "
                                     "roll can work it out again and compare"));
    m_figuresGrid->addWidget(fingerprintCaption, row, 0);
    m_figuresGrid->addWidget(m_fingerprintEdit, row, 1, 1, 2);
    return frame;
}

QLabel* MotionResultView::addFigure(int row, const QString& caption, const QString& objectName, int column,
                                    int columnSpan)
{
    QWidget* parent = m_figuresGrid->parentWidget();
    if (!caption.isEmpty()) {
        auto* captionLabel = new QLabel(caption, parent);
        captionLabel->setObjectName(objectName + u"Caption"_s);
        captionLabel->setForegroundRole(QPalette::PlaceholderText);
        m_figuresGrid->addWidget(captionLabel, row, 0);
    }
    auto* value = new QLabel(parent);
    value->setObjectName(objectName);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    value->setWordWrap(columnSpan > 1);
    m_figuresGrid->addWidget(value, row, column, 1, columnSpan);
    return value;
}

QChart* MotionResultView::chart() const
{
    return m_chartView->chart();
}

void MotionResultView::forgetResult()
{
    m_source.reset();
}

void MotionResultView::showResult(const reports::MotionResultSource& source)
{
    m_source = source;
    const reports::ResultFigures figures = reports::resultFigures(source.result);
    showResultStatus(statusLabel(), figures.isDeclared, source.motion.closedAt,
                     tr("Provisional — voting is open. The figures change as ballots are recorded; "
                        "nothing is declared until voting closes."));
    showFigures(figures);
    showChart(figures);
    QStringList numbered;
    for (qsizetype i = 0; i < source.result.working.size(); ++i) {
        //: One numbered step of a count's working: "3. Quorum: ..."
        numbered << tr("%1. %2").arg(i + 1).arg(source.result.working.at(i));
    }
    workingView()->setText(numbered.join(u"\n\n"_s));
    //: The roll a vote was counted from: "5 members, total weight 5, frozen at the end of 15/07/2025"
    m_rollLabel->setText(
        tr("%Ln member(s), total weight %1, frozen at the end of %2", nullptr,
           static_cast<int>(std::min<qint64>(figures.rollMembers, INT_MAX)))
            .arg(figures.rollTotal, QLocale().toString(figures.recordDate, QLocale::ShortFormat)));
    m_fingerprintEdit->setText(figures.rollFingerprint);
    m_fingerprintEdit->setCursorPosition(0);
    showResultPage(source.motion.title);
    arrangeForWidth(width());
}

void MotionResultView::showFigures(const reports::ResultFigures& figures)
{
    const auto set = [this](const QString& name, const QString& text) {
        auto* label = findChild<QLabel*>(name);
        Q_ASSERT(label);
        label->setText(text);
    };
    const QLocale locale;
    m_weightHeading->setText(figures.weightHeading);
    // Under one member, one vote a member's weight is 1: the members column says it all.
    for (QLabel* label : std::as_const(m_weightLabels)) {
        label->setVisible(figures.isWeighted());
    }
    m_weightHeading->setVisible(figures.isWeighted());
    set(u"eligibleMembersValue"_s, locale.toString(figures.eligibleMembers));
    set(u"eligibleWeightValue"_s, figures.eligibleWeight);
    for (const auto& [name, figure] :
         { std::pair { u"for"_s, &figures.votesFor }, std::pair { u"against"_s, &figures.votesAgainst },
           std::pair { u"abstain"_s, &figures.abstentions } }) {
        set(name + u"MembersValue"_s, locale.toString(figure->members));
        set(name + u"WeightValue"_s, figure->weight);
    }
    set(u"votesCastValue"_s, figures.votesCast);
    // Votes cast line up under what they count: members, or weights when the vote is weighted.
    auto* votesCast = findChild<QLabel*>(u"votesCastValue"_s);
    m_figuresGrid->removeWidget(votesCast);
    m_figuresGrid->addWidget(votesCast, m_votesCastRow, figures.isWeighted() ? 2 : 1);
    set(u"capValue"_s, figures.cap);
    for (const QString& name : { u"capValue"_s, u"capValueCaption"_s }) {
        findChild<QLabel*>(name)->setVisible(!figures.cap.isEmpty());
    }
    set(u"quorumValue"_s, figures.quorum);
    set(u"thresholdValue"_s, figures.threshold);
    set(u"thresholdTestValue"_s, figures.thresholdTest);
    set(u"outcomeValue"_s, figures.outcomeText);
    auto* outcome = findChild<QLabel*>(u"outcomeValue"_s);
    outcome->setStyleSheet(figures.isDeclared ? outcomeStyle(figures.outcome) : u"color: #5c4400;"_s);
    outcome->setFont(headlineFont(font(), figures.isDeclared ? 1.3 : 1.0));
}

void MotionResultView::showChart(const reports::ResultFigures& figures)
{
    auto* series = new QBarSeries;
    double largest = 0;
    const QList<std::pair<const reports::ChoiceFigure*, QColor>> bars {
        { &figures.votesFor, forColour },
        { &figures.votesAgainst, againstColour },
        { &figures.abstentions, abstainColour }
    };
    for (const auto& [figure, colour] : bars) {
        auto* set = new QBarSet(figure->label);
        set->append(figure->chartValue);
        set->setColor(colour);
        set->setBorderColor(colour);
        set->setLabelColor(palette().color(QPalette::WindowText));
        series->append(set);
        largest = std::max(largest, figure->chartValue);
    }
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsPrecision(figures.scheme == domain::VotingScheme::ClassWeighted ? 4 : 12);

    auto* chart = new QChart;
    chart->setTheme(QChart::ChartThemeLight);
    chart->setBackgroundVisible(false);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(4, 4, 4, 4));
    // The bars' figures and the axis in the user's number format: "184,752", not "184752".
    chart->setLocalizeNumbers(true);
    chart->setLocale(QLocale());
    chart->addSeries(series);
    chart->legend()->setAlignment(Qt::AlignBottom);

    auto* categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(figures.isDeclared ? tr("Declared result") : tr("Provisional count"));
    chart->addAxis(categoryAxis, Qt::AlignBottom);
    series->attachAxis(categoryAxis);
    auto* valueAxis = new QValueAxis;
    // Room above the tallest bar for its label; a grid line every round step below it.
    const double step
        = reports::chartTickStep(largest, figures.scheme == domain::VotingScheme::ClassWeighted);
    valueAxis->setRange(0, largest > 0 ? std::max(largest * 1.15, step) : 1);
    valueAxis->setTickType(QValueAxis::TicksDynamic);
    valueAxis->setTickAnchor(0);
    valueAxis->setTickInterval(step);
    valueAxis->setLabelFormat(step < 1 ? u"%.1f"_s : u"%.0f"_s);
    valueAxis->setTitleText(figures.chartAxisTitle);
    chart->addAxis(valueAxis, Qt::AlignLeft);
    series->attachAxis(valueAxis);

    QChart* previous = m_chartView->chart();
    m_chartView->setChart(chart);
    delete previous;
}

void MotionResultView::arrangeForWidth(int width)
{
    const bool shouldStack = width < sideBySideWidth;
    const bool isStacked = m_columns->direction() == QBoxLayout::TopToBottom;
    if (shouldStack != isStacked) {
        m_columns->setDirection(shouldStack ? QBoxLayout::TopToBottom : QBoxLayout::LeftToRight);
    }
}

void MotionResultView::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    arrangeForWidth(event->size().width());
}

} // namespace mutualise::app
