#include "app/charts/ChartPanel.h"
#include "app/charts/ChartView.h"
#include "app/dashboard/DashboardPage.h"
#include "app/reinvestment/ReinvestmentChartsTab.h"
#include "app/reinvestment/ReinvestmentPage.h"
#include "app/shell/MutualSession.h"
#include "domain/DemoMutual.h"
#include "domain/Money.h"
#include "storage/AllocationRepository.h"
#include "storage/DemoWriter.h"
#include "storage/MutualFile.h"
#include "storage/ProjectRepository.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QChart>
#include <QComboBox>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QPieSeries>
#include <QSet>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace mutualise;
using app::ReinvestmentChartsTab;

// The Savings and reinvestment page as a whole, its charts, and the dashboard's figures for the fund,
// on the demo mutual: five years of savings, allocations, projects and grants.
class TestReinvestmentPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void closedMutualDisablesTheTabs();
    void savingsChartHasAYearForEverySavingAndGrant();
    void categoryChartHasASliceForEveryCategoryGranted();
    void progressChartSaysWhenProjectsAreLeftOut();
    void emptyMutualShowsSentences();
    void dashboardFundIsAllocatedLessGranted();

private:
    QTemporaryDir m_dir;
    QString m_demoPath;
    std::unique_ptr<app::MutualSession> m_session;
    std::unique_ptr<app::ReinvestmentPage> m_page;
};

void TestReinvestmentPage::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    QVERIFY(m_dir.isValid());
    domain::DemoOptions options;
    options.members = 60;
    options.years = 5;
    options.seed = 11;
    options.until = QDate(2026, 3, 31);
    m_demoPath = m_dir.filePath(u"demo.mutual"_s);
    const auto written = storage::writeDemoMutual(m_demoPath, domain::planDemoMutual(options), u"test"_s);
    QVERIFY2(written, qPrintable(written ? QString() : written.error().message));
}

void TestReinvestmentPage::init()
{
    auto file = storage::MutualFile::open(m_demoPath, u"tester"_s);
    QVERIFY2(file, qPrintable(file ? QString() : file.error().message));
    m_session = std::make_unique<app::MutualSession>(std::move(file).value());
    m_page = std::make_unique<app::ReinvestmentPage>();
    m_page->resize(1060, 760);
    m_page->setSession(m_session.get());
    m_page->show();
    m_page->tabs()->setCurrentIndex(app::ReinvestmentPage::ChartsTabIndex);
}

void TestReinvestmentPage::cleanup()
{
    m_page.reset();
    m_session.reset();
}

void TestReinvestmentPage::closedMutualDisablesTheTabs()
{
    QCOMPARE(m_page->tabs()->count(), 4);
    QVERIFY(m_page->tabs()->isEnabled());
    m_page->setSession(nullptr);
    QVERIFY(!m_page->tabs()->isEnabled());
    QCOMPARE(m_page->chartsTab()->chartPanel()->message(), u"No mutual is open."_s);
}

void TestReinvestmentPage::savingsChartHasAYearForEverySavingAndGrant()
{
    ReinvestmentChartsTab* charts = m_page->chartsTab();
    charts->showChart(ReinvestmentChartsTab::SavingsAndReinvestment);
    QVERIFY(charts->chartPanel()->isShowingChart());
    QChart* chart = charts->chartPanel()->chartView()->chart();
    auto* series = qobject_cast<QBarSeries*>(chart->series().constFirst());
    QVERIFY(series);
    QCOMPARE(series->count(), 2); // saved, reinvested
    auto* years = qobject_cast<QBarCategoryAxis*>(chart->axes(Qt::Horizontal).constFirst());
    QVERIFY(years);
    // The demo runs five financial years to 31 March 2026, each with savings: 2021/22 to 2025/26.
    QCOMPARE(years->categories(),
             (QStringList { u"2021/22"_s, u"2022/23"_s, u"2023/24"_s, u"2024/25"_s, u"2025/26"_s }));
}

