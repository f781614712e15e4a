#!/usr/bin/env bash
# Installs what is missing, builds, and runs the whole test suite headless through CTest.
#   scripts/test.sh              the normal build, warnings as errors
#   scripts/test.sh --sanitize   the same under AddressSanitizer and UndefinedBehaviorSanitizer
# Exits non-zero if anything fails. Running it again rebuilds only what changed.
set -euo pipefail
cd "$(dirname "$0")/.."

build_dir=build/test
cmake_options=(-DMUTUALISE_WARNINGS_AS_ERRORS=ON -DMUTUALISE_SHARED_LIBRARIES=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo)
if [ "${1:-}" = "--sanitize" ]; then
    build_dir=build/sanitize
    cmake_options=(-DMUTUALISE_WARNINGS_AS_ERRORS=ON -DMUTUALISE_SHARED_LIBRARIES=ON -DMUTUALISE_SANITIZE=ON -DCMAKE_BUILD_TYPE=Debug
                   -DMUTUALISE_BUILD_BENCHMARKS=OFF)
    export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:strict_string_checks=1"
    export LSAN_OPTIONS="suppressions=$PWD/tests/lsan.supp:print_suppressions=0"
    export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
fi

source scripts/dependencies.sh
install_missing_packages "${mutualise_packages[@]}" "${mutualise_test_packages[@]}"

export CCACHE_BASEDIR="$PWD" CCACHE_NOHASHDIR=true
cmake -S . -B "$build_dir" -G Ninja "${cmake_options[@]}" >/dev/null
cmake --build "$build_dir"

export QT_QPA_PLATFORM=offscreen
ctest --test-dir "$build_dir" --output-on-failure -j2
