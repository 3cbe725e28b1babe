#include "neural/neural_scheme.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cmath>
#include <string>

#include <omp.h>
#include <torch/cuda.h>
#ifdef NWGF_CUDA_GRAPHS
#include <ATen/cuda/CUDAGraph.h>
#include <c10/cuda/CUDAGuard.h>
#include <c10/cuda/CUDAStream.h>
#endif

#include "analytic/format_value.h"
#include "neural/device.h"
#include "neural/fused_torch.h"
#include "neural/fused/seeds.h"

namespace nwgf::neural {

namespace {
using Clock = std::chrono::steady_clock;
double seconds_since(Clock::time_point t0) {
  return std::chrono::duration<double>(Clock::now() - t0).count();
}
void synchronize(const torch::Device& device) {
  if (device.is_cuda()) torch::cuda::synchronize(device.index());
}

// Mean iteration time of each block of `block` iterations, appended to `out` in microseconds.
class BlockTimer {
 public:
  BlockTimer(int block, std::vector<double>& out) : block_(block), out_(out), start_(Clock::now()) {}
  bool block_ends(int it) const { return (it + 1) % block_ == 0; }
  void close_block() {
    const Clock::time_point now = Clock::now();
    out_.push_back(std::chrono::duration<double, std::micro>(now - start_).count() / block_);
    start_ = now;
  }

