#include "app/charts/ChartFile.h"
#include "app/charts/ChartPanel.h"
#include "app/charts/ChartView.h"
#include "app/charts/MoneyCharts.h"
#include "app/contributions/ContributionChartsTab.h"
#include "app/shell/MutualSession.h"
#include "storage/MutualFile.h"

#include <QApplication>
#include <QChart>
#include <QDate>
#include <QElapsedTimer>
#include <QImage>
#include <QPainter>

#include <algorithm>
#include <cstdio>
#include <random>

using namespace mutualise;

// How long the money charts take to build and draw at the largest sizes the demo makes: the stacked
// contributions of ten years of months for four classes, and the ten largest of 100,000 contributors.
// "Drawn" means built, shown in a 1280x775 view and painted into an image of it, as the window does.
// With MUTUALISE_BENCH_FILE naming a mutual (for example `mutualise-cli demo FILE --members 100000
// --years 10`), the Contributions page's own charts are timed on it as well, from reading the file to
// the painted view: what a user waits for when choosing a chart.
// Not a test; run by hand (the offscreen platform is used when no other is asked for):
//   cmake --build build/h --target BenchMoneyCharts && build/h/benchmarks/BenchMoneyCharts
namespace {

constexpr int runs = 5;

app::ContributionsOverTime tenYearsOfMonths()
{
    app::ContributionsOverTime input;
    const QDate first(2016, 4, 1);
    for (int month = 0; month < 120; ++month) {
        input.periods.append(QLocale().toString(first.addMonths(month), QStringLiteral("MMM yyyy")));
    }
    std::mt19937_64 random(7);
    std::uniform_int_distribution<qint64> amount(0, 5'000'000);
    for (const char* name : { "Founding council", "Council", "Community", "Staff" }) {
        app::ClassAmounts amounts { QString::fromLatin1(name), {} };
        for (int month = 0; month < 120; ++month) {
            amounts.amounts.append(amount(random));
        }
        input.classes.append(amounts);
    }
    return input;
}

app::Contributors hundredThousandMembers()
{
    app::Contributors input;
    std::mt19937_64 random(7);
    std::uniform_int_distribution<qint64> amount(0, 100'000'000);
    input.contributors.reserve(100'000);
    for (int member = 1; member <= 100'000; ++member) {
        input.contributors.append({ QStringLiteral("M%1").arg(member, 6, 10, QLatin1Char('0')),
                                    QStringLiteral("Member %1 of the co-operative").arg(member),
                                    amount(random) });
    }
    return input;
}

struct Timing
{
    qint64 buildNs = 0;
    qint64 drawNs = 0;
};

// Builds the chart, puts it in a shown view and paints the view into an image.
Timing time(const std::function<app::MoneyChart()>& build)
{
    Timing timing;
    QElapsedTimer timer;
    timer.start();
    app::MoneyChart chart = build();
    timing.buildNs = timer.nsecsElapsed();
    app::ChartPanel panel;
    panel.resize(1280, 775);
    panel.showChart(std::move(chart));
    panel.show();
    QImage image(panel.size(), QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&image);
    panel.render(&painter);
    timing.drawNs = timer.nsecsElapsed();
    return timing;
}

void report(const char* what, const std::function<app::MoneyChart()>& build)
{
    QList<Timing> timings;
    for (int run = 0; run < runs; ++run) {
        timings.append(time(build));
    }
    std::sort(timings.begin(), timings.end(),
              [](const Timing& left, const Timing& right) { return left.drawNs < right.drawNs; });
    const Timing& median = timings.at(runs / 2);
    std::printf("%-52s built in %7.1f ms, drawn in %7.1f ms (median of %d; slowest %.1f ms)\n", what,
                static_cast<double>(median.buildNs) / 1e6, static_cast<double>(median.drawNs) / 1e6, runs,
                static_cast<double>(timings.constLast().drawNs) / 1e6);
}

// Reads, builds and draws one of the Contributions page's charts of the mutual open in `tab`.
void reportFromFile(const char* what, app::ContributionChartsTab& tab,
                    app::ContributionChartsTab::Chart chart)
{
    QList<qint64> timings;
    for (int run = 0; run < runs; ++run) {
        // Another chart first, so that each run reads its own anew.
        tab.showChart(chart == app::ContributionChartsTab::ByYearChart
                          ? app::ContributionChartsTab::ByQuarterChart
                          : app::ContributionChartsTab::ByYearChart);
        QElapsedTimer timer;
        timer.start();
        tab.showChart(chart);
        QImage image(tab.size(), QImage::Format_ARGB32_Premultiplied);
        QPainter painter(&image);
        tab.render(&painter);
        timings.append(timer.nsecsElapsed());
    }
    std::sort(timings.begin(), timings.end());
    std::printf("%-52s read, built and drawn in %7.1f ms (median of %d; slowest %.1f ms)\n", what,
                static_cast<double>(timings.at(runs / 2)) / 1e6, runs,
                static_cast<double>(timings.constLast()) / 1e6);
}

void reportFile(const QString& path)
{
    auto opened = storage::MutualFile::open(path, QStringLiteral("bench"));
    if (!opened) {
        std::printf("%s: %s\n", qPrintable(path), qPrintable(opened.error().message));
        return;
    }
    app::MutualSession session(std::move(opened).value());
    app::ContributionChartsTab tab;
    tab.resize(1280, 775);
    tab.setSession(&session);
    tab.show();
    std::printf("On %s:\n", qPrintable(path));
    reportFromFile("Contributions by class, financial years:", tab, app::ContributionChartsTab::ByYearChart);
    reportFromFile("Contributions by class, last 12 quarters:", tab,
                   app::ContributionChartsTab::ByQuarterChart);
    reportFromFile("Ten largest contributors:", tab, app::ContributionChartsTab::TopContributorsChart);
}

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication application(argc, argv);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    const app::ContributionsOverTime months = tenYearsOfMonths();
    report("Contributions by class, 120 months x 4 classes:",
           [&months] { return app::MoneyCharts::contributionsByClass(months); });
    QElapsedTimer timer;
    timer.start();
    const app::Contributors members = hundredThousandMembers();
    std::printf("(100,000 contributors made up in %.1f ms, not counted)\n",
                static_cast<double>(timer.nsecsElapsed()) / 1e6);
    report("Ten largest of 100,000 contributors:",
           [&members] { return app::MoneyCharts::topContributors(members); });
    if (const QString path = qEnvironmentVariable("MUTUALISE_BENCH_FILE"); !path.isEmpty()) {
        reportFile(path);
    }
    return 0;
}
