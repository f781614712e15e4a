#pragma once

#include "Error.h"
#include "Meeting.h"
#include "Member.h"
#include "Vote.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace mutualise::domain {

// Who takes part in a meeting, who may vote on its motions and in its elections, and who may hold a
// proxy. Storage gathers the facts (the register, the frozen roll, who has voted, the appointments);
// these functions apply the rules to them.

// Rule "not-a-voter": only members admitted by the day and neither suspended nor ceased on it attend a
// meeting, appoint a proxy or hold one (see isVotingMemberOn).
Outcome checkVotingMember(const Member& member, const QDate& day);

// What an appointment of a proxy needs from the register and the meeting's other appointments.
struct ProxyFacts
{
    Member member; // the member appointing
    // The member appointed, when the appointment names one and the register has it.
    std::optional<Member> holder;
    qint64 heldAlready = 0; // the other members whose proxies the holder holds at this meeting
};

// Rules "not-a-voter" (the member or the holder), "own-proxy" (a member cannot be its own proxy),
// "unknown-member" (the appointment names a member the register does not have) and "proxy-limit" (the
// meeting's limit on proxies one person holds; the chair may hold any number).
Outcome checkProxyAppointment(const Meeting& meeting, const ProxyAppointment& appointment,
                              const ProxyFacts& facts);

// Where a would-be voter stands, as the frozen roll and the register tell it.
enum class RollStanding
{
    OnRoll,
    NotOnRoll, // a member, but not eligible on the record date
    NotAMember, // no member has the number
};

// One would-be voter, and whether and when it has voted on this motion or in this election.
struct VoterFacts
{
    QString number; // as the roll spells it when on the roll, otherwise as given
    RollStanding standing = RollStanding::OnRoll;
    std::optional<int> votedOnLine; // voted earlier in the same batch: its line (0 when not from a file)
    std::optional<QDateTime> votedAt; // voted before the batch, at this moment
};

// One member, one vote, on the roll frozen at the record date. Rules "unknown-member", "not-eligible"
// and "voted-twice" (the message says where or when).
Outcome checkMotionVoter(const VoterFacts& voter, const QDate& recordDate);
// The same for an election's papers: rules "not-eligible" (whether or not a member) and "voted-twice".
Outcome checkElectionVoter(const VoterFacts& voter);

// What an election's roll leaves room for, as storage counts it.
struct PaperRoom
{
    qint64 electionId = 0;
    qint64 rollSize = 0; // members on the roll frozen when voting opened
    qint64 papersRecorded = 0; // named and imported; a .blt line counts as its weight
};

// Where the papers come from, for the message.
enum class PaperSource
{
    File, // an imported .blt file: papers that name no voter
    Entered, // papers recorded for named members
};

// Rule "too-many-papers": one member, one paper, so an election's papers never outnumber the members
// on its roll. An imported paper names no voter but stands for a member on the roll who has not yet
// voted, so the papers recorded and `incoming` together may not exceed the roll. A batch is judged
// whole.
Outcome checkPaperCount(qint64 incoming, const PaperRoom& room, PaperSource source);

// How a ballot on a motion says it was cast, with what the register says of the proxy it names.
struct BallotFacts
{
    QString voterNumber; // as the roll spells it
    Choice choice = Choice::Abstain;
    BallotMethod method = BallotMethod::InPerson;
    QString proxyNumber; // trimmed; empty for the chair, or when no proxy is named
    std::optional<qint64> proxyMemberId; // the member with proxyNumber; nothing when there is none
};

// A ballot cast by proxy is cast by the proxy the member appointed for the meeting (`appointment`,
// nothing when none), as the member directed. Rules "not-a-proxy-ballot" (a proxy named on a ballot
// not cast by proxy), "no-proxy", "unknown-member" (no member to hold the proxy), "wrong-proxy" and
// "proxy-direction".
Outcome checkProxyBallot(const BallotFacts& ballot, const std::optional<ProxyAppointment>& appointment);

// Rules "invalid-date" and "future-date": voting opens on a record date, the day whose register
// decides who may vote, and that day has come.
Outcome checkRecordDate(const QDate& recordDate, const QDate& today);
// Rule "invalid-date": a look at the roll before opening needs a date too, but any day will do.
Outcome checkPreviewDate(const QDate& recordDate);

} // namespace mutualise::domain
