#include "ElectionResultJson.h"

#include <QJsonArray>

#include <algorithm>

namespace mutualise::storage {

using namespace mutualise::domain;

namespace {

// Votes as JSON numbers: exact, since five decimal places fit a double many times over.
double votes(qint64 units)
{
    return static_cast<double>(units) / static_cast<double>(voteUnits);
}

QJsonArray namesOf(const QList<int>& candidates, const QStringList& names)
{
    QJsonArray list;
    for (int c : candidates)
        list.append(names.at(c));
    return list;
}

QString purposeKey(LotDraw::Purpose purpose)
{
    switch (purpose) {
    case LotDraw::Purpose::Surplus:
        return QStringLiteral("surplus");
    case LotDraw::Purpose::Exclusion:
        return QStringLiteral("exclusion");
    case LotDraw::Purpose::Election:
        return QStringLiteral("election");
    }
    Q_UNREACHABLE();
}

QJsonArray tiesOf(const QList<LotDraw>& lots, const QStringList& names)
{
    QJsonArray ties;
    for (const LotDraw& draw : lots) {
        ties.append(QJsonObject {
            { QStringLiteral("round"), draw.stage + 1 },
            { QStringLiteral("purpose"), purposeKey(draw.purpose) },
            { QStringLiteral("tied"), namesOf(draw.tied, names) },
            { QStringLiteral("chosen"), names.at(draw.chosen) },
            { QStringLiteral("could_change_elected"), draw.couldChangeElected },
            { QStringLiteral("explored"), draw.isExplored },
        });
    }
    return ties;
}

QString stageKind(const StvStage& stage)
{
    switch (stage.kind) {
    case StvStage::Kind::FirstPreferences:
        return QStringLiteral("first-preferences");
    case StvStage::Kind::Surplus:
        return QStringLiteral("surplus");
    case StvStage::Kind::Exclusion:
        return QStringLiteral("exclusion");
    }
    Q_UNREACHABLE();
}

QString stageAction(const StvStage& stage, const QStringList& names)
{
    switch (stage.kind) {
    case StvStage::Kind::FirstPreferences:
        return QStringLiteral("first preferences");
    case StvStage::Kind::Surplus:
        return QStringLiteral("surplus of ") + names.at(stage.candidate);
    case StvStage::Kind::Exclusion:
        return QStringLiteral("exclusion of ") + names.at(stage.candidate);
    }
    Q_UNREACHABLE();
}

// The candidates in the order of their names, the order a JSON object keeps its keys in: inserted in
// that order, each key goes at the end, and a count of many candidates and rounds is written quickly.
QList<int> byName(const QStringList& names)
{
    QList<int> order;
    for (int c = 0; c < names.size(); ++c)
        order.append(c);
    std::sort(order.begin(), order.end(), [&](int a, int b) { return names.at(a) < names.at(b); });
    return order;
}

} // namespace

QJsonObject stvCountJson(const StvCount& count)
{
    QJsonArray rounds;
    const QList<int> candidatesByName = byName(count.candidates);
    for (qsizetype s = 0; s < count.stages.size(); ++s) {
        const StvStage& stage = count.stages.at(s);
        QJsonObject totals;
        QJsonObject transfers;
        // Like the official result sheets: a candidate drops out of the table once excluded.
        const QList<bool> isShown = Stv::shownCandidates(count, stage);
        for (int c : candidatesByName) {
            if (!isShown.at(c))
                continue;
            if (stage.kind != StvStage::Kind::Exclusion || stage.candidate != c)
                totals.insert(count.candidates.at(c), votes(stage.totals.at(c)));
            transfers.insert(count.candidates.at(c), votes(stage.transfers.at(c)));
        }
        QJsonObject round {
            { QStringLiteral("round"), static_cast<int>(s + 1) },
            { QStringLiteral("action"), stageAction(stage, count.candidates) },
            { QStringLiteral("kind"), stageKind(stage) },
            { QStringLiteral("candidate"),
              stage.candidate >= 0 ? QJsonValue(count.candidates.at(stage.candidate)) : QJsonValue() },
            { QStringLiteral("totals"), totals },
            { QStringLiteral("transfers"), transfers },
            { QStringLiteral("non_transferable"), votes(stage.nonTransferable) },
            { QStringLiteral("elected"),
              namesOf(stage.elected + stage.electedWithoutQuota, count.candidates) },
            { QStringLiteral("excluded"),
              namesOf(stage.kind == StvStage::Kind::Exclusion ? QList<int> { stage.candidate } : QList<int>(),
                      count.candidates) },
        };
        if (stage.kind == StvStage::Kind::Surplus) {
            round.insert(QStringLiteral("surplus"), votes(stage.surplus));
            round.insert(QStringLiteral("transfer_value"),
                         QJsonObject { { QStringLiteral("surplus"), votes(stage.transferValueNumerator) },
                                       { QStringLiteral("total"), votes(stage.transferValueDenominator) } });
        }
        rounds.append(round);
    }
    QJsonObject document {
        { QStringLiteral("method"), QStringLiteral("stv") },
        { QStringLiteral("title"), count.title },
        { QStringLiteral("seats"), count.seats },
        { QStringLiteral("candidates"), QJsonArray::fromStringList(count.candidates) },
        { QStringLiteral("withdrawn"), namesOf(count.withdrawn, count.candidates) },
        { QStringLiteral("valid"), count.validPapers },
        { QStringLiteral("invalid"), count.invalidPapers },
        { QStringLiteral("quota"), count.quota },
        { QStringLiteral("elected"), namesOf(count.elected, count.candidates) },
        { QStringLiteral("rounds"), rounds },
        { QStringLiteral("non_transferable"), votes(count.totalNonTransferable()) },
        { QStringLiteral("seed"), QString::number(count.seed) },
        { QStringLiteral("ties"), tiesOf(count.lots, count.candidates) },
        { QStringLiteral("ties_explored"), count.exploredLots() },
    };
    if (const QString note = Stv::unexploredLotsNote(count.lots.size(), count.exploredLots());
        !note.isEmpty())
        document.insert(QStringLiteral("ties_note"), note);
    return document;
}

QJsonObject pluralityCountJson(const PluralityCount& count)
{
    QJsonObject votesByCandidate;
    for (int c = 0; c < count.candidates.size(); ++c) {
        if (!count.withdrawn.contains(c))
            votesByCandidate.insert(count.candidates.at(c), count.votes.at(c));
    }
    const QJsonObject document {
        { QStringLiteral("method"), QStringLiteral("plurality") },
        { QStringLiteral("title"), count.title },
        { QStringLiteral("seats"), count.seats },
        { QStringLiteral("candidates"), QJsonArray::fromStringList(count.candidates) },
        { QStringLiteral("withdrawn"), namesOf(count.withdrawn, count.candidates) },
        { QStringLiteral("valid"), count.validPapers },
        { QStringLiteral("spoilt"), count.spoiltPapers },
        { QStringLiteral("votes"), votesByCandidate },
        { QStringLiteral("elected"), namesOf(count.elected, count.candidates) },
        { QStringLiteral("seed"), QString::number(count.seed) },
        { QStringLiteral("ties"), tiesOf(count.lots, count.candidates) },
    };
    return document;
}

} // namespace mutualise::storage
