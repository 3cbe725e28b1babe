#pragma once
// Scoring a run of the line family (d = 1, r = 1; docs/math.md section 6) step by step: the
// errors of a point set at t_n = t0 + n tau against the exact flow mu_{t_n} toward the target
// and, when a scheme is named, against the exact iterate of that scheme after n steps (JKO for
// a backward scheme, explicit Euler for a forward one, both from mu_{t0}). One scorer for every
// caller (a built-in line cell, `nwgf score` on another program's line run folder, the Python
// module), so the same points give the same numbers wherever they are scored.
//
// The references of step n (LineStepScorer::reference, built once and used for every point set
// of that step):
//   - the flow mu_{t_n} itself (exact quantiles; CDF by the law's own inversion);
//   - the JKO iterate through its quantiles on kSchemeGridLevels levels plus its level breaks,
//     linear between (quantile_grid_law below: exact toward atoms from a Dirac, within about
//     1e-6 relative otherwise), because the iterate's own CDF is a bisection of its quantile
//     and an empirical MMD against it would take seconds; the Euler iterate as it is (already
//     linear between its grid levels);
//   - scheme_w2_to_flow = W2(exact iterate, mu_{t_n}): exact (adaptive, split at both laws'
//     breaks); scheme_mmd_to_flow: exact for JKO, on the same grid representation of both laws
//     for Euler.
//   - toward a target with a Gaussian component only (a Gaussian or a mixture): the flow, too,
//     through its grid law on kFlowGridLevels
//     levels (each flow quantile there is the root of an integral, about a millisecond, and the
//     adaptive quadratures against the flow itself took minutes for 20 points); the
//     scheme_*_to_flow values then use the same grid law. The interpolation error is stated
//     and tested in analytic/line/tests/step_scorer_test.cc.
// Metrics of a point set x_1..x_N (LineStepMetrics): w2, mmd (D), mmd2 against mu_{t_n}
// (docs/math.md 6.4 and 6.1, exact for the empirical measure), mmd_floor = sqrt((1/N) ∫ F (1 -
// F) dx) (E[D^2] of N i.i.d. samples of mu_{t_n}), the same three against the scheme iterate,
// and mmd_to_target = D(empirical, nu). O(N log N) after the references.
#include <cstddef>
#include <memory>
#include <optional>
#include <vector>

#include "analytic/flow.h"  // ExactScheme
#include "analytic/line/measure.h"

namespace nwgf::analytic::line {

inline constexpr int kSchemeGridLevels = 4096;  // levels of the JKO iterate's grid law
inline constexpr int kFlowGridLevels = 4096;    // levels of the flow's grid law toward a Gaussian

// The law whose quantile is linear between the levels j/M (j = 0..M) and the law's own level
// breaks, through the law's quantiles there (Q(0+), Q(1-) at the ends): a closed-form
// LineMeasure with a cheap exact CDF. Exact for a law that is itself linear between its level
// breaks (an explicit Euler iterate; the JKO iterate toward atoms from a Dirac); otherwise
// within the linear interpolation error between levels 1/M apart (second order where the
// quantile is smooth, near 1e-7 at M = 4096 for O(1) supports). M >= 1.
LineMeasure quantile_grid_law(const LineLaw& law, int M);

struct LineStepMetrics {
  std::size_t n = 0;                          // number of points
  double w2 = 0.0;                            // W2(empirical, mu_{t_n})
  double mmd = 0.0;                           // D(empirical, mu_{t_n})
  double mmd2 = 0.0;                          // D^2
  double mmd_floor = 0.0;                     // sqrt(E D^2) of N i.i.d. samples of mu_{t_n}
  std::optional<double> w2_to_scheme;         // the same against the exact scheme iterate;
  std::optional<double> mmd_to_scheme;        //   none without a scheme
  std::optional<double> mmd_to_scheme_floor;
  double mmd_to_target = 0.0;                 // D(empirical, nu)
};

// Sorted points at up to `max_levels` levels s_k = (i_k - 1/2)/N (i_k spread evenly over
// 1..N), with the exact quantiles of the flow and of the scheme iterate (empty without one) at
// the same levels: the data of a quantile-function plot.
struct LineQuantileSnapshot {
  std::vector<double> levels, points, flow, scheme;
};

// The exact references of one step (see the header comment).
class LineStepReference {
 public:
  int step() const { return n_; }
  double time() const { return t_; }
  const LineLaw& flow() const { return *flow_; }
  const LineLaw* scheme() const { return scheme_.get(); }  // null without a scheme
  std::optional<double> scheme_w2_to_flow() const { return scheme_w2_; }
  std::optional<double> scheme_mmd_to_flow() const { return scheme_mmd_; }

  // Metrics of the points (any order; N >= 1, every value finite).
  LineStepMetrics metrics(std::vector<double> points) const;
  LineQuantileSnapshot quantiles(std::vector<double> points, std::size_t max_levels) const;

 private:
  friend class LineStepScorer;
  int n_ = 0;
  double t_ = 0.0;
  std::shared_ptr<const LineLaw> flow_;
  std::shared_ptr<const LineLaw> flow_scored_;   // what empirical errors against the flow use
  std::shared_ptr<const LineLaw> scheme_;         // the iterate itself (quantiles)
  std::shared_ptr<const LineLaw> scheme_scored_;  // what empirical errors are taken against
  std::shared_ptr<const LineMeasure> target_;
  std::optional<double> scheme_w2_, scheme_mmd_;
};

// A run of `steps` steps of size tau from mu_{t0} toward `target`: mu_{t0} = start when t0 = 0,
// the exact flow from start at t0 otherwise. Throws std::invalid_argument when tau <= 0,
// t0 < 0, steps < 1, or start, target and the last time t0 + steps tau are outside the scales
// the references resolve (analytic/line/scales.h). A start may be unbounded (a Gaussian, a
// mixture with a Gaussian component): the grid laws then end at the levels 1e-12 and
// 1 - 1e-12 (the W2^2 they leave out of an N(m, sigma^2) tail is below 1e-12 sigma^2 (Q(1e-12) =
// -7.03 sigma: ∫_0^1e-12 (Q(s) - Q(1e-12))^2 ds ~ 2e-12 sigma^2 / 7.03^2), the W2 and MMD of
// points against the flow integrate its quantile over the tail cells with Gauss-Kronrod
// (integrable log singularities), and the Euler iterate's tails are pointwise
// (analytic/line/flow.h).
class LineStepScorer {
 public:
  LineStepScorer(LineMeasure start, LineMeasure target, double tau, double t0, int steps,
                 std::optional<ExactScheme> scheme);
  int steps() const { return steps_; }
  double time(int n) const { return t0_ + n * tau_; }
  const LineMeasure& start() const { return *start_; }     // mu_0
  const LineLaw& initial_law() const { return *initial_; }  // mu_{t0}
  const LineMeasure& target() const { return *target_; }
  std::optional<ExactScheme> scheme() const { return scheme_; }
  // "jko" | "euler" | "none".
  const char* scheme_reference() const;
  // The references of step n, 1 <= n <= steps (the Euler iterate is rebuilt from mu_{t0}: n M
  // work; a JKO iterate is pointwise in s).
  LineStepReference reference(int n) const;

 private:
  std::shared_ptr<const LineMeasure> start_, target_;
  std::shared_ptr<const LineLaw> initial_;
  double tau_, t0_;
  int steps_;
  std::optional<ExactScheme> scheme_;
};

}  // namespace nwgf::analytic::line
