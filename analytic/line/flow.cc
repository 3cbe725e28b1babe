#include "analytic/line/flow.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <stdexcept>
#include <string>

#include <boost/math/quadrature/gauss.hpp>
#include <boost/math/special_functions/erf.hpp>
#include <boost/math/tools/roots.hpp>
#include <boost/math/tools/toms748_solve.hpp>

#include "analytic/format_value.h"
#include "analytic/line/quadrature.h"

namespace nwgf::analytic::line {

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();
// Iteration budget of one Gaussian per-level solve (safeguarded Newton; see flow_level_gaussian).
constexpr int kGaussianSolveSteps = 200;

void check_level(double s) {
  if (!(s > 0.0 && s < 1.0))
    throw std::invalid_argument("quantile level s = " + format_double(s) +
                                " is outside the allowed range (0, 1)");
}

void check_time(double t) {
  if (!(t >= 0.0) || !std::isfinite(t))
    throw std::invalid_argument("time t = " + format_double(t) +
                                " is outside the allowed range [0, inf)");
}

void check_tau(double tau) {
  if (!(tau > 0.0) || !std::isfinite(tau))
    throw std::invalid_argument("step size tau = " + format_double(tau) +
                                " is outside the allowed range (0, inf)");
}

void check_steps(int steps) {
  if (steps < 0)
    throw std::invalid_argument("number of steps " + std::to_string(steps) +
                                " is outside the allowed range >= 0");
}

std::vector<double> merged(std::vector<double> a, const std::vector<double>& b) {
  a.insert(a.end(), b.begin(), b.end());
  std::sort(a.begin(), a.end());
  a.erase(std::unique(a.begin(), a.end()), a.end());
  return a;
}

// ---- piecewise linear target: event by event --------------------------------------------

double flow_level_piecewise(const LineMeasure& nu, double s, double q, double t) {
  const auto& x = nu.knots();
  const auto& fl = nu.left();
  const auto& fr = nu.right();
  const std::ptrdiff_t last = static_cast<std::ptrdiff_t>(x.size()) - 1;
  double rem = t;
  // Each pass either returns or moves the level exactly onto a knot; a level moves
  // monotonically toward its rest point, so it crosses each knot at most once.
  for (std::size_t pass = 0; pass <= 2 * x.size() + 2; ++pass) {
    if (!(rem > 0.0)) return q;
    const std::ptrdiff_t k = std::lower_bound(x.begin(), x.end(), q) - x.begin();
    // The open region the level moves in: between knots j and j + 1 (j = -1: below the first
    // knot, j = last: above the last).
    std::ptrdiff_t j;
    if (k <= last && x[k] == q) {
      if (s >= fl[k] && s <= fr[k]) return q;  // 0 in 2s - 2[F(y-), F(y)]: stays (section 6.2)
      j = s > fr[k] ? k : k - 1;
    } else {
      j = k - 1;
    }
    // F on the region: a + beta (q - xl).
    double a, beta = 0.0, xl = 0.0;
    if (j < 0) {
      a = 0.0;
    } else if (j >= last) {
      a = 1.0;
    } else {
      a = fr[j];
      xl = x[j];
      beta = (fl[j + 1] - fr[j]) / (x[j + 1] - x[j]);
    }
    const double v = 2.0 * (s - a - beta * (q - xl));
    if (v == 0.0) return q;
    const double dest = v > 0.0 ? (j >= last ? kInf : x[j + 1]) : (j < 0 ? -kInf : x[j]);
    if (beta == 0.0) {
      if (!std::isfinite(dest)) return q + v * rem;
      const double hit = (dest - q) / v;
      if (hit >= rem) return q + v * rem;
      q = dest;
      rem -= hit;
      continue;
    }
    // Exponential relaxation toward q* = xl + (s - a)/beta; it reaches dest only if q* lies
    // beyond dest.
    const double qstar = xl + (s - a) / beta;
    const bool reaches = v > 0.0 ? qstar > dest : qstar < dest;
    if (reaches) {
      const double hit = std::log((q - qstar) / (dest - qstar)) / (2.0 * beta);
      if (hit < rem) {
        q = dest;
        rem -= hit;
        continue;
      }
    }
    // q(t) = q* + (q0 - q*) e^(-2 beta t), written as q0 + (q0 - q*) expm1(-2 beta t).
    return q + (q - qstar) * std::expm1(-2.0 * beta * rem);
  }
  throw std::runtime_error("flow_level: event loop did not terminate (knots not increasing?)");
}

// ---- Gaussian target: the integrated ODE ------------------------------------------------

// Mean of the standard normal density over [z1, z2] (either order), (Phi(z2) - Phi(z1)) /
// (z2 - z1), without cancellation: a Taylor series about the midpoint c for short intervals;
// 10-point Gauss-Legendre of phi for h = |z2 - z1| <= 1 with |c| h <= 1 (there phi varies by at
// most e^(|c| h) ~ e over the interval and the rule's error is below 1e-17 relative; at |c| h = 4,
// h = 0.5 it is ~1e-10, which the adaptive time integral of flow_level_gaussian cannot get
// past); else a difference of erfc taken on the side where both values are small, which does
// not cancel there: for z1, z2 of one sign the smaller erfc is at most e^(-|c| h) < e^(-1)
// times the larger.
double mean_normal_density(double z1, double z2) {
  if (z1 > z2) std::swap(z1, z2);
  const double h = z2 - z1;
  if (h == 0.0) return std::exp(-0.5 * z1 * z1) / std::sqrt(2.0 * M_PI);
  const double c = 0.5 * (z1 + z2), delta = 0.5 * h;
  if (delta <= 0.1 && std::abs(c) * delta <= 0.1) {
    // Taylor about the midpoint: phi^(n)(c) = He_n(c) phi(c) for even n (Hermite polynomials),
    // so the mean over [c - delta, c + delta] is
    //   phi(c) [1 + He2 delta^2/3! + He4 delta^4/5! + He6 delta^6/7! + He8 delta^8/9!];
    // the first omitted term, He10 delta^10/11!, is below 1e-17 relative for delta <= 0.1 and
    // |c| delta <= 0.1 (He_n(c) <= (|c| + sqrt(n))^n).
    const double c2 = c * c, d2 = delta * delta;
    const double he2 = c2 - 1.0;
    const double he4 = (c2 - 6.0) * c2 + 3.0;
    const double he6 = ((c2 - 15.0) * c2 + 45.0) * c2 - 15.0;
    const double he8 = (((c2 - 28.0) * c2 + 210.0) * c2 - 420.0) * c2 + 105.0;
    const double series =
        1.0 + d2 * (he2 / 6.0 + d2 * (he4 / 120.0 + d2 * (he6 / 5040.0 + d2 * he8 / 362880.0)));
    return std::exp(-0.5 * c2) / std::sqrt(2.0 * M_PI) * series;
  }
  if (h <= 1.0 && std::abs(c) * h <= 1.0) {
    const double integral = boost::math::quadrature::gauss<double, 10>::integrate(
        [](double z) { return std::exp(-0.5 * z * z); }, z1, z2);
    return integral / (std::sqrt(2.0 * M_PI) * h);
  }
  double diff;
  if (z2 <= 0.0)
    diff = 0.5 * (std::erfc(-z2 / M_SQRT2) - std::erfc(-z1 / M_SQRT2));
  else if (z1 >= 0.0)
    diff = 0.5 * (std::erfc(z1 / M_SQRT2) - std::erfc(z2 / M_SQRT2));
  else
    diff = 1.0 - 0.5 * std::erfc(-z1 / M_SQRT2) - 0.5 * std::erfc(z2 / M_SQRT2);
  return diff / h;
}

double flow_level_gaussian(const LineMeasure& nu, double s, double q0, double t) {
  const double m = nu.mean(), sig = nu.sigma();
  const double qstar = nu.quantile(s);
  const double u0 = std::abs(qstar - q0);
  if (u0 == 0.0 || t == 0.0) return q0;
  const double dir = qstar > q0 ? 1.0 : -1.0;
  // z* = Phi^-1(s) itself, not (q* - m) / sigma: the latter carries the rounding of q*, 1e-16
  // |m| / sigma, into Phi(z*) = s and so into every level's speed.
  const double zstar = -M_SQRT2 * boost::math::erfc_inv(2.0 * s);
  const double v0 = std::log(u0);
  // Position and 1/(2 g) at log-distance v.
  auto position = [&](double v) { return qstar - dir * std::exp(v); };
  // z(v) = (position(v) - m) / sigma, written as z* - dir e^v / sigma: smooth in v to rounding
  // (through the position it would carry the rounding of |q*|, about 1e-16 |q*| / sigma, as
  // noise that the time integral's tolerance cannot get past when sigma << |m|).
  auto half_inv_g = [&](double v) {
    const double z = zstar - dir * std::exp(v) / sig;
    return 0.5 * sig / mean_normal_density(z, zstar);
  };
  // Smallest representable distance worth resolving: below it Q equals q* to rounding.
  const double v_floor = std::log(std::max(std::abs(qstar), 1.0)) + std::log(1e-17);
  detail::QuadratureTolerance tol;  // the integrand is >= 1.25 sig
  tol.rel = 1e-15;
  tol.abs_per_length = 1e-16 * sig;
  // T(v) = ∫_v^v0 half_inv_g; find v <= v0 with T(v) = t. T is decreasing (slope
  // -half_inv_g), T(v0) = 0 < t, and T grows without bound as v -> -inf. Newton steps, kept
  // inside the bracket [lo, hi] (T(lo) >= t > T(hi)) by bisection, which also takes over when
  // a step does not halve the one before (Newton crawls on the steep side of T, where a level
  // would sit near a rest point deep in the target's tail). T is updated by integrating between
  // the old and the new v, except that a step back up from T > 2t integrates afresh from v0
  // (T - ∫ would cancel the digits of t). The bracket lies in [v_floor, v0], narrower than 2^9
  // (distances from 1e-17 to 1e101 once the specs are in range, analytic/line/scales.h), so
  // bisection alone meets the 1e-14 stop within 55 steps: the budget of kGaussianSolveSteps is
  // reached only by a solve that cannot converge, and it then throws.
  double v = v0, T = 0.0;
  double lo = -kInf, hi = v0;
  double last_step = kInf;
  for (int it = 0;; ++it) {
    if (it == kGaussianSolveSteps)
      throw std::runtime_error("flow toward N(" + format_double(m) + ", " + format_double(sig) +
                               "^2): the level s = " + format_double(s) + " from " + format_double(q0) +
                               " at t = " + format_double(t) + " did not converge in " +
                               std::to_string(kGaussianSolveSteps) + " Newton steps");
    double v_new = v - (t - T) / half_inv_g(v);
    // A Newton step below the rounding of v: v is the root to machine precision.
    if (v_new == v) break;
    const bool inside = std::isfinite(lo) ? v_new > lo && v_new < hi : v_new < hi;
    if (!inside || (std::isfinite(lo) && std::abs(v_new - v) > 0.5 * last_step)) v_new = 0.5 * (lo + hi);
    if (v_new < v_floor) {
      // Below the floor Q equals q* to rounding: return it if the level gets there by t.
      const double T_floor = T + detail::adaptive_gk(half_inv_g, v_floor, v, tol);
      if (T_floor <= t) return qstar;
      v_new = std::isfinite(lo) ? std::max(v_new, lo) : v_floor;
      if (!(v_new > v_floor)) v_new = 0.5 * (v_floor + v);
    }
    double T_new;
    if (v_new < v)
      T_new = T + detail::adaptive_gk(half_inv_g, v_new, v, tol);
    else if (T <= 2.0 * t)
      T_new = T - detail::adaptive_gk(half_inv_g, v, v_new, tol);
    else
      T_new = detail::adaptive_gk(half_inv_g, v_new, v0, tol);
    if (T_new >= t)
      lo = v_new;
    else
      hi = v_new;
    last_step = std::abs(v_new - v);
    v = v_new;
    T = T_new;
    // Newton converges quadratically; |dv| = 1e-14 is a relative 1e-14 of the distance to q*.
    if (last_step <= 1e-14 || std::abs(T - t) <= 4e-16 * t) break;
  }
  return position(v);
}

double resolvent_gaussian(const LineMeasure& nu, double tau, double z) {
  // Solve h(q) = q + 2 tau F(q) - z = 0; h is increasing, h(z - 2 tau) <= 0 <= h(z).
  auto h = [&](double q) { return q + 2.0 * tau * nu.cdf(q) - z; };
  double lo = z - 2.0 * tau, hi = z;
  double h_lo = h(lo), h_hi = h(hi);
  if (h_lo >= 0.0) return lo;
  if (h_hi <= 0.0) return hi;
  std::uintmax_t max_iter = 200;
  const auto bracket = boost::math::tools::toms748_solve(
      h, lo, hi, h_lo, h_hi, boost::math::tools::eps_tolerance<double>(52), max_iter);
  double q = 0.5 * (bracket.first + bracket.second);
  // One Newton polish step: h' = 1 + 2 tau f(q) > 0.
  const double zq = (q - nu.mean()) / nu.sigma();
  const double dens = std::exp(-0.5 * zq * zq) / (std::sqrt(2.0 * M_PI) * nu.sigma());
  const double polished = q - h(q) / (1.0 + 2.0 * tau * dens);
  if (polished >= bracket.first && polished <= bracket.second) q = polished;
  return q;
}

// ---- mixture target (a Gaussian component and possibly a piecewise linear part) --------

// Iteration budget of one TOMS 748 solve of the mixture flow (a time integral equal to the time
// left, in the log-distance u) and of the mixture resolvent: about 15 iterations reach the
// tolerance; the budget leaves room for TOMS 748's bisection steps (about 3 per halving, 52
// halvings where T jumps, at a level that stalls where the density underflows).
constexpr std::uintmax_t kMixtureSolveIterations = 200;
// Halvings of the bracket toward a rest point (u down by 1, 2, 4, ... below u0): 2^11 e-folds
// pass every distance a double resolves.
constexpr int kMixtureBracketSteps = 11;

// Mean density of the mixture between a and b (a != b, no knot strictly between them, F
// linear there in its piecewise linear part with slope beta): (F(b-) - F(a)) / (b - a) for
// a < b, written component by component without cancellation (Gaussians by
// mean_normal_density).
double mixture_mean_density(const LineMeasure& nu, double beta, double a, double b) {
  double g = beta;
  const auto& w = nu.gaussian_weights();
  const auto& m = nu.gaussian_means();
  const auto& sg = nu.gaussian_sigmas();
  for (std::size_t k = 0; k < w.size(); ++k)
    g += w[k] / sg[k] * mean_normal_density((a - m[k]) / sg[k], (b - m[k]) / sg[k]);
  return g;
}

// Q(t, s) toward a mixture: event by event over the regions between the knots of its piecewise
// linear part, as for a piecewise linear target. In a region the level moves monotonically
// toward a point p: the knot ahead (reached in finite time when c = dir (s - F(p)) > 0, F taken
// on the region's side of p), or the level's rest point q* = Q_nu(s) (c = 0) when it lies
// before that knot. At distance e = e^u from p the speed is 2 (c + g(u) e), g the mean density
// between the position and p (mixture_mean_density), so the time from distance e0 = e^u0 to
// e^u is
//   T(u) = ∫_u^u0 dw / (2 (c e^(-w) + g(w))),
// smooth in w (the substitution of the Gaussian solve, docs/math.md 6.2). T(-inf) is the time to
// reach p (finite for c > 0; its integral stops where c e^-w exceeds g by e^37, the rest below
// 1e-16 / g), and T(u) = t is solved by TOMS 748 in u (|du| <= 1e-15: a relative 1e-15 of the
// distance to p), each T by adaptive Gauss-Kronrod. With c = 0 a level closer to q* than
// 1e-17 max(|q*|, 1) is at q* to rounding. T is accumulated in unit pieces of u and stopped
// past 4 t (only T < t needs to be exact); where the speed vanishes to rounding the level stops
// (see time_to below). Budgets: 2 K + 4 regions (K knots), 200 TOMS 748 iterations per solve,
// the quadrature's pieces.
double flow_level_mixture(const LineMeasure& nu, double s, double q, double t) {
  const auto& x = nu.knots();
  const std::ptrdiff_t last = static_cast<std::ptrdiff_t>(x.size()) - 1;
  double rem = t;
  for (std::size_t pass = 0; pass <= 2 * x.size() + 4; ++pass) {
    if (!(rem > 0.0)) return q;
    const std::ptrdiff_t k = std::lower_bound(x.begin(), x.end(), q) - x.begin();
    std::ptrdiff_t j;  // the region: between knots j and j + 1
    double dir;
    if (k <= last && x[k] == q) {
      const double fl = nu.cdf_left(q), fr = nu.cdf(q);
      if (s >= fl && s <= fr) return q;  // 0 in 2s - 2[F(y-), F(y)]: stays
      dir = s > fr ? 1.0 : -1.0;
      j = s > fr ? k : k - 1;
    } else {
      const double f = nu.cdf(q);
      if (s == f) return q;
      dir = s > f ? 1.0 : -1.0;
      j = k - 1;
    }
    const double beta = (j >= 0 && j < last) ? (nu.left()[j + 1] - nu.right()[j]) / (x[j + 1] - x[j]) : 0.0;
    // The knot ahead and F there on this region's side.
    double p = dir > 0.0 ? (j < last ? x[j + 1] : kInf) : (j >= 0 ? x[j] : -kInf);
    double c = 0.0;
    bool rest = true;  // the level rests before (or asymptotically at) p
    if (std::isfinite(p)) {
      c = dir * (s - (dir > 0.0 ? nu.cdf_left(p) : nu.cdf(p)));
      rest = !(c > 0.0);
    }
    if (rest) {
      // The rest point q* = Q_nu(s) lies in (q, p] (p itself when c = 0).
      if (!(std::isfinite(p) && c == 0.0)) p = std::clamp(nu.quantile(s), std::min(q, p), std::max(q, p));
      c = 0.0;
    }
    const double e0 = std::abs(p - q);
    if (e0 == 0.0) return q;
    const double u0 = std::log(e0);
    auto integrand = [&](double u) {
      const double e = std::exp(u);
      const double pos = p - dir * e;
      // Where the mean density underflows (a Gaussian component hundreds of sigma away and no
      // piecewise linear slope) the speed is 0 in double precision: the level cannot get there,
      // and the time is capped at 1e300 per unit u instead of dividing by 0.
      return 0.5 / std::max(c / e + mixture_mean_density(nu, beta, std::min(pos, p), std::max(pos, p)), 5e-301);
    };
    // Relative accuracy: 1e-15, or the rounding noise of the positions p -/+ e^u where it is
    // larger: they carry 1.1e-16 max(|p|, |q|), which moves z = (x - m_g) / sigma_g of the
    // narrowest Gaussian by that over sigma_g (below 1e-10 by the scale rules), and the
    // integrand with it.
    double narrowest = INFINITY;
    for (double sg : nu.gaussian_sigmas()) narrowest = std::min(narrowest, sg);
    detail::QuadratureTolerance tol;
    tol.rel = std::max(1e-15, 64.0 * 2.220446049250313e-16 * std::max(std::abs(p), std::abs(q)) / narrowest);
    tol.abs_per_length = 1e-16 * integrand(u0);
    // Pieces narrower than 1e-12 in u (a relative 1e-12 of the distance to p) are taken as they
    // are: there the positions p -/+ e^u carry the rounding of |p| >> e^u, noise no bisection
    // removes; the time they hold is below 1e-12 of the integrand's local value.
    tol.min_width = 1e-12;
    // T(u) in unit pieces of u from u0 down, stopped once it exceeds 4 rem: the solve needs T
    // exactly only below rem, and beyond it the speed may vanish to rounding (a Gaussian
    // hundreds of sigma away), where T is enormous and not worth integrating.
    const double cap = 4.0 * rem;
    auto time_to = [&](double u) {
      double total = 0.0, upper = u0;
      while (upper > u) {
        const double lower = std::max(u, upper - 1.0);
        try {
          total += detail::adaptive_gk(integrand, lower, upper, tol);
        } catch (const detail::QuadratureBudgetError&) {
          // A piece whose integrand grows past any time scale (the speed vanishing to rounding,
          // e.g. toward an atom next to a Gaussian hundreds of sigma away): its plain 15-point
          // estimate decides when it alone exceeds the cap (T is then beyond rem, all the solve
          // needs); otherwise the budget error stands.
          double err = 0.0;
          const double crude = detail::gk_internal::gk15(integrand, lower, upper, &err);
          if (!(crude >= cap)) throw;
          return total + crude;
        }
        if (total >= cap) return total;
        upper = lower;
      }
      return total;
    };
    const double u_floor = std::log(std::max(std::abs(p), 1.0)) + std::log(1e-17);
    double lo;
    if (c > 0.0) {
      const double g_p = mixture_mean_density(nu, beta, std::min(p, q), std::max(p, q));
      const double u_min = std::min(u_floor, std::log(c / std::max(g_p, 1e-300))) - 37.0;
      const double hit = time_to(std::min(u_min, u0));
      if (hit <= rem) {
        q = p;
        rem -= hit;
        continue;
      }
      lo = u_min;
    } else {
      // Toward the rest point: T(u) grows without bound as u -> -inf; bracket by u0 - 1, u0 - 2,
      // u0 - 4, ... down to u_floor, where the level is at q* to rounding.
      if (u0 <= u_floor) return p;
      for (int k2 = 0;; ++k2) {
        lo = std::max(u0 - std::ldexp(1.0, k2), u_floor);
        if (time_to(lo) >= rem) break;
        if (lo == u_floor || k2 == kMixtureBracketSteps) return p;
      }
    }
    std::uintmax_t iterations = kMixtureSolveIterations;
    const auto f = [&](double u) { return time_to(u) - rem; };
    const auto root = boost::math::tools::toms748_solve(
        f, lo, u0, f(lo), -rem,
        [](double a, double b) {
          return std::abs(b - a) <= std::max(1e-15, 4.0 * 2.220446049250313e-16 * std::max(std::abs(a), std::abs(b)));
        },
        iterations);
    if (iterations >= kMixtureSolveIterations)
      throw std::runtime_error("flow toward a mixture: the level s = " + format_double(s) + " at t = " +
                               format_double(t) + " did not converge in " +
                               std::to_string(kMixtureSolveIterations) + " TOMS 748 iterations");
    return p - dir * std::exp(0.5 * (root.first + root.second));
  }
  throw std::runtime_error("flow toward a mixture: the level s = " + format_double(s) +
                           " crossed more regions than the target has knots");
}

// R_tau(z) toward a mixture: y + 2 tau F(y) is increasing with jumps at the atoms; the first
// knot x_k with x_k + 2 tau F(x_k) >= z maps an atom's interval to x_k, and otherwise the root
// lies in the region before x_k, bracketed by [max(z - 2 tau, x_(k-1)), min(z, x_k)] (F in
// [0, 1]) and found by TOMS 748 to a relative 2^-52.
double resolvent_mixture(const LineMeasure& nu, double tau, double z) {
  const auto& x = nu.knots();
  std::size_t lo_k = 0, hi_k = x.size();
  while (lo_k < hi_k) {
    const std::size_t mid = (lo_k + hi_k) / 2;
    if (x[mid] + 2.0 * tau * nu.cdf(x[mid]) >= z)
      hi_k = mid;
    else
      lo_k = mid + 1;
  }
  const std::size_t k = lo_k;
  if (k < x.size() && x[k] + 2.0 * tau * nu.cdf_left(x[k]) <= z) return x[k];
  double lo = z - 2.0 * tau, hi = z;
  if (k > 0) lo = std::max(lo, x[k - 1]);
  if (k < x.size()) hi = std::min(hi, x[k]);
  auto h = [&](double y) { return y + 2.0 * tau * nu.cdf(y) - z; };
  const double h_lo = h(lo);
  const double h_hi = k < x.size() && hi == x[k] ? x[k] + 2.0 * tau * nu.cdf_left(x[k]) - z : h(hi);
  if (h_lo >= 0.0) return lo;
  if (h_hi <= 0.0) return hi;
  std::uintmax_t iterations = kMixtureSolveIterations;
  const auto bracket = boost::math::tools::toms748_solve(h, lo, hi, h_lo, h_hi,
                                                         boost::math::tools::eps_tolerance<double>(52), iterations);
  if (iterations >= kMixtureSolveIterations)
    throw std::runtime_error("resolvent toward a mixture at z = " + format_double(z) + " did not converge in " +
                             std::to_string(kMixtureSolveIterations) + " TOMS 748 iterations");
  return 0.5 * (bracket.first + bracket.second);
}

// Support of a flow or scheme iterate: levels move monotonically toward their rest point
// Q_nu(s), so a bounded target keeps them in the hull of the start's and the target's
// supports; toward a Gaussian a level moves at speed <= 2, so by at most 2 t.
std::pair<double, double> moving_support(const LineLaw& start, const LineMeasure& target,
                                         double duration) {
  const auto [s_lo, s_hi] = start.support();
  const auto [t_lo, t_hi] = target.support();
  if (std::isfinite(t_lo) && std::isfinite(t_hi)) return {std::min(s_lo, t_lo), std::max(s_hi, t_hi)};
  return {s_lo - 2.0 * duration, s_hi + 2.0 * duration};
}

}  // namespace

