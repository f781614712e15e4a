#include "ElectionRepository.h"

#include "ElectionResultJson.h"
#include "MeetingRepository.h"
#include "Statement.h"
#include "StoredResult.h"
#include "domain/Eligibility.h"
#include "domain/Tally.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QMap>
#include <QRandomGenerator>
#include <QSet>

#include <limits>

namespace mutualise::storage {

using domain::Candidate;
using domain::Election;
using domain::Outcome;
using domain::VoteState;

namespace {

const QString electionColumns = QStringLiteral("id, meeting_id, title, seats, method, state, record_date, "
                                               "opened_at, closed_at, seed, roll_fingerprint");

Election electionFrom(const Statement& query)
{
    Election election;
    election.id = query.value(0).toLongLong();
    election.meetingId = query.value(1).toLongLong();
    election.title = query.value(2).toString();
    election.seats = query.value(3).toInt();
    election.method = domain::electionMethodFromKey(query.value(4).toString())
                          .value_or(domain::ElectionMethod::SingleTransferableVote);
    election.state = domain::voteStateFromKey(query.value(5).toString()).value_or(VoteState::Draft);
    election.recordDate = dateFrom(query.value(6));
    election.openedAt = momentFrom(query.value(7));
    election.closedAt = momentFrom(query.value(8));
    election.seed = static_cast<quint64>(query.value(9).toLongLong());
    election.rollFingerprint = query.value(10).toString().toLatin1();
    return election;
}

Outcome checkState(const Election& election, domain::VoteAction action)
{
    return domain::checkVoteState(domain::VoteKind::Election, election.title, election.state, action);
}

QJsonObject electionToJson(const Election& election, const QList<Candidate>& candidates)
{
    QJsonArray names;
    for (const Candidate& candidate : candidates)
        names.append(candidate.name);
    return { { QStringLiteral("meeting"), election.meetingId },
             { QStringLiteral("title"), election.title },
             { QStringLiteral("seats"), election.seats },
             { QStringLiteral("method"), domain::electionMethodKey(election.method) },
             { QStringLiteral("candidates"), names } };
}

// Positions from 1, as text: "3 1 2"; a blank or spoilt paper is "" (the column is NOT NULL).
QString preferencesText(const QList<int>& preferences)
{
    QStringList parts;
    for (int position : preferences)
        parts.append(QString::number(position));
    return preferences.isEmpty() ? QStringLiteral("") : parts.join(u' ');
}

QList<int> preferencesFrom(const QString& text)
{
    QList<int> preferences;
    for (const QString& part : text.split(u' ', Qt::SkipEmptyParts))
        preferences.append(part.toInt());
    return preferences;
}

// A random id, so that the order of the papers' rows says nothing of the order of the voters.
qint64 randomPaperId()
{
    return static_cast<qint64>(QRandomGenerator::system()->generate64() >> 2) + 1;
}

// Files papers with one prepared statement. A paper recorded for a named member is always a row of
// its own, of weight 1, and no row is ever changed: adding the paper to an identical row's weight would
// leave that row's earlier state in the journal and the write-ahead log beside the record of who voted
// now. Imported papers name no voter, so a .blt line is one row with its weight.
class PaperFiler
{
public:
    PaperFiler(const QSqlDatabase& database, qint64 electionId)
        : m_insert(database,
                   QStringLiteral("INSERT INTO election_papers (id, election_id, preferences, weight) VALUES "
                                  "(:id, :election, :preferences, :weight)"))
        , m_electionId(electionId)
    { }

