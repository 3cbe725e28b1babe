// Ensemble throughput (neural/neural_scheme.h step_together): one step of K backward schemes at
// the reference settings (d = 2, r = 1, tau = 0.05, two batches of 100, 64-wide MLP with two
// hidden layers, m = 2000 particles from delta_0, fused engine) with kIters Adam iterations per
// step, stepped together (BM_StepTogether/K: the K training loops on parallel threads, as many
// as the machine has cores, since nwgf_bench keeps LibTorch on one thread) against the same K schemes stepped one after another (BM_StepsOneByOne/K),
// for K in {1, 2, 4, 8}. Both rows end in the same numbers (neural/tests/step_together_test.cc).
// Counters: items_per_second = cell iterations (Adam iterations of one scheme) per second, so
// the two rows of one K compare throughput per cell directly.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdint>
#include <memory>
#include <vector>

#include <omp.h>

#include <torch/torch.h>

#include "neural/scheme_factory.h"

namespace {

using namespace nwgf::neural;

constexpr int kIters = 1000;  // per step (reference 5000; the per-iteration cost does not depend on it)
constexpr double kTauEns = 0.05;

std::vector<std::unique_ptr<NeuralScheme>> reference_schemes(int k) {
  NeuralSchemeSpec spec;
  spec.kind = Scheme::Backward;
  spec.generator.d = 2;
  spec.training.iters = kIters;
  std::vector<std::unique_ptr<NeuralScheme>> out;
  for (int i = 0; i < k; ++i)
    out.push_back(make_neural_scheme(spec, RieszFunctional{}, ChainStart::dirac(2), torch::zeros({2000, 2}),
                                     torch::kCPU, static_cast<std::uint64_t>(i + 1)));
  return out;
}

void BM_StepTogether(benchmark::State& state) {
  const int k = static_cast<int>(state.range(0));
  auto schemes = reference_schemes(k);
  std::vector<NeuralScheme*> members;
  for (auto& s : schemes) members.push_back(s.get());
  const int threads = std::min(k, omp_get_num_procs());
  for (auto _ : state) {
    const auto outcomes = step_together(members, std::vector<double>(members.size(), kTauEns), threads);
    benchmark::DoNotOptimize(outcomes.data());
  }
  state.SetItemsProcessed(state.iterations() * k * kIters);
  state.SetLabel("backward, K cells stepped together on " + std::to_string(threads) +
                 " threads");
}

void BM_StepsOneByOne(benchmark::State& state) {
  const int k = static_cast<int>(state.range(0));
  auto schemes = reference_schemes(k);
  for (auto _ : state)
    for (auto& s : schemes) benchmark::DoNotOptimize(s->step(kTauEns).loss);
  state.SetItemsProcessed(state.iterations() * k * kIters);
  state.SetLabel("backward, K cells one after another");
}

BENCHMARK(BM_StepTogether)->ArgName("K")->Arg(1)->Arg(2)->Arg(4)->Arg(8)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_StepsOneByOne)->ArgName("K")->Arg(1)->Arg(2)->Arg(4)->Arg(8)->Unit(benchmark::kMillisecond)->UseRealTime();

}  // namespace
