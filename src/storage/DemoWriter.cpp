#include "DemoWriter.h"

#include "AllocationRepository.h"
#include "ElectionRepository.h"
#include "MeetingRepository.h"
#include "MemberRepository.h"
#include "MotionRepository.h"
#include "Statement.h"

#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

#include <algorithm>

namespace mutualise::storage {

namespace {

using domain::ShareEntry;
using domain::ShareEntryKind;

// Calls the progress callback only when the fraction done (in thousandths) moves on by ten: about
// every 1%.
class ProgressReport
{
public:
    ProgressReport(const std::function<void(int)>& callback, qint64 total)
        : m_callback(callback)
        , m_total(qMax<qint64>(1, total))
    { }

    void advance()
    {
        ++m_done;
        const int permille = static_cast<int>(m_done * 1000 / m_total);
        if (m_callback && permille >= m_lastReported + 10) {
            m_lastReported = permille;
            m_callback(permille);
        }
    }

    void finish()
    {
        if (m_callback && m_lastReported < 1000)
            m_callback(1000);
    }

private:
    const std::function<void(int)>& m_callback;
    qint64 m_total;
    qint64 m_done = 0;
    int m_lastReported = -10;
};

qint64 planIdOf(const ShareEntry& entry, qsizetype position)
{
    return entry.id != 0 ? entry.id : position + 1;
}

// The second side of a transfer (or of a transfer's reversal) follows the first in the plan.
bool isSecondSide(const ShareEntry& previous, const ShareEntry& entry,
                  const QHash<qint64, qint64>& movementOf)
{
    if (previous.kind != entry.kind || previous.date != entry.date || previous.shares != -entry.shares)
        return false;
    if (entry.kind == ShareEntryKind::Transfer)
        return previous.counterpartyId == entry.memberId && entry.counterpartyId == previous.memberId;
    if (entry.kind == ShareEntryKind::Reversal && previous.reversesId && entry.reversesId)
        return movementOf.value(*previous.reversesId, -1) == movementOf.value(*entry.reversesId, -2);
    return false;
}

class DemoInserter
{
public:
    DemoInserter(MutualFile& file, const domain::DemoPlan& plan, ProgressReport& progress)
        : m_file(file)
        , m_plan(plan)
        , m_progress(progress)
    { }

    Outcome insertAll()
    {
        if (auto done = mapClasses(); !done)
            return done;
        if (auto done = insertMembers(); !done)
            return done;
        return insertEntries();
    }

private:
    // The classes were stored when the file was created; the plan's members refer to them by position.
    Outcome mapClasses()
    {
        const auto stored = MemberRepository(m_file).classes();
        if (!stored)
            return stored.error();
        for (qsizetype i = 0; i < m_plan.classes.size(); ++i) {
            const domain::MemberClass& memberClass = m_plan.classes.at(i);
            const auto found
                = std::find_if(stored->cbegin(), stored->cend(),
                               [&](const domain::MemberClass& c) { return c.name == memberClass.name; });
            Q_ASSERT(found != stored->cend());
            m_classIds.insert(memberClass.id != 0 ? memberClass.id : i + 1, found->id);
            m_progress.advance();
        }
        return domain::ok();
    }

