#pragma once
// The fused CPU training engine of the neural schemes: one Adam iteration of docs/math.md section 2
// (draw two independent batches of b particles, with replacement or each of b distinct particles
// (distinct_batches: a partial Fisher-Yates shuffle, neural/fused/fused_random.h), and fresh
// z ~ N(0, I_k),
// evaluate the scheme's loss in one generator pass over the 2b rows, backpropagate by hand, one
// Adam step) with no autograd and no allocation per iteration. Same loss (neural/fused/fused_loss.h),
// same network function (neural/fused/fused_mlp.h) and same Adam update (neural/fused/fused_adam.h) as the
// LibTorch path of neural/neural_scheme.h; batch indices and latent draws come from the
// engine's own seeded stream (neural/fused/fused_random.h), so the two engines give statistically
// equivalent, not identical, runs.
// Target batch: all target points when there are at most target_batch of them, otherwise
// target_batch rows drawn with replacement (as NeuralScheme::target_batch).
// Single-threaded: at the reference size one iteration is a few tens of microseconds, below
// what a parallel region's synchronisation would save.
#include <cstddef>
#include <cstdint>
#include <vector>

#include "neural/fused/fused_adam.h"
#include "neural/fused/fused_loss.h"
#include "neural/fused/fused_mlp.h"
#include "neural/fused/fused_random.h"

namespace nwgf::neural {

struct FusedTrainerOptions {
  int d = 2;                   // dimension of the particles
  int latent = 0;              // k; 0 means k = d (reference)
  int width = 64;              // generator width (reference 64)
  int depth = 2;               // hidden layers (reference 2)
  FusedActivation activation = FusedActivation::ReLU;  // reference ReLU
  int batch = 100;             // b, particles per batch; two batches (reference 100)
  bool distinct_batches = false;  // each batch b distinct particles (without replacement; b <= m)
  int target_batch = 0;        // target points per iteration; 0: batch
  FusedAdamOptions adam;       // lr 1e-3, betas 0.9 / 0.999, eps 1e-8
  FusedLossOptions loss;       // scheme, r, displacement, eps

  int latent_size() const { return latent > 0 ? latent : d; }
  FusedMlpShape shape() const { return {d + latent_size(), width, depth, d, activation}; }
  int target_rows() const { return target_batch > 0 ? target_batch : batch; }
};

// Throws std::invalid_argument naming the field and the allowed range.
void validate(const FusedTrainerOptions& options);

template <typename T>
class FusedTrainer {
 public:
  FusedTrainer(const FusedTrainerOptions& options, std::uint64_t seed);

  // m x d particles of mu_n (copied; m >= 1, m < 2^32; m >= batch with distinct_batches).
  void set_particles(const T* x, std::size_t m);
  // M x d target points (copied; M = 0: F = E).
  void set_target(const T* t, std::size_t M);

  // Restarts the engine's random stream (batch indices, latent draws) from a seed.
  void reseed(std::uint64_t seed) { random_ = FusedRandom(seed); }
  // One Adam iteration at step size tau; returns the loss before the update.
  double iterate(double tau);
  // The loss and parameter gradients (mlp().gradients()) on given inputs: rows 0..b-1 of x the
  // batch X, rows b..2b-1 the batch Y (2b x d), z (2b x k), M target points. No Adam step.
  double loss_and_gradients(const T* x, const T* z, const T* target, int M, double tau);
  // The particle indices of the last iterate()'s batches: rows 0..b-1 the batch X, b..2b-1 Y.
  const std::vector<std::uint32_t>& last_batch_indices() const { return batch_index_; }

  FusedMlp<T>& mlp() { return mlp_; }
  const FusedMlp<T>& mlp() const { return mlp_; }
  FusedAdam<T>& adam() { return adam_; }
  const FusedTrainerOptions& options() const { return options_; }
  std::size_t particle_count() const { return m_; }

 private:
  FusedTrainerOptions options_;
  FusedMlp<T> mlp_;
  FusedAdam<T> adam_;
  FusedLoss<T> loss_;
  FusedRandom random_;
  std::vector<T> particles_, target_;
  std::vector<std::uint32_t> batch_index_;  // 2b indices of the last batches
  std::vector<std::uint32_t> perm_;         // distinct_batches: a permutation of 0..m-1, reset per set_particles
  std::size_t m_ = 0, target_count_ = 0;
  AlignedArray<T> x_, z_, grad_out_, target_batch_;  // the input u = (x, z): mlp_.input_buffer()
};

}  // namespace nwgf::neural
