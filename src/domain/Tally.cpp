#include "Tally.h"

#include "Member.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QLocale>
#include <QMap>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace mutualise::domain {

namespace {

constexpr qint64 wholeInBasisPoints = 10'000;

Error tallyError(const QString& message, const char* rule, const char* field = "")
{
    return Error { message, QString::fromLatin1(rule), QString::fromLatin1(field) };
}

Error overflowError()
{
    return tallyError(
        QCoreApplication::translate("Tally", "The figures are too large to be counted exactly."),
        "tally-overflow");
}

WideInteger greatestCommonDivisor(WideInteger a, WideInteger b)
{
    while (b != 0) {
        const WideInteger remainder = a % b;
        a = b;
        b = remainder;
    }
    return a;
}

// The ordering of a / b against c / d (all non-negative, b and d positive) by comparing continued
// fractions: whole parts first, then the reciprocals of what is left. No product is ever formed, so
// nothing can overflow.
std::strong_ordering compareFractions(WideInteger a, WideInteger b, WideInteger c, WideInteger d)
{
    bool isReversed = false;
    const auto oriented
        = [&isReversed](std::strong_ordering order) { return isReversed ? 0 <=> order : order; };
    for (;;) {
        const WideInteger wholeLeft = a / b;
        const WideInteger wholeRight = c / d;
        if (wholeLeft != wholeRight)
            return oriented(wholeLeft <=> wholeRight);
        a %= b;
        c %= d;
        // Equal whole parts: nothing left over is less than something left over.
        if (a == 0 || c == 0)
            return oriented((a != 0) <=> (c != 0));
        // a/b and c/d are now both strictly between 0 and 1: the larger has the smaller reciprocal.
        std::swap(a, b);
        std::swap(c, d);
        isReversed = !isReversed;
    }
}

} // namespace

// --- Fraction

Fraction::Fraction(qint64 whole)
    : m_numerator(whole)
{
    Q_ASSERT(whole >= 0);
}

std::optional<Fraction> Fraction::of(WideInteger numerator, WideInteger denominator)
{
    if (denominator <= 0 || numerator < 0)
        return std::nullopt;
    const WideInteger divisor = greatestCommonDivisor(numerator, denominator);
    Fraction fraction;
    fraction.m_numerator = numerator / divisor;
    fraction.m_denominator = denominator / divisor;
    return fraction;
}

std::optional<Fraction> Fraction::plus(const Fraction& other) const
{
    const WideInteger divisor = greatestCommonDivisor(m_denominator, other.m_denominator);
    const WideInteger otherScale = other.m_denominator / divisor;
    WideInteger left = 0;
    WideInteger right = 0;
    WideInteger numerator = 0;
    WideInteger denominator = 0;
    if (__builtin_mul_overflow(m_numerator, otherScale, &left)
        || __builtin_mul_overflow(other.m_numerator, m_denominator / divisor, &right)
        || __builtin_add_overflow(left, right, &numerator)
        || __builtin_mul_overflow(m_denominator, otherScale, &denominator))
        return std::nullopt;
    return of(numerator, denominator);
}

std::optional<Fraction> Fraction::times(const Fraction& other) const
{
    // Cancel across first, so the product is already in lowest terms and as small as it can be.
    const WideInteger first = greatestCommonDivisor(m_numerator, other.m_denominator);
    const WideInteger second = greatestCommonDivisor(other.m_numerator, m_denominator);
    WideInteger numerator = 0;
    WideInteger denominator = 0;
    if (__builtin_mul_overflow(m_numerator / first, other.m_numerator / second, &numerator)
        || __builtin_mul_overflow(m_denominator / second, other.m_denominator / first, &denominator))
        return std::nullopt;
    return of(numerator, denominator);
}

std::strong_ordering operator<=>(const Fraction& left, const Fraction& right)
{
    return compareFractions(left.m_numerator, left.m_denominator, right.m_numerator, right.m_denominator);
}

