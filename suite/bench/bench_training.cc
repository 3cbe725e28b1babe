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
// Counters: items_per_second = Adam iterations per second; the fused iteration's share of the
// core's float32 FMA peak (BM_TrainingIterationFused) and its phases against their limits
// (BM_TrainingPhase).
#include <benchmark/benchmark.h>

#include <time.h>

#include <algorithm>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include <torch/torch.h>

#include "analytic/kernel_isa.h"
#include "analytic/kernels/riesz_kernels.h"
#include "neural/backward_scheme.h"
#include "neural/forward_scheme.h"
#include "neural/functionals.h"
#include "neural/fused_torch.h"
#include "neural/fused/fused_trainer.h"
#include "neural/fused/kernels/fused_kernels.h"
#include "neural/generator.h"

namespace {

using namespace nwgf::neural;

constexpr int kParticles = 2000;  // m (docs/math.md 5)
constexpr double kTau = 0.05;     // reference step
constexpr double kR = 1.0;        // reference exponent

double thread_cpu_seconds() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + 1e-9 * static_cast<double>(ts.tv_nsec);
}

// Float32 (square root, divide) pairs per second of one core on the active path
// (kernels/fused_kernels.h: rsqrt_chains_f32), the pair pass's limit; best of 15 runs.
double measured_rsqrt_throughput_f32() {
  static const double rate = [] {
    double best = 0.0, sink = 0.0;
    for (int run = 0; run < 15; ++run) {
      double ops = 0.0;
      const double t0 = thread_cpu_seconds();
      sink += fused_kernels::active().rsqrt_chains_f32(1 << 14, &ops);
      const double t1 = thread_cpu_seconds();
      if (t1 > t0) best = std::max(best, ops / (t1 - t0));
    }
    benchmark::DoNotOptimize(sink);
    return best;
  }();
  return rate;
}

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

// The float32 FMA peak of one core on the active kernel path, measured once per process the
// way BM_CoreFmaPeak/bits:32 does (independent multiply-add chains, analytic/kernels/): the best
// of 15 runs of about 1 ms each, in this thread's CPU time, so that a loaded machine's
// preemptions lower no run's rate (a preempted run is simply not the best).
double measured_fma_peak_f32() {
  static const double peak = [] {
    double best = 0.0, sink = 0.0;
    for (int run = 0; run < 15; ++run) {
      double flops = 0.0;
      const double t0 = thread_cpu_seconds();
      sink += nwgf::analytic::kernels::active_table().fma_chains_f32(1 << 17, &flops);
      const double t1 = thread_cpu_seconds();
      if (t1 > t0) best = std::max(best, flops / (t1 - t0));
    }
    benchmark::DoNotOptimize(sink);
    return best;
  }();
  return peak;
}

// Selects a generation of the fused kernels for one benchmark (kernels/fused_kernels.h) and
// restores the default after it.
struct KernelGeneration {
  explicit KernelGeneration(bool blocked) {
    fused_kernels::set_generation(blocked ? fused_kernels::Generation::Blocked
                                          : fused_kernels::Generation::Baseline);
  }
  ~KernelGeneration() { fused_kernels::set_generation(fused_kernels::Generation::Blocked); }
};

// The benchmark's share of the FMA peak: flops per iteration x iterations / CPU time of the
// timed loop (this thread's, measured around it) / peak. Plain counters, not rates, so that
// they print as numbers.
void set_flop_counters(benchmark::State& state, double flops_per_iteration, double cpu_seconds) {
  const double flops = flops_per_iteration * static_cast<double>(state.iterations());
  const double peak = measured_fma_peak_f32();
  const double rate = cpu_seconds > 0 ? flops / cpu_seconds : 0.0;
  state.counters["gemm_gflops"] = rate * 1e-9;
  state.counters["fma_peak_gflops"] = peak * 1e-9;
  state.counters["fma_peak_share"] = peak > 0 ? rate / peak : 0.0;
}

