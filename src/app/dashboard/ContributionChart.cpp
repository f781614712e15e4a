#include "app/dashboard/ContributionChart.h"

#include "domain/Money.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QCoreApplication>
#include <QCursor>
#include <QHBoxLayout>
#include <QLabel>
#include <QLegend>
#include <QStackedBarSeries>
#include <QStackedWidget>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

using namespace Qt::StringLiterals;

namespace mutualise::app {

namespace {

// The axis counts in major units (pounds), in thousands or millions once the bars grow large, so
// that its labels stay short: "£20k" rather than "20000.00".
struct AxisScale
{
    double divisor = 1;
    QString title; // the unit, as the axis title: "£ thousands"
};

AxisScale axisScaleFor(qint64 largestMinorUnits, const domain::Currency& currency)
{
    const qint64 largestMajor = largestMinorUnits / currency.minorPerMajor();
    const double perMajor = static_cast<double>(currency.minorPerMajor());
    if (largestMajor >= 2'000'000) {
        return { perMajor * 1'000'000,
                 QCoreApplication::translate("ContributionChart", "%1 millions").arg(currency.symbol()) };
    }
    if (largestMajor >= 2'000) {
        return { perMajor * 1'000,
                 QCoreApplication::translate("ContributionChart", "%1 thousands").arg(currency.symbol()) };
    }
    return { perMajor, currency.symbol() };
}

} // namespace

ContributionChart::ContributionChart(QWidget* parent)
    : QWidget(parent)
    , m_periodCombo(new QComboBox(this))
    , m_stack(new QStackedWidget(this))
    , m_chartView(new QChartView(this))
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
    auto* title = new QLabel(tr("Capital subscribed"), this);
    QFont titleFont = title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    title->setFont(titleFont);

    m_chartView->setRenderHint(QPainter::Antialiasing);
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
    header->addWidget(title);
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

    const domain::Currency currency = m_mutual.currency;
    const AxisScale scale = axisScaleFor(largest, currency);
    QStringList categories;
    for (const auto& bucket : std::as_const(buckets)) {
        categories.append(bucket.label);
    }

    auto* series = new QStackedBarSeries;
    for (const domain::MemberClass& memberClass : std::as_const(m_classes)) {
        auto* set = new QBarSet(memberClass.name);
        QList<qint64> amounts;
        for (const auto& bucket : std::as_const(buckets)) {
            const qint64 amount = bucket.amountByClass.value(memberClass.id);
            amounts.append(amount);
            // Doubles only to place the bar; every figure a person reads is formatted from minor units.
            set->append(static_cast<double>(amount) / scale.divisor);
        }
        const QString className = memberClass.name;
        connect(
            set, &QBarSet::hovered, this, [className, categories, amounts, currency](bool status, int index) {
                if (!status || index < 0 || index >= amounts.size()) {
                    QToolTip::hideText();
                    return;
                }
                QToolTip::showText(QCursor::pos(),
                                   tr("%1\n%2: %3")
                                       .arg(categories.at(index), className,
                                            domain::Money(amounts.at(index), currency).format(QLocale())));
            });
        series->append(set);
    }

    auto* chart = new QChart;
    chart->setTheme(QChart::ChartThemeLight);
    chart->setBackgroundVisible(false);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->addSeries(series);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));

    auto* categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(categories);
    categoryAxis->setTruncateLabels(false);
    if (categories.size() > 8) {
        categoryAxis->setLabelsAngle(-90);
    }
    chart->addAxis(categoryAxis, Qt::AlignBottom);
    series->attachAxis(categoryAxis);

    auto* valueAxis = new QValueAxis;
    valueAxis->setRange(0, static_cast<double>(largest) / scale.divisor);
    valueAxis->applyNiceNumbers();
    // Plain ASCII in the label format: Qt Charts hands it to printf, which would mangle a "£".
    valueAxis->setLabelFormat(valueAxis->max() < 10 ? u"%.1f"_s : u"%.0f"_s);
    valueAxis->setTitleText(scale.title);
    chart->addAxis(valueAxis, Qt::AlignLeft);
    series->attachAxis(valueAxis);

    QChart* previous = m_chartView->chart();
    m_chartView->setChart(chart);
    delete previous;
    m_stack->setCurrentWidget(m_chartView);
}

} // namespace mutualise::app