    Outcome insertMembers()
    {
        Statement insert(
            m_file.connection(),
            QStringLiteral("INSERT INTO members (id, number, name, kind, class_id, email, phone, address, "
                           "admitted_on, ceased_on, status) VALUES (:id, :number, :name, :kind, :class_id, "
                           ":email, :phone, :address, :admitted_on, :ceased_on, :status)"));
        for (qsizetype i = 0; i < m_plan.members.size(); ++i) {
            const domain::Member& member = m_plan.members.at(i);
            // The file is new and its tables empty: the ids are simply 1, 2, 3...
            const qint64 id = i + 1;
            insert.bind(QStringLiteral(":id"), id)
                .bind(QStringLiteral(":number"), member.number)
                .bind(QStringLiteral(":name"), member.name)
                .bind(QStringLiteral(":kind"), domain::kindKey(member.kind))
                .bind(QStringLiteral(":class_id"), m_classIds.value(member.classId))
                .bind(QStringLiteral(":email"), member.email)
                .bind(QStringLiteral(":phone"), member.phone)
                .bind(QStringLiteral(":address"), member.address)
                .bind(QStringLiteral(":admitted_on"), dateValue(member.admittedOn))
                .bind(QStringLiteral(":ceased_on"), dateValue(member.ceasedOn))
                .bind(QStringLiteral(":status"), domain::statusKey(member.status));
            if (auto done = insert.exec(); !done)
                return done;
            m_memberIds.insert(member.id != 0 ? member.id : i + 1, id);
            m_progress.advance();
        }
        return domain::ok();
    }

    QVariant realMemberId(const std::optional<qint64>& planId) const
    {
        return planId ? QVariant(m_memberIds.value(*planId)) : QVariant();
    }

    Outcome insertEntries()
    {
        Statement insert(
            m_file.connection(),
            QStringLiteral("INSERT INTO share_entries (id, movement_id, kind, entry_date, member_id, "
                           "shares, amount, counterparty_id, reverses_id, reference, recorded_by, "
                           "recorded_at) VALUES (:id, :movement, :kind, :date, :member, :shares, :amount, "
                           ":counterparty, :reverses, :reference, :recorded_by, :recorded_at)"));
        const QString recordedAt = nowUtcText();
        QHash<qint64, qint64> entryIds; // plan id -> stored id
        QHash<qint64, qint64> movementOf; // plan id -> movement id
        qint64 movementId = 0;
        for (qsizetype i = 0; i < m_plan.entries.size(); ++i) {
            const ShareEntry& entry = m_plan.entries.at(i);
            if (i == 0 || !isSecondSide(m_plan.entries.at(i - 1), entry, movementOf))
                ++movementId;
            const qint64 planId = planIdOf(entry, i);
            movementOf.insert(planId, movementId);
            const qint64 id = i + 1;
            insert.bind(QStringLiteral(":id"), id)
                .bind(QStringLiteral(":movement"), movementId)
                .bind(QStringLiteral(":kind"), domain::entryKindKey(entry.kind))
                .bind(QStringLiteral(":date"), dateValue(entry.date))
                .bind(QStringLiteral(":member"), m_memberIds.value(entry.memberId))
                .bind(QStringLiteral(":shares"), entry.shares)
                .bind(QStringLiteral(":amount"), entry.amount)
                .bind(QStringLiteral(":counterparty"), realMemberId(entry.counterpartyId))
                .bind(QStringLiteral(":reverses"),
                      entry.reversesId ? QVariant(entryIds.value(*entry.reversesId)) : QVariant())
                .bind(QStringLiteral(":reference"), entry.reference)
                .bind(QStringLiteral(":recorded_by"),
                      entry.recordedBy.isEmpty() ? m_file.actor() : entry.recordedBy)
                .bind(QStringLiteral(":recorded_at"),
                      entry.recordedAt.isValid() ? entry.recordedAt.toUTC().toString(Qt::ISODateWithMs)
                                                 : recordedAt);
            if (auto done = insert.exec(); !done)
                return done;
            entryIds.insert(planId, id);
            m_progress.advance();
        }
        return domain::ok();
    }

    MutualFile& m_file;
    const domain::DemoPlan& m_plan;
    ProgressReport& m_progress;
    QHash<qint64, qint64> m_classIds; // plan id -> stored id
    QHash<qint64, qint64> m_memberIds;
};

// The demo's past meetings, through the repositories as a secretary's would go: each motion opened on
// its record date, voted on and declared; the election likewise. Each step is its own transaction.
class DemoMeetingWriter
{
public:
    DemoMeetingWriter(MutualFile& file, const domain::DemoPlan& plan)
        : m_file(file)
        , m_plan(plan)
    {
        for (const domain::Member& member : m_plan.members) {
            m_memberIds.insert(member.number, member.id);
            m_memberNames.insert(member.number, member.name);
        }
    }

