// nwgf_bench: the analytic module (analytic/profile.h, flow.h, empirical_error.h) for d = 2,
// r = 1 unless named: the potential phi off the support (quadrature), the batched potential at
// 2000 radii (the exact MMD's one-body term), the exact JKO and forward iterates over 24 steps,
// and the whole exact MMD of 2000 particles. Counters: items_per_second = evaluations
// (potentials, iterates, MMDs) per second.
#include <benchmark/benchmark.h>

#include <cmath>
#include <vector>

#include "analytic/empirical_error.h"
#include "analytic/flow.h"
#include "analytic/profile.h"

namespace {

using namespace nwgf::analytic;

void BM_AnalyticPotentialOffSupport(benchmark::State& state) {
  const Profile p = make_profile(static_cast<int>(state.range(0)), 1.0);
  double rho = 1.2 * p.radius, sum = 0;
  for (auto _ : state) {
    benchmark::DoNotOptimize(sum += potential(p, rho));
    rho += 1e-9;  // defeat any cache
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_AnalyticPotentialOffSupport)->ArgName("d")->Arg(2)->Arg(3)->Unit(benchmark::kMicrosecond);

void BM_AnalyticPotentialAtRadii(benchmark::State& state) {
  const Profile p = make_profile(2, 1.0);
  const std::size_t n = static_cast<std::size_t>(state.range(0));
  const std::vector<double> x = sample_profile(p, n, 5);
  std::vector<double> rho(n);
  for (std::size_t i = 0; i < n; ++i) rho[i] = 1.1 * std::hypot(x[2 * i], x[2 * i + 1]);  // 10% outside
  for (auto _ : state) benchmark::DoNotOptimize(potential_at_radii(p, rho));
  state.SetItemsProcessed(state.iterations() * static_cast<int64_t>(n));
}
BENCHMARK(BM_AnalyticPotentialAtRadii)->ArgName("radii")->Arg(2000)->Unit(benchmark::kMillisecond);

void BM_AnalyticIterates(benchmark::State& state) {
  const double r = state.range(0) / 10.0;  // Arg 15: r = 1.5
  for (auto _ : state) {
    benchmark::DoNotOptimize(jko_scales(r, 0.05, 24));
    benchmark::DoNotOptimize(forward_scales(r, 0.05, 24, flow_scale(r, 0.05)));
  }
  state.SetItemsProcessed(state.iterations() * 48);
}
BENCHMARK(BM_AnalyticIterates)->ArgName("r_x10")->Arg(5)->Arg(10)->Arg(15)->Unit(benchmark::kMicrosecond);

void BM_ExactMmd(benchmark::State& state) {
  const Profile p = make_profile(2, 1.0);
  const std::size_t n = static_cast<std::size_t>(state.range(0));
  std::vector<double> x = sample_profile(p, n, 6);
  for (double& v : x) v *= 1.05;  // slightly off gamma(t): some radii off the support
  for (auto _ : state) benchmark::DoNotOptimize(exact_mmd(p, 1.0, x.data(), n));
  state.SetItemsProcessed(state.iterations());
  state.counters["pairs_per_second"] = benchmark::Counter(
      static_cast<double>(n) * n * state.iterations(), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_ExactMmd)->ArgName("N")->Arg(2000)->Arg(20000)->Unit(benchmark::kMillisecond)->UseRealTime();

}  // namespace
