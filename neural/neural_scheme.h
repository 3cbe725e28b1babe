#pragma once
// Common machinery of the two neural schemes of docs/math.md section 2 (backward: JKO over plans,
// neural/backward_scheme.h; forward: steepest descent over velocity plans,
// neural/forward_scheme.h): m particles of mu_n, a generator G_theta(x, z) kept from step to
// step (warm start, with its Adam state), Adam on mini-batches, and the chain of per-step
// generators (neural/chain.h).
//
// One training iteration draws two independent batches of `batch` particles (with replacement,
// or each of distinct particles: TrainingOptions::batch_sampling) and fresh z ~ N(0, I_k), evaluates the scheme's loss in one generator pass over
// both batches, and takes one Adam step. The loop never synchronises with the host: the final
// loss is accumulated on the device and read once per step; iteration times are measured over
// blocks of `timing_block` iterations (with a device synchronisation at block ends on CUDA).
//
// Failure: a non-finite loss or particle ends the step with NumericalFailure (the caller records
// it); bad options throw std::invalid_argument.
#include <cstdint>
#include <exception>
#include <functional>
#include <memory>
#include <stdexcept>
#include <vector>

#include <torch/torch.h>

#include "neural/scheme_settings.h"
#include "neural/chain.h"
#include "neural/device_adam.h"
#include "neural/functionals.h"
#include "neural/fused/fused_trainer.h"
#include "neural/generator.h"

namespace nwgf::neural {

struct NumericalFailure : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// TrainingEngine (fused | torch): neural/scheme_settings.h.

struct TrainingOptions {
  TrainingEngine engine = TrainingEngine::Fused;  // CPU engine (CUDA always uses LibTorch)
  int iters = 5000;       // Adam iterations per step (reference 5000)
  int batch = 100;        // particles per batch; two independent batches (reference 100)
  // Each batch's rows: b independent uniform indices (With, the default) or b distinct ones
  // (Without, the published code's randperm(m)[:b]; needs b <= m). neural/scheme_settings.h.
  BatchSampling batch_sampling = BatchSampling::With;
  double lr = 1e-3;       // Adam learning rate (reference 1e-3)
  int target_batch = 0;   // target points per iteration for V_nu; 0: batch (all when fewer)
  int timing_block = 50;  // iterations per timing block (median iteration time)
  int loss_window = 100;  // the step's loss: mean over its last loss_window iterations
  // Iterations [last_window_begin(), iters) give the step's loss, [0, first_window_end()) its
  // first loss.
  int last_window_begin() const { return iters > loss_window ? iters - loss_window : 0; }
  int first_window_end() const { return iters < loss_window ? iters : loss_window; }
  // CUDA: capture one training iteration (batch draws, loss, backward, Adam) into a CUDA graph
  // and replay it, after 3 eager warm-up iterations per capture (a capture is kept from step to
  // step while tau is unchanged). Only in builds with NWGF_CUDA (the CUDA graph API); a failed
  // capture is reported once on stderr and training goes on eagerly. Ignored on the CPU.
  bool cuda_graph = true;
};

// Throws std::invalid_argument naming the field and the allowed range.
void validate(const TrainingOptions& options);

struct StepReport {
  double loss = 0.0;                  // mean training loss over the last loss_window iterations
  double first_loss = 0.0;            // mean training loss over the first loss_window iterations
  double train_s = 0.0;               // wall seconds of the training loop
  double move_s = 0.0;                // wall seconds to move the particles (and store the link)
  std::vector<double> iteration_us;   // mean iteration time of each timing block (microseconds)
  double factor = 1.0;                // the link's factor (forward: tau s_n; backward: 1)
  double slope = 0.0;                 // forward: estimated slope -D_v F / ||v|| (0 for backward)
};

class NeuralScheme {
 public:
  // initial_particles: m x d (any dtype/device; stored as float32 on `device`). Seeds the global
  // generators with `seed` and then initialises the network; every step n reseeds them with a
  // value derived from (seed, n) before drawing, so a seed fixes every number even when other
  // code draws from the global generators between steps.
  NeuralScheme(const GeneratorOptions& generator, const TrainingOptions& training,
               const RieszFunctional& functional, ChainStart start,
               const torch::Tensor& initial_particles, const torch::Device& device,
               std::uint64_t seed);
  virtual ~NeuralScheme() = default;
  NeuralScheme(const NeuralScheme&) = delete;
  NeuralScheme& operator=(const NeuralScheme&) = delete;

  // One step of size tau > 0: trains the generator, moves the particles, appends the link.
  StepReport step(double tau);