    // The stored ids of each meeting's motions, in the plan's order.
    const QList<QList<qint64>>& motionIds() const { return m_motionIds; }

    Outcome writeAll()
    {
        Outcome outcome = domain::ok();
        for (qsizetype m = 0; m < m_plan.meetings.size() && outcome; ++m)
            outcome = writeMeeting(m_plan.meetings.at(m), static_cast<int>(m));
        m_file.pinRecordingTime({});
        return outcome;
    }

private:
    Outcome writeMeeting(const domain::DemoMeeting& demo, int meetingIndex)
    {
        const auto meeting = MeetingRepository(m_file).add(demo.meeting);
        if (!meeting)
            return meeting.error();
        MotionRepository motions(m_file);
        QList<qint64> ids;
        QStringList voters; // the one-member-one-vote roll: everyone eligible
        for (const domain::DemoMotion& demoMotion : demo.motions) {
            domain::Motion motion = demoMotion.motion;
            motion.meetingId = meeting->id;
            // Proposed and seconded by the first two founding members (plan ids are stored ids).
            if (m_plan.members.size() >= 2) {
                motion.proposerId = m_plan.members.at(0).id;
                motion.seconderId = m_plan.members.at(1).id;
            }
            const auto added = motions.add(motion);
            if (!added)
                return added.error();
            m_file.pinRecordingTime(demo.votingOpensAt);
            if (auto opened = motions.open(added->id, demo.recordDate); !opened)
                return opened.error();
            ids.append(added->id);
            if (voters.isEmpty() && motion.rules.scheme == domain::VotingScheme::OneMemberOneVote) {
                const auto roll = motions.roll(added->id);
                if (!roll)
                    return roll.error();
                for (const domain::RollEntry& entry : roll->entries)
                    voters.append(entry.memberNumber);
            }
        }
        m_motionIds.append(ids);
        if (auto done = recordAttendance(meeting->id, meetingIndex, voters); !done)
            return done;
        // The room takes one vote every ten minutes from a quarter past the start.
        QDateTime voteTakenAt = demo.startsAt.addSecs(15 * 60);
        for (qsizetype i = 0; i < ids.size(); ++i) {
            if (auto done = vote(ids.at(i), demo.motions.at(i), voteTakenAt); !done)
                return done;
            voteTakenAt = voteTakenAt.addSecs(10 * 60);
        }
        if (demo.election) {
            m_file.pinRecordingTime(demo.votingOpensAt);
            const auto elected = holdElection(*demo.election, meeting->id, demo.recordDate, voters,
                                              voteTakenAt, demo.electionDeclaredAt);
            if (!elected)
                return elected;
        }
        return domain::ok();
    }

    // A few dozen in the room: each attendance is its own transaction, as in the window.
    Outcome recordAttendance(qint64 meetingId, int meetingIndex, const QStringList& voters)
    {
        constexpr int mostInTheRoom = 60;
        int present = 0;
        MeetingRepository meetings(m_file);
        for (const QString& number : voters) {
            if (present == mostInTheRoom)
                break;
            if (!domain::demoAttends(m_plan.seed, meetingIndex, number))
                continue;
            const auto member = m_memberIds.constFind(number);
            if (member == m_memberIds.constEnd())
                continue;
            const auto done = meetings.setAttendance(meetingId, *member, domain::Attendance::Present);
            if (!done && done.error().rule != u"not-a-voter") // ceased between the record date and the day
                return done;
            present += done ? 1 : 0;
        }
        return domain::ok();
    }

