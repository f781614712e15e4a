#include "domain/BltElection.h"

namespace mutualise::domain {

qint64 BltElection::totalWeight() const
{
    qint64 total = 0;
    for (const BltBallot& ballot : ballots)
        total += ballot.weight;
    return total;
}

} // namespace mutualise::domain
