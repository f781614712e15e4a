#pragma once

#include "domain/BltElection.h"
#include "domain/Error.h"

#include <QByteArray>

// The ".blt" files of STV counting tools (the format of OpenSTV, eSTV and the cast vote records
// Scottish councils publish):
//
//     3 2                 candidates, seats (and, optionally, withdrawn candidates as -N)
//     -3                  withdrawn candidates may also stand on lines of their own
//     4 1 2 0             a weight, the preferences as candidate numbers from 1, and 0
//     0                   the end of the ballots
//     "Ann Smith"         one name per candidate, quoted ("" inside stands for one ") or not
//     "Board election"    the election's title
namespace mutualise::formats::Blt {

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
domain::Result<domain::BltElection> read(const QByteArray& content);

// Writes the election so that read() gives it back (and other counting tools can read it): UTF-8,
// names and title quoted.
QByteArray write(const domain::BltElection& election);

} // namespace mutualise::formats::Blt
