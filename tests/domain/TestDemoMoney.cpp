#include "domain/DemoMoney.h"
#include "domain/DemoMutual.h"
#include "domain/Text.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace mutualise::domain;
using namespace Qt::StringLiterals;

namespace {

DemoOptions options(int members, int years, quint64 seed)
{
    DemoOptions result;
    result.members = members;
    result.years = years;
    result.seed = seed;
    result.until = QDate(2026, 3, 31);
    return result;
}

// Admitted on or before the day and not yet ceased, nor suspended (whose suspension has no date).
bool isMemberOn(const DemoPlan& plan, qint64 memberId, const QDate& day)
{
    const Member& member = plan.members.at(memberId - 1);
    return member.status != MemberStatus::Suspended && member.admittedOn.isValid() && member.admittedOn <= day
        && (!member.ceasedOn.isValid() || day < member.ceasedOn);
}

// Share-days counted the slow way: every day of the period, the shares held at its end.
qint64 shareDaysDayByDay(const DemoPlan& plan, const Period& period)
{
    qint64 total = 0;
    qsizetype next = 0;
    qint64 held = 0;
    for (QDate day = period.first; day <= period.last; day = day.addDays(1)) {
        while (next < plan.entries.size() && plan.entries.at(next).date <= day)
            held += plan.entries.at(next++).shares;
        total += held;
    }
    return total;
}

ShareEntry entryOn(const QDate& date, qint64 shares)
{
    ShareEntry entry;
    entry.kind = ShareEntryKind::Subscription;
    entry.date = date;
    entry.memberId = 1;
    entry.shares = shares;
    entry.amount = shares * 100;
    return entry;
}

} // namespace

class TestDemoMoney : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameSeedSamePlan();
    void shareDaysByHand();
    void shareDaysMatchADayByDayCount();
    void servicesAsDescribed();
    void everyCategoryHasAProject();
    void savingsAreRealistic();
    void contributionsFromMembersOnTheirDays_data();
    void contributionsFromMembersOnTheirDays();
    void reversalsRepeatTheOriginal();
    void everyAllocationHasItsAgmMotions();
    void allocationsAddUp();
    void grantsStayWithinTheFund_data();
    void grantsStayWithinTheFund();
    void projectsFundedAsTheirStatusSays();
    void scalesWithTheMutual();
};

void TestDemoMoney::sameSeedSamePlan()
{
    const DemoPlan first = planDemoMutual(options(240, 5, 42));
    const DemoPlan second = planDemoMutual(options(240, 5, 42));
    QVERIFY(first.money == second.money);
    QVERIFY(!first.money.contributions.isEmpty());
    const DemoPlan other = planDemoMutual(options(240, 5, 43));
    QVERIFY(!(other.money == first.money));
    // The money has its own stream of numbers: the register and the ledger are as they were.
    QCOMPARE(first.entries, second.entries);
}