double Fraction::toDouble() const
{
    return static_cast<double>(m_numerator) / static_cast<double>(m_denominator);
}

QString Fraction::toString() const
{
    if (isWhole())
        return wideIntegerText(m_numerator);
    return wideIntegerText(m_numerator) + u'/' + wideIntegerText(m_denominator);
}

QString wideIntegerText(WideInteger value)
{
    if (value == 0)
        return QStringLiteral("0");
    const bool isNegative = value < 0;
    QString digits;
    while (value != 0) {
        const WideInteger digit = value % 10;
        digits.prepend(QChar(u'0' + static_cast<char16_t>(isNegative ? -digit : digit)));
        value /= 10;
    }
    return isNegative ? u'-' + digits : digits;
}

// --- Freezing the roll

namespace {

Outcome checkVoters(const QList<Voter>& eligible)
{
    if (eligible.isEmpty())
        return tallyError(QCoreApplication::translate("Tally", "Nobody is eligible to vote."), "empty-roll");
    QSet<QString> seen;
    for (const Voter& voter : eligible) {
        // The canonical text of the fingerprint relies on numbers holding no tab or line break.
        if (!isValidMemberNumber(voter.memberNumber))
            return tallyError(QCoreApplication::translate("Tally", "\"%1\" is not a member number.")
                                  .arg(voter.memberNumber),
                              "invalid-number", "memberNumber");
        if (voter.shares < 0)
            return tallyError(QCoreApplication::translate("Tally", "Member %1 cannot hold %2 shares.")
                                  .arg(voter.memberNumber)
                                  .arg(voter.shares),
                              "invalid-shares", "shares");
        if (seen.contains(voter.memberNumber))
            return tallyError(QCoreApplication::translate("Tally", "Member %1 is on the roll twice.")
                                  .arg(voter.memberNumber),
                              "duplicate-voter", "memberNumber");
        seen.insert(voter.memberNumber);
    }
    return ok();
}

Result<qint64> sharesOf(const QList<Voter>& eligible)
{
    qint64 total = 0;
    for (const Voter& voter : eligible) {
        if (__builtin_add_overflow(total, voter.shares, &total))
            return overflowError();
    }
    return total;
}

// Share-weighted with a cap: no member may weigh more than this share of all eligible shares, in one
// pass and rounded down.
qint64 shareCap(qint64 totalShares, int capBasisPoints)
{
    const WideInteger cap = WideInteger(capBasisPoints) * totalShares / wholeInBasisPoints;
    return static_cast<qint64>(cap); // at most totalShares, so it fits
}

qint64 weightOf(const Voter& voter, const MotionRules& rules, std::optional<qint64> cap)
{
    if (rules.scheme != VotingScheme::ShareWeighted)
        return 1; // one member, one vote; class weighting scales whole classes in the count instead
    return cap ? std::min(voter.shares, *cap) : voter.shares;
}

// The register's order, as in `ORDER BY length(number), number`: fewer characters first, then by code
// point, so that "2" comes before "12" and "1042" before "C001".
QList<RollEntry> inRegisterOrder(QList<RollEntry> entries)
{
    QList<std::pair<QList<uint>, RollEntry>> keyed;
    keyed.reserve(entries.size());
    for (RollEntry& entry : entries)
        keyed.append({ entry.memberNumber.toUcs4(), std::move(entry) });
    std::sort(keyed.begin(), keyed.end(), [](const auto& left, const auto& right) {
        if (left.first.size() != right.first.size())
            return left.first.size() < right.first.size();
        return left.first < right.first;
    });
    QList<RollEntry> ordered;
    ordered.reserve(keyed.size());
    for (auto& [key, entry] : keyed)
        ordered.append(std::move(entry));
    return ordered;
}

Result<qint64> totalWeightOf(const QList<RollEntry>& entries)
{
    qint64 total = 0;
    for (const RollEntry& entry : entries) {
        if (__builtin_add_overflow(total, entry.weight, &total))
            return overflowError();
    }
    return total;
}

Error noWeightError(const MotionRules& rules, qint64 totalShares)
{
    if (rules.scheme == VotingScheme::ShareWeighted && rules.capBasisPoints > 0 && totalShares > 0)
        return tallyError(
            QCoreApplication::translate(
                "Tally",
                "A cap of %1% of the %2 shares held is less than one share, so nobody could "
                "vote; raise the cap.")
                .arg(QLocale().toString(rules.capBasisPoints / 100.0, 'f', QLocale::FloatingPointShortest),
                     QLocale().toString(totalShares)),
            "no-voting-weight", "capBasisPoints");
    return tallyError(QCoreApplication::translate(
                          "Tally", "Nobody eligible holds any shares, so nobody could vote by shares."),
                      "no-voting-weight");
}

Result<QList<RollEntry>> weighedEntries(const QList<Voter>& eligible, const MotionRules& rules)
{
    const Result<qint64> totalShares = sharesOf(eligible);
    if (!totalShares)
        return totalShares.error();
    std::optional<qint64> cap;
    if (rules.scheme == VotingScheme::ShareWeighted && rules.capBasisPoints > 0)
        cap = shareCap(*totalShares, rules.capBasisPoints);
    QList<RollEntry> entries;
    entries.reserve(eligible.size());
    for (const Voter& voter : eligible)
        entries.append({ voter.memberNumber, voter.classId, voter.shares, weightOf(voter, rules, cap) });
    const bool isWeightless = std::all_of(entries.cbegin(), entries.cend(),
                                          [](const RollEntry& entry) { return entry.weight == 0; });
    if (isWeightless)
        return noWeightError(rules, *totalShares);
    return inRegisterOrder(std::move(entries));
}

// Under class weighting, a class without an agreed share of the vote (investors, say) does not vote:
// its members are left off the roll rather than given votes that would count for nothing.
QList<Voter> votingUnder(const QList<Voter>& eligible, const MotionRules& rules)
{
    if (rules.scheme != VotingScheme::ClassWeighted)
        return eligible;
    QList<Voter> voting;
    for (const Voter& voter : eligible) {
        if (rules.classShares.value(voter.classId) > 0)
            voting.append(voter);
    }
    return voting;
}

QString percentText(qint64 basisPoints)
{
    return QLocale().toString(static_cast<double>(basisPoints) / 100.0, 'f', QLocale::FloatingPointShortest);
}

} // namespace

