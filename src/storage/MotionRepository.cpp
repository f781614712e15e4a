#include "MotionRepository.h"

#include "MeetingRepository.h"
#include "MotionResultJson.h"
#include "Statement.h"
#include "StoredResult.h"
#include "domain/Dates.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QSet>

#include <map>

namespace mutualise::storage {

using domain::BallotMethod;
using domain::Choice;
using domain::Motion;
using domain::MotionState;
using domain::Outcome;

namespace {

Error motionError(const QString& message, const char* rule, const char* field = "")
{
    return Error { message, QString::fromLatin1(rule), QString::fromLatin1(field) };
}

// "Line 12: ..." for a ballot read from a file.
Error ballotError(const BallotInput& ballot, const QString& message, const char* rule)
{
    if (ballot.line <= 0)
        return motionError(message, rule, "ballot");
    return Error {
        QCoreApplication::translate("MotionRepository", "Line %1: %2").arg(ballot.line).arg(message),
        QString::fromLatin1(rule), QString::number(ballot.line)
    };
}

const QString motionColumns = QStringLiteral(
    "id, meeting_id, title, body, proposer_id, seconder_id, threshold, scheme, cap_bp, quorum_members, "
    "quorum_bp, is_secret, state, record_date, opened_at, closed_at, roll_total_weight, roll_fingerprint, "
    "outcome");

QDateTime momentFrom(const QVariant& value)
{
    if (value.isNull())
        return {};
    // Stored with its "Z": read back as UTC.
    const QDateTime moment = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return moment;
}

std::optional<qint64> optionalId(const QVariant& value)
{
    return value.isNull() ? std::nullopt : std::optional(value.toLongLong());
}

QVariant idValue(const std::optional<qint64>& id)
{
    return id ? QVariant(*id) : QVariant();
}

Motion motionFrom(const Statement& query)
{
    Motion motion;
    motion.id = query.value(0).toLongLong();
    motion.meetingId = query.value(1).toLongLong();
    motion.title = query.value(2).toString();
    motion.body = query.value(3).toString();
    motion.proposerId = optionalId(query.value(4));
    motion.seconderId = optionalId(query.value(5));
    motion.rules.threshold
        = domain::thresholdFromKey(query.value(6).toString()).value_or(domain::Threshold::Ordinary);
    motion.rules.scheme = domain::votingSchemeFromKey(query.value(7).toString())
                              .value_or(domain::VotingScheme::OneMemberOneVote);
    motion.rules.capBasisPoints = query.value(8).toInt();
    motion.rules.quorum.minimumMembers = query.value(9).toInt();
    motion.rules.quorum.basisPoints = query.value(10).toInt();
    motion.isSecret = query.value(11).toBool();
    motion.state = domain::motionStateFromKey(query.value(12).toString()).value_or(MotionState::Draft);
    motion.recordDate = dateFrom(query.value(13));
    motion.openedAt = momentFrom(query.value(14));
    motion.closedAt = momentFrom(query.value(15));
    motion.rollTotalWeight = query.value(16).toLongLong();
    motion.rollFingerprint = query.value(17).toString().toLatin1();
    if (!query.value(18).isNull())
        motion.outcome = domain::motionOutcomeFromKey(query.value(18).toString());
    return motion;
}

void bindMotion(Statement& statement, const Motion& motion)
{
    statement.bind(QStringLiteral(":meeting_id"), motion.meetingId)
        .bind(QStringLiteral(":title"), motion.title.trimmed())
        .bind(QStringLiteral(":body"), motion.body)
        .bind(QStringLiteral(":proposer_id"), idValue(motion.proposerId))
        .bind(QStringLiteral(":seconder_id"), idValue(motion.seconderId))
        .bind(QStringLiteral(":threshold"), domain::thresholdKey(motion.rules.threshold))
        .bind(QStringLiteral(":scheme"), domain::votingSchemeKey(motion.rules.scheme))
        .bind(QStringLiteral(":cap_bp"), motion.rules.capBasisPoints)
        .bind(QStringLiteral(":quorum_members"), motion.rules.quorum.minimumMembers)
        .bind(QStringLiteral(":quorum_bp"), motion.rules.quorum.basisPoints)
        .bind(QStringLiteral(":is_secret"), motion.isSecret ? 1 : 0);
}

QJsonObject motionToJson(const Motion& motion)
{
    QJsonObject classShares;
    for (auto it = motion.rules.classShares.cbegin(); it != motion.rules.classShares.cend(); ++it)
        classShares.insert(QString::number(it.key()), it.value());
    return {
        { QStringLiteral("meeting"), motion.meetingId },
        { QStringLiteral("title"), motion.title },
        { QStringLiteral("body"), motion.body },
        { QStringLiteral("proposer"), motion.proposerId ? QJsonValue(*motion.proposerId) : QJsonValue() },
        { QStringLiteral("seconder"), motion.seconderId ? QJsonValue(*motion.seconderId) : QJsonValue() },
        { QStringLiteral("threshold"), domain::thresholdKey(motion.rules.threshold) },
        { QStringLiteral("scheme"), domain::votingSchemeKey(motion.rules.scheme) },
        { QStringLiteral("capBasisPoints"), motion.rules.capBasisPoints },
        { QStringLiteral("classShares"), classShares },
        { QStringLiteral("quorumMembers"), motion.rules.quorum.minimumMembers },
        { QStringLiteral("quorumBasisPoints"), motion.rules.quorum.basisPoints },
        { QStringLiteral("secret"), motion.isSecret },
        { QStringLiteral("state"), domain::motionStateKey(motion.state) },
    };
}

Result<QHash<qint64, int>> classSharesOf(const QSqlDatabase& database, qint64 motionId)
{
    Statement query(database,
                    QStringLiteral("SELECT class_id, share_bp FROM motion_class_shares WHERE "
                                   "motion_id = :motion"));
    query.bind(QStringLiteral(":motion"), motionId);
    if (auto done = query.exec(); !done)
        return done.error();
    QHash<qint64, int> shares;
    while (query.next())
        shares.insert(query.value(0).toLongLong(), query.value(1).toInt());
    return shares;
}

Outcome storeClassShares(const QSqlDatabase& database, const Motion& motion)
{
    Statement remove(database, QStringLiteral("DELETE FROM motion_class_shares WHERE motion_id = :motion"));
    remove.bind(QStringLiteral(":motion"), motion.id);
    if (auto done = remove.exec(); !done)
        return done;
    if (motion.rules.scheme != domain::VotingScheme::ClassWeighted)
        return domain::ok();
    for (auto it = motion.rules.classShares.cbegin(); it != motion.rules.classShares.cend(); ++it) {
        Statement insert(database,
                         QStringLiteral("INSERT INTO motion_class_shares (motion_id, class_id, "
                                        "share_bp) VALUES (:motion, :class, :share)"));
        insert.bind(QStringLiteral(":motion"), motion.id)
            .bind(QStringLiteral(":class"), it.key())
            .bind(QStringLiteral(":share"), it.value());
        if (auto done = insert.exec(); !done)
            return done;
    }
    return domain::ok();
}

Outcome checkMemberExists(const QSqlDatabase& database, const std::optional<qint64>& memberId,
                          const char* field)
{
    if (!memberId)
        return domain::ok();
    Statement query(database, QStringLiteral("SELECT 1 FROM members WHERE id = :id"));
    query.bind(QStringLiteral(":id"), *memberId);
    if (auto done = query.exec(); !done)
        return done;
    if (query.next())
        return domain::ok();
    return motionError(
        QCoreApplication::translate("MotionRepository", "There is no member with id %1.").arg(*memberId),
        "unknown-member", field);
}

Outcome checkClassesExist(const QSqlDatabase& database, const Motion& motion)
{
    for (auto it = motion.rules.classShares.cbegin(); it != motion.rules.classShares.cend(); ++it) {
        Statement query(database, QStringLiteral("SELECT 1 FROM member_classes WHERE id = :id"));
        query.bind(QStringLiteral(":id"), it.key());
        if (auto done = query.exec(); !done)
            return done;
        if (!query.next())
            return motionError(
                QCoreApplication::translate("MotionRepository", "There is no member class with id %1.")
                    .arg(it.key()),
                "unknown-class", "classShares");
    }
    return domain::ok();
}

// The meeting, the proposer and seconder, and the classes a motion names are all in the file.
Outcome checkReferences(MutualFile& file, const Motion& motion)
{
    if (auto meeting = MeetingRepository(file).meeting(motion.meetingId); !meeting)
        return meeting.error();
    const QSqlDatabase database = file.connection();
    for (const auto& [id, field] :
         { std::pair { &motion.proposerId, "proposer" }, std::pair { &motion.seconderId, "seconder" } }) {
        if (auto done = checkMemberExists(database, *id, field); !done)
            return done;
    }
    return checkClassesExist(database, motion);
}

Error wrongState(const Motion& motion, MotionState wanted)
{
    if (wanted == MotionState::Draft) {
        return motionError(QCoreApplication::translate(
                               "MotionRepository",
                               "Voting on “%1” has opened: its text and rules are fixed, and it cannot open "
                               "again.")
                               .arg(motion.title),
                           "motion-not-draft", "state");
    }
    return motionError(
        motion.state == MotionState::Draft
            ? QCoreApplication::translate("MotionRepository", "Voting on “%1” has not opened yet.")
                  .arg(motion.title)
            : QCoreApplication::translate("MotionRepository",
                                          "Voting on “%1” has closed and its result is declared.")
                  .arg(motion.title),
        "motion-not-open", "state");
}

// A member eligible on the record date: admitted by then, not ceased by then, neither an applicant nor
// suspended; with the shares held at the end of that day.
struct EligibleMember
{
    qint64 memberId = 0;
    domain::Voter voter;
};

Result<QList<EligibleMember>> eligibleOn(const QSqlDatabase& database, const QDate& day)
{
    Statement query(
        database,
        QStringLiteral("SELECT m.id, m.number, m.class_id, COALESCE((SELECT SUM(e.shares) FROM "
                       "share_entries e WHERE e.member_id = m.id AND e.entry_date <= :day), 0) "
                       "FROM members m WHERE m.status IN ('active', 'ceased') AND m.admitted_on <= "
                       ":day2 AND (m.ceased_on IS NULL OR m.ceased_on > :day3)"));
    query.bind(QStringLiteral(":day"), dateValue(day))
        .bind(QStringLiteral(":day2"), dateValue(day))
        .bind(QStringLiteral(":day3"), dateValue(day));
    if (auto done = query.exec(); !done)
        return done.error();
    QList<EligibleMember> eligible;
    while (query.next()) {
        eligible.append(
            { query.value(0).toLongLong(),
              { query.value(1).toString(), query.value(2).toLongLong(), query.value(3).toLongLong() } });
    }
    return eligible;
}

// The roll a motion would freeze on the record date; `memberIds` gets each voter's member id.
Result<domain::VoterRoll> rollOn(const QSqlDatabase& database, const Motion& motion, const QDate& recordDate,
                                 QHash<QString, qint64>* memberIds)
{
    const auto eligible = eligibleOn(database, recordDate);
    if (!eligible)
        return eligible.error();
    QList<domain::Voter> voters;
    voters.reserve(eligible->size());
    for (const EligibleMember& member : *eligible) {
        voters.append(member.voter);
        if (memberIds)
            memberIds->insert(member.voter.memberNumber, member.memberId);
    }
    return domain::freezeRoll(voters, motion.rules);
}

Outcome storeRoll(const QSqlDatabase& database, qint64 motionId, const domain::VoterRoll& roll,
                  const QHash<QString, qint64>& memberIds)
{
    Statement insert(database,
                     QStringLiteral("INSERT INTO voter_rolls (motion_id, position, member_id, "
                                    "member_number, class_id, shares, weight) VALUES (:motion, "
                                    ":position, :member, :number, :class, :shares, :weight)"));
    for (qsizetype i = 0; i < roll.entries.size(); ++i) {
        const domain::RollEntry& entry = roll.entries.at(i);
        insert.bind(QStringLiteral(":motion"), motionId)
            .bind(QStringLiteral(":position"), static_cast<qint64>(i + 1))
            .bind(QStringLiteral(":member"), memberIds.value(entry.memberNumber))
            .bind(QStringLiteral(":number"), entry.memberNumber)
            .bind(QStringLiteral(":class"), entry.classId)
            .bind(QStringLiteral(":shares"), entry.shares)
            .bind(QStringLiteral(":weight"), entry.weight);
        if (auto done = insert.exec(); !done)
            return done;
    }
    return domain::ok();
}

// Which line of a secret ballot's totals a voter's choice goes to: the voter's class when the count is
// by class, otherwise one line for all (class 0), so that a class of one does not give its member away.
qint64 secretTotalsClass(const Motion& motion, qint64 classId)
{
    return motion.rules.scheme == domain::VotingScheme::ClassWeighted ? classId : 0;
}

// Every line a secret ballot's totals will need, made now: none appears later, in voting order.
Outcome createSecretTotals(const QSqlDatabase& database, const Motion& motion, const domain::VoterRoll& roll)
{
    const qint64 motionId = motion.id;
    QSet<qint64> classIds;
    for (const domain::RollEntry& entry : roll.entries)
        classIds.insert(secretTotalsClass(motion, entry.classId));
    Statement insert(database,
                     QStringLiteral("INSERT INTO secret_totals (motion_id, class_id, choice) VALUES "
                                    "(:motion, :class, :choice)"));
    for (qint64 classId : classIds) {
        for (const Choice choice : domain::allChoices()) {
            insert.bind(QStringLiteral(":motion"), motionId)
                .bind(QStringLiteral(":class"), classId)
                .bind(QStringLiteral(":choice"), domain::choiceKey(choice));
            if (auto done = insert.exec(); !done)
                return done;
        }
    }
    return domain::ok();
}

// One line of the frozen roll, as ballots are checked against it.
struct RollLine
{
    qint64 memberId = 0;
    QString number;
    qint64 classId = 0;
    qint64 weight = 0;
};

// The roll in order; with `ballots`, also each open ballot's choice, read in the same pass.
Result<domain::VoterRoll> readRoll(const QSqlDatabase& database, const Motion& motion,
                                   QHash<QString, RollLine>* lines = nullptr,
                                   QList<domain::CastBallot>* ballots = nullptr)
{
    Statement query(
        database,
        ballots ? QStringLiteral("SELECT r.member_number, r.class_id, r.shares, r.weight, r.member_id, "
                                 "b.choice FROM voter_rolls r LEFT JOIN ballots b ON b.motion_id = "
                                 "r.motion_id AND b.member_id = r.member_id WHERE r.motion_id = "
                                 ":motion ORDER BY r.position")
                : QStringLiteral("SELECT member_number, class_id, shares, weight, member_id FROM "
                                 "voter_rolls WHERE motion_id = :motion ORDER BY position"));
    query.bind(QStringLiteral(":motion"), motion.id);
    if (auto done = query.exec(); !done)
        return done.error();
    domain::VoterRoll roll;
    while (query.next()) {
        domain::RollEntry entry { query.value(0).toString(), query.value(1).toLongLong(),
                                  query.value(2).toLongLong(), query.value(3).toLongLong() };
        if (lines)
            lines->insert(entry.memberNumber.toLower(),
                          { query.value(4).toLongLong(), entry.memberNumber, entry.classId, entry.weight });
        if (ballots && !query.value(5).isNull()) {
            ballots->append({ entry.memberNumber,
                              domain::choiceFromKey(query.value(5).toString()).value_or(Choice::Abstain) });
        }
        roll.entries.append(std::move(entry));
    }
    roll.totalWeight = motion.rollTotalWeight;
    roll.fingerprint = motion.rollFingerprint;
    return roll;
}

struct Appointment
{
    std::optional<qint64> proxyMemberId;
    std::optional<Choice> direction;
};

Result<QHash<qint64, Appointment>> appointmentsFor(const QSqlDatabase& database, qint64 meetingId)
{
    Statement query(database,
                    QStringLiteral("SELECT member_id, proxy_member_id, direction FROM proxies WHERE "
                                   "meeting_id = :meeting"));
    query.bind(QStringLiteral(":meeting"), meetingId);
    if (auto done = query.exec(); !done)
        return done.error();
    QHash<qint64, Appointment> appointments;
    while (query.next()) {
        Appointment appointment;
        appointment.proxyMemberId = optionalId(query.value(1));
        if (!query.value(2).isNull())
            appointment.direction = domain::choiceFromKey(query.value(2).toString());
        appointments.insert(query.value(0).toLongLong(), appointment);
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

QString momentText(const QDateTime& moment)
{
    return QLocale().toString(moment.toLocalTime(), QLocale::ShortFormat);
}

// Everything a batch of ballots is checked against, read once.
struct BallotContext
{
    Motion motion;
    QHash<QString, RollLine> roll; // by lower-case member number
    QHash<qint64, QDateTime> voted;
    QHash<qint64, int> votedOnLine; // members who voted earlier in the same batch, and where
    QHash<qint64, Appointment> appointments;
    QHash<QString, std::optional<qint64>> memberIds; // proxy holders looked up so far
};

Outcome checkProxy(const QSqlDatabase& database, BallotContext& context, const BallotInput& ballot,
                   const RollLine& voter, std::optional<qint64>& proxyId)
{
    const QString proxyNumber = ballot.proxyNumber.trimmed();
    if (ballot.method != BallotMethod::Proxy) {
        if (proxyNumber.isEmpty())
            return domain::ok();
        return ballotError(ballot,
                           QCoreApplication::translate("MotionRepository",
                                                       "a proxy (%1) is named on a ballot not cast by proxy.")
                               .arg(proxyNumber),
                           "not-a-proxy-ballot");
    }
    const auto appointment = context.appointments.constFind(voter.memberId);
    if (appointment == context.appointments.constEnd()) {
        return ballotError(
            ballot,
            QCoreApplication::translate("MotionRepository", "member %1 appointed no proxy for this meeting.")
                .arg(voter.number),
            "no-proxy");
    }
    if (!proxyNumber.isEmpty()) {
        if (!context.memberIds.contains(proxyNumber.toLower())) {
            const auto id = memberIdByNumber(database, proxyNumber);
            if (!id)
                return id.error();
            context.memberIds.insert(proxyNumber.toLower(), *id);
        }
        proxyId = context.memberIds.value(proxyNumber.toLower());
        if (!proxyId)
            return ballotError(
                ballot,
                QCoreApplication::translate("MotionRepository", "there is no member %1 to hold the proxy.")
                    .arg(proxyNumber),
                "unknown-member");
    }
    if (appointment->proxyMemberId != proxyId) {
        return ballotError(
            ballot,
            QCoreApplication::translate("MotionRepository",
                                        "member %1 appointed %2 as proxy, but the ballot was cast by %3.")
                .arg(voter.number,
                     appointment->proxyMemberId
                         ? QCoreApplication::translate("MotionRepository", "another member")
                         : QCoreApplication::translate("MotionRepository", "the chair"),
                     proxyNumber.isEmpty() ? QCoreApplication::translate("MotionRepository", "the chair")
                                           : proxyNumber),
            "wrong-proxy");
    }
    if (appointment->direction && *appointment->direction != ballot.choice) {
        return ballotError(ballot,
                           QCoreApplication::translate("MotionRepository",
                                                       "member %1 directed its proxy to vote “%2”, not “%3”.")
                               .arg(voter.number, domain::choiceLabel(*appointment->direction),
                                    domain::choiceLabel(ballot.choice)),
                           "proxy-direction");
    }
    return domain::ok();
}

Result<RollLine> checkVoter(const QSqlDatabase& database, BallotContext& context, const BallotInput& ballot)
{
    const QString number = ballot.memberNumber.trimmed();
    const auto line = context.roll.constFind(number.toLower());
    if (line == context.roll.constEnd()) {
        const auto id = memberIdByNumber(database, number);
        if (!id)
            return id.error();
        if (!*id)
            return ballotError(
                ballot, QCoreApplication::translate("MotionRepository", "there is no member %1.").arg(number),
                "unknown-member");
        return ballotError(
            ballot,
            QCoreApplication::translate(
                "MotionRepository",
                "member %1 is not on the roll for this motion: only members eligible on the "
                "record date, %2, vote on it.")
                .arg(number, QLocale().toString(context.motion.recordDate, QLocale::ShortFormat)),
            "not-eligible");
    }
    if (const auto earlier = context.votedOnLine.constFind(line->memberId);
        earlier != context.votedOnLine.constEnd()) {
        return ballotError(
            ballot,
            earlier.value() > 0
                ? QCoreApplication::translate("MotionRepository",
                                              "member %1 has already voted on this motion, on line %2.")
                      .arg(line->number)
                      .arg(earlier.value())
                : QCoreApplication::translate("MotionRepository",
                                              "member %1 has already voted on this motion.")
                      .arg(line->number),
            "voted-twice");
    }
    if (const auto when = context.voted.constFind(line->memberId); when != context.voted.constEnd()) {
        return ballotError(ballot,
                           QCoreApplication::translate("MotionRepository",
                                                       "member %1 has already voted on this motion, at %2.")
                               .arg(line->number, momentText(when.value())),
                           "voted-twice");
    }
    return *line;
}

} // namespace

MotionRepository::MotionRepository(MutualFile& file)
    : m_file(file)
{ }

Result<Motion> MotionRepository::add(const Motion& motion)
{
    if (auto valid = domain::validateMotion(motion); !valid)
        return valid.error();
    Motion stored = motion;
    stored.state = MotionState::Draft;
    const Outcome outcome = m_file.inTransaction([&]() -> Outcome {
        const QSqlDatabase database = m_file.connection();
        if (auto done = checkReferences(m_file, motion); !done)
            return done;
        Statement insert(
            database,
            QStringLiteral("INSERT INTO motions (meeting_id, title, body, proposer_id, seconder_id, "
                           "threshold, scheme, cap_bp, quorum_members, quorum_bp, is_secret) VALUES "
                           "(:meeting_id, :title, :body, :proposer_id, :seconder_id, :threshold, "
                           ":scheme, :cap_bp, :quorum_members, :quorum_bp, :is_secret) RETURNING "
                           "id"));
        bindMotion(insert, stored);
        const auto id = insert.insertReturningId();
        if (!id)
            return id.error();
        stored.id = *id;
        if (auto done = storeClassShares(database, stored); !done)
            return done;
        return m_file.audit(QStringLiteral("motion.add"), QStringLiteral("motion"),
                            QString::number(stored.id), {}, motionToJson(stored));
    });
    if (!outcome)
        return outcome.error();
    return this->motion(stored.id);
}

Result<Motion> MotionRepository::update(const Motion& motion)
{
    if (auto valid = domain::validateMotion(motion); !valid)
        return valid.error();
    const Outcome outcome = m_file.inTransaction([&]() -> Outcome {
        const QSqlDatabase database = m_file.connection();
        const auto before = this->motion(motion.id);
        if (!before)
            return before.error();
        if (before->state != MotionState::Draft)
            return wrongState(*before, MotionState::Draft);
        if (auto done = checkReferences(m_file, motion); !done)
            return done;
        Statement update(
            database,
            QStringLiteral("UPDATE motions SET meeting_id = :meeting_id, title = :title, body = "
                           ":body, proposer_id = :proposer_id, seconder_id = :seconder_id, threshold "
                           "= :threshold, scheme = :scheme, cap_bp = :cap_bp, quorum_members = "
                           ":quorum_members, quorum_bp = :quorum_bp, is_secret = :is_secret WHERE id "
                           "= :id"));
        bindMotion(update, motion);
        update.bind(QStringLiteral(":id"), motion.id);
        if (auto done = update.exec(); !done)
            return done;
        if (auto done = storeClassShares(database, motion); !done)
            return done;
        return m_file.audit(QStringLiteral("motion.update"), QStringLiteral("motion"),
                            QString::number(motion.id), motionToJson(*before), motionToJson(motion));
    });
    if (!outcome)
        return outcome.error();
    return this->motion(motion.id);
}

Result<Motion> MotionRepository::motion(qint64 id) const
{
    Statement query(m_file.connection(),
                    QStringLiteral("SELECT %1 FROM motions WHERE id = :id").arg(motionColumns));
    query.bind(QStringLiteral(":id"), id);
    if (auto done = query.exec(); !done)
        return done.error();
    if (!query.next()) {
        return motionError(QCoreApplication::translate("MotionRepository", "There is no motion %1.").arg(id),
                           "unknown-motion", "motion");
    }
    Motion motion = motionFrom(query);
    const auto shares = classSharesOf(m_file.connection(), id);
    if (!shares)
        return shares.error();
    motion.rules.classShares = *shares;
    return motion;
}

Result<QList<Motion>> MotionRepository::all(std::optional<qint64> meetingId) const
{
    Statement query(m_file.connection(),
                    QStringLiteral("SELECT %1 FROM motions WHERE :all = 1 OR meeting_id = :meeting ORDER BY "
                                   "(SELECT held_on FROM meetings WHERE meetings.id = motions.meeting_id), "
                                   "meeting_id, id")
                        .arg(motionColumns));
    query.bind(QStringLiteral(":all"), meetingId ? 0 : 1)
        .bind(QStringLiteral(":meeting"), meetingId.value_or(0));
    if (auto done = query.exec(); !done)
        return done.error();
    QList<Motion> motions;
    while (query.next())
        motions.append(motionFrom(query));
    for (Motion& motion : motions) {
        if (motion.rules.scheme != domain::VotingScheme::ClassWeighted)
            continue;
        const auto shares = classSharesOf(m_file.connection(), motion.id);
        if (!shares)
            return shares.error();
        motion.rules.classShares = *shares;
    }
    return motions;
}

Result<Motion> MotionRepository::open(qint64 motionId, const QDate& recordDate)
{
    if (!recordDate.isValid())
        return motionError(QCoreApplication::translate(
                               "MotionRepository",
                               "Voting opens on a record date: the day whose register decides who may vote."),
                           "invalid-date", "recordDate");
    if (auto done = domain::checkNotInFuture(recordDate, QDate::currentDate(), QStringLiteral("recordDate"));
        !done)
        return done.error();
    const Outcome outcome = m_file.inTransaction([&]() -> Outcome {
        const QSqlDatabase database = m_file.connection();
        const auto motion = this->motion(motionId);
        if (!motion)
            return motion.error();
        if (motion->state != MotionState::Draft)
            return wrongState(*motion, MotionState::Draft);
        QHash<QString, qint64> memberIds;
        const auto roll = rollOn(database, *motion, recordDate, &memberIds);
        if (!roll)
            return roll.error();
        if (auto done = storeRoll(database, motionId, *roll, memberIds); !done)
            return done;
        if (motion->isSecret) {
            if (auto done = createSecretTotals(database, *motion, *roll); !done)
                return done;
        }
        Statement update(database,
                         QStringLiteral("UPDATE motions SET state = 'open', record_date = :day, "
                                        "opened_at = :now, roll_total_weight = :total, "
                                        "roll_fingerprint = :fingerprint WHERE id = :id"));
        update.bind(QStringLiteral(":day"), dateValue(recordDate))
            .bind(QStringLiteral(":now"), nowUtcText())
            .bind(QStringLiteral(":total"), roll->totalWeight)
            .bind(QStringLiteral(":fingerprint"), QString::fromLatin1(roll->fingerprint))
            .bind(QStringLiteral(":id"), motionId);
        if (auto done = update.exec(); !done)
            return done;
        return m_file.audit(
            QStringLiteral("motion.open"), QStringLiteral("motion"), QString::number(motionId),
            { { QStringLiteral("state"), QStringLiteral("draft") } },
            { { QStringLiteral("state"), QStringLiteral("open") },
              { QStringLiteral("recordDate"), recordDate.toString(Qt::ISODate) },
              { QStringLiteral("rollMembers"), static_cast<qint64>(roll->entries.size()) },
              { QStringLiteral("rollTotalWeight"), roll->totalWeight },
              { QStringLiteral("rollFingerprint"), QString::fromLatin1(roll->fingerprint) } });
    });
    if (!outcome)
        return outcome.error();
    return this->motion(motionId);
}

Result<domain::VoterRoll> MotionRepository::previewRoll(qint64 motionId, const QDate& recordDate) const
{
    if (!recordDate.isValid())
        return motionError(QCoreApplication::translate("MotionRepository", "Choose a record date."),
                           "invalid-date", "recordDate");
    const auto motion = this->motion(motionId);
    if (!motion)
        return motion.error();
    return rollOn(m_file.connection(), *motion, recordDate, nullptr);
}

Outcome MotionRepository::remove(qint64 motionId)
{
    return m_file.inTransaction([&]() -> Outcome {
        const QSqlDatabase database = m_file.connection();
        const auto before = this->motion(motionId);
        if (!before)
            return before.error();
        if (before->state != MotionState::Draft) {
            return motionError(QCoreApplication::translate(
                                   "MotionRepository",
                                   "Voting on “%1” has opened, so it stays in the record and cannot be "
                                   "deleted.")
                                   .arg(before->title),
                               "motion-not-draft", "state");
        }
        for (const QString& sql : { QStringLiteral("DELETE FROM motion_class_shares WHERE motion_id = :id"),
                                    QStringLiteral("DELETE FROM motions WHERE id = :id") }) {
            Statement remove(database, sql);
            remove.bind(QStringLiteral(":id"), motionId);
            if (auto done = remove.exec(); !done)
                return done;
        }
        return m_file.audit(QStringLiteral("motion.remove"), QStringLiteral("motion"),
                            QString::number(motionId), motionToJson(*before), {});
    });
}

Result<domain::VoterRoll> MotionRepository::roll(qint64 motionId) const
{
    const auto motion = this->motion(motionId);
    if (!motion)
        return motion.error();
    if (motion->state == MotionState::Draft)
        return wrongState(*motion, MotionState::Open);
    return readRoll(m_file.connection(), *motion);
}

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
    const QString now = nowUtcText();
    bool isSecret = false;
    const Outcome outcome = m_file.inTransaction([&]() -> Outcome {
        const QSqlDatabase database = m_file.connection();
        BallotContext context;
        const auto motion = this->motion(motionId);
        if (!motion)
            return motion.error();
        isSecret = motion->isSecret;
        if (motion->state != MotionState::Open)
            return wrongState(*motion, MotionState::Open);
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
            std::optional<qint64> proxyId;
            if (auto done = checkProxy(database, context, ballot, *voter, proxyId); !done)
                return done;
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
                    .bind(QStringLiteral(":proxy"), idValue(proxyId))
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

Result<MotionResult> MotionRepository::result(qint64 motionId) const
{
    const auto motion = this->motion(motionId);
    if (!motion)
        return motion.error();
    if (motion->state == MotionState::Draft)
        return wrongState(*motion, MotionState::Open);
    MotionResult result;
    if (motion->state == MotionState::Closed) {
        auto stored = storedResult(m_file.connection(), CountedVote::Motion, motionId);
        if (!stored)
            return stored.error();
        result.isDeclared = true;
        result.json = std::move(stored).value();
    } else {
        const auto counted = countNow(*motion);
        if (!counted)
            return counted.error();
        result.json = *counted;
    }
    for (const QJsonValue& line : result.json.value(QStringLiteral("working")).toArray())
        result.working.append(line.toString());
    result.outcome = domain::motionOutcomeFromKey(result.json.value(QStringLiteral("outcome")).toString())
                         .value_or(domain::MotionOutcome::Void);
    return result;
}

Result<QJsonObject> MotionRepository::countNow(const Motion& motion) const
{
    const QSqlDatabase database = m_file.connection();
    QList<domain::CastBallot> ballots;
    const auto roll = readRoll(database, motion, nullptr, motion.isSecret ? nullptr : &ballots);
    if (!roll)
        return roll.error();
    // Those present or represented by proxy count for the quorum, with or without a ballot.
    Statement attendance(database,
                         QStringLiteral("SELECT m.number FROM attendance a JOIN members m ON m.id = "
                                        "a.member_id WHERE a.meeting_id = :meeting AND a.kind IN "
                                        "('present', 'proxy')"));
    attendance.bind(QStringLiteral(":meeting"), motion.meetingId);
    if (auto done = attendance.exec(); !done)
        return done.error();
    QSet<QString> attended;
    while (attendance.next())
        attended.insert(attendance.value(0).toString());

    Result<domain::Tally> tally = motion.isSecret
        ? countSecret(motion, *roll, attended)
        : domain::countVotes(*roll, motion.rules, ballots, attended);
    if (!tally)
        return tally.error();
    Statement classes(database, QStringLiteral("SELECT id, name FROM member_classes"));
    if (auto done = classes.exec(); !done)
        return done.error();
    QHash<qint64, QString> classNames;
    while (classes.next())
        classNames.insert(classes.value(0).toLongLong(), classes.value(1).toString());
    return motionResultJson(*tally, motion, *roll, classNames);
}

Result<domain::Tally> MotionRepository::countSecret(const Motion& motion, const domain::VoterRoll& roll,
                                                    const QSet<QString>& attended) const
{
    const QSqlDatabase database = m_file.connection();
    Statement totals(database,
                     QStringLiteral("SELECT class_id, choice, members, weight FROM secret_totals WHERE "
                                    "motion_id = :motion"));
    totals.bind(QStringLiteral(":motion"), motion.id);
    if (auto done = totals.exec(); !done)
        return done.error();
    QList<domain::BallotTotal> byClass;
    while (totals.next()) {
        byClass.append({ totals.value(0).toLongLong(),
                         domain::choiceFromKey(totals.value(1).toString()).value_or(Choice::Abstain),
                         totals.value(2).toLongLong(), totals.value(3).toLongLong() });
    }
    Statement voters(database,
                     QStringLiteral("SELECT r.member_number FROM secret_voters v JOIN voter_rolls r ON "
                                    "r.motion_id = v.motion_id AND r.member_id = v.member_id WHERE "
                                    "v.motion_id = :motion"));
    voters.bind(QStringLiteral(":motion"), motion.id);
    if (auto done = voters.exec(); !done)
        return done.error();
    QStringList voted;
    while (voters.next())
        voted.append(voters.value(0).toString());
    return domain::countSecretVotes(roll, motion.rules, byClass, voted, attended);
}

Result<Motion> MotionRepository::close(qint64 motionId)
{
    const Outcome outcome = m_file.inTransaction([&]() -> Outcome {
        const auto motion = this->motion(motionId);
        if (!motion)
            return motion.error();
        if (motion->state != MotionState::Open)
            return wrongState(*motion, MotionState::Open);
        auto counted = countNow(*motion);
        if (!counted)
            return counted.error();
        QJsonObject json = std::move(counted).value();
        const QString now = nowUtcText();
        json.insert(QStringLiteral("declared_at"), now);
        Statement update(
            m_file.connection(),
            QStringLiteral("UPDATE motions SET state = 'closed', closed_at = :now, outcome = "
                           ":outcome, result_json = :json, rule_version = :version WHERE id = :id"));
        update.bind(QStringLiteral(":now"), now)
            .bind(QStringLiteral(":outcome"), json.value(QStringLiteral("outcome")).toString())
            .bind(QStringLiteral(":json"),
                  QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)))
            .bind(QStringLiteral(":version"), json.value(QStringLiteral("rule_version")).toInt())
            .bind(QStringLiteral(":id"), motionId);
        if (auto done = update.exec(); !done)
            return done;
        QJsonObject after = json;
        after.remove(QStringLiteral("working"));
        return m_file.audit(QStringLiteral("motion.close"), QStringLiteral("motion"),
                            QString::number(motionId),
                            { { QStringLiteral("state"), QStringLiteral("open") } }, after);
    });
    if (!outcome)
        return outcome.error();
    const auto closed = this->motion(motionId);
    // Again, in case a reader kept the log in use when the last ballot was filed.
    if (closed && closed->isSecret)
        m_file.clearWriteAheadLog();
    return closed;
}

} // namespace mutualise::storage
