#pragma once

#include "domain/BltElection.h"
#include "domain/Error.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace mutualise::domain {

// Votes in an STV count are kept in hundred-thousandths: transfer values are worked to five decimal
// places, so every figure of the count is an exact whole number of these units.
constexpr qint64 voteUnits = 100'000;

// A choice between tied candidates that the earlier stages could not settle, made by lot.
struct LotDraw
{
    enum class Purpose
    {
        Surplus, // whose equal surplus is transferred first
        Exclusion, // which of the equal lowest is excluded
        Election, // which of candidates with equal votes is elected (or elected first)
    };
    Purpose purpose = Purpose::Exclusion;
    int stage = 0; // index into the stages, or the stage after which the draw was made
    QList<int> tied; // the candidates drawn between
    int chosen = -1;
    // Whether another outcome of this draw would have elected different candidates.
    bool couldChangeElected = false;
    // Whether the other outcomes were counted to find that out: a count with very many draws runs out
    // of the tie sensitivity's budget first (Stv::count), and then couldChangeElected says nothing.
    bool isExplored = false;
};

// One stage of an STV count: the first preferences, the transfer of one surplus, or one exclusion.
struct StvStage
{
    enum class Kind
    {
        FirstPreferences,
        Surplus,
        Exclusion,
    };
    Kind kind = Kind::FirstPreferences;
    int candidate = -1; // whose surplus is transferred, or who is excluded
    qint64 surplus = 0; // of a Surplus stage, in vote units
    qint64 transferValueNumerator = 0; // a Surplus stage's transfer values: value x surplus / total
    qint64 transferValueDenominator = 0;
    QList<qint64> totals; // every candidate's votes at the end of the stage (0 once excluded)
    QList<qint64> transfers; // what each candidate gained (or, transferring, lost) in the stage
    qint64 nonTransferable = 0; // lost in this stage to papers with no further preference and to
                                // the truncation of transfer values
    QList<int> elected; // reached the quota at the end of the stage, highest first
    QList<int> electedWithoutQuota; // the last continuing candidates, deemed elected (rule 51)
    QList<int> excludedBefore; // every candidate excluded by the end of the stage, in order
};

// The count of one election by single transferable vote, as the Scottish Local Government Elections
// Order 2007 (SSI 2007/42, Schedule 1, rules 45 to 52) counts it.
struct StvCount
{
    int seats = 0;
    QStringList candidates;
    QList<int> withdrawn;
    QString title;
    qint64 validPapers = 0; // papers with a preference for a candidate who stands
    qint64 invalidPapers = 0; // papers with none (blank, or only withdrawn candidates)
    qint64 quota = 0; // in whole votes
    QList<int> elected; // in order of election
    QList<StvStage> stages;
    QList<LotDraw> lots;
    quint64 seed = 0;

    qint64 totalNonTransferable() const;
    bool isElected(int candidate) const { return elected.contains(candidate); }
    // How many of the draws, from the first, were explored for their effect on the result.
    qsizetype exploredLots() const;
};

// The count of an election in which each voter marks up to `seats` candidates, all marks equal.
struct PluralityCount
{
    int seats = 0;
    QStringList candidates;
    QList<int> withdrawn;
    QString title;
    qint64 validPapers = 0;
    qint64 spoiltPapers = 0; // more marks than seats, or none for a candidate who stands
    QList<qint64> votes; // per candidate
    QList<int> elected; // most votes first
    QList<LotDraw> lots;
    quint64 seed = 0;
};

namespace Stv {

// The count's rules: Droop quota (valid votes / (seats + 1), plus one, ignoring fractions); the
// largest surplus transferred first, every paper the elected candidate holds at its value x surplus /
// the candidate's total, truncated to five decimal places; the lowest candidate excluded when no
// surplus remains, each of its papers passed on at its value; ties settled by the earliest stage at
// which the candidates differed, then by lot, drawn from `seed` so that a count can be repeated.
// Where a lot decided, every other outcome of the draw is counted too, to say whether it mattered,
// draw after draw from the first, until the tie sensitivity's budget runs out (maximumRecounts,
// maximumRecountSteps): a count in which every candidate is tied could otherwise take longer than
// anyone would wait. The draws left unexplored are marked so. Some draws need no recount: one that
// could have excluded a candidate who was elected mattered, and one that only ordered candidates who
// were all elected did not.
Result<StvCount> count(const BltElection& election, quint64 seed = 1);

// The tie sensitivity's budget: at most this many counts again with another outcome of a draw, and
// at most this much work in all (a step is a preference read, a paper moved or a candidate looked at in
// a stage), so that exploring the ties takes no more than a few times a count of a large ward.
constexpr int maximumRecounts = 200;
constexpr qint64 maximumRecountSteps = 10'000'000;

// "Ties were broken by lot 998 times; only the first 20 were explored for their effect on the
// result.", or an empty string when every draw was explored.
QString unexploredLotsNote(qsizetype draws, qsizetype explored);

// Plurality: each paper gives one vote to each candidate it marks, up to `seats` marks; the
// candidates with the most votes are elected, a tie for the last seat settled by lot.
Result<PluralityCount> countPlurality(const BltElection& election, quint64 seed = 1);

// Which candidates a stage's table shows, by candidate: those who stand and were not excluded before
// it (the one excluded in it is shown, losing its votes), as the official result sheets show them.
QList<bool> shownCandidates(const StvCount& count, const StvStage& stage);

// "1,234.56789": a figure of the count in vote units, with the five decimal places the rules use.
QString formatVotes(qint64 units);

// Plain-English lines of the count for minutes: quota, each stage and who was elected.
QStringList describe(const StvCount& count);
QStringList describe(const PluralityCount& count);

} // namespace Stv

} // namespace mutualise::domain
