#include "domain/Tally.h"

#include "domain/Counts.h"

#include <QCoreApplication>
#include <QMap>

#include <algorithm>
#include <array>

namespace mutualise::domain {

namespace {

constexpr qint64 wholeInBasisPoints = 10'000;

Error tallyError(const QString& message, const char* rule, const char* field = "")
{
    return Error { message, QString::fromLatin1(rule), QString::fromLatin1(field) };
}

} // namespace

// --- Outcome keys

QString motionOutcomeKey(MotionOutcome outcome)
{
    switch (outcome) {
    case MotionOutcome::Carried:
        return QStringLiteral("carried");
    case MotionOutcome::Defeated:
        return QStringLiteral("defeated");
    case MotionOutcome::Void:
        return QStringLiteral("void");
    }
    Q_UNREACHABLE();
    return {};
}

std::optional<MotionOutcome> motionOutcomeFromKey(QStringView key)
{
    for (const MotionOutcome outcome :
         { MotionOutcome::Carried, MotionOutcome::Defeated, MotionOutcome::Void }) {
        if (key == motionOutcomeKey(outcome))
            return outcome;
    }
    return std::nullopt;
}

QString motionOutcomeLabel(MotionOutcome outcome)
{
    switch (outcome) {
    case MotionOutcome::Carried:
        return QCoreApplication::translate("Tally", "Carried");
    case MotionOutcome::Defeated:
        return QCoreApplication::translate("Tally", "Defeated");
    case MotionOutcome::Void:
        return QCoreApplication::translate("Tally", "Void");
    }
    Q_UNREACHABLE();
    return {};
}

// --- Counting

namespace {

// How one class voted: for each choice, how many members and the sum of their roll weights.
struct ClassVotes
{
    std::array<qint64, 3> members {};
    std::array<qint64, 3> weight {};
};
using VotesByClass = QMap<qint64, ClassVotes>;

// For, Against, Abstain are 0, 1, 2: a choice's place in the arrays of ClassVotes.
std::size_t indexOf(Choice choice)
{
    static_assert(static_cast<int>(Choice::For) == 0 && static_cast<int>(Choice::Abstain) == 2);
    return static_cast<std::size_t>(choice);
}

Error totalsError(const QString& message)
{
    return tallyError(message, "totals-mismatch", "totals");
}

QHash<QString, qsizetype> rollPositions(const VoterRoll& roll)
{
    QHash<QString, qsizetype> positions;
    positions.reserve(roll.entries.size());
    for (qsizetype i = 0; i < roll.entries.size(); ++i)
        positions.insert(roll.entries.at(i).memberNumber, i);
    return positions;
}

// `positions` is rollPositions(roll): fewer positions than entries means a number appears twice.
Outcome checkRollIntact(const VoterRoll& roll, const QHash<QString, qsizetype>& positions)
{
    const Result<qint64> total = totalWeightOf(roll.entries);
    const bool isIntact = total && *total == roll.totalWeight && positions.size() == roll.entries.size()
        && rollFingerprint(roll.entries, roll.totalWeight) == roll.fingerprint;
    if (!isIntact)
        return tallyError(QCoreApplication::translate("Tally",
                                                      "The voter roll no longer matches its fingerprint; it "
                                                      "has been changed since voting opened."),
                          "roll-altered");
    return ok();
}

// Who voted, in roll order: each voter must be on the roll, and vote once.
Result<QList<bool>> votersOnRoll(const VoterRoll& roll, const QHash<QString, qsizetype>& positions,
                                 const QStringList& numbers)
{
    QList<bool> hasVoted(roll.entries.size(), false);
    for (const QString& number : numbers) {
        const auto position = positions.constFind(number);
        if (position == positions.cend())
            return tallyError(QCoreApplication::translate(
                                  "Tally", "Member %1 is not on the roll for this vote, so cannot vote.")
                                  .arg(number),
                              "not-eligible", "memberNumber");
        if (hasVoted.at(*position))
            return tallyError(
                QCoreApplication::translate("Tally", "Member %1 has already voted on this motion.")
                    .arg(number),
                "voted-twice", "memberNumber");
        hasVoted[*position] = true;
    }
    return hasVoted;
}

Outcome addVote(ClassVotes& votes, Choice choice, qint64 members, qint64 weight)
{
    qint64& memberTotal = votes.members[indexOf(choice)];
    qint64& weightTotal = votes.weight[indexOf(choice)];
    if (__builtin_add_overflow(memberTotal, members, &memberTotal)
        || __builtin_add_overflow(weightTotal, weight, &weightTotal))
        return tallyOverflowError();
    return ok();
}

// Open ballots, added up by class and choice. Every ballot is from a roll member who voted once.
Result<VotesByClass> openVotesByClass(const VoterRoll& roll, const QHash<QString, qsizetype>& positions,
                                      const QList<CastBallot>& ballots)
{
    VotesByClass votes;
    for (const CastBallot& ballot : ballots) {
        const RollEntry& entry = roll.entries.at(positions.value(ballot.memberNumber));
        if (const Outcome added = addVote(votes[entry.classId], ballot.choice, 1, entry.weight); !added)
            return added.error();
    }
    return votes;
}

Result<VotesByClass> secretVotesByClass(const QList<BallotTotal>& totals)
{
    VotesByClass votes;
    for (const BallotTotal& total : totals) {
        if (total.members < 0 || total.weight < 0)
            return totalsError(
                QCoreApplication::translate("Tally", "A total of %1 members weighing %2 cannot be counted.")
                    .arg(total.members)
                    .arg(total.weight));
        if (const Outcome added = addVote(votes[total.classId], total.choice, total.members, total.weight);
            !added)
            return added.error();
    }
    return votes;
}

std::optional<qint64> sumOf(const std::array<qint64, 3>& parts)
{
    qint64 sum = 0;
    for (const qint64 part : parts) {
        if (__builtin_add_overflow(sum, part, &sum))
            return std::nullopt;
    }
    return sum;
}

// A secret ballot's totals must account for exactly those who voted: in each class, their number and
// the sum of their roll weights.
// Unless the count is by class, the totals may be kept for all classes together (under class 0): then
// not even a class with a single voter shows how that member voted.
Outcome checkTotalsAgree(const VoterRoll& roll, const QList<bool>& hasVoted, const VotesByClass& byClass,
                         bool isByClass)
{
    VotesByClass totals;
    for (auto it = byClass.cbegin(); it != byClass.cend(); ++it) {
        ClassVotes& merged = totals[isByClass ? it.key() : 0];
        for (const Choice choice : allChoices()) {
            if (const Outcome added
                = addVote(merged, choice, it->members[indexOf(choice)], it->weight[indexOf(choice)]);
                !added)
                return added;
        }
    }
    QMap<qint64, std::pair<qint64, qint64>> expected; // by class: members, weight
    for (qsizetype i = 0; i < roll.entries.size(); ++i) {
        if (!hasVoted.at(i))
            continue;
        auto& [members, weight] = expected[isByClass ? roll.entries.at(i).classId : 0];
        ++members;
        weight += roll.entries.at(i).weight; // no more than the roll's total weight, which fits
    }
    for (auto it = totals.cbegin(); it != totals.cend(); ++it) {
        const auto [members, weight] = expected.value(it.key());
        const std::optional<qint64> countedMembers = sumOf(it->members);
        const std::optional<qint64> countedWeight = sumOf(it->weight);
        if (countedMembers != members || countedWeight != weight)
            return totalsError(QCoreApplication::translate("Tally",
                                                           "The totals for class %1 do not match those who "
                                                           "voted in it: %2 weighing %3.")
                                   .arg(it.key())
                                   .arg(memberCount(members))
                                   .arg(weight));
    }
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        if (!totals.contains(it.key()))
            return totalsError(QCoreApplication::translate(
                                   "Tally", "Members of class %1 voted, but there are no totals for it.")
                                   .arg(it.key()));
    }
    return ok();
}

// quorum: the larger of the fixed number and the share of eligible members, the share rounded up.
QuorumCheck checkQuorum(const VoterRoll& roll, const QuorumRule& rule, const QList<bool>& hasVoted,
                        const QSet<QString>& attended)
{
    QuorumCheck quorum;
    quorum.rule = rule;
    quorum.eligibleMembers = roll.entries.size();
    const WideInteger share = WideInteger(rule.basisPoints) * quorum.eligibleMembers;
    quorum.fromShare = static_cast<qint64>((share + wholeInBasisPoints - 1) / wholeInBasisPoints);
    quorum.required = std::max<qint64>(rule.minimumMembers, quorum.fromShare);
    // Distinct roll members only: a member who attended and voted counts once, a stranger never.
    for (qsizetype i = 0; i < roll.entries.size(); ++i) {
        if (hasVoted.at(i) || attended.contains(roll.entries.at(i).memberNumber))
            ++quorum.participating;
    }
    return quorum;
}

ChoiceTotal& totalFor(Tally& tally, Choice choice)
{
    switch (choice) {
    case Choice::For:
        return tally.votesFor;
    case Choice::Against:
        return tally.votesAgainst;
    case Choice::Abstain:
        return tally.abstentions;
    }
    Q_UNREACHABLE();
    return tally.abstentions;
}

// One member, one vote and share weighting: each choice weighs the sum of its members' roll weights.
Outcome countByWeight(const VoterRoll& roll, const VotesByClass& votes, Tally& tally)
{
    ClassVotes all;
    for (const ClassVotes& group : votes) {
        for (const Choice choice : allChoices()) {
            const std::size_t index = indexOf(choice);
            if (const Outcome added = addVote(all, choice, group.members[index], group.weight[index]); !added)
                return added;
        }
    }
    for (const Choice choice : allChoices())
        totalFor(tally, choice)
            = ChoiceTotal { all.members[indexOf(choice)], Fraction(all.weight[indexOf(choice)]) };
    tally.eligibleWeight = Fraction(roll.totalWeight);
    const std::optional<Fraction> cast = tally.votesFor.weight.plus(tally.votesAgainst.weight);
    if (!cast)
        return tallyOverflowError();
    tally.votesCast = *cast;
    return ok();
}

QMap<qint64, ClassTally> classMembership(const VoterRoll& roll, const MotionRules& rules,
                                         const VotesByClass& votes)
{
    QMap<qint64, ClassTally> classes;
    for (auto it = rules.classShares.cbegin(); it != rules.classShares.cend(); ++it) {
        const ClassVotes group = votes.value(it.key());
        classes.insert(it.key(),
                       ClassTally { it.key(),
                                    it.value(),
                                    0,
                                    group.members[indexOf(Choice::For)],
                                    group.members[indexOf(Choice::Against)],
                                    group.members[indexOf(Choice::Abstain)],
                                    {},
                                    {},
                                    {} });
    }
    for (const RollEntry& entry : roll.entries)
        ++classes[entry.classId].eligibleMembers;
    return classes;
}

// class weighting: a class that cast votes counts as its agreed share over the agreed shares of all
// the classes that cast votes, split between for and against as its members voted.
Outcome shareOutClass(ClassTally& group, qint64 countedBasisPoints)
{
    const qint64 cast = group.membersFor + group.membersAgainst;
    const std::optional<Fraction> scaled = Fraction::of(group.agreedBasisPoints, countedBasisPoints);
    const std::optional<Fraction> forPart = Fraction::of(group.membersFor, cast);
    const std::optional<Fraction> againstPart = Fraction::of(group.membersAgainst, cast);
    Q_ASSERT(scaled && forPart && againstPart);
    const std::optional<Fraction> forShare = scaled->times(*forPart);
    const std::optional<Fraction> againstShare = scaled->times(*againstPart);
    if (!forShare || !againstShare)
        return tallyOverflowError();
    group.scaledShare = *scaled;
    group.forShare = *forShare;
    group.againstShare = *againstShare;
    return ok();
}

Outcome addClass(const ClassTally& group, Tally& tally)
{
    tally.votesFor.members += group.membersFor;
    tally.votesAgainst.members += group.membersAgainst;
    tally.abstentions.members += group.membersAbstaining;
    const std::optional<Fraction> votesFor = tally.votesFor.weight.plus(group.forShare);
    const std::optional<Fraction> votesAgainst = tally.votesAgainst.weight.plus(group.againstShare);
    if (!votesFor || !votesAgainst)
        return tallyOverflowError();
    tally.votesFor.weight = *votesFor;
    tally.votesAgainst.weight = *votesAgainst;
    return ok();
}

// Class weighting: classes where nobody voted for or against drop out and the others' shares are
// scaled up to the whole. Within a class every member counts once, whatever its shares. Abstentions
// carry no weight: a class's share goes to its votes cast.
Outcome countByClass(const VoterRoll& roll, const MotionRules& rules, const VotesByClass& votes, Tally& tally)
{
    QMap<qint64, ClassTally> classes = classMembership(roll, rules, votes);
    qint64 countedBasisPoints = 0;
    for (const ClassTally& group : std::as_const(classes)) {
        if (group.isCounted())
            countedBasisPoints += group.agreedBasisPoints;
    }
    for (ClassTally& group : classes) {
        if (group.isCounted()) {
            if (const Outcome shared = shareOutClass(group, countedBasisPoints); !shared)
                return shared;
        }
        if (const Outcome added = addClass(group, tally); !added)
            return added;
    }
    tally.classes = classes.values();
    tally.eligibleWeight = Fraction(1); // the whole vote
    const std::optional<Fraction> cast = tally.votesFor.weight.plus(tally.votesAgainst.weight);
    if (!cast)
        return tallyOverflowError();
    tally.votesCast = *cast; // the whole when any class voted, otherwise nothing
    return ok();
}

std::optional<Fraction> partOf(const Fraction& whole, qint64 numerator, qint64 denominator)
{
    return whole.times(*Fraction::of(numerator, denominator));
}

// The threshold's bar and how "for" must compare with it; see ThresholdTest.
Result<ThresholdTest> testThreshold(Threshold threshold, const Tally& tally)
{
    ThresholdTest test;
    test.threshold = threshold;
    test.votesFor = tally.votesFor.weight;
    std::optional<Fraction> bar;
    switch (threshold) {
    case Threshold::Ordinary: // ordinary resolution: more votes for than against
        test.comparison = ThresholdTest::Comparison::GreaterThan;
        bar = tally.votesAgainst.weight;
        break;
    case Threshold::Special: // special resolution: at least 75% of votes cast
        test.comparison = ThresholdTest::Comparison::AtLeast;
        bar = partOf(tally.votesCast, 3, 4);
        break;
    case Threshold::TwoThirds: // at least two-thirds of votes cast
        test.comparison = ThresholdTest::Comparison::AtLeast;
        bar = partOf(tally.votesCast, 2, 3);
        break;
    case Threshold::Unanimous: // every vote cast is for: nobody against
        test.comparison = ThresholdTest::Comparison::AtLeast;
        bar = tally.votesCast;
        break;
    case Threshold::AbsoluteMajority: // more than half of all the eligible weight, voting or not
        test.comparison = ThresholdTest::Comparison::GreaterThan;
        bar = partOf(tally.eligibleWeight, 1, 2);
        break;
    }
    if (!bar)
        return tallyOverflowError();
    test.bar = *bar;
    const bool holds = test.comparison == ThresholdTest::Comparison::GreaterThan ? test.votesFor > test.bar
                                                                                 : test.votesFor >= test.bar;
    // With no votes cast nothing carries, whatever the threshold: 0 >= 75% of 0 is not a decision.
    test.isMet = tally.hasVotesCast() && holds;
    return test;
}

MotionOutcome outcomeOf(const Tally& tally)
{
    if (!tally.quorum.isQuorate())
        return MotionOutcome::Void; // an inquorate meeting decides nothing
    return tally.test.isMet ? MotionOutcome::Carried : MotionOutcome::Defeated;
}

Outcome checkCountable(const VoterRoll& roll, const QHash<QString, qsizetype>& positions,
                       const MotionRules& rules)
{
    if (const Outcome valid = validateMotionRules(rules); !valid)
        return valid;
    if (const Outcome intact = checkRollIntact(roll, positions); !intact)
        return intact;
    return checkClassShares(roll, rules);
}

// The count itself, once the votes are known by class and choice and it is known who voted.
Result<Tally> countFrom(const VoterRoll& roll, const MotionRules& rules, const VotesByClass& votes,
                        const QList<bool>& hasVoted, const QSet<QString>& attended)
{
    Tally tally;
    tally.scheme = rules.scheme;
    tally.eligibleMembers = roll.entries.size();
    tally.quorum = checkQuorum(roll, rules.quorum, hasVoted, attended);
    const Outcome counted = rules.scheme == VotingScheme::ClassWeighted
        ? countByClass(roll, rules, votes, tally)
        : countByWeight(roll, votes, tally);
    if (!counted)
        return counted.error();
    const Result<ThresholdTest> test = testThreshold(rules.threshold, tally);
    if (!test)
        return test.error();
    tally.test = *test;
    tally.outcome = outcomeOf(tally);
    return tally;
}

} // namespace