// ---- public -----------------------------------------------------------------------------

double flow_level(const LineMeasure& target, double s, double q0, double t) {
  check_level(s);
  check_time(t);
  if (!std::isfinite(q0))
    throw std::invalid_argument("start position " + format_double(q0) +
                                " is outside the allowed range (finite numbers)");
  if (target.kind() == LineMeasure::Kind::kGaussian) return flow_level_gaussian(target, s, q0, t);
  if (target.kind() == LineMeasure::Kind::kMixture) return flow_level_mixture(target, s, q0, t);
  return flow_level_piecewise(target, s, q0, t);
}

double resolvent(const LineMeasure& target, double tau, double z) {
  check_tau(tau);
  if (target.kind() == LineMeasure::Kind::kGaussian) return resolvent_gaussian(target, tau, z);
  if (target.kind() == LineMeasure::Kind::kMixture) return resolvent_mixture(target, tau, z);
  // z = y + 2 tau F(y) is increasing in y with jumps at the knots; invert piece by piece.
  const auto& x = target.knots();
  const auto& fl = target.left();
  const auto& fr = target.right();
  const std::size_t n = x.size();
  // First knot k with x_k + 2 tau F(x_k) >= z.
  std::size_t k = 0;
  {
    std::size_t lo = 0, hi = n;
    while (lo < hi) {
      const std::size_t mid = (lo + hi) / 2;
      if (x[mid] + 2.0 * tau * fr[mid] >= z)
        hi = mid;
      else
        lo = mid + 1;
    }
    k = lo;
  }
  if (k == n) return z - 2.0 * tau;  // above the last knot, F = 1
  if (x[k] + 2.0 * tau * fl[k] <= z) return x[k];  // the atom's interval maps to x_k
  if (k == 0) return z;                          // below the first knot, F = 0
  // Between x_(k-1) and x_k: F = a + beta (y - x_(k-1)) =: L(y); y + 2 tau L(y) = z. Since
  // L(y) = L(z) + beta (y - z), y = z - 2 tau L(z) / (1 + 2 tau beta): a correction to z of size
  // at most 2 tau, without the cancellation of x_(k-1) + (z - x_(k-1) - ...), which loses z
  // entirely when |x_(k-1)| >> |z| (uniform:-1e20,1e20: every JKO level came out 0).
  const double a = fr[k - 1];
  const double beta = (fl[k] - fr[k - 1]) / (x[k] - x[k - 1]);
  const double f_z = a + beta * (z - x[k - 1]);
  const double y = z - 2.0 * tau * f_z / (1.0 + 2.0 * tau * beta);
  return std::clamp(y, x[k - 1], x[k]);
}