    // Ballots filed when the room votes; the result declared five minutes later.
    Outcome vote(qint64 motionId, const domain::DemoMotion& demo, const QDateTime& takenAt)
    {
        MotionRepository motions(m_file);
        const auto roll = motions.roll(motionId);
        if (!roll)
            return roll.error();
        QList<BallotInput> ballots;
        for (const domain::RollEntry& entry : roll->entries) {
            const auto choice = domain::demoChoice(m_plan.seed, m_motionIndex, entry.memberNumber,
                                                   demo.supportPerMille, demo.turnoutPerMille);
            if (choice) {
                ballots.append({ entry.memberNumber,
                                 *choice,
                                 domain::demoMethod(m_plan.seed, m_motionIndex, entry.memberNumber),
                                 {},
                                 0 });
            }
        }
        ++m_motionIndex;
        m_file.pinRecordingTime(takenAt);
        if (auto imported = motions.importBallots(motionId, ballots); !imported)
            return imported.error();
        m_file.pinRecordingTime(takenAt.addSecs(5 * 60));
        if (auto closed = motions.close(motionId); !closed)
            return closed.error();
        return domain::ok();
    }

    Outcome holdElection(const domain::DemoElection& demo, qint64 meetingId, const QDate& recordDate,
                         const QStringList& voters, const QDateTime& castAt, const QDateTime& declaredAt)
    {
        QList<domain::Candidate> candidates;
        for (const QString& number : demo.candidateNumbers) {
            domain::Candidate candidate;
            candidate.memberId = m_memberIds.value(number);
            candidate.name = m_memberNames.value(number);
            candidates.append(candidate);
        }
        domain::Election election = demo.election;
        election.meetingId = meetingId;
        ElectionRepository elections(m_file);
        const auto added = elections.add(election, candidates);
        if (!added)
            return added.error();
        if (auto opened = elections.open(added->id, recordDate); !opened)
            return opened.error();
        QList<PaperInput> papers;
        for (const QString& number : voters) {
            const auto ranking
                = domain::demoRanking(m_plan.seed, number, static_cast<int>(candidates.size()));
            if (ranking)
                papers.append({ number, *ranking, domain::demoMethod(m_plan.seed, 99, number), 0 });
        }
        m_file.pinRecordingTime(castAt);
        if (auto cast = elections.castPapers(added->id, papers); !cast)
            return cast.error();
        m_file.pinRecordingTime(declaredAt);
        if (auto closed = elections.close(added->id); !closed)
            return closed.error();
        return domain::ok();
    }

    MutualFile& m_file;
    const domain::DemoPlan& m_plan;
    QHash<QString, qint64> m_memberIds;
    QHash<QString, QString> m_memberNames;
    QList<QList<qint64>> m_motionIds;
    int m_motionIndex = 0;
};

// The money side, in one transaction of bulk prepared statements: the plan's ids are the stored ids
// (the tables are empty), members' ids are the register's, motions' ids are what the meetings got.
class DemoMoneyWriter
{
public:
    DemoMoneyWriter(MutualFile& file, const domain::DemoPlan& plan, const QList<QList<qint64>>& motionIds,
                    ProgressReport& progress)
        : m_file(file)
        , m_money(plan.money)
        , m_plan(plan)
        , m_motionIds(motionIds)
        , m_progress(progress)
    { }

    Outcome writeAll()
    {
        for (auto step : { &DemoMoneyWriter::insertServices, &DemoMoneyWriter::insertProjects,
                           &DemoMoneyWriter::insertContributions, &DemoMoneyWriter::insertSavings,
                           &DemoMoneyWriter::insertPledges, &DemoMoneyWriter::insertAllocations,
                           &DemoMoneyWriter::insertGrants }) {
            if (auto done = (this->*step)(); !done)
                return done;
        }
        const QJsonObject summary {
            { QStringLiteral("services"), static_cast<qint64>(m_money.services.size()) },
            { QStringLiteral("contributions"), static_cast<qint64>(m_money.contributions.size()) },
            { QStringLiteral("savings"), static_cast<qint64>(m_money.savings.size()) },
            { QStringLiteral("allocations"), static_cast<qint64>(m_money.allocations.size()) },
            { QStringLiteral("projects"), static_cast<qint64>(m_money.projects.size()) },
            { QStringLiteral("pledges"), static_cast<qint64>(m_money.pledges.size()) },
            { QStringLiteral("grants"), static_cast<qint64>(m_money.grants.size()) }
        };
        return m_file.audit(QStringLiteral("demo.money"), QStringLiteral("mutual"), m_plan.mutual.name, {},
                            summary);
    }