  // The step split in three, so that several schemes can train together (step_together below):
  // begin_step checks tau, seeds the step's streams and readies the fused engine; it returns
  // that engine, or nullptr when the scheme trains with LibTorch (then finish_step does the whole
  // step). train_fused runs the step's Adam iterations on the returned engine and touches no
  // other state of the scheme (no LibTorch call: safe on another thread). finish_step copies the
  // weights back, reseeds the step's stream and moves the particles, so
  // begin_step + train_fused + finish_step == step(tau), bit for bit.
  FusedTrainer<float>* begin_step(double tau);
  struct FusedTraining {
    double last_sum = 0.0, first_sum = 0.0;  // sums of the losses of the last / first window
    std::vector<double> iteration_us;        // timing blocks
    double train_s = 0.0;                    // wall seconds of the loop
  };
  static FusedTraining train_fused(FusedTrainer<float>& engine, const TrainingOptions& training, double tau);
  StepReport finish_step(double tau, const FusedTraining* fused);
  const TrainingOptions& training() const { return training_; }

  const torch::Tensor& particles() const { return particles_; }  // m x d, float32, on device
  const Chain& chain() const { return chain_; }
  Generator generator() const { return generator_; }
  const torch::Device& device() const { return device_; }
  const RieszFunctional& functional() const { return functional_; }

 protected:
  // Loss on inputs x (2 batch rows: first half X, second half Y), z, and a target batch
  // (undefined when F = E).
  virtual torch::Tensor loss(const torch::Tensor& x, const torch::Tensor& z,
                             const torch::Tensor& target_batch, double tau) = 0;
  // Called before training (e.g. to refuse an undefined step).
  virtual void check_step(double /*tau*/) {}
  // Moves particles_ after training and appends the link to chain_; fills report fields.
  virtual void move(double tau, StepReport& report) = 0;
  // The same loss for the fused CPU engine (neural/fused/fused_loss.h); false: the scheme has none and
  // trains with LibTorch.
  virtual bool fused_loss(FusedLossOptions& /*options*/) const { return false; }

  torch::Tensor latent(std::int64_t n) const;         // n x k standard normal on the device
  torch::Tensor target_batch(std::int64_t n) const;   // n target rows (all if fewer), or undefined
  // Two independent batches of b rows of `source` (m x d on the device), 2b rows, drawn as
  // training_.batch_sampling says (batch_indices below).
  torch::Tensor two_batches(const torch::Tensor& source, std::int64_t b) const;
  // One LibTorch training iteration on batches drawn from `source` (the particles, or the CUDA
  // graph's copy of them); returns the detached loss, on the device, without reading it.
  torch::Tensor torch_iteration(const torch::Tensor& source, double tau);
  // Runs the step's iterations from a CUDA graph (TrainingOptions::cuda_graph), calling
  // account(it, loss) after each; returns how many it ran (all, or those before a failed
  // capture; 0 in builds without NWGF_CUDA).
  int train_with_cuda_graph(double tau, const std::function<void(int, const torch::Tensor&)>& account);

  GeneratorOptions generator_options_;
  TrainingOptions training_;
  RieszFunctional functional_;
  torch::Device device_;
  torch::Tensor target_;      // functional target as float32 on the device (or undefined)
  torch::Tensor particles_;
  Generator generator_{nullptr};
  std::unique_ptr<torch::optim::Adam> optimizer_;  // CPU LibTorch engine
  std::unique_ptr<DeviceAdam> device_adam_;         // CUDA (capturable; neural/device_adam.h)
  struct CudaGraphTraining;                         // neural_scheme.cc, NWGF_CUDA builds only
  std::shared_ptr<CudaGraphTraining> graph_;
  Chain chain_;
  std::uint64_t seed_;
  // The fused engine, created at the first step when it is used; it owns the network's weights
  // and Adam state during training and copies the weights to generator_ after each step.
  std::unique_ptr<FusedTrainer<float>> fused_;
  bool use_fused();
  std::uint64_t step_seed_ = 0;  // stream of the step begun by begin_step
};

// The row indices of two independent batches of b rows each from m rows, 2b int64 indices on
// `device`, from LibTorch's generator for that device. With: 2b independent uniform indices in
// [0, m) (one randint call, the stream of the results committed before the option existed).
// Without: each batch the first b entries of its own random permutation of 0..m-1 (randperm), so
// the b indices of a batch are distinct; throws std::invalid_argument when b > m. LibTorch's CPU
// randperm is a sequential Fisher-Yates shuffle: the indices depend on the seed only, not on the
// thread count.
torch::Tensor batch_indices(std::int64_t m, std::int64_t b, BatchSampling sampling, const torch::Device& device);

// One step of each of several independent schemes (scheme i with step size taus[i]; e.g. the
// cells of a study), their fused training loops run in parallel on up to `threads` threads (0:
// one per core; not LibTorch's thread count, which can be 1 on a multi-core machine); everything else (LibTorch training, moving the particles) runs on
// the calling thread, scheme by scheme. Each scheme ends exactly as scheme->step(taus[i]) would
// leave it. outcome[i] holds scheme i's report, or the exception its step threw (a
// NumericalFailure, a refused step).
struct StepOutcome {
  StepReport report;
  std::exception_ptr error;  // set when the step failed
};
std::vector<StepOutcome> step_together(const std::vector<NeuralScheme*>& schemes, const std::vector<double>& taus,
                                       int threads = 0);

}  // namespace nwgf::neural
