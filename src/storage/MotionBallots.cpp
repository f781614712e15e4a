// MotionRepository: taking ballots, and listing them.
#include "MotionRepository.h"
#include "MotionRoll.h"
#include "Statement.h"
#include "domain/Eligibility.h"

#include <QCryptographicHash>
#include <QHash>

#include <map>

namespace mutualise::storage {

using domain::BallotMethod;
using domain::Choice;
using domain::Motion;
using domain::Outcome;

namespace {

Result<QHash<qint64, domain::ProxyAppointment>> appointmentsFor(const QSqlDatabase& database,
                                                                qint64 meetingId)
{
    Statement query(database,
                    QStringLiteral("SELECT member_id, proxy_member_id, direction FROM proxies WHERE "
                                   "meeting_id = :meeting"));
    query.bind(QStringLiteral(":meeting"), meetingId);
    if (auto done = query.exec(); !done)
        return done.error();
    QHash<qint64, domain::ProxyAppointment> appointments;
    while (query.next()) {
        domain::ProxyAppointment appointment;
        appointment.memberId = query.value(0).toLongLong();
        appointment.proxyMemberId = idFrom(query.value(1));
        if (!query.value(2).isNull())
            appointment.direction = domain::choiceFromKey(query.value(2).toString());
        appointments.insert(appointment.memberId, appointment);
    }
    return appointments;
}

// When each member who has voted did so.
Result<QHash<qint64, QDateTime>> votedAlready(const QSqlDatabase& database, const Motion& motion)
{
    Statement query(database,
                    motion.isSecret
                        ? QStringLiteral("SELECT member_id, cast_at FROM secret_voters WHERE motion_id "
                                         "= :motion")
                        : QStringLiteral("SELECT member_id, cast_at FROM ballots WHERE motion_id = "
                                         ":motion"));
    query.bind(QStringLiteral(":motion"), motion.id);
    if (auto done = query.exec(); !done)
        return done.error();
    QHash<qint64, QDateTime> voted;
    while (query.next())
        voted.insert(query.value(0).toLongLong(), momentFrom(query.value(1)));
    return voted;
}

Result<std::optional<qint64>> memberIdByNumber(const QSqlDatabase& database, const QString& number)
{
    Statement query(database, QStringLiteral("SELECT id FROM members WHERE lower(number) = lower(:number)"));
    query.bind(QStringLiteral(":number"), number.trimmed());
    if (auto done = query.exec(); !done)
        return done.error();
    return query.next() ? std::optional(query.value(0).toLongLong()) : std::nullopt;
}

// Everything a batch of ballots is checked against, read once.
struct BallotContext
{
    Motion motion;
    QHash<QString, RollLine> roll; // by lower-case member number
    QHash<qint64, QDateTime> voted;
    QHash<qint64, int> votedOnLine; // members who voted earlier in the same batch, and where
    QHash<qint64, domain::ProxyAppointment> appointments;
    QHash<QString, std::optional<qint64>> memberIds; // by lower-case number: members looked up so far
};

// The member with this number, looked up once per batch.
Result<std::optional<qint64>> memberIdOf(const QSqlDatabase& database, BallotContext& context,
                                         const QString& number)
{
    const QString key = number.toLower();
    if (!context.memberIds.contains(key)) {
        const auto id = memberIdByNumber(database, number);
        if (!id)
            return id.error();
        context.memberIds.insert(key, *id);
    }
    return context.memberIds.value(key);
}

// The ballot checked against the member's appointment of a proxy; returns the proxy's member id
// (nothing for the chair, or for a ballot not cast by proxy).
Result<std::optional<qint64>> checkProxy(const QSqlDatabase& database, BallotContext& context,
                                         const BallotInput& ballot, const RollLine& voter)
{
    domain::BallotFacts facts {
        voter.number, ballot.choice, ballot.method, ballot.proxyNumber.trimmed(), {}
    };
    if (!facts.proxyNumber.isEmpty()) {
        const auto id = memberIdOf(database, context, facts.proxyNumber);
        if (!id)
            return id.error();
        facts.proxyMemberId = *id;
    }
    const auto appointment = context.appointments.constFind(voter.memberId);
    if (auto done = domain::checkProxyBallot(
            facts,
            appointment == context.appointments.constEnd() ? std::nullopt : std::optional(*appointment));
        !done)
        return errorOnLine(done.error(), ballot.line, QStringLiteral("ballot"));
    return facts.proxyMemberId;
}

// The ballot's voter on the frozen roll, and whether it has voted.
Result<domain::VoterFacts> voterFacts(const QSqlDatabase& database, BallotContext& context,
                                      const QString& number)
{
    domain::VoterFacts facts { number, domain::RollStanding::OnRoll, {}, {} };
    const auto line = context.roll.constFind(number.toLower());
    if (line == context.roll.constEnd()) {
        const auto id = memberIdOf(database, context, number);
        if (!id)
            return id.error();
        facts.standing = *id ? domain::RollStanding::NotOnRoll : domain::RollStanding::NotAMember;
        return facts;
    }
    facts.number = line->number;
    if (const auto earlier = context.votedOnLine.constFind(line->memberId);
        earlier != context.votedOnLine.constEnd())
        facts.votedOnLine = earlier.value();
    if (const auto when = context.voted.constFind(line->memberId); when != context.voted.constEnd())
        facts.votedAt = when.value();
    return facts;
}

Result<RollLine> checkVoter(const QSqlDatabase& database, BallotContext& context, const BallotInput& ballot)
{
    const QString number = ballot.memberNumber.trimmed();
    const auto facts = voterFacts(database, context, number);
    if (!facts)
        return facts.error();
    if (auto done = domain::checkMotionVoter(*facts, context.motion.recordDate); !done)
        return errorOnLine(done.error(), ballot.line, QStringLiteral("ballot"));
    return context.roll.value(number.toLower());
}

} // namespace

Result<QDateTime> MotionRepository::castBallot(qint64 motionId, const BallotInput& ballot)
{
    const auto recorded = importBallots(motionId, { ballot });
    if (!recorded)
        return recorded.error();
    Statement query(m_file.connection(),
                    QStringLiteral("SELECT cast_at FROM %1 WHERE motion_id = :motion AND member_id = (SELECT "
                                   "member_id FROM voter_rolls WHERE motion_id = :motion2 AND "
                                   "lower(member_number) = lower(:number))")
                        .arg(this->motion(motionId)->isSecret ? QStringLiteral("secret_voters")
                                                              : QStringLiteral("ballots")));
    query.bind(QStringLiteral(":motion"), motionId)
        .bind(QStringLiteral(":motion2"), motionId)
        .bind(QStringLiteral(":number"), ballot.memberNumber.trimmed());
    if (auto done = query.exec(); !done)
        return done.error();
    return query.next() ? momentFrom(query.value(0)) : QDateTime();
}

Result<qint64> MotionRepository::importBallots(qint64 motionId, const QList<BallotInput>& ballots)
{
    const QString now = m_file.recordingTimeText();
    bool isSecret = false;
    const Outcome outcome = m_file.inTransaction([&]() -> Outcome {
        const QSqlDatabase database = m_file.connection();
        BallotContext context;
        const auto motion = this->motion(motionId);
        if (!motion)
            return motion.error();
        isSecret = motion->isSecret;
        if (auto allowed = domain::checkVoteState(domain::VoteKind::Motion, motion->title, motion->state,
                                                  domain::VoteAction::Vote);
            !allowed)
            return allowed;
        context.motion = *motion;
        if (auto roll = readRoll(database, *motion, &context.roll); !roll)
            return roll.error();
        auto voted = votedAlready(database, *motion);
        if (!voted)
            return voted.error();
        context.voted = std::move(voted).value();
        auto appointments = appointmentsFor(database, motion->meetingId);
        if (!appointments)
            return appointments.error();
        context.appointments = std::move(appointments).value();

        Statement openBallot(database,
                             QStringLiteral("INSERT INTO ballots (motion_id, member_id, choice, method, "
                                            "proxy_member_id, cast_at) VALUES (:motion, :member, "
                                            ":choice, :method, :proxy, :at)"));
        Statement secretVoter(database,
                              QStringLiteral("INSERT INTO secret_voters (motion_id, member_id, method, "
                                             "cast_at) VALUES (:motion, :member, :method, :at)"));
        // A secret batch adds to the totals once, at the end: (class, choice) -> (members, weight).
        std::map<std::pair<qint64, int>, std::pair<qint64, qint64>> secretTotals;
        QCryptographicHash digest(QCryptographicHash::Sha256);
        for (const BallotInput& ballot : ballots) {
            const auto voter = checkVoter(database, context, ballot);
            if (!voter)
                return voter.error();
            const auto proxyId = checkProxy(database, context, ballot, *voter);
            if (!proxyId)
                return proxyId.error();
            context.votedOnLine.insert(voter->memberId, ballot.line);
            const QString method = domain::ballotMethodKey(ballot.method);
            if (motion->isSecret) {
                secretVoter.bind(QStringLiteral(":motion"), motionId)
                    .bind(QStringLiteral(":member"), voter->memberId)
                    .bind(QStringLiteral(":method"), method)
                    .bind(QStringLiteral(":at"), now);
                if (auto done = secretVoter.exec(); !done)
                    return done;
                auto& total = secretTotals[{ secretTotalsClass(*motion, voter->classId),
                                             static_cast<int>(ballot.choice) }];
                total.first += 1;
                total.second += voter->weight;
                digest.addData(QStringLiteral("%1\t%2\n").arg(voter->number, method).toUtf8());
            } else {
                openBallot.bind(QStringLiteral(":motion"), motionId)
                    .bind(QStringLiteral(":member"), voter->memberId)
                    .bind(QStringLiteral(":choice"), domain::choiceKey(ballot.choice))
                    .bind(QStringLiteral(":method"), method)
                    .bind(QStringLiteral(":proxy"), idValue(*proxyId))
                    .bind(QStringLiteral(":at"), now);
                if (auto done = openBallot.exec(); !done)
                    return done;
                digest.addData(QStringLiteral("%1\t%2\t%3\n")
                                   .arg(voter->number, domain::choiceKey(ballot.choice), method)
                                   .toUtf8());
            }
        }
        Statement addToTotals(database,
                              QStringLiteral("UPDATE secret_totals SET members = members + :members, "
                                             "weight = weight + :weight WHERE motion_id = :motion AND "
                                             "class_id = :class AND choice = :choice"));
        for (const auto& [key, total] : secretTotals) {
            addToTotals.bind(QStringLiteral(":members"), total.first)
                .bind(QStringLiteral(":weight"), total.second)
                .bind(QStringLiteral(":motion"), motionId)
                .bind(QStringLiteral(":class"), key.first)
                .bind(QStringLiteral(":choice"), domain::choiceKey(static_cast<Choice>(key.second)));
            if (auto done = addToTotals.exec(); !done)
                return done;
        }
        // One entry for the batch: how many, and a digest of who voted how (for a secret ballot, of
        // who voted and by what method only).
        QJsonObject after { { QStringLiteral("ballots"), static_cast<qint64>(ballots.size()) },
                            { QStringLiteral("digest"), QString::fromLatin1(digest.result().toHex()) } };
        if (ballots.size() == 1) {
            after.insert(QStringLiteral("member"), ballots.constFirst().memberNumber.trimmed());
            after.insert(QStringLiteral("method"), domain::ballotMethodKey(ballots.constFirst().method));
            if (!motion->isSecret)
                after.insert(QStringLiteral("choice"), domain::choiceKey(ballots.constFirst().choice));
        }
        return m_file.audit(motion->isSecret ? QStringLiteral("ballot.secret")
                                             : QStringLiteral("ballot.cast"),
                            QStringLiteral("motion"), QString::number(motionId), {}, after);
    });
    if (!outcome)
        return outcome.error();
    if (isSecret)
        m_file.clearWriteAheadLog();
    return static_cast<qint64>(ballots.size());
}

Result<QList<BallotRow>> MotionRepository::ballots(qint64 motionId) const
{
    const auto motion = this->motion(motionId);
    if (!motion)
        return motion.error();
    Statement query(
        m_file.connection(),
        motion->isSecret
            ? QStringLiteral("SELECT m.number, m.name, NULL, v.method, NULL, v.cast_at FROM "
                             "secret_voters v JOIN members m ON m.id = v.member_id WHERE v.motion_id "
                             "= :motion ORDER BY length(m.number), m.number")
            : QStringLiteral("SELECT m.number, m.name, b.choice, b.method, p.number, b.cast_at FROM "
                             "ballots b JOIN members m ON m.id = b.member_id LEFT JOIN members p ON "
                             "p.id = b.proxy_member_id WHERE b.motion_id = :motion ORDER BY b.id"));
    query.bind(QStringLiteral(":motion"), motionId);
    if (auto done = query.exec(); !done)
        return done.error();
    QList<BallotRow> rows;
    while (query.next()) {
        BallotRow row;
        row.memberNumber = query.value(0).toString();
        row.memberName = query.value(1).toString();
        if (!query.value(2).isNull())
            row.choice = domain::choiceFromKey(query.value(2).toString());
        row.method = domain::ballotMethodFromKey(query.value(3).toString()).value_or(BallotMethod::InPerson);
        row.proxyNumber = query.value(4).toString();
        row.castAt = momentFrom(query.value(5));
        rows.append(row);
    }
    return rows;
}

} // namespace mutualise::storage
