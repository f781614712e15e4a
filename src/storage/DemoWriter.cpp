#include "DemoWriter.h"

#include "ElectionRepository.h"
#include "MeetingRepository.h"
#include "MemberRepository.h"
#include "MotionRepository.h"
#include "Statement.h"

#include <QFile>
#include <QHash>
#include <QJsonObject>

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
        if (auto done = recordAttendance(meeting->id, meetingIndex, voters); !done)
            return done;
        // The room takes one vote every ten minutes from a quarter past the start.
        QDateTime voteTakenAt = demo.startsAt.addSecs(15 * 60);
        for (qsizetype i = 0; i < ids.size(); ++i) {
            if (auto done = vote(ids.at(i), demo.motions.at(i).supportPerMille, voteTakenAt); !done)
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
    Outcome vote(qint64 motionId, int supportPerMille, const QDateTime& takenAt)
    {
        MotionRepository motions(m_file);
        const auto roll = motions.roll(motionId);
        if (!roll)
            return roll.error();
        QList<BallotInput> ballots;
        for (const domain::RollEntry& entry : roll->entries) {
            const auto choice
                = domain::demoChoice(m_plan.seed, m_motionIndex, entry.memberNumber, supportPerMille);
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
    int m_motionIndex = 0;
};

} // namespace

Result<std::unique_ptr<MutualFile>> writeDemoMutual(const QString& path, const domain::DemoPlan& plan,
                                                    const QString& actor,
                                                    const std::function<void(int)>& progress)
{
    auto created = MutualFile::create(path, plan.mutual, plan.classes, actor);
    if (!created)
        return created.error();
    std::unique_ptr<MutualFile> file = std::move(created).value();

    ProgressReport report(progress, plan.classes.size() + plan.members.size() + plan.entries.size());
    const Outcome written = file->inTransaction([&]() -> Outcome {
        DemoInserter inserter(*file, plan, report);
        if (auto done = inserter.insertAll(); !done)
            return done;
        const QJsonObject summary { { QStringLiteral("classes"), static_cast<qint64>(plan.classes.size()) },
                                    { QStringLiteral("members"), static_cast<qint64>(plan.members.size()) },
                                    { QStringLiteral("entries"), static_cast<qint64>(plan.entries.size()) } };
        return file->audit(QStringLiteral("demo.create"), QStringLiteral("mutual"), plan.mutual.name, {},
                           summary);
    });
    Outcome meetings = written;
    if (written) {
        meetings = DemoMeetingWriter(*file, plan).writeAll();
    }
    if (!written || !meetings) {
        const domain::Error error = written ? meetings.error() : written.error();
        // The demo is useless half-made: remove the file that create() left.
        const QString createdPath = file->path();
        file.reset();
        QFile::remove(createdPath);
        return error;
    }
    report.finish();
    return file;
}

} // namespace mutualise::storage
