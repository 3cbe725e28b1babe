// nwgf_bench, GPU part: compiled only with -DNWGF_CUDA=ON (cmake/cuda.cmake adds this folder to
// nwgf_bench; tools/gpu/run.sh runs it with --benchmark_filter=BM_Cuda). Every timed iteration
// ends with a CUDA synchronisation, so the times are wall-clock times of finished GPU work.
// Without a CUDA device each benchmark reports an error ("no CUDA device") and the rest run on.
//   BM_CudaExactPairSum<T>/N:  Σ_ij ||x_i - x_j|| (d = 2, r = 1; the pairwise term of the exact
//                              MMD) with the tiled kernel (analytic/cuda/riesz_sums_cuda.h), T =
//                              float or double. Counter pairs_per_second = N^2 per second
//                              (target: > 5e11 in float32 on an H100, tools/gpu/README.md).
//   BM_CudaFieldStep<T>/N:     one explicit Euler particle-flow step on N particles with the tiled
//                              field kernel: x <- x + tau field(x, x) (pairs_per_second as above).
//   BM_CudaParticleFlowStep/N: neural::ParticleFlow::step on CUDA (float64, the study's particle
//                              flow; with NWGF_CUDA its field is the tiled kernel).
//   BM_CudaFieldChunkedTorch/N: neural::riesz_field_chunked (the LibTorch row-chunked path, float64)
//                              for comparison.
//   BM_CudaTrainingIterationTorch/forward/d/batch: one Adam iteration of the LibTorch training loop
//                              (bench_training.cc's TorchIteration) with every tensor on the GPU:
//                              batch indices and noise drawn on the device, no .item() (no host
//                              round trip) -- m = 2000 particles, two batches of `batch`, 64-wide
//                              MLP with two hidden layers, r = 1, tau = 0.05.
//   BM_CudaTrainingIterationGraph/forward/d/batch: the same iteration captured once into a CUDA
//                              graph (at::cuda::CUDAGraph: forward, backward, Adam) and replayed --
//                              a timing probe of what graph capture gains: LibTorch's Adam keeps
//                              its step count on the host, so the bias correction stays frozen at
//                              the captured step (the numbers are not a training run's). Reports
//                              an error when capture fails (e.g. a host sync in the loss); run it
//                              in its own process (tools/gpu/run.sh does).
#include <benchmark/benchmark.h>

#include <cstdint>
#include <memory>
#include <string>

#include <ATen/cuda/CUDAGraph.h>
#include <c10/cuda/CUDAGuard.h>
#include <c10/cuda/CUDAStream.h>
#include <torch/torch.h>

#include "analytic/cuda/riesz_sums_cuda.h"
#include "neural/functionals.h"
#include "neural/generator.h"
#include "neural/particle_flow.h"

