#include "reports/ElectionFigures.h"

#include "domain/Counts.h"
#include "domain/StvCount.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

#include <cmath>

using namespace Qt::StringLiterals;

namespace mutualise::reports {

namespace {

// The JSON keeps votes as numbers with up to five decimals; as whole vote units they are exact again.
qint64 unitsOf(const QJsonValue& value)
{
    return std::llround(value.toDouble() * static_cast<double>(domain::voteUnits));
}

QStringList namesOf(const QJsonValue& value)
{
    QStringList names;
    for (const QJsonValue& name : value.toArray()) {
        names.append(name.toString());
    }
    return names;
}

QHash<QString, qint64> unitsByName(const QJsonObject& object)
{
    QHash<QString, qint64> figures;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        figures.insert(it.key(), unitsOf(it.value()));
    }
    return figures;
}

ElectionRound roundFrom(const QJsonObject& json)
{
    ElectionRound round;
    round.number = json.value(u"round"_s).toInt();
    const QString kind = json.value(u"kind"_s).toString();
    if (kind == u"surplus") {
        round.kind = ElectionRound::Kind::Surplus;
    } else if (kind == u"exclusion") {
        round.kind = ElectionRound::Kind::Exclusion;
    }
    round.candidate = json.value(u"candidate"_s).toString();
    round.totals = unitsByName(json.value(u"totals"_s).toObject());
    round.transfers = unitsByName(json.value(u"transfers"_s).toObject());
    round.nonTransferable = unitsOf(json.value(u"non_transferable"_s));
    round.elected = namesOf(json.value(u"elected"_s));
    round.surplus = unitsOf(json.value(u"surplus"_s));
    const QJsonObject value = json.value(u"transfer_value"_s).toObject();
    round.transferValueSurplus = unitsOf(value.value(u"surplus"_s));
    round.transferValueTotal = unitsOf(value.value(u"total"_s));
    return round;
}

ElectionTie tieFrom(const QJsonObject& json)
{
    ElectionTie tie;
    tie.round = json.value(u"round"_s).toInt();
    tie.purpose = json.value(u"purpose"_s).toString();
    tie.tied = namesOf(json.value(u"tied"_s));
    tie.chosen = json.value(u"chosen"_s).toString();
    tie.couldChangeElected = json.value(u"could_change_elected"_s).toBool();
    tie.isExplored = json.value(u"explored"_s).toBool(true);
    return tie;
}

} // namespace

QString ElectionRound::actionText() const
{
    switch (kind) {
    case Kind::FirstPreferences:
        return ElectionFigures::tr("First preferences");
    case Kind::Surplus:
        return ElectionFigures::tr("Surplus of %1").arg(candidate);
    case Kind::Exclusion:
        return ElectionFigures::tr("Exclusion of %1").arg(candidate);
    }
    return {};
}

QString ElectionTie::description() const
{
    const QString names = QLocale().createSeparatedList(tied);
    QString drawn;
    if (purpose == u"surplus") {
        drawn = ElectionFigures::tr("Round %1: %2 had equal surpluses; the lot chose %3's to transfer first.")
                    .arg(round)
                    .arg(names, chosen);
    } else if (purpose == u"exclusion") {
        drawn = ElectionFigures::tr("Round %1: %2 were equal lowest; the lot chose %3 to be excluded.")
                    .arg(round)
                    .arg(names, chosen);
    } else {
        drawn = ElectionFigures::tr("Round %1: %2 had equal votes; the lot chose %3 to be elected.")
                    .arg(round)
                    .arg(names, chosen);
    }
    if (!isExplored) {
        return ElectionFigures::tr("%1 Whether another draw would have elected different candidates was "
                                   "not explored.")
            .arg(drawn);
    }
    return couldChangeElected
        ? ElectionFigures::tr("%1 Another draw could have elected different candidates.").arg(drawn)
        : ElectionFigures::tr("%1 Any other draw would have elected the same candidates.").arg(drawn);
}

QStringList ElectionFigures::standing() const
{
    QStringList names;
    for (const QString& name : candidates) {
        if (!withdrawn.contains(name)) {
            names.append(name);
        }
    }
    return names;
}

std::optional<int> ElectionFigures::roundElected(const QString& candidate) const
{
    for (const ElectionRound& round : rounds) {
        if (round.elected.contains(candidate)) {
            return round.number;
        }
    }
    return std::nullopt;
}

