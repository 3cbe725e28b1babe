#!/usr/bin/env bash
# One device call on the lent GPU machine: configure + build against the CUDA LibTorch bundled with
# that machine's PyTorch (torch.utils.cmake_prefix_path) with -DNWGF_CUDA=ON, run the test suite,
# the benchmarks (GPU and CPU side by side, JSON), and one study cell on --device cuda (and the same
# cell on the CPU), writing everything into $OUT. See tools/gpu/README.md.
#
# Before the call, HERE (Debian machine): tools/gpu/prepare-deps.sh   (fills tools/gpu/deps/)
# The device call (the `run` tool; <= 2000 characters; carry the deps folder):
#   run(command="bash tools/gpu/run.sh", carry=["tools/gpu/deps"], timeout_s=600)
# Its files come back as (8 at most): run.log (all phases, timings, summary at the end),
# nvidia-smi.txt, build.log, ctest.log, bench_gpu.json, bench_cpu.json, cell_cuda.json (CUDA graph),
# cell_cuda_eager.json (--no-cuda-graph), cell_cpu.json.
#
# Every phase is time-boxed (timeout) inside an overall budget (NWGF_GPU_BUDGET_S, default 560 s,
# so that the call ends inside its 600 s); a failed or timed-out phase is logged and the later
# phases still run. Knobs (environment): NWGF_GPU_BUDGET_S, NWGF_GPU_PHASES (comma list of
# env,configure,build,ctest,bench,cell; default all), NWGF_GPU_CELL_ARGS (default: the first 4
# steps of the reference 2D backward run), NWGF_GPU_JOBS (default nproc), NWGF_GPU_CUDA (ON; OFF for a CPU-only dry run of
# this script on a machine without CUDA).
set -euo pipefail
cd "$(dirname "$0")/../.."
root="$PWD"
deps="$root/tools/gpu/deps"
build="${NWGF_GPU_BUILD_DIR:-$root/build-cuda}"  # override: dry runs against an existing build
OUT="${OUT:-$build/out}"
mkdir -p "$OUT" "$build"
exec > >(tee -a "$OUT/run.log") 2>&1

t_start=$SECONDS
budget="${NWGF_GPU_BUDGET_S:-560}"
phases=",${NWGF_GPU_PHASES:-env,configure,build,ctest,bench,cell},"
jobs="${NWGF_GPU_JOBS:-$(nproc)}"
cuda="${NWGF_GPU_CUDA:-ON}"
# 4 of the reference run's 24 steps (tau 0.05, T 1.2), 5000 Adam iterations each: summary.step_median_s
# x 24 estimates the reference 2D run; NWGF_GPU_CELL_ARGS="--scheme backward --d 2" runs all of it.
cell_args="${NWGF_GPU_CELL_ARGS:---scheme backward --d 2 --T 0.2}"
summary=()

log() { echo "[run.sh $(date -u +%H:%M:%S) +$((SECONDS - t_start))s] $*"; }
want() { [[ "$phases" == *",$1,"* ]]; }
remaining() { echo $((t_start + budget - SECONDS)); }
# step <name> <cap seconds> <command...>: runs the command under timeout min(cap, remaining - 5);
# records rc and seconds; never fails the script.
step() {
  local name="$1" cap="$2"; shift 2
  local left; left=$(( $(remaining) - 5 ))
  local limit=$(( cap < left ? cap : left ))
  if (( limit < 5 )); then
    log "SKIP $name (budget spent)"; summary+=("$name: skipped (budget)"); return 0
  fi
  log "BEGIN $name (limit ${limit}s): $*"
  local t0=$SECONDS rc=0
  # via bash -c so that exported shell functions (configure, bench) can be time-boxed too
  timeout -k 5 "$limit" bash -c '"$@"' _ "$@" || rc=$?
  local dt=$((SECONDS - t0))
  local what="rc=$rc"; (( rc == 124 || rc == 137 )) && what="TIMEOUT after ${limit}s"
  log "END $name: $what, ${dt}s"
  summary+=("$name: $what, ${dt}s")
  return 0
}