QByteArray rollFingerprint(const QList<RollEntry>& entries, qint64 totalWeight)
{
    QByteArray canonical;
    for (const RollEntry& entry : entries) {
        canonical += entry.memberNumber.toUtf8();
        canonical += '\t' + QByteArray::number(entry.classId);
        canonical += '\t' + QByteArray::number(entry.weight) + '\n';
    }
    canonical += "total\t" + QByteArray::number(totalWeight) + '\n';
    return QCryptographicHash::hash(canonical, QCryptographicHash::Sha256).toHex();
}

Result<VoterRoll> freezeRoll(const QList<Voter>& eligible, const MotionRules& rules)
{
    if (const Outcome valid = validateMotionRules(rules); !valid)
        return valid.error();
    if (const Outcome voters = checkVoters(eligible); !voters)
        return voters.error();
    Result<QList<RollEntry>> entries = weighedEntries(votingUnder(eligible, rules), rules);
    if (!entries)
        return entries.error();
    const Result<qint64> total = totalWeightOf(*entries);
    if (!total)
        return total.error();
    VoterRoll roll { std::move(entries).value(), *total, {} };
    roll.fingerprint = rollFingerprint(roll.entries, roll.totalWeight);
    if (const Outcome classes = checkClassShares(roll, rules); !classes)
        return classes.error();
    return roll;
}