Result<Tally> countVotes(const VoterRoll& roll, const MotionRules& rules, const QList<CastBallot>& ballots,
                         const QSet<QString>& attended)
{
    const QHash<QString, qsizetype> positions = rollPositions(roll);
    if (const Outcome countable = checkCountable(roll, positions, rules); !countable)
        return countable.error();
    QStringList numbers;
    numbers.reserve(ballots.size());
    for (const CastBallot& ballot : ballots)
        numbers.append(ballot.memberNumber);
    const Result<QList<bool>> hasVoted = votersOnRoll(roll, positions, numbers);
    if (!hasVoted)
        return hasVoted.error();
    const Result<VotesByClass> votes = openVotesByClass(roll, positions, ballots);
    if (!votes)
        return votes.error();
    return countFrom(roll, rules, *votes, *hasVoted, attended);
}

Result<Tally> countSecretVotes(const VoterRoll& roll, const MotionRules& rules,
                               const QList<BallotTotal>& totals, const QStringList& voted,
                               const QSet<QString>& attended)
{
    const QHash<QString, qsizetype> positions = rollPositions(roll);
    if (const Outcome countable = checkCountable(roll, positions, rules); !countable)
        return countable.error();
    const Result<QList<bool>> hasVoted = votersOnRoll(roll, positions, voted);
    if (!hasVoted)
        return hasVoted.error();
    const Result<VotesByClass> votes = secretVotesByClass(totals);
    if (!votes)
        return votes.error();
    const bool isByClass = rules.scheme == VotingScheme::ClassWeighted;
    if (const Outcome agreed = checkTotalsAgree(roll, *hasVoted, *votes, isByClass); !agreed)
        return agreed.error();
    return countFrom(roll, rules, *votes, *hasVoted, attended);
}

} // namespace mutualise::domain
