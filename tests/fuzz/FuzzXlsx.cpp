// The workbook reader (formats::XlsxSheet, and the zip reader under it): whatever the bytes, a refusal
// names its rule, and what it gives is no larger than the limit it was given.
#include "FuzzTarget.h"
#include "formats/XlsxSheet.h"

using namespace mutualise;

extern "C" int LLVMFuzzerInitialize(int* /*argc*/, char*** /*argv*/)
{
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArrayView content(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    // A small limit, so that a tiny input that claims a huge sheet is refused rather than inflated.
    constexpr qint64 limit = 4 * 1024 * 1024;
    const auto csv = formats::XlsxSheet::firstSheetAsCsv(content, limit);
    if (!csv) {
        requireThat(!csv.error().rule.isEmpty() && !csv.error().message.isEmpty(),
                    "a refused workbook is told why, by a rule");
        return 0;
    }
    requireThat(csv->size() <= limit, "the sheet read stays within its limit");
    return 0;
}
