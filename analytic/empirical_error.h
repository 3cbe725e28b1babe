#pragma once
// Errors of an empirical measure (points x_1..x_N, row-major N x d) against the exact measure
// gamma = (a Id)_# eta* (docs/math.md section 4). a is the scale: a(t) for the exact flow, a_n for
// the exact scheme iterate.
//   D^2 = -1/(2N^2) Σ_ij ||x_i - x_j||^q + (1/N) Σ_i a^q phi_q(x_i / a) - a^q M2_q / q'
// where for the flow's exponent q = r the last term is a^r M2 / r; the pairwise sum is tiled
// (analytic/riesz_sums.h), so N = 1e5 in d = 2 needs O(N d) memory.
#include <cstddef>

#include "analytic/profile.h"

namespace nwgf::analytic {

struct MmdEstimate {
  double mmd2 = 0.0;        // D^2 as computed (may be slightly negative through rounding)
  double mmd = 0.0;         // sqrt(max(D^2, 0))
  double floor2 = 0.0;      // E[D^2] for N exact i.i.d. samples: a^r M2 / (r N)
  double floor = 0.0;       // sqrt(floor2): the noise floor to report next to mmd
  std::size_t n = 0;
};

// Exact MMD between the points and (a Id)_# eta*, with the profile's exponent r.
MmdEstimate exact_mmd(const Profile& p, double a, const double* x, std::size_t n);

// W2 between the law of ||x|| and a * (radial law of eta*): exact from the sorted radii and
// the Beta quantile / incomplete Beta integrals (ball regime) or a point mass a R (sphere).
// A lower bound of W2(mu, gamma).
double radial_w2(const Profile& p, double a, const double* x, std::size_t n);

// Relative errors (value - exact) / |exact| of the second moment (1/N) Σ ||x_i||^2 against
// a^2 M2, and of the interaction energy -1/(2N^2) Σ_ij ||x_i - x_j||^r against a^r E(eta*).
double m2_rel_error(const Profile& p, double a, const double* x, std::size_t n);
double energy_rel_error(const Profile& p, double a, const double* x, std::size_t n);

// The part of the exact D^2 against (a Id)_# eta* that depends on the reference scale a:
//   (1/N) Σ_i ∫ ||x_i - y||^r d((a Id)_# eta*)(y) - a^r M2 / r
// (D^2 = the empirical energy below + this). a = 0 is allowed: the reference is delta_0, whose
// potential is ||x||^r and whose self term is 0. O(N): with the energy of one set of points,
// the MMD to several references costs one pairwise sum.
double mmd2_reference_part(const Profile& p, double a, const double* x, std::size_t n);

// All of the above in one pass over the pairs (the pairwise sum is shared).
struct EmpiricalErrors {
  MmdEstimate mmd;
  double radial_w2 = 0.0;
  double m2_rel_error = 0.0;
  double energy = 0.0;  // the empirical energy -1/(2N^2) Σ_ij ||x_i - x_j||^r
  double energy_rel_error = 0.0;
};
EmpiricalErrors empirical_errors(const Profile& p, double a, const double* x, std::size_t n);

// D^2 between the empirical measures of x (n x d) and t (m x d), exponent r (docs/math.md
// section 1): D^2 = -1/(2n^2) Σ_ij ||x_i - x_j||^r - 1/(2m^2) Σ_kl ||t_k - t_l||^r
//                   + 1/(nm) Σ_ik ||x_i - t_k||^r.
// `target_self_sum` may pass Σ_kl ||t_k - t_l||^r when known (negative: computed here).
double empirical_mmd2(const double* x, std::size_t n, const double* t, std::size_t m, int d,
                      double r, double target_self_sum = -1.0);

}  // namespace nwgf::analytic