    const QList<DemoAllocationDraft>& drafts() const { return m_drafts; }

private:
    // Recorded in the office on the day, not on the day the demo was made.
    static QString recordedOn(const QDate& date, int hour, qint64 sequence)
    {
        return QDateTime(date, QTime(hour, 0).addSecs(static_cast<int>(60 * (sequence % 360))),
                         QTimeZone::utc())
            .toString(Qt::ISODateWithMs);
    }

    qint64 motionId(int meetingIndex, int motionIndex) const
    {
        return m_motionIds.value(meetingIndex).value(motionIndex);
    }

    Outcome insertServices()
    {
        Statement service(m_file.connection(),
                          QStringLiteral("INSERT INTO services (id, name, description, starts_on, ends_on) "
                                         "VALUES (:id, :name, :description, :starts_on, :ends_on)"));
        Statement taker(
            m_file.connection(),
            QStringLiteral("INSERT INTO service_members (service_id, member_id) VALUES (:service, "
                           ":member)"));
        for (const domain::DemoService& planned : m_money.services) {
            service.bind(QStringLiteral(":id"), planned.id)
                .bind(QStringLiteral(":name"), planned.name)
                .bind(QStringLiteral(":description"), planned.description)
                .bind(QStringLiteral(":starts_on"), dateValue(planned.startsOn))
                .bind(QStringLiteral(":ends_on"), dateValue(planned.endsOn));
            if (auto done = service.exec(); !done)
                return done;
            for (const qint64 member : planned.memberIds) {
                taker.bind(QStringLiteral(":service"), planned.id).bind(QStringLiteral(":member"), member);
                if (auto done = taker.exec(); !done)
                    return done;
            }
        }
        return domain::ok();
    }

    Outcome insertProjects()
    {
        Statement insert(
            m_file.connection(),
            QStringLiteral("INSERT INTO projects (id, title, description, category, recipient_name, "
                           "recipient_org_id, recipient_asset_locked, target, starts_on, ends_on, status, "
                           "outcomes) VALUES (:id, :title, :description, :category, :recipient_name, "
                           ":recipient_org_id, :asset_locked, :target, :starts_on, :ends_on, :status, "
                           ":outcomes)"));
        for (const domain::DemoProject& project : m_money.projects) {
            insert.bind(QStringLiteral(":id"), project.id)
                .bind(QStringLiteral(":title"), project.title)
                .bind(QStringLiteral(":description"), project.description)
                .bind(QStringLiteral(":category"), project.category)
                .bind(QStringLiteral(":recipient_name"), project.recipientName)
                .bind(QStringLiteral(":recipient_org_id"), project.recipientOrgId)
                .bind(QStringLiteral(":asset_locked"), project.isRecipientAssetLocked ? 1 : 0)
                .bind(QStringLiteral(":target"), project.target)
                .bind(QStringLiteral(":starts_on"), dateValue(project.startsOn))
                .bind(QStringLiteral(":ends_on"), dateValue(project.endsOn))
                .bind(QStringLiteral(":status"), project.status)
                .bind(QStringLiteral(":outcomes"), project.outcomes);
            if (auto done = insert.exec(); !done)
                return done;
        }
        return domain::ok();
    }

