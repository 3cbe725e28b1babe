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

#include "analytic/riesz_sums.h"
#include "analytic/sliced_riesz.h"

namespace {

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

void BM_ExactPairSum(benchmark::State& state) {
  const std::size_t n = static_cast<std::size_t>(state.range(0));
  const std::vector<double> x = box_points(n, 2, 2);
  double sum = 0;
  for (auto _ : state) benchmark::DoNotOptimize(sum += nwgf::analytic::riesz_self_sum(x.data(), n, 2, 1.0));
  set_pair_counters(state, static_cast<double>(n));
}
BENCHMARK(BM_ExactPairSum)->ArgName("N")->Arg(2000)->Arg(20000)->Unit(benchmark::kMillisecond)
    ->UseRealTime();

}  // namespace

namespace {

// One particle-flow step for r = 1 with the sorting-based sliced field
// (analytic/sliced_riesz.h), N points uniform in the unit square (d = 2), P directions. Counters:
// items_per_second = steps/s; rel_rms_error = relative RMS error of the sliced field against the
// exact field (riesz_field) on 1000 of the N particles, measured once outside the timing.
void BM_SlicedParticleFlowStep(benchmark::State& state) {
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
