#pragma once

#include "domain/Error.h"
#include "domain/Fraction.h"
#include "domain/Roll.h"
#include "domain/Vote.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

// The count of a motion. It works in the exact fractions of Fraction.h, against the roll frozen as
// voting opened (Roll.h); TallyWorking.h writes it out step by step for the minutes.

namespace mutualise::domain {

// The version of the counting rules below, recorded with every result so that a result can be
// recounted under the rules it was declared under. Raise it whenever a count could come out differently.
constexpr int tallyRuleVersion = 1;

enum class MotionOutcome
{
    Carried,
    Defeated,
    Void, // the meeting was not quorate: no decision was made, whatever the votes
};

// Keys "carried", "defeated", "void", and translated labels.
QString motionOutcomeKey(MotionOutcome outcome);
std::optional<MotionOutcome> motionOutcomeFromKey(QStringView key);
QString motionOutcomeLabel(MotionOutcome outcome);

// How many roll members made one choice, and the weight they carry.
//
// Weights: under one member, one vote and share weighting, a whole number: the sum of the members'
// roll weights. Under class weighting, the exact share of the whole vote, between 0 and 1; reports
// show it as a percentage of the whole with Fraction::toPercent(), beside the exact fraction.
// Abstentions carry no weight under class weighting (0): a class's share is divided among its votes
// cast only, so an abstaining member neither helps nor hinders.
struct ChoiceTotal
{
    qint64 members = 0;
    Fraction weight;

    bool operator==(const ChoiceTotal&) const = default;
};

// One class in a class-weighted count.
struct ClassTally
{
    qint64 classId = 0;
    int agreedBasisPoints = 0; // the class's share of the vote in the motion's rules
    qint64 eligibleMembers = 0;
    qint64 membersFor = 0;
    qint64 membersAgainst = 0;
    qint64 membersAbstaining = 0;
    // The class's agreed share scaled up over the classes that cast votes (its agreed share / their
    // agreed shares together); 0 when nobody in the class voted for or against and it dropped out.
    Fraction scaledShare;
    Fraction forShare; // scaledShare x for / (for + against)
    Fraction againstShare; // scaledShare x against / (for + against)

    bool isCounted() const { return membersFor + membersAgainst > 0; }
    bool operator==(const ClassTally&) const = default;
};

// quorum: required = max(minimum members, ceil(basis points x eligible members / 10,000)).
struct QuorumCheck
{
    QuorumRule rule;
    qint64 eligibleMembers = 0;
    qint64 fromShare = 0; // ceil(rule.basisPoints x eligibleMembers / 10,000)
    qint64 required = 0;
    // Distinct roll members who attended (present or by proxy) or cast any ballot, abstentions
    // included. Nobody off the roll counts.
    qint64 participating = 0;

    bool isQuorate() const { return participating >= required; }
    bool operator==(const QuorumCheck&) const = default;
};

// The threshold's test, written as `votes for <comparison> bar`:
//   ordinary   for >  against
//   special    for >= 3/4 x votes cast
//   two-thirds for >= 2/3 x votes cast
//   unanimous  for >= votes cast (that is, nobody against)
//   absolute   for >  1/2 x eligible weight
// and in every case at least one vote must have been cast: with no votes cast nothing carries.
struct ThresholdTest
{
    enum class Comparison
    {
        GreaterThan,
        AtLeast,
    };

    Threshold threshold = Threshold::Ordinary;
    Fraction votesFor;
    Comparison comparison = Comparison::GreaterThan;
    Fraction bar;
    bool isMet = false; // votes were cast and the comparison holds

    bool operator==(const ThresholdTest&) const = default;
};

// The whole count of one motion: every figure a reader needs to redo the arithmetic.
struct Tally
{
    int ruleVersion = tallyRuleVersion;
    VotingScheme scheme = VotingScheme::OneMemberOneVote;
    qint64 eligibleMembers = 0;
    // The roll's total weight; under class weighting the whole, 1.
    Fraction eligibleWeight;
    ChoiceTotal votesFor;
    ChoiceTotal votesAgainst;
    ChoiceTotal abstentions;
    // Votes cast are votes for plus votes against; abstentions are recorded but are not votes cast.
    Fraction votesCast;
    QuorumCheck quorum;
    ThresholdTest test;
    QList<ClassTally> classes; // class-weighted only, by class id
    MotionOutcome outcome = MotionOutcome::Defeated;

    bool hasVotesCast() const { return !votesCast.isZero(); }
    bool operator==(const Tally&) const = default;
};

// Counts the ballots on a motion against the roll frozen for it. `attended` holds the member numbers
// of those present or represented by proxy; a member there with no ballot counts for the quorum only,
// and numbers not on the roll are ignored. The roll must have been frozen under the same rules.
//
// Rules: "not-eligible" (a ballot from someone not on the roll), "voted-twice", "roll-altered" (the
// roll no longer matches its fingerprint or total), "tally-overflow", and those of
// validateMotionRules and checkClassShares.
Result<Tally> countVotes(const VoterRoll& roll, const MotionRules& rules, const QList<CastBallot>& ballots,
                         const QSet<QString>& attended);

// Counts a secret ballot, which keeps who voted (`voted`, member numbers) apart from how (`totals`, by
// class and choice). The same rules as countVotes, and the totals must agree with the roll: in each
// class, as many members as voted there, and the sum of their roll weights (rule "totals-mismatch").
// Unless the count is by class, the totals may also be kept for all classes together, as class 0.
// Given the same votes, both counts give the same Tally.
Result<Tally> countSecretVotes(const VoterRoll& roll, const MotionRules& rules,
                               const QList<BallotTotal>& totals, const QStringList& voted,
                               const QSet<QString>& attended);

} // namespace mutualise::domain