namespace {

namespace cu = nwgf::analytic::cuda;
using namespace nwgf::neural;

bool skip_without_gpu(benchmark::State& state) {
  if (torch::cuda::is_available()) return false;
  state.SkipWithError("no CUDA device");
  return true;
}

// N points uniform in the unit square, on the GPU (reproducible).
torch::Tensor gpu_box(std::int64_t n, int d, torch::Dtype dtype, std::uint64_t seed) {
  torch::manual_seed(seed);
  return (torch::rand({n, d}, torch::kFloat64) - 0.5).to(torch::kCUDA, dtype).contiguous();
}

void set_pairs(benchmark::State& state, double n) {
  state.counters["pairs_per_second"] =
      benchmark::Counter(n * n * static_cast<double>(state.iterations()), benchmark::Counter::kIsRate);
  state.SetItemsProcessed(state.iterations());
}

template <typename T>
constexpr torch::Dtype dtype_of() {
  return std::is_same<T, float>::value ? torch::kFloat32 : torch::kFloat64;
}

template <typename T>
void BM_CudaExactPairSum(benchmark::State& state) {
  if (skip_without_gpu(state)) return;
  const std::int64_t n = state.range(0);
  const torch::Tensor x = gpu_box(n, 2, dtype_of<T>(), 1);
  double sum = cu::riesz_pair_sum(x.data_ptr<T>(), n, x.data_ptr<T>(), n, 2, 1.0);  // warm-up
  for (auto _ : state) benchmark::DoNotOptimize(sum += cu::riesz_pair_sum(x.data_ptr<T>(), n, x.data_ptr<T>(), n, 2, 1.0));
  set_pairs(state, static_cast<double>(n));
  state.SetLabel(std::is_same<T, float>::value ? "float32" : "float64");
}
BENCHMARK_TEMPLATE(BM_CudaExactPairSum, float)->ArgName("N")->Arg(100000)->Arg(1000000)
    ->Unit(benchmark::kMillisecond)->UseRealTime()->MinTime(1.0);
BENCHMARK_TEMPLATE(BM_CudaExactPairSum, double)->ArgName("N")->Arg(100000)->Arg(1000000)
    ->Unit(benchmark::kMillisecond)->UseRealTime()->MinTime(1.0);

template <typename T>
void BM_CudaFieldStep(benchmark::State& state) {
  if (skip_without_gpu(state)) return;
  const std::int64_t n = state.range(0);
  torch::Tensor x = gpu_box(n, 2, dtype_of<T>(), 2);
  torch::Tensor field = torch::empty_like(x);
  const double tau = 1e-3;
  for (auto _ : state) {
    cu::riesz_field(x.data_ptr<T>(), n, x.data_ptr<T>(), n, 2, 1.0, field.data_ptr<T>());
    x.add_(field, tau);
    torch::cuda::synchronize();
  }
  set_pairs(state, static_cast<double>(n));
  state.SetLabel(std::is_same<T, float>::value ? "float32" : "float64");
}
BENCHMARK_TEMPLATE(BM_CudaFieldStep, float)->ArgName("N")->Arg(100000)->Arg(1000000)
    ->Unit(benchmark::kMillisecond)->UseRealTime()->MinTime(1.0);
BENCHMARK_TEMPLATE(BM_CudaFieldStep, double)->ArgName("N")->Arg(100000)->Arg(1000000)
    ->Unit(benchmark::kMillisecond)->UseRealTime()->MinTime(1.0);

void BM_CudaParticleFlowStep(benchmark::State& state) {
  if (skip_without_gpu(state)) return;
  const std::int64_t n = state.range(0);
  ParticleFlow flow(RieszFunctional{}, gpu_box(n, 2, torch::kFloat64, 3).cpu(), torch::Device(torch::kCUDA));
  for (auto _ : state) {
    benchmark::DoNotOptimize(flow.step(1e-3));  // ends with a host read of isfinite: synchronised
    torch::cuda::synchronize();
  }
  set_pairs(state, static_cast<double>(n));
}
BENCHMARK(BM_CudaParticleFlowStep)->ArgName("N")->Arg(100000)->Arg(1000000)
    ->Unit(benchmark::kMillisecond)->UseRealTime()->MinTime(1.0);

void BM_CudaFieldChunkedTorch(benchmark::State& state) {
  if (skip_without_gpu(state)) return;
  const std::int64_t n = state.range(0);
  const torch::Tensor x = gpu_box(n, 2, torch::kFloat64, 4);
  for (auto _ : state) {
    benchmark::DoNotOptimize(riesz_field_chunked(x, x, 1.0));
    torch::cuda::synchronize();
  }
  set_pairs(state, static_cast<double>(n));
}
BENCHMARK(BM_CudaFieldChunkedTorch)->ArgName("N")->Arg(20000)->Arg(100000)
    ->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(3);

constexpr int kParticles = 2000;
constexpr double kTau = 0.05;
constexpr double kR = 1.0;

struct CudaTorchIteration {
  CudaTorchIteration(int d, bool forward, int batch) : d(d), forward(forward), batch(batch) {
    const torch::Device dev(torch::kCUDA);
    torch::manual_seed(1);
    GeneratorOptions g;
    g.d = d;
    generator = Generator(g);
    generator->to(dev);
    adam = std::make_unique<torch::optim::Adam>(generator->parameters(), torch::optim::AdamOptions(1e-3));
    particles = (torch::randn({kParticles, d}, torch::kFloat32) * 0.3).to(dev);
  }
  void run() {
    const auto opts = particles.options();
    const torch::Tensor idx = torch::randint(kParticles, {2 * batch}, opts.dtype(torch::kLong));
    const torch::Tensor x = particles.index_select(0, idx);
    const torch::Tensor z = torch::randn({2 * batch, d}, opts);
    const torch::Tensor out = generator->forward(x, z);
    torch::Tensor loss;
    if (!forward) {
      const torch::Tensor y = x + out;
      loss = out.square().sum(1).mean() * 0.5 + functional_value(y.slice(0, 0, batch), y.slice(0, batch), {}, kR) * kTau;
    } else {
      const torch::Tensor d_v = functional_derivative(x.slice(0, 0, batch), out.slice(0, 0, batch),
                                                      x.slice(0, batch), out.slice(0, batch), {}, kR);
      loss = d_v / (guarded_riesz_power(out.square().sum(1).mean(), 1.0) + 1e-2);
    }
    adam->zero_grad();
    loss.backward();
    adam->step();
  }
  int d;
  bool forward;
  int batch;
  Generator generator{nullptr};
  std::unique_ptr<torch::optim::Adam> adam;
  torch::Tensor particles;
};

void BM_CudaTrainingIterationTorch(benchmark::State& state) {
  if (skip_without_gpu(state)) return;
  const bool forward = state.range(0) == 1;
  CudaTorchIteration it(static_cast<int>(state.range(1)), forward, static_cast<int>(state.range(2)));
  for (int w = 0; w < 20; ++w) it.run();  // warm-up: allocator, kernels, cuBLAS handles
  torch::cuda::synchronize();
  for (auto _ : state) {
    it.run();
    torch::cuda::synchronize();
  }
  state.SetItemsProcessed(state.iterations());
  state.SetLabel(forward ? "forward torch cuda" : "backward torch cuda");
}
// Args: {scheme (0 backward, 1 forward), d, batch}
BENCHMARK(BM_CudaTrainingIterationTorch)->ArgNames({"forward", "d", "batch"})
    ->Args({0, 2, 100})->Args({1, 2, 100})->Args({0, 2, 1000})->Args({1, 2, 1000})
    ->Args({0, 784, 100})->Args({1, 784, 100})->Args({0, 784, 1000})->Args({1, 784, 1000})
    ->Unit(benchmark::kMicrosecond)->UseRealTime();

void BM_CudaTrainingIterationGraph(benchmark::State& state) {
  if (skip_without_gpu(state)) return;
  const bool forward = state.range(0) == 1;
  CudaTorchIteration it(static_cast<int>(state.range(1)), forward, static_cast<int>(state.range(2)));
  at::cuda::CUDAGraph graph;
  try {
    c10::cuda::CUDAStream side = c10::cuda::getStreamFromPool();
    const c10::cuda::CUDAStreamGuard guard(side);
    for (int w = 0; w < 5; ++w) it.run();  // warm-up on the capture stream (Adam state created)
    side.synchronize();
    graph.capture_begin();
    it.run();
    graph.capture_end();
    graph.replay();
    torch::cuda::synchronize();
  } catch (const std::exception& e) {
    state.SkipWithError((std::string("CUDA graph capture failed: ") + e.what()).substr(0, 300).c_str());
    return;
  }
  for (auto _ : state) {
    graph.replay();
    torch::cuda::synchronize();
  }
  state.SetItemsProcessed(state.iterations());
  state.SetLabel(forward ? "forward torch cuda graph" : "backward torch cuda graph");
}
BENCHMARK(BM_CudaTrainingIterationGraph)->ArgNames({"forward", "d", "batch"})
    ->Args({0, 2, 100})->Args({1, 2, 100})->Args({0, 784, 1000})->Args({1, 784, 1000})
    ->Unit(benchmark::kMicrosecond)->UseRealTime();

}  // namespace
