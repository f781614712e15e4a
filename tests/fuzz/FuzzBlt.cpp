// The .blt reader (formats::Blt), and the counts of what it accepts: whatever the bytes, a refusal
// names its rule, what is read is written so that it reads back the same, and a small enough election
// is counted by STV and by plurality without a crash.
#include "FuzzTarget.h"
#include "domain/StvCount.h"
#include "formats/Blt.h"

using namespace mutualise;

extern "C" int LLVMFuzzerInitialize(int* /*argc*/, char*** /*argv*/)
{
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArrayView content(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const auto election = formats::Blt::read(content);
    if (!election) {
        requireThat(!election.error().rule.isEmpty() && !election.error().message.isEmpty(),
                    "a refused file is told why, by a rule");
        return 0;
    }
    const auto written = formats::Blt::write(*election);
    requireThat(written.isOk(), "an election read can be written");
    const auto reread = formats::Blt::read(*written);
    requireThat(reread.isOk(), "what is written reads back");
    requireThat(formats::Blt::write(*reread).value() == *written, "what is written reads back the same");

    // The count's own limits are tested elsewhere; here, anything the reader lets through is counted
    // or refused in words, not crashed on.
    if (election->ballots.size() <= 200 && election->candidates.size() <= 20) {
        if (const auto stv = domain::Stv::count(*election); !stv)
            requireThat(!stv.error().rule.isEmpty(), "a count refused is told why");
        if (const auto plurality = domain::Stv::countPlurality(*election); !plurality)
            requireThat(!plurality.error().rule.isEmpty(), "a count refused is told why");
    }
    return 0;
}
