#pragma once

#include "domain/Meeting.h"
#include "domain/Tally.h"
#include "storage/MutualFile.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSet>

#include <optional>

namespace mutualise::storage {

// A ballot as a person or a file gives it.
struct BallotInput
{
    QString memberNumber;
    domain::Choice choice = domain::Choice::Abstain;
    domain::BallotMethod method = domain::BallotMethod::InPerson;
    // With BallotMethod::Proxy: the member who holds the proxy and casts the vote; empty for the chair.
    QString proxyNumber;
    int line = 0; // the line of an imported file, named in messages; 0 otherwise
};

// A ballot as listed: the choice only for an open (not secret) ballot.
struct BallotRow
{
    QString memberNumber;
    QString memberName;
    std::optional<domain::Choice> choice;
    domain::BallotMethod method = domain::BallotMethod::InPerson;
    QString proxyNumber;
    QDateTime castAt;
};

// A motion's result: declared and stored when voting closed, or worked out now while voting is open.
struct MotionResult
{
    bool isDeclared = false;
    // What the CLI prints with --json and what is stored on closing: "eligible", "for", "against",
    // "abstain" ({"members", "weight"}), "votes_cast", "quorum" ({"required", "participating", "met",
    // ...}), "threshold", "outcome" ("carried", "defeated", "void"), "roll" ({"fingerprint",
    // "total_weight", "record_date"}), "rule_version", "working" (the sentences of describeWorking).
    QJsonObject json;
    QStringList working;
    domain::MotionOutcome outcome = domain::MotionOutcome::Defeated;
};

// Motions, their voting and results. Every change is one transaction with its audit entry; a
// secret ballot's audit entry says who voted, never how.
//
// Rules: those of domain::validateMotion, domain::freezeRoll and domain::countVotes; of
// domain::checkVoteState ("motion-not-draft", "motion-not-open"); of domain::checkRecordDate
// ("invalid-date", "future-date"); of domain::checkMotionVoter ("not-eligible", "voted-twice") and
// domain::checkProxyBallot ("no-proxy", "wrong-proxy", "proxy-direction", "not-a-proxy-ballot"); and,
// for rows the file lacks, "unknown-meeting", "unknown-motion", "unknown-member", "unknown-class".
class MotionRepository
{
public:
    explicit MotionRepository(MutualFile& file);

    Result<domain::Motion> add(const domain::Motion& motion);
    Result<domain::Motion> update(const domain::Motion& motion);
    Result<domain::Motion> motion(qint64 id) const;
    // In meeting order (oldest first), then as added; all meetings' when `meetingId` is nothing.
    Result<QList<domain::Motion>> all(std::optional<qint64> meetingId = std::nullopt) const;

    // Freezes the roll (members eligible on the record date, weighed by the motion's scheme with the
    // shares they held at the end of that day) and opens voting.
    Result<domain::Motion> open(qint64 motionId, const QDate& recordDate);
    Result<domain::VoterRoll> roll(qint64 motionId) const;
    // The roll that opening voting with this record date would freeze, for a look before opening.
    Result<domain::VoterRoll> previewRoll(qint64 motionId, const QDate& recordDate) const;
    // Deletes a draft; a motion whose voting has opened stays in the record.
    domain::Outcome remove(qint64 motionId);

    // Returns when the ballot was recorded.
    Result<QDateTime> castBallot(qint64 motionId, const BallotInput& ballot);
    // All the ballots or none: the first refused names its line. Returns how many were recorded.
    Result<qint64> importBallots(qint64 motionId, const QList<BallotInput>& ballots);
    // In the order cast for open ballots; in register order, without choices, for secret ones.
    Result<QList<BallotRow>> ballots(qint64 motionId) const;

    Result<MotionResult> result(qint64 motionId) const;
    // Counts the votes, stores the result with the rule version that produced it, and closes voting.
    Result<domain::Motion> close(qint64 motionId);

private:
    // The count as it stands, while voting is open or as it closes.
    Result<QJsonObject> countNow(const domain::Motion& motion) const;
    Result<domain::Tally> countSecret(const domain::Motion& motion, const domain::VoterRoll& roll,
                                      const QSet<QString>& attended) const;

    MutualFile& m_file;
};

} // namespace mutualise::storage
