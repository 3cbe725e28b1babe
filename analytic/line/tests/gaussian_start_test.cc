// Tests of the line family from an unbounded start (a Gaussian, docs/math.md 6.2 and 6.4): the
// flow toward U[-1, 1] against its closed form per level (constant speed outside [-1, 1], then
// exponential relaxation), toward a Gaussian against a long-double Runge-Kutta integration per
// level written here, and the step scorer's W2, floor and scheme references against tanh-sinh
// quadrature (which integrates the Gaussian tails' log singularities at s = 0 and 1) of the
// closed-form flow and of the JKO and Euler iterates stepped level by level here.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <memory>
#include <optional>
#include <vector>

#include <boost/math/quadrature/gauss_kronrod.hpp>
#include <boost/math/quadrature/tanh_sinh.hpp>
#include <boost/math/special_functions/erf.hpp>

#include "analytic/line/errors.h"
#include "analytic/line/flow.h"
#include "analytic/line/measure.h"
#include "analytic/line/scales.h"
#include "analytic/line/step_scorer.h"
#include "testing/tolerances.h"

using namespace nwgf::analytic::line;
using nwgf::analytic::ExactScheme;

namespace {

// Quantile of N(m, s^2) (Boost's erfc_inv: the start's own quantile, not the flow under test).
double normal_quantile(double m, double sd, double s) {
  return m - sd * M_SQRT2 * boost::math::erfc_inv(2.0 * s);
}

// The flow toward U[-1, 1] of a level s from q0, by hand (docs/math.md 6.2): F = 0 below -1, so
// the level moves right at speed 2s until it reaches -1 (time (-1 - q0) / (2s)); above 1 it
// moves left at 2s - 2 until it reaches 1; inside, Q' = (2s - 1) - Q relaxes to 2s - 1.
double uniform_flow(double s, double q0, double t) {
  double q = q0;
  if (q < -1.0) {
    const double hit = (-1.0 - q) / (2.0 * s);
    if (hit >= t) return q + 2.0 * s * t;
    t -= hit;
    q = -1.0;
  } else if (q > 1.0) {
    const double hit = (q - 1.0) / (2.0 - 2.0 * s);
    if (hit >= t) return q + (2.0 * s - 2.0) * t;
    t -= hit;
    q = 1.0;
  }
  const double rest = 2.0 * s - 1.0;
  return rest + (q - rest) * std::exp(-t);
}

double uniform_cdf(double q) { return std::clamp((q + 1.0) / 2.0, 0.0, 1.0); }

// n JKO steps toward U[-1, 1] of one level, by hand: R_tau(z) = z below -1, (z - tau)/(1 + tau)
// for z in [-1, 1 + 2 tau], z - 2 tau above.
double uniform_jko(double s, double q, double tau, int n) {
  for (int k = 0; k < n; ++k) {
    const double z = q + 2.0 * tau * s;
    q = z < -1.0 ? z : z <= 1.0 + 2.0 * tau ? (z - tau) / (1.0 + tau) : z - 2.0 * tau;
  }
  return q;
}

// n explicit Euler steps of one level (tau < 1: q + tau (2s - 2F(q)) is increasing in q, so no
// level overtakes another and the pointwise iterate is the scheme).
double uniform_euler(double s, double q, double tau, int n) {
  for (int k = 0; k < n; ++k) q += tau * (2.0 * s - 2.0 * uniform_cdf(q));
  return q;
}

// ∫_a^b f: tanh-sinh on the pieces that end at 0 or 1 (endpoint singularities of the Gaussian
// quantile's tails are integrable), adaptive 31-point Gauss-Kronrod (depth 12, 1e-12) on 64 equal pieces
// in between (the per-level maps have kinks where levels enter [-1, 1]).
template <typename F>
double tanh_sinh(const F& f, double a, double b) {
  boost::math::quadrature::tanh_sinh<double> ts;
  double total = 0.0;
  for (int k = 0; k < 64; ++k) {
    const double lo = a + (b - a) * k / 64.0, hi = k == 63 ? b : a + (b - a) * (k + 1) / 64.0;
    if (lo == 0.0 || hi == 1.0)
      total += ts.integrate(f, lo, hi, 1e-14);
    else
      total += boost::math::quadrature::gauss_kronrod<double, 31>::integrate(f, lo, hi, 12, 1e-12);
  }
  return total;
}

// Classical RK4 in long double for dQ/dt = 2s - 2F(Q), n steps.
template <typename Cdf>
long double rk4_level(const Cdf& F, long double s, long double q, long double t, int n) {
  const long double h = t / n;
  auto v = [&](long double x) { return 2.0L * s - 2.0L * F(x); };
  for (int i = 0; i < n; ++i) {
    const long double k1 = v(q), k2 = v(q + 0.5L * h * k1), k3 = v(q + 0.5L * h * k2), k4 = v(q + h * k3);
    q += h * (k1 + 2 * k2 + 2 * k3 + k4) / 6.0L;
  }
  return q;
}

}  // namespace

