#pragma once

#include "domain/Tally.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace mutualise::domain {

// The count in plain, translated sentences, one per step, each with its figures. `classNames` names
// classes by id for class-weighted counts; a class without a name is called by its id.
QStringList describeWorking(const Tally& tally, const QHash<qint64, QString>& classNames = {});

// What the votes for had to pass, and where that bar comes from, in the working's words and figures:
// "at least 145,396½, 75% of 193,862 votes cast"; "more than 1,000, the votes against". Reads the
// scheme, the test, the votes cast and the eligible weight.
QString thresholdBarText(const Tally& tally);

// A figure as the working writes it: "145,396½", or "17/30 (56.67%)" under class weighting.
QString workingFigureText(VotingScheme scheme, const Fraction& figure);

} // namespace mutualise::domain
