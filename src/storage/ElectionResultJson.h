#pragma once

#include "domain/StvCount.h"

#include <QJsonObject>

namespace mutualise::storage {

// An election's count as JSON: what is stored when voting closes and what `mutualise-cli count --json`
// prints. STV: "method", "title", "seats", "candidates", "withdrawn", "valid", "invalid", "quota",
// "elected" (names in order of election), "rounds" (each with "round", "action" (in words), "kind"
// ("first-preferences", "surplus", "exclusion"), "candidate" (whose surplus or exclusion), "totals",
// "transfers", "non_transferable", "elected", "excluded" and, for a surplus, "surplus" and
// "transfer_value"), "non_transferable", "seed", "ties" (each with "round", "purpose", "tied", "chosen",
// "could_change_elected" and "explored"), "ties_explored" (how many ties, from the first, were explored
// for their effect on the result) and, when that is not all of them, "ties_note" (a sentence that says
// so). Votes are numbers with up to five decimals.
QJsonObject stvCountJson(const domain::StvCount& count);
// Plurality: "method", "title", "seats", "candidates", "withdrawn", "valid", "spoilt", "votes",
// "elected", "seed", "ties".
QJsonObject pluralityCountJson(const domain::PluralityCount& count);

} // namespace mutualise::storage
