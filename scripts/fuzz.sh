#!/usr/bin/env bash
# Fuzzes one target of tests/fuzz with libFuzzer for a while, starting from its corpus.
#   scripts/fuzz.sh TARGET SECONDS     for example: scripts/fuzz.sh FuzzBlt 600
# Targets: FuzzBlt FuzzCsv FuzzXlsx FuzzAllocationPlan FuzzImport FuzzMutualFile.
# Builds with clang under AddressSanitizer and UndefinedBehaviorSanitizer in build/fuzz. New inputs are
# kept in build/fuzz/corpus/TARGET; an input that crashes the target is written to build/fuzz/findings
# and the script exits non-zero. Once it is understood and fixed, add it to tests/fuzz/corpus/TARGET,
# which every test run replays.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ $# -ne 2 ]; then
    echo "usage: scripts/fuzz.sh TARGET SECONDS" >&2
    exit 2
fi
target=$1
seconds=$2
if [ ! -d "tests/fuzz/corpus/$target" ]; then
    echo "no fuzz target $target: see tests/fuzz" >&2
    exit 2
fi

source scripts/dependencies.sh
install_missing_packages "${mutualise_packages[@]}" clang libclang-rt-14-dev

export CCACHE_BASEDIR="$PWD" CCACHE_NOHASHDIR=true
CC=clang CXX=clang++ cmake -S . -B build/fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DMUTUALISE_FUZZ=ON \
    -DMUTUALISE_BUILD_BENCHMARKS=OFF >/dev/null
cmake --build build/fuzz --target "fuzz_$target"

# A whole file of a mutual is the largest seed; the other targets read files far smaller.
max_length=65536
if [ "$target" = FuzzMutualFile ]; then
    max_length=131072
fi
mkdir -p "build/fuzz/corpus/$target" build/fuzz/findings
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
export LSAN_OPTIONS="suppressions=$PWD/tests/lsan.supp:print_suppressions=0"
export QT_QPA_PLATFORM=offscreen
"build/fuzz/tests/fuzz/fuzz_$target" -max_total_time="$seconds" -max_len="$max_length" -timeout=30 \
    -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix=build/fuzz/findings/"$target"- \
    "build/fuzz/corpus/$target" "tests/fuzz/corpus/$target"
