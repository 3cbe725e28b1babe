#pragma once
// Exact errors of an empirical measure on the line against a law of the line family
// (docs/math.md sections 6.1 and 6.4): any reference offered as a LineLaw — a closed-form
// target, the exact flow at time t, the exact JKO or Euler iterate.
//
// For points x_1 <= ... <= x_N (sorted here, O(N log N); any order in) with empirical
// quantile Q_N(s) = x_i on ((i-1)/N, i/N]:
//   W2^2 = Σ_i ∫_{(i-1)/N}^{i/N} (x_i - Q(s))^2 ds                         (section 6.4)
//     each cell by adaptive Gauss-Kronrod split at the reference's level breaks; exact up
//     to the quadrature tolerance (1e-13 relative per piece), exact to rounding where Q is
//     linear between breaks (atoms, uniform, CDF grids, the Euler law).
//   D^2  = ∫ (F_N(x) - F(x))^2 dx                                            (section 6.1)
//     cell by cell between consecutive sorted points, each written as a level integral
//     (layer-cake, phi(p) = (c - p)^2, F_N = c on [a, b)):
//       ∫_a^b phi(F) dx = phi(F(a)) (b - a) + ∫_{F(a)}^{F(b)} phi'(p) (b - Q(p)) dp,
//       ∫_{-inf}^{x_1} F^2 dx = ∫_0^{F(x_1)} 2p (x_1 - Q(p)) dp,
//       ∫_{x_N}^{inf} (1 - F)^2 dx = ∫_{F(x_N)}^1 2(1 - p) (Q(p) - x_N) dp,
//     so it needs the reference's CDF at the N points and its quantile on the levels:
//     no reference samples, and atoms of either measure are handled exactly.
//   noise floor: E[D^2] of N i.i.d. samples = (1/N) ∫ F (1 - F) dx             (section 6.1)
// Between two laws:
//   W2^2 = ∫_0^1 (Q_a - Q_b)^2 ds (adaptive, split at both laws' level breaks);
//   D^2 = ∫ (F_a - F_b)^2 dx (adaptive in x over the bounded hull of the supports, split at
//     both laws' point breaks; an unbounded law's tails by the level integrals above). At
//     least one of the two laws must have a bounded support.
#include <vector>

#include "analytic/line/measure.h"

namespace nwgf::analytic::line {

struct LineErrors {
  double w2 = 0.0;           // W2(empirical, reference)
  double mmd = 0.0;          // D = sqrt(D^2)
  double mmd2 = 0.0;         // D^2 = ∫ (F_N - F)^2 dx
  double noise_floor = 0.0;  // sqrt of E[D^2] for N i.i.d. samples of the reference
  double noise_floor2 = 0.0; // (1/N) ∫ F (1 - F) dx
};

// W2^2(empirical of points, ref).
double w2_squared(std::vector<double> points, const LineLaw& ref);
// D^2(empirical of points, ref).
double mmd_squared(std::vector<double> points, const LineLaw& ref);
// (1/n) ∫ F (1 - F) dx for the reference (n >= 1).
double noise_floor_squared(const LineLaw& ref, std::size_t n);
// All of the above.
LineErrors empirical_errors(std::vector<double> points, const LineLaw& ref);

// W2^2(a, b) and D^2(a, b) between two laws.
double w2_squared(const LineLaw& a, const LineLaw& b);
double mmd_squared(const LineLaw& a, const LineLaw& b);

}  // namespace nwgf::analytic::line
