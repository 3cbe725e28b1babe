// nwgf_bench: the radial family's reference (analytic/radial/; docs/math.md section 7) at the
// sizes of its speed targets: the reference flow of d = 3, r = 1 from N(0, 0.3^2 I) toward the
// unit sphere to T = 1 on `levels` levels with its error estimate (a second solve at twice the
// levels), one thread; and the scoring of one step of 2000 particles against a reference of 4096
// levels (the potential tables of the flow, its MMD, radial W2, floor, M2 and energy errors; the
// target's tables built once outside the loop, as a run does). Counters: w2_error_1e9 (the
// reference's own W2 error estimate at T in units of 1e-9: Google Benchmark prints counters in
// fixed notation), levels.
#include <benchmark/benchmark.h>

#include <cmath>
#include <memory>
#include <random>
#include <vector>

#include "analytic/radial/radial_measure.h"
#include "analytic/radial/reference_flow.h"
#include "analytic/radial/step_scorer.h"
#include "analytic/random_directions.h"

namespace {

namespace R = nwgf::analytic::radial;

R::RadialProblem gaussian_to_sphere() {
  return R::RadialProblem{3, 1.0, std::make_shared<R::RadialMeasure>(R::RadialMeasure::gaussian(3, 0.3)),
                          std::make_shared<R::RadialMeasure>(R::RadialMeasure::sphere(3, 1.0))};
}

void BM_RadialReferenceFlow(benchmark::State& state) {
  R::ReferenceOptions options;
  options.levels = static_cast<int>(state.range(0));
  options.max_seconds = 600;
  double w2_error = 0;
  for (auto _ : state) {
    const R::RadialReference ref = R::reference_flow(gaussian_to_sphere(), {1.0}, {0.5}, options);
    // Read, not passed through DoNotOptimize: Google Benchmark 1.7's DoNotOptimize(double&) under
    // GCC 12 -O3 handed back denormal garbage (4.6e-310 for 5.5e-8, seen in this benchmark).
    w2_error = ref.snapshots.front().w2_error;
    benchmark::ClobberMemory();
  }
  state.counters["w2_error_1e9"] = w2_error * 1e9;
  state.counters["levels"] = static_cast<double>(options.levels);
}
BENCHMARK(BM_RadialReferenceFlow)->ArgName("levels")->Arg(1024)->Arg(4096)->Iterations(1)->Unit(benchmark::kSecond);

void BM_RadialScoreStep(benchmark::State& state) {
  const R::RadialProblem problem = gaussian_to_sphere();
  R::ReferenceOptions options;
  options.levels = 4096;
  options.estimate_errors = false;  // the step scorer needs the law, not its error
  options.max_seconds = 600;
  const R::RadialReference ref = R::reference_flow(problem, {0.5}, {}, options);
  const R::SphereKernel kernel(3, 1.0);
  const auto target = R::make_target_potential(kernel, *problem.target);
  const std::size_t n = static_cast<std::size_t>(state.range(0));
  std::mt19937_64 gen(7);
  const std::vector<double> u = nwgf::analytic::uniform_unit_directions(3, static_cast<int>(n), gen);
  std::vector<double> x(3 * n);
  const R::LevelLaw& law = ref.snapshots.front().law;
  for (std::size_t i = 0; i < n; ++i)
    for (int k = 0; k < 3; ++k) x[3 * i + k] = law.quantile((i + 0.5) / n) * u[3 * i + k];
  for (auto _ : state) {
    const R::RadialStepScorer scorer(kernel, law, std::nullopt, target);
    benchmark::DoNotOptimize(scorer.metrics(x.data(), n));
  }
  state.counters["levels"] = 4096;
}
BENCHMARK(BM_RadialScoreStep)->ArgName("N")->Arg(2000)->Unit(benchmark::kMillisecond)->UseRealTime();

}  // namespace
