// The fused ensemble: member i of an ensemble is bit-for-bit the trainer of a separate run with
// the same seed, weights and particles (losses and final parameters compared exactly).
#include <doctest/doctest.h>

#include <cstdint>
#include <cstring>
#include <memory>
#include <random>
#include <vector>

#include <torch/torch.h>

#include "neural/fused_ensemble.h"
#include "neural/fused_torch.h"
#include "neural/tests/torch_mlp_reference.h"
#include "neural/fused_trainer.h"

using namespace nwgf::neural;
using nwgf::neural::testing::torch_mlp;

namespace {

std::vector<float> gaussian_particles(std::size_t m, int d, unsigned seed) {
  std::mt19937 gen(seed);
  std::normal_distribution<float> normal(0.0f, 0.3f);
  std::vector<float> x(m * d);
  for (float& v : x) v = normal(gen);
  return x;
}

// Member inputs for seed s: weights from torch seed 100 + s, 300 particles from seed 200 + s.
template <typename Trainer>
void prepare(Trainer& t, std::uint64_t s) {
  torch::manual_seed(100 + s);
  auto net = torch_mlp(t.options().shape(), torch::kFloat32);
  copy_parameters_from(*net, t.mlp());
  const std::vector<float> x = gaussian_particles(300, t.options().d, static_cast<unsigned>(200 + s));
  t.set_particles(x.data(), 300);
}

}  // namespace

TEST_CASE("ensemble members equal separate runs with the same seeds, bit for bit") {
  for (FusedScheme scheme : {FusedScheme::Backward, FusedScheme::Forward}) {
    FusedTrainerOptions o;
    o.loss.scheme = scheme;
    o.batch = 50;
    const std::vector<std::uint64_t> seeds{7, 8, 9};
    constexpr int kIters = 200;
    constexpr double kTau = 0.05;

    FusedEnsemble<float> ensemble(o, seeds);
    REQUIRE(ensemble.size() == 3);
    for (int i = 0; i < ensemble.size(); ++i) prepare(ensemble.member(i), seeds[i]);
    std::vector<std::vector<double>> ens_losses(seeds.size());
    std::vector<double> step(seeds.size());
    for (int it = 0; it < kIters; ++it) {
      ensemble.iterate(kTau, step.data());
      for (std::size_t i = 0; i < seeds.size(); ++i) ens_losses[i].push_back(step[i]);
    }

    for (std::size_t i = 0; i < seeds.size(); ++i) {
      FusedTrainer<float> alone(o, seeds[i]);
      prepare(alone, seeds[i]);
      std::vector<double> losses;
      for (int it = 0; it < kIters; ++it) losses.push_back(alone.iterate(kTau));
      INFO("scheme " << static_cast<int>(scheme) << " member " << i);
      CHECK(losses == ens_losses[i]);
      const FusedMlp<float>& a = alone.mlp();
      const FusedMlp<float>& b = ensemble.member(static_cast<int>(i)).mlp();
      REQUIRE(a.parameter_count() == b.parameter_count());
      CHECK(std::memcmp(a.parameters(), b.parameters(), sizeof(float) * a.parameter_count()) == 0);
    }
    // Members with different seeds really differ (the test would be vacuous otherwise).
    CHECK(ens_losses[0] != ens_losses[1]);
  }
}

TEST_CASE("an ensemble needs at least one member") {
  CHECK_THROWS_AS(FusedEnsemble<float>(FusedTrainerOptions{}, {}), std::invalid_argument);
}