Outcome checkClassShares(const VoterRoll& roll, const MotionRules& rules)
{
    if (rules.scheme != VotingScheme::ClassWeighted)
        return ok();
    QMap<qint64, qint64> membersByClass;
    for (const RollEntry& entry : roll.entries) {
        if (!rules.classShares.contains(entry.classId))
            return tallyError(QCoreApplication::translate(
                                  "Tally", "Member %1 is in class %2, which has no share of the vote.")
                                  .arg(entry.memberNumber)
                                  .arg(entry.classId),
                              "class-shares", "classShares");
        ++membersByClass[entry.classId];
    }
    QList<qint64> classIds = rules.classShares.keys();
    std::sort(classIds.begin(), classIds.end());
    for (const qint64 classId : classIds) {
        if (!membersByClass.contains(classId))
            return tallyError(QCoreApplication::translate(
                                  "Tally", "Class %1 has %2% of the vote, but nobody on the roll is in it.")
                                  .arg(classId)
                                  .arg(percentText(rules.classShares.value(classId))),
                              "class-shares", "classShares");
    }
    return ok();
}

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
        return overflowError();
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
                                                           "voted in it: %2 members weighing %3.")
                                   .arg(it.key())
                                   .arg(members)
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
        return overflowError();
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
        return overflowError();
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
        return overflowError();
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
        return overflowError();
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
        return overflowError();
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

// --- The working, in words

