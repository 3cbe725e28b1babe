#pragma once
// The exact Wasserstein gradient flow of F_nu = E + V_nu on the line with the distance kernel
// (d = 1, r = 1) and its exact JKO and explicit Euler iterates, through quantile functions
// (docs/math.md sections 6.2 and 6.3).
//
// Exact flow: each level s in (0, 1) moves on its own,
//   d/dt Q(t, s) = 2s - 2 F_nu(Q(t, s)),                                   (section 6.2)
// read as an inclusion at an atom y of nu: a level at y stays while s lies in
// [F_nu(y-), F_nu(y)] and passes with the new speed otherwise.
//   - piecewise linear target CDF (atoms, uniform, CDF grid): event by event. Between knots
//     F_nu = a + beta (q - x_k): beta = 0 gives constant speed 2(s - a); beta > 0 gives the
//     exponential relaxation q(t) = q* + (q0 - q*) exp(-2 beta t), q* = x_k + (s - a)/beta.
//     Closed form at every step (no ODE solver); a level's position is set exactly to a knot
//     when it reaches one.
//   - Gaussian target: the separable ODE in its integrated form
//       t = ∫_{Q0}^{Q} dq / (2s - 2F_nu(q)),
//     with the substitution q = q* - sign(q* - Q0) e^v (q* = Q_nu(s), the level's rest point),
//     which turns it into t = ∫_{v(Q)}^{v(Q0)} dv / (2 g(q(v))), g(q) = |F_nu(q*) - F_nu(q)| /
//     |q* - q| the mean density between q and q* (bounded, smooth, evaluated without
//     cancellation), solved for v by safeguarded Newton (bisection when a step does not halve
//     the one before; at most 200 steps, then an error); about 1e-15 of the distance from Q0 to
//     q* (docs/math.md 6.2; the scales of analytic/line/scales.h keep it below 1e-13 of the
//     flow's scale).
// A start's atoms split: levels of one atom share Q0 but have different speeds 2s - 2F_nu.
//
// JKO (section 6.3): Q_(n+1)(s) = R_tau(Q_n(s) + 2 tau s), R_tau = (Id + 2 tau F_nu)^(-1)
// (closed form for piecewise linear CDFs: R_tau maps [y + 2 tau F(y-), y + 2 tau F(y)] to y;
// TOMS 748 root finding for the Gaussian). Pointwise in s, exact for every tau.
//
// Explicit Euler (section 6.3): Q~(s) = Q_n(s) + tau (2s - 2 F_nu(Q_n(s))), with the
// minimal-norm element 2s - 2 clamp(s, F(y-), F(y)) for a level sitting exactly on an atom y,
// and Q_(n+1) the nondecreasing rearrangement of Q~. On M equally spaced levels
// s_j = (j - 1/2)/M the rearrangement of the sampled function is the sorted sample: the
// iterate is the law of the M values, reassigned to the levels in increasing order. Where no
// level overtakes another (Q~ nondecreasing) sorting changes nothing and the values at the
// levels are exact; otherwise the sorted values converge to the rearranged Q~ at the levels
// as M grows. The law offered here interpolates the sorted values linearly between levels and
// extrapolates the outermost two linearly beyond s_1 and s_M (exact where the iterate is linear
// in s there), so it is absolutely continuous up to flat pieces.
//
// Bad input throws std::invalid_argument naming the value and the allowed range.
#include <memory>
#include <vector>

#include "analytic/line/measure.h"

namespace nwgf::analytic::line {

// Q(t, s) for the flow toward `target` of a level s that starts at q0 = Q_0(s). t >= 0.
double flow_level(const LineMeasure& target, double s, double q0, double t);

// R_tau(z) = (Id + 2 tau F_nu)^(-1)(z), tau > 0.
double resolvent(const LineMeasure& target, double tau, double z);

// The exact flow mu_t started at `start` (any law, e.g. a LineMeasure or the flow itself at
// an earlier time): Q(t, s) = flow_level(target, s, start.quantile(s), t).
class FlowLaw final : public LineLaw {
 public:
  FlowLaw(std::shared_ptr<const LineLaw> start, LineMeasure target, double t);
  double quantile(double s) const override;
  // Toward a Gaussian or a mixture (t > 0; but at a mixture's knots, where levels stick):
  // TOMS 748 on Q(t, s) = x; otherwise bisection (LineLaw::cdf).
  double cdf(double x) const override;
  std::pair<double, double> support() const override;
  std::vector<double> level_breaks() const override;
  std::vector<double> point_breaks() const override;
  double time() const { return t_; }

 private:
  std::shared_ptr<const LineLaw> start_;
  LineMeasure target_;
  double t_;
};

// The exact JKO iterate mu_n (n steps of size tau from `start`), pointwise in s.
class JkoLaw final : public LineLaw {
 public:
  JkoLaw(std::shared_ptr<const LineLaw> start, LineMeasure target, double tau, int steps);
  double quantile(double s) const override;
  std::pair<double, double> support() const override;
  std::vector<double> level_breaks() const override;
  std::vector<double> point_breaks() const override;
  double tau() const { return tau_; }
  int steps() const { return steps_; }

 private:
  std::shared_ptr<const LineLaw> start_;
  LineMeasure target_;
  double tau_;
  int steps_;
};

struct EulerOptions {
  // Number of equally spaced levels (j - 1/2)/M carrying the scheme. The linear interpolation
  // between them is second order in 1/M where the iterate is smooth; 4096 keeps that part of
  // the W2 error near 1e-8 for O(1) supports while a step costs well under a millisecond.
  int levels = 4096;
};

// The explicit Euler iterate mu_n on a level grid (see the header comment).
class EulerLaw final : public LineLaw {
 public:
  EulerLaw(const LineLaw& start, LineMeasure target, double tau, int steps,
           const EulerOptions& options = {});
  // The same from a shared start. A start with an unbounded support (a Gaussian, a mixture with
  // a Gaussian component, or the flow from one) is kept: its iterate's quantile is the pointwise
  // iterate of the start's own quantile,
  //   q <- q + tau euler_velocity(target, s, q), n times from Q_0(s),
  // exact at every level when no step rearranged (the level grid only detects that); after a
  // rearrangement, the grid law as above between the end levels and the pointwise iterate,
  // held monotone against the end values, beyond them. (A linear interpolation of a Gaussian
  // tail between the end levels is off by ~2e-2 sigma at M = 4096.) A bounded start gives
  // exactly the law of the constructor above.
  EulerLaw(std::shared_ptr<const LineLaw> start, LineMeasure target, double tau, int steps,
           const EulerOptions& options = {});
  double quantile(double s) const override;
  std::pair<double, double> support() const override;
  // The grid levels (j - 1/2)/M: the quantile is linear between them (pointwise: the start's
  // and the target's level breaks).
  std::vector<double> level_breaks() const override;
  // The sorted values at the levels (j - 1/2)/M.
  const std::vector<double>& values() const { return values_; }
  double tau() const { return tau_; }
  int steps() const { return steps_; }
  // How many steps needed the rearrangement (some level overtook another).
  int rearranged_steps() const { return rearranged_steps_; }

 private:
  std::vector<double> values_;
  double tau_;
  int steps_;
  int rearranged_steps_ = 0;
  std::shared_ptr<const LineLaw> tail_start_;         // unbounded starts only
  std::shared_ptr<const LineMeasure> tail_target_;
};

// One explicit Euler velocity 2s - 2F_nu(q) with the minimal-norm rule at atoms.
double euler_velocity(const LineMeasure& target, double s, double q);

}  // namespace nwgf::analytic::line
