#include "SampleMutual.h"
#include "domain/DemoMutual.h"
#include "domain/ShareLedger.h"
#include "storage/AuditLog.h"
#include "storage/DemoWriter.h"
#include "storage/ElectionRepository.h"
#include "storage/MeetingRepository.h"
#include "storage/MemberRepository.h"
#include "storage/MotionRepository.h"
#include "storage/ProjectRepository.h"
#include "storage/ShareLedgerRepository.h"
#include "storage/Verify.h"

#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace mutualise;

class TestDemoWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void demoWritesAndReadsBack_data();
    void demoWritesAndReadsBack();
    void demoRefusesAnExistingFile();
    void demoVotesAreDatedOnTheirMeetings();
    void demoMoneyIsWritten();

private:
    QTemporaryDir m_folder;
};

void TestDemoWriter::demoWritesAndReadsBack_data()
{
    QTest::addColumn<int>("members");
    QTest::addColumn<int>("years");
    QTest::addColumn<quint64>("seed");
    QTest::newRow("small") << 40 << 2 << quint64(1);
    QTest::newRow("default size") << 240 << 5 << quint64(7);
}

void TestDemoWriter::demoWritesAndReadsBack()
{
    QFETCH(int, members);
    QFETCH(int, years);
    QFETCH(quint64, seed);
    const QDate until(2026, 3, 31);
    const domain::DemoPlan plan = domain::planDemoMutual({ members, years, seed, until });
    QCOMPARE(plan.members.size(), members);
    QVERIFY(!plan.entries.isEmpty());

    const QString path = m_folder.filePath(QStringLiteral("demo-%1.mutual").arg(members));
    QList<int> reported;
    {
        auto written = storage::writeDemoMutual(path, plan, QStringLiteral("demo"),
                                                [&](int permille) { reported.append(permille); });
        QVERIFY2(written.isOk(), qPrintable(written.isOk() ? QString() : written.error().message));
    }
    // Progress rises to 1000 in steps of about 1%.
    QVERIFY(!reported.isEmpty());
    QCOMPARE(reported.last(), 1000);
    for (qsizetype i = 1; i < reported.size(); ++i)
        QVERIFY(reported.at(i) > reported.at(i - 1));
    QVERIFY(reported.size() <= 101);
    QVERIFY(sample::leftovers(path).isEmpty());

    auto reopened = storage::MutualFile::open(path, QStringLiteral("secretary"));
    QVERIFY(reopened.isOk());
    storage::MutualFile& file = *reopened.value();
    QCOMPARE(file.mutual(), plan.mutual);
    storage::MemberRepository register_(file);
    QCOMPARE(register_.count({}).value(), plan.members.size());
    QCOMPARE(register_.classes()->size(), plan.classes.size());
    storage::ShareLedgerRepository ledger(file);
    QCOMPARE(ledger.count({}).value(), plan.entries.size());

    // Members read back as planned (ids in the file follow the plan's order).
    const auto stored = register_.allMembers();
    QVERIFY(stored.isOk());
    QHash<QString, domain::Member> byNumber;
    for (const domain::Member& member : *stored)
        byNumber.insert(member.number, member);
    for (const domain::Member& planned : plan.members)
        QCOMPARE(byNumber.value(planned.number), planned);

    // Holdings in the file equal the ledger rules' own sums over the plan's entries, at the end and
    // half-way through.
    for (const QDate& asOf : { until, until.addYears(-years / 2 - 1), until.addDays(-45) }) {
        QHash<qint64, domain::Holding> expected;
        for (const domain::Holding& holding : domain::ShareLedger::holdingsAsOf(plan.entries, asOf)) {
            if (holding.shares != 0 || holding.amount != 0)
                expected.insert(holding.memberId, holding);
        }
        const auto rows = ledger.holdingsAsOf(asOf);
        QVERIFY(rows.isOk());
        QCOMPARE(rows->size(), expected.size());
        for (const storage::HoldingRow& row : *rows) {
            const domain::Member& planned = plan.members.at(row.holding.memberId - 1);
            QCOMPARE(row.memberNumber, planned.number);
            QCOMPARE(row.holding, expected.value(row.holding.memberId));
        }
    }

    // One audit entry for the register and the ledger, then the meetings' own, and the chain holds.
    storage::AuditLog audit(file);
    const auto entries = audit.entries();
    QVERIFY(entries.isOk());
    const auto demoEntry
        = std::find_if(entries->cbegin(), entries->cend(), [](const storage::AuditEntry& entry) {
              return entry.action == QStringLiteral("demo.create");
          });
    QVERIFY(demoEntry != entries->cend());
    QCOMPARE(entries->constLast().action, QStringLiteral("mutual.create"));
    QCOMPARE(demoEntry->after.value(QStringLiteral("members")).toInteger(), members);
    QCOMPARE(demoEntry->after.value(QStringLiteral("entries")).toInteger(), plan.entries.size());
    QCOMPARE(audit.firstBrokenLink().value(), std::nullopt);
    // Every row the demonstration wrote is one its audit entries account for.
    const auto verified = storage::Verifier(file).run();
    QVERIFY(verified.isOk());
    QCOMPARE(verified->problemCount, 0);
    QCOMPARE(verified->head.entry, entries->constFirst().id);

    // The past AGMs are there, every motion and the election declared.
    QVERIFY(!plan.meetings.isEmpty());
    QCOMPARE(storage::MeetingRepository(file).all()->size(), plan.meetings.size());
    const auto motions = storage::MotionRepository(file).all();
    QVERIFY(motions.isOk());
    qsizetype plannedMotions = 0;
    for (const domain::DemoMeeting& meeting : plan.meetings)
        plannedMotions += meeting.motions.size();
    QCOMPARE(motions->size(), plannedMotions);
    QSet<domain::VotingScheme> schemes;
    for (const domain::Motion& motion : *motions) {
        QCOMPARE(motion.state, domain::VoteState::Closed);
        QVERIFY(motion.outcome.has_value());
        schemes.insert(motion.rules.scheme);
    }
    QCOMPARE(schemes.size(), 3); // one member one vote, by shares, by class
    const auto elections = storage::ElectionRepository(file).all();
    QVERIFY(elections.isOk() && elections->size() == 1);
    const auto elected = storage::ElectionRepository(file).result(elections->constFirst().id);
    QVERIFY(elected.isOk() && elected->isDeclared);
    QCOMPARE(elected->elected.size(), 3);

    // Every reversal points at the stored line it undoes: same member, opposite shares.
    const qint64 plannedReversals
        = std::count_if(plan.entries.cbegin(), plan.entries.cend(),
                        [](const auto& entry) { return entry.reversesId.has_value(); });
    QCOMPARE(sample::scalar(
                 file.connection(),
                 QStringLiteral("SELECT COUNT(*) FROM share_entries r JOIN share_entries o ON o.id = "
                                "r.reverses_id WHERE r.member_id = o.member_id AND r.shares = -o.shares")),
             plannedReversals);

    // Both sides of every transfer share one movement, so a reversal finds exactly its partner.
    const qint64 transferLines
        = std::count_if(plan.entries.cbegin(), plan.entries.cend(),
                        [](const auto& entry) { return entry.kind == domain::ShareEntryKind::Transfer; });
    QCOMPARE(sample::scalar(file.connection(),
                            QStringLiteral("SELECT COUNT(*) FROM share_entries WHERE kind = 'transfer'")),
             transferLines);
    QCOMPARE(sample::scalar(
                 file.connection(),
                 QStringLiteral("SELECT COUNT(*) FROM (SELECT movement_id FROM share_entries WHERE kind "
                                "= 'transfer' GROUP BY movement_id HAVING COUNT(*) = 2 AND SUM(shares) = "
                                "0) AS pairs")),
             transferLines / 2);
}

