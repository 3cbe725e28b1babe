// The fused training loop: reproducible for a seed, a few hundred Adam iterations reduce the
// loss of both schemes, float32 and float64 engines agree on the same weights and batches, and
// nothing becomes NaN from a Dirac start; batches drawn without replacement (distinct_batches) hold
// distinct particles, reproducibly from the seed.
#include <doctest/doctest.h>

#include <cmath>
#include <numeric>
#include <random>
#include <set>
#include <vector>

#include <torch/torch.h>

#include "neural/fused_torch.h"
#include "neural/tests/torch_mlp_reference.h"
#include "neural/fused/fused_trainer.h"

using namespace nwgf::neural;
using nwgf::neural::testing::torch_mlp;

namespace {

std::vector<float> gaussian_particles(std::size_t m, int d, double scale, unsigned seed) {
  std::mt19937 gen(seed);
  std::normal_distribution<float> normal(0.0f, static_cast<float>(scale));
  std::vector<float> x(m * d);
  for (float& v : x) v = normal(gen);
  return x;
}

double mean(const std::vector<double>& v, std::size_t from, std::size_t to) {
  return std::accumulate(v.begin() + from, v.begin() + to, 0.0) / static_cast<double>(to - from);
}

std::vector<double> train(FusedScheme scheme, std::uint64_t seed, int iters, double scale) {
  torch::manual_seed(5);
  FusedTrainerOptions o;
  o.loss.scheme = scheme;
  FusedTrainer<float> trainer(o, seed);
  auto net = torch_mlp(o.shape(), torch::kFloat32);
  copy_parameters_from(*net, trainer.mlp());
  const std::vector<float> x = gaussian_particles(500, o.d, scale, 3);
  trainer.set_particles(x.data(), 500);
  std::vector<double> losses;
  for (int it = 0; it < iters; ++it) losses.push_back(trainer.iterate(0.05));
  return losses;
}

}  // namespace

TEST_CASE("the same seed gives the same losses, another seed other ones") {
  const auto a = train(FusedScheme::Backward, 9, 20, 0.1);
  const auto b = train(FusedScheme::Backward, 9, 20, 0.1);
  const auto c = train(FusedScheme::Backward, 10, 20, 0.1);
  CHECK(a == b);
  CHECK(a != c);
}

TEST_CASE("a few hundred Adam iterations reduce the backward-scheme loss") {
  const auto losses = train(FusedScheme::Backward, 1, 400, 0.1);
  for (double l : losses) REQUIRE(std::isfinite(l));
  // The loss is a mini-batch estimate: compare means over windows of 50 iterations.
  CHECK(mean(losses, 350, 400) < mean(losses, 0, 50));
}

TEST_CASE("a few hundred Adam iterations reduce the forward-scheme loss") {
  const auto losses = train(FusedScheme::Forward, 1, 400, 0.1);
  for (double l : losses) REQUIRE(std::isfinite(l));
  CHECK(mean(losses, 350, 400) < mean(losses, 0, 50));
  CHECK(mean(losses, 350, 400) < 0.0);  // a descent direction was found: D_v F < 0
}

TEST_CASE("float32 and float64 engines agree on the same weights and batches") {
  torch::manual_seed(8);
  for (FusedScheme scheme : {FusedScheme::Backward, FusedScheme::Forward}) {
    FusedTrainerOptions o;
    o.loss.scheme = scheme;
    o.batch = 50;
    FusedTrainer<float> f32(o, 1);
    FusedTrainer<double> f64(o, 1);
    auto net = torch_mlp(o.shape(), torch::kFloat32);
    copy_parameters_from(*net, f32.mlp());
    net->to(torch::kFloat64);
    copy_parameters_from(*net, f64.mlp());
    const torch::Tensor x = torch::randn({100, 2}, torch::kFloat64);
    const torch::Tensor z = torch::randn({100, 2}, torch::kFloat64);
    const torch::Tensor xf = x.to(torch::kFloat32), zf = z.to(torch::kFloat32);
    const double l64 = f64.loss_and_gradients(x.data_ptr<double>(), z.data_ptr<double>(), nullptr, 0, 0.05);
    const double l32 = f32.loss_and_gradients(xf.data_ptr<float>(), zf.data_ptr<float>(), nullptr, 0, 0.05);
    // float32 rounding over sums of ~1e4 terms: relative 1e-4 is generous.
    CHECK(std::abs(l32 - l64) <= 1e-4 * std::max(1.0, std::abs(l64)));
  }
}

