#pragma once

#include "domain/Error.h"
#include "formats/CsvTable.h"
#include "storage/MotionRepository.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>

namespace mutualise::storage {

// Ballots from a CSV file as a spreadsheet saves one (see formats::CsvTable): an optional header line
// "member,choice,method" or "member,choice,method,proxy" in any case, then one ballot a row. Choices
// (for, against, abstain) and methods (person, post, online, proxy) are read in any case, without
// surrounding spaces.
//
// Nothing here knows the register or the motion: whether the member may vote is for
// MotionRepository::importBallots to say. Rules: those of CsvTable, "ballot-csv" (a row that is not
// a ballot, or no ballots at all), "control-character" (a member number holding one). Each message starts
// "Line N:", the line the row starts on, which each BallotInput carries too. It lives in storage rather than
// in formats because it reads into BallotInput, the type MotionRepository takes.
class BallotCsv
{
    Q_DECLARE_TR_FUNCTIONS(BallotCsv)

public:
    // Stops at the first row that is not a ballot.
    static domain::Result<QList<BallotInput>> read(QByteArrayView content);

private:
    static bool isHeader(const formats::CsvTable::Row& row);
    static domain::Result<BallotInput> ballotFrom(const formats::CsvTable::Row& row);
};

} // namespace mutualise::storage
