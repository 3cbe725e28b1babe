#pragma once
// The training losses of the two neural schemes (docs/math.md section 2) and their gradients with
// respect to the generator outputs, in plain loops (the fused CPU engine, neural/fused/fused_trainer.h).
// They are the losses of neural/backward_scheme.cc and neural/forward_scheme.cc, term by term:
// rows 0..b-1 of x are the batch X, rows b..2b-1 the independent batch Y; g = G_theta(x, z) on
// all 2b rows; t_1..t_M a batch of target points (M = 0: F = E).
//
// Backward (JKO) scheme, y = x + g (displacement) or y = g:
//   L = 1/2 mean_{2b rows} ||x - y||^2
//       + tau ( -1/(2 b^2) Σ_{i<b, j>=b} ||y_i - y_j||^r  +  1/(2b M) Σ_{i<2b, k} ||y_i - t_k||^r )
// Forward scheme, xi = g:
//   D = -1/(2 b^2) Σ_{i<b, j>=b} [ r ||x_i - x_j||^(r-2) <x_i - x_j, xi_i - xi_j>
//                                 + (r = 1 and x_i = x_j) ||xi_i - xi_j|| ]
//       + 1/(2b M) Σ_{i<2b, k} [ r ||x_i - t_k||^(r-2) <x_i - t_k, xi_i>
//                               + (r = 1 and x_i = t_k) ||xi_i|| ]
//   L = D / ( ||v|| + eps ),  ||v||^2 = mean_{2b rows} ||xi_i||^2.
// Coinciding points: pairs with squared distance below kFusedCoincide (1e-30, the clamp of
// neural/functionals.cc) count as coinciding: ||.||^r and its gradient are taken as 0 there (never
// NaN or Inf), and in the forward scheme they carry the split term above for r = 1 and nothing
// for r != 1 (for r < 1 the true slope is infinite; the scheme refuses such steps earlier).
// ||v|| and ||xi_i - xi_j|| have gradient 0 at 0.
#include <cstddef>

#include "neural/fused/fused_mlp.h"

namespace nwgf::neural {

constexpr double kFusedCoincide = 1e-30;

enum class FusedScheme { Backward, Forward };

struct FusedLossOptions {
  FusedScheme scheme = FusedScheme::Backward;
  double r = 1.0;             // Riesz exponent, in (0, 2)
  bool displacement = true;   // backward scheme: T = x + G (true) or T = G
  double eps = 1e-2;          // forward scheme: eps in D / (||v|| + eps) (reference 1e-2)
};

// Throws std::invalid_argument unless 0 < r < 2 and eps >= 0 (finite).
void validate(const FusedLossOptions& options);

template <typename T>
class FusedLoss {
 public:
  // Scratch for batches of b rows each and up to max_target target points, allocated once.
  FusedLoss(const FusedLossOptions& options, int d, int batch, int max_target);
  // x, g: 2b x d (row-major); target: M x d (M <= max_target; may be null when M = 0).
  // Returns L and writes dL/dg (2b x d) into grad_g.
  double evaluate(const T* x, const T* g, const T* target, int M, double tau, T* grad_g);
  const FusedLossOptions& options() const { return options_; }
  // Forward scheme, after evaluate(): the estimates D (= D_v F) and ||v||^2 of that call (what
  // ForwardScheme::move needs for its step factor).
  double last_derivative() const { return last_derivative_; }
  double last_velocity_norm2() const { return last_velocity_norm2_; }

 private:
  double backward_loss(const T* x, const T* g, const T* target, int M, double tau, T* grad_g);
  double forward_loss(const T* x, const T* g, const T* target, int M, T* grad_g);

  FusedLossOptions options_;
  int d_, b_, max_target_;
  int ldb_;                   // row length of soa_ and gb_: max(b, M) rounded up to kPairPadding
  AlignedArray<T> y_;         // 2b x d transported points (backward scheme)
  AlignedArray<T> soa_;       // d x ldb_: the second operand, coordinate-major
  AlignedArray<T> ga_;        // 2b x d fields on the first operand
  AlignedArray<T> gb_;        // d x ldb_ fields on the second operand (coordinate-major)
  AlignedArray<T> sq_, w_;    // per-row scratch: max(ldb_, kPairPadding d) and ldb_
  AlignedArray<T> counts_;    // 2b coinciding-pair counts per row
  double last_derivative_ = 0.0, last_velocity_norm2_ = 0.0;
};

}  // namespace nwgf::neural