double euler_velocity(const LineMeasure& target, double s, double q) {
  if (target.kind() != LineMeasure::Kind::kGaussian) {  // atoms possible: piecewise linear or a mixture
    const double fl = target.cdf_left(q), fr = target.cdf(q);
    if (fl != fr) return 2.0 * s - 2.0 * std::clamp(s, fl, fr);  // minimal-norm element
    return 2.0 * s - 2.0 * fr;
  }
  return 2.0 * s - 2.0 * target.cdf(q);
}

// ---- FlowLaw ----------------------------------------------------------------------------

FlowLaw::FlowLaw(std::shared_ptr<const LineLaw> start, LineMeasure target, double t)
    : start_(std::move(start)), target_(std::move(target)), t_(t) {
  if (!start_) throw std::invalid_argument("flow: start law is missing");
  check_time(t);
}

double FlowLaw::quantile(double s) const {
  return flow_level(target_, s, start_->quantile(s), t_);
}

double FlowLaw::cdf(double x) const {
  // Toward a Gaussian no level sticks, so for t > 0 Q(t, .) has no flat part (levels of a start
  // atom split at once) and F_t(x) is the unique root of Q(t, s) = x (or the level of a jump):
  // TOMS 748 on s needs ~15 quantiles where bisection needs 60. Atoms of the flow (sticking at
  // target atoms, or t = 0) need the right end of a flat part: bisection (LineLaw::cdf).
  // Toward a mixture (a Gaussian component) levels stick only at the target's atoms, so the
  // same holds for every x but those knots (bisection there).
  if (target_.kind() == LineMeasure::Kind::kPiecewiseLinear || t_ == 0.0) return LineLaw::cdf(x);
  if (target_.kind() == LineMeasure::Kind::kMixture &&
      std::binary_search(target_.knots().begin(), target_.knots().end(), x))
    return LineLaw::cdf(x);
  double lo = 0x1.0p-60, hi = 1.0 - 0x1.0p-53;
  double f_lo = quantile(lo) - x, f_hi = quantile(hi) - x;
  if (f_lo > 0.0) return 0.0;
  if (f_hi <= 0.0) return 1.0;
  if (f_lo == 0.0) return lo;
  std::uintmax_t max_iter = 100;
  const auto bracket = boost::math::tools::toms748_solve(
      [&](double s) { return quantile(s) - x; }, lo, hi, f_lo, f_hi,
      boost::math::tools::eps_tolerance<double>(50), max_iter);
  return 0.5 * (bracket.first + bracket.second);
}