void TestDemoWriter::demoRefusesAnExistingFile()
{
    const QString path = m_folder.filePath(QStringLiteral("taken.mutual"));
    QVERIFY(sample::createFile(path) != nullptr);
    const QByteArray before = sample::fingerprint(path);
    const domain::DemoPlan plan = domain::planDemoMutual({ 10, 1, 3, QDate(2026, 3, 31) });
    const auto written = storage::writeDemoMutual(path, plan, QStringLiteral("demo"));
    QVERIFY(!written.isOk());
    QCOMPARE(written.error().rule, QStringLiteral("exists"));
    QCOMPARE(sample::fingerprint(path), before);
}

// A demo made today holds meetings of past years: their votes opened on the record date and were cast
// and declared on the meeting's own day, in the evening, not on the day the demo was made.
void TestDemoWriter::demoVotesAreDatedOnTheirMeetings()
{
    const domain::DemoPlan plan = domain::planDemoMutual({ 240, 5, 7, QDate(2026, 3, 31) });
    QCOMPARE(plan.meetings.size(), 4);
    const QString path = m_folder.filePath(QStringLiteral("dated.mutual"));
    auto written = storage::writeDemoMutual(path, plan, QStringLiteral("demo"));
    QVERIFY2(written.isOk(), qPrintable(written.isOk() ? QString() : written.error().message));
    storage::MutualFile& file = *written.value();

    const auto meetings = storage::MeetingRepository(file).all();
    QVERIFY(meetings.isOk());
    QCOMPARE(meetings->size(), 4);
    int declared = 0;
    for (const domain::Meeting& meeting : *meetings) {
        const QDate recordDate = meeting.heldOn.addDays(-14);
        const auto motions = storage::MotionRepository(file).all(meeting.id);
        QVERIFY(motions.isOk());
        for (const domain::Motion& motion : *motions) {
            QCOMPARE(motion.openedAt.toLocalTime().date(), recordDate);
            QCOMPARE(motion.closedAt.toLocalTime().date(), meeting.heldOn);
            QVERIFY(motion.closedAt.toLocalTime().time() >= QTime(18, 0));
            const auto ballots = storage::MotionRepository(file).ballots(motion.id);
            QVERIFY(ballots.isOk());
            QVERIFY(!ballots->isEmpty());
            for (const storage::BallotRow& ballot : *ballots) {
                QVERIFY(ballot.castAt > motion.openedAt);
                QVERIFY(ballot.castAt < motion.closedAt);
            }
            ++declared;
        }
        const auto elections = storage::ElectionRepository(file).all(meeting.id);
        QVERIFY(elections.isOk());
        for (const domain::Election& election : *elections) {
            QCOMPARE(election.openedAt.toLocalTime().date(), recordDate);
            QCOMPARE(election.closedAt.toLocalTime().date(), meeting.heldOn);
            ++declared;
        }
    }
    qsizetype planned = 0;
    for (const domain::DemoMeeting& meeting : plan.meetings)
        planned += meeting.motions.size() + (meeting.election ? 1 : 0);
    QCOMPARE(declared, planned);
}

