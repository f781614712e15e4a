#include "app/dashboard/ContributionChart.h"
#include "app/dashboard/DashboardPage.h"
#include "app/shell/MutualSession.h"
#include "storage/MeetingRepository.h"
#include "storage/MemberRepository.h"
#include "storage/MutualFile.h"
#include "storage/SavingsRepository.h"
#include "storage/ServiceRepository.h"
#include "storage/ShareLedgerRepository.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedBarSeries>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace mutualise;

class TestDashboardPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void closedMutualShowsAFriendlyLine();
    void emptyLedgerShowsAFriendlyLine();
    void figuresMatchTheHandCount();
    void membersTableCountsByClassAndStatus();
    void narrowWindowStacksTheChartBelowTheFigures();
    void figuresFollowChanges();
    void chartHasABarSetPerClass_data();
    void chartHasABarSetPerClass();
    void monthsShowTheLastTwoYearsOnly();
    void emptyMutualShowsTheFirstSteps();
    void monthChartSaysWhichMonthsItShows();
    void minimumWidthFitsA900PixelWindow();
    void savingsOfThisYearMatchTheHandSum();
    void negativeSavingsShowInRed();
    void fundWithoutAllocationsIsEmpty();

private:
    QString valueOf(const char* name) const
    {
        auto* label = m_page->findChild<QLabel*>(QString::fromLatin1(name));
        Q_ASSERT(label);
        return label->text();
    }
    qint64 addMember(const QString& number, qint64 classId, domain::MemberStatus status);
    void subscribe(const QString& number, const QDate& date, qint64 shares);
    void buildSmallMutual();
    void addSavings(const QList<std::tuple<QString, QDate, qint64, qint64>>& savings);

    QTemporaryDir m_dir;
    std::unique_ptr<app::MutualSession> m_session;
    std::unique_ptr<app::DashboardPage> m_page;
    qint64 m_councilId = 0;
    qint64 m_communityId = 0;
    domain::Period m_thisYear;
    int m_fileNumber = 0;
};

void TestDashboardPage::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    QVERIFY(m_dir.isValid());
}

void TestDashboardPage::init()
{
    domain::Mutual mutual;
    mutual.name = u"Shire Digital"_s;
    mutual.registrationNumber = u"RS008123"_s;
    domain::MemberClass council;
    council.name = u"Founding council"_s;
    domain::MemberClass community;
    community.name = u"Community"_s;
    auto file = storage::MutualFile::create(m_dir.filePath(u"dashboard%1.mutual"_s.arg(++m_fileNumber)),
                                            mutual, { council, community }, u"tester"_s);
    QVERIFY2(file, qPrintable(file ? QString() : file.error().message));
    m_session = std::make_unique<app::MutualSession>(std::move(file).value());
    const auto classes = storage::MemberRepository(m_session->file()).classes();
    QVERIFY(classes && classes->size() == 2);
    for (const domain::MemberClass& memberClass : *classes) {
        (memberClass.name == council.name ? m_councilId : m_communityId) = memberClass.id;
    }
    m_thisYear = m_session->mutual().financialYearContaining(QDate::currentDate());
    m_page = std::make_unique<app::DashboardPage>();
    m_page->resize(1280, 800);
    m_page->show();
}

void TestDashboardPage::cleanup()
{
    m_page.reset();
    m_session.reset();
}

qint64 TestDashboardPage::addMember(const QString& number, qint64 classId, domain::MemberStatus status)
{
    domain::Member member;
    member.number = number;
    member.name = u"Member "_s + number;
    member.classId = classId;
    member.email = member.number.toLower() + u"@members.example.org"_s;
    member.phone = u"01632 960000"_s;
    member.address = u"1 High Street, Shiretown"_s;
    member.status = status;
    if (status != domain::MemberStatus::Applicant) {
        member.admittedOn = m_thisYear.first.addYears(-3);
    }
    const auto added = storage::MemberRepository(m_session->file()).add(member);
    return added ? added->id : 0;
}

void TestDashboardPage::subscribe(const QString& number, const QDate& date, qint64 shares)
{
    domain::ShareMovement movement;
    movement.date = date;
    movement.memberId = storage::MemberRepository(m_session->file()).memberByNumber(number)->id;
    movement.shares = shares;
    movement.reference = u"Receipt"_s;
    const auto recorded = storage::ShareLedgerRepository(m_session->file()).record(movement);
    QVERIFY2(recorded, qPrintable(recorded ? QString() : recorded.error().message));
}

