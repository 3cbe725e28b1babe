#!/usr/bin/env bash
# Builds the libFuzzer targets of fuzz/ (clang, ASan + UBSan, its own build folder) and runs each
# for a bounded time from its committed seed corpus fuzz/corpus/<target>/.
#
# usage: tools/fuzz.sh [SECONDS] [TARGET ...]
#   SECONDS  fuzzing time per target (default 60)
#   TARGET   json targets points idx pgm line_specs run_json html_page flow_record npy pt csv study_config
#            results (default: all; "light": the first nine, which build in about a minute; "ci": all but
#            the two study targets, which also build the neural library instrumented)
# UBSan halts on its first report (halt_on_error=1): the libraries are compiled with recoverable
# UBSan checks, which would otherwise only print and let the fuzzer carry on.
# Environment: NWGF_FUZZ_BUILD  build folder (default build-fuzz/ in the source tree)
#              CXX              clang++ to use (default clang++-14)
#              NWGF_FUZZ_JOBS   parallel compile jobs (default 2)
# New inputs found go to the build folder's corpus (the committed seeds are not touched);
# a crash leaves its input in <build>/fuzz/artifacts/<target>/ and makes the script exit 1.
# Exit 77 (CTest's skip) when clang with libFuzzer is not installed.
# Prints one line per target: executions, executions per second, corpus size, result.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
seconds=${1:-60}
[ $# -gt 0 ] && shift
case "$seconds" in '' | *[!0-9]*) echo "fuzz.sh: SECONDS='$seconds' is not a whole number" >&2; exit 2 ;; esac
light=(json targets points idx pgm line_specs run_json html_page flow_record)
ci=("${light[@]}" npy pt csv)
all=("${ci[@]}" study_config results)
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=("${all[@]}")
[ "${targets[*]}" = light ] && targets=("${light[@]}")
[ "${targets[*]}" = ci ] && targets=("${ci[@]}")
for t in "${targets[@]}"; do
  [[ " ${all[*]} " == *" $t "* ]] || { echo "fuzz.sh: unknown target '$t' (known: ${all[*]})" >&2; exit 2; }
done
build=${NWGF_FUZZ_BUILD:-$root/build-fuzz}
cxx=${CXX:-clang++-14}
if ! command -v "$cxx" > /dev/null || ! echo 'int main(){}' | "$cxx" -x c++ -fsanitize=fuzzer-no-link,address,undefined -o /dev/null - 2> /dev/null; then
  echo "SKIP: $cxx with libFuzzer, ASan and UBSan is not installed (tools/install-deps.sh installs clang-14 and libclang-rt-14-dev)"
  exit 77
fi
launcher=()
command -v ccache > /dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
mkdir -p "$build"
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER="$cxx" \
  -DNWGF_FUZZ=ON -DNWGF_BUILD_TESTS=OFF -DNWGF_BUILD_BENCH=OFF "${launcher[@]}" > "$build/configure.log" 2>&1 ||
  { cat "$build/configure.log"; exit 1; }
cmake --build "$build" -j "${NWGF_FUZZ_JOBS:-2}" --target "${targets[@]/%/_fuzz}"

status=0
printf '%-13s %12s %10s %8s  %s\n' target executions exec/s corpus result
for t in "${targets[@]}"; do
  work="$build/fuzz/corpus/$t"
  artifacts="$build/fuzz/artifacts/$t/"
  mkdir -p "$work" "$artifacts"
  log="$build/fuzz/$t.log"
  rc=0
  ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1} LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$root/fuzz/lsan.supp} UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1} \
    "$build/fuzz/${t}_fuzz" -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=20 -max_len=65536 \
    -print_final_stats=1 -artifact_prefix="$artifacts" "$work" "$root/fuzz/corpus/$t" > "$log" 2>&1 || rc=$?
  execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' | tail -n 1)
  rate=$(grep -o 'stat::average_exec_per_sec: *[0-9]*' "$log" | grep -o '[0-9]*$' | tail -n 1)
  result=ok
  if [ $rc -ne 0 ]; then
    result="FAILED (exit $rc; input in $artifacts, log $log)"
    status=1
  fi
  printf '%-13s %12s %10s %8s  %s\n' "$t" "${execs:-?}" "${rate:-?}" "$(ls "$work" | wc -l)" "$result"
done
exit $status
