// Google Benchmark program nwgf_bench (run directly or as `nwgf bench [benchmark args]`;
// --benchmark_format=json for JSON). This file: one training iteration of each neural scheme at
// the reference settings (docs/math.md 5: m = 2000 particles, two batches of 100, 64-wide MLP with two
// hidden layers, ReLU, k = d, Adam lr 1e-3; r = 1, tau = 0.05) for d in {2, 10} (and 784, the
// image flows' dimension), with the fused
// CPU engine (neural/fused/fused_trainer.h) and the LibTorch autograd loop (the body of
// NeuralScheme::step) side by side; and one full step of each scheme through the neural
// module's schemes (reduced iteration counts for the LibTorch engine, named in the benchmark).
// Both engines run on one thread (LibTorch's intra-op threads are set to 1 in main) so that the
// comparison is per core and does not depend on what else the machine runs.
// Counters: items_per_second = Adam iterations per second.
#include <benchmark/benchmark.h>

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include <torch/torch.h>

#include "neural/backward_scheme.h"
#include "neural/forward_scheme.h"
#include "neural/functionals.h"
#include "neural/fused_torch.h"
#include "neural/fused/fused_trainer.h"
#include "neural/generator.h"

namespace {

using namespace nwgf::neural;

constexpr int kParticles = 2000;  // m (docs/math.md 5)
constexpr double kTau = 0.05;     // reference step
constexpr double kR = 1.0;        // reference exponent

// Particles spread like an iterate of the flow (no coinciding pairs): N(0, 0.3^2 I).
torch::Tensor bench_particles(int d) {
  torch::manual_seed(1234);
  return torch::randn({kParticles, d}, torch::kFloat32) * 0.3;
}

// The LibTorch path: generator forward, the scheme's loss by neural/functionals.h, autograd,
// torch::optim::Adam -- the loop body of NeuralScheme::step with BackwardScheme::loss or
// ForwardScheme::loss.
struct TorchIteration {
  TorchIteration(int d, bool forward) : d(d), forward(forward) {
    torch::manual_seed(1);
    GeneratorOptions g;
    g.d = d;
    generator = Generator(g);
    adam = std::make_unique<torch::optim::Adam>(generator->parameters(), torch::optim::AdamOptions(1e-3));
    particles = bench_particles(d);
  }
  double run() {
    const int64_t b = 100;
    const torch::Tensor idx = torch::randint(kParticles, {2 * b}, torch::kLong);
    const torch::Tensor x = particles.index_select(0, idx);
    const torch::Tensor z = torch::randn({2 * b, d}, torch::kFloat32);
    const torch::Tensor out = generator->forward(x, z);
    torch::Tensor loss;
    if (!forward) {
      const torch::Tensor y = x + out;
      loss = out.square().sum(1).mean() * 0.5 +
             functional_value(y.slice(0, 0, b), y.slice(0, b), {}, kR) * kTau;
    } else {
      const torch::Tensor d_v = functional_derivative(x.slice(0, 0, b), out.slice(0, 0, b),
                                                      x.slice(0, b), out.slice(0, b), {}, kR);
      loss = d_v / (guarded_riesz_power(out.square().sum(1).mean(), 1.0) + 1e-2);
    }
    adam->zero_grad();
    loss.backward();
    adam->step();
    return loss.item<double>();
  }
  int d;
  bool forward;
  Generator generator{nullptr};
  std::unique_ptr<torch::optim::Adam> adam;
  torch::Tensor particles;
};

void BM_TrainingIterationTorch(benchmark::State& state) {
  const bool forward = state.range(0) == 1;
  TorchIteration it(static_cast<int>(state.range(1)), forward);
  double loss = 0;
  for (auto _ : state) benchmark::DoNotOptimize(loss += it.run());
  state.SetItemsProcessed(state.iterations());
  state.SetLabel(forward ? "forward torch" : "backward torch");
}

void BM_TrainingIterationFused(benchmark::State& state) {
  const bool forward = state.range(0) == 1;
  const int d = static_cast<int>(state.range(1));
  FusedTrainerOptions o;
  o.d = d;
  o.loss.scheme = forward ? FusedScheme::Forward : FusedScheme::Backward;
  o.loss.r = kR;
  FusedTrainer<float> trainer(o, 1);
  torch::manual_seed(1);
  GeneratorOptions g;
  g.d = d;
  Generator generator(g);
  copy_parameters_from(*generator, trainer.mlp());
  const torch::Tensor x = bench_particles(d);
  trainer.set_particles(x.data_ptr<float>(), kParticles);
  double loss = 0;
  for (auto _ : state) benchmark::DoNotOptimize(loss += trainer.iterate(kTau));
  state.SetItemsProcessed(state.iterations());
  state.SetLabel(forward ? "forward fused" : "backward fused");
}

// Args: {scheme (0 backward, 1 forward), d}
BENCHMARK(BM_TrainingIterationFused)->ArgNames({"forward", "d"})
    ->Args({0, 2})->Args({1, 2})->Args({0, 10})->Args({1, 10})->Args({0, 784})->Args({1, 784})
    ->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_TrainingIterationTorch)->ArgNames({"forward", "d"})
    ->Args({0, 2})->Args({1, 2})->Args({0, 10})->Args({1, 10})->Args({0, 784})->Args({1, 784})
    ->Unit(benchmark::kMicrosecond);

}  // namespace

namespace {

// One full step of each neural scheme through neural/backward_scheme.h and forward_scheme.h
// (training with `iters` Adam iterations -- reduced from the reference 5000, the iteration
// count is in the name -- then moving the m = 2000 particles and storing the link), warm-started
// step after step like a run, from particles spread as after a few steps. Args: {scheme
// (0 backward, 1 forward), engine (0 fused, 1 torch), iters}. items_per_second = steps/s.
void BM_SchemeStep(benchmark::State& state) {
  const bool forward = state.range(0) == 1;
  const TrainingEngine engine = state.range(1) == 0 ? TrainingEngine::Fused : TrainingEngine::Torch;
  TrainingOptions t;
  t.engine = engine;
  t.iters = static_cast<int>(state.range(2));
  std::unique_ptr<NeuralScheme> scheme;
  const torch::Tensor x = bench_particles(2);
  if (forward) {
    ForwardSchemeOptions o;
    o.generator.d = 2;
    o.training = t;
    scheme = std::make_unique<ForwardScheme>(o, RieszFunctional{}, ChainStart::uniform_on(x), x,
                                             torch::kCPU, 1);
  } else {
    BackwardSchemeOptions o;
    o.generator.d = 2;
    o.training = t;
    scheme = std::make_unique<BackwardScheme>(o, RieszFunctional{}, ChainStart::uniform_on(x), x,
                                              torch::kCPU, 1);
  }
  for (auto _ : state) benchmark::DoNotOptimize(scheme->step(kTau));
  state.SetItemsProcessed(state.iterations());
  state.SetLabel(std::string(forward ? "forward " : "backward ") +
                 (engine == TrainingEngine::Fused ? "fused" : "torch"));
}
BENCHMARK(BM_SchemeStep)->ArgNames({"forward", "torch", "iters"})
    ->Args({0, 0, 5000})->Args({1, 0, 5000})->Args({0, 1, 500})->Args({1, 1, 500})
    ->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(3);

}  // namespace
