#pragma once

#include "domain/BltElection.h"
#include "domain/Election.h"
#include "domain/Error.h"

#include <QByteArray>
#include <QByteArrayView>

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
// The most candidates one file may name: as many as an election may have.
constexpr int maximumCandidates = domain::maximumCandidates;

// Reads a .blt file strictly, a line at a time, and stops at the first line that cannot be valid.
// Blank lines are skipped; anything else that does not fit the format is refused with the line it is
// on, and one of the rules:
//   "not-utf8"             the file is not UTF-8 text
//   "line-too-long"        a line longer than TextLines::maximumLineLength
//   "blt-header"           the first line is not "candidates seats [-withdrawn ...]", names more than
//                          maximumCandidates candidates, or more seats than candidates standing
//   "blt-ballot"           a ballot line is malformed (weight, candidate numbers, the closing 0)
//   "unknown-candidate"    a preference for a candidate number the file does not name
//   "duplicate-preference" one ballot ranks the same candidate twice
//   "blt-names"            names missing, empty, malformed or longer than domain::maximumTitleLength,
//                          or text after the title
//   "duplicate-candidate"  two candidates named alike, ignoring case: the result could not say which
//                          was elected
//   "control-character"    a name or the title holds a control or reordering character
// What the messages quote of the file is made visible and cut short (domain::quotedText).
domain::Result<domain::BltElection> read(QByteArrayView content);

// Writes the election so that read() gives it back exactly (and other counting tools can read it):
// UTF-8, names and title quoted. The format has no way to escape a line break or any other control
// character, so an election that read() would refuse or read differently is refused instead, with
// read()'s rules: names and title that are not plain text on one line, or have spaces around them,
// names empty, too long or alike, seats, withdrawn candidates or ballots out of range.
domain::Result<QByteArray> write(const domain::BltElection& election);

} // namespace mutualise::formats::Blt