namespace {

QString wholeText(WideInteger value)
{
    if (value <= std::numeric_limits<qint64>::max())
        return QLocale().toString(static_cast<qint64>(value));
    return wideIntegerText(value);
}

// "278 1/2": the whole part with the locale's grouping, then what is left as a fraction.
QString mixedText(const Fraction& figure)
{
    const WideInteger whole = figure.numerator() / figure.denominator();
    const WideInteger rest = figure.numerator() % figure.denominator();
    if (rest == 0)
        return wholeText(whole);
    const QString part = wideIntegerText(rest) + u'/' + wideIntegerText(figure.denominator());
    return whole == 0 ? part : wholeText(whole) + u' ' + part;
}

// "56.67%": rounded for reading only; the exact fraction is always shown beside it.
QString percentOfWholeText(const Fraction& share)
{
    const double percent = std::round(share.toPercent() * 100.0) / 100.0;
    return QLocale().toString(percent, 'f', QLocale::FloatingPointShortest) + QLocale().percent();
}

// "17/30 (56.67%)"
QString shareText(const Fraction& share)
{
    return share.toString() + u" ("_s + percentOfWholeText(share) + u')';
}

QString figureText(const Tally& tally, const Fraction& figure)
{
    return tally.scheme == VotingScheme::ClassWeighted ? shareText(figure) : mixedText(figure);
}

QString schemeLine(const Tally& tally)
{
    return QCoreApplication::translate("Tally",
                                       "Voting: %1; %2; counted under version %3 of the tally rules.")
        .arg(votingSchemeLabel(tally.scheme), thresholdLabel(tally.test.threshold))
        .arg(tally.ruleVersion);
}

QString eligibleLine(const Tally& tally)
{
    const QString members = QLocale().toString(tally.eligibleMembers);
    switch (tally.scheme) {
    case VotingScheme::OneMemberOneVote:
        return QCoreApplication::translate("Tally", "Eligible members on the roll: %1, one vote each.")
            .arg(members);
    case VotingScheme::ShareWeighted:
        return QCoreApplication::translate(
                   "Tally",
                   "Eligible members on the roll: %1, weighing %2 in all (a vote per share, after any cap).")
            .arg(members, mixedText(tally.eligibleWeight));
    case VotingScheme::ClassWeighted:
        return QCoreApplication::translate(
                   "Tally",
                   "Eligible members on the roll: %1; each class's votes count for its "
                   "agreed share of the whole.")
            .arg(members);
    }
    Q_UNREACHABLE();
    return {};
}

// "4.1": basis points x members / 10,000, exactly, with the locale's decimal point.
QString shareOfMembersText(const QuorumCheck& quorum)
{
    const qint64 product = qint64(quorum.rule.basisPoints) * quorum.eligibleMembers;
    QString decimals = u"%1"_s.arg(product % wholeInBasisPoints, 4, 10, QChar(u'0'));
    while (decimals.endsWith(u'0'))
        decimals.chop(1);
    const QString whole = QLocale().toString(product / wholeInBasisPoints);
    return decimals.isEmpty() ? whole : whole + QLocale().decimalPoint() + decimals;
}

QString quorumShareClause(const QuorumCheck& quorum)
{
    const QString percent = percentText(quorum.rule.basisPoints);
    const QString members = QLocale().toString(quorum.eligibleMembers);
    const bool isExact = qint64(quorum.rule.basisPoints) * quorum.eligibleMembers % wholeInBasisPoints == 0;
    if (isExact)
        return QCoreApplication::translate("Tally", "%1% of %2 eligible members is %3")
            .arg(percent, members, shareOfMembersText(quorum));
    return QCoreApplication::translate("Tally", "%1% of %2 eligible members is %3, rounded up to %4")
        .arg(percent, members, shareOfMembersText(quorum), QLocale().toString(quorum.fromShare));
}

QString quorumRuleLine(const QuorumCheck& quorum)
{
    const QString required = QLocale().toString(quorum.required);
    if (quorum.rule.basisPoints == 0 && quorum.rule.minimumMembers == 0)
        return QCoreApplication::translate("Tally", "Quorum: none is required.");
    if (quorum.rule.basisPoints == 0)
        return QCoreApplication::translate("Tally", "Quorum: at least %1 members.").arg(required);
    if (quorum.rule.minimumMembers == 0)
        return QCoreApplication::translate("Tally", "Quorum: %1, so %2 are needed.")
            .arg(quorumShareClause(quorum), required);
    return QCoreApplication::translate("Tally", "Quorum: the larger of %1 members and %2: %3 are needed.")
        .arg(QLocale().toString(quorum.rule.minimumMembers), quorumShareClause(quorum), required);
}

QString participationLine(const QuorumCheck& quorum)
{
    const QString taking = QLocale().toString(quorum.participating);
    const QString required = QLocale().toString(quorum.required);
    if (quorum.isQuorate())
        return QCoreApplication::translate("Tally",
                                           "Took part (present, by proxy or by casting a ballot, abstentions "
                                           "included): %1, with %2 needed: quorate.")
            .arg(taking, required);
    return QCoreApplication::translate("Tally",
                                       "Took part (present, by proxy or by casting a ballot, abstentions "
                                       "included): %1, with %2 needed: not quorate, so the vote is void "
                                       "whatever the votes.")
        .arg(taking, required);
}

QString choicesLine(const Tally& tally)
{
    const auto count = [](const ChoiceTotal& total) { return QLocale().toString(total.members); };
    const auto weight = [](const ChoiceTotal& total) { return mixedText(total.weight); };
    switch (tally.scheme) {
    case VotingScheme::OneMemberOneVote:
        return QCoreApplication::translate("Tally", "For: %1. Against: %2. Abstaining: %3.")
            .arg(count(tally.votesFor), count(tally.votesAgainst), count(tally.abstentions));
    case VotingScheme::ShareWeighted:
        return QCoreApplication::translate(
                   "Tally", "For: %1 (members: %2). Against: %3 (members: %4). Abstaining: %5 (members: %6).")
            .arg(weight(tally.votesFor), count(tally.votesFor), weight(tally.votesAgainst),
                 count(tally.votesAgainst), weight(tally.abstentions), count(tally.abstentions));
    case VotingScheme::ClassWeighted:
        return QCoreApplication::translate(
                   "Tally",
                   "Members for: %1. Against: %2. Abstaining: %3 (abstentions carry no "
                   "weight under class weighting).")
            .arg(count(tally.votesFor), count(tally.votesAgainst), count(tally.abstentions));
    }
    Q_UNREACHABLE();
    return {};
}

// "2/3 x 3/4 = 1/2": the class's scaled share times the part of its votes cast.
QString classPartText(const ClassTally& group, qint64 members, const Fraction& result)
{
    const qint64 cast = group.membersFor + group.membersAgainst;
    return QCoreApplication::translate("Tally", "%1 × %2/%3 = %4")
        .arg(group.scaledShare.toString(), QString::number(members), QString::number(cast),
             result.toString());
}

QStringList classLines(const ClassTally& group, qint64 countedBasisPoints, const QString& name)
{
    QStringList lines;
    lines << QCoreApplication::translate("Tally", "%1, agreed share %2%: for %3, against %4, abstaining %5.")
                 .arg(name, percentText(group.agreedBasisPoints), QLocale().toString(group.membersFor),
                      QLocale().toString(group.membersAgainst), QLocale().toString(group.membersAbstaining));
    if (!group.isCounted()) {
        lines << QCoreApplication::translate(
                     "Tally",
                     "%1 cast no votes, so its share drops out and the other classes' "
                     "shares are scaled up to the whole.")
                     .arg(name);
        return lines;
    }
    lines << QCoreApplication::translate("Tally",
                                         "%1 counts as %2% ÷ %3% = %4 of the whole: for %5; against %6.")
                 .arg(name, percentText(group.agreedBasisPoints), percentText(countedBasisPoints),
                      group.scaledShare.toString(), classPartText(group, group.membersFor, group.forShare),
                      classPartText(group, group.membersAgainst, group.againstShare));
    return lines;
}

// "1/2 + 2/15 = 19/30 (63.33%)"
QString sumText(const QStringList& parts, const Fraction& total)
{
    if (parts.size() < 2)
        return shareText(total);
    return parts.join(u" + "_s) + u" = "_s + shareText(total);
}

QStringList classWeightLines(const Tally& tally, const QHash<qint64, QString>& classNames)
{
    qint64 countedBasisPoints = 0;
    for (const ClassTally& group : tally.classes)
        countedBasisPoints += group.isCounted() ? group.agreedBasisPoints : 0;
    QStringList lines;
    QStringList forParts;
    QStringList againstParts;
    for (const ClassTally& group : tally.classes) {
        const QString name = classNames.value(
            group.classId, QCoreApplication::translate("Tally", "Class %1").arg(group.classId));
        lines << classLines(group, countedBasisPoints, name);
        if (group.isCounted()) {
            forParts << group.forShare.toString();
            againstParts << group.againstShare.toString();
        }
    }
    lines << QCoreApplication::translate("Tally", "Share of the whole for: %1. Against: %2.")
                 .arg(sumText(forParts, tally.votesFor.weight),
                      sumText(againstParts, tally.votesAgainst.weight));
    return lines;
}

QString votesCastLine(const Tally& tally)
{
    const QString abstentions = tally.scheme == VotingScheme::ClassWeighted
        ? QLocale().toString(tally.abstentions.members)
        : mixedText(tally.abstentions.weight);
    return QCoreApplication::translate(
               "Tally", "Votes cast: %1 for + %2 against = %3 (abstentions, %4, are not votes cast).")
        .arg(figureText(tally, tally.votesFor.weight), figureText(tally, tally.votesAgainst.weight),
             figureText(tally, tally.votesCast), abstentions);
}

QString requirementText(Threshold threshold)
{
    switch (threshold) {
    case Threshold::Ordinary:
        return QCoreApplication::translate("Tally", "more votes for than against");
    case Threshold::Special:
        return QCoreApplication::translate("Tally", "votes for ≥ 75% of votes cast");
    case Threshold::TwoThirds:
        return QCoreApplication::translate("Tally", "votes for ≥ two-thirds of votes cast");
    case Threshold::Unanimous:
        return QCoreApplication::translate("Tally", "every vote cast to be for (none against)");
    case Threshold::AbsoluteMajority:
        return QCoreApplication::translate("Tally",
                                           "votes for > half of the whole eligible weight, voting or not");
    }
    Q_UNREACHABLE();
    return {};
}

// "(75% of 540)": where the bar comes from. Under class weighting the bar is already a share of the
// whole and needs no explaining.
QString barSourceText(const Tally& tally)
{
    if (tally.scheme == VotingScheme::ClassWeighted)
        return {};
    switch (tally.test.threshold) {
    case Threshold::Ordinary:
        return {};
    case Threshold::Special:
        return QCoreApplication::translate("Tally", " (75% of %1)").arg(mixedText(tally.votesCast));
    case Threshold::TwoThirds:
        return QCoreApplication::translate("Tally", " (2/3 of %1)").arg(mixedText(tally.votesCast));
    case Threshold::Unanimous:
        return QCoreApplication::translate("Tally", " (all the votes cast)");
    case Threshold::AbsoluteMajority:
        return QCoreApplication::translate("Tally", " (half of %1)").arg(mixedText(tally.eligibleWeight));
    }
    Q_UNREACHABLE();
    return {};
}

// The relation that actually holds between "for" and the bar: the one required when the test is met,
// its opposite when it is not, so that no line ever states something false.
QString relationText(const ThresholdTest& test)
{
    const bool isStrict = test.comparison == ThresholdTest::Comparison::GreaterThan;
    const bool holds = isStrict ? test.votesFor > test.bar : test.votesFor >= test.bar;
    if (holds)
        return isStrict ? u">"_s : u"≥"_s;
    return isStrict ? u"≤"_s : u"<"_s;
}

QString thresholdLine(const Tally& tally)
{
    const QString label = thresholdLabel(tally.test.threshold);
    if (!tally.hasVotesCast() && tally.votesFor.members + tally.votesAgainst.members > 0)
        return QCoreApplication::translate("Tally",
                                           "%1: the votes cast carry no weight (those who cast them hold no "
                                           "shares), so the motion cannot carry.")
            .arg(label);
    if (!tally.hasVotesCast())
        return QCoreApplication::translate(
                   "Tally",
                   "%1: no votes were cast (abstentions are not votes), so the motion "
                   "cannot carry.")
            .arg(label);
    const QString comparison = figureText(tally, tally.test.votesFor) + u' ' + relationText(tally.test) + u' '
        + figureText(tally, tally.test.bar) + barSourceText(tally);
    const QString verdict = tally.test.isMet ? QCoreApplication::translate("Tally", "met")
                                             : QCoreApplication::translate("Tally", "not met");
    return QCoreApplication::translate("Tally", "%1: needs %2: %3: %4.")
        .arg(label, requirementText(tally.test.threshold), comparison, verdict);
}

QString outcomeLine(const Tally& tally)
{
    if (tally.outcome == MotionOutcome::Void)
        return QCoreApplication::translate("Tally", "Outcome: %1, because the meeting was not quorate.")
            .arg(motionOutcomeLabel(tally.outcome));
    return QCoreApplication::translate("Tally", "Outcome: %1.").arg(motionOutcomeLabel(tally.outcome));
}

} // namespace

QStringList describeWorking(const Tally& tally, const QHash<qint64, QString>& classNames)
{
    QStringList lines { schemeLine(tally), eligibleLine(tally), quorumRuleLine(tally.quorum),
                        participationLine(tally.quorum), choicesLine(tally) };
    if (tally.scheme == VotingScheme::ClassWeighted)
        lines << classWeightLines(tally, classNames);
    lines << votesCastLine(tally) << thresholdLine(tally) << outcomeLine(tally);
    return lines;
}

} // namespace mutualise::domain
