#pragma once

#include "domain/StvCount.h"

#include <QJsonObject>

namespace mutualise::storage {

// An election's count as JSON: what is stored when voting closes and what `mutualise-cli count --json`
// prints. STV: "method", "title", "seats", "candidates", "withdrawn", "valid", "invalid", "quota",
// "elected" (names in order of election), "rounds" (each with "round", "action" (in words), "kind"
// ("first-preferences", "surplus", "exclusion"), "candidate" (whose surplus or exclusion), "totals",
// "transfers", "non_transferable", "elected", "excluded" and, for a surplus, "surplus" and
// "transfer_value"), "non_transferable", "seed", "ties". Votes are numbers with up to five decimals.
QJsonObject stvCountJson(const domain::StvCount& count);
// Plurality: "method", "title", "seats", "candidates", "withdrawn", "valid", "spoilt", "votes",
// "elected", "seed", "ties".
QJsonObject pluralityCountJson(const domain::PluralityCount& count);

} // namespace mutualise::storage
