#pragma once

#include "domain/Tally.h"
#include "storage/MotionRepository.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace mutualise::reports {

// One choice's line of a result as a person reads it.
struct ChoiceFigure
{
    QString label; // "For"
    qint64 members = 0;
    // What the choice weighs: shares ("400"), or a share of the whole vote ("66.67% (2/3)") under class
    // weighting; the member count again under one member, one vote.
    QString weight;
    double chartValue = 0; // members, shares, or percent of the whole vote: only to size a bar
};

// A motion's result, read from the JSON storage keeps with it (MotionResultJson.h), in the words and
// number formats of the user's language. Nothing here is counted again: every figure is the stored
// count's.
struct ResultFigures
{
    Q_DECLARE_TR_FUNCTIONS(ResultFigures)

public:
    bool isDeclared = false;
    domain::VotingScheme scheme = domain::VotingScheme::OneMemberOneVote;
    QString weightHeading; // the heading over the weights: "Votes (by shares)", "Share of the vote"
    QString chartAxisTitle;
    qint64 eligibleMembers = 0;
    QString eligibleWeight;
    ChoiceFigure votesFor;
    ChoiceFigure votesAgainst;
    ChoiceFigure abstentions;
    QString votesCast;
    QString quorum; // "3 needed, 5 took part: quorate"
    bool isQuorate = false;
    QString threshold; // "Ordinary resolution"
    QString thresholdTest; // "For 3 > 1: met"
    bool isThresholdMet = false;
    domain::MotionOutcome outcome = domain::MotionOutcome::Void;
    QString outcomeText;
    QString cap; // share-weighted only: "No cap", "40% of all shares"
    qint64 rollMembers = 0;
    QString rollTotal;
    QString rollFingerprint;
    QDate recordDate;

    bool isWeighted() const { return scheme != domain::VotingScheme::OneMemberOneVote; }
};

ResultFigures resultFigures(const storage::MotionResult& result);

} // namespace mutualise::reports
