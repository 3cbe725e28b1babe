// nwgf_bench: the pairwise Riesz sums in double precision (analytic/riesz_sums.h, tiled SIMD,
// OpenMP over both cores) as the particle-flow step and the exact MMD use them, d = 2, r = 1.
//   BM_ParticleFlowStep/N: one explicit Euler step x_i <- x_i + tau (1/N) Σ_j ||x_i - x_j||^(-1)
//                          (x_i - x_j) (docs/math.md 2) on N particles: one riesz_field + the update.
//   BM_ExactPairSum/N:     Σ_ij ||x_i - x_j|| over all ordered pairs (the pairwise term of the
//                          exact MMD, docs/math.md 4).
// Counters: pairs_per_second = N^2 pair interactions per second; items_per_second = steps/s.
#include <benchmark/benchmark.h>

#include <cmath>
#include <random>
#include <vector>

#include <cstdio>
#include <cstdlib>
#include <stdexcept>

#include <omp.h>

#include "analytic/kernel_isa.h"
#include "analytic/kernels/riesz_kernels.h"
#include "analytic/riesz_sums.h"
#include "analytic/sliced_riesz.h"

namespace {

// Before main: the kernel path from NWGF_KERNEL_ISA (refused with one line, exit 2, when the
// name is unknown or the CPU cannot run it), recorded in the benchmark context.
const bool kernel_isa_chosen = [] {
  if (const char* name = std::getenv("NWGF_KERNEL_ISA")) {
    try {
      nwgf::analytic::set_kernel_isa(nwgf::analytic::parse_kernel_isa(name));
    } catch (const std::invalid_argument& e) {
      std::fprintf(stderr, "NWGF_KERNEL_ISA: %s\n", e.what());
      std::exit(2);
    }
  }
  benchmark::AddCustomContext("kernel_isa", nwgf::analytic::kernel_isa());
  return true;
}();

// OpenMP threads of the pair kernels: the default of the process (OMP_NUM_THREADS, else every
// core), read before main. bench_main.cc then puts LibTorch on one thread, and with LibTorch's
// OpenMP backend that is omp_set_num_threads(1) for the whole program: without KernelThreads
// the "two-core" pair benchmarks ran on one thread.
const int kernel_threads = omp_get_max_threads();

// Gives the pair kernels kernel_threads threads for one benchmark, then restores the setting.
struct KernelThreads {
  int saved = omp_get_max_threads();
  explicit KernelThreads(benchmark::State& state) {
    omp_set_num_threads(kernel_threads);
    state.counters["omp_threads"] = kernel_threads;
  }
  ~KernelThreads() { omp_set_num_threads(saved); }
};

std::vector<double> box_points(std::size_t n, int d, unsigned seed) {
  std::mt19937_64 gen(seed);
  std::uniform_real_distribution<double> u(-0.5, 0.5);
  std::vector<double> x(n * d);
  for (double& v : x) v = u(gen);
  return x;
}

void set_pair_counters(benchmark::State& state, double n) {
  state.counters["pairs_per_second"] =
      benchmark::Counter(n * n * static_cast<double>(state.iterations()), benchmark::Counter::kIsRate);
  state.SetItemsProcessed(state.iterations());
}

void BM_ParticleFlowStep(benchmark::State& state) {
  const KernelThreads threads(state);
  const std::size_t n = static_cast<std::size_t>(state.range(0));
  const int d = 2;
  std::vector<double> x = box_points(n, d, 1), field(n * d);
  const double tau = 1e-3;
  for (auto _ : state) {
    nwgf::analytic::riesz_field(x.data(), n, x.data(), n, d, 1.0, field.data());
    for (std::size_t e = 0; e < n * d; ++e) x[e] += tau * field[e];
    benchmark::ClobberMemory();
  }
  set_pair_counters(state, static_cast<double>(n));
}
BENCHMARK(BM_ParticleFlowStep)->ArgName("N")->Arg(2000)->Arg(20000)->Arg(100000)
    ->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_ParticleFlowStepR(benchmark::State& state) {
  const KernelThreads threads(state);
  const std::size_t n = static_cast<std::size_t>(state.range(0));
  const double r = static_cast<double>(state.range(1)) / 100.0;
  const int d = 2;
  std::vector<double> x = box_points(n, d, 1), field(n * d);
  const double tau = 1e-3;
  for (auto _ : state) {
    nwgf::analytic::riesz_field(x.data(), n, x.data(), n, d, r, field.data());
    for (std::size_t e = 0; e < n * d; ++e) x[e] += tau * field[e];
    benchmark::ClobberMemory();
  }
  set_pair_counters(state, static_cast<double>(n));
}
BENCHMARK(BM_ParticleFlowStepR)->ArgNames({"N", "r_x100"})->Args({20000, 150})->Args({20000, 130})
    ->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_ExactPairSum(benchmark::State& state) {
  const KernelThreads threads(state);
  const std::size_t n = static_cast<std::size_t>(state.range(0));
  const std::vector<double> x = box_points(n, 2, 2);
  double sum = 0;
  for (auto _ : state) benchmark::DoNotOptimize(sum += nwgf::analytic::riesz_self_sum(x.data(), n, 2, 1.0));
  set_pair_counters(state, static_cast<double>(n));
}
BENCHMARK(BM_ExactPairSum)->ArgName("N")->Arg(2000)->Arg(20000)->Unit(benchmark::kMillisecond)
    ->UseRealTime();

void BM_ExactPairSumR(benchmark::State& state) {
  const KernelThreads threads(state);
  const std::size_t n = static_cast<std::size_t>(state.range(0));
  const double r = static_cast<double>(state.range(1)) / 100.0;
  const std::vector<double> x = box_points(n, 2, 2);
  double sum = 0;
  for (auto _ : state) benchmark::DoNotOptimize(sum += nwgf::analytic::riesz_self_sum(x.data(), n, 2, r));
  set_pair_counters(state, static_cast<double>(n));
}
BENCHMARK(BM_ExactPairSumR)->ArgNames({"N", "r_x100"})->Args({20000, 50})->Args({20000, 150})
    ->Args({20000, 130})->Unit(benchmark::kMillisecond)->UseRealTime();

// The limits of one core (one thread), at the vector width of the active kernel path.
const nwgf::analytic::kernels::KernelTable& kernels() {
  return nwgf::analytic::kernels::active_table();
}

void BM_CoreFmaPeak(benchmark::State& state) {
  const bool f32 = state.range(0) == 32;
  double ops = 0, sink = 0, total = 0;
  for (auto _ : state) {
    benchmark::DoNotOptimize(sink += f32 ? kernels().fma_chains_f32(1 << 20, &ops)
                                         : kernels().fma_chains_f64(1 << 20, &ops));
    total += ops;
  }
  state.counters["flops_per_second"] = benchmark::Counter(total, benchmark::Counter::kIsRate);
}
// CPU time (one thread): the limits are properties of a core, not of a shared machine's load.
BENCHMARK(BM_CoreFmaPeak)->ArgName("bits")->Arg(32)->Arg(64)->Unit(benchmark::kMillisecond);

void BM_CoreSqrtThroughput(benchmark::State& state) {
  double ops = 0, sink = 0, total = 0;
  for (auto _ : state) {
    benchmark::DoNotOptimize(sink += kernels().sqrt_chains_f64(1 << 18, &ops));
    total += ops;
  }
  state.counters["sqrt_per_second"] = benchmark::Counter(total, benchmark::Counter::kIsRate);
}
BENCHMARK(BM_CoreSqrtThroughput)->Unit(benchmark::kMillisecond);

void BM_CoreDivideThroughput(benchmark::State& state) {
  double ops = 0, sink = 0, total = 0;
  for (auto _ : state) {
    benchmark::DoNotOptimize(sink += kernels().div_chains_f64(1 << 18, &ops));
    total += ops;
  }
  state.counters["divides_per_second"] = benchmark::Counter(total, benchmark::Counter::kIsRate);
}
BENCHMARK(BM_CoreDivideThroughput)->Unit(benchmark::kMillisecond);

}  // namespace