// The money side is in the file as planned: every row, the sums by kind, the savings, the projects;
// each allocation a draft whose motions, and the grants', were carried at the AGM held on its date.
void TestDemoWriter::demoMoneyIsWritten()
{
    const domain::DemoPlan plan = domain::planDemoMutual({ 240, 5, 7, QDate(2026, 3, 31) });
    const domain::DemoMoney& money = plan.money;
    const QString path = m_folder.filePath(QStringLiteral("money.mutual"));
    QList<storage::DemoAllocationDraft> drafts;
    auto written = storage::writeDemoMutual(path, plan, QStringLiteral("demo"), {}, &drafts);
    QVERIFY2(written.isOk(), qPrintable(written.isOk() ? QString() : written.error().message));
    storage::MutualFile& file = *written.value();
    const auto count = [&](const QString& sql) { return sample::scalar(file.connection(), sql); };

    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM services")), money.services.size());
    qsizetype takers = 0;
    for (const domain::DemoService& service : money.services)
        takers += service.memberIds.size();
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM service_members")), takers);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM contributions")), money.contributions.size());
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM savings")), money.savings.size());
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM projects")), money.projects.size());
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM pledges")), money.pledges.size());
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM grants")), money.grants.size());
    QVERIFY(money.contributions.size() > 300 && money.projects.size() >= 20 && money.grants.size() >= 10);

    // Sums by kind, net of the reversals, as planned; every reversal negates the row it names.
    QHash<QString, qint64> byKind;
    for (const domain::DemoContribution& contribution : money.contributions)
        byKind[contribution.kind] += contribution.amount;
    QCOMPARE(byKind.size(), 5);
    for (auto kind = byKind.cbegin(); kind != byKind.cend(); ++kind)
        QCOMPARE(
            count(QStringLiteral("SELECT SUM(amount) FROM contributions WHERE kind = '%1'").arg(kind.key())),
            kind.value());
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM contributions r JOIN contributions o ON o.id = "
                                  "r.reverses_id WHERE r.amount = -o.amount AND r.member_id = o.member_id")),
             2);
    // No contribution or pledge from someone who was not a member on its day; none in the future.
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM contributions c JOIN members m ON m.id = c.member_id "
                                  "WHERE m.admitted_on IS NULL OR c.entry_date < m.admitted_on OR "
                                  "(m.ceased_on IS NOT NULL AND c.entry_date >= m.ceased_on) OR "
                                  "c.entry_date > '2026-03-31'")),
             0);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM pledges p JOIN members m ON m.id = p.member_id "
                                  "WHERE m.admitted_on IS NULL OR p.pledge_date < m.admitted_on OR "
                                  "(m.ceased_on IS NOT NULL AND p.pledge_date >= m.ceased_on)")),
             0);
    // Savings of 10-30% but one, which is negative.
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM savings WHERE baseline < actual")), 1);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM savings WHERE baseline >= actual AND NOT "
                                  "((baseline - actual) * 10 >= baseline AND (baseline - actual) * 10 <= "
                                  "baseline * 3)")),
             0);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(DISTINCT category) FROM projects")), 5);

    // Four allocations, 2021/22 to 2024/25, written as drafts and then approved by their carried
    // motions, dated on their meeting, each adding up to its surplus.
    QCOMPARE(drafts.size(), money.allocations.size());
    QCOMPARE(drafts.size(), 4);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM allocations WHERE status = 'approved' AND surplus = "
                                  "reserves + interest_total + rebates + fund")),
             4);
    for (qsizetype i = 0; i < drafts.size(); ++i) {
        const storage::DemoAllocationDraft& draft = drafts.at(i);
        QCOMPARE(draft.year, 2021 + static_cast<int>(i));
        QCOMPARE(draft.allocatedOn, money.allocations.at(i).allocatedOn);
        // Approval replaces the draft's row with the approved one of the same year.
        QCOMPARE(count(QStringLiteral("SELECT motion_id FROM allocations WHERE year = %1").arg(draft.year)),
                 draft.motionId);
        QCOMPARE(
            count(QStringLiteral("SELECT COUNT(*) FROM allocations WHERE year = %1 AND allocated_on = '%2'")
                      .arg(draft.year)
                      .arg(draft.allocatedOn.toString(Qt::ISODate))),
            1);
        for (const qint64 motionId : { draft.motionId, draft.grantsMotionId }) {
            const auto motion = storage::MotionRepository(file).motion(motionId);
            QVERIFY(motion.isOk());
            QCOMPARE(motion->outcome, std::optional(domain::MotionOutcome::Carried));
            QCOMPARE(motion->closedAt.toLocalTime().date(), draft.allocatedOn);
            QVERIFY(
                motion->title.contains(QStringLiteral("%1/%2").arg(draft.year).arg((draft.year + 1) % 100)));
        }
        QVERIFY(storage::MotionRepository(file)
                    .motion(draft.motionId)
                    ->title.startsWith(QStringLiteral("Approve the allocation of the surplus")));
        // Each grant made with this year's fund names the year's grants motion and follows the AGM.
        QCOMPARE(
            count(QStringLiteral("SELECT COUNT(*) FROM grants WHERE motion_id = %1 AND grant_date <= '%2'")
                      .arg(draft.grantsMotionId)
                      .arg(draft.allocatedOn.toString(Qt::ISODate))),
            0);
    }
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM grants WHERE motion_id NOT IN (SELECT id FROM "
                                  "motions WHERE outcome = 'carried' AND title LIKE 'Approve the grants%')")),
             0);
    // The fund never pays out more than it has been given: on every grant's day its balance is not
    // below zero.
    storage::ProjectRepository projects(file);
    for (const auto& grant : projects.grants().value())
        QVERIFY2(projects.fundBalanceOn(grant.grant.date).value() >= 0,
                 qPrintable(grant.grant.date.toString(Qt::ISODate)));
    // Every member's part of each approved allocation is recorded and adds up to its interest and
    // rebates.
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM allocations a WHERE interest_total + rebates <> "
                                  "(SELECT COALESCE(SUM(amount), 0) FROM allocation_payments p WHERE "
                                  "p.allocation_id = a.id)")),
             0);
    storage::AuditLog audit(file);
    QCOMPARE(audit.entries()->constFirst().action, QStringLiteral("allocation.approve"));
    QCOMPARE(audit.firstBrokenLink().value(), std::nullopt);
    const auto verified = storage::Verifier(file).run();
    QVERIFY(verified.isOk());
    QCOMPARE(verified->problemCount, 0);
}

QTEST_GUILESS_MAIN(TestDemoWriter)
#include "TestDemoWriter.moc"