log "root $root, OUT $OUT, budget ${budget}s, phases $phases, NWGF_CUDA=$cuda"

# --- env -----------------------------------------------------------------------------------------
py=python3
torch_prefix=""; torch_lib=""; nvidia_libs=""; cudnn_inc=""; cudnn_lib=""
if $py -c 'import torch' 2>/dev/null; then
  torch_prefix="$($py -c 'import torch.utils; print(torch.utils.cmake_prefix_path)')"
  torch_lib="$($py -c 'import torch, os; print(os.path.join(os.path.dirname(torch.__file__), "lib"))')"
  site="$($py -c 'import torch, os; print(os.path.dirname(os.path.dirname(torch.__file__)))')"
  nvidia_libs="$(ls -d "$site"/nvidia/*/lib 2>/dev/null | paste -sd: || true)"
  cudnn_h="$(ls "$site"/nvidia/cudnn/include/cudnn.h /usr/include/cudnn.h /usr/local/cuda/include/cudnn.h 2>/dev/null | head -1 || true)"
  [ -n "$cudnn_h" ] && cudnn_inc="$(dirname "$cudnn_h")"
  cudnn_lib="$(ls "$site"/nvidia/cudnn/lib/libcudnn.so* /usr/lib/x86_64-linux-gnu/libcudnn.so* 2>/dev/null | head -1 || true)"
fi
[ -d /usr/local/cuda/bin ] && export PATH="$PATH:/usr/local/cuda/bin"
nvcc_bin="$(command -v nvcc || true)"
arch=90
if command -v nvidia-smi > /dev/null; then
  cap="$(nvidia-smi --query-gpu=compute_cap --format=csv,noheader 2>/dev/null | head -1 | tr -d ' .')" || true
  [[ "$cap" =~ ^[0-9]+$ ]] && arch="$cap"
fi
export LD_LIBRARY_PATH="${torch_lib:+$torch_lib:}${nvidia_libs:+$nvidia_libs:}${LD_LIBRARY_PATH:-}"
export TORCH_CUDA_ARCH_LIST="${arch:0:${#arch}-1}.${arch: -1}"
if want env; then
  log "env"
  { nvidia-smi || true; echo; nvidia-smi -q || true; } > "$OUT/nvidia-smi.txt" 2>&1
  nvidia-smi --query-gpu=name,driver_version,memory.total,compute_cap,clocks.max.sm --format=csv 2>&1 || true
  uname -a; nproc; free -g | head -2 || true
  cmake --version | head -1; ninja --version; g++ --version | head -1
  [ -n "$nvcc_bin" ] && "$nvcc_bin" --version | tail -2
  $py -c 'import torch; print("torch", torch.__version__, "cuda", torch.version.cuda, "available", torch.cuda.is_available(), torch.cuda.get_device_name(0) if torch.cuda.is_available() else "")' || true
  log "torch prefix: ${torch_prefix:-<none: the system LibTorch>}; cudnn: ${cudnn_inc:-?} ${cudnn_lib:-?}; arch sm_$arch"
  [ -d "$deps/lib/cmake" ] || log "WARNING: $deps missing: run tools/gpu/prepare-deps.sh on the Debian machine and carry tools/gpu/deps"
fi

export root deps build OUT py torch_prefix torch_lib nvidia_libs cudnn_inc cudnn_lib nvcc_bin arch