std::pair<double, double> FlowLaw::support() const {
  return moving_support(*start_, target_, t_);
}

std::vector<double> FlowLaw::level_breaks() const {
  return merged(start_->level_breaks(), target_.level_breaks());
}

// Where F_t may kink or be flat: the target's knots (levels stick there) and the positions at
// time t of the two sides of every start level break (the ends of a gap or of an atom's
// levels: F_t is flat between them or changes its slope there).
std::vector<double> FlowLaw::point_breaks() const {
  std::vector<double> out = target_.point_breaks();
  // The ends of the support, Q(t, 0+) and Q(t, 1-), to within 2^-52 t.
  for (double end : {0x1.0p-53, 1.0 - 0x1.0p-53}) out.push_back(quantile(end));
  for (double b : start_->level_breaks()) {
    out.push_back(flow_level(target_, b, start_->quantile(b), t_));
    const double above = std::nextafter(b, 1.0);
    if (above < 1.0) out.push_back(flow_level(target_, b, start_->quantile(above), t_));
  }
  return merged(std::move(out), {});
}

// ---- JkoLaw -----------------------------------------------------------------------------

JkoLaw::JkoLaw(std::shared_ptr<const LineLaw> start, LineMeasure target, double tau, int steps)
    : start_(std::move(start)), target_(std::move(target)), tau_(tau), steps_(steps) {
  if (!start_) throw std::invalid_argument("JKO: start law is missing");
  check_tau(tau);
  check_steps(steps);
}