namespace {

// One particle-flow step for r = 1 with the sorting-based sliced field
// (analytic/sliced_riesz.h), N points uniform in the unit square (d = 2), P directions. Counters:
// items_per_second = steps/s; rel_rms_error = relative RMS error of the sliced field against the
// exact field (riesz_field) on 1000 of the N particles, measured once outside the timing.
void BM_SlicedParticleFlowStep(benchmark::State& state) {
  const KernelThreads threads(state);
  const std::size_t n = static_cast<std::size_t>(state.range(0));
  const int d = 2;
  nwgf::analytic::SlicedFieldOptions o;
  o.directions = static_cast<int>(state.range(1));
  std::vector<double> x = box_points(n, d, 3), field(n * d);
  {
    const std::size_t rows = 1000;
    std::vector<double> exact(rows * d);
    nwgf::analytic::riesz_field(x.data(), rows, x.data(), n, d, 1.0, exact.data());
    nwgf::analytic::sliced_riesz_field(x.data(), n, d, o, field.data());
    double num = 0, den = 0;
    for (std::size_t e = 0; e < rows * d; ++e) {
      num += (field[e] - exact[e]) * (field[e] - exact[e]);
      den += exact[e] * exact[e];
    }
    state.counters["rel_rms_error"] = std::sqrt(num / den);
  }
  const double tau = 1e-3;
  for (auto _ : state) {
    nwgf::analytic::sliced_riesz_field(x.data(), n, d, o, field.data());
    for (std::size_t e = 0; e < n * d; ++e) x[e] += tau * field[e];
    benchmark::ClobberMemory();
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_SlicedParticleFlowStep)->ArgNames({"N", "P"})->Args({1000000, 128})
    ->Args({1000000, 32})->Args({20000, 128})->Unit(benchmark::kMillisecond)->UseRealTime()
    ->Iterations(3);

}  // namespace