FusedTrainerOptions reference_options(int d, bool forward) {
  FusedTrainerOptions o;
  o.d = d;
  o.loss.scheme = forward ? FusedScheme::Forward : FusedScheme::Backward;
  o.loss.r = kR;
  return o;
}

// Counters: items_per_second (Adam iterations per second); gemm_gflops, the matrix products'
// floating-point operations of an iteration (FusedMlp::training_flops: 5.27e6 at d = 2, padding
// not counted) per second of CPU time; fma_peak_gflops, the float32 FMA peak of one core
// measured in this process (measured_fma_peak_f32); fma_peak_share, their ratio: the
// iteration's time at that peak over its measured time (the target: >= 0.6, docs/performance.md).
void BM_TrainingIterationFused(benchmark::State& state) {
  const bool forward = state.range(0) == 1;
  const int d = static_cast<int>(state.range(1));
  const bool blocked = state.range(2) == 1;
  const KernelGeneration generation(blocked);
  const FusedTrainerOptions o = reference_options(d, forward);
  FusedTrainer<float> trainer(o, 1);
  torch::manual_seed(1);
  GeneratorOptions g;
  g.d = d;
  Generator generator(g);
  copy_parameters_from(*generator, trainer.mlp());
  const torch::Tensor x = bench_particles(d);
  trainer.set_particles(x.data_ptr<float>(), kParticles);
  measured_fma_peak_f32();  // once per process, before the timing
  double loss = 0;
  const double t0 = thread_cpu_seconds();
  for (auto _ : state) benchmark::DoNotOptimize(loss += trainer.iterate(kTau));
  const double cpu_seconds = thread_cpu_seconds() - t0;
  state.SetItemsProcessed(state.iterations());
  set_flop_counters(state, trainer.mlp().training_flops(2 * o.batch), cpu_seconds);
  state.SetLabel(std::string(forward ? "forward fused " : "backward fused ") +
                 fused_kernels::generation_name(fused_kernels::generation()) + " " +
                 nwgf::analytic::kernel_isa());
}

// Args: {scheme (0 backward, 1 forward), d, kernels (1 blocked, the default; 0 the baseline,
// commit 910f715's)}
BENCHMARK(BM_TrainingIterationFused)->ArgNames({"forward", "d", "blocked"})
    ->Args({0, 2, 1})->Args({0, 2, 0})->Args({1, 2, 1})->Args({1, 2, 0})
    ->Args({0, 10, 1})->Args({0, 10, 0})->Args({1, 10, 1})->Args({1, 10, 0})
    ->Args({0, 784, 1})->Args({0, 784, 0})->Args({1, 784, 1})->Args({1, 784, 0})
    ->Unit(benchmark::kMicrosecond);