// Three active members (two councils, one community member) and one applicant. Last financial year
// C001 subscribed 800 shares and C002 200; this year (on its first day) M001 subscribed 250.
void TestDashboardPage::buildSmallMutual()
{
    QVERIFY(addMember(u"C001"_s, m_councilId, domain::MemberStatus::Active));
    QVERIFY(addMember(u"C002"_s, m_councilId, domain::MemberStatus::Active));
    QVERIFY(addMember(u"M001"_s, m_communityId, domain::MemberStatus::Active));
    QVERIFY(addMember(u"M002"_s, m_communityId, domain::MemberStatus::Applicant));
    const QDate lastYear = m_thisYear.first.addYears(-1);
    subscribe(u"C001"_s, lastYear, 800);
    subscribe(u"C002"_s, lastYear.addMonths(1), 200);
    subscribe(u"M001"_s, m_thisYear.first, 250);
}

void TestDashboardPage::closedMutualShowsAFriendlyLine()
{
    m_page->setSession(nullptr);
    auto* empty = m_page->findChild<QLabel*>(u"dashboardEmptyLabel"_s);
    QVERIFY(empty->isVisible());
    QVERIFY(!empty->text().isEmpty());
    QVERIFY(!m_page->findChild<QLabel*>(u"totalCapitalValue"_s)->isVisible());
}

void TestDashboardPage::emptyLedgerShowsAFriendlyLine()
{
    QVERIFY(addMember(u"C001"_s, m_councilId, domain::MemberStatus::Active));
    m_page->setSession(m_session.get());
    QCOMPARE(valueOf("activeMembersValue"), u"1"_s);
    QCOMPARE(valueOf("totalCapitalValue"), u"£0.00"_s);
    QVERIFY(!m_page->contributionChart()->isShowingChart());
    QVERIFY(!m_page->contributionChart()->emptyMessage().isEmpty());
}

void TestDashboardPage::figuresMatchTheHandCount()
{
    buildSmallMutual();
    m_page->setSession(m_session.get());
    QCOMPARE(valueOf("activeMembersValue"), u"3"_s); // C001, C002, M001; M002 is an applicant
    QCOMPARE(valueOf("totalCapitalValue"), u"£1,250.00"_s); // (800 + 200 + 250) shares x £1.00
    QCOMPARE(valueOf("subscribedThisYearValue"), u"£250.00"_s); // only M001's 250 is this year
    // The caption names the year, e.g. "2026/27" for April 2026 to March 2027.
    const QString yearLabel = u"%1/%2"_s.arg(m_thisYear.first.year()).arg(m_thisYear.last.year() % 100);
    bool isYearNamed = false;
    for (const QLabel* label : m_page->findChildren<QLabel*>()) {
        isYearNamed = isYearNamed || label->text().contains(yearLabel);
    }
    QVERIFY2(isYearNamed, qPrintable(yearLabel));
}

void TestDashboardPage::membersTableCountsByClassAndStatus()
{
    buildSmallMutual();
    m_page->setSession(m_session.get());
    const QTableWidget* table = m_page->membersTable();
    // Rows: Founding council, Community, All classes. Columns: Class, Applicant, Active, Suspended, Ceased,
    // Total.
    QCOMPARE(table->rowCount(), 3);
    QCOMPARE(table->columnCount(), 6);
    int councilRow = table->item(0, 0)->text() == u"Founding council"_s ? 0 : 1;
    int communityRow = 1 - councilRow;
    QCOMPARE(table->item(councilRow, 2)->text(), u"2"_s); // two active councils
    QCOMPARE(table->item(councilRow, 5)->text(), u"2"_s);
    QCOMPARE(table->item(communityRow, 1)->text(), u"1"_s); // M002 applicant
    QCOMPARE(table->item(communityRow, 2)->text(), u"1"_s); // M001 active
    QCOMPARE(table->item(communityRow, 5)->text(), u"2"_s);
    QCOMPARE(table->item(2, 0)->text(), u"All classes"_s);
    QCOMPARE(table->item(2, 5)->text(), u"4"_s); // 2 + 2
}