double JkoLaw::quantile(double s) const {
  double q = start_->quantile(s);
  for (int n = 0; n < steps_; ++n) q = resolvent(target_, tau_, q + 2.0 * tau_ * s);
  return q;
}

std::pair<double, double> JkoLaw::support() const {
  return moving_support(*start_, target_, tau_ * steps_);
}

std::vector<double> JkoLaw::level_breaks() const {
  return merged(start_->level_breaks(), target_.level_breaks());
}

// As for the flow: the target's knots and the iterate at both sides of the start's level breaks.
std::vector<double> JkoLaw::point_breaks() const {
  std::vector<double> out = target_.point_breaks();
  auto iterate = [&](double s, double q) {
    for (int n = 0; n < steps_; ++n) q = resolvent(target_, tau_, q + 2.0 * tau_ * s);
    return q;
  };
  for (double end : {0x1.0p-53, 1.0 - 0x1.0p-53}) out.push_back(quantile(end));
  for (double b : start_->level_breaks()) {
    out.push_back(iterate(b, start_->quantile(b)));
    const double above = std::nextafter(b, 1.0);
    if (above < 1.0) out.push_back(iterate(b, start_->quantile(above)));
  }
  return merged(std::move(out), {});
}

// ---- EulerLaw ---------------------------------------------------------------------------

