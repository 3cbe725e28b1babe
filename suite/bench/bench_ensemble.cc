// Ensemble training throughput (neural/fused_ensemble.h): one Adam iteration of each of K
// backward-scheme members at the reference settings (d = 2, two batches of 100, 64-wide MLP with
// two hidden layers, m = 2000 particles, r = 1, tau = 0.05) advanced by one FusedEnsemble call
// (BM_EnsembleIteration/K), against K separate FusedTrainers iterated one after another
// (BM_SeparateIterations/K), for K in {1, 2, 4, 8}, one thread each.
// Counters: items_per_second = member iterations (cell iterations) per second, so the two rows
// of one K compare throughput per cell directly.
#include <benchmark/benchmark.h>

#include <cstdint>
#include <memory>
#include <random>
#include <vector>

#include <torch/torch.h>

#include "neural/fused_ensemble.h"
#include "neural/fused_torch.h"
#include "neural/fused_trainer.h"
#include "neural/generator.h"

namespace {

using namespace nwgf::neural;

constexpr std::size_t kMembersParticles = 2000;
constexpr double kTauEns = 0.05;

FusedTrainerOptions ensemble_options() {
  FusedTrainerOptions o;
  o.d = 2;
  o.loss.scheme = FusedScheme::Backward;
  o.loss.r = 1.0;
  return o;
}

void prepare(FusedTrainer<float>& t, std::uint64_t seed) {
  torch::manual_seed(seed);
  GeneratorOptions g;
  g.d = t.options().d;
  Generator generator(g);
  copy_parameters_from(*generator, t.mlp());
  std::mt19937 gen(static_cast<unsigned>(seed));
  std::normal_distribution<float> normal(0.0f, 0.3f);
  std::vector<float> x(kMembersParticles * static_cast<std::size_t>(t.options().d));
  for (float& v : x) v = normal(gen);
  t.set_particles(x.data(), kMembersParticles);
}

void BM_EnsembleIteration(benchmark::State& state) {
  const int K = static_cast<int>(state.range(0));
  std::vector<std::uint64_t> seeds;
  for (int i = 0; i < K; ++i) seeds.push_back(static_cast<std::uint64_t>(i + 1));
  FusedEnsemble<float> ensemble(ensemble_options(), seeds);
  for (int i = 0; i < K; ++i) prepare(ensemble.member(i), seeds[static_cast<std::size_t>(i)]);
  std::vector<double> losses(static_cast<std::size_t>(K));
  for (auto _ : state) {
    ensemble.iterate(kTauEns, losses.data());
    benchmark::DoNotOptimize(losses.data());
  }
  state.SetItemsProcessed(state.iterations() * K);
  state.SetLabel("backward fused ensemble");
}

void BM_SeparateIterations(benchmark::State& state) {
  const int K = static_cast<int>(state.range(0));
  std::vector<std::unique_ptr<FusedTrainer<float>>> trainers;
  for (int i = 0; i < K; ++i) {
    trainers.push_back(std::make_unique<FusedTrainer<float>>(ensemble_options(), i + 1));
    prepare(*trainers.back(), static_cast<std::uint64_t>(i + 1));
  }
  double loss = 0;
  for (auto _ : state)
    for (auto& t : trainers) benchmark::DoNotOptimize(loss += t->iterate(kTauEns));
  state.SetItemsProcessed(state.iterations() * K);
  state.SetLabel("backward fused, K separate trainers");
}

BENCHMARK(BM_EnsembleIteration)->ArgName("K")->Arg(1)->Arg(2)->Arg(4)->Arg(8)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_SeparateIterations)->ArgName("K")->Arg(1)->Arg(2)->Arg(4)->Arg(8)->Unit(benchmark::kMicrosecond);

}  // namespace