std::optional<int> ElectionFigures::roundExcluded(const QString& candidate) const
{
    for (const ElectionRound& round : rounds) {
        if (round.kind == ElectionRound::Kind::Exclusion && round.candidate == candidate) {
            return round.number;
        }
    }
    return std::nullopt;
}

QString ElectionFigures::outcomeText(const QString& candidate) const
{
    if (withdrawn.contains(candidate)) {
        return tr("Withdrawn");
    }
    if (const qsizetype place = elected.indexOf(candidate); place >= 0) {
        //: Where a candidate ended: "Elected, 1st of 3 seats" reads as "Elected (1 of 3)"
        return tr("Elected (%1 of %2)").arg(place + 1).arg(seats);
    }
    if (const auto round = roundExcluded(candidate)) {
        return tr("Excluded in round %1").arg(*round);
    }
    return tr("Not elected");
}

QStringList ElectionFigures::chartRows() const
{
    QStringList names = standing();
    if (isStv() && !names.isEmpty()) {
        names.append(QString()); // the papers no candidate can take on
    }
    return names;
}

std::optional<qint64> ElectionFigures::unitsAfterRound(const QString& candidate, int round) const
{
    if (!isStv()) {
        const auto found = votes.constFind(candidate);
        return found == votes.constEnd() ? std::nullopt : std::optional(*found * domain::voteUnits);
    }
    if (round < 1 || round > rounds.size()) {
        return std::nullopt;
    }
    if (candidate.isEmpty()) {
        qint64 lost = 0;
        for (int r = 0; r < round; ++r) {
            lost += rounds.at(r).nonTransferable;
        }
        return lost;
    }
    const QHash<QString, qint64>& totals = rounds.at(round - 1).totals;
    const auto total = totals.constFind(candidate);
    return total == totals.constEnd() ? std::nullopt : std::optional(*total);
}

ElectionFigures electionFigures(const storage::ElectionResult& result)
{
    const QJsonObject& json = result.json;
    ElectionFigures figures;
    figures.isDeclared = result.isDeclared;
    figures.method = domain::electionMethodFromKey(json.value(u"method"_s).toString())
                         .value_or(domain::ElectionMethod::SingleTransferableVote);
    figures.seats = json.value(u"seats"_s).toInt();
    figures.candidates = namesOf(json.value(u"candidates"_s));
    figures.withdrawn = namesOf(json.value(u"withdrawn"_s));
    figures.elected = result.elected;
    figures.validPapers = json.value(u"valid"_s).toInteger();
    figures.invalidPapers = json.value(figures.isStv() ? u"invalid"_s : u"spoilt"_s).toInteger();
    figures.quota = json.value(u"quota"_s).toInteger();
    figures.nonTransferable = unitsOf(json.value(u"non_transferable"_s));
    for (const QJsonValue& round : json.value(u"rounds"_s).toArray()) {
        figures.rounds.append(roundFrom(round.toObject()));
    }
    const QJsonObject votes = json.value(u"votes"_s).toObject();
    for (auto it = votes.constBegin(); it != votes.constEnd(); ++it) {
        figures.votes.insert(it.key(), it.value().toInteger());
    }
    for (const QJsonValue& tie : json.value(u"ties"_s).toArray()) {
        figures.ties.append(tieFrom(tie.toObject()));
    }
    figures.tiesNote = domain::Stv::unexploredLotsNote(
        figures.ties.size(), json.value(u"ties_explored"_s).toInteger(figures.ties.size()));
    figures.working = result.working;
    return figures;
}

QString transferText(qint64 units)
{
    const QLocale locale;
    const QString magnitude = domain::Stv::formatVotes(std::abs(units));
    return units < 0 ? locale.negativeSign() + magnitude : locale.positiveSign() + magnitude;
}

QString papersText(qint64 papers)
{
    return domain::paperCount(papers);
}

QString turnoutText(qint64 voters, qint64 rollSize, qint64 papers)
{
    const QLocale locale;
    //: An election's turnout: "41 of 120 members voted, 52 papers"
    return ElectionFigures::tr("%1 of %2 voted, %3")
        .arg(locale.toString(voters), domain::memberCount(rollSize), papersText(papers));
}

} // namespace mutualise::reports
