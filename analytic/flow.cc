#include "analytic/flow.h"
#include "analytic/format_value.h"
#include "analytic/profile.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <sstream>
#include <stdexcept>
#include <string>
#include <utility>

#include <boost/math/tools/roots.hpp>
#include <boost/math/tools/toms748_solve.hpp>

namespace nwgf::analytic {

namespace {

void check_tau(double tau) {
  if (!(tau > 0.0) || !std::isfinite(tau))
    throw std::invalid_argument("step size tau = " + format_double(tau) +
                                " is outside the allowed range (0, inf)");
}

void check_scale(double a) {
  if (!(a >= 0.0) || !std::isfinite(a))
    throw std::invalid_argument("scale a = " + format_double(a) +
                                " is outside the allowed range [0, inf)");
}

void check_steps(int steps) {
  if (steps < 0)
    throw std::invalid_argument("number of steps " + std::to_string(steps) +
                                " is outside the allowed range >= 0");
}

// a_0 = a0, a_(n+1) = step(a_n) for n < steps.
template <typename Step>
std::vector<double> iterate_scales(int steps, double a0, Step step) {
  check_steps(steps);
  check_scale(a0);
  std::vector<double> a(static_cast<std::size_t>(steps) + 1);
  a[0] = a0;
  for (int n = 0; n < steps; ++n) a[n + 1] = step(a[n]);
  return a;
}

// Largest number of steps a time grid may have: each JKO step is a root solve (cost: nwgf_bench
// BM_AnalyticIterates), and no study needs 1e8 steps: beyond that a time grid is a mistake.
constexpr double kMaxSteps = 1e8;
// Relative tolerance for (t - t0)/tau to be a whole number (a step count within this of an integer is rounded to it; otherwise the input is refused).
constexpr double kWholeStepTolerance = 1e-9;

}  // namespace

double flow_scale(double r, double t) {
  check_riesz_exponent(r);
  if (!(t >= 0.0) || !std::isfinite(t))
    throw std::invalid_argument("time t = " + format_double(t) +
                                " is outside the allowed range [0, inf)");
  if (t == 0.0) return 0.0;
  return std::pow((2.0 - r) * t, 1.0 / (2.0 - r));
}

void check_flow_resolved(const Profile& p, double t_first, double t_last) {
  if (!(t_first > 0.0 && t_first <= t_last) || !std::isfinite(t_last))
    throw std::invalid_argument("times [" + format_double(t_first) + ", " + format_double(t_last) +
                                "] are outside the allowed range 0 < t_first <= t_last < inf");
  const double log_min = std::log(std::numeric_limits<double>::min());
  const double log_max = std::log(std::numeric_limits<double>::max());
  const double log_m2 = std::log(p.m2), ten = std::log(10.0);
  for (double t : {t_first, t_last}) {
    const double log_a2 = 2.0 * std::log((2.0 - p.r) * t) / (2.0 - p.r);  // a(t)^2
    const auto inside = [&](double v) { return v >= log_min && v <= log_max; };
    if (inside(log_a2) && inside(log_a2 + log_m2)) continue;
    throw std::invalid_argument(
        "the exact flow for r = " + format_double(p.r) + ", d = " + std::to_string(p.d) + " at t = " +
        format_double(t) + " has a(t)^2 = 10^" + format_g(log_a2 / ten, 5) + " and second moment a(t)^2 M2 = 10^" +
        format_g((log_a2 + log_m2) / ten, 5) + ", outside the range of double precision [10^-307, 10^308]: as r "
        "-> 2 the flow stays within about (2 (2 - r) t)^(1/(2 - r)) of the origin; use a smaller r or later times");
  }
}

double jko_step(double r, double tau, double a_prev) {
  check_riesz_exponent(r);
  check_tau(tau);
  check_scale(a_prev);
  if (r == 1.0) return a_prev + tau;  // a - tau = a_prev
  // From a Dirac, a - tau a^(r-1) = 0 has the positive root a = tau^(1/(2-r)).
  if (a_prev == 0.0) return std::pow(tau, 1.0 / (2.0 - r));
  // f(a) = a - tau a^(r-1) - a_prev. f(a_prev) = -tau a_prev^(r-1) < 0.
  // r < 1: f is increasing on (0, inf), so the root is unique.
  // r > 1: f' = 1 - tau (r-1) a^(r-2) < 0 below a* = (tau (r-1))^(1/(2-r)) and > 0 above it;
  //        f(0+) = -a_prev < 0, so f < 0 on (0, a*] and the root (> max(a_prev, a*)) is unique.
  // Bracket: lo = max(a_prev, a*) (f(lo) < 0), hi doubled until f(hi) >= 0.
  auto f = [&](double a) { return a - tau * std::pow(a, r - 1.0) - a_prev; };
  double lo = a_prev;
  if (r > 1.0) lo = std::max(lo, std::pow(tau * (r - 1.0), 1.0 / (2.0 - r)));
  // Upper bound: a_prev + tau a^(r-1) evaluated at an over-estimate; start from the explicit
  // step and double.
  double hi = std::max(a_prev + tau * std::pow(std::max(lo, a_prev), r - 1.0), 2.0 * lo);
  double f_hi = f(hi);
  for (int k = 0; f_hi < 0.0; ++k) {
    if (k > 2000) throw std::runtime_error("jko_step: no bracket found");
    lo = hi;
    hi *= 2.0;
    f_hi = f(hi);
  }
  double f_lo = f(lo);
  if (f_hi == 0.0) return hi;
  if (f_lo == 0.0) return lo;
  // TOMS 748 to within 2 ulp-ish (eps_tolerance with 52 bits): ~1e-15 relative.
  std::uintmax_t max_iter = 200;
  const auto bracket = boost::math::tools::toms748_solve(
      f, lo, hi, f_lo, f_hi, boost::math::tools::eps_tolerance<double>(52), max_iter);
  double a = 0.5 * (bracket.first + bracket.second);
  // One Newton polish step (f' = 1 - tau (r-1) a^(r-2) > 0 at the root).
  const double fp = 1.0 - tau * (r - 1.0) * std::pow(a, r - 2.0);
  if (fp > 0.0) {
    const double polished = a - f(a) / fp;
    if (polished >= bracket.first && polished <= bracket.second) a = polished;
  }
  return a;
}

std::vector<double> jko_scales(double r, double tau, int steps, double a0) {
  return iterate_scales(steps, a0, [&](double a) { return jko_step(r, tau, a); });
}

double forward_step(double r, double tau, double a_prev) {
  check_riesz_exponent(r);
  check_tau(tau);
  check_scale(a_prev);
  if (r == 1.0) return a_prev + tau;
  if (a_prev == 0.0) {
    throw std::invalid_argument(
        "forward scheme from a Dirac (scale a = 0) is defined only for r = 1, got r = " +
        format_double(r) +
        (r > 1.0 ? ": for r > 1 the slope at a Dirac is 0 and the scheme never moves"
                 : ": for r < 1 the slope at a Dirac is infinite") +
        "; start it from gamma(t0) with t0 > 0");
  }
  return a_prev + tau * std::pow(a_prev, r - 1.0);
}

std::vector<double> forward_scales(double r, double tau, int steps, double a0) {
  return iterate_scales(steps, a0, [&](double a) { return forward_step(r, tau, a); });
}

int step_count(double t0, double t, double tau) {
  if (!(t0 >= 0.0) || !std::isfinite(t0))
    throw std::invalid_argument("start time t0 = " + format_double(t0) +
                                " is outside the allowed range [0, t)");
  if (!(t >= 0.0) || !std::isfinite(t))
    throw std::invalid_argument("time t = " + format_double(t) +
                                " is outside the allowed range [0, inf)");
  if (!(t0 < t))
    throw std::invalid_argument("start time t0 = " + format_double(t0) +
                                " is outside the allowed range [0, t) with t = " + format_double(t));
  check_tau(tau);
  const double steps = (t - t0) / tau;
  const double whole = std::round(steps);
  if (!(whole >= 1.0) || std::abs(steps - whole) > kWholeStepTolerance * steps)
    throw std::invalid_argument("(t - t0)/tau = " + format_double(steps) + " (t = " + format_double(t) +
                                ", t0 = " + format_double(t0) + ", tau = " + format_double(tau) +
                                ") must be a whole number >= 1 of steps (within 1e-9 relative)");
  if (whole > kMaxSteps)
    throw std::invalid_argument("(t - t0)/tau = " + format_double(steps) +
                                " steps is outside the allowed range [1, 1e8]");
  return static_cast<int>(whole);
}

std::optional<double> exact_scheme_scale(ExactScheme scheme, double r, double tau, double t0, double T) {
  const int steps = step_count(t0, T, tau);
  const double a0 = flow_scale(r, t0);
  if (scheme == ExactScheme::Jko) return jko_scales(r, tau, steps, a0).back();
  if (a0 == 0.0 && r != 1.0) return std::nullopt;
  return forward_scales(r, tau, steps, a0).back();
}

}  // namespace nwgf::analytic
