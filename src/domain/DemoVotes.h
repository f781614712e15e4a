#pragma once

#include "Election.h"
#include "Meeting.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace mutualise::domain {

struct DemoOptions;
struct DemoPlan;

// A motion of the demo mutual, with how warmly the members take to it.
struct DemoMotion
{
    Motion motion; // meetingId and proposer/seconder left for the writer to fill
    int supportPerMille = 700; // of those who vote, roughly how many in a thousand vote for
};

struct DemoElection
{
    Election election;
    QStringList candidateNumbers; // members standing, in ballot order
};

// A past meeting of the demo mutual: its motions and perhaps an election, all voted on and declared.
struct DemoMeeting
{
    Meeting meeting;
    QDate recordDate;
    // Local times, so that the record reads as a meeting held on its day: voting opens on the record
    // date in the morning; the meeting starts in the evening and takes the motions one after another,
    // each declared when its vote is done (postal and online votes are filed with the room's); the
    // election's count is declared last.
    QDateTime votingOpensAt;
    QDateTime startsAt;
    QDateTime electionDeclaredAt;
    QList<DemoMotion> motions;
    std::optional<DemoElection> election;
};

// The demo's past AGMs: the latest with a motion under each voting scheme (one by secret ballot) and a
// board election by STV, the one before with a single motion. Nothing when the history is too short.
QList<DemoMeeting> planDemoMeetings(const DemoPlan& plan, const DemoOptions& options);

// Whether a member votes on the demo's motion `motionIndex` and how; the same answer for the same
// seed every time.
std::optional<Choice> demoChoice(quint64 seed, int motionIndex, const QString& memberNumber,
                                 int supportPerMille);
BallotMethod demoMethod(quint64 seed, int motionIndex, const QString& memberNumber);
// Whether the member came to the meeting in person.
bool demoAttends(quint64 seed, int meetingIndex, const QString& memberNumber);
// A member's paper in the demo's election: candidate positions from 1 in order of preference, or
// nothing when the member did not vote.
std::optional<QList<int>> demoRanking(quint64 seed, const QString& memberNumber, int candidates);

} // namespace mutualise::domain