    Outcome insertContributions()
    {
        Statement insert(
            m_file.connection(),
            QStringLiteral(
                "INSERT INTO contributions (id, kind, entry_date, member_id, amount, days_hundredths, "
                "day_rate, service_id, project_id, reference, note, reverses_id, recorded_by, "
                "recorded_at) VALUES (:id, :kind, :date, :member, :amount, :days, :day_rate, "
                ":service, :project, :reference, :note, :reverses, :recorded_by, :recorded_at)"));
        for (const domain::DemoContribution& contribution : m_money.contributions) {
            insert.bind(QStringLiteral(":id"), contribution.id)
                .bind(QStringLiteral(":kind"), contribution.kind)
                .bind(QStringLiteral(":date"), dateValue(contribution.date))
                .bind(QStringLiteral(":member"), contribution.memberId)
                .bind(QStringLiteral(":amount"), contribution.amount)
                .bind(QStringLiteral(":days"), idValue(contribution.daysHundredths))
                .bind(QStringLiteral(":day_rate"), idValue(contribution.dayRate))
                .bind(QStringLiteral(":service"), idValue(contribution.serviceId))
                .bind(QStringLiteral(":project"), idValue(contribution.projectId))
                .bind(QStringLiteral(":reference"), contribution.reference)
                .bind(QStringLiteral(":note"), contribution.note)
                .bind(QStringLiteral(":reverses"), idValue(contribution.reversesId))
                .bind(QStringLiteral(":recorded_by"), m_file.actor())
                .bind(QStringLiteral(":recorded_at"), recordedOn(contribution.date, 10, contribution.id));
            if (auto done = insert.exec(); !done)
                return done;
            m_progress.advance();
        }
        return domain::ok();
    }

    Outcome insertSavings()
    {
        Statement insert(
            m_file.connection(),
            QStringLiteral(
                "INSERT INTO savings (service_id, member_id, period_from, period_to, baseline, actual, "
                "evidence, recorded_by, recorded_at) VALUES (:service, :member, :from, :to, "
                ":baseline, :actual, :evidence, :recorded_by, :recorded_at)"));
        qint64 sequence = 0;
        for (const domain::DemoSaving& saving : m_money.savings) {
            insert.bind(QStringLiteral(":service"), saving.serviceId)
                .bind(QStringLiteral(":member"), saving.memberId)
                .bind(QStringLiteral(":from"), dateValue(saving.from))
                .bind(QStringLiteral(":to"), dateValue(saving.to))
                .bind(QStringLiteral(":baseline"), saving.baseline)
                .bind(QStringLiteral(":actual"), saving.actual)
                .bind(QStringLiteral(":evidence"), saving.evidence)
                .bind(QStringLiteral(":recorded_by"), m_file.actor())
                .bind(QStringLiteral(":recorded_at"), recordedOn(saving.to, 15, ++sequence));
            if (auto done = insert.exec(); !done)
                return done;
            m_progress.advance();
        }
        return domain::ok();
    }

    Outcome insertPledges()
    {
        Statement insert(
            m_file.connection(),
            QStringLiteral("INSERT INTO pledges (id, project_id, member_id, amount, pledge_date, "
                           "reference, recorded_by, recorded_at) VALUES (:id, :project, :member, "
                           ":amount, :date, :reference, :recorded_by, :recorded_at)"));
        for (const domain::DemoPledge& pledge : m_money.pledges) {
            insert.bind(QStringLiteral(":id"), pledge.id)
                .bind(QStringLiteral(":project"), pledge.projectId)
                .bind(QStringLiteral(":member"), pledge.memberId)
                .bind(QStringLiteral(":amount"), pledge.amount)
                .bind(QStringLiteral(":date"), dateValue(pledge.date))
                .bind(QStringLiteral(":reference"), pledge.reference)
                .bind(QStringLiteral(":recorded_by"), m_file.actor())
                .bind(QStringLiteral(":recorded_at"), recordedOn(pledge.date, 11, pledge.id));
            if (auto done = insert.exec(); !done)
                return done;
        }
        return domain::ok();
    }