// At 1280 wide the chart sits beside the figures; at 860 the figures' two fifths would be narrower than
// the table of members by class, so the chart moves below it and every column of the table stays in
// sight; widening the window puts it back.
void TestDashboardPage::narrowWindowStacksTheChartBelowTheFigures()
{
    buildSmallMutual();
    m_page->setSession(m_session.get());
    QVERIFY(!m_page->isStacked());
    QVERIFY(m_page->contributionChart()->x() > m_page->membersTable()->x());

    m_page->resize(860, 560);
    QCoreApplication::processEvents();
    QVERIFY(m_page->isStacked());
    QTableWidget* table = m_page->membersTable();
    QVERIFY(table->width() >= table->minimumWidth());
    QVERIFY(m_page->contributionChart()->y() > table->y());

    m_page->resize(1280, 800);
    QCoreApplication::processEvents();
    QVERIFY(!m_page->isStacked());
}

void TestDashboardPage::figuresFollowChanges()
{
    buildSmallMutual();
    m_page->setSession(m_session.get());
    QVERIFY(addMember(u"M003"_s, m_communityId, domain::MemberStatus::Active));
    subscribe(u"C002"_s, m_thisYear.first, 100);
    QCOMPARE(valueOf("totalCapitalValue"), u"£1,250.00"_s); // not yet told
    m_session->notifyChanged();
    QCOMPARE(valueOf("activeMembersValue"), u"4"_s); // 3 + M003
    QCOMPARE(valueOf("totalCapitalValue"), u"£1,350.00"_s); // 1,250 + 100
    QCOMPARE(valueOf("subscribedThisYearValue"), u"£350.00"_s); // 250 + 100
}

void TestDashboardPage::chartHasABarSetPerClass_data()
{
    QTest::addColumn<domain::ChartPeriod>("period");
    QTest::addColumn<int>("categoryCount");
    // Last year's first day to this year's first day: two financial years ...
    QTest::newRow("years") << domain::ChartPeriod::Year << 2;
    // ... five quarters (four of last year and the first of this) ...
    QTest::newRow("quarters") << domain::ChartPeriod::Quarter << 5;
    // ... and thirteen months, all under the 24 shown.
    QTest::newRow("months") << domain::ChartPeriod::Month << 13;
}

void TestDashboardPage::chartHasABarSetPerClass()
{
    QFETCH(domain::ChartPeriod, period);
    QFETCH(int, categoryCount);
    buildSmallMutual();
    m_page->setSession(m_session.get());
    app::ContributionChart* chart = m_page->contributionChart();
    QCOMPARE(chart->period(), domain::ChartPeriod::Quarter); // the default
    chart->setPeriod(period);
    QVERIFY(chart->isShowingChart());
    const auto series = chart->chart()->series();
    QCOMPARE(series.size(), 1);
    auto* bars = qobject_cast<QStackedBarSeries*>(series.constFirst());
    QVERIFY(bars);
    QCOMPARE(bars->count(), 2);
    QStringList names;
    qreal total = 0;
    for (const QBarSet* set : bars->barSets()) {
        names.append(set->label());
        for (int i = 0; i < set->count(); ++i) {
            total += set->at(i);
        }
    }
    names.sort();
    QCOMPARE(names, (QStringList { u"Community"_s, u"Founding council"_s }));
    const auto axes = chart->chart()->axes(Qt::Horizontal);
    QCOMPARE(axes.size(), 1);
    auto* categories = qobject_cast<QBarCategoryAxis*>(axes.constFirst());
    QVERIFY(categories);
    QCOMPARE(categories->count(), categoryCount);
    if (period == domain::ChartPeriod::Year) {
        const domain::Period lastYear
            = m_session->mutual().financialYearContaining(m_thisYear.first.addDays(-1));
        QCOMPARE(categories->categories().constFirst(),
                 u"%1/%2"_s.arg(lastYear.first.year()).arg(lastYear.last.year() % 100));
    }
    // The bars add up to £1,250 whatever the scale of the axis: 1,250 pounds, or 1.25 thousand.
    QVERIFY(qFuzzyCompare(total, 1250.0) || qFuzzyCompare(total, 1.25));
}

