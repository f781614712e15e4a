#include "MotionResultJson.h"

#include "domain/TallyWorking.h"

#include <QJsonArray>

namespace mutualise::storage {

using domain::Fraction;

namespace {

// A whole number stays an integer in the JSON; a fraction becomes its nearest double.
QJsonValue number(const Fraction& value)
{
    if (value.isWhole() && value.numerator() <= std::numeric_limits<qint64>::max())
        return static_cast<qint64>(value.numerator());
    return value.toDouble();
}

QJsonObject choiceJson(const domain::ChoiceTotal& total)
{
    QJsonObject json { { QStringLiteral("members"), total.members },
                       { QStringLiteral("weight"), number(total.weight) } };
    if (!total.weight.isWhole())
        json.insert(QStringLiteral("exact"), total.weight.toString());
    return json;
}

QJsonObject quorumJson(const domain::QuorumCheck& quorum)
{
    return {
        { QStringLiteral("required"), quorum.required },
        { QStringLiteral("participating"), quorum.participating },
        { QStringLiteral("met"), quorum.isQuorate() },
        { QStringLiteral("eligible_members"), quorum.eligibleMembers },
        { QStringLiteral("minimum_members"), quorum.rule.minimumMembers },
        { QStringLiteral("basis_points"), quorum.rule.basisPoints },
        { QStringLiteral("from_share"), quorum.fromShare },
    };
}

QJsonObject testJson(const domain::ThresholdTest& test)
{
    return {
        { QStringLiteral("threshold"), domain::thresholdKey(test.threshold) },
        { QStringLiteral("for"), number(test.votesFor) },
        { QStringLiteral("comparison"),
          test.comparison == domain::ThresholdTest::Comparison::GreaterThan ? QStringLiteral(">")
                                                                            : QStringLiteral(">=") },
        { QStringLiteral("bar"), number(test.bar) },
        { QStringLiteral("bar_exact"), test.bar.toString() },
        { QStringLiteral("met"), test.isMet },
    };
}

QJsonArray classesJson(const QList<domain::ClassTally>& classes, const QHash<qint64, QString>& classNames)
{
    QJsonArray list;
    for (const domain::ClassTally& tally : classes) {
        list.append(QJsonObject {
            { QStringLiteral("class"), classNames.value(tally.classId, QString::number(tally.classId)) },
            { QStringLiteral("agreed_bp"), tally.agreedBasisPoints },
            { QStringLiteral("eligible_members"), tally.eligibleMembers },
            { QStringLiteral("members_for"), tally.membersFor },
            { QStringLiteral("members_against"), tally.membersAgainst },
            { QStringLiteral("members_abstaining"), tally.membersAbstaining },
            { QStringLiteral("counted"), tally.isCounted() },
            { QStringLiteral("scaled_share"), tally.scaledShare.toString() },
            { QStringLiteral("for_share"), tally.forShare.toString() },
            { QStringLiteral("against_share"), tally.againstShare.toString() },
        });
    }
    return list;
}

} // namespace

QJsonObject motionResultJson(const domain::Tally& tally, const domain::Motion& motion,
                             const domain::VoterRoll& roll, const QHash<qint64, QString>& classNames)
{
    QJsonObject json {
        { QStringLiteral("scheme"), domain::votingSchemeKey(tally.scheme) },
        { QStringLiteral("threshold"), domain::thresholdKey(motion.rules.threshold) },
        { QStringLiteral("secret"), motion.isSecret },
        { QStringLiteral("eligible"),
          QJsonObject { { QStringLiteral("members"), tally.eligibleMembers },
                        { QStringLiteral("weight"), number(tally.eligibleWeight) } } },
        { QStringLiteral("for"), choiceJson(tally.votesFor) },
        { QStringLiteral("against"), choiceJson(tally.votesAgainst) },
        { QStringLiteral("abstain"), choiceJson(tally.abstentions) },
        { QStringLiteral("votes_cast"), number(tally.votesCast) },
        { QStringLiteral("quorum"), quorumJson(tally.quorum) },
        { QStringLiteral("test"), testJson(tally.test) },
        { QStringLiteral("outcome"), domain::motionOutcomeKey(tally.outcome) },
        { QStringLiteral("rule_version"), tally.ruleVersion },
        { QStringLiteral("roll"),
          QJsonObject { { QStringLiteral("members"), static_cast<qint64>(roll.entries.size()) },
                        { QStringLiteral("total_weight"), roll.totalWeight },
                        { QStringLiteral("fingerprint"), QString::fromLatin1(roll.fingerprint) },
                        { QStringLiteral("record_date"), motion.recordDate.toString(Qt::ISODate) } } },
        { QStringLiteral("working"), QJsonArray::fromStringList(domain::describeWorking(tally, classNames)) },
    };
    if (tally.scheme == domain::VotingScheme::ShareWeighted)
        json.insert(QStringLiteral("cap_bp"), motion.rules.capBasisPoints);
    if (!tally.classes.isEmpty())
        json.insert(QStringLiteral("classes"), classesJson(tally.classes, classNames));
    return json;
}

} // namespace mutualise::storage
