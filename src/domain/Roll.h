#pragma once

#include "domain/Error.h"
#include "domain/Vote.h"

#include <QByteArray>
#include <QList>

namespace mutualise::domain {

// The roll of those eligible to vote, with their weights, frozen as voting opens.
//
// Weights: one member, one vote and class weighting give every member 1 (class weighting scales each
// class in the count, not here; a class without an agreed share of the vote does not vote, so its
// members are left off the roll). Share weighting gives each member its shares; with a cap, no member
// weighs more than floor(cap x all eligible members' shares / 10,000), worked out once from the
// uncapped total (capping does not repeat until nobody is above the cap).
//
// Fingerprint: the lower-case hex SHA-256 of this canonical text, encoded as UTF-8:
//     one line per entry, in roll order: <member number> TAB <class id> TAB <weight> LF
//     then one last line:                 total TAB <total weight> LF
// Numbers are plain decimal ASCII digits, without grouping or padding. The class id is there because a
// class-weighted count depends on it. An auditor can recompute it from the printed roll, e.g.
//     printf '2\t1\t1\n12\t1\t1\ntotal\t2\n' | sha256sum
//
// Rules: "empty-roll" (nobody eligible), "invalid-number", "duplicate-voter", "invalid-shares"
// (negative), "no-voting-weight" (every weight is 0, e.g. a share-weighted vote nobody holds shares
// for), "tally-overflow", and those of validateMotionRules and checkClassShares. Messages name a class
// by its name in `classNames` (class id -> name) when it is there.
Result<VoterRoll> freezeRoll(const QList<Voter>& eligible, const MotionRules& rules,
                             const QHash<qint64, QString>& classNames = {});

// The fingerprint freezeRoll would give these entries and total (see above).
QByteArray rollFingerprint(const QList<RollEntry>& entries, qint64 totalWeight);

// A class-weighted roll and rules agree: every member on the roll is in a class with a share of the
// vote (otherwise its vote would count for nothing), and every class with a share has someone on the
// roll (otherwise the rules and the register disagree about the classes; fix the motion's shares
// before voting opens rather than scale silently). Rule "class-shares"; a class is named as in
// freezeRoll.
Outcome checkClassShares(const VoterRoll& roll, const MotionRules& rules,
                         const QHash<qint64, QString>& classNames = {});

// The sum of the entries' weights; rule "tally-overflow" when it does not fit in 64 bits.
Result<qint64> totalWeightOf(const QList<RollEntry>& entries);

// Rule "tally-overflow": the figures of a roll or of a count are too large to be worked out exactly.
Error tallyOverflowError();

} // namespace mutualise::domain
