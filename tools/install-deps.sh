#!/usr/bin/env bash
# Installs the Debian 12 packages this project builds, tests and reports with, where missing.
# Idempotent: does nothing (and needs no network) when everything is already installed.
# Usage: tools/install-deps.sh [--minimal]
#   --minimal: only what `nwgf` and the Python module need to build and run (the configure step
#   still finds the test and benchmark libraries, small header packages, so a later full build
#   reuses the same build folder); not the Slurm cluster, the fuzzing toolchain, PyTorch, xtensor,
#   JSON Schema, Fashion-MNIST or Chromium, which the tests, `nwgf flow --preset fashion-mnist` and the
#   PyTorch example use.
set -euo pipefail
minimal=(
  build-essential cmake ninja-build pkg-config
  libtorch-dev libboost-math-dev libfmt-dev nlohmann-json3-dev doctest-dev
  libbenchmark-dev libcli11-dev libstb-dev
  librapidcheck-dev                              # property-based tests (testing/property.h)
  gnuplot-nox python3 zlib1g-dev                 # reports; the IDX reader
  libcmark-gfm-dev libcmark-gfm-extensions-dev  # the reports' HTML page (Markdown with tables)
  python3-dev pybind11-dev python3-numpy         # the Python module and the NumPy examples
)
full=(
  python3-jsonschema dataset-fashion-mnist       # tools/validate_results.sh; the fashion-mnist preset
  slurm-wlm munge                                # tools/slurm/test_slurm.sh: a private Slurm cluster
  clang-14 libclang-rt-14-dev libomp-14-dev      # tools/fuzz.sh: libFuzzer, ASan, UBSan
  python3-torch libxtensor-dev                   # the PyTorch example; xtensor
  chromium                                       # the HTML report's browser test (headless)
)
packages=("${minimal[@]}")
if [ "${1:-}" != "--minimal" ]; then packages+=("${full[@]}"); fi
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
echo "install-deps: installing ${missing[*]}" >&2
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
