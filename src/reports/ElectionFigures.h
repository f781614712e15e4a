#pragma once

#include "domain/Election.h"
#include "storage/ElectionRepository.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace mutualise::reports {

// One round (a stage) of an STV count. Votes are in hundred-thousandths (domain::voteUnits), exactly as
// the count worked them.
struct ElectionRound
{
    enum class Kind
    {
        FirstPreferences,
        Surplus,
        Exclusion,
    };
    int number = 0; // from 1
    Kind kind = Kind::FirstPreferences;
    QString candidate; // whose surplus is transferred, or who is excluded
    QHash<QString, qint64> totals; // every continuing candidate's votes at the end of the round
    QHash<QString, qint64> transfers; // what each gained (or, transferring, lost) in the round
    qint64 nonTransferable = 0; // lost in this round
    QStringList elected; // reached the quota (or were deemed elected) at the end of the round
    qint64 surplus = 0;
    qint64 transferValueSurplus = 0; // a surplus round's transfer value: surplus / total
    qint64 transferValueTotal = 0;

    // "Surplus of Ann Smith", "Exclusion of Bob Jones", "First preferences".
    QString actionText() const;
};

// A choice between tied candidates that the rules left to lot.
struct ElectionTie
{
    int round = 0;
    QString purpose; // "surplus", "exclusion" or "election", as stored
    QStringList tied;
    QString chosen;
    bool couldChangeElected = false;
    bool isExplored = true; // false when the count's tie sensitivity ran out of budget before it

    // A sentence for a person: which tie, who was drawn, and whether another draw would have mattered.
    QString description() const;
};

// An election's count as stored (ElectionResultJson.h), read for showing and printing: nothing is
// counted again.
struct ElectionFigures
{
    Q_DECLARE_TR_FUNCTIONS(ElectionFigures)

public:
    bool isDeclared = false;
    domain::ElectionMethod method = domain::ElectionMethod::SingleTransferableVote;
    int seats = 0;
    QStringList candidates; // in ballot order, withdrawn ones included
    QStringList withdrawn;
    QStringList elected; // in order of election
    qint64 validPapers = 0;
    qint64 invalidPapers = 0; // STV: no preference for a candidate who stands; plurality: spoilt
    qint64 quota = 0; // STV, in whole votes
    qint64 nonTransferable = 0; // STV, in vote units, all rounds together
    QList<ElectionRound> rounds; // STV
    QHash<QString, qint64> votes; // plurality, whole votes per candidate
    QList<ElectionTie> ties;
    QString tiesNote; // when not every tie was explored for its effect on the result, a sentence saying so
    QStringList working;

    bool isStv() const { return method == domain::ElectionMethod::SingleTransferableVote; }
    // The candidates who stood, in ballot order.
    QStringList standing() const;
    // The round in which a candidate was elected or excluded, if any.
    std::optional<int> roundElected(const QString& candidate) const;
    std::optional<int> roundExcluded(const QString& candidate) const;
    // "Elected (1st)", "Excluded in round 3", "Not elected": where the candidate ended.
    QString outcomeText(const QString& candidate) const;
    // The rows of a chart of the count: the candidates who stood, then (by STV) an empty name for the
    // papers no candidate can take on.
    QStringList chartRows() const;
    // What a chart's row holds after the round, in vote units (plurality has one round); none for a
    // candidate no longer in the count.
    std::optional<qint64> unitsAfterRound(const QString& candidate, int round) const;
};

ElectionFigures electionFigures(const storage::ElectionResult& result);

// A transfer with its five decimal places, signed: "+3.12000", "-17.00000". Totals are written by
// domain::Stv::formatVotes.
QString transferText(qint64 units);

// "1 paper", "52 papers".
QString papersText(qint64 papers);

// How many of those on the roll have voted and how many papers there are (imported papers have no
// voter): "41 of 120 members voted, 52 papers".
QString turnoutText(qint64 voters, qint64 rollSize, qint64 papers);

} // namespace mutualise::reports