TEST_CASE("from N(0.3, 0.5^2) toward U[-1, 1]: the flow per level against its closed form, tails included") {
  const auto start = std::make_shared<LineMeasure>(LineMeasure::gaussian(0.3, 0.5));
  const LineMeasure target = LineMeasure::uniform(-1.0, 1.0);
  std::vector<double> levels = {1e-300, 1e-100, 1e-16, 1e-6, 1.0 - 1e-12, 1.0 - 0x1.0p-53};
  for (int k = 1; k < 50; ++k) levels.push_back(k / 50.0);
  for (double t : {0.0, 0.1, 1.0, 4.0}) {
    const FlowLaw flow(start, target, t);
    for (double s : levels) {
      CAPTURE(t);
      CAPTURE(s);
      const double q0 = normal_quantile(0.3, 0.5, s);
      const double ref = uniform_flow(s, q0, t);
      // Constant speeds, then expm1-form relaxation: rounding of the positions (|q| <= 20).
      CHECK_ABS(flow.quantile(s), ref, 1e-13 * std::max(1.0, std::abs(q0)));
    }
  }
  CHECK(FlowLaw(start, target, 1.0).support().first == -INFINITY);
}

TEST_CASE("from N(-1, 0.7^2) toward N(0.5, 0.3^2): the per-level solve against long-double RK4 (8000 steps)") {
  const LineMeasure target = LineMeasure::gaussian(0.5, 0.3);
  auto F = [](long double x) { return 0.5L * erfcl(-(x - 0.5L) / (0.3L * sqrtl(2.0L))); };
  const auto start = std::make_shared<LineMeasure>(LineMeasure::gaussian(-1.0, 0.7));
  double worst = 0.0;
  for (double t : {0.05, 0.5, 2.0})
    for (double s : {1e-9, 0.01, 0.2, 0.5, 0.77, 0.99, 1.0 - 1e-9}) {
      CAPTURE(t);
      CAPTURE(s);
      const double q0 = normal_quantile(-1.0, 0.7, s);
      const double exact = FlowLaw(start, target, t).quantile(s);
      const double ref = static_cast<double>(rk4_level(F, s, q0, t, 8000));
      worst = std::max(worst, std::abs(exact - ref));
      // RK4's error at 8000 steps is ~1e-15 here (order 4), the solve's about 1e-15 of the
      // distance to the rest point (up to 5 here).
      CHECK_ABS(exact, ref, 1e-13);
    }
  MESSAGE("Gaussian start toward a Gaussian: per-level solve vs long-double RK4, max |diff| = " << worst);
  // The target itself is at rest.
  const auto rest = std::make_shared<LineMeasure>(target);
  for (double s : {1e-12, 0.1, 0.5, 0.9})
    CHECK_ABS(FlowLaw(rest, target, 3.0).quantile(s), target.quantile(s), nwgf::tolerance::kClosedForm);
}

