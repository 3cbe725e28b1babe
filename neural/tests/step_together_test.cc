// step_together (neural/neural_scheme.h): several schemes stepped together, their fused training
// loops on parallel threads, end bit for bit where the same schemes stepped one by one end
// (particles and chain samples compared exactly), for both schemes, members with different step
// sizes and a member that trains with LibTorch; batches without replacement on 1 and 2 threads give
// the same runs; a failing member is reported without stopping the others.
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include <doctest/doctest.h>
#include <torch/torch.h>

#include "neural/scheme_factory.h"

namespace nn = nwgf::neural;

namespace {

constexpr int kD = 2;
constexpr int kParticles = 300;
constexpr double kTau = 0.05;

std::unique_ptr<nn::NeuralScheme> make(nn::Scheme kind, std::uint64_t seed,
                                       nn::TrainingEngine engine = nn::TrainingEngine::Fused,
                                       nn::BatchSampling sampling = nn::BatchSampling::With, bool displacement = true) {
  nn::NeuralSchemeSpec spec;
  spec.kind = kind;
  spec.generator.d = kD;
  spec.generator.width = 16;
  spec.training.engine = engine;
  spec.training.iters = 120;
  spec.training.batch = 40;
  spec.step_batch = 200;
  spec.training.batch_sampling = sampling;
  spec.displacement = displacement;
  return nn::make_neural_scheme(spec, nn::RieszFunctional{}, nn::ChainStart::dirac(kD),
                                torch::zeros({kParticles, kD}), torch::kCPU, seed);
}

bool same(const torch::Tensor& a, const torch::Tensor& b) { return torch::equal(a, b); }

}  // namespace

TEST_CASE("schemes stepped together end exactly where the same schemes stepped alone end") {
  for (const nn::Scheme kind : {nn::Scheme::Backward, nn::Scheme::Forward}) {
    INFO("scheme " << nn::scheme_name(kind));
    const std::vector<std::uint64_t> seeds{3, 4, 5};
    std::vector<std::unique_ptr<nn::NeuralScheme>> together, alone;
    for (std::uint64_t s : seeds) {
      // The last member trains with LibTorch: step_together must run it on the calling thread.
      const auto engine = s == 5 ? nn::TrainingEngine::Torch : nn::TrainingEngine::Fused;
      together.push_back(make(kind, s, engine));
      alone.push_back(make(kind, s, engine));
    }
    std::vector<nn::NeuralScheme*> members;
    for (auto& m : together) members.push_back(m.get());
    const std::vector<double> taus{kTau, 2 * kTau, kTau};  // members may differ in step size
    std::vector<std::vector<double>> losses_together(seeds.size()), losses_alone(seeds.size());
    for (int step = 0; step < 3; ++step) {
      const auto outcomes = nn::step_together(members, taus, 2);
      for (std::size_t i = 0; i < seeds.size(); ++i) {
        REQUIRE_FALSE(outcomes[i].error);
        losses_together[i].push_back(outcomes[i].report.loss);
      }
    }
    for (std::size_t i = 0; i < seeds.size(); ++i)
      for (int step = 0; step < 3; ++step) losses_alone[i].push_back(alone[i]->step(taus[i]).loss);

    for (std::size_t i = 0; i < seeds.size(); ++i) {
      INFO("member " << i);
      CHECK(losses_together[i] == losses_alone[i]);
      CHECK(same(together[i]->particles(), alone[i]->particles()));
      CHECK(same(together[i]->chain().sample(3, 500, 11), alone[i]->chain().sample(3, 500, 11)));
    }
    // Different seeds really give different runs (the comparison would be vacuous otherwise).
    CHECK_FALSE(same(together[0]->particles(), together[1]->particles()));
  }
}

TEST_CASE("batches without replacement give the same runs on 1 and 2 threads and stepped alone") {
  // The published parametrisation (backward T = G; both schemes' batches without replacement):
  // each member's batches come from its own stream, so the thread count cannot change a number.
  for (const nn::Scheme kind : {nn::Scheme::Backward, nn::Scheme::Forward}) {
    INFO("scheme " << nn::scheme_name(kind));
    const bool displacement = kind != nn::Scheme::Backward;
    const auto run = [&](int threads) {
      std::vector<std::unique_ptr<nn::NeuralScheme>> schemes;
      for (std::uint64_t s : {3, 4})
        schemes.push_back(make(kind, s, nn::TrainingEngine::Fused, nn::BatchSampling::Without, displacement));
      std::vector<nn::NeuralScheme*> members{schemes[0].get(), schemes[1].get()};
      for (int step = 0; step < 2; ++step)
        for (const auto& outcome : nn::step_together(members, {kTau, kTau}, threads)) REQUIRE_FALSE(outcome.error);
      return schemes;
    };
    const auto one = run(1), two = run(2);
    auto alone = make(kind, 4, nn::TrainingEngine::Fused, nn::BatchSampling::Without, displacement);
    alone->step(kTau);
    alone->step(kTau);
    for (std::size_t i = 0; i < 2; ++i) CHECK(same(one[i]->particles(), two[i]->particles()));
    CHECK(same(one[1]->particles(), alone->particles()));
    // The option changes the run (the comparison above would be vacuous otherwise).
    auto with = make(kind, 4, nn::TrainingEngine::Fused, nn::BatchSampling::With, displacement);
    with->step(kTau);
    with->step(kTau);
    CHECK_FALSE(same(with->particles(), alone->particles()));
  }
}

TEST_CASE("a refused step is reported for its member and the others go on") {
  // The forward scheme refuses a step from coinciding particles for r < 1 (docs/math.md 3.3).
  nn::NeuralSchemeSpec spec;
  spec.kind = nn::Scheme::Forward;
  spec.generator.d = kD;
  spec.training.iters = 20;
  spec.training.batch = 20;
  spec.step_batch = 100;
  nn::RieszFunctional half;
  half.r = 0.5;
  auto refused = nn::make_neural_scheme(spec, half, nn::ChainStart::dirac(kD), torch::zeros({50, kD}),
                                        torch::kCPU, 1);
  auto fine = make(nn::Scheme::Backward, 2);
  const auto outcomes = nn::step_together({refused.get(), fine.get()}, {kTau, kTau}, 2);
  REQUIRE(outcomes.size() == 2);
  CHECK(outcomes[0].error);
  CHECK_FALSE(outcomes[1].error);
  CHECK(fine->chain().steps() == 1);
}
