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