    // Drafts: no resolution yet, so the plan leaves the fund out ("whatever is left of the surplus")
    // and approving it computes the interest member by member.
    Outcome insertAllocations()
    {
        Statement insert(
            m_file.connection(),
            QStringLiteral(
                "INSERT INTO allocations (id, year, period_from, period_to, surplus, reserves, "
                "interest_rate_bp, interest_mode, interest_total, rebates, fund, status, plan_json, "
                "recorded_by, recorded_at) VALUES (:id, :year, :from, :to, :surplus, :reserves, "
                ":rate, :mode, :interest, :rebates, :fund, 'draft', :plan, :recorded_by, "
                ":recorded_at)"));
        for (qsizetype i = 0; i < m_money.allocations.size(); ++i) {
            const domain::DemoAllocation& allocation = m_money.allocations.at(i);
            const qint64 id = i + 1;
            const QJsonObject planJson { { QStringLiteral("year"), allocation.year },
                                         { QStringLiteral("surplus"), allocation.surplus },
                                         { QStringLiteral("reserves"), allocation.reserves },
                                         { QStringLiteral("interest_rate_bp"), allocation.interestRateBp },
                                         { QStringLiteral("interest"), allocation.interestMode },
                                         { QStringLiteral("rebates"), allocation.rebates } };
            const QDate recordDate = m_plan.meetings.at(allocation.meetingIndex).recordDate;
            insert.bind(QStringLiteral(":id"), id)
                .bind(QStringLiteral(":year"), allocation.year)
                .bind(QStringLiteral(":from"), dateValue(allocation.period.first))
                .bind(QStringLiteral(":to"), dateValue(allocation.period.last))
                .bind(QStringLiteral(":surplus"), allocation.surplus)
                .bind(QStringLiteral(":reserves"), allocation.reserves)
                .bind(QStringLiteral(":rate"), allocation.interestRateBp)
                .bind(QStringLiteral(":mode"), allocation.interestMode)
                .bind(QStringLiteral(":interest"), allocation.interestTotal)
                .bind(QStringLiteral(":rebates"), allocation.rebates)
                .bind(QStringLiteral(":fund"), allocation.fund)
                .bind(QStringLiteral(":plan"),
                      QString::fromUtf8(QJsonDocument(planJson).toJson(QJsonDocument::Compact)))
                .bind(QStringLiteral(":recorded_by"), m_file.actor())
                .bind(QStringLiteral(":recorded_at"), recordedOn(recordDate, 9, id));
            if (auto done = insert.exec(); !done)
                return done;
            m_drafts.append({ allocation.year, id, motionId(allocation.meetingIndex, allocation.motionIndex),
                              motionId(allocation.meetingIndex, allocation.grantsMotionIndex),
                              allocation.allocatedOn, allocation.fund });
        }
        return domain::ok();
    }

    Outcome insertGrants()
    {
        Statement insert(
            m_file.connection(),
            QStringLiteral("INSERT INTO grants (project_id, amount, grant_date, motion_id, reference, "
                           "recorded_by, recorded_at) VALUES (:project, :amount, :date, :motion, "
                           ":reference, :recorded_by, :recorded_at)"));
        qint64 sequence = 0;
        for (const domain::DemoGrant& grant : m_money.grants) {
            const domain::DemoAllocation& allocation = m_money.allocations.at(grant.allocationIndex);
            insert.bind(QStringLiteral(":project"), grant.projectId)
                .bind(QStringLiteral(":amount"), grant.amount)
                .bind(QStringLiteral(":date"), dateValue(grant.date))
                .bind(QStringLiteral(":motion"),
                      motionId(allocation.meetingIndex, allocation.grantsMotionIndex))
                .bind(QStringLiteral(":reference"), grant.reference)
                .bind(QStringLiteral(":recorded_by"), m_file.actor())
                .bind(QStringLiteral(":recorded_at"), recordedOn(grant.date, 12, ++sequence));
            if (auto done = insert.exec(); !done)
                return done;
        }
        return domain::ok();
    }