    Outcome file(const QList<int>& preferences, qint64 weight = 1)
    {
        m_insert.bind(QStringLiteral(":id"), randomPaperId())
            .bind(QStringLiteral(":election"), m_electionId)
            .bind(QStringLiteral(":preferences"), preferencesText(preferences))
            .bind(QStringLiteral(":weight"), weight);
        return m_insert.exec();
    }

private:
    Statement m_insert;
    qint64 m_electionId;
};

// The facts for domain::checkPaperCount: the frozen roll's size and the papers already recorded.
Result<domain::PaperRoom> paperRoom(const QSqlDatabase& database, qint64 electionId)
{
    Statement query(database,
                    QStringLiteral("SELECT (SELECT COUNT(*) FROM election_rolls WHERE election_id = :e1), "
                                   "(SELECT COALESCE(SUM(weight), 0) FROM election_papers WHERE "
                                   "election_id = :e2)"));
    query.bind(QStringLiteral(":e1"), electionId).bind(QStringLiteral(":e2"), electionId);
    if (auto done = query.exec(); !done)
        return done.error();
    if (!query.next())
        return databaseError(query.lastError());
    return domain::PaperRoom { electionId, query.value(0).toLongLong(), query.value(1).toLongLong() };
}

// How many papers a .blt file holds, each line counting as its weight; the largest count when the sum
// would overflow, which no roll can take anyway.
qint64 papersIn(const domain::BltElection& ballots)
{
    qint64 total = 0;
    for (const domain::BltBallot& ballot : ballots.ballots) {
        if (__builtin_add_overflow(total, ballot.weight, &total))
            return std::numeric_limits<qint64>::max();
    }
    return total;
}

// Positions from 1 in the order given, names trimmed.
QList<Candidate> numberedCandidates(const QList<Candidate>& candidates)
{
    QList<Candidate> numbered = candidates;
    for (qsizetype i = 0; i < numbered.size(); ++i) {
        numbered[i].position = static_cast<int>(i + 1);
        numbered[i].name = numbered[i].name.trimmed();
    }
    return numbered;
}

Outcome storeCandidates(const QSqlDatabase& database, qint64 electionId, const QList<Candidate>& candidates)
{
    Statement insert(database,
                     QStringLiteral("INSERT INTO candidates (election_id, position, member_id, name, "
                                    "is_withdrawn) VALUES (:election, :position, :member, :name, "
                                    ":withdrawn)"));
    for (const Candidate& each : candidates) {
        insert.bind(QStringLiteral(":election"), electionId)
            .bind(QStringLiteral(":position"), each.position)
            .bind(QStringLiteral(":member"), each.memberId ? QVariant(*each.memberId) : QVariant())
            .bind(QStringLiteral(":name"), each.name)
            .bind(QStringLiteral(":withdrawn"), each.isWithdrawn ? 1 : 0);
        if (auto done = insert.exec(); !done) {
            if (primaryResultCode(insert.lastError()) == 19) // SQLITE_CONSTRAINT: no such member
                return Error { QCoreApplication::translate("ElectionRepository",
                                                           "Candidate %1 names a member who is not in the "
                                                           "register.")
                                   .arg(each.name),
                               QStringLiteral("unknown-member"), QStringLiteral("candidates") };
            return done;
        }
    }
    return domain::ok();
}

struct RollMember
{
    qint64 memberId = 0;
    QString number;
};

// The paper's voter on the frozen roll (by lower-case number), and whether it has voted.
domain::VoterFacts voterFacts(const QHash<QString, RollMember>& roll, const QHash<qint64, QDateTime>& voted,
                              const QHash<qint64, int>& votedOnLine, const QString& number)
{
    const auto member = roll.constFind(number.toLower());
    if (member == roll.constEnd())
        return { number, domain::RollStanding::NotOnRoll, {}, {} };
    domain::VoterFacts facts { member->number, domain::RollStanding::OnRoll, {}, {} };
    if (const auto line = votedOnLine.constFind(member->memberId); line != votedOnLine.constEnd())
        facts.votedOnLine = line.value();
    if (const auto when = voted.constFind(member->memberId); when != voted.constEnd())
        facts.votedAt = when.value();
    return facts;
}

// The roll frozen when voting opened, by lower-case member number, and when each member on it voted.
struct ElectionRoll
{
    QHash<QString, RollMember> members;
    QHash<qint64, QDateTime> voted;
};

Result<ElectionRoll> rollOf(const QSqlDatabase& database, qint64 electionId)
{
    Statement query(
        database,
        QStringLiteral("SELECT r.member_id, r.member_number, v.cast_at FROM election_rolls r LEFT "
                       "JOIN election_voters v ON v.election_id = r.election_id AND v.member_id = "
                       "r.member_id WHERE r.election_id = :election"));
    query.bind(QStringLiteral(":election"), electionId);
    if (auto done = query.exec(); !done)
        return done.error();
    ElectionRoll roll;
    while (query.next()) {
        const qint64 id = query.value(0).toLongLong();
        roll.members.insert(query.value(1).toString().toLower(), { id, query.value(1).toString() });
        if (!query.value(2).isNull())
            roll.voted.insert(id, momentFrom(query.value(2)));
    }
    return roll;
}

} // namespace

ElectionRepository::ElectionRepository(MutualFile& file)
    : m_file(file)
{ }

Result<Election> ElectionRepository::add(const Election& election, const QList<Candidate>& candidates)
{
    const QList<Candidate> numbered = numberedCandidates(candidates);
    if (auto valid = domain::validateElection(election, numbered); !valid)
        return valid.error();
    qint64 id = 0;
    const Outcome outcome = m_file.inTransaction([&]() -> Outcome {
        const QSqlDatabase database = m_file.connection();
        if (auto meeting = MeetingRepository(m_file).meeting(election.meetingId); !meeting)
            return meeting.error();
        Statement insert(database,
                         QStringLiteral("INSERT INTO elections (meeting_id, title, seats, method) VALUES "
                                        "(:meeting, :title, :seats, :method) RETURNING id"));
        insert.bind(QStringLiteral(":meeting"), election.meetingId)
            .bind(QStringLiteral(":title"), election.title.trimmed())
            .bind(QStringLiteral(":seats"), election.seats)
            .bind(QStringLiteral(":method"), domain::electionMethodKey(election.method));
        const auto inserted = insert.insertReturningId();
        if (!inserted)
            return inserted.error();
        id = *inserted;
        if (auto done = storeCandidates(database, id, numbered); !done)
            return done;
        return m_file.audit(QStringLiteral("election.add"), QStringLiteral("election"), QString::number(id),
                            {}, electionToJson(election, numbered));
    });
    if (!outcome)
        return outcome.error();
    return this->election(id);
}

Result<Election> ElectionRepository::update(const Election& election, const QList<Candidate>& candidates)
{
    const QList<Candidate> numbered = numberedCandidates(candidates);
    if (auto valid = domain::validateElection(election, numbered); !valid)
        return valid.error();
    const Outcome outcome = m_file.inTransaction([&]() -> Outcome {
        const QSqlDatabase database = m_file.connection();
        const auto before = this->election(election.id);
        if (!before)
            return before.error();
        if (auto allowed = checkState(*before, domain::VoteAction::Edit); !allowed)
            return allowed;
        const auto candidatesBefore = this->candidates(election.id);
        if (!candidatesBefore)
            return candidatesBefore.error();
        Statement update(database,
                         QStringLiteral("UPDATE elections SET title = :title, seats = :seats, method = "
                                        ":method WHERE id = :id"));
        update.bind(QStringLiteral(":title"), election.title.trimmed())
            .bind(QStringLiteral(":seats"), election.seats)
            .bind(QStringLiteral(":method"), domain::electionMethodKey(election.method))
            .bind(QStringLiteral(":id"), election.id);
        if (auto done = update.exec(); !done)
            return done;
        Statement clear(database, QStringLiteral("DELETE FROM candidates WHERE election_id = :id"));
        clear.bind(QStringLiteral(":id"), election.id);
        if (auto done = clear.exec(); !done)
            return done;
        if (auto done = storeCandidates(database, election.id, numbered); !done)
            return done;
        Election after = *before;
        after.title = election.title.trimmed();
        after.seats = election.seats;
        after.method = election.method;
        return m_file.audit(QStringLiteral("election.update"), QStringLiteral("election"),
                            QString::number(election.id), electionToJson(*before, *candidatesBefore),
                            electionToJson(after, numbered));
    });
    if (!outcome)
        return outcome.error();
    return this->election(election.id);
}

Outcome ElectionRepository::remove(qint64 electionId)
{
    return m_file.inTransaction([&]() -> Outcome {
        const QSqlDatabase database = m_file.connection();
        const auto before = this->election(electionId);
        if (!before)
            return before.error();
        if (auto allowed = checkState(*before, domain::VoteAction::Remove); !allowed)
            return allowed;
        const auto candidatesBefore = this->candidates(electionId);
        if (!candidatesBefore)
            return candidatesBefore.error();
        for (const QString& sql : { QStringLiteral("DELETE FROM candidates WHERE election_id = :id"),
                                    QStringLiteral("DELETE FROM elections WHERE id = :id") }) {
            Statement remove(database, sql);
            remove.bind(QStringLiteral(":id"), electionId);
            if (auto done = remove.exec(); !done)
                return done;
        }
        return m_file.audit(QStringLiteral("election.remove"), QStringLiteral("election"),
                            QString::number(electionId), electionToJson(*before, *candidatesBefore), {});
    });
}

Result<Election> ElectionRepository::election(qint64 id) const
{
    Statement query(m_file.connection(),
                    QStringLiteral("SELECT %1 FROM elections WHERE id = :id").arg(electionColumns));
    query.bind(QStringLiteral(":id"), id);
    if (auto done = query.exec(); !done)
        return done.error();
    if (!query.next())
        return Error { QCoreApplication::translate("ElectionRepository", "There is no election %1.").arg(id),
                       QStringLiteral("unknown-election"), QStringLiteral("election") };
    return electionFrom(query);
}

Result<QList<Election>> ElectionRepository::all(std::optional<qint64> meetingId) const
{
    Statement query(
        m_file.connection(),
        QStringLiteral("SELECT %1 FROM elections WHERE :all = 1 OR meeting_id = :meeting ORDER BY "
                       "meeting_id, id")
            .arg(electionColumns));
    query.bind(QStringLiteral(":all"), meetingId ? 0 : 1)
        .bind(QStringLiteral(":meeting"), meetingId.value_or(0));
    if (auto done = query.exec(); !done)
        return done.error();
    QList<Election> elections;
    while (query.next())
        elections.append(electionFrom(query));
    return elections;
}

Result<QList<Candidate>> ElectionRepository::candidates(qint64 electionId) const
{
    Statement query(m_file.connection(),
                    QStringLiteral("SELECT position, member_id, name, is_withdrawn FROM "
                                   "candidates WHERE election_id = :election ORDER BY "
                                   "position"));
    query.bind(QStringLiteral(":election"), electionId);
    if (auto done = query.exec(); !done)
        return done.error();
    QList<Candidate> candidates;
    while (query.next()) {
        Candidate candidate;
        candidate.position = query.value(0).toInt();
        if (!query.value(1).isNull())
            candidate.memberId = query.value(1).toLongLong();
        candidate.name = query.value(2).toString();
        candidate.isWithdrawn = query.value(3).toBool();
        candidates.append(candidate);
    }
    return candidates;
}

Result<Election> ElectionRepository::open(qint64 electionId, const QDate& recordDate)
{
    if (auto done = domain::checkRecordDate(recordDate, QDate::currentDate()); !done)
        return done.error();
    const Outcome outcome = m_file.inTransaction([&]() -> Outcome {
        const QSqlDatabase database = m_file.connection();
        const auto election = this->election(electionId);
        if (!election)
            return election.error();
        if (auto allowed = checkState(*election, domain::VoteAction::Open); !allowed)
            return allowed;
        // One member, one vote: the same eligibility as a motion's roll, every weight 1.
        Statement eligible(database,
                           QStringLiteral("SELECT id, number, class_id FROM members WHERE status IN "
                                          "('active', 'ceased') AND admitted_on <= :day AND "
                                          "(ceased_on IS NULL OR ceased_on > :day2)"));
        eligible.bind(QStringLiteral(":day"), dateValue(recordDate))
            .bind(QStringLiteral(":day2"), dateValue(recordDate));
        if (auto done = eligible.exec(); !done)
            return done;
        QList<domain::Voter> voters;
        QHash<QString, qint64> memberIds;
        while (eligible.next()) {
            voters.append({ eligible.value(1).toString(), eligible.value(2).toLongLong(), 0 });
            memberIds.insert(eligible.value(1).toString(), eligible.value(0).toLongLong());
        }
        const auto roll = domain::freezeRoll(voters, {});
        if (!roll)
            return roll.error();
        Statement insert(database,
                         QStringLiteral("INSERT INTO election_rolls (election_id, member_id, "
                                        "member_number) VALUES (:election, :member, :number)"));
        for (const domain::RollEntry& entry : roll->entries) {
            insert.bind(QStringLiteral(":election"), electionId)
                .bind(QStringLiteral(":member"), memberIds.value(entry.memberNumber))
                .bind(QStringLiteral(":number"), entry.memberNumber);
            if (auto done = insert.exec(); !done)
                return done;
        }
        const auto seed = static_cast<qint64>(QRandomGenerator::system()->generate());
        Statement update(database,
                         QStringLiteral("UPDATE elections SET state = 'open', record_date = :day, "
                                        "opened_at = :now, seed = :seed, roll_fingerprint = "
                                        ":fingerprint WHERE id = :id"));
        update.bind(QStringLiteral(":day"), dateValue(recordDate))
            .bind(QStringLiteral(":now"), m_file.recordingTimeText())
            .bind(QStringLiteral(":seed"), seed)
            .bind(QStringLiteral(":fingerprint"), QString::fromLatin1(roll->fingerprint))
            .bind(QStringLiteral(":id"), electionId);
        if (auto done = update.exec(); !done)
            return done;
        return m_file.audit(QStringLiteral("election.open"), QStringLiteral("election"),
                            QString::number(electionId),
                            { { QStringLiteral("state"), QStringLiteral("draft") } },
                            { { QStringLiteral("state"), QStringLiteral("open") },
                              { QStringLiteral("recordDate"), recordDate.toString(Qt::ISODate) },
                              { QStringLiteral("rollMembers"), static_cast<qint64>(roll->entries.size()) },
                              { QStringLiteral("rollFingerprint"), QString::fromLatin1(roll->fingerprint) },
                              { QStringLiteral("seed"), QString::number(seed) } });
    });
    if (!outcome)
        return outcome.error();
    return this->election(electionId);
}

Result<qint64> ElectionRepository::castPapers(qint64 electionId, const QList<PaperInput>& papers)
{
    const QString now = m_file.recordingTimeText();
    const Outcome outcome = m_file.inTransaction([&]() -> Outcome {
        const QSqlDatabase database = m_file.connection();
        const auto election = this->election(electionId);
        if (!election)
            return election.error();
        if (auto allowed = checkState(*election, domain::VoteAction::Vote); !allowed)
            return allowed;
        const auto candidates = this->candidates(electionId);
        if (!candidates)
            return candidates.error();
        const auto roll = rollOf(database, electionId);
        if (!roll)
            return roll.error();
        // Every paper is checked before any is filed.
        QHash<qint64, int> votedOnLine;
        QList<RollMember> voters;
        for (const PaperInput& paper : papers) {
            const QString number = paper.memberNumber.trimmed();
            if (auto done
                = domain::checkElectionVoter(voterFacts(roll->members, roll->voted, votedOnLine, number));
                !done)
                return errorOnLine(done.error(), paper.line, QStringLiteral("paper"));
            if (auto valid = domain::validatePaper(*election, *candidates, paper.preferences); !valid)
                return errorOnLine(valid.error(), paper.line, QStringLiteral("paper"));
            const RollMember member = roll->members.value(number.toLower());
            votedOnLine.insert(member.memberId, paper.line);
            voters.append(member);
        }
        const auto room = paperRoom(database, electionId);
        if (!room)
            return room.error();
        if (auto fits = domain::checkPaperCount(papers.size(), *room, domain::PaperSource::Entered); !fits)
            return fits;
        PaperFiler filer(database, electionId);
        Statement voter(database,
                        QStringLiteral("INSERT INTO election_voters (election_id, member_id, method, "
                                       "cast_at) VALUES (:election, :member, :method, :at)"));
        QCryptographicHash digest(QCryptographicHash::Sha256);
        for (qsizetype i = 0; i < papers.size(); ++i) {
            const PaperInput& paper = papers.at(i);
            voter.bind(QStringLiteral(":election"), electionId)
                .bind(QStringLiteral(":member"), voters.at(i).memberId)
                .bind(QStringLiteral(":method"), domain::ballotMethodKey(paper.method))
                .bind(QStringLiteral(":at"), now);
            if (auto done = voter.exec(); !done)
                return done;
            if (auto done = filer.file(paper.preferences); !done)
                return done;
            digest.addData(QStringLiteral("%1\t%2\n")
                               .arg(voters.at(i).number, domain::ballotMethodKey(paper.method))
                               .toUtf8());
        }
        QJsonObject after { { QStringLiteral("papers"), static_cast<qint64>(papers.size()) },
                            { QStringLiteral("digest"), QString::fromLatin1(digest.result().toHex()) } };
        if (papers.size() == 1)
            after.insert(QStringLiteral("member"), papers.constFirst().memberNumber.trimmed());
        return m_file.audit(QStringLiteral("election.papers"), QStringLiteral("election"),
                            QString::number(electionId), {}, after);
    });
    if (!outcome)
        return outcome.error();
    m_file.clearWriteAheadLog(); // the log would keep each paper beside the record of its voter
    return static_cast<qint64>(papers.size());
}

Result<qint64> ElectionRepository::importBlt(qint64 electionId, const domain::BltElection& ballots)
{
    qint64 count = 0;
    const Outcome outcome = m_file.inTransaction([&]() -> Outcome {
        const auto election = this->election(electionId);
        if (!election)
            return election.error();
        if (auto allowed = checkState(*election, domain::VoteAction::Vote); !allowed)
            return allowed;
        const auto candidates = this->candidates(electionId);
        if (!candidates)
            return candidates.error();
        if (auto same = domain::checkSameCandidates(ballots.candidates, *candidates); !same)
            return same;
        // Refused before anything is read further or written: a file may claim any number of papers.
        count = papersIn(ballots);
        const auto room = paperRoom(m_file.connection(), electionId);
        if (!room)
            return room.error();
        if (auto fits = domain::checkPaperCount(count, *room, domain::PaperSource::File); !fits)
            return fits;
        QList<QList<int>> positionsOfLines;
        for (const domain::BltBallot& ballot : ballots.ballots) {
            QList<int> positions;
            for (int index : ballot.preferences)
                positions.append(index + 1);
            if (auto valid = domain::validatePaper(*election, *candidates, positions); !valid)
                return errorOnLine(valid.error(), ballot.line, QStringLiteral("paper"));
            positionsOfLines.append(positions);
        }
        // A line of identical papers that name no voter is one row, of the line's weight.
        PaperFiler filer(m_file.connection(), electionId);
        for (qsizetype i = 0; i < ballots.ballots.size(); ++i) {
            if (auto done = filer.file(positionsOfLines.at(i), ballots.ballots.at(i).weight); !done)
                return done;
        }
        return m_file.audit(QStringLiteral("election.import"), QStringLiteral("election"),
                            QString::number(electionId), {}, { { QStringLiteral("papers"), count } });
    });
    if (!outcome)
        return outcome.error();
    return count;
}

Result<domain::BltElection> ElectionRepository::exportBlt(qint64 electionId) const
{
    const auto election = this->election(electionId);
    if (!election)
        return election.error();
    const auto candidates = this->candidates(electionId);
    if (!candidates)
        return candidates.error();
    domain::BltElection blt;
    blt.seats = election->seats;
    blt.title = election->title;
    for (const Candidate& candidate : *candidates) {
        blt.candidates.append(candidate.name);
        if (candidate.isWithdrawn)
            blt.withdrawn.append(candidate.position - 1);
    }
    // Identical papers together, in the order of their preferences: nothing of the order of voting.
    Statement query(m_file.connection(),
                    QStringLiteral("SELECT preferences, SUM(weight) FROM election_papers WHERE "
                                   "election_id = :election GROUP BY preferences ORDER BY "
                                   "preferences"));
    query.bind(QStringLiteral(":election"), electionId);
    if (auto done = query.exec(); !done)
        return done.error();
    while (query.next()) {
        domain::BltBallot ballot;
        ballot.weight = query.value(1).toLongLong();
        for (int position : preferencesFrom(query.value(0).toString()))
            ballot.preferences.append(position - 1);
        blt.ballots.append(ballot);
    }
    return blt;
}

Result<qint64> ElectionRepository::rollSize(qint64 electionId) const
{
    Statement query(m_file.connection(),
                    QStringLiteral("SELECT COUNT(*) FROM election_rolls WHERE election_id = :election"));
    query.bind(QStringLiteral(":election"), electionId);
    if (auto done = query.exec(); !done)
        return done.error();
    return query.next() ? query.value(0).toLongLong() : 0;
}

Result<std::pair<qint64, qint64>> ElectionRepository::turnout(qint64 electionId) const
{
    Statement query(
        m_file.connection(),
        QStringLiteral("SELECT (SELECT COUNT(*) FROM election_voters WHERE election_id = :e1), "
                       "(SELECT COALESCE(SUM(weight), 0) FROM election_papers WHERE election_id = :e2)"));
    query.bind(QStringLiteral(":e1"), electionId).bind(QStringLiteral(":e2"), electionId);
    if (auto done = query.exec(); !done)
        return done.error();
    if (!query.next())
        return databaseError(query.lastError());
    return std::pair { query.value(0).toLongLong(), query.value(1).toLongLong() };
}

Result<QJsonObject> ElectionRepository::countNow(const Election& election, QStringList& working) const
{
    const auto blt = exportBlt(election.id);
    if (!blt)
        return blt.error();
    if (election.method == domain::ElectionMethod::Plurality) {
        const auto counted = domain::Stv::countPlurality(*blt, election.seed);
        if (!counted)
            return counted.error();
        working = domain::Stv::describe(*counted);
        return pluralityCountJson(*counted);
    }
    const auto counted = domain::Stv::count(*blt, election.seed);
    if (!counted)
        return counted.error();
    working = domain::Stv::describe(*counted);
    return stvCountJson(*counted);
}

Result<ElectionResult> ElectionRepository::result(qint64 electionId) const
{
    const auto election = this->election(electionId);
    if (!election)
        return election.error();
    if (auto allowed = checkState(*election, domain::VoteAction::Read); !allowed)
        return allowed.error();
    ElectionResult result;
    if (election->state == VoteState::Closed) {
        auto stored = storedResult(m_file.connection(), CountedVote::Election, electionId);
        if (!stored)
            return stored.error();
        result.isDeclared = true;
        result.json = std::move(stored).value();
        result.working = workingOf(result.json);
    } else {
        auto counted = countNow(*election, result.working);
        if (!counted)
            return counted.error();
        result.json = std::move(counted).value();
    }
    for (const QJsonValue& name : result.json.value(QStringLiteral("elected")).toArray())
        result.elected.append(name.toString());
    return result;
}

Result<Election> ElectionRepository::close(qint64 electionId)
{
    const Outcome outcome = m_file.inTransaction([&]() -> Outcome {
        const auto election = this->election(electionId);
        if (!election)
            return election.error();
        if (auto allowed = checkState(*election, domain::VoteAction::Vote); !allowed)
            return allowed;
        QStringList working;
        auto counted = countNow(*election, working);
        if (!counted)
            return counted.error();
        QJsonObject json = std::move(counted).value();
        const QString now = m_file.recordingTimeText();
        json.insert(QStringLiteral("working"), QJsonArray::fromStringList(working));
        json.insert(QStringLiteral("declared_at"), now);
        json.insert(QStringLiteral("roll_fingerprint"), QString::fromLatin1(election->rollFingerprint));
        json.insert(QStringLiteral("rule_version"), domain::tallyRuleVersion);
        Statement update(
            m_file.connection(),
            QStringLiteral("UPDATE elections SET state = 'closed', closed_at = :now, result_json = "
                           ":json, rule_version = :version WHERE id = :id"));
        update.bind(QStringLiteral(":now"), now)
            .bind(QStringLiteral(":json"),
                  QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)))
            .bind(QStringLiteral(":version"), domain::tallyRuleVersion)
            .bind(QStringLiteral(":id"), electionId);
        if (auto done = update.exec(); !done)
            return done;
        return m_file.audit(QStringLiteral("election.close"), QStringLiteral("election"),
                            QString::number(electionId),
                            { { QStringLiteral("state"), QStringLiteral("open") } },
                            { { QStringLiteral("state"), QStringLiteral("closed") },
                              { QStringLiteral("elected"), json.value(QStringLiteral("elected")) } });
    });
    if (!outcome)
        return outcome.error();
    m_file.clearWriteAheadLog(); // in case a reader kept the log in use when the last paper was filed
    return this->election(electionId);
}

} // namespace mutualise::storage
