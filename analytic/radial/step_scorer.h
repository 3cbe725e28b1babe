#pragma once
// Scoring a run of the radial family (d >= 2, r in (0, 2), r + d >= 3; docs/math.md section 7)
// step by step: the exact errors of a particle cloud x_1..x_N in R^d (row-major N x d) against
// the reference flow mu_{t_n} and, when given, against the exact scheme iterate after n steps,
// both radial laws known through their quantiles at levels (LevelLaw, analytic/radial/level_law.h,
// produced by analytic/radial/reference_flow.h), and the MMD to the target nu. One scorer for
// every caller, as analytic/line/step_scorer.h is for the line family.
//
// The reference measure. A LevelLaw (levels s_j, weights w_j, radii Q_j) stands for two things,
// as level_law.h says: the quadrature measure rho_L = Σ_j w_j (law of Q_j U) for integrals of
// Q (the MMD, the energy, the second moment), and the law of the piecewise linear quantile
// LevelLaw::quantile for W2 (which needs Q between levels). With the reference flow's Gauss-
// Legendre levels the first is the high-order one; both tend to the flow as the levels refine.
//
// Metrics (MATH.md 7.6 and docs/math.md section 4; A_d the sphere-averaged kernel of
// analytic/radial/sphere_kernel.h, g(rho) = Σ_j w_j A_d(rho, Q_j) the reference's potential,
// I = Σ_jk w_j w_k A_d(Q_j, Q_k) = Σ_j w_j g(Q_j) its self term):
//   D^2 = -1/(2N^2) Σ_ij ||x_i - x_j||^r + (1/N) Σ_i g(||x_i||) - I/2
//     (exact for rho_L: E_U ||x - q U||^r = A_d(||x||, q) by rotation invariance, so the cross
//     term needs only the norms; D^2 is the squared MMD between two measures, >= 0 up to the
//     rounding of its three terms and the table error below);
//   mmd = sqrt(max(D^2, 0)), mmd2 = D^2 as computed;
//   mmd_floor = sqrt(I / (2N)) = sqrt(E[D^2]) for N i.i.d. samples of rho_L (docs/math.md 4:
//     E||X - X'||^r = I for independent X, X');
//   radial_w2 = W2 between the empirical law of the norms (the i-th smallest on ((i-1)/N, i/N])
//     and the piecewise linear quantile, integrated exactly over the merged breaks of both
//     (each piece ∫ (c - Q)^2 for Q linear, in closed form): a lower bound of W2 in R^d, exact
//     when the particles' directions are uniform and independent of their norms;
//   m2_rel_error = ((1/N) Σ ||x_i||^2 - M2) / M2, M2 = Σ_j w_j Q_j^2;
//   energy_rel_error = (E_N - E) / |E|, E_N = -1/(2N^2) Σ_ij ||x_i - x_j||^r, E = -I/2;
//   the same MMD, floor and radial W2 against the scheme iterate (the pair sum is shared);
//   mmd_to_target = D against nu's quadrature measure (target_level_law: kTargetLevels graded
//     Gauss-Legendre levels on every segment between nu's level breaks), the same formula.
// The pair sum is analytic/riesz_sums.h (vectorised, threaded): O(N^2 d); the rest is O(N d +
// N log N + L) per point set.
//
// The potential table (RadialPotential). Evaluating g at N norms directly costs N L kernel
// values, and I directly L^2 (4096 levels: 17 million). Instead g is tabulated once per law as
// Chebyshev interpolants of degree kPotentialDegree on panels: on [0, c], c = Q_L (the largest
// radius), split at 0, Q_1, every atom of rho_L (a run of equal radii, where g has the singular
// term |rho - Q|^(r + d - 1) of the kernel times the atom's weight) and c; and beyond c, as
// rho^r G(u) with u = c / rho in [0, 1] (G(0) = Σ w_j exactly: A_d(rho, q) -> rho^r). Panels are
// bisected until the last three Chebyshev coefficients sum to at most kPotentialTolerance x the
// largest |g| (or |G|) on the table, at most kMaxPotentialPanels panels per table (a law that
// needs more is refused with std::runtime_error, the budget). Measured against direct sums
// (SphereKernel::value_sums) on 4096 graded Gauss-Legendre levels (Gaussian, ball, mixtures with
// atoms, near-atom clusters, 64 atoms, random radii; d = 2, 3, 10, 1024): within 1.5e-11 of the
// largest value of g in d = 2, r = 1 (up to 30 times the tail estimate: the kernel's diagonal
// term carries a log there), within 3e-12 elsewhere; analytic/radial/tests/step_scorer_test.cc
// asserts 1e-10 for d = 2, 3, 10. The target's quadrature (4096 levels per segment) agrees with
// 65536 levels per segment within 2e-11 relative in g and 6e-12 in I (ball, Gaussian, shell,
// mixtures with atoms, d = 2, 3, 10).
//
// Bad input (a malformed LevelLaw, a law whose radii are all 0, N = 0, a non-finite coordinate,
// a target tabulated for another (d, r)) throws std::invalid_argument naming the value and what
// is allowed.
#include <cstddef>
#include <memory>
#include <optional>
#include <vector>