// Year 2024/25 (1 April 2024 to 31 March 2025, 365 days): 100 shares from January 2024, 50 more on the
// first day, 30 withdrawn on the last, 10 bought the day after the year.
void TestDemoMoney::shareDaysByHand()
{
    DemoPlan plan;
    plan.entries = { entryOn(QDate(2024, 1, 10), 100), entryOn(QDate(2024, 4, 1), 50),
                     entryOn(QDate(2025, 3, 31), -30), entryOn(QDate(2025, 4, 1), 10) };
    const Period year { QDate(2024, 4, 1), QDate(2025, 3, 31) };
    // 150 shares at the end of each of the 364 days 1 April..30 March = 54,600, and 120 on 31 March.
    QCOMPARE(totalShareDays(plan, year), std::optional<qint64>(54'720));
    // 2023/24 holds 29 February (366 days): 100 shares at the end of the 82 days 10 January..31 March.
    QCOMPARE(totalShareDays(plan, { QDate(2023, 4, 1), QDate(2024, 3, 31) }), std::optional<qint64>(8'200));
}

void TestDemoMoney::shareDaysMatchADayByDayCount()
{
    const DemoPlan plan = planDemoMutual(options(400, 5, 3));
    QVERIFY(!plan.money.allocations.isEmpty());
    for (const DemoAllocation& allocation : plan.money.allocations) {
        QCOMPARE(allocation.totalShareDays, shareDaysDayByDay(plan, allocation.period));
        QCOMPARE(totalShareDays(plan, allocation.period), std::optional<qint64>(allocation.totalShareDays));
    }
}

// Shared hosting, a four-year case-management contract and jointly procured licences, taken mostly by
// councils; nothing dated after the end of the history.
void TestDemoMoney::servicesAsDescribed()
{
    const DemoPlan plan = planDemoMutual(options(240, 5, 1));
    const QList<DemoService>& services = plan.money.services;
    QCOMPARE(services.size(), 3);
    QCOMPARE(services.at(0).name, u"Shared hosting"_s);
    QCOMPARE(services.at(1).name, u"Case management contract"_s);
    QCOMPARE(services.at(2).name, u"Jointly procured office licences"_s);
    // Four years: from the start to the day before the fourth anniversary.
    QCOMPARE(services.at(1).endsOn, services.at(1).startsOn.addYears(4).addDays(-1));
    for (const DemoService& service : services) {
        QVERIFY(service.startsOn <= QDate(2026, 3, 31));
        QVERIFY(!service.endsOn.isValid() || service.endsOn <= QDate(2026, 3, 31));
        QVERIFY(!service.memberIds.isEmpty());
        const auto councils = std::count_if(service.memberIds.cbegin(), service.memberIds.cend(),
                                            [&](qint64 id) { return plan.members.at(id - 1).classId == 1; });
        QVERIFY(councils * 2 > service.memberIds.size());
        QVERIFY(checkPlainText(service.name, u"name"_s, u"name"_s, Lines::Single));
    }
}

void TestDemoMoney::everyCategoryHasAProject()
{
    const DemoPlan plan = planDemoMutual(options(240, 5, 1));
    QSet<QString> categories;
    QSet<QString> statuses;
    for (const DemoProject& project : plan.money.projects) {
        categories.insert(project.category);
        statuses.insert(project.status);
        QVERIFY(project.target > 0);
        QVERIFY(project.title.size() <= maximumTitleLength);
        QVERIFY(checkPlainText(project.title, u"project"_s, u"title"_s, Lines::Single));
        const QRegularExpression orgId(u"^GB-(CHC-\\d{7}|COH-\\d{8}|LAE-[A-Z]{3})$"_s);
        QVERIFY2(orgId.match(project.recipientOrgId).hasMatch(), qPrintable(project.recipientOrgId));
        QCOMPARE(project.status == u"completed", !project.outcomes.isEmpty());
        QVERIFY(!project.endsOn.isValid() || project.endsOn <= QDate(2026, 3, 31));
    }
    QCOMPARE(categories,
             QSet<QString>({ u"community-funding"_s, u"innovation"_s, u"research"_s, u"digital-inclusion"_s,
                             u"skills"_s }));
    QVERIFY2(statuses.size() >= 4, qPrintable(QStringList(statuses.cbegin(), statuses.cend()).join(u',')));
    QVERIFY(statuses.contains(u"completed"_s));
    QVERIFY(statuses.contains(u"proposed"_s));
}

// Between 10% and 30% of the baseline, and exactly one negative saving, kept and explained; each row's
// actual is what the member was charged for the service in its period.
void TestDemoMoney::savingsAreRealistic()
{
    const DemoPlan plan = planDemoMutual(options(240, 5, 1));
    QVERIFY(plan.money.savings.size() >= 20);
    QSet<qint64> reversed;
    for (const DemoContribution& contribution : plan.money.contributions) {
        if (contribution.reversesId)
            reversed.insert(*contribution.reversesId);
    }
    int negative = 0;
    for (const DemoSaving& saving : plan.money.savings) {
        QVERIFY(saving.actual > 0);
        QVERIFY(saving.from <= saving.to && saving.to <= QDate(2026, 3, 31));
        QVERIFY(!saving.evidence.isEmpty());
        qint64 charged = 0;
        for (const DemoContribution& contribution : plan.money.contributions) {
            if (contribution.kind == u"charge" && contribution.serviceId == saving.serviceId
                && contribution.memberId == saving.memberId && !contribution.reversesId
                && !reversed.contains(contribution.id) && contribution.date >= saving.from
                && contribution.date <= saving.to)
                charged += contribution.amount;
        }
        QCOMPARE(saving.actual, charged);
        if (saving.saving() < 0) {
            ++negative;
            // 3% more than the old deal: baseline = 97% of actual.
            QCOMPARE(saving.baseline, saving.actual * 97 / 100);
            continue;
        }
        QVERIFY2(saving.saving() * 10 >= saving.baseline && saving.saving() * 10 <= saving.baseline * 3,
                 qPrintable(u"%1 of %2"_s.arg(saving.saving()).arg(saving.baseline)));
    }
    QCOMPARE(negative, 1);
}

void TestDemoMoney::contributionsFromMembersOnTheirDays_data()
{
    QTest::addColumn<int>("members");
    QTest::addColumn<int>("years");
    QTest::addColumn<quint64>("seed");
    QTest::newRow("default") << 240 << 5 << quint64(1);
    QTest::newRow("other seed") << 240 << 5 << quint64(9);
    QTest::newRow("long") << 1000 << 10 << quint64(4);
    QTest::newRow("tiny") << 10 << 2 << quint64(1);
}

void TestDemoMoney::contributionsFromMembersOnTheirDays()
{
    QFETCH(int, members);
    QFETCH(int, years);
    QFETCH(quint64, seed);
    const DemoPlan plan = planDemoMutual(options(members, years, seed));
    const QDate until(2026, 3, 31);
    const QSet<QString> kinds { u"fee"_s, u"charge"_s, u"donation"_s, u"pledge-payment"_s, u"in-kind"_s };
    QDate previous;
    for (qsizetype i = 0; i < plan.money.contributions.size(); ++i) {
        const DemoContribution& contribution = plan.money.contributions.at(i);
        QCOMPARE(contribution.id, i + 1);
        QVERIFY(kinds.contains(contribution.kind));
        QVERIFY(contribution.date <= until);
        QVERIFY(!previous.isValid() || contribution.date >= previous); // in date order
        previous = contribution.date;
        QVERIFY2(isMemberOn(plan, contribution.memberId, contribution.date),
                 qPrintable(u"%1 on %2"_s.arg(contribution.memberId).arg(contribution.date.toString())));
        QVERIFY(contribution.reversesId || contribution.amount > 0);
        QCOMPARE(contribution.daysHundredths.has_value(), contribution.dayRate.has_value());
        if (contribution.daysHundredths)
            QCOMPARE(contribution.amount, *contribution.daysHundredths * *contribution.dayRate / 100);
        QVERIFY(checkPlainText(contribution.note, u"note"_s, u"note"_s, Lines::Single));
    }
    for (const DemoPledge& pledge : plan.money.pledges) {
        QVERIFY(pledge.amount > 0 && pledge.date <= until);
        QVERIFY(isMemberOn(plan, pledge.memberId, pledge.date));
    }
    for (const DemoService& service : plan.money.services) {
        for (const qint64 member : service.memberIds)
            QVERIFY(plan.members.at(member - 1).admittedOn.isValid());
    }
}

// A reversal repeats its original, the amount negated; 10 days at £350.00 is £3,500.00.
void TestDemoMoney::reversalsRepeatTheOriginal()
{
    const DemoPlan plan = planDemoMutual(options(240, 5, 1));
    int reversals = 0;
    bool tenDaysAt350 = false;
    for (const DemoContribution& contribution : plan.money.contributions) {
        if (contribution.daysHundredths == 1000 && contribution.dayRate == 350'00) {
            QCOMPARE(contribution.amount, 3'500'00); // 10 x 350.00
            tenDaysAt350 = true;
        }
        if (!contribution.reversesId)
            continue;
        ++reversals;
        const DemoContribution& original = plan.money.contributions.at(*contribution.reversesId - 1);
        QVERIFY(original.id < contribution.id);
        QCOMPARE(contribution.amount, -original.amount);
        QCOMPARE(contribution.memberId, original.memberId);
        QCOMPARE(contribution.kind, original.kind);
        QCOMPARE(contribution.date, original.date);
        QCOMPARE(contribution.serviceId, original.serviceId);
    }
    QCOMPARE(reversals, 2);
    QVERIFY(tenDaysAt350);
}

// Every financial year that ended before an AGM (and in which the mutual traded for three months) is
// allocated, approved by that AGM's "Approve the allocation of the surplus for ..." motion; the same
// meeting approves the year's grants.
void TestDemoMoney::everyAllocationHasItsAgmMotions()
{
    const DemoPlan plan = planDemoMutual(options(240, 5, 1));
    // Founded 31 March 2021; AGMs on 1 March 2022..2026 allocate 2021/22..2024/25 (2020/21 held one day).
    QCOMPARE(plan.money.allocations.size(), 4);
    int year = 2021;
    for (const DemoAllocation& allocation : plan.money.allocations) {
        QCOMPARE(allocation.year, year++);
        QCOMPARE(allocation.period.first, QDate(allocation.year, 4, 1));
        QCOMPARE(allocation.period.last, QDate(allocation.year + 1, 3, 31));
        const DemoMeeting& meeting = plan.meetings.at(allocation.meetingIndex);
        QCOMPARE(allocation.allocatedOn, meeting.meeting.heldOn);
        QVERIFY(allocation.allocatedOn > allocation.period.last);
        const DemoMotion& motion = meeting.motions.at(allocation.motionIndex);
        QCOMPARE(motion.purpose, DemoMotionPurpose::SurplusAllocation);
        QCOMPARE(motion.motion.title,
                 u"Approve the allocation of the surplus for %1/%2"_s.arg(allocation.year)
                     .arg((allocation.year + 1) % 100));
        QVERIFY(motion.supportPerMille >= 900);
        const DemoMotion& grants = meeting.motions.at(allocation.grantsMotionIndex);
        QCOMPARE(grants.purpose, DemoMotionPurpose::Grants);
        QCOMPARE(grants.financialYear, allocation.year);
        QVERIFY(validateMotion(motion.motion));
    }
    QCOMPARE(financialYearLabel(plan.mutual, 2024), u"2024/25"_s);
    QCOMPARE(financialYearForAgm(plan.mutual, QDate(2025, 9, 20)), 2024);
    // Held in May, the accounts of the year that ended in March are not ready: the year before.
    QCOMPARE(financialYearForAgm(plan.mutual, QDate(2025, 5, 20)), 2023);
}

// surplus = reserves + interest + rebates + fund to the penny; interest is
// floor(share-days x £1.00 x rate / (10000 x days)) and within the cap; the fund's floor is below it.
void TestDemoMoney::allocationsAddUp()
{
    const DemoPlan plan = planDemoMutual(options(240, 5, 1));
    bool someInterest = false;
    for (const DemoAllocation& allocation : plan.money.allocations) {
        QCOMPARE(allocation.reserves + allocation.interestTotal + allocation.rebates + allocation.fund,
                 allocation.surplus);
        QVERIFY(allocation.surplus > 0 && allocation.reserves > 0 && allocation.fund > 0);
        QVERIFY(allocation.rebates > 0);
        QVERIFY(allocation.interestRateBp >= 0 && allocation.interestRateBp <= plan.mutual.interestCapBp);
        QCOMPARE(allocation.interestMode, u"pay"_s);
        const qint64 days = allocation.period.first.daysTo(allocation.period.last) + 1;
        const qint64 numerator
            = allocation.totalShareDays * plan.mutual.nominalShareValue * allocation.interestRateBp;
        QCOMPARE(allocation.interestTotal, numerator / (10'000 * days));
        QVERIFY(allocation.fundLowerBound <= allocation.fund && allocation.fundLowerBound > 0);
        someInterest = someInterest || allocation.interestTotal > 0;
    }
    QVERIFY(someInterest);
}

void TestDemoMoney::grantsStayWithinTheFund_data()
{
    QTest::addColumn<int>("members");
    QTest::addColumn<int>("years");
    QTest::newRow("default") << 240 << 5;
    QTest::newRow("long and large") << 3000 << 10;
}

// On each grant's date, the grants so far are within half the floors of the allocations approved
// before it, so within the fund however the interest comes out; each is approved by its year's grants
// motion and dated after that AGM.
void TestDemoMoney::grantsStayWithinTheFund()
{
    QFETCH(int, members);
    QFETCH(int, years);
    const DemoPlan plan = planDemoMutual(options(members, years, 5));
    const DemoMoney& money = plan.money;
    QVERIFY(!money.grants.isEmpty());
    qint64 granted = 0;
    QDate previous;
    for (const DemoGrant& grant : money.grants) {
        QVERIFY(!previous.isValid() || grant.date >= previous);
        previous = grant.date;
        QVERIFY(grant.amount > 0 && grant.date <= QDate(2026, 3, 31));
        const DemoAllocation& source = money.allocations.at(grant.allocationIndex);
        QVERIFY(grant.date > source.allocatedOn);
        qint64 halfFloors = 0;
        qint64 funds = 0;
        for (const DemoAllocation& allocation : money.allocations) {
            if (allocation.allocatedOn < grant.date) {
                halfFloors += allocation.fundLowerBound / 2;
                funds += allocation.fund;
            }
        }
        granted += grant.amount;
        QVERIFY2(granted <= halfFloors, qPrintable(u"%1 > %2"_s.arg(granted).arg(halfFloors)));
        QVERIFY(granted <= funds);
    }
}

// Funded and completed: grants and what backers paid in reach the target; approved: not yet; pledges
// only while a project was open; a grant only to a project the members approved.
void TestDemoMoney::projectsFundedAsTheirStatusSays()
{
    const DemoPlan plan = planDemoMutual(options(240, 5, 1));
    const DemoMoney& money = plan.money;
    QHash<qint64, qint64> received;
    QHash<qint64, QDate> firstGrant;
    for (const DemoGrant& grant : money.grants) {
        received[grant.projectId] += grant.amount;
        if (!firstGrant.contains(grant.projectId))
            firstGrant.insert(grant.projectId, grant.date);
    }
    for (const DemoContribution& contribution : money.contributions) {
        if (contribution.projectId)
            received[*contribution.projectId] += contribution.amount;
    }
    for (const DemoPledge& pledge : money.pledges) {
        const DemoProject& project = money.projects.at(pledge.projectId - 1);
        QVERIFY(pledge.date >= project.proposedOn);
        if (firstGrant.contains(project.id))
            QVERIFY(pledge.date < firstGrant.value(project.id));
    }
    for (const DemoProject& project : money.projects) {
        const qint64 total = received.value(project.id);
        if (project.status == u"funded" || project.status == u"completed") {
            QCOMPARE(total, project.target);
            QVERIFY(project.startsOn.isValid());
        } else if (project.status == u"approved") {
            QVERIFY(total < project.target);
        } else {
            QVERIFY(!firstGrant.contains(project.id));
        }
    }
}

// Ten years of a larger mutual: more services, thousands of contributions and savings, many projects.
void TestDemoMoney::scalesWithTheMutual()
{
    const DemoPlan plan = planDemoMutual(options(5000, 10, 2));
    QCOMPARE(plan.money.services.size(), 7);
    QVERIFY(plan.money.contributions.size() > 5'000);
    QVERIFY(plan.money.savings.size() > 1'000);
    QVERIFY(plan.money.projects.size() > 50);
    QCOMPARE(plan.money.allocations.size(), 9); // 2016/17..2024/25: the first year held one day
}

QTEST_GUILESS_MAIN(TestDemoMoney)
#include "TestDemoMoney.moc"
