// The CSV readers: every row of formats::CsvTable, and the ballot and paper files read from it
// (storage::BallotCsv, storage::PaperCsv). Whatever the bytes, a refusal names its rule and the rows
// end.
#include "FuzzTarget.h"
#include "formats/CsvTable.h"
#include "storage/BallotCsv.h"
#include "storage/PaperCsv.h"

using namespace mutualise;

extern "C" int LLVMFuzzerInitialize(int* /*argc*/, char*** /*argv*/)
{
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArrayView content(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    formats::CsvTable table(content, QStringLiteral("fuzz-csv"));
    // Each row takes at least a byte of the input, so there are never more rows than bytes.
    for (std::size_t rows = 0;; ++rows) {
        requireThat(rows <= size + 1, "the rows of a file end");
        const auto row = table.next();
        if (!row) {
            requireThat(!row.error().rule.isEmpty(), "a refused row is told why, by a rule");
            break;
        }
        if (!*row)
            break;
        for (qsizetype field = 0; field < (*row)->fields.size(); ++field)
            (void)formats::CsvTable::plainField(**row, field, QStringLiteral("field"),
                                                QStringLiteral("fuzz-csv"));
    }
    if (const auto ballots = storage::BallotCsv::read(content); !ballots)
        requireThat(!ballots.error().rule.isEmpty(), "a refused ballot file is told why, by a rule");
    if (const auto papers = storage::PaperCsv::read(content); !papers)
        requireThat(!papers.error().rule.isEmpty(), "a refused paper file is told why, by a rule");
    return 0;
}
