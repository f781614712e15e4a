#include "reports/ResultFigures.h"

#include "domain/TallyWorking.h"

#include <QJsonObject>
#include <QLocale>

#include <cmath>
#include <optional>

using namespace Qt::StringLiterals;

namespace mutualise::reports {

namespace {

QString wholeText(const QJsonValue& value)
{
    return QLocale().toString(value.toInteger());
}

QString percentText(double share)
{
    //: A share of the whole vote: "66.67%"
    return ResultFigures::tr("%1%").arg(QLocale().toString(share * 100.0, 'f', 2));
}

// A share of the whole vote, with the exact fraction the count used when it is not whole: "66.67% (2/3)".
QString shareText(const QJsonValue& value, const QString& exact)
{
    const QString percent = percentText(value.toDouble());
    return exact.isEmpty() || !exact.contains(u'/') ? percent
                                                    : ResultFigures::tr("%1 (%2)").arg(percent, exact);
}

// A weight or a count in the scheme's own terms.
QString weightText(domain::VotingScheme scheme, const QJsonValue& value, const QString& exact)
{
    if (scheme == domain::VotingScheme::ClassWeighted) {
        return shareText(value, exact);
    }
    if (exact.contains(u'/')) {
        // The bar of a two-thirds or special resolution need not be whole: 2/3 x 4 = 8/3.
        return ResultFigures::tr("%1 (%2)").arg(QLocale().toString(value.toDouble(), 'f', 2), exact);
    }
    return wholeText(value);
}

ChoiceFigure choiceFigure(domain::VotingScheme scheme, domain::Choice choice, const QJsonObject& json)
{
    ChoiceFigure figure;
    figure.label = domain::choiceLabel(choice);
    figure.members = json.value(u"members"_s).toInteger();
    const QJsonValue weight = json.value(u"weight"_s);
    figure.weight = weightText(scheme, weight, json.value(u"exact"_s).toString());
    switch (scheme) {
    case domain::VotingScheme::OneMemberOneVote:
        figure.chartValue = static_cast<double>(figure.members);
        break;
    case domain::VotingScheme::ShareWeighted:
        figure.chartValue = weight.toDouble();
        break;
    case domain::VotingScheme::ClassWeighted:
        figure.chartValue = weight.toDouble() * 100.0;
        break;
    }
    return figure;
}

// A figure the count stored: a whole number, or a fraction with its exact "290793/2" beside it.
std::optional<domain::Fraction> exactFigure(const QJsonValue& value, const QString& exact)
{
    if (exact.isEmpty()) {
        // toInteger answers the default for anything but a whole number.
        const qint64 whole = value.toInteger(-1);
        return whole >= 0 ? std::optional(domain::Fraction(whole)) : std::nullopt;
    }
    const auto wideOf = [](QStringView digits) -> std::optional<domain::WideInteger> {
        constexpr qsizetype maximumDigits = 36; // well inside 128 bits
        if (digits.isEmpty() || digits.size() > maximumDigits) {
            return std::nullopt;
        }
        domain::WideInteger number = 0;
        for (const QChar digit : digits) {
            if (digit < u'0' || digit > u'9') {
                return std::nullopt;
            }
            number = number * 10 + (digit.unicode() - u'0');
        }
        return number;
    };
    const qsizetype slash = exact.indexOf(u'/');
    const auto numerator = wideOf(QStringView(exact).left(slash < 0 ? exact.size() : slash));
    const auto denominator
        = slash < 0 ? std::optional<domain::WideInteger>(1) : wideOf(QStringView(exact).mid(slash + 1));
    return numerator && denominator ? domain::Fraction::of(*numerator, *denominator) : std::nullopt;
}

// The threshold's test in the working's words: "For 184,752; needs at least 145,396½, 75% of 193,862
// votes cast: met". The figures are rebuilt exactly from those the count stored.
std::optional<QString> thresholdTestText(domain::VotingScheme scheme, const QJsonObject& json)
{
    const QJsonObject test = json.value(u"test"_s).toObject();
    const QJsonObject votesFor = json.value(u"for"_s).toObject();
    const QJsonObject votesAgainst = json.value(u"against"_s).toObject();
    const auto threshold = domain::thresholdFromKey(test.value(u"threshold"_s).toString());
    const auto forFigure = exactFigure(votesFor.value(u"weight"_s), votesFor.value(u"exact"_s).toString());
    const auto againstFigure
        = exactFigure(votesAgainst.value(u"weight"_s), votesAgainst.value(u"exact"_s).toString());
    const auto bar = exactFigure(test.value(u"bar"_s), test.value(u"bar_exact"_s).toString());
    if (!threshold || !forFigure || !againstFigure || !bar) {
        return std::nullopt;
    }
    domain::Tally tally;
    tally.scheme = scheme;
    tally.test.threshold = *threshold;
    tally.test.bar = *bar;
    const auto cast = forFigure->plus(*againstFigure);
    if (!cast) {
        return std::nullopt;
    }
    tally.votesCast = *cast;
    // Half of the eligible weight is the bar of an absolute majority: the weight is twice it.
    if (*threshold == domain::Threshold::AbsoluteMajority) {
        const auto whole = bar->times(domain::Fraction(2));
        if (!whole) {
            return std::nullopt;
        }
        tally.eligibleWeight = *whole;
    }
    const bool isMet = test.value(u"met"_s).toBool();
    //: The threshold's test: "For 184,752; needs at least 145,396½, 75% of 193,862 votes cast: met"
    return ResultFigures::tr("For %1; needs %2: %3")
        .arg(domain::workingFigureText(scheme, *forFigure), domain::thresholdBarText(tally),
             isMet ? ResultFigures::tr("met") : ResultFigures::tr("not met"));
}

QString comparisonSymbol(const QString& comparison)
{
    return comparison == u">=" ? u"≥"_s : u">"_s;
}

} // namespace

ResultFigures resultFigures(const storage::MotionResult& result)
{
    const QJsonObject& json = result.json;
    ResultFigures figures;
    figures.isDeclared = result.isDeclared;
    figures.scheme = domain::votingSchemeFromKey(json.value(u"scheme"_s).toString())
                         .value_or(domain::VotingScheme::OneMemberOneVote);
    switch (figures.scheme) {
    case domain::VotingScheme::OneMemberOneVote:
        figures.weightHeading = ResultFigures::tr("Votes");
        figures.chartAxisTitle = ResultFigures::tr("Members");
        break;
    case domain::VotingScheme::ShareWeighted:
        figures.weightHeading = ResultFigures::tr("Votes (by shares)");
        figures.chartAxisTitle = ResultFigures::tr("Votes (shares)");
        break;
    case domain::VotingScheme::ClassWeighted:
        figures.weightHeading = ResultFigures::tr("Share of the vote");
        figures.chartAxisTitle = ResultFigures::tr("% of the vote");
        break;
    }

    const QJsonObject eligible = json.value(u"eligible"_s).toObject();
    figures.eligibleMembers = eligible.value(u"members"_s).toInteger();
    figures.eligibleWeight = weightText(figures.scheme, eligible.value(u"weight"_s), {});
    figures.votesFor = choiceFigure(figures.scheme, domain::Choice::For, json.value(u"for"_s).toObject());
    figures.votesAgainst
        = choiceFigure(figures.scheme, domain::Choice::Against, json.value(u"against"_s).toObject());
    figures.abstentions
        = choiceFigure(figures.scheme, domain::Choice::Abstain, json.value(u"abstain"_s).toObject());
    figures.votesCast = weightText(figures.scheme, json.value(u"votes_cast"_s), {});

    const QJsonObject quorum = json.value(u"quorum"_s).toObject();
    figures.isQuorate = quorum.value(u"met"_s).toBool();
    //: The quorum of a vote: "3 needed, 5 took part: quorate"
    figures.quorum
        = ResultFigures::tr("%1 needed, %2 took part: %3")
              .arg(wholeText(quorum.value(u"required"_s)), wholeText(quorum.value(u"participating"_s)),
                   figures.isQuorate ? ResultFigures::tr("quorate") : ResultFigures::tr("not quorate"));

    const auto threshold = domain::thresholdFromKey(json.value(u"threshold"_s).toString());
    figures.threshold
        = threshold ? domain::thresholdLabel(*threshold) : json.value(u"threshold"_s).toString();
    const QJsonObject test = json.value(u"test"_s).toObject();
    figures.isThresholdMet = test.value(u"met"_s).toBool();
    const QJsonObject votesFor = json.value(u"for"_s).toObject();
    //: The threshold's test when its figures cannot be read exactly: "For 3 > 1: met"
    figures.thresholdTest = thresholdTestText(figures.scheme, json)
                                .value_or(ResultFigures::tr("For %1 %2 %3: %4")
                                              .arg(weightText(figures.scheme, test.value(u"for"_s),
                                                              votesFor.value(u"exact"_s).toString()),
                                                   comparisonSymbol(test.value(u"comparison"_s).toString()),
                                                   weightText(figures.scheme, test.value(u"bar"_s),
                                                              test.value(u"bar_exact"_s).toString()),
                                                   figures.isThresholdMet ? ResultFigures::tr("met")
                                                                          : ResultFigures::tr("not met")));

    figures.outcome = domain::motionOutcomeFromKey(json.value(u"outcome"_s).toString())
                          .value_or(domain::MotionOutcome::Void);
    // While voting is open the count is provisional: it says what would happen, not what has.
    figures.outcomeText = figures.isDeclared
        ? domain::motionOutcomeLabel(figures.outcome)
        //: A provisional outcome while voting is open: "Carried if voting closed now"
        : ResultFigures::tr("%1 if voting closed now").arg(domain::motionOutcomeLabel(figures.outcome));
    if (figures.scheme == domain::VotingScheme::ShareWeighted) {
        const int cap = json.value(u"cap_bp"_s).toInt();
        figures.cap = cap == 0
            ? ResultFigures::tr("No cap")
            : ResultFigures::tr("%1% of all shares")
                  .arg(QLocale().toString(cap / 100.0, 'f', QLocale::FloatingPointShortest));
    }

    const QJsonObject roll = json.value(u"roll"_s).toObject();
    figures.rollMembers = roll.value(u"members"_s).toInteger();
    figures.rollTotal = wholeText(roll.value(u"total_weight"_s));
    figures.rollFingerprint = roll.value(u"fingerprint"_s).toString();
    figures.recordDate = QDate::fromString(roll.value(u"record_date"_s).toString(), Qt::ISODate);
    return figures;
}

} // namespace mutualise::reports
