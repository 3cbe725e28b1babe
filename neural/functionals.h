#pragma once
// Riesz-kernel functionals on mini-batches (docs/math.md sections 1 and 2), K(x, y) = -||x - y||^r,
// r in (0, 2), any dimension d. Point sets are n x d tensors on one device, one dtype.
//   interaction energy  E ≈ -1/(2 n m) Σ_ij ||x_i - y_j||^r   (X, Y independent batches)
//   potential energy    V_nu ≈ 1/(n M) Σ_ij ||x_i - t_j||^r   (t_j: target points of nu)
//   MMD functional      F_nu = E + V_nu   (F = E when there is no target)
// Directional derivatives along a velocity plan v (x carries xi, y carries eta):
//   D_v E  ≈ -1/2 mean_ij r ||x_i - y_j||^(r-2) <x_i - y_j, xi_i - eta_j>      (x_i != y_j)
//   D_v V  ≈       mean_ij r ||x_i - t_j||^(r-2) <x_i - t_j, xi_i>              (x_i != t_j)
// Coinciding points (docs/math.md 2): the gradient of ||x||^r at 0 is taken as 0, so values and
// gradients stay finite; in the directional derivatives a coinciding pair contributes
//   r = 1: -1/2 ||xi_i - eta_j|| (E) and +||xi_i|| (V);  r > 1: 0;
//   r < 1: the true value is infinite; such pairs contribute 0 here and the schemes refuse to
//          step from coinciding points with r < 1 (see has_coinciding_points).
// Nothing here synchronises with the host.
#include <torch/torch.h>

namespace nwgf::neural {

// The functional F = E (no target) or F_nu = E + V_nu (empirical target nu = uniform on the rows
// of `target`). r in (0, 2).
struct RieszFunctional {
  double r = 1.0;        // Riesz exponent, in (0, 2)
  torch::Tensor target;  // M x d target points (any dtype/device; converted where used);
                         // undefined: F = E
  bool has_target() const { return target.defined() && target.numel() > 0; }
};

// Throws std::invalid_argument unless 0 < r < 2 and the target (if any) is M x d, M >= 1.
void validate(const RieszFunctional& f, int d);

// ||.||^r from squared norms, with the gradient at 0 taken as 0 (never NaN or Inf):
// sq == 0 gives value 0 and gradient 0.
torch::Tensor guarded_riesz_power(const torch::Tensor& squared_norms, double r);

// Squared distances ||x_i - y_j||^2 (n x m), computed from differences so coinciding points
// give exactly 0.
torch::Tensor pairwise_squared_distances(const torch::Tensor& x, const torch::Tensor& y);

// mean_ij ||x_i - y_j||^r.
torch::Tensor mean_pair_riesz(const torch::Tensor& x, const torch::Tensor& y, double r);
torch::Tensor interaction_energy(const torch::Tensor& x, const torch::Tensor& y, double r);
torch::Tensor potential_energy(const torch::Tensor& x, const torch::Tensor& target, double r);
// E(x, y) + V(x ∪ y, target) (V omitted when target is undefined).
torch::Tensor functional_value(const torch::Tensor& x, const torch::Tensor& y,
                               const torch::Tensor& target, double r);

torch::Tensor interaction_derivative(const torch::Tensor& x, const torch::Tensor& xi,
                                     const torch::Tensor& y, const torch::Tensor& eta, double r);
torch::Tensor potential_derivative(const torch::Tensor& x, const torch::Tensor& xi,
                                   const torch::Tensor& target, double r);
// D_v E(x, xi; y, eta) + D_v V(x ∪ y, xi ∪ eta; target).
torch::Tensor functional_derivative(const torch::Tensor& x, const torch::Tensor& xi,
                                    const torch::Tensor& y, const torch::Tensor& eta,
                                    const torch::Tensor& target, double r);

// True when two rows of x coincide, or a row of x coincides with a row of target (host sync).
bool has_coinciding_points(const torch::Tensor& x, const torch::Tensor& target);

}  // namespace nwgf::neural