# --- configure -----------------------------------------------------------------------------------
configure() {  # configure <NWGF_CUDA value>
  local link="-Wl,--allow-shlib-undefined"
  [ -n "$nvidia_libs" ] && link="$link -Wl,-rpath-link,${nvidia_libs//:/ -Wl,-rpath-link,}"
  [ -n "$torch_lib" ] && link="$link -Wl,-rpath-link,$torch_lib"
  local args=(-S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DNWGF_CUDA="$1"
    "-DCMAKE_PREFIX_PATH=$deps${torch_prefix:+;$torch_prefix}"
    -DBoost_DIR="$deps/lib/cmake/Boost" -DBoost_NO_SYSTEM_PATHS=ON
    -DZLIB_INCLUDE_DIR="$deps/include" -DZLIB_LIBRARY="$deps/lib/libz.a"
    "-DCMAKE_EXE_LINKER_FLAGS=$link" -DCMAKE_CUDA_ARCHITECTURES="$arch")
  [ -n "$nvcc_bin" ] && args+=(-DCMAKE_CUDA_COMPILER="$nvcc_bin")
  [ -n "$cudnn_inc" ] && args+=(-DCUDNN_INCLUDE_PATH="$cudnn_inc")
  [ -n "$cudnn_lib" ] && args+=(-DCUDNN_LIBRARY_PATH="$cudnn_lib")
  rm -f "$build/CMakeCache.txt"
  cmake "${args[@]}"
}
export -f configure
if want configure; then
  step configure 120 configure "$cuda"
  if [ ! -f "$build/build.ninja" ] && [ "$cuda" = ON ]; then
    log "configure with NWGF_CUDA=ON failed: falling back to NWGF_CUDA=OFF (CUDA LibTorch, no kernels)"
    step configure_fallback 90 configure OFF
  fi
  grep -E '^(NWGF_CUDA|CMAKE_CUDA_COMPILER|Torch_DIR|CUDNN_LIBRARY_PATH):' "$build/CMakeCache.txt" 2>/dev/null || true
fi

# --- build ---------------------------------------------------------------------------------------
if want build; then
  # -k 0: build every target that can be built, so one failing file leaves the rest usable.
  step build 360 bash -c "cmake --build '$build' -j '$jobs' -- -k 0 > '$OUT/build.log' 2>&1; rc=\$?; grep -E 'error|FAILED|Linking' '$OUT/build.log' | tail -60; exit \$rc"
  if [ ! -x "$build/nwgf" ] && [ "$cuda" = ON ] && (( $(remaining) > 300 )); then
    # A CUDA-only source broke the library (build.log says which): rebuild without the kernels
    # so that the tests, the LibTorch CUDA benchmarks and the cell still run.
    log "nwgf did not build with NWGF_CUDA=ON: reconfiguring with NWGF_CUDA=OFF"
    cp "$OUT/build.log" "$build/build-cuda-on.log" 2>/dev/null || true
    step configure_off 90 configure OFF
    step build_off 300 bash -c "cmake --build '$build' -j '$jobs' -- -k 0 >> '$OUT/build.log' 2>&1; rc=\$?; grep -E 'error|FAILED' '$OUT/build.log' | tail -30; exit \$rc"
  fi
  ls -la "$build"/nwgf "$build"/nwgf_bench 2>&1 || true
fi

# --- tests ---------------------------------------------------------------------------------------
if want ctest; then
  step ctest 100 bash -c "ctest --test-dir '$build' -j 8 --timeout 90 --output-on-failure > '$OUT/ctest.log' 2>&1; rc=\$?; grep -E 'tests passed|Failed|Not Run|Timeout|skipped' '$OUT/ctest.log' | tail -30; grep -A3 'cuda.riesz_sums' '$OUT/ctest.log' | head -20; exit \$rc"
fi

