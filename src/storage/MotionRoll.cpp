#include "MotionRoll.h"

#include "Statement.h"
#include "domain/Tally.h"

#include <QSet>

namespace mutualise::storage {

using domain::Choice;
using domain::Motion;
using domain::Outcome;
using domain::Result;

namespace {

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

} // namespace

Result<QHash<qint64, QString>> classNamesOf(const QSqlDatabase& database)
{
    Statement query(database, QStringLiteral("SELECT id, name FROM member_classes"));
    if (auto done = query.exec(); !done)
        return done.error();
    QHash<qint64, QString> names;
    while (query.next())
        names.insert(query.value(0).toLongLong(), query.value(1).toString());
    return names;
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
    const auto classNames = classNamesOf(database);
    if (!classNames)
        return classNames.error();
    return domain::freezeRoll(voters, motion.rules, *classNames);
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

// The roll in order; with `ballots`, also each open ballot's choice, read in the same pass.
Result<domain::VoterRoll> readRoll(const QSqlDatabase& database, const Motion& motion,
                                   QHash<QString, RollLine>* lines, QList<domain::CastBallot>* ballots)
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

} // namespace mutualise::storage