 private:
  int block_;
  std::vector<double>& out_;
  Clock::time_point start_;
};
}  // namespace

void validate(const TrainingOptions& o) {
  const auto positive = [](int v, const char* name) {
    if (v < 1) throw std::invalid_argument(std::string(name) + " " + std::to_string(v) + " must be >= 1");
  };
  positive(o.iters, "iters");
  positive(o.batch, "batch");
  positive(o.timing_block, "timing_block");
  positive(o.loss_window, "loss_window");
  if (o.target_batch < 0)
    throw std::invalid_argument("target_batch " + std::to_string(o.target_batch) + " must be >= 0");
  if (!(o.lr > 0 && std::isfinite(o.lr)))
    throw std::invalid_argument("lr " + analytic::format_double(o.lr) + " must be positive and finite");
}

NeuralScheme::NeuralScheme(const GeneratorOptions& generator, const TrainingOptions& training,
                           const RieszFunctional& functional, ChainStart start,
                           const torch::Tensor& initial_particles, const torch::Device& device,
                           std::uint64_t seed)
    : generator_options_(generator),
      training_(training),
      functional_(functional),
      device_(device),
      chain_(generator, std::move(start)),
      seed_(seed) {
  validate(generator_options_);
  validate(training_);
  validate(functional_, generator_options_.d);
  if (initial_particles.dim() != 2 || initial_particles.size(1) != generator_options_.d ||
      initial_particles.size(0) < 1)
    throw std::invalid_argument("initial particles must be an m x " +
                                std::to_string(generator_options_.d) + " array with m >= 1");
  if (training_.batch_sampling == BatchSampling::Without && training_.batch > initial_particles.size(0))
    throw std::invalid_argument("batch " + std::to_string(training_.batch) + " is larger than the " +
                                std::to_string(initial_particles.size(0)) +
                                " particles: batches drawn without replacement hold distinct particles");
  seed_global_generators(seed);
  particles_ = initial_particles.to(device_, torch::kFloat32).contiguous().clone();
  if (functional_.has_target()) target_ = functional_.target.to(device_, torch::kFloat32).contiguous();
  generator_ = Generator(generator_options_);
  generator_->to(device_);
  if (device_.is_cuda())
    device_adam_ = std::make_unique<DeviceAdam>(generator_->parameters(), training_.lr);
  else
    optimizer_ = std::make_unique<torch::optim::Adam>(generator_->parameters(),
                                                      torch::optim::AdamOptions(training_.lr));
}

torch::Tensor NeuralScheme::latent(std::int64_t n) const {
  return torch::randn({n, generator_options_.latent_size()},
                      torch::TensorOptions().dtype(torch::kFloat32).device(device_));
}

torch::Tensor batch_indices(std::int64_t m, std::int64_t b, BatchSampling sampling, const torch::Device& device) {
  const torch::TensorOptions index = torch::TensorOptions().dtype(torch::kLong).device(device);
  if (sampling == BatchSampling::With) return torch::randint(m, {2 * b}, index);
  if (b > m)
    throw std::invalid_argument("batch " + std::to_string(b) + " is larger than the " + std::to_string(m) +
                                " particles: batches drawn without replacement hold distinct particles");
  return torch::cat({torch::randperm(m, index).slice(0, 0, b), torch::randperm(m, index).slice(0, 0, b)});
}

torch::Tensor NeuralScheme::two_batches(const torch::Tensor& source, std::int64_t b) const {
  return source.index_select(0, batch_indices(source.size(0), b, training_.batch_sampling, device_));
}

torch::Tensor NeuralScheme::target_batch(std::int64_t n) const {
  if (!target_.defined()) return {};
  if (target_.size(0) <= n) return target_;
  const torch::Tensor idx =
      torch::randint(target_.size(0), {n}, torch::TensorOptions().dtype(torch::kLong).device(device_));
  return target_.index_select(0, idx);
}

torch::Tensor NeuralScheme::torch_iteration(const torch::Tensor& source, double tau) {
  const std::int64_t rows = 2 * static_cast<std::int64_t>(training_.batch);
  const std::int64_t tb = training_.target_batch > 0 ? training_.target_batch : training_.batch;
  const torch::Tensor x = two_batches(source, training_.batch);
  const torch::Tensor z = latent(rows);
  const torch::Tensor l = loss(x, z, target_batch(tb), tau);
  if (device_adam_) {
    device_adam_->zero_grad();
    l.backward();
    device_adam_->step();
  } else {
    optimizer_->zero_grad();
    l.backward();
    optimizer_->step();
  }
  return l.detach();
}

#ifdef NWGF_CUDA_GRAPHS
struct NeuralScheme::CudaGraphTraining {
  std::unique_ptr<at::cuda::CUDAGraph> graph;
  torch::Tensor particles;  // the particles the graph reads (a fixed buffer, refilled per step)
  torch::Tensor loss;       // the captured iteration's loss (the graph writes it)
  double tau = 0.0;         // the step size baked into the capture
  bool failed = false;      // a capture failed once: eager from then on
};

int NeuralScheme::train_with_cuda_graph(double tau,
                                        const std::function<void(int, const torch::Tensor&)>& account) {
  if (!graph_) graph_ = std::make_shared<CudaGraphTraining>();
  CudaGraphTraining& g = *graph_;
  if (g.failed) return 0;
  const int iters = training_.iters;
  // Capture needs a stream other than the default one; everything of the step runs on it, after
  // the default stream's work (the previous move) has finished.
  synchronize(device_);
  c10::cuda::CUDAStream side = c10::cuda::getStreamFromPool(false, device_.index());
  int it = 0;
  {
    const c10::cuda::CUDAStreamGuard guard(side);
    try {
      if (!g.particles.defined() || g.particles.sizes() != particles_.sizes()) {
        g.particles = particles_.clone();
        g.graph.reset();
      } else {
        g.particles.copy_(particles_);
      }
      if (!g.graph || g.tau != tau) {
        g.graph.reset();
        // Eager warm-up on the capture stream (real iterations): creates the gradients, the Adam
        // buffers and the library handles before the capture, as the CUDA graph recipe requires.
        constexpr int kWarmup = 3;
        for (; it < std::min(kWarmup, iters); ++it) account(it, torch_iteration(g.particles, tau));
        side.synchronize();
        if (it < iters) {
          auto graph = std::make_unique<at::cuda::CUDAGraph>();
          graph->capture_begin();
          try {
            g.loss = torch_iteration(g.particles, tau);  // recorded, not run
          } catch (...) {
            try {
              graph->capture_end();
            } catch (...) {
            }
            throw;
          }
          graph->capture_end();
          g.graph = std::move(graph);
          g.tau = tau;
        }
      }
      for (; it < iters; ++it) {
        g.graph->replay();
        account(it, g.loss);
      }
    } catch (const std::exception& e) {
      g.failed = true;
      g.graph.reset();
      std::fprintf(stderr, "nwgf: CUDA graph capture of the training iteration failed (%s); training eagerly\n",
                   e.what());
    }
  }
  synchronize(device_);
  return it;
}
#else
struct NeuralScheme::CudaGraphTraining {};

int NeuralScheme::train_with_cuda_graph(double, const std::function<void(int, const torch::Tensor&)>&) {
  return 0;  // built without NWGF_CUDA: no CUDA graph API
}
#endif

FusedTrainer<float>* NeuralScheme::begin_step(double tau) {
  if (!(tau > 0 && std::isfinite(tau)))
    throw std::invalid_argument("tau " + analytic::format_double(tau) + " must be positive and finite");
  check_step(tau);
  // Per-step stream: stream n of the scheme's seed before step n + 1 (neural/fused/seeds.h).
  step_seed_ = derive_seed(seed_, static_cast<std::uint64_t>(chain_.steps()));
  seed_global_generators(step_seed_);
  if (!use_fused()) return nullptr;
  // Fused CPU engine: same loss and Adam update, its own stream reseeded per step.
  fused_->reseed(step_seed_);
  const torch::Tensor current = particles_.contiguous();
  fused_->set_particles(current.data_ptr<float>(), static_cast<std::size_t>(current.size(0)));
  return fused_.get();
}

NeuralScheme::FusedTraining NeuralScheme::train_fused(FusedTrainer<float>& engine,
                                                      const TrainingOptions& training, double tau) {
  FusedTraining out;
  const int last_begin = training.last_window_begin(), first_end = training.first_window_end();
  const Clock::time_point train_start = Clock::now();
  BlockTimer timer(training.timing_block, out.iteration_us);
  for (int it = 0; it < training.iters; ++it) {
    const double l = engine.iterate(tau);
    if (it >= last_begin) out.last_sum += l;
    if (it < first_end) out.first_sum += l;
    if (timer.block_ends(it)) timer.close_block();
  }
  out.train_s = seconds_since(train_start);
  return out;
}

StepReport NeuralScheme::finish_step(double tau, const FusedTraining* fused) {
  StepReport report;
  const int iters = training_.iters;
  const int last_begin = training_.last_window_begin(), first_end = training_.first_window_end();
  // The step's stream as begin_step left it (the fused loop draws nothing from it; other schemes'
  // begin_step may have reseeded it since, in step_together).
  seed_global_generators(step_seed_);
  if (fused) {
    if (!fused_) throw std::logic_error("finish_step: fused training given but the scheme has no fused engine");
    copy_parameters_to(fused_->mlp(), *generator_);
    report.train_s = fused->train_s;
    report.iteration_us = fused->iteration_us;
    report.loss = fused->last_sum / static_cast<double>(iters - last_begin);
    report.first_loss = fused->first_sum / static_cast<double>(first_end);
  } else {
    torch::Tensor loss_sum = torch::zeros({}, torch::TensorOptions().dtype(torch::kFloat32).device(device_));
    torch::Tensor first_sum = torch::zeros_like(loss_sum);
    generator_->train();
    synchronize(device_);
    const Clock::time_point train_start = Clock::now();
    BlockTimer timer(training_.timing_block, report.iteration_us);
    const auto account = [&](int it, const torch::Tensor& l) {
      if (it >= last_begin) loss_sum.add_(l);
      if (it < first_end) first_sum.add_(l);
      if (timer.block_ends(it)) {
        synchronize(device_);
        timer.close_block();
      }
    };
    int it = device_.is_cuda() && training_.cuda_graph ? train_with_cuda_graph(tau, account) : 0;
    for (; it < iters; ++it) account(it, torch_iteration(particles_, tau));
    synchronize(device_);
    report.train_s = seconds_since(train_start);
    report.loss = loss_sum.item<double>() / static_cast<double>(iters - last_begin);
    report.first_loss = first_sum.item<double>() / static_cast<double>(first_end);
  }
  if (!std::isfinite(report.loss))
    throw NumericalFailure("training loss is not finite (" + analytic::format_double(report.loss) + ")");

  const Clock::time_point move_start = Clock::now();
  generator_->eval();
  move(tau, report);
  if (!torch::isfinite(particles_).all().item<bool>())
    throw NumericalFailure("particles are not finite after the step");
  synchronize(device_);
  report.move_s = seconds_since(move_start);
  return report;
}

StepReport NeuralScheme::step(double tau) {
  if (FusedTrainer<float>* engine = begin_step(tau)) {
    const FusedTraining training = train_fused(*engine, training_, tau);
    return finish_step(tau, &training);
  }
  return finish_step(tau, nullptr);
}

std::vector<StepOutcome> step_together(const std::vector<NeuralScheme*>& schemes, const std::vector<double>& taus,
                                       int threads) {
  if (taus.size() != schemes.size())
    throw std::invalid_argument("step_together: " + std::to_string(taus.size()) + " step sizes for " +
                                std::to_string(schemes.size()) + " schemes");
  const int k = static_cast<int>(schemes.size());
  std::vector<StepOutcome> out(schemes.size());
  std::vector<FusedTrainer<float>*> engines(schemes.size(), nullptr);
  std::vector<NeuralScheme::FusedTraining> trained(schemes.size());
  for (int i = 0; i < k; ++i) {
    try {
      engines[i] = schemes[i]->begin_step(taus[i]);
    } catch (...) {
      out[i].error = std::current_exception();
    }
  }
  if (threads <= 0) threads = std::max(1, omp_get_num_procs());
  threads = std::max(1, std::min(threads, k));
  // Members are independent (own weights, Adam state, stream and buffers): no shared writes.
#pragma omp parallel for num_threads(threads) schedule(dynamic, 1)
  for (int i = 0; i < k; ++i) {
    if (!engines[i]) continue;
    try {
      trained[i] = NeuralScheme::train_fused(*engines[i], schemes[i]->training(), taus[i]);
    } catch (...) {
      out[i].error = std::current_exception();
    }
  }
  for (int i = 0; i < k; ++i) {
    if (out[i].error) continue;
    try {
      out[i].report = schemes[i]->finish_step(taus[i], engines[i] ? &trained[i] : nullptr);
    } catch (...) {
      out[i].error = std::current_exception();
    }
  }
  return out;
}

bool NeuralScheme::use_fused() {
  if (fused_) return true;
  FusedLossOptions loss;
  if (training_.engine != TrainingEngine::Fused || !device_.is_cpu() || !fused_loss(loss)) return false;
  FusedTrainerOptions o;
  o.d = generator_options_.d;
  o.latent = generator_options_.latent_size();
  o.width = generator_options_.width;
  o.depth = generator_options_.depth;
  o.activation = generator_options_.activation;
  o.batch = training_.batch;
  o.distinct_batches = training_.batch_sampling == BatchSampling::Without;
  o.target_batch = training_.target_batch;
  o.adam.lr = training_.lr;
  o.loss = loss;
  fused_ = std::make_unique<FusedTrainer<float>>(o, seed_);
  copy_parameters_from(*generator_, fused_->mlp());
  if (target_.defined())
    fused_->set_target(target_.data_ptr<float>(), static_cast<std::size_t>(target_.size(0)));
  return true;
}

}  // namespace nwgf::neural
