#include "neural/functionals.h"

#include <algorithm>
#include <cstdint>
#include <stdexcept>
#include <vector>
#include <string>

#include "analytic/format_value.h"

namespace nwgf::neural {

namespace {
// Squared norms below this are clamped before the power so that its derivative stays finite;
// the mask then zeroes value and gradient at exactly 0. 1e-30 is far below any squared
// distance that matters in float32 or float64, and (1e-30)^(r/2 - 1) <= 1e30 stays finite.
constexpr double kClampSquared = 1e-30;

torch::Tensor coincide_mask(const torch::Tensor& sq) { return (sq == 0).to(sq.scalar_type()); }

// r ||d||^(r-2) for d != 0, 0 for d == 0 (weights of the directional derivatives; no gradient
// needed: the positions are data).
torch::Tensor derivative_weights(const torch::Tensor& sq, double r) {
  return (sq > 0).to(sq.scalar_type()) * sq.clamp_min(kClampSquared).pow((r - 2) / 2) * r;
}
}  // namespace

void validate(const RieszFunctional& f, int d) {
  if (!(f.r > 0 && f.r < 2))
    throw std::invalid_argument("r " + analytic::format_double(f.r) + " is outside (0, 2)");
  if (f.has_target() && (f.target.dim() != 2 || f.target.size(1) != d))
    throw std::invalid_argument("target points must be an M x " + std::to_string(d) + " array");
}

torch::Tensor guarded_riesz_power(const torch::Tensor& squared_norms, double r) {
  return (squared_norms > 0).to(squared_norms.scalar_type()) *
         squared_norms.clamp_min(kClampSquared).pow(r / 2);
}

torch::Tensor pairwise_squared_distances(const torch::Tensor& x, const torch::Tensor& y) {
  // Differences, not the Gram form |x|^2 + |y|^2 - 2 <x, y>: coinciding points must give an
  // exact 0 (docs/math.md section 2 treats them separately), which the Gram form loses to rounding.
  // The n x m x d difference tensor is formed in row chunks of at most kChunkElements
  // elements, so that large batches in high dimension (2000 x 2000 x 784) stay within memory.
  constexpr std::int64_t kChunkElements = std::int64_t{1} << 24;  // 64 MB in float32
  const std::int64_t n = x.size(0), m = y.size(0), d = x.size(1);
  const std::int64_t rows = std::max<std::int64_t>(1, kChunkElements / std::max<std::int64_t>(1, m * d));
  if (rows >= n) return (x.unsqueeze(1) - y.unsqueeze(0)).square().sum(-1);
  std::vector<torch::Tensor> chunks;
  for (std::int64_t i = 0; i < n; i += rows)
    chunks.push_back(
        (x.slice(0, i, std::min(n, i + rows)).unsqueeze(1) - y.unsqueeze(0)).square().sum(-1));
  return torch::cat(chunks, 0);
}

torch::Tensor mean_pair_riesz(const torch::Tensor& x, const torch::Tensor& y, double r) {
  return guarded_riesz_power(pairwise_squared_distances(x, y), r).mean();
}

torch::Tensor interaction_energy(const torch::Tensor& x, const torch::Tensor& y, double r) {
  return mean_pair_riesz(x, y, r) * -0.5;
}

torch::Tensor potential_energy(const torch::Tensor& x, const torch::Tensor& target, double r) {
  return mean_pair_riesz(x, target, r);
}

torch::Tensor functional_value(const torch::Tensor& x, const torch::Tensor& y,
                               const torch::Tensor& target, double r) {
  torch::Tensor value = interaction_energy(x, y, r);
  if (target.defined() && target.numel() > 0)
    value = value + potential_energy(torch::cat({x, y}, 0), target, r);
  return value;
}

torch::Tensor interaction_derivative(const torch::Tensor& x, const torch::Tensor& xi,
                                     const torch::Tensor& y, const torch::Tensor& eta, double r) {
  const torch::Tensor sq = pairwise_squared_distances(x, y);
  // <x_i - y_j, xi_i - eta_j> = <x_i, xi_i> - <y_j, xi_i> - <x_i, eta_j> + <y_j, eta_j>
  const torch::Tensor inner = (x * xi).sum(1).unsqueeze(1) - xi.matmul(y.t()) -
                              x.matmul(eta.t()) + (y * eta).sum(1).unsqueeze(0);
  torch::Tensor d = (derivative_weights(sq, r) * inner).mean() * -0.5;
  if (r == 1.0) {
    // Coinciding pairs: d/dh (-1/2 ||h (xi - eta)||) = -1/2 ||xi - eta|| (docs/math.md 2).
    const torch::Tensor split = guarded_riesz_power(pairwise_squared_distances(xi, eta), 1.0);
    d = d - (coincide_mask(sq) * split).mean() * 0.5;
  }
  return d;
}

torch::Tensor potential_derivative(const torch::Tensor& x, const torch::Tensor& xi,
                                   const torch::Tensor& target, double r) {
  const torch::Tensor t = target.to(x.options());
  const torch::Tensor sq = pairwise_squared_distances(x, t);
  // <x_i - t_j, xi_i> = <x_i, xi_i> - <xi_i, t_j>
  const torch::Tensor inner = (x * xi).sum(1).unsqueeze(1) - xi.matmul(t.t());
  torch::Tensor d = (derivative_weights(sq, r) * inner).mean();
  if (r == 1.0) {
    // Coinciding x_i == t_j: d/dh ||h xi_i|| = ||xi_i||.
    const torch::Tensor speed = guarded_riesz_power(xi.square().sum(1), 1.0).unsqueeze(1);
    d = d + (coincide_mask(sq) * speed).mean();
  }
  return d;
}

torch::Tensor functional_derivative(const torch::Tensor& x, const torch::Tensor& xi,
                                    const torch::Tensor& y, const torch::Tensor& eta,
                                    const torch::Tensor& target, double r) {
  torch::Tensor d = interaction_derivative(x, xi, y, eta, r);
  if (target.defined() && target.numel() > 0)
    d = d + potential_derivative(torch::cat({x, y}, 0), torch::cat({xi, eta}, 0), target, r);
  return d;
}

bool has_coinciding_points(const torch::Tensor& x, const torch::Tensor& target) {
  const auto distinct = [](const torch::Tensor& a) {
    return std::get<0>(torch::unique_dim(a, 0)).size(0);
  };
  const int64_t nx = distinct(x);
  if (nx < x.size(0)) return true;
  if (!target.defined() || target.numel() == 0) return false;
  const torch::Tensor t = target.to(x.options());
  return distinct(torch::cat({x, t}, 0)) < nx + distinct(t);
}

}  // namespace nwgf::neural