# --- benchmarks ----------------------------------------------------------------------------------
bench() {  # bench <out json> <filter>
  "$build/nwgf_bench" --benchmark_filter="$2" --benchmark_out="$1" --benchmark_out_format=json \
    --benchmark_counters_tabular=true
}
export -f bench
merge() {  # merge <out> <in...>: one Google Benchmark JSON with every run of the inputs
  $py - "$@" <<'PY'
import json, sys, os
out, ins = sys.argv[1], sys.argv[2:]
merged = None
for path in ins:
    if not os.path.exists(path) or os.path.getsize(path) == 0:
        continue
    try:
        with open(path) as f:
            doc = json.load(f)
    except Exception as e:  # a benchmark killed mid-write
        print(f"merge: {path} unreadable ({e})")
        continue
    if merged is None:
        merged = doc
    else:
        merged["benchmarks"].extend(doc.get("benchmarks", []))
if merged is not None:
    with open(out, "w") as f:
        json.dump(merged, f, indent=1)
    print(f"merge: {out}: {len(merged['benchmarks'])} runs")
PY
}
if want bench && [ -x "$build/nwgf_bench" ]; then
  tmp="$build/bench-parts"; rm -rf "$tmp"; mkdir -p "$tmp"
  if [ "$cuda" = ON ]; then
    # Separate processes: a group killed by its timeout loses only its own JSON. The float64
    # N = 1e6 cases (slowest, seconds per iteration) come last.
    step bench_gpu_pairsum_f32 40 bench "$tmp/g1.json" 'BM_CudaExactPairSum<float>'
    step bench_gpu_training 60 bench "$tmp/g2.json" 'BM_CudaTrainingIterationTorch'
    step bench_gpu_flow 60 bench "$tmp/g3.json" \
      'BM_CudaFieldStep<float>|BM_CudaFieldChunkedTorch|(BM_CudaExactPairSum<double>|BM_CudaFieldStep<double>|BM_CudaParticleFlowStep)/N:100000/'
    step bench_gpu_graph 45 bench "$tmp/g4.json" 'BM_CudaTrainingIterationGraph'  # capture may fail
    step bench_gpu_f64_1e6 90 bench "$tmp/g5.json" \
      '(BM_CudaExactPairSum<double>|BM_CudaFieldStep<double>|BM_CudaParticleFlowStep)/N:1000000/'
    merge "$OUT/bench_gpu.json" "$tmp"/g*.json || true
  fi
  step bench_cpu_training 60 bench "$tmp/c1.json" 'BM_TrainingIteration(Fused|Torch)'
  step bench_cpu_pairs 45 bench "$tmp/c2.json" 'BM_ParticleFlowStep|BM_ExactPairSum|BM_ExactMmd'
  merge "$OUT/bench_cpu.json" "$tmp"/c*.json || true
fi

# --- one study cell ------------------------------------------------------------------------------
if want cell && [ -x "$build/nwgf" ]; then
  cells="$build/cells"; rm -rf "$cells"; mkdir -p "$cells"
  # shellcheck disable=SC2086
  step cell_cuda 150 "$build/nwgf" run $cell_args --device cuda --out "$cells/cell_cuda.json"
  # shellcheck disable=SC2086
  step cell_cuda_eager 75 "$build/nwgf" run $cell_args --device cuda --no-cuda-graph --out "$cells/cell_cuda_eager.json"
  # shellcheck disable=SC2086
  step cell_cpu 75 "$build/nwgf" run $cell_args --device cpu --out "$cells/cell_cpu.json"
  for c in cuda cuda_eager cpu; do
    [ -f "$cells/cell_$c.json" ] && cp "$cells/cell_$c.json" "$OUT/" && \
      $py -c "import json,sys; d=json.load(open(sys.argv[1])); s=d.get('summary', d); print(sys.argv[2], {k: s[k] for k in ('device','status','steps_completed','wall_s','train_wall_s','step_median_s','iteration_median_us') if k in s}, 'mmd', (s.get('particles') or {}).get('mmd'), 'floor', (s.get('particles') or {}).get('mmd_floor'))" "$cells/cell_$c.json" "$c" || true
  done
fi

# --- summary -------------------------------------------------------------------------------------
log "summary (total $((SECONDS - t_start))s of ${budget}s):"
for s in "${summary[@]}"; do echo "  $s"; done
if [ -f "$OUT/bench_gpu.json" ] || [ -f "$OUT/bench_cpu.json" ]; then
  $py - "$OUT"/bench_*.json <<'PY' || true
import json, sys
for path in sys.argv[1:]:
    with open(path) as f:
        doc = json.load(f)
    print(path.rsplit("/", 1)[-1], doc.get("context", {}).get("host_name", ""))
    for b in doc["benchmarks"]:
        pps = b.get("pairs_per_second")
        extra = f"  pairs/s {pps:.3e}" if pps else ""
        err = f"  ERROR {b['error_message']}" if b.get("error_occurred") else ""
        print(f"  {b['name']:<60} {b.get('real_time', 0):12.3f} {b.get('time_unit', '')}{extra}{err}")
PY
fi
ls -la "$OUT"
exec >&- 2>&-  # let tee flush run.log before the call returns
sleep 1
exit 0
