#pragma once
// Adam on a flat parameter array, the same update as torch::optim::Adam (LibTorch 1.13,
// torch/csrc/api/src/optim/adam.cpp) with weight_decay 0 and amsgrad off, in the same order of
// operations, so that a float64 run matches LibTorch to rounding:
//   t += 1;  bc1 = 1 - beta1^t;  bc2 = 1 - beta2^t          (double)
//   m = beta1 m + (1 - beta1) g;  v = beta2 v + (1 - beta2) g^2
//   p -= (lr / bc1) * m / ( sqrt(v) / sqrt(bc2) + eps )
// Defaults: lr 1e-3, betas 0.9 / 0.999, eps 1e-8 (LibTorch's and the reference's). The state
// (m, v, t) is kept between calls: the neural schemes warm-start the optimiser step to step.
#include <cstddef>
#include <cstdint>
#include <utility>
#include <vector>

#include "neural/fused/fused_mlp.h"

namespace nwgf::neural {

struct FusedAdamOptions {
  double lr = 1e-3;      // learning rate (reference 1e-3)
  double beta1 = 0.9;    // first-moment decay (LibTorch default)
  double beta2 = 0.999;  // second-moment decay (LibTorch default)
  double eps = 1e-8;     // denominator guard (LibTorch default)
};

// Throws std::invalid_argument unless lr > 0, 0 <= beta < 1, eps >= 0 (all finite).
void validate(const FusedAdamOptions& options);

template <typename T>
class FusedAdam {
 public:
  FusedAdam(std::size_t parameter_count, const FusedAdamOptions& options);
  // One step on params[0..n) with gradients grads[0..n) (n = parameter_count).
  void step(T* params, const T* grads);
  std::int64_t steps() const { return t_; }
  const T* first_moment() const { return m_.data(); }
  const T* second_moment() const { return v_.data(); }
  // Replaces the state (e.g. copied from a torch::optim::Adam); null moments mean zeros.
  void set_state(std::int64_t steps, const T* first_moment, const T* second_moment);
  const FusedAdamOptions& options() const { return options_; }
  void set_lr(double lr);
  // Restricts the update to [begin, end) ranges of the array (FusedMlp::live_ranges()): the
  // entries outside must have zero gradients and moments, so that the full update would leave
  // them as they are (it does: m = v = 0, p -= step 0 / eps). Same bits, less work; the
  // baseline kernels (kernels/fused_kernels.h) update the whole array as before. Throws
  // std::invalid_argument for a range that is empty, unordered or beyond parameter_count.
  void set_live_ranges(std::vector<std::pair<std::size_t, std::size_t>> ranges);

 private:
  FusedAdamOptions options_;
  std::size_t n_;
  AlignedArray<T> m_, v_;
  std::int64_t t_ = 0;
  std::vector<std::pair<std::size_t, std::size_t>> live_;  // empty: the whole array
};

}  // namespace nwgf::neural
