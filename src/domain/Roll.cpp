#include "domain/Roll.h"

#include "domain/Counts.h"
#include "domain/Fraction.h"
#include "domain/Member.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QLocale>
#include <QMap>
#include <QSet>

#include <algorithm>

namespace mutualise::domain {

namespace {

constexpr qint64 wholeInBasisPoints = 10'000;

Error tallyError(const QString& message, const char* rule, const char* field = "")
{
    return Error { message, QString::fromLatin1(rule), QString::fromLatin1(field) };
}

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
            return tallyError(QCoreApplication::translate("Tally", "Member %1 cannot hold %2.")
                                  .arg(voter.memberNumber, shareCount(voter.shares)),
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
            return tallyOverflowError();
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

Error noWeightError(const MotionRules& rules, qint64 totalShares)
{
    if (rules.scheme == VotingScheme::ShareWeighted && rules.capBasisPoints > 0 && totalShares > 0)
        return tallyError(
            QCoreApplication::translate("Tally",
                                        "A cap of %1% of the %2 held is less than one share, so nobody could "
                                        "vote; raise the cap.")
                .arg(QLocale().toString(rules.capBasisPoints / 100.0, 'f', QLocale::FloatingPointShortest),
                     shareCount(totalShares)),
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

Result<VoterRoll> freezeRoll(const QList<Voter>& eligible, const MotionRules& rules,
                             const QHash<qint64, QString>& classNames)
{
    if (const Outcome valid = validateMotionRules(rules, classNames); !valid)
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
    if (const Outcome classes = checkClassShares(roll, rules, classNames); !classes)
        return classes.error();
    return roll;
}

Outcome checkClassShares(const VoterRoll& roll, const MotionRules& rules,
                         const QHash<qint64, QString>& classNames)
{
    if (rules.scheme != VotingScheme::ClassWeighted)
        return ok();
    QMap<qint64, qint64> membersByClass;
    for (const RollEntry& entry : roll.entries) {
        if (!rules.classShares.contains(entry.classId))
            return tallyError(QCoreApplication::translate(
                                  "Tally", "Member %1 is in the class %2, which has no share of the vote.")
                                  .arg(entry.memberNumber, classInMessage(entry.classId, classNames)),
                              "class-shares", "classShares");
        ++membersByClass[entry.classId];
    }
    QList<qint64> classIds = rules.classShares.keys();
    std::sort(classIds.begin(), classIds.end());
    for (const qint64 classId : classIds) {
        if (!membersByClass.contains(classId))
            return tallyError(
                QCoreApplication::translate(
                    "Tally", "The class %1 has %2% of the vote, but nobody on the roll is in it.")
                    .arg(classInMessage(classId, classNames), percentText(rules.classShares.value(classId))),
                "class-shares", "classShares");
    }
    return ok();
}

Result<qint64> totalWeightOf(const QList<RollEntry>& entries)
{
    qint64 total = 0;
    for (const RollEntry& entry : entries) {
        if (__builtin_add_overflow(total, entry.weight, &total))
            return tallyOverflowError();
    }
    return total;
}

Error tallyOverflowError()
{
    return tallyError(
        QCoreApplication::translate("Tally", "The figures are too large to be counted exactly."),
        "tally-overflow");
}

} // namespace mutualise::domain
