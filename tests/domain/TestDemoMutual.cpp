#include "domain/DemoMutual.h"
#include "domain/DemoVotes.h"
#include "domain/Meeting.h"
#include "domain/ShareLedger.h"

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

// The register entry as it stood on a date. A ceased member was active until it ceased; a suspended
// member was active when its entries were made (its suspension is the latest event in its life).
Member memberAsOn(const Member& member, const QDate& date)
{
    if (member.status == MemberStatus::Applicant || (member.ceasedOn.isValid() && date >= member.ceasedOn))
        return member;
    Member earlier = member;
    earlier.status = MemberStatus::Active;
    earlier.ceasedOn = QDate();
    return earlier;
}

bool isSameLine(const ShareEntry& prepared, const ShareEntry& planned)
{
    ShareEntry comparable = prepared;
    comparable.id = planned.id;
    comparable.recordedBy = planned.recordedBy;
    comparable.recordedAt = planned.recordedAt;
    return comparable == planned;
}

// Replays the plan entry by entry through ShareLedger, as storage would record it, and returns the
// first refusal or mismatch; empty when every entry passes.
QString replay(const DemoPlan& plan)
{
    QHash<qint64, QList<ShareEntry>> histories;
    QList<qint64> reversedIds;
    QHash<qint64, ShareEntry> byId;
    const auto positionsFor = [&](const QList<qint64>& memberIds, const QDate& date) {
        QHash<qint64, MemberPosition> positions;
        for (const qint64 id : memberIds) {
            const Member& member = plan.members[id - 1];
            positions.insert(id,
                             MemberPosition { memberAsOn(member, date), plan.classes[member.classId - 1],
                                              histories.value(id) });
        }
        return positions;
    };

    for (qsizetype i = 0; i < plan.entries.size(); ++i) {
        const ShareEntry& entry = plan.entries[i];
        QList<ShareEntry> planned { entry };
        Result<QList<ShareEntry>> prepared = Error {};
        if (entry.kind == ShareEntryKind::Reversal) {
            const ShareEntry original = byId.value(entry.reversesId.value_or(0));
            prepared = ShareLedger::prepareReversal({ original }, entry.date, entry.reference,
                                                    positionsFor({ entry.memberId }, entry.date), reversedIds,
                                                    plan.mutual);
            reversedIds << original.id;
        } else if (entry.kind == ShareEntryKind::Transfer) {
            if (i + 1 >= plan.entries.size())
                return u"transfer %1 has no second side"_s.arg(entry.id);
            planned << plan.entries[++i];
            const ShareMovement movement { ShareEntryKind::Transfer, entry.date,    entry.memberId,
                                           planned[1].memberId,      -entry.shares, -entry.amount,
                                           entry.reference };
            prepared = ShareLedger::prepare(
                movement, positionsFor({ entry.memberId, planned[1].memberId }, entry.date), plan.mutual);
        } else {
            const ShareMovement movement { entry.kind,     entry.date,         entry.memberId,
                                           std::nullopt,   qAbs(entry.shares), qAbs(entry.amount),
                                           entry.reference };
            prepared
                = ShareLedger::prepare(movement, positionsFor({ entry.memberId }, entry.date), plan.mutual);
        }
        if (!prepared.isOk())
            return u"entry %1 (%2) refused: %3 %4"_s.arg(entry.id).arg(
                entryKindKey(entry.kind), prepared.error().rule, prepared.error().message);
        if (prepared->size() != planned.size())
            return u"entry %1: %2 lines prepared"_s.arg(entry.id).arg(prepared->size());
        for (qsizetype k = 0; k < planned.size(); ++k) {
            if (!isSameLine(prepared->at(k), planned[k]))
                return u"entry %1 differs from what the rules prepare"_s.arg(planned[k].id);
            histories[planned[k].memberId].append(planned[k]);
            byId.insert(planned[k].id, planned[k]);
        }
    }
    return {};
}

} // namespace

class TestDemoMutual : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameSeedSamePlan();
    void differentSeedDifferentPlan();
    void mutualAndClasses();
    void idsAndNumbers();
    void everyEntryPassesTheRules_data();
    void everyEntryPassesTheRules();
    void entriesInDateOrderAndNeverLate();
    void countsAsDescribed();
    void finalHoldings();
    void tinyMutuals_data();
    void tinyMutuals();
    void pastMeetingsUseEveryScheme();
    void votesAreRepeatable();
};

void TestDemoMutual::sameSeedSamePlan()
{
    const DemoPlan first = planDemoMutual(options(240, 5, 42));
    const DemoPlan second = planDemoMutual(options(240, 5, 42));
    QCOMPARE(first.members, second.members);
    QCOMPARE(first.entries, second.entries);
    QCOMPARE(first.classes, second.classes);
    QVERIFY(first.mutual == second.mutual);
}