#include "analytic/radial/level_law.h"
#include "analytic/radial/radial_measure.h"
#include "analytic/radial/sphere_kernel.h"

namespace nwgf::analytic::radial {

// Chebyshev degree of one panel of the potential table (17 nodes).
inline constexpr int kPotentialDegree = 16;
// Accepted panel: the last three Chebyshev coefficients sum to at most this fraction of the
// table's largest |value|. Far below the references' own errors (1e-6 to 1e-10, MATH.md 7.5);
// each quadrature node is a weak singular point of g (|rho - Q_j|^(r + d - 1), with a log in
// d = 2, r = 1), so a tighter tolerance multiplies the panels there (1e-13 took 858 panels
// instead of 6 for 4096 levels of a Gaussian law in d = 2, r = 1).
inline constexpr double kPotentialTolerance = 1e-12;
// Budget of one table (inside or outside c): panels beyond it throw std::runtime_error.
inline constexpr int kMaxPotentialPanels = 4096;
// Levels of the target's quadrature measure per segment between its level breaks
// (target_level_law): Gauss-Legendre, 4 nodes per panel, graded toward both ends (grading 3).
inline constexpr int kTargetLevels = 4096;
// Segments between a target's level breaks that target_level_law accepts (each costs up to
// kTargetLevels quantiles).
inline constexpr int kMaxTargetSegments = 64;

// The potential g(rho) = Σ_j w_j A_d(rho, Q_j) of a LevelLaw's quadrature measure, tabulated
// (see the header comment), with its self term and second moment.
class RadialPotential {
 public:
  // check_level_law(law, what); the largest radius must be > 0 (a law at the origin is outside
  // the family). Builds both tables: O(panels x 17 x L) kernel values (SphereKernel::value_sums).
  RadialPotential(const SphereKernel& kernel, LevelLaw law, const char* what = "reference law");

  const LevelLaw& law() const { return law_; }
  const SphereKernel& kernel() const { return kernel_; }
  // g(rho), rho >= 0 finite (else std::invalid_argument), from the tables.
  double operator()(double rho) const;
  // I = Σ_jk w_j w_k A_d(Q_j, Q_k) = Σ_j w_j g(Q_j) (from the table).
  double self_term() const { return self_term_; }
  // E = -I/2, the reduced interaction energy of the law (MATH.md 7.2).
  double energy() const { return -0.5 * self_term_; }
  // M2 = Σ_j w_j Q_j^2.
  double second_moment() const { return second_moment_; }
  // The tail estimate of the worst accepted panel, absolute (in units of g), and the number of
  // panels and potential evaluations the tables took.
  double table_error() const { return table_error_; }
  int panels() const { return static_cast<int>(inner_.size() + outer_.size()); }
  long evaluations() const { return evaluations_; }

  struct Panel {
    double a = 0, b = 0;             // the panel's ends (rho inside c; u = c / rho beyond c)
    std::vector<double> coeffs;      // Chebyshev coefficients on [a, b]
  };

