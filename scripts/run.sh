#!/usr/bin/env bash
# Installs what is missing, builds, and opens Mutualise on the demo mutual (created in your data
# folder the first time). Any further arguments go to the program, e.g. scripts/run.sh my.mutual
set -euo pipefail
cd "$(dirname "$0")/.."

source scripts/dependencies.sh
install_missing_packages "${mutualise_packages[@]}"

export CCACHE_BASEDIR="$PWD" CCACHE_NOHASHDIR=true
cmake -S . -B build/release -G Ninja -DCMAKE_BUILD_TYPE=Release -DMUTUALISE_BUILD_TESTS=OFF \
    -DMUTUALISE_BUILD_BENCHMARKS=OFF >/dev/null
cmake --build build/release --target mutualise mutualise-cli

if [ $# -eq 0 ]; then
    exec build/release/src/app/mutualise --demo
fi
exec build/release/src/app/mutualise "$@"