void TestDashboardPage::monthsShowTheLastTwoYearsOnly()
{
    QVERIFY(addMember(u"C001"_s, m_councilId, domain::MemberStatus::Active));
    // From the first month of three years ago to this year's first month: 37 months, of which the
    // last 24 are drawn; by quarter all 13 quarters are drawn (12 of three years, and this year's Q1).
    subscribe(u"C001"_s, m_thisYear.first.addYears(-3), 10);
    subscribe(u"C001"_s, m_thisYear.first, 10);
    m_page->setSession(m_session.get());
    app::ContributionChart* chart = m_page->contributionChart();
    const auto categoryCount = [chart] {
        return qobject_cast<QBarCategoryAxis*>(chart->chart()->axes(Qt::Horizontal).constFirst())->count();
    };
    QCOMPARE(categoryCount(), 13);
    chart->setPeriod(domain::ChartPeriod::Month);
    QCOMPARE(categoryCount(), 24);
    QCOMPARE(qobject_cast<QBarCategoryAxis*>(chart->chart()->axes(Qt::Horizontal).constFirst())
                 ->categories()
                 .constLast(),
             QLocale().toString(m_thisYear.first, u"MMM yyyy"_s));
}

void TestDashboardPage::emptyMutualShowsTheFirstSteps()
{
    using Step = app::DashboardPage::NextStep;
    m_page->setSession(m_session.get());
    auto* panel = m_page->findChild<QWidget*>(u"nextStepsPanel"_s);
    QVERIFY(panel != nullptr);
    QVERIFY(panel->isVisible());
    QSignalSpy chosen(m_page.get(), &app::DashboardPage::nextStepChosen);
    const QList<std::pair<QString, Step>> buttons { { u"addMembersButton"_s, Step::AddMembers },
                                                    { u"importMembersButton"_s, Step::ImportMembers },
                                                    { u"recordSharesButton"_s, Step::RecordShares },
                                                    { u"importSharesButton"_s, Step::ImportShares },
                                                    { u"addMeetingButton"_s, Step::AddMeeting } };
    for (const auto& [name, step] : buttons) {
        auto* button = panel->findChild<QPushButton*>(name);
        QVERIFY2(button != nullptr && button->isVisible(), qPrintable(name));
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(chosen.size(), 1);
        QCOMPARE(chosen.takeFirst().constFirst().value<Step>(), step);
    }

    // Members and shares recorded: only the meeting is left to suggest.
    buildSmallMutual();
    m_session->notifyChanged();
    QVERIFY(panel->isVisible());
    QVERIFY(!panel->findChild<QPushButton*>(u"addMembersButton"_s)->isVisible());
    QVERIFY(!panel->findChild<QPushButton*>(u"recordSharesButton"_s)->isVisible());
    QVERIFY(!panel->findChild<QPushButton*>(u"importSharesButton"_s)->isVisible());
    QVERIFY(panel->findChild<QPushButton*>(u"addMeetingButton"_s)->isVisible());

    domain::Meeting meeting;
    meeting.heldOn = m_thisYear.first;
    QVERIFY(storage::MeetingRepository(m_session->file()).add(meeting));
    m_session->notifyChanged();
    QVERIFY(!panel->isVisible());
}

void TestDashboardPage::monthChartSaysWhichMonthsItShows()
{
    QVERIFY(addMember(u"C001"_s, m_councilId, domain::MemberStatus::Active));
    subscribe(u"C001"_s, m_thisYear.first.addYears(-3), 10);
    subscribe(u"C001"_s, m_thisYear.first, 10);
    m_page->setSession(m_session.get());
    auto* caption = m_page->findChild<QLabel*>(u"chartCaption"_s);
    QVERIFY(caption != nullptr);
    app::ContributionChart* chart = m_page->contributionChart();
    chart->setPeriod(domain::ChartPeriod::Month);
    const QString last = QLocale().toString(m_thisYear.first, u"MMM yyyy"_s);
    const QString first = QLocale().toString(m_thisYear.first.addMonths(-23), u"MMM yyyy"_s);
    QVERIFY(caption->isVisible());
    // Without the English plural forms loaded Qt shows the source text, "month(s)".
    QCOMPARE(caption->text().replace(u"(s)"_s, u"s"_s), u"Last 24 months, %1 – %2"_s.arg(first, last));
    // By quarter every quarter is drawn, and there is nothing left out to mention.
    chart->setPeriod(domain::ChartPeriod::Quarter);
    QVERIFY(!caption->isVisible());
}

