#pragma once

#include "Election.h"
#include "Meeting.h"
#include "Mutual.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace mutualise::domain {

struct DemoOptions;
struct DemoPlan;

// What a demo motion decides, when it decides something the money side of the demo depends on.
enum class DemoMotionPurpose
{
    Other,
    SurplusAllocation, // approves the allocation of financialYear's surplus (and its grants, when the
                       // meeting has no Grants motion)
    Grants, // approves the grants from the fund made with financialYear's allocation
};

// A motion of the demo mutual, with how warmly the members take to it.
struct DemoMotion
{
    Motion motion; // meetingId and proposer/seconder left for the writer to fill
    int supportPerMille = 700; // of those who vote, roughly how many in a thousand vote for
    int turnoutPerMille = 550; // of those eligible, roughly how many in a thousand vote
    DemoMotionPurpose purpose = DemoMotionPurpose::Other;
    int financialYear = 0; // the year a SurplusAllocation or Grants motion is about
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

// The demo's past AGMs, one a year: the latest with a motion under each voting scheme (one by secret
// ballot) and a board election by STV, the one before with the accounts. Every AGM held after a
// financial year in which the mutual traded for three months or more also approves that year's surplus
// allocation and the grants from the fund (financialYearForAgm), by large majorities so that they are
// carried (where fewer than 100 are eligible, 85% of them vote); a mutual with fewer than 20 members
// eligible on the record date makes no such motions, for its quorum of 10 is not sure to be met. In a mutual
// of 1,000 members or more, the AGMs before the last two approve the allocation and its grants in one motion
// on which three in ten vote: every motion stores a roll of the whole register, and this keeps a
// 100,000-member demo quick to write. Nothing when the history is too short.
QList<DemoMeeting> planDemoMeetings(const DemoPlan& plan, const DemoOptions& options);

// The financial year (the calendar year it starts in) whose surplus an AGM held on `heldOn` allocates:
// the latest year that ended at least 60 days before the meeting, for the accounts are ready by then.
int financialYearForAgm(const Mutual& mutual, const QDate& heldOn);
// "2024/25" for a year that spans two calendar years, "2024" for one that does not.
QString financialYearLabel(const Mutual& mutual, int year);

// Whether a member votes on the demo's motion `motionIndex` and how; the same answer for the same
// seed every time.
std::optional<Choice> demoChoice(quint64 seed, int motionIndex, const QString& memberNumber,
                                 int supportPerMille, int turnoutPerMille = 550);
BallotMethod demoMethod(quint64 seed, int motionIndex, const QString& memberNumber);
// Whether the member came to the meeting in person.
bool demoAttends(quint64 seed, int meetingIndex, const QString& memberNumber);
// A member's paper in the demo's election: candidate positions from 1 in order of preference, or
// nothing when the member did not vote.
std::optional<QList<int>> demoRanking(quint64 seed, const QString& memberNumber, int candidates);

} // namespace mutualise::domain