EulerLaw::EulerLaw(const LineLaw& start, LineMeasure target, double tau, int steps,
                   const EulerOptions& options)
    : tau_(tau), steps_(steps) {
  check_tau(tau);
  check_steps(steps);
  if (options.levels < 1)
    throw std::invalid_argument("Euler level count " + std::to_string(options.levels) +
                                " is outside the allowed range >= 1");
  const int m = options.levels;
  values_.resize(static_cast<std::size_t>(m));
  for (int j = 0; j < m; ++j) values_[j] = start.quantile((j + 0.5) / m);
  std::sort(values_.begin(), values_.end());
  for (int n = 0; n < steps; ++n) {
    for (int j = 0; j < m; ++j) {
      const double s = (j + 0.5) / m;
      values_[j] += tau * euler_velocity(target, s, values_[j]);
    }
    if (!std::is_sorted(values_.begin(), values_.end())) {
      std::sort(values_.begin(), values_.end());
      ++rearranged_steps_;
    }
  }
}

EulerLaw::EulerLaw(std::shared_ptr<const LineLaw> start, LineMeasure target, double tau, int steps,
                   const EulerOptions& options)
    : EulerLaw(*(start ? start : throw std::invalid_argument("Euler: start law is missing")), target, tau, steps,
               options) {
  const auto [lo, hi] = start->support();
  if (!std::isfinite(lo) || !std::isfinite(hi)) {
    tail_start_ = std::move(start);
    tail_target_ = std::make_shared<LineMeasure>(std::move(target));
  }
}

