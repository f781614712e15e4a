#pragma once

// What every fuzz target defines: libFuzzer's entry points. A target is built twice: with libFuzzer
// (scripts/fuzz.sh), which calls them with inputs it invents, and with ReplayCorpus.cpp, which calls
// them with every file of the target's corpus under tests/fuzz/corpus, as a test on every run.
//
// A target fails by crashing: a sanitizer's report, or an abort when a rule it checks does not hold
// (requireThat), so that libFuzzer keeps the input that did it.

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv);
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

// Aborts, saying what did not hold, when `condition` is false.
inline void requireThat(bool condition, const char* what)
{
    if (!condition) {
        std::fprintf(stderr, "fuzz target: %s does not hold\n", what);
        std::abort();
    }
}
