#include "MotionRepository.h"

#include "MeetingRepository.h"
#include "MotionResultJson.h"
#include "MotionRoll.h"
#include "Statement.h"
#include "StoredResult.h"
#include "domain/Eligibility.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace mutualise::storage {

using domain::BallotMethod;
using domain::Choice;
using domain::Motion;
using domain::Outcome;
using domain::VoteState;

namespace {

const QString motionColumns = QStringLiteral(
    "id, meeting_id, title, body, proposer_id, seconder_id, threshold, scheme, cap_bp, quorum_members, "
    "quorum_bp, is_secret, state, record_date, opened_at, closed_at, roll_total_weight, roll_fingerprint, "
    "outcome");

Motion motionFrom(const Statement& query)
{
    Motion motion;
    motion.id = query.value(0).toLongLong();
    motion.meetingId = query.value(1).toLongLong();
    motion.title = query.value(2).toString();
    motion.body = query.value(3).toString();
    motion.proposerId = idFrom(query.value(4));
    motion.seconderId = idFrom(query.value(5));
    motion.rules.threshold
        = domain::thresholdFromKey(query.value(6).toString()).value_or(domain::Threshold::Ordinary);
    motion.rules.scheme = domain::votingSchemeFromKey(query.value(7).toString())
                              .value_or(domain::VotingScheme::OneMemberOneVote);
    motion.rules.capBasisPoints = query.value(8).toInt();
    motion.rules.quorum.minimumMembers = query.value(9).toInt();
    motion.rules.quorum.basisPoints = query.value(10).toInt();
    motion.isSecret = query.value(11).toBool();
    motion.state = domain::voteStateFromKey(query.value(12).toString()).value_or(VoteState::Draft);
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
        { QStringLiteral("state"), domain::voteStateKey(motion.state) },
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
    return Error {
        QCoreApplication::translate("MotionRepository", "There is no member with id %1.").arg(*memberId),
        QStringLiteral("unknown-member"), QString::fromLatin1(field)
    };
}

Outcome checkClassesExist(const QSqlDatabase& database, const Motion& motion)
{
    for (auto it = motion.rules.classShares.cbegin(); it != motion.rules.classShares.cend(); ++it) {
        Statement query(database, QStringLiteral("SELECT 1 FROM member_classes WHERE id = :id"));
        query.bind(QStringLiteral(":id"), it.key());
        if (auto done = query.exec(); !done)
            return done;
        if (!query.next())
            return Error { QCoreApplication::translate("MotionRepository",
                                                       "There is no member class with id %1.")
                               .arg(it.key()),
                           QStringLiteral("unknown-class"), QStringLiteral("classShares") };
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

Outcome checkState(const Motion& motion, domain::VoteAction action)
{
    return domain::checkVoteState(domain::VoteKind::Motion, motion.title, motion.state, action);
}

} // namespace

MotionRepository::MotionRepository(MutualFile& file)
    : m_file(file)
{ }

Result<Motion> MotionRepository::add(const Motion& motion)
{
    const auto classNames = classNamesOf(m_file.connection());
    if (!classNames)
        return classNames.error();
    if (auto valid = domain::validateMotion(motion, *classNames); !valid)
        return valid.error();
    Motion stored = motion;
    stored.state = VoteState::Draft;
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
    const auto classNames = classNamesOf(m_file.connection());
    if (!classNames)
        return classNames.error();
    if (auto valid = domain::validateMotion(motion, *classNames); !valid)
        return valid.error();
    const Outcome outcome = m_file.inTransaction([&]() -> Outcome {
        const QSqlDatabase database = m_file.connection();
        const auto before = this->motion(motion.id);
        if (!before)
            return before.error();
        if (auto allowed = checkState(*before, domain::VoteAction::Edit); !allowed)
            return allowed;
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
        return Error { QCoreApplication::translate("MotionRepository", "There is no motion %1.").arg(id),
                       QStringLiteral("unknown-motion"), QStringLiteral("motion") };
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
    if (auto done = domain::checkRecordDate(recordDate, QDate::currentDate()); !done)
        return done.error();
    const Outcome outcome = m_file.inTransaction([&]() -> Outcome {
        const QSqlDatabase database = m_file.connection();
        const auto motion = this->motion(motionId);
        if (!motion)
            return motion.error();
        if (auto allowed = checkState(*motion, domain::VoteAction::Open); !allowed)
            return allowed;
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
            .bind(QStringLiteral(":now"), m_file.recordingTimeText())
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
    if (auto done = domain::checkPreviewDate(recordDate); !done)
        return done.error();
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
        if (auto allowed = checkState(*before, domain::VoteAction::Remove); !allowed)
            return allowed;
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
    if (auto allowed = checkState(*motion, domain::VoteAction::Read); !allowed)
        return allowed.error();
    return readRoll(m_file.connection(), *motion);
}

Result<MotionResult> MotionRepository::result(qint64 motionId) const
{
    const auto motion = this->motion(motionId);
    if (!motion)
        return motion.error();
    if (auto allowed = checkState(*motion, domain::VoteAction::Read); !allowed)
        return allowed.error();
    MotionResult result;
    if (motion->state == VoteState::Closed) {
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
    result.working = workingOf(result.json);
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
    const auto classNames = classNamesOf(database);
    if (!classNames)
        return classNames.error();
    return motionResultJson(*tally, motion, *roll, *classNames);
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
        if (auto allowed = checkState(*motion, domain::VoteAction::Vote); !allowed)
            return allowed;
        auto counted = countNow(*motion);
        if (!counted)
            return counted.error();
        QJsonObject json = std::move(counted).value();
        const QString now = m_file.recordingTimeText();
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
