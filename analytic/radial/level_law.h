#pragma once
// A radial law known through its quantiles at levels with quadrature weights (docs/math.md
// section 7.5): the output of the reference flow and of the exact scheme iterates
// (analytic/radial/reference_flow.h), the input of the step scorer (analytic/radial/
// step_scorer.h). The law is that of R = ||X|| for X = R U, U uniform on S^{d-1}
// (MATH.md 7.1); d is not part of it.
//
// Conventions:
//   levels s_1 < ... < s_N in (0, 1); weights w_i > 0 with sum 1 (midpoints: s_i = (i - 1/2)/N,
//   w_i = 1/N): ∫_0^1 g(Q(s)) ds ≈ Σ_i w_i g(radii_i);
//   radii_i = Q(s_i), nondecreasing, >= 0; lo = Q(0+) <= radii_1, hi = Q(1-) >= radii_N;
//   errors_i the estimated error of radii_i (empty: not estimated; else one per level, >= 0).
//   quantile(s) is the piecewise linear interpolant through (0, lo), (s_i, radii_i), (1, hi):
//   the continuous law this representation stands for wherever a value between levels is
//   needed (W2 against sorted norms, the scorer's quadratures).
// check_level_law refuses a malformed law with std::invalid_argument naming the field, the
// offending value and what is allowed.
#include <string>
#include <vector>

namespace nwgf::analytic::radial {

struct LevelLaw {
  std::vector<double> levels;   // s_i in (0, 1), increasing
  std::vector<double> weights;  // quadrature weights in s, sum 1 (midpoints: 1/N)
  std::vector<double> radii;    // Q(s_i), nondecreasing, >= 0
  std::vector<double> errors;   // estimated error of each radius (empty: not estimated)
  double lo = 0, hi = 0;        // support of the law (Q(0+), Q(1-)), for interpolation at the ends
  // Piecewise linear through (0, lo), (levels, radii), (1, hi); s in [0, 1] (else throws).
  // O(log N). Requires at least one level (throws otherwise).
  double quantile(double s) const;
};

// Throws std::invalid_argument unless: at least one level; levels, weights, radii (and errors
// when not empty) of one length; levels strictly increasing in (0, 1); weights positive, finite,
// summing to 1 within 1e-12; radii finite, nondecreasing, >= 0; 0 <= lo <= radii.front(),
// radii.back() <= hi < inf; errors finite and >= 0. `what` names the law in the message
// (e.g. "reference flow at t = 0.5").
void check_level_law(const LevelLaw& law, const std::string& what);

// Midpoint levels s_i = (i - 1/2)/N, weights 1/N, radii Q(s_i) of a quantile function q
// (lo = q(0+), hi = q(1-) given): the representation of a closed-form law at N levels, for tests
// and for starts. N >= 1.
template <class Quantile>
LevelLaw midpoint_level_law(int N, const Quantile& q, double lo, double hi) {
  LevelLaw law;
  law.levels.resize(N);
  law.weights.assign(N, 1.0 / N);
  law.radii.resize(N);
  for (int i = 0; i < N; ++i) {
    law.levels[i] = (i + 0.5) / N;
    law.radii[i] = q(law.levels[i]);
  }
  law.lo = lo;
  law.hi = hi;
  return law;
}

}  // namespace nwgf::analytic::radial