 private:
  void build_inner(const std::vector<double>& breaks);
  void build_outer();
  SphereKernel kernel_;
  LevelLaw law_;
  std::vector<double> radii_, weights_;  // the law with runs of equal radii merged into one node
  double c_ = 0.0;                       // the largest radius
  double weight_sum_ = 0.0;              // Σ w_j
  std::vector<Panel> inner_, outer_;     // sorted by a
  double self_term_ = 0.0, second_moment_ = 0.0, table_error_ = 0.0;
  long evaluations_ = 0;
};

// nu's quadrature measure: on every segment between consecutive level breaks (0, b_1, ..., 1)
// analytic/radial/level_rule.h's graded rule with `levels` levels (4 Gauss-Legendre nodes per
// panel, grading 3) mapped onto the segment, or one 4-node panel where Q is constant there (an
// atom); radii nu.quantile, lo / hi the ends of nu.support(). Every segment gets its own
// `levels`, so a short segment (a mixture's light tail) is resolved as well as a long one.
// levels a multiple of 4 in [4, 2^20]; at most kMaxTargetSegments segments.
LevelLaw target_level_law(const RadialLaw& nu, int levels = kTargetLevels);

// W2^2 between the empirical law of `sorted_norms` (nondecreasing, >= 0; the i-th on
// ((i-1)/N, i/N]) and the piecewise linear quantile of `law`, exact (closed form per piece of
// the merged breaks). O(N + L).
double radial_w2_squared(const std::vector<double>& sorted_norms, const LevelLaw& law);
// W2^2 between the piecewise linear quantiles of two LevelLaws, exact. O(L_a + L_b).
double level_law_w2_squared(const LevelLaw& a, const LevelLaw& b);
// D^2 between the quadrature measures of two tabulated laws (same kernel):
// -I_a/2 - I_b/2 + Σ_j wb_j g_a(Qb_j).
double potential_mmd2(const RadialPotential& a, const RadialPotential& b);

struct RadialStepMetrics {
  std::size_t n = 0;                          // number of points
  double mmd = 0.0;                           // D(empirical, mu_{t_n})
  double mmd2 = 0.0;                          // D^2 as computed (may be slightly negative)
  double mmd_floor = 0.0;                     // sqrt(I / (2N)): sqrt(E D^2) of N i.i.d. samples
  double radial_w2 = 0.0;                     // W2(law of the norms, radial law of mu_{t_n})
  double m2_rel_error = 0.0;                  // (E||x||^2 - M2) / M2
  double energy_rel_error = 0.0;              // (E_N - E) / |E|
  std::optional<double> mmd_to_scheme;        // the same against the exact scheme iterate;
  std::optional<double> mmd_to_scheme_floor;  //   none without one
  std::optional<double> w2_to_scheme;         //   (radial W2)
  std::optional<double> mmd_to_target;        // D(empirical, nu); none without a target
};

// Sorted norms at up to `max_levels` levels s_k = (i_k + 1/2)/N (i_k spread evenly over
// 0..N-1), with the piecewise linear quantiles of the flow and of the scheme iterate (empty
// without one) at the same levels: the data of a radial quantile plot.
struct RadialQuantileSnapshot {
  std::vector<double> levels, norms, flow, scheme;
};

// The references of one step, built once and used for every point set of that step.
class RadialStepScorer {
 public:
  // flow: mu_{t_n}; scheme: the exact scheme iterate after n steps (none: no scheme metrics);
  // target: nu's tabulated quadrature measure (make_target_potential, built once per run and
  // shared by the steps; null: no target). The target's kernel must be the same (d, r).
  RadialStepScorer(const SphereKernel& kernel, LevelLaw flow, std::optional<LevelLaw> scheme,
                   std::shared_ptr<const RadialPotential> target);

  const RadialPotential& flow() const { return flow_; }
  const RadialPotential* scheme() const { return scheme_ ? &*scheme_ : nullptr; }
  const RadialPotential* target() const { return target_.get(); }
  // W2 and D between the scheme iterate and the flow (the noise-free time-discretisation error;
  // none without a scheme): radial W2 of the piecewise linear quantiles, D of the quadrature
  // measures.
  std::optional<double> scheme_w2_to_flow() const { return scheme_w2_; }
  std::optional<double> scheme_mmd_to_flow() const { return scheme_mmd_; }

  // Metrics of the points x (n x d row-major, d = the kernel's; n >= 1, every coordinate finite).
  RadialStepMetrics metrics(const double* x, std::size_t n) const;
  // The quantile snapshot of the same points (max_levels >= 1).
  RadialQuantileSnapshot quantiles(const double* x, std::size_t n, std::size_t max_levels) const;

 private:
  RadialPotential flow_;
  std::optional<RadialPotential> scheme_;
  std::shared_ptr<const RadialPotential> target_;
  std::optional<double> scheme_w2_, scheme_mmd_;
};

// nu's potential on target_level_law(nu, levels), shared by the steps of a run.
std::shared_ptr<const RadialPotential> make_target_potential(const SphereKernel& kernel,
                                                             const RadialLaw& nu,
                                                             int levels = kTargetLevels);

}  // namespace nwgf::analytic::radial
