#pragma once

#include "domain/Meeting.h"
#include "domain/Tally.h"

#include <QHash>
#include <QJsonObject>

namespace mutualise::storage {

// A motion's count as JSON: what is stored when voting closes and what `mutualise-cli tally --json`
// prints. Weights are numbers (exact for whole numbers; class-weighted shares of the whole also carry
// "exact", the fraction as text, e.g. "19/30"). The keys are listed with MotionResult.
QJsonObject motionResultJson(const domain::Tally& tally, const domain::Motion& motion,
                             const domain::VoterRoll& roll, const QHash<qint64, QString>& classNames);

} // namespace mutualise::storage
