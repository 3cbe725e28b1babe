#!/usr/bin/env bash
# Installs missing dependencies, configures (Release, Ninja) and builds everything into build/.
# Usage: tools/build.sh [extra cmake -D options]
set -euo pipefail
cd "$(dirname "$0")/.."
tools/install-deps.sh
if [ ! -f build/CMakeCache.txt ]; then
  cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release "$@" >&2
fi
cmake --build build -j "$(nproc)" >&2
# The libFuzzer targets of the test command's short fuzz pass (ctest -R fuzz), a clang tree in
# build/fuzz (tools/fuzz_ci.sh; a notice and nothing else where clang-14 is absent). The
# analytic-only build has no LibTorch and so no fuzz targets.
if ! grep -q '^NWGF_ANALYTIC_ONLY:BOOL=ON' build/CMakeCache.txt; then
  tools/fuzz_ci.sh build build/fuzz >&2
fi
