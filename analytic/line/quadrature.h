#pragma once
// Adaptive Gauss-Kronrod (15 points) for the line family's level and point integrals.
// Boost's own adaptive driver asks every piece for a relative accuracy of the piece itself,
// which never ends on integrands that are zero up to rounding (a square of two nearly equal
// quantiles); this driver shares one absolute tolerance over the interval in proportion to
// length:
//   allowed per unit length = max(rel |I_0| / (b - a), abs_per_length),
// I_0 the 15-point estimate of the whole interval, and a piece is accepted when its error
// estimate is below (allowed per unit length) x (its length). Rounding noise of size
// abs_per_length is then accepted at once, a kink is resolved in O(log) levels with two
// pieces per level, and an unlisted jump costs 2 x max_depth pieces.
// Budget: one call evaluates at most max_pieces pieces (15 points each). An integrand noisier
// than the tolerance would otherwise be bisected to max_depth everywhere (2^30 pieces, hours);
// past the budget the call throws QuadratureBudgetError naming the interval and the budget.
#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <string>
#include <vector>

#include <boost/math/quadrature/gauss_kronrod.hpp>

#include "analytic/format_value.h"

namespace nwgf::analytic::line::detail {

struct QuadratureTolerance {
  // Relative accuracy asked of the whole interval: well above rounding (2.2e-16) so that the
  // GK error estimate (pessimistic for smooth integrands) accepts smooth pieces at once.
  double rel = 1e-13;
  // Absolute accuracy per unit length: the caller sets it just above the rounding noise of
  // its integrand (e.g. 1e-15 x the squared magnitude of the quantiles for W2).
  double abs_per_length = 1e-28;
  // Bisection depth limit: a kink at an unknown place is resolved to 2^-30 of the interval.
  int max_depth = 30;
  // Pieces one call may evaluate: 2^12. The line family's integrals need at most a few hundred
  // (a jump the caller did not list costs 2 x max_depth = 60), so the budget is reached only
  // by an integrand whose noise exceeds the tolerance.
  long max_pieces = 4096;
  // A piece narrower than this times the magnitude of its ends is accepted as it is (0: never).
  // Levels are doubles: a piece only a few thousand ulps wide samples the integrand at nodes
  // rounded by up to 1e-4 of its width, and where Q is steep there (the levels of a Gaussian
  // tail under an atom's mass: dQ/ds ~ 1e10) that rounding is noise no bisection removes. Such
  // a piece's error is at most its width times the integrand's spread on it (its estimate is a
  // mean of the integrand there); errors.cc sets it for the level integrals of mixtures and
  // unbounded laws.
  double min_relative_width = 0.0;
  // The same in absolute terms (0: never): a piece at most this wide is accepted as it is.
  double min_width = 0.0;
};

// Thrown when an adaptive quadrature exhausts QuadratureTolerance::max_pieces: a numerical
// failure (the integrand is noisier than the tolerance asks), not bad input.
class QuadratureBudgetError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

namespace gk_internal {

template <typename F>
double gk15(const F& f, double a, double b, double* err) {
  const double estimate =
      boost::math::quadrature::gauss_kronrod<double, 15>::integrate(f, a, b, 0, 0.0, err);
  // Boost 1.74 reports the non-adaptive error estimate of the rule mapped to [-1, 1], not
  // scaled by the half-length (b - a)/2.
  *err *= 0.5 * (b - a);
  return estimate;
}

// The state one adaptive_gk call shares over its pieces.
struct Budget {
  int max_depth;
  long pieces_left;
  double min_relative_width;
  double min_width;
  double a, b;  // the whole interval, for the message
};

[[noreturn]] inline void budget_exhausted(const Budget& budget, long max_pieces) {
  throw QuadratureBudgetError("adaptive quadrature on [" + format_double(budget.a) + ", " +
                              format_double(budget.b) + "] did not reach its tolerance within " +
                              std::to_string(max_pieces) +
                              " pieces (the integrand is noisier than the tolerance)");
}

template <typename F>
double refine(const F& f, double a, double b, double estimate, double err, double allowed_per_length,
              int depth, Budget& budget, long max_pieces) {
  // Also accepted: an error estimate at rounding level for the piece itself (Boost floors it
  // at 2 eps |estimate|), which no bisection can improve.
  if (err <= allowed_per_length * (b - a) || err <= 8.0 * 2.220446049250313e-16 * std::abs(estimate) ||
      depth >= budget.max_depth || b - a <= budget.min_relative_width * std::max(std::abs(a), std::abs(b)) ||
      b - a <= budget.min_width)
    return estimate;
  const double mid = 0.5 * (a + b);
  if (!(mid > a && mid < b)) return estimate;
  budget.pieces_left -= 2;
  if (budget.pieces_left < 0) budget_exhausted(budget, max_pieces);
  double err_l = 0.0, err_r = 0.0;
  const double left = gk15(f, a, mid, &err_l), right = gk15(f, mid, b, &err_r);
  return refine(f, a, mid, left, err_l, allowed_per_length, depth + 1, budget, max_pieces) +
         refine(f, mid, b, right, err_r, allowed_per_length, depth + 1, budget, max_pieces);
}

}  // namespace gk_internal

template <typename F>
double adaptive_gk(const F& f, double a, double b, const QuadratureTolerance& tol) {
  if (!(b > a)) return 0.0;
  double err = 0.0;
  const double estimate = gk_internal::gk15(f, a, b, &err);
  const double allowed = std::max(tol.rel * std::abs(estimate) / (b - a), tol.abs_per_length);
  gk_internal::Budget budget{tol.max_depth, tol.max_pieces - 1, tol.min_relative_width, tol.min_width, a, b};
  return gk_internal::refine(f, a, b, estimate, err, allowed, 0, budget, tol.max_pieces);
}

// ∫_a^b f split at the breaks inside (a, b) (sorted or not), each piece adaptive on its own.
template <typename F>
double adaptive_gk_split(const F& f, double a, double b, std::vector<double> breaks,
                         const QuadratureTolerance& tol = {}) {
  if (!(b > a)) return 0.0;
  std::sort(breaks.begin(), breaks.end());
  double total = 0.0, lo = a;
  for (double x : breaks) {
    if (!(x > lo) || !(x < b)) continue;
    total += adaptive_gk(f, lo, x, tol);
    lo = x;
  }
  return total + adaptive_gk(f, lo, b, tol);
}

// Integrals over a level interval that ends at 0 or 1 of a law with an unbounded support (a
// Gaussian start and its flow): the quantile's tail is a log singularity there (Q(s) ~
// -sigma sqrt(2 ln(1/s)) as s -> 0), which bisection toward the end resolves only to its depth
// limit. The substitution s = a e^(-y) (lower end) or s = 1 - (1 - b) e^(-y) (upper end) turns
// ∫_0^a f(s) ds into ∫_0^Y f(a e^-y) a e^-y dy, whose integrand decays like e^-y times a power of
// y: smooth, split at y = 1, 2, 4, ..., and cut where s reaches the smallest level a double holds
// (lower: the subnormal 2^-1074) or the largest below 1 (upper: 1 - 2^-53; levels are clamped
// there). What the cut leaves out is ∫ over (0, 2^-1074) or (1 - 2^-53, 1) of f: for the W2 and
// MMD integrands of a Gaussian tail, below 2^-53 (Q(1 - 2^-53)^2 + sigma^2), about 1e-14 sigma^2.
template <typename F>
double adaptive_gk_lower_tail(const F& f, double a, const QuadratureTolerance& tol) {
  if (!(a > 0.0)) return 0.0;
  const double y_max = std::log(a) + 1074.0 * std::log(2.0);
  std::vector<double> breaks;
  for (double y = 1.0; y < y_max; y *= 2.0) breaks.push_back(y);
  auto g = [&](double y) {
    const double s = std::max(a * std::exp(-y), 4.9406564584124654e-324);
    return f(s) * a * std::exp(-y);
  };
  return adaptive_gk_split(g, 0.0, y_max, std::move(breaks), tol);
}

template <typename F>
double adaptive_gk_upper_tail(const F& f, double b, const QuadratureTolerance& tol) {
  const double w = 1.0 - b;
  if (!(w > 0.0)) return 0.0;
  const double y_max = std::log(w) + 53.0 * std::log(2.0);
  if (!(y_max > 0.0)) return 0.0;
  std::vector<double> breaks;
  for (double y = 1.0; y < y_max; y *= 2.0) breaks.push_back(y);
  auto g = [&](double y) {
    const double s = std::min(1.0 - w * std::exp(-y), 1.0 - 0x1.0p-53);
    return f(s) * w * std::exp(-y);
  };
  return adaptive_gk_split(g, 0.0, y_max, std::move(breaks), tol);
}

}  // namespace nwgf::analytic::line::detail