TEST_CASE("step scorer from a Gaussian start: W2, floor and the schemes' W2 to the flow against tanh-sinh here") {
  const LineMeasure start = LineMeasure::gaussian(0.3, 0.5);
  const LineMeasure target = LineMeasure::uniform(-1.0, 1.0);
  const double tau = 0.1;
  const int n = 3;
  const double t = n * tau;
  auto flow_q = [&](double s) { return uniform_flow(s, normal_quantile(0.3, 0.5, s), t); };
  // 12 points near the flow's quantiles, perturbed; the outermost cells hold the tails.
  const int count = 12;
  std::vector<double> x;
  for (int i = 0; i < count; ++i) x.push_back(flow_q((i + 0.5) / count) + 0.02 * std::sin(2.0 * i + 1.0));
  std::vector<double> sorted = x;
  std::sort(sorted.begin(), sorted.end());
  double w2sq = 0.0;
  for (int i = 0; i < count; ++i)
    w2sq += tanh_sinh([&](double s) { const double e = flow_q(s) - sorted[i]; return e * e; },
                      static_cast<double>(i) / count, static_cast<double>(i + 1) / count);
  const double floor2 = tanh_sinh([&](double s) { return (2.0 * s - 1.0) * flow_q(s); }, 0.0, 1.0) / count;
  // W2 of the JKO and Euler iterates to the flow, level by level.
  const double jko2 = tanh_sinh([&](double s) {
    const double e = uniform_jko(s, normal_quantile(0.3, 0.5, s), tau, n) - flow_q(s);
    return e * e;
  }, 0.0, 1.0);
  const double euler2 = tanh_sinh([&](double s) {
    const double e = uniform_euler(s, normal_quantile(0.3, 0.5, s), tau, n) - flow_q(s);
    return e * e;
  }, 0.0, 1.0);

  const LineStepScorer jko(start, target, tau, 0.0, n, ExactScheme::Jko);
  const LineStepReference rj = jko.reference(n);
  const LineStepMetrics m = rj.metrics(x);
  // Against the flow itself (a piecewise linear target: no grid law), the tail cells by the
  // adaptive rule: the quadrature tolerance.
  CHECK_REL(m.w2, std::sqrt(w2sq), 1e-9);
  CHECK_REL(m.mmd_floor, std::sqrt(floor2), 1e-9);
  REQUIRE(rj.scheme_w2_to_flow());
  CHECK_REL(*rj.scheme_w2_to_flow(), std::sqrt(jko2), 1e-9);
  REQUIRE(rj.scheme_mmd_to_flow());
  CHECK(*rj.scheme_mmd_to_flow() > 0.0);
  CHECK(std::isfinite(m.mmd));
  CHECK(std::isfinite(*m.w2_to_scheme));

  const LineStepScorer euler(start, target, tau, 0.0, n, ExactScheme::Euler);
  const LineStepReference re = euler.reference(n);
  REQUIRE(re.scheme_w2_to_flow());
  // No level overtook another: the Euler law is the pointwise iterate, exact at every level.
  CHECK_REL(*re.scheme_w2_to_flow(), std::sqrt(euler2), 1e-9);
  MESSAGE("Gaussian start, T = 0.3: JKO W2 to flow " << *rj.scheme_w2_to_flow() << " (tanh-sinh " << std::sqrt(jko2)
                                                     << "), Euler " << *re.scheme_w2_to_flow() << " (tanh-sinh "
                                                     << std::sqrt(euler2) << ")");
  // The Euler iterate's tails are its pointwise iterate: at s = 1e-9, beyond the end level.
  const EulerLaw law(std::make_shared<LineMeasure>(start), target, tau, n);
  CHECK_ABS(law.quantile(1e-9), uniform_euler(1e-9, normal_quantile(0.3, 0.5, 1e-9), tau, n), 1e-13);
  CHECK(law.support().first == -INFINITY);
}

TEST_CASE("a Gaussian start's extent is m -/+ 9 sigma for the scale rules") {
  const auto [lo, hi] = start_extent(LineMeasure::gaussian(1.0, 2.0));
  CHECK(lo == 1.0 - 18.0);
  CHECK(hi == 1.0 + 18.0);
  CHECK(flow_scale(LineMeasure::gaussian(1.0, 2.0), 1.0) == 36.0);
  CHECK(scale_problem(LineMeasure::gaussian(0.0, 1.0), LineMeasure::uniform(-1.0, 1.0), 1.0).empty());
}
