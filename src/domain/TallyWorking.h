#pragma once

#include "domain/Tally.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace mutualise::domain {

// The count in plain, translated sentences, one per step, each with its figures. `classNames` names
// classes by id for class-weighted counts; a class without a name is called by its id.
QStringList describeWorking(const Tally& tally, const QHash<qint64, QString>& classNames = {});

} // namespace mutualise::domain
