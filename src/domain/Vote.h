#pragma once

#include "Error.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace mutualise::domain {

// What a motion needs to carry. Every test compares whole numbers or exact fractions; see Tally.h.
enum class Threshold
{
    Ordinary, // more votes for than against
    Special, // at least 75% of votes cast
    TwoThirds, // at least two-thirds of votes cast
    Unanimous, // no vote against, at least one for
    AbsoluteMajority, // more than half of the whole eligible weight, whether it voted or not
};

enum class VotingScheme
{
    OneMemberOneVote, // "a slice of the cake irrespective of size": one vote each
    ShareWeighted, // one vote per share held, with an optional cap on any one member's share of the vote
    ClassWeighted, // each class's votes scaled to the class's agreed share of the whole
};

enum class Choice
{
    For,
    Against,
    Abstain,
};

enum class BallotMethod
{
    InPerson,
    Post,
    Online,
    Proxy,
};

enum class Attendance
{
    Present,
    Proxy,
    Apologies, // sent apologies: recorded, but not present, so not counted towards the quorum
};

// Stable keys stored in files and printed by the CLI, and translated labels for people:
//   Threshold     "ordinary", "special", "two-thirds", "unanimous", "absolute"
//   VotingScheme  "omov", "shares", "classes"
//   Choice        "for", "against", "abstain"
//   BallotMethod  "person", "post", "online", "proxy"
//   Attendance    "present", "proxy", "apologies"
QString thresholdKey(Threshold threshold);
std::optional<Threshold> thresholdFromKey(QStringView key);
QString thresholdLabel(Threshold threshold);
QList<Threshold> allThresholds();

QString votingSchemeKey(VotingScheme scheme);
std::optional<VotingScheme> votingSchemeFromKey(QStringView key);
QString votingSchemeLabel(VotingScheme scheme);
QList<VotingScheme> allVotingSchemes();

QString choiceKey(Choice choice);
std::optional<Choice> choiceFromKey(QStringView key);
QString choiceLabel(Choice choice);
QList<Choice> allChoices();

QString ballotMethodKey(BallotMethod method);
std::optional<BallotMethod> ballotMethodFromKey(QStringView key);
QString ballotMethodLabel(BallotMethod method);
QList<BallotMethod> allBallotMethods();

QString attendanceKey(Attendance attendance);
std::optional<Attendance> attendanceFromKey(QStringView key);
QString attendanceLabel(Attendance attendance);
QList<Attendance> allAttendances();

// How many members must take part for a vote to count: the larger of a fixed number and a share of
// the eligible members, the share rounded up (10% of 41 members is 4.1, so 5 are needed).
struct QuorumRule
{
    int minimumMembers = 0;
    int basisPoints = 0; // of the eligible members; 0 to 10,000

    bool operator==(const QuorumRule&) const = default;
};

// The rules a motion is decided by, fixed when voting opens.
struct MotionRules
{
    Threshold threshold = Threshold::Ordinary;
    VotingScheme scheme = VotingScheme::OneMemberOneVote;
    // Share-weighted only: the most any one member's weight may be, in basis points of all the shares
    // held by eligible members; 0 means no cap.
    int capBasisPoints = 0;
    // Class-weighted only: each class's agreed share of the whole vote, in basis points, by class id.
    // Every share is positive and together they make 10,000.
    QHash<qint64, int> classShares;
    QuorumRule quorum;

    bool operator==(const MotionRules&) const = default;
};

// The checks that need only the rules: a quorum share and cap within 0-100%, a minimum that is not
// negative and, for a class-weighted motion, class shares that are positive and make 100%. Rules
// "invalid-quorum", "invalid-cap", "class-shares"; Error::field names the field at fault. A class is
// named in a message by its name in `classNames` (class id -> name), or by its id when not there.
Outcome validateMotionRules(const MotionRules& rules, const QHash<qint64, QString>& classNames = {});

// How a message names a class: "\"Employee\"" from `classNames`, or "number 2" when its name is not known.
QString classInMessage(qint64 classId, const QHash<qint64, QString>& classNames);

// A member eligible to vote on the record date, as the register and the share ledger tell it.
struct Voter
{
    QString memberNumber;
    qint64 classId = 0;
    qint64 shares = 0; // held at the end of the record date

    bool operator==(const Voter&) const = default;
};

// One line of a frozen voter roll.
struct RollEntry
{
    QString memberNumber;
    qint64 classId = 0;
    qint64 shares = 0; // as on the record date, for the record; `weight` is what counts
    qint64 weight = 0; // 1 under one member, one vote and class weighting; capped shares when by shares

    bool operator==(const RollEntry&) const = default;
};

// The eligible voters and their weights, frozen when voting opens so that nothing done to the register
// afterwards changes the count. Built by freezeRoll (Tally.h), which documents the fingerprint.
struct VoterRoll
{
    // In register order: shorter member numbers first, then by text ("2", "12", "1042", "C001").
    QList<RollEntry> entries;
    qint64 totalWeight = 0;
    QByteArray fingerprint; // lower-case hex SHA-256 of the roll's canonical text

    bool operator==(const VoterRoll&) const = default;
};

// A ballot as the count sees it. How it was cast (in person, by post, ...) does not change the count.
struct CastBallot
{
    QString memberNumber;
    Choice choice = Choice::Abstain;

    bool operator==(const CastBallot&) const = default;
};

// How the members of one class voted one way, without saying who: the form in which a secret ballot
// keeps its choices, apart from the record of who voted.
struct BallotTotal
{
    qint64 classId = 0;
    Choice choice = Choice::Abstain;
    qint64 members = 0;
    qint64 weight = 0; // the sum of those members' roll weights

    bool operator==(const BallotTotal&) const = default;
};

} // namespace mutualise::domain
