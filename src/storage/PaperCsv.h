#pragma once

#include "domain/Error.h"
#include "formats/CsvTable.h"
#include "storage/ElectionRepository.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>

namespace mutualise::storage {

// An election's ballot papers from a CSV file as a spreadsheet saves one (see formats::CsvTable): an optional
// header line "member,preferences,method" in any case, then one paper a row. The preferences are the
// candidates' positions on the ballot, from 1, in order of preference and separated by spaces ("3 1
// 2"), or "blank" in any case for a blank or spoilt paper; the method is person, post or online, in
// any case.
//
// Nothing here knows the roll or the candidates: whether the member may vote and whether the
// positions name candidates standing are for ElectionRepository::castPapers to say. Rules: those of
// CsvTable, "control-character" (a member number holding one), "paper-csv" (a row that is not a paper, or no
// papers at all), "empty-paper" (no preferences and not "blank": a paper left out by mistake is not filed as
// blank). Each message starts "Line N:", the line the row starts on, which each PaperInput carries too. It
// lives in storage rather than in formats because it reads into PaperInput, the type ElectionRepository
// takes.
class PaperCsv
{
    Q_DECLARE_TR_FUNCTIONS(PaperCsv)

public:
    // Stops at the first row that is not a paper.
    static domain::Result<QList<PaperInput>> read(QByteArrayView content);

private:
    static domain::Result<PaperInput> paperFrom(const formats::CsvTable::Row& row);
    static domain::Result<QList<int>> preferencesFrom(const formats::CsvTable::Row& row);
};

} // namespace mutualise::storage
