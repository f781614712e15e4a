#include "domain/TallyWorking.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace mutualise::domain {

namespace {

constexpr qint64 wholeInBasisPoints = 10'000;

QString percentText(qint64 basisPoints)
{
    return QLocale().toString(static_cast<double>(basisPoints) / 100.0, 'f', QLocale::FloatingPointShortest);
}

QString wholeText(WideInteger value)
{
    if (value <= std::numeric_limits<qint64>::max())
        return QLocale().toString(static_cast<qint64>(value));
    return wideIntegerText(value);
}

// "½" for the halves, thirds and quarters that the thresholds make of whole votes; other parts as "5/8".
QString fractionPartText(WideInteger rest, WideInteger denominator)
{
    if (denominator == 2)
        return u"½"_s;
    if (denominator == 3)
        return rest == 1 ? u"⅓"_s : u"⅔"_s;
    if (denominator == 4)
        return rest == 1 ? u"¼"_s : u"¾"_s;
    return wideIntegerText(rest) + u'/' + wideIntegerText(denominator);
}

// "278½", "12 5/8": the whole part with the locale's grouping, then what is left as a fraction.
QString mixedText(const Fraction& figure)
{
    const WideInteger whole = figure.numerator() / figure.denominator();
    const WideInteger rest = figure.numerator() % figure.denominator();
    if (rest == 0)
        return wholeText(whole);
    const QString part = fractionPartText(rest, figure.denominator());
    if (whole == 0)
        return part;
    return figure.denominator() <= 4 ? wholeText(whole) + part : wholeText(whole) + u' ' + part;
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

// "193,862 votes cast", in the plural form the count takes where it can.
QString votesCastCountText(const Fraction& votesCast)
{
    if (votesCast.isWhole() && votesCast.numerator() <= std::numeric_limits<int>::max())
        return QCoreApplication::translate("Tally", "%Ln vote(s) cast", nullptr,
                                           static_cast<int>(votesCast.numerator()));
    return QCoreApplication::translate("Tally", "%1 votes cast").arg(mixedText(votesCast));
}

// Under class weighting every figure is a share of the whole vote.
QString classWeightedBarText(const ThresholdTest& test)
{
    const QString bar = shareText(test.bar);
    switch (test.threshold) {
    case Threshold::Ordinary:
        return QCoreApplication::translate("Tally", "more than %1, the share against").arg(bar);
    case Threshold::Special:
        return QCoreApplication::translate("Tally", "at least %1, 75% of the whole vote").arg(bar);
    case Threshold::TwoThirds:
        return QCoreApplication::translate("Tally", "at least %1, two-thirds of the whole vote").arg(bar);
    case Threshold::Unanimous:
        return QCoreApplication::translate("Tally", "at least %1, the whole vote").arg(bar);
    case Threshold::AbsoluteMajority:
        return QCoreApplication::translate("Tally", "more than %1, half of the whole vote").arg(bar);
    }
    Q_UNREACHABLE();
    return {};
}

} // namespace

QString thresholdBarText(const Tally& tally)
{
    const ThresholdTest& test = tally.test;
    if (tally.scheme == VotingScheme::ClassWeighted)
        return classWeightedBarText(test);
    const QString bar = mixedText(test.bar);
    switch (test.threshold) {
    case Threshold::Ordinary:
        return QCoreApplication::translate("Tally", "more than %1, the votes against").arg(bar);
    case Threshold::Special:
        //: What a special resolution needs: "at least 145,396½, 75% of 193,862 votes cast"
        return QCoreApplication::translate("Tally", "at least %1, 75% of %2")
            .arg(bar, votesCastCountText(tally.votesCast));
    case Threshold::TwoThirds:
        return QCoreApplication::translate("Tally", "at least %1, two-thirds of %2")
            .arg(bar, votesCastCountText(tally.votesCast));
    case Threshold::Unanimous:
        return QCoreApplication::translate("Tally", "at least %1, all the votes cast").arg(bar);
    case Threshold::AbsoluteMajority:
        return QCoreApplication::translate("Tally", "more than %1, half of the whole eligible weight of %2")
            .arg(bar, mixedText(tally.eligibleWeight));
    }
    Q_UNREACHABLE();
    return {};
}

QString workingFigureText(VotingScheme scheme, const Fraction& figure)
{
    return scheme == VotingScheme::ClassWeighted ? shareText(figure) : mixedText(figure);
}

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