#pragma once

#include "domain/Error.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace mutualise::domain {

// One line of ballots: how many identical papers, and the candidates they rank in order of
// preference (indexes into BltElection::candidates, from 0).
struct BltBallot
{
    qint64 weight = 1;
    QList<int> preferences;
    int line = 0; // where it was read, for messages; 0 when it was not read from a file
};

// An election as the ".blt" files of STV counting tools describe it (the format of OpenSTV, eSTV and
// the cast vote records Scottish councils publish):
//
//     3 2                 candidates, seats (and, optionally, withdrawn candidates as -N)
//     -3                  withdrawn candidates may also stand on lines of their own
//     4 1 2 0             a weight, the preferences as candidate numbers from 1, and 0
//     0                   the end of the ballots
//     "Ann Smith"         one name per candidate, quoted ("" inside stands for one ") or not
//     "Board election"    the election's title
struct BltElection
{
    int seats = 0;
    QStringList candidates;
    QList<int> withdrawn; // indexes of candidates who withdrew: preferences for them are skipped
    QList<BltBallot> ballots;
    QString title;

    qint64 totalWeight() const;
    bool isWithdrawn(int candidate) const { return withdrawn.contains(candidate); }
};

namespace Blt {

// The most ballot papers one file may carry; it keeps every count within 64-bit arithmetic.
constexpr qint64 maximumTotalWeight = 1'000'000'000'000;

// Reads a .blt file strictly. Blank lines are skipped; anything else that does not fit the format is
// refused with the line it is on, and one of the rules:
//   "not-utf8"             the file is not UTF-8 text
//   "blt-header"           the first line is not "candidates seats [-withdrawn ...]"
//   "blt-ballot"           a ballot line is malformed (weight, candidate numbers, the closing 0)
//   "unknown-candidate"    a preference for a candidate number the file does not name
//   "duplicate-preference" one ballot ranks the same candidate twice
//   "blt-names"            names missing, empty or malformed, or text after the title
Result<BltElection> read(const QByteArray& content);

// Writes the election so that read() gives it back (and other counting tools can read it): UTF-8,
// names and title quoted.
QByteArray write(const BltElection& election);

} // namespace Blt

} // namespace mutualise::domain