double EulerLaw::quantile(double s) const {
  check_level(s);
  const std::size_t n = values_.size();
  const double m = static_cast<double>(n);
  const double pos = s * m - 0.5;  // fractional index: level (j + 1/2)/M sits at j
  if (tail_start_ && (rearranged_steps_ == 0 || pos < 0.0 || pos > m - 1.0)) {
    // Unbounded start: without any rearrangement the pointwise iterate is the scheme at every
    // level (linear interpolation of a Gaussian's tail between the end levels would be off by
    // h^2/8 |Q''| ~ 2e-2 sigma there); with one, the tails beyond the end levels only.
    double q = tail_start_->quantile(s);
    for (int k = 0; k < steps_; ++k) q += tau_ * euler_velocity(*tail_target_, s, q);
    if (rearranged_steps_ == 0) return q;
    return pos < 0.0 ? std::min(q, values_.front()) : std::max(q, values_.back());
  }
  if (n == 1) return values_.front();
  // Beyond the end levels (pos < 0 or pos > M - 1, half a level spacing each) the line through
  // the two outermost values goes on: exact where the iterate is linear in s there (from a
  // Dirac toward atoms or a uniform target), second order in 1/M like the interior otherwise.
  // Holding the end values instead cost t sqrt(8/3) / (2M)^(3/2) in W2 (2.2e-6 at M = 4096,
  // t = 1) on such iterates. The slopes are >= 0 (sorted values), so Q stays nondecreasing.
  if (pos <= 0.0) return values_[0] + pos * (values_[1] - values_[0]);
  if (pos >= m - 1.0) return values_[n - 1] + (pos - (m - 1.0)) * (values_[n - 1] - values_[n - 2]);
  const std::size_t j = static_cast<std::size_t>(pos);
  const double w = pos - static_cast<double>(j);
  if (w == 0.0) return values_[j];
  return values_[j] + w * (values_[j + 1] - values_[j]);
}

// Q(0+) and Q(1-) of the extrapolated ends (half a level spacing beyond the end levels).
std::pair<double, double> EulerLaw::support() const {
  if (tail_start_) return {-kInf, kInf};
  const std::size_t n = values_.size();
  if (n == 1) return {values_.front(), values_.back()};
  return {values_[0] - 0.5 * (values_[1] - values_[0]), values_[n - 1] + 0.5 * (values_[n - 1] - values_[n - 2])};
}

std::vector<double> EulerLaw::level_breaks() const {
  // Pointwise (unbounded start, no rearrangement): where the start's quantile or the target's
  // CDF jump or kink.
  if (tail_start_ && rearranged_steps_ == 0) return merged(tail_start_->level_breaks(), tail_target_->level_breaks());
  const std::size_t m = values_.size();
  std::vector<double> out(m);
  for (std::size_t j = 0; j < m; ++j) out[j] = (static_cast<double>(j) + 0.5) / static_cast<double>(m);
  return out;
}

}  // namespace nwgf::analytic::line
