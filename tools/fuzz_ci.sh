#!/usr/bin/env bash
# The short fuzz pass of the test command (CTest: fuzz.build, then the fuzz.<target> tests).
#
# usage: tools/fuzz_ci.sh build FUZZ_BUILD
#          configures and builds the libFuzzer targets of the pass (CMake target nwgf_fuzz_ci:
#          every target of fuzz/ but study_config and results, which instrument the neural
#          library) with clang-14 in FUZZ_BUILD; prints why and does nothing where clang-14 with
#          libFuzzer, ASan and UBSan is not installed.
#        tools/fuzz_ci.sh run FUZZ_BUILD TARGET SECONDS
#          runs FUZZ_BUILD/fuzz/TARGET_fuzz for SECONDS from a temporary copy of the committed
#          seeds fuzz/corpus/TARGET/ (the repository is never written); exit 1 on a crash, a
#          sanitizer report or a parser that throws anything but a usage error (fuzz/fuzz_util.h),
#          the input kept in FUZZ_BUILD/fuzz/artifacts/TARGET/; exit 77 (CTest's skip) with the
#          reason when the target was not built.
# UBSan halts on its first report (halt_on_error=1): the libraries are compiled with recoverable
# UBSan checks, which would otherwise only print and let the fuzzer carry on.
# Environment: CXX (default clang++-14), NWGF_FUZZ_JOBS (default: nproc).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cxx=${CXX:-clang++-14}

have_clang() {
  command -v "$cxx" > /dev/null &&
    echo 'int main(){}' | "$cxx" -x c++ -fsanitize=fuzzer-no-link,address,undefined -o /dev/null - 2> /dev/null
}

case "${1:-}" in
  build)
    [ $# -eq 2 ] || { echo "usage: $0 build FUZZ_BUILD" >&2; exit 2; }
    build=$2
    if ! have_clang; then
      echo "fuzz_ci.sh: $cxx with libFuzzer, ASan and UBSan is not installed: the fuzz.* tests will be skipped (tools/install-deps.sh installs clang-14 and libclang-rt-14-dev)"
      exit 0
    fi
    launcher=()
    command -v ccache > /dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    if [ ! -f "$build/CMakeCache.txt" ]; then
      mkdir -p "$build"
      # -O1 and line tables only: quick to compile, assertions kept, stack traces with lines.
      cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -gline-tables-only" -DCMAKE_CXX_COMPILER="$cxx" \
        -DNWGF_FUZZ=ON -DNWGF_BUILD_TESTS=OFF -DNWGF_BUILD_BENCH=OFF "${launcher[@]}" > "$build/configure.log" 2>&1 ||
        { cat "$build/configure.log"; rm -f "$build/CMakeCache.txt"; exit 1; }
    fi
    cmake --build "$build" -j "${NWGF_FUZZ_JOBS:-$(nproc)}" --target nwgf_fuzz_ci
    ;;
  run)
    [ $# -eq 4 ] || { echo "usage: $0 run FUZZ_BUILD TARGET SECONDS" >&2; exit 2; }
    build=$2 target=$3 seconds=$4
    case "$seconds" in '' | *[!0-9]*) echo "fuzz_ci.sh: SECONDS='$seconds' is not a whole number" >&2; exit 2 ;; esac
    case "$target" in '' | *[!a-z_]*) echo "fuzz_ci.sh: TARGET='$target' is not a target name" >&2; exit 2 ;; esac
    seeds=$root/fuzz/corpus/$target
    [ -d "$seeds" ] || { echo "fuzz_ci.sh: no seed corpus $seeds" >&2; exit 2; }
    binary=$build/fuzz/${target}_fuzz
    if [ ! -x "$binary" ]; then
      if have_clang; then
        echo "SKIP: $binary is not built (CTest fuzz.build builds the fuzz tree; or: $0 build $build)"
      else
        echo "SKIP: $cxx with libFuzzer, ASan and UBSan is not installed (tools/install-deps.sh installs clang-14 and libclang-rt-14-dev)"
      fi
      exit 77
    fi
    work=$(mktemp -d "${TMPDIR:-/tmp}/nwgf-fuzz-$target.XXXXXX")
    trap 'rm -rf "$work"' EXIT
    mkdir "$work/corpus" "$work/artifacts"
    cp -R "$seeds/." "$work/corpus/"
    rc=0
    OMP_NUM_THREADS=1 ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1} LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$root/fuzz/lsan.supp} UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1} \
      "$binary" -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=20 -max_len=65536 -print_final_stats=1 \
      -artifact_prefix="$work/artifacts/" "$work/corpus" > "$work/log" 2>&1 || rc=$?
    execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$work/log" | grep -o '[0-9]*$' | tail -n 1 || true)
    if [ $rc -ne 0 ]; then
      kept=$build/fuzz/artifacts/$target
      mkdir -p "$kept"
      cp -R "$work/artifacts/." "$kept/" 2> /dev/null || true
      tail -n 60 "$work/log"
      echo "fuzz.$target: FAILED (exit $rc after ${execs:-?} executions); the input is in $kept/ (replay: $binary $kept/<file>)"
      exit 1
    fi
    echo "fuzz.$target: ${execs:-?} executions in $seconds s from $(ls "$seeds" | wc -l) seeds, no finding"
    ;;
  *)
    echo "usage: $0 build FUZZ_BUILD | run FUZZ_BUILD TARGET SECONDS" >&2
    exit 2
    ;;
esac