void TestDashboardPage::minimumWidthFitsA900PixelWindow()
{
    buildSmallMutual();
    m_page->setSession(m_session.get());
    // The sidebar of the main window takes 204 of the 900 pixels.
    QVERIFY2(m_page->minimumSizeHint().width() <= 696,
             qPrintable(QString::number(m_page->minimumSizeHint().width())));
}

// One service taken by every member named, with a saving for each (member, first day of a year-long
// period, baseline, actual).
void TestDashboardPage::addSavings(const QList<std::tuple<QString, QDate, qint64, qint64>>& savings)
{
    const storage::MemberRepository members(m_session->file());
    domain::Service service;
    service.name = u"Shared hosting"_s;
    service.start = m_thisYear.first.addYears(-2);
    for (const auto& [number, from, baseline, actual] : savings) {
        service.memberIds.append(members.memberByNumber(number)->id);
    }
    const auto added = storage::ServiceRepository(m_session->file()).add(service);
    QVERIFY2(added, qPrintable(added ? QString() : added.error().message));
    for (const auto& [number, from, baseline, actual] : savings) {
        domain::Saving saving;
        saving.serviceId = added->id;
        saving.memberId = members.memberByNumber(number)->id;
        saving.from = from;
        saving.to = from.addYears(1).addDays(-1);
        saving.baseline = baseline;
        saving.actual = actual;
        const auto recorded = storage::SavingsRepository(m_session->file()).add(saving);
        QVERIFY2(recorded, qPrintable(recorded ? QString() : recorded.error().message));
    }
}

void TestDashboardPage::savingsOfThisYearMatchTheHandSum()
{
    buildSmallMutual();
    addSavings({
        { u"C001"_s, m_thisYear.first, 1200000, 960000 }, // saves £2,400.00
        { u"C002"_s, m_thisYear.first, 500000, 450000 }, // saves £500.00
        { u"C001"_s, m_thisYear.first.addYears(-1), 900000, 100000 }, // last year's: not counted
    });
    m_page->setSession(m_session.get());
    // 2,400.00 + 500.00 = 2,900.00 saved on a baseline of 12,000.00 + 5,000.00 = 17,000.00: 17.1%
    // (2,900 / 17,000 = 0.17058..., rounded to one decimal).
    QCOMPARE(valueOf("savingsThisYearValue"), u"£2,900.00"_s);
    auto* value = m_page->findChild<QLabel*>(u"savingsThisYearValue"_s);
    QVERIFY(value->styleSheet().isEmpty());
    bool isPercentShown = false;
    for (const QLabel* label : m_page->findChildren<QLabel*>()) {
        isPercentShown = isPercentShown || label->text() == u"17.1% less than members would pay alone"_s;
    }
    QVERIFY(isPercentShown);
}

void TestDashboardPage::negativeSavingsShowInRed()
{
    buildSmallMutual();
    addSavings({
        { u"C001"_s, m_thisYear.first, 100000, 90000 }, // saves £100.00
        { u"M001"_s, m_thisYear.first, 50000, 65000 }, // costs £150.00 more
    });
    m_page->setSession(m_session.get());
    // 100.00 - 150.00 = -50.00, on a baseline of 1,000.00 + 500.00 = 1,500.00: 3.3% more.
    QCOMPARE(valueOf("savingsThisYearValue"), u"-£50.00"_s);
    QVERIFY(m_page->findChild<QLabel*>(u"savingsThisYearValue"_s)->styleSheet().contains(u"#b3261e"_s));
    bool isPercentShown = false;
    for (const QLabel* label : m_page->findChildren<QLabel*>()) {
        isPercentShown = isPercentShown || label->text() == u"3.3% more than members would pay alone"_s;
    }
    QVERIFY(isPercentShown);
}

void TestDashboardPage::fundWithoutAllocationsIsEmpty()
{
    buildSmallMutual();
    m_page->setSession(m_session.get());
    QCOMPARE(valueOf("savingsThisYearValue"), u"£0.00"_s);
    QCOMPARE(valueOf("fundBalanceValue"), u"£0.00"_s);
    QCOMPARE(valueOf("reinvestedValue"), u"£0.00"_s);
    bool isNoneSaid = false;
    for (const QLabel* label : m_page->findChildren<QLabel*>()) {
        isNoneSaid = isNoneSaid || label->text() == u"No savings recorded for this year yet"_s;
    }
    QVERIFY(isNoneSaid);
}

QTEST_MAIN(TestDashboardPage)
#include "TestDashboardPage.moc"
