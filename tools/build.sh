#!/usr/bin/env bash
# Installs missing dependencies, configures (Release, Ninja) and builds into build/.
# Usage: tools/build.sh [--minimal] [extra cmake -D options]
#   (default)  every package and every target: nwgf, the Python module, nwgf_bench and all the test
#              programs (what the test command needs).
#   --minimal  the packages nwgf and the Python module need (tools/install-deps.sh --minimal) and
#              only those two targets: the fast path to `build/nwgf` and scoring a solver. A later
#              `tools/build.sh` installs the rest and builds everything in the same folder.
set -euo pipefail
cd "$(dirname "$0")/.."
mode=full
if [ "${1:-}" = "--minimal" ]; then
  mode=minimal
  shift
fi
if [ "$mode" = minimal ]; then tools/install-deps.sh --minimal; else tools/install-deps.sh; fi
if [ ! -f build/CMakeCache.txt ]; then
  cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release "$@" >&2
fi
if [ "$mode" = minimal ]; then
  targets=(nwgf)
  # The Python module's target exists when CMake found Python's development files and pybind11.
  if cmake --build build --target help 2>/dev/null | grep -q '^nwgf_python:'; then targets+=(nwgf_python); fi
  cmake --build build -j "$(nproc)" --target "${targets[@]}" >&2
else
  cmake --build build -j "$(nproc)" >&2
fi