void TestReinvestmentPage::categoryChartHasASliceForEveryCategoryGranted()
{
    ReinvestmentChartsTab* charts = m_page->chartsTab();
    charts->showChart(ReinvestmentChartsTab::ByCategory);
    QVERIFY(charts->chartPanel()->isShowingChart());
    auto* series
        = qobject_cast<QPieSeries*>(charts->chartPanel()->chartView()->chart()->series().constFirst());
    QVERIFY(series);
    // Every category the grants went to, counted from the list of grants itself.
    const auto grants = storage::ProjectRepository(m_session->file()).grants();
    QVERIFY(grants);
    QSet<QString> categories;
    for (const storage::GrantRow& grant : *grants) {
        categories.insert(grant.categoryKey);
    }
    QVERIFY(!categories.isEmpty());
    QCOMPARE(series->count(), categories.size());
}

void TestReinvestmentPage::progressChartSaysWhenProjectsAreLeftOut()
{
    const auto projects = storage::ProjectRepository(m_session->file()).projects();
    QVERIFY(projects);
    qsizetype drawable = 0;
    for (const storage::ProjectRow& row : *projects) {
        drawable += row.project.status == domain::ProjectStatus::Withdrawn ? 0 : 1;
    }
    ReinvestmentChartsTab* charts = m_page->chartsTab();
    charts->showChart(ReinvestmentChartsTab::ProjectProgress);
    QVERIFY(charts->chartPanel()->isShowingChart());
    auto* axis = qobject_cast<QBarCategoryAxis*>(
        charts->chartPanel()->chartView()->chart()->axes(Qt::Vertical).constFirst());
    QVERIFY(axis);
    QCOMPARE(axis->count(), std::min(drawable, ReinvestmentChartsTab::maximumProjectsShown));
    if (drawable > ReinvestmentChartsTab::maximumProjectsShown) {
        QVERIFY(charts->noteLabel()->isVisible());
        QVERIFY(charts->noteLabel()->text().startsWith(u"15 of %1 projects shown"_s.arg(drawable)));
    } else {
        QVERIFY(!charts->noteLabel()->isVisible());
    }
    // The note belongs to this chart alone.
    charts->showChart(ReinvestmentChartsTab::ByCategory);
    QVERIFY(!charts->noteLabel()->isVisible());
}

void TestReinvestmentPage::emptyMutualShowsSentences()
{
    domain::Mutual mutual;
    mutual.name = u"Empty Co-operative"_s;
    mutual.registrationNumber = u"RS000001"_s;
    domain::MemberClass members;
    members.name = u"Members"_s;
    auto file = storage::MutualFile::create(m_dir.filePath(u"empty.mutual"_s), mutual, { members }, u"t"_s);
    QVERIFY(file);
    app::MutualSession session(std::move(file).value());
    m_page->setSession(&session);
    ReinvestmentChartsTab* charts = m_page->chartsTab();
    for (const auto chart : { ReinvestmentChartsTab::SavingsAndReinvestment,
                              ReinvestmentChartsTab::ByCategory, ReinvestmentChartsTab::ProjectProgress }) {
        charts->showChart(chart);
        QVERIFY(!charts->chartPanel()->isShowingChart());
        QVERIFY(!charts->chartPanel()->message().isEmpty());
    }
    m_page->setSession(nullptr);
}

void TestReinvestmentPage::dashboardFundIsAllocatedLessGranted()
{
    // Added up here from the allocations and the grants, apart from the repository's own sum.
    const auto allocations = storage::AllocationRepository(m_session->file()).all();
    const auto grants = storage::ProjectRepository(m_session->file()).grants();
    QVERIFY(allocations && grants);
    qint64 allocated = 0;
    for (const storage::AllocationRow& allocation : *allocations) {
        allocated += allocation.isApproved ? allocation.fund : 0;
    }
    qint64 granted = 0;
    for (const storage::GrantRow& grant : *grants) {
        granted += grant.grant.amount;
    }
    QVERIFY(allocated > 0);
    QVERIFY(granted > 0);
    app::DashboardPage dashboard;
    dashboard.setSession(m_session.get());
    const domain::Currency currency = m_session->mutual().currency;
    QCOMPARE(dashboard.findChild<QLabel*>(u"fundBalanceValue"_s)->text(),
             domain::Money(allocated - granted, currency).format(QLocale()));
    QCOMPARE(dashboard.findChild<QLabel*>(u"reinvestedValue"_s)->text(),
             domain::Money(granted, currency).format(QLocale()));
    dashboard.setSession(nullptr);
}

QTEST_MAIN(TestReinvestmentPage)
#include "TestReinvestmentPage.moc"