// One phase of the fused backward-scheme (or forward-scheme) iteration at the reference
// settings, d = 2, on fixed batches, each against its own limit of one core:
//   0 batches: 200 batch indices, the gather of their particles, 400 latent N(0, 1) draws;
//   1 forward: the generator on the 200 rows (FMA peak: counter fma_peak_share);
//   2 loss: the scheme's loss and its gradient in the outputs, one 100 x 100 pair pass (limit:
//     one float square root and one divide per pair: counter rsqrt_limit_share, against
//     rsqrt_chains_f32 measured in this process);
//   3 backward: weight, bias and data gradients (FMA peak);
//   4 adam: the update of the 5520 parameters (4610 live ones).
// Args: {phase, scheme (0 backward, 1 forward), kernels (1 blocked, 0 baseline)}.
void BM_TrainingPhase(benchmark::State& state) {
  const int phase = static_cast<int>(state.range(0));
  const bool forward = state.range(1) == 1;
  const KernelGeneration generation(state.range(2) == 1);
  const int d = 2;
  const FusedTrainerOptions o = reference_options(d, forward);
  const int rows = 2 * o.batch, k = o.latent_size();
  FusedTrainer<float> trainer(o, 1);
  torch::manual_seed(1);
  GeneratorOptions g;
  g.d = d;
  Generator generator(g);
  copy_parameters_from(*generator, trainer.mlp());
  const torch::Tensor particles = bench_particles(d);
  const float* px = particles.data_ptr<float>();
  FusedMlp<float>& mlp = trainer.mlp();
  FusedRandom random(7);
  std::vector<float> x(rows * d), z(rows * k), input(rows * (d + k)), grad(rows * d);
  for (int i = 0; i < rows; ++i)
    for (int c = 0; c < d; ++c) x[i * d + c] = px[random.uniform_index(kParticles) * d + c];
  random.fill_normal(z.data(), z.size());
  for (int i = 0; i < rows; ++i) {
    for (int c = 0; c < d; ++c) input[i * (d + k) + c] = x[i * d + c];
    for (int c = 0; c < k; ++c) input[i * (d + k) + d + c] = z[i * k + c];
  }
  FusedLoss<float> loss(o.loss, d, o.batch, o.target_rows());
  const float* out = mlp.forward(input.data(), rows);
  std::vector<float> g_out(out, out + rows * d);
  loss.evaluate(x.data(), g_out.data(), nullptr, 0, kTau, grad.data());
  mlp.backward(grad.data(), rows);
  FusedAdam<float> adam(mlp.parameter_count(), o.adam);
  adam.set_live_ranges(mlp.live_ranges());
  std::vector<float> params(mlp.parameters(), mlp.parameters() + mlp.parameter_count());
  double sink = 0;
  static const char* const kNames[] = {"batches", "forward", "loss", "backward", "adam"};
  measured_fma_peak_f32();
  measured_rsqrt_throughput_f32();
  const double t0 = thread_cpu_seconds();
  for (auto _ : state) {
    switch (phase) {
      case 0:
        for (int i = 0; i < rows; ++i)
          for (int c = 0; c < d; ++c) x[i * d + c] = px[random.uniform_index(kParticles) * d + c];
        random.fill_normal(z.data(), z.size());
        break;
      case 1: benchmark::DoNotOptimize(mlp.forward(input.data(), rows)); break;
      case 2: sink += loss.evaluate(x.data(), g_out.data(), nullptr, 0, kTau, grad.data()); break;
      case 3: mlp.backward(grad.data(), rows); break;
      default: adam.step(params.data(), mlp.gradients()); break;
    }
    benchmark::ClobberMemory();
  }
  const double cpu_seconds = thread_cpu_seconds() - t0;
  benchmark::DoNotOptimize(sink);
  if (phase == 1 || phase == 3) {
    // forward: 2 n sum in_l out_l; backward: the rest of training_flops.
    double forward_flops = 0;
    for (int l = 0; l < mlp.layers(); ++l)
      forward_flops += 2.0 * rows * mlp.layer_in(l) * mlp.layer_out(l);
    set_flop_counters(state, phase == 1 ? forward_flops : mlp.training_flops(rows) - forward_flops,
                      cpu_seconds);
  }
  if (phase == 2) {
    const double pairs = static_cast<double>(o.batch) * o.batch;
    const double limit = measured_rsqrt_throughput_f32();
    state.counters["rsqrt_per_second_limit"] = limit;
    state.counters["rsqrt_limit_share"] =
        limit > 0 && cpu_seconds > 0
            ? pairs * static_cast<double>(state.iterations()) / cpu_seconds / limit
            : 0.0;
  }
  state.SetLabel(std::string(kNames[phase]) + (forward ? " forward " : " backward ") +
                 fused_kernels::generation_name(fused_kernels::generation()) + " " +
                 nwgf::analytic::kernel_isa());
}
BENCHMARK(BM_TrainingPhase)->ArgNames({"phase", "forward", "blocked"})
    ->ArgsProduct({{0, 1, 2, 3, 4}, {0}, {1, 0}})->Args({2, 1, 1})->Args({2, 1, 0})
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
