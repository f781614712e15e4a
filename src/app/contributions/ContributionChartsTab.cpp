#include "app/contributions/ContributionChartsTab.h"

#include "app/charts/ChartPanel.h"
#include "app/charts/ChartView.h"
#include "app/contributions/ContributionTotalsModel.h"
#include "app/shell/MutualSession.h"
#include "storage/ContributionRepository.h"
#include "storage/MemberRepository.h"

#include <QChart>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace mutualise::app {

namespace {
struct ChartPeriod
{
    domain::Period dates;
    QString label;
};

// The financial years from the one holding `earliest` to the one holding today, or their last quarters.
QList<ChartPeriod> periodsFrom(const QDate& earliest, bool byQuarter, const domain::Mutual& mutual)
{
    QList<ChartPeriod> periods;
    const QDate today = QDate::currentDate();
    for (domain::Period year = mutual.financialYearContaining(earliest); year.first <= today;
         year = mutual.financialYearContaining(year.last.addDays(1))) {
        const QString yearText = ContributionTotalsModel::keyText(QString::number(year.first.year()),
                                                                  domain::ContributionGrouping::Year, mutual);
        if (!byQuarter) {
            periods.append({ year, yearText });
            continue;
        }
        for (int quarter = 0; quarter < 4; ++quarter) {
            const QDate first = year.first.addMonths(3 * quarter);
            if (first > today) {
                break;
            }
            //: A quarter of a financial year on a chart's axis: "Q1 2025/26"
            periods.append({ { first, first.addMonths(3).addDays(-1) },
                             ContributionChartsTab::tr("Q%1 %2").arg(quarter + 1).arg(yearText) });
        }
    }
    if (byQuarter && periods.size() > ContributionChartsTab::quartersShown) {
        periods = periods.last(ContributionChartsTab::quartersShown);
    }
    return periods;
}
} // namespace

ContributionChartsTab::ContributionChartsTab(QWidget* parent)
    : QWidget(parent)
    , m_chartCombo(new QComboBox(this))
    , m_stack(new QStackedWidget(this))
    , m_overTimePanel(new ChartPanel(this))
    , m_contributorsPanel(new ChartPanel(this))
{
    m_chartCombo->setObjectName(u"chartCombo"_s);
    m_chartCombo->addItem(tr("Contributions by class, by financial year"), ByYearChart);
    m_chartCombo->addItem(tr("Contributions by class, the last %n quarter(s)", nullptr, quartersShown),
                          ByQuarterChart);
    m_chartCombo->addItem(tr("The ten largest contributors"), TopContributorsChart);
    // Alt+C is the Charts tab's.
    auto* chartLabel = new QLabel(tr("Sh&ow chart:"), this);
    chartLabel->setBuddy(m_chartCombo);
    m_overTimePanel->setObjectName(u"contributionsByClassPanel"_s);
    m_contributorsPanel->setObjectName(u"topContributorsPanel"_s);
    m_stack->addWidget(m_overTimePanel);
    m_stack->addWidget(m_contributorsPanel);
    auto* hint = new QLabel(tr("Right-click a chart to save it as PNG or SVG."), this);
    hint->setForegroundRole(QPalette::PlaceholderText);

    auto* controls = new QHBoxLayout;
    controls->addWidget(chartLabel);
    controls->addWidget(m_chartCombo);
    controls->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(m_stack, 1);
    layout->addWidget(hint);
    connect(m_chartCombo, &QComboBox::currentIndexChanged, this, &ContributionChartsTab::reload);
}

void ContributionChartsTab::setSession(MutualSession* session)
{
    m_session = session;
    const QString path = session ? session->path() : QString();
    m_overTimePanel->chartView()->setMutualPath(path);
    m_contributorsPanel->chartView()->setMutualPath(path);
    reload();
}

void ContributionChartsTab::showChart(Chart chart)
{
    m_chartCombo->setCurrentIndex(m_chartCombo->findData(chart));
}

ChartPanel* ContributionChartsTab::currentPanel() const
{
    return static_cast<ChartPanel*>(m_stack->currentWidget());
}

QWidget* ContributionChartsTab::mainWidget() const
{
    return m_chartCombo;
}

domain::Result<ContributionsOverTime> ContributionChartsTab::contributionsOverTime(bool byQuarter) const
{
    const storage::ContributionRepository repository(m_session->file());
    const domain::Mutual mutual = m_session->mutual();
    ContributionsOverTime input;
    input.currency = mutual.currency;
    const auto earliest = repository.earliestDate();
    if (!earliest) {
        return earliest.error();
    }
    if (!earliest->isValid()) {
        return input;
    }
    const auto classes = storage::MemberRepository(m_session->file()).classes();
    if (!classes) {
        return classes.error();
    }
    const QList<ChartPeriod> periods = periodsFrom(*earliest, byQuarter, mutual);
    QList<domain::Period> dates;
    for (const ChartPeriod& period : periods) {
        input.periods.append(period.label);
        dates.append(period.dates);
    }
    // Each table is read once for all the periods.
    const auto totals = repository.classTotals(dates);
    if (!totals) {
        return totals.error();
    }
    for (const domain::MemberClass& memberClass : *classes) {
        input.classes.append(
            { memberClass.name, totals->value(memberClass.id, QList<qint64>(periods.size(), 0)) });
    }
    return input;
}

domain::Result<Contributors> ContributionChartsTab::contributors() const
{
    // Only the members who can be among the ten are read with their names; the chart ranks them.
    const auto largest
        = storage::ContributionRepository(m_session->file())
              .largestContributors(static_cast<int>(MoneyCharts::topContributorCount), QDate::currentDate());
    if (!largest) {
        return largest.error();
    }
    Contributors input;
    input.currency = m_session->mutual().currency;
    for (const storage::ContributorTotal& contributor : *largest) {
        input.contributors.append({ contributor.number, contributor.name, contributor.amount });
    }
    return input;
}

void ContributionChartsTab::reload()
{
    const auto chart = static_cast<Chart>(m_chartCombo->currentData().toInt());
    ChartPanel* panel = chart == TopContributorsChart ? m_contributorsPanel : m_overTimePanel;
    m_stack->setCurrentWidget(panel);
    if (!m_session) {
        panel->showMessage(tr("Open a mutual to see its charts."));
        return;
    }
    // Only the chart shown is built: the others are read again when chosen.
    if (chart == TopContributorsChart) {
        const auto input = contributors();
        if (!input) {
            panel->showMessage(input.error().message);
            return;
        }
        panel->showChart(MoneyCharts::topContributors(*input));
        return;
    }
    const auto input = contributionsOverTime(chart == ByQuarterChart);
    if (!input) {
        panel->showMessage(input.error().message);
        return;
    }
    panel->showChart(MoneyCharts::contributionsByClass(*input));
}

} // namespace mutualise::app