    MutualFile& m_file;
    const domain::DemoMoney& m_money;
    const domain::DemoPlan& m_plan;
    const QList<QList<qint64>>& m_motionIds;
    ProgressReport& m_progress;
    QList<DemoAllocationDraft> m_drafts;
};

} // namespace

namespace {

// Each year's draft approved by its carried motion, as a finance officer would after the AGM: the
// interest worked out to the penny, capitalised shares and payments recorded.
Outcome approveDemoAllocations(MutualFile& file, const QList<DemoAllocationDraft>& drafts)
{
    AllocationRepository allocations(file);
    for (const DemoAllocationDraft& draft : drafts) {
        const auto row = allocations.ofYear(draft.year);
        if (!row)
            return row.error();
        if (!*row || (*row)->isApproved)
            continue;
        domain::AllocationPlan plan;
        plan.year = draft.year;
        plan.surplus = (*row)->surplus;
        plan.reserves = (*row)->reserves;
        plan.interestRateBp = (*row)->interestRateBp;
        plan.interestMode = (*row)->interestMode;
        plan.rebates = (*row)->rebates;
        plan.distributableProfit = (*row)->distributableProfit;
        plan.resolution = draft.motionId;
        if (auto approved = allocations.allocate(plan); !approved)
            return approved.error();
    }
    return domain::ok();
}

// Everything the plan holds, written into the new file: the register and ledger, the meetings, the
// money side and the approval of each year's allocation.
Outcome writeDemoContent(MutualFile& file, const domain::DemoPlan& plan, ProgressReport& report,
                         QList<DemoAllocationDraft>& drafts)
{
    const Outcome written = file.inTransaction([&]() -> Outcome {
        DemoInserter inserter(file, plan, report);
        if (auto done = inserter.insertAll(); !done)
            return done;
        const QJsonObject summary { { QStringLiteral("classes"), static_cast<qint64>(plan.classes.size()) },
                                    { QStringLiteral("members"), static_cast<qint64>(plan.members.size()) },
                                    { QStringLiteral("entries"), static_cast<qint64>(plan.entries.size()) } };
        return file.audit(QStringLiteral("demo.create"), QStringLiteral("mutual"), plan.mutual.name, {},
                          summary);
    });
    if (!written)
        return written;
    QList<QList<qint64>> motionIds;
    {
        // Its lookups of every member are not needed once the meetings are written.
        DemoMeetingWriter meetingWriter(file, plan);
        if (auto done = meetingWriter.writeAll(); !done)
            return done;
        motionIds = meetingWriter.motionIds();
    }
    DemoMoneyWriter moneyWriter(file, plan, motionIds, report);
    if (auto done = file.inTransaction([&]() { return moneyWriter.writeAll(); }); !done)
        return done;
    drafts = moneyWriter.drafts();
    return approveDemoAllocations(file, drafts);
}

} // namespace

Result<std::unique_ptr<MutualFile>> writeDemoMutual(const QString& path, const domain::DemoPlan& plan,
                                                    const QString& actor,
                                                    const std::function<void(int)>& progress,
                                                    QList<DemoAllocationDraft>* allocations)
{
    auto created = MutualFile::create(path, plan.mutual, plan.classes, actor);
    if (!created)
        return created.error();
    std::unique_ptr<MutualFile> file = std::move(created).value();

    ProgressReport report(progress,
                          plan.classes.size() + plan.members.size() + plan.entries.size()
                              + plan.money.contributions.size() + plan.money.savings.size());
    QList<DemoAllocationDraft> drafts;
    if (const Outcome written = writeDemoContent(*file, plan, report, drafts); !written) {
        // The demo is useless half-made: remove the file that create() left.
        const QString createdPath = file->path();
        file.reset();
        QFile::remove(createdPath);
        return written.error();
    }
    report.finish();
    if (allocations)
        *allocations = drafts;
    return file;
}

} // namespace mutualise::storage