void TestDemoMutual::differentSeedDifferentPlan()
{
    const DemoPlan first = planDemoMutual(options(240, 5, 1));
    const DemoPlan second = planDemoMutual(options(240, 5, 2));
    QVERIFY(first.members != second.members);
    QVERIFY(first.entries != second.entries);
    // The shape does not depend on the seed.
    QCOMPARE(first.classes, second.classes);
    QCOMPARE(first.members.size(), second.members.size());
}

void TestDemoMutual::mutualAndClasses()
{
    const DemoPlan plan = planDemoMutual(options(240, 5, 1));
    QVERIFY(validateMutual(plan.mutual).isOk());
    QCOMPARE(plan.mutual.name, u"Northern Shared Digital Services Co-operative"_s);
    QCOMPARE(plan.mutual.legalForm, LegalForm::CooperativeSociety);
    QCOMPARE(plan.mutual.currency.code(), u"GBP"_s);
    QCOMPARE(plan.mutual.nominalShareValue, 100);
    QCOMPARE(plan.mutual.financialYearStartMonth, 4);
    QCOMPARE(plan.mutual.financialYearStartDay, 1);
    QCOMPARE(plan.classes.size(), 4);
    const QStringList names { u"Founding council"_s, u"Employee"_s, u"Community"_s, u"Investor"_s };
    const QList<qint64> minimums { 10'000, 1, 1, 100 };
    const QList<int> votes { 5000, 2500, 2500, 0 };
    for (qsizetype i = 0; i < plan.classes.size(); ++i) {
        QCOMPARE(plan.classes[i].id, i + 1);
        QCOMPARE(plan.classes[i].name, names[i]);
        QCOMPARE(plan.classes[i].minimumShares, minimums[i]);
        QCOMPARE(plan.classes[i].votingShareBasisPoints, votes[i]);
        QVERIFY(validateMemberClass(plan.classes[i]).isOk());
    }
    QCOMPARE(plan.classes[3].maximumShares, 100'000);
    QVERIFY(!plan.classes[0].maximumShares);
}

void TestDemoMutual::idsAndNumbers()
{
    const DemoOptions demo = options(240, 5, 3);
    const DemoPlan plan = planDemoMutual(demo);
    QCOMPARE(plan.members.size(), 240);
    const QDate founded = demo.until.addYears(-demo.years);
    QSet<QString> numbers;
    int councils = 0;
    for (qsizetype i = 0; i < plan.members.size(); ++i) {
        const Member& member = plan.members[i];
        QCOMPARE(member.id, i + 1);
        const Outcome valid = validateMember(member);
        QVERIFY2(valid.isOk(),
                 qPrintable(member.number + u' ' + (valid.isOk() ? QString() : valid.error().message)));
        QVERIFY(!numbers.contains(member.number));
        numbers.insert(member.number);
        QVERIFY(member.classId >= 1 && member.classId <= 4);
        if (member.classId == 1) {
            ++councils;
            QCOMPARE(member.number, u"C%1"_s.arg(councils, 3, 10, QLatin1Char('0')));
            QCOMPARE(member.kind, MemberKind::Organisation);
            QCOMPARE(member.admittedOn, founded);
            QVERIFY(member.name.contains(u"Council"_s));
        } else {
            QCOMPARE(member.number, QString::number(1001 + i - councils));
        }
        if (member.admittedOn.isValid()) {
            QVERIFY(member.admittedOn >= founded);
            QVERIFY(member.admittedOn <= demo.until);
        }
        if (member.ceasedOn.isValid())
            QVERIFY(member.ceasedOn <= demo.until);
    }
    QCOMPARE(councils, 4); // 2% of 240 = 4.8, at least 3: 240 / 50 = 4
    for (const ShareEntry& entry : plan.entries) {
        QVERIFY(entry.memberId >= 1 && entry.memberId <= plan.members.size());
        if (entry.counterpartyId)
            QVERIFY(*entry.counterpartyId >= 1 && *entry.counterpartyId <= plan.members.size());
    }
}

void TestDemoMutual::everyEntryPassesTheRules_data()
{
    QTest::addColumn<int>("members");
    QTest::addColumn<int>("years");
    QTest::addColumn<quint64>("seed");
    QTest::newRow("default") << 240 << 5 << quint64 { 1 };
    QTest::newRow("another seed") << 240 << 5 << quint64 { 987654321 };
    QTest::newRow("ten years, 2,000 members") << 2000 << 10 << quint64 { 7 };
    QTest::newRow("one year") << 60 << 1 << quint64 { 11 };
}

void TestDemoMutual::everyEntryPassesTheRules()
{
    QFETCH(int, members);
    QFETCH(int, years);
    QFETCH(quint64, seed);
    const DemoPlan plan = planDemoMutual(options(members, years, seed));
    QVERIFY(!plan.entries.isEmpty());
    const QString problem = replay(plan);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestDemoMutual::entriesInDateOrderAndNeverLate()
{
    const DemoOptions demo = options(500, 5, 5);
    const DemoPlan plan = planDemoMutual(demo);
    for (qsizetype i = 0; i < plan.entries.size(); ++i) {
        const ShareEntry& entry = plan.entries[i];
        QCOMPARE(entry.id, i + 1);
        QVERIFY(entry.date <= demo.until);
        QVERIFY(entry.date >= demo.until.addYears(-demo.years));
        if (i > 0)
            QVERIFY(plan.entries[i - 1].date <= entry.date);
        QCOMPARE(entry.amount, entry.shares * plan.mutual.nominalShareValue);
        QVERIFY(entry.shares != 0);
        QVERIFY(!entry.reference.isEmpty());
    }
}

void TestDemoMutual::countsAsDescribed()
{
    const DemoPlan plan = planDemoMutual(options(5000, 5, 9));
    QHash<qint64, int> byClass;
    QHash<MemberStatus, int> byStatus;
    int organisationInvestors = 0;
    for (const Member& member : plan.members) {
        ++byClass[member.classId];
        ++byStatus[member.status];
        if (member.classId == 4 && member.kind == MemberKind::Organisation)
            ++organisationInvestors;
    }
    // 2% councils, 20% employees, 70% community, the rest (8%) investors
    QCOMPARE(byClass[1], 100);
    QVERIFY(qAbs(byClass[2] - 1000) <= 10);
    QVERIFY(qAbs(byClass[3] - 3500) <= 10);
    QVERIFY(qAbs(byClass[4] - 400) <= 10);
    QVERIFY(organisationInvestors > 0 && organisationInvestors < byClass[4]);
    // about 5% ceased, a few suspended and applicants
    QVERIFY2(byStatus[MemberStatus::Ceased] >= 150 && byStatus[MemberStatus::Ceased] <= 350,
             qPrintable(QString::number(byStatus[MemberStatus::Ceased])));
    QVERIFY(byStatus[MemberStatus::Suspended] > 0 && byStatus[MemberStatus::Suspended] < 150);
    QVERIFY(byStatus[MemberStatus::Applicant] > 0 && byStatus[MemberStatus::Applicant] < 250);

    QHash<ShareEntryKind, int> byKind;
    for (const ShareEntry& entry : plan.entries)
        ++byKind[entry.kind];
    QVERIFY(byKind[ShareEntryKind::Subscription] > 5000); // first subscriptions and top-ups
    QVERIFY(byKind[ShareEntryKind::Transfer] > 0);
    QCOMPARE(byKind[ShareEntryKind::Transfer] % 2, 0);
    QVERIFY(byKind[ShareEntryKind::Withdrawal] > byStatus[MemberStatus::Ceased] / 2);
    QVERIFY(byKind[ShareEntryKind::Forfeiture] > 0);
    QVERIFY(byKind[ShareEntryKind::Reversal] > 0);
}

void TestDemoMutual::finalHoldings()
{
    const DemoOptions demo = options(1000, 5, 13);
    const DemoPlan plan = planDemoMutual(demo);
    QHash<qint64, Holding> holdings;
    for (const Holding& holding : ShareLedger::holdingsAsOf(plan.entries, demo.until))
        holdings.insert(holding.memberId, holding);
    for (const Member& member : plan.members) {
        const Holding holding = holdings.value(member.id);
        const MemberClass& memberClass = plan.classes[member.classId - 1];
        switch (member.status) {
        case MemberStatus::Applicant:
            QVERIFY(!holdings.contains(member.id));
            break;
        case MemberStatus::Ceased:
            QCOMPARE(holding.shares, 0);
            break;
        case MemberStatus::Active:
        case MemberStatus::Suspended:
            QVERIFY(holding.shares >= memberClass.minimumShares);
            if (memberClass.maximumShares)
                QVERIFY(holding.shares <= *memberClass.maximumShares);
            if (member.kind == MemberKind::Individual)
                QVERIFY(holding.amount <= plan.mutual.individualWithdrawableCap);
            break;
        }
        if (member.classId == 1) // councils: £25,000 to £250,000 at admission, more later
            QVERIFY(holding.amount >= 25'000'00);
    }
}

void TestDemoMutual::tinyMutuals_data()
{
    QTest::addColumn<int>("members");
    QTest::addColumn<int>("councils");
    QTest::newRow("none") << 0 << 0;
    QTest::newRow("one") << 1 << 1;
    QTest::newRow("three") << 3 << 3;
    QTest::newRow("ten") << 10 << 3;
}

void TestDemoMutual::tinyMutuals()
{
    QFETCH(int, members);
    QFETCH(int, councils);
    const DemoPlan plan = planDemoMutual(options(members, 2, 1));
    QCOMPARE(plan.members.size(), members);
    const auto councilCount = std::count_if(plan.members.cbegin(), plan.members.cend(),
                                            [](const Member& member) { return member.classId == 1; });
    QCOMPARE(councilCount, councils);
    const QString problem = replay(plan);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

// The latest AGM has a motion under each scheme, one secret, and an election of three from six; the
// year before, the accounts; each AGM allocates the surplus of the year before and approves its grants.
// Every date is within the history and before `until`.
void TestDemoMutual::pastMeetingsUseEveryScheme()
{
    DemoOptions options;
    options.members = 240;
    options.years = 5;
    options.until = QDate(2026, 3, 31);
    const DemoPlan plan = planDemoMutual(options);
    // Founded on 31 March 2021: the AGM of March 2022 would allocate 2020/21, a year of one day, and is
    // not held; those of March 2023 to 2026 allocate 2021/22 to 2024/25.
    QCOMPARE(plan.meetings.size(), 4);
    const DemoMeeting& latest = plan.meetings.constLast();
    QCOMPARE(latest.meeting.heldOn, QDate(2026, 3, 1)); // 30 days before until
    QCOMPARE(latest.recordDate, QDate(2026, 2, 15)); // 14 days before the meeting
    QCOMPARE(plan.meetings.at(2).meeting.heldOn, QDate(2025, 3, 1));
    QCOMPARE(plan.meetings.at(2).motions.size(), 3); // the accounts, the surplus and the grants
    QCOMPARE(plan.meetings.constFirst().meeting.heldOn, QDate(2023, 3, 1));
    QCOMPARE(plan.meetings.constFirst().motions.size(), 2); // the surplus and the grants
    for (qsizetype m = 0; m < plan.meetings.size(); ++m) {
        const QList<DemoMotion>& motions = plan.meetings.at(m).motions;
        QCOMPARE(motions.at(motions.size() - 2).purpose, DemoMotionPurpose::SurplusAllocation);
        QCOMPARE(motions.at(motions.size() - 2).financialYear, static_cast<int>(2021 + m));
        QCOMPARE(motions.constLast().purpose, DemoMotionPurpose::Grants);
    }
    QSet<VotingScheme> schemes;
    int secret = 0;
    for (const DemoMotion& motion : latest.motions) {
        schemes.insert(motion.motion.rules.scheme);
        secret += motion.motion.isSecret ? 1 : 0;
        QVERIFY(validateMotion(motion.motion));
    }
    QCOMPARE(schemes.size(), 3);
    QCOMPARE(secret, 1);
    QVERIFY(latest.election.has_value());
    QCOMPARE(latest.election->candidateNumbers.size(), 6);
    QCOMPARE(latest.election->election.seats, 3);
    // A history too short for an AGM has none.
    options.years = 1;
    options.until = QDate(2020, 2, 1);
    QVERIFY(planDemoMutual(options).meetings.size() <= 1);
}

// The same seed gives every member the same vote; about 55% turn out; a ranking never repeats a
// candidate.
void TestDemoMutual::votesAreRepeatable()
{
    int voted = 0;
    QList<int> firstPreferences(6, 0);
    for (int i = 0; i < 10'000; ++i) {
        const QString number = QString::number(1000 + i);
        const auto choice = demoChoice(7, 2, number, 700);
        QCOMPARE(demoChoice(7, 2, number, 700), choice);
        voted += choice ? 1 : 0;
        const auto ranking = demoRanking(7, number, 6);
        if (ranking) {
            QVERIFY(!ranking->isEmpty() && ranking->size() <= 6);
            QCOMPARE(QSet<int>(ranking->cbegin(), ranking->cend()).size(), ranking->size());
            QVERIFY(ranking->constFirst() >= 1 && ranking->constFirst() <= 6);
            ++firstPreferences[ranking->constFirst() - 1];
        }
    }
    QVERIFY2(voted > 5'200 && voted < 5'800, qPrintable(QString::number(voted)));
    // First preferences by weights 6:5:4:3:2:1 of 21: of about 5,000 papers, about 1,430 for the first
    // candidate and 240 for the last; each candidate gets some, fewer down the ballot.
    for (int position = 1; position < 6; ++position)
        QVERIFY2(firstPreferences.at(position) < firstPreferences.at(position - 1),
                 qPrintable(QString::number(position)));
    QVERIFY2(firstPreferences.at(5) > 150, qPrintable(QString::number(firstPreferences.at(5))));
}

QTEST_GUILESS_MAIN(TestDemoMutual)
#include "TestDemoMutual.moc"