TEST_CASE("training from a Dirac never produces NaN") {
  for (FusedScheme scheme : {FusedScheme::Backward, FusedScheme::Forward}) {
    FusedTrainerOptions o;
    o.loss.scheme = scheme;
    FusedTrainer<float> trainer(o, 2);
    torch::manual_seed(1);
    auto net = torch_mlp(o.shape(), torch::kFloat32);
    copy_parameters_from(*net, trainer.mlp());
    const std::vector<float> x(2 * 10, 0.0f);
    trainer.set_particles(x.data(), 10);
    for (int it = 0; it < 50; ++it) REQUIRE(std::isfinite(trainer.iterate(0.05)));
    const float* p = trainer.mlp().parameters();
    for (std::size_t e = 0; e < trainer.mlp().parameter_count(); ++e) REQUIRE(std::isfinite(p[e]));
  }
}

TEST_CASE("bad options are refused with the offending field") {
  FusedTrainerOptions o;
  o.batch = 0;
  CHECK_THROWS_WITH_AS(FusedTrainer<float>(o, 1), doctest::Contains("batch 0"), std::invalid_argument);
  o = FusedTrainerOptions{};
  o.loss.r = 2.5;
  CHECK_THROWS_WITH_AS(FusedTrainer<float>(o, 1), doctest::Contains("r 2.5"), std::invalid_argument);
}

namespace {
// The batch indices of `iters` iterations of a trainer over m particles, reseeded with `seed`.
std::vector<std::vector<std::uint32_t>> trainer_batches(bool distinct, int batch, std::size_t m, std::uint64_t seed,
                                                      int iters) {
  FusedTrainerOptions o;
  o.batch = batch;
  o.distinct_batches = distinct;
  FusedTrainer<float> trainer(o, 1);
  trainer.reseed(seed);  // as NeuralScheme::begin_step: reseed, then set_particles
  const std::vector<float> x = gaussian_particles(m, o.d, 0.1, 3);
  trainer.set_particles(x.data(), m);
  std::vector<std::vector<std::uint32_t>> out;
  for (int it = 0; it < iters; ++it) {
    trainer.iterate(0.05);
    out.push_back(trainer.last_batch_indices());
  }
  return out;
}
}  // namespace

TEST_CASE("batches without replacement hold distinct particles and are reproducible from the seed") {
  constexpr int b = 40;
  constexpr std::size_t kB = b;
  for (const std::size_t m : {std::size_t{40}, std::size_t{300}}) {
    INFO("m " << m);
    const auto draws = trainer_batches(true, b, m, 7, 30);
    for (const auto& rows : draws) {
      REQUIRE(rows.size() == 2 * kB);
      for (int half = 0; half < 2; ++half) {  // X and Y each distinct (they are independent of each other)
        const std::set<std::uint32_t> batch(rows.begin() + half * b, rows.begin() + (half + 1) * b);
        CHECK(batch.size() == kB);
        CHECK(*batch.rbegin() < m);
      }
    }
    CHECK(draws == trainer_batches(true, b, m, 7, 30));
    CHECK(draws != trainer_batches(true, b, m, 8, 30));
  }
  // With replacement, 40 draws from 40 particles repeat one (probability 1 - 40!/40^40, 1 - 1e-16).
  const auto with = trainer_batches(false, b, 40, 7, 1).front();
  CHECK(std::set<std::uint32_t>(with.begin(), with.begin() + b).size() < kB);
}

TEST_CASE("batches without replacement larger than the particles are refused with both counts") {
  FusedTrainerOptions o;
  o.batch = 50;
  o.distinct_batches = true;
  FusedTrainer<float> trainer(o, 1);
  const std::vector<float> x(2 * 49, 0.0f);
  CHECK_THROWS_WITH_AS(trainer.set_particles(x.data(), 49), doctest::Contains("batch 50 is larger than the 49"),
                       std::invalid_argument);
}
