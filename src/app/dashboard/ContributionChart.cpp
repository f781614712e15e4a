#include "app/dashboard/ContributionChart.h"

#include "app/charts/ChartView.h"

#include <QChart>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace mutualise::app {

ContributionChart::ContributionChart(QWidget* parent)
    : QWidget(parent)
    , m_periodCombo(new QComboBox(this))
    , m_stack(new QStackedWidget(this))
    , m_chartView(new ChartView(this))
    , m_emptyLabel(new QLabel(this))
    , m_captionLabel(new QLabel(this))
{
    m_periodCombo->setObjectName(u"periodCombo"_s);
    m_periodCombo->addItem(tr("By month"), static_cast<int>(domain::ChartPeriod::Month));
    m_periodCombo->addItem(tr("By quarter"), static_cast<int>(domain::ChartPeriod::Quarter));
    m_periodCombo->addItem(tr("By financial year"), static_cast<int>(domain::ChartPeriod::Year));
    m_periodCombo->setCurrentIndex(1);
    auto* periodLabel = new QLabel(tr("&Show:"), this);
    periodLabel->setBuddy(m_periodCombo);
    // The title is drawn in the chart, so that a saved copy of it (its context menu) carries it too.
    m_chartView->setObjectName(u"contributionChartView"_s);
    m_chartView->setMinimumHeight(220);
    m_emptyLabel->setObjectName(u"chartEmptyLabel"_s);
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_stack->addWidget(m_chartView);
    m_stack->addWidget(m_emptyLabel);
    // Says which months are drawn when the older ones are left out.
    m_captionLabel->setObjectName(u"chartCaption"_s);
    m_captionLabel->setForegroundRole(QPalette::PlaceholderText);
    m_captionLabel->hide();

    auto* header = new QHBoxLayout;
    header->addStretch();
    header->addWidget(periodLabel);
    header->addWidget(m_periodCombo);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(header);
    layout->addWidget(m_captionLabel);
    layout->addWidget(m_stack, 1);

    connect(m_periodCombo, &QComboBox::currentIndexChanged, this, &ContributionChart::rebuild);
    clear(tr("No share capital has been recorded yet."));
}

void ContributionChart::setContributions(const QList<domain::MonthlyContribution>& months,
                                         const QList<domain::MemberClass>& classes,
                                         const domain::Mutual& mutual)
{
    m_months = months;
    m_classes = classes;
    m_mutual = mutual;
    rebuild();
}

void ContributionChart::clear(const QString& emptyMessage)
{
    m_months.clear();
    m_classes.clear();
    m_emptyLabel->setText(emptyMessage);
    m_stack->setCurrentWidget(m_emptyLabel);
    m_captionLabel->hide();
}

void ContributionChart::setPeriod(domain::ChartPeriod period)
{
    m_periodCombo->setCurrentIndex(m_periodCombo->findData(static_cast<int>(period)));
}

domain::ChartPeriod ContributionChart::period() const
{
    return static_cast<domain::ChartPeriod>(m_periodCombo->currentData().toInt());
}

// The buckets as the chart builder takes them: each class's amount in each period.
ContributionsOverTime
ContributionChart::contributionsOf(const QList<domain::ContributionBucket>& buckets) const
{
    ContributionsOverTime contributions;
    contributions.currency = m_mutual.currency;
    for (const auto& bucket : buckets) {
        contributions.periods.append(bucket.label);
    }
    for (const domain::MemberClass& memberClass : m_classes) {
        ClassAmounts amounts { memberClass.name, {} };
        for (const auto& bucket : buckets) {
            amounts.amounts.append(bucket.amountByClass.value(memberClass.id));
        }
        contributions.classes.append(amounts);
    }
    return contributions;
}

void ContributionChart::setMutualPath(const QString& path)
{
    m_chartView->setMutualPath(path);
}

ChartView* ContributionChart::chartView() const
{
    return m_chartView;
}

QChart* ContributionChart::chart() const
{
    return m_chartView->chart();
}

bool ContributionChart::isShowingChart() const
{
    return m_stack->currentWidget() == m_chartView;
}

QString ContributionChart::emptyMessage() const
{
    return isShowingChart() ? QString() : m_emptyLabel->text();
}

void ContributionChart::rebuild()
{
    const auto bucketed = domain::bucketContributions(m_months, period(), m_mutual);
    if (!bucketed) {
        m_emptyLabel->setText(bucketed.error().message);
        m_stack->setCurrentWidget(m_emptyLabel);
        m_captionLabel->hide();
        return;
    }
    QList<domain::ContributionBucket> buckets = *bucketed;
    const bool isCut = period() == domain::ChartPeriod::Month && buckets.size() > maximumMonthsShown;
    if (isCut) {
        buckets = buckets.last(maximumMonthsShown);
        //: The months the chart draws: "Last 24 months, Dec 2024 – Nov 2026"
        m_captionLabel->setText(tr("Last %n month(s), %1 – %2", nullptr, static_cast<int>(maximumMonthsShown))
                                    .arg(buckets.constFirst().label, buckets.constLast().label));
    }
    m_captionLabel->setVisible(isCut);
    qint64 largest = 0;
    for (const auto& bucket : std::as_const(buckets)) {
        largest = std::max(largest, bucket.total);
    }
    if (buckets.isEmpty() || largest <= 0) {
        m_emptyLabel->setText(tr("No share capital has been subscribed yet. Subscriptions recorded on the "
                                 "Share capital page appear here."));
        m_stack->setCurrentWidget(m_emptyLabel);
        m_captionLabel->hide();
        return;
    }

    MoneyChart built = MoneyCharts::contributionsByClass(contributionsOf(buckets));
    if (!built.hasChart()) {
        m_emptyLabel->setText(built.emptyMessage);
        m_stack->setCurrentWidget(m_emptyLabel);
        m_captionLabel->hide();
        return;
    }
    QChart* chart = built.chart.release();
    chart->setTitle(tr("Capital subscribed"));
    QChart* previous = m_chartView->chart();
    m_chartView->setChart(chart);
    delete previous;
    m_stack->setCurrentWidget(m_chartView);
}

} // namespace mutualise::app
