#include "analytic/line/measure.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <stdexcept>
#include <string>

#include <boost/math/special_functions/erf.hpp>
#include <boost/math/tools/toms748_solve.hpp>

#include "analytic/format_value.h"
#include "analytic/line/quadrature.h"

namespace nwgf::analytic::line {

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

void check_finite(double v, const char* what) {
  if (!std::isfinite(v))
    throw std::invalid_argument(std::string(what) + " = " + format_double(v) +
                                " is outside the allowed range (finite numbers)");
}

void check_level(double s) {
  if (!(s > 0.0 && s < 1.0))
    throw std::invalid_argument("quantile level s = " + format_double(s) +
                                " is outside the allowed range (0, 1)");
}

// A piecewise linear CDF given by knots, left limits and values (linear between x_k at right[k]
// and x_(k+1) at left[k + 1]; 0 below the first knot, right.back() above the last): F(x) and
// F(x-). Shared by the piecewise linear kind and the piecewise linear part of a mixture.
double pl_cdf(const std::vector<double>& knots, const std::vector<double>& left,
              const std::vector<double>& right, double x) {
  // Last knot <= x.
  const auto it = std::upper_bound(knots.begin(), knots.end(), x);
  if (it == knots.begin()) return 0.0;
  const std::size_t k = static_cast<std::size_t>(it - knots.begin()) - 1;
  if (x == knots[k] || k + 1 == knots.size()) return right[k];
  // Linear from right[k] at x_k to left[k + 1] at x_(k+1).
  const double w = (x - knots[k]) / (knots[k + 1] - knots[k]);
  return right[k] + w * (left[k + 1] - right[k]);
}

double pl_cdf_left(const std::vector<double>& knots, const std::vector<double>& left,
                   const std::vector<double>& right, double x) {
  const auto it = std::lower_bound(knots.begin(), knots.end(), x);
  if (it != knots.end() && *it == x) return left[static_cast<std::size_t>(it - knots.begin())];
  return pl_cdf(knots, left, right, x);  // continuous off the knots
}

// Phi((x - m) / sigma).
double normal_cdf(double x, double m, double sigma) { return 0.5 * std::erfc(-(x - m) / (sigma * M_SQRT2)); }

// Standard deviations beyond which a Gaussian component's CDF is 0 or 1 in double precision
// (0.5 erfc(40 / sqrt 2) = 3.7e-350 underflows to 0).
constexpr double kNormalReach = 40.0;

// Iteration budget of a mixture's quantile (TOMS 748 on F(x) = s): about 10 iterations reach
// the tolerance for smooth F; an iteration at least halves the bracket, and 2000 halvings pass
// from a bracket 1e100 wide to the absolute tolerance 1e-116 (a piece of 1e100 around a
// Gaussian of sigma 1e-100, where F is a step to TOMS 748's interpolation).
constexpr std::uintmax_t kMixtureQuantileIterations = 2000;

}  // namespace

// ---- LineLaw ----------------------------------------------------------------------------

double LineLaw::cdf(double x) const {
  // Q is nondecreasing and left-continuous, so {s : Q(s) <= x} is an interval (0, F(x)].
  double lo = 0.0, hi = 1.0;
  for (int k = 0; k < 80; ++k) {
    const double mid = 0.5 * (lo + hi);
    if (!(mid > lo && mid < hi)) break;  // adjacent doubles (near 1: 2^-53 apart)
    if (quantile(mid) <= x)
      lo = mid;
    else
      hi = mid;
  }
  if (lo == 0.0) return 0.0;
  if (hi == 1.0) return 1.0;
  return 0.5 * (lo + hi);
}

// ---- LineMeasure factories --------------------------------------------------------------

LineMeasure LineMeasure::dirac(double x) {
  check_finite(x, "Dirac position");
  return piecewise_linear({x}, {0.0}, {1.0});
}

LineMeasure LineMeasure::atoms(std::vector<double> positions, std::vector<double> weights) {
  if (positions.empty())
    throw std::invalid_argument("number of atoms 0 is outside the allowed range >= 1");
  if (weights.empty()) weights.assign(positions.size(), 1.0);
  if (weights.size() != positions.size())
    throw std::invalid_argument("number of weights " + std::to_string(weights.size()) +
                                " must equal the number of atoms " +
                                std::to_string(positions.size()));
  for (double x : positions) check_finite(x, "atom position");
  for (double w : weights)
    if (!(w > 0.0) || !std::isfinite(w))
      throw std::invalid_argument("atom weight " + format_double(w) +
                                  " is outside the allowed range (0, inf)");
  std::vector<std::size_t> order(positions.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::sort(order.begin(), order.end(),
            [&](std::size_t a, std::size_t b) { return positions[a] < positions[b]; });
  std::vector<double> xs, ws;
  for (std::size_t i : order) {
    if (!xs.empty() && xs.back() == positions[i])
      ws.back() += weights[i];
    else {
      xs.push_back(positions[i]);
      ws.push_back(weights[i]);
    }
  }
  const double total = std::accumulate(ws.begin(), ws.end(), 0.0);
  if (!(total > 0.0) || !std::isfinite(total))
    throw std::invalid_argument("total atom weight " + format_double(total) +
                                " is outside the allowed range (0, inf)");
  std::vector<double> left(xs.size()), right(xs.size());
  // Partial sums in the order of `total`, so they never exceed it; left[k + 1] == right[k]
  // exactly (the CDF is flat between atoms).
  double cum = 0.0;
  for (std::size_t k = 0; k < xs.size(); ++k) {
    cum += ws[k];
    right[k] = k + 1 == xs.size() ? 1.0 : std::min(1.0, cum / total);
    left[k] = k == 0 ? 0.0 : right[k - 1];
  }
  return piecewise_linear(std::move(xs), std::move(left), std::move(right));
}

LineMeasure LineMeasure::uniform(double a, double b) {
  check_finite(a, "uniform lower end a");
  check_finite(b, "uniform upper end b");
  if (!(a < b))
    throw std::invalid_argument("uniform on [a, b] with a = " + format_double(a) +
                                ", b = " + format_double(b) + ": allowed a < b");
  return piecewise_linear({a, b}, {0.0, 1.0}, {0.0, 1.0});
}

LineMeasure LineMeasure::gaussian(double mean, double sigma) {
  check_finite(mean, "Gaussian mean");
  if (!(sigma > 0.0) || !std::isfinite(sigma))
    throw std::invalid_argument("Gaussian standard deviation s = " + format_double(sigma) +
                                " is outside the allowed range (0, inf)");
  LineMeasure m;
  m.kind_ = Kind::kGaussian;
  m.mean_ = mean;
  m.sigma_ = sigma;
  return m;
}

LineMeasure LineMeasure::cdf_grid(std::vector<double> xs, std::vector<double> values) {
  if (xs.size() < 2 || values.size() != xs.size())
    throw std::invalid_argument("CDF grid of " + std::to_string(xs.size()) + " points and " +
                                std::to_string(values.size()) +
                                " values: allowed >= 2 points, one value each");
  std::vector<double> right = values;
  return piecewise_linear(std::move(xs), std::move(values), std::move(right));
}

LineMeasure LineMeasure::piecewise_linear(std::vector<double> knots, std::vector<double> left,
                                          std::vector<double> right) {
  const std::size_t k = knots.size();
  if (k == 0 || left.size() != k || right.size() != k)
    throw std::invalid_argument("piecewise linear CDF: " + std::to_string(k) + " knots, " +
                                std::to_string(left.size()) + " left limits, " +
                                std::to_string(right.size()) +
                                " values: allowed >= 1 knot and one of each per knot");
  for (std::size_t i = 0; i < k; ++i) {
    check_finite(knots[i], "CDF knot");
    if (i > 0 && !(knots[i] > knots[i - 1]))
      throw std::invalid_argument("CDF knot " + format_double(knots[i]) +
                                  " must be greater than the previous knot " +
                                  format_double(knots[i - 1]));
    if (!(left[i] >= 0.0 && left[i] <= right[i] && right[i] <= 1.0))
      throw std::invalid_argument("CDF at knot " + format_double(knots[i]) + ": left limit " +
                                  format_double(left[i]) + " and value " +
                                  format_double(right[i]) +
                                  ": allowed 0 <= left limit <= value <= 1");
    if (i > 0 && !(left[i] >= right[i - 1]))
      throw std::invalid_argument("CDF decreases before knot " + format_double(knots[i]) +
                                  ": left limit " + format_double(left[i]) +
                                  " below the previous value " + format_double(right[i - 1]));
  }
  if (left[0] != 0.0)
    throw std::invalid_argument("CDF left limit at the first knot " + format_double(left[0]) +
                                ": allowed 0 (no mass below the first knot)");
  if (right[k - 1] != 1.0)
    throw std::invalid_argument("CDF at the last knot " + format_double(right[k - 1]) +
                                ": allowed 1 (no mass above the last knot)");
  LineMeasure m;
  m.kind_ = Kind::kPiecewiseLinear;
  m.knots_ = std::move(knots);
  m.left_ = std::move(left);
  m.right_ = std::move(right);
  return m;
}

LineMeasure LineMeasure::cdf_points(const std::vector<double>& xs, const std::vector<double>& values) {
  if (xs.size() < 2 || values.size() != xs.size())
    throw std::invalid_argument("CDF table of " + std::to_string(xs.size()) + " points and " +
                                std::to_string(values.size()) +
                                " values: allowed >= 2 points, one value each");
  for (std::size_t i = 0; i < xs.size(); ++i) {
    check_finite(xs[i], "CDF table position");
    if (!(values[i] >= 0.0 && values[i] <= 1.0))
      throw std::invalid_argument("CDF table value " + format_double(values[i]) + " at point " +
                                  std::to_string(i + 1) + " is outside the allowed range [0, 1]");
    if (i > 0 && (xs[i] < xs[i - 1] || values[i] < values[i - 1]))
      throw std::invalid_argument("CDF table point " + std::to_string(i + 1) + " (" + format_double(xs[i]) +
                                  ", " + format_double(values[i]) + ") is below the previous point (" +
                                  format_double(xs[i - 1]) + ", " + format_double(values[i - 1]) +
                                  "); allowed: both coordinates nondecreasing");
  }
  if (values.front() != 0.0 || values.back() != 1.0)
    throw std::invalid_argument("CDF table runs from " + format_double(values.front()) + " to " +
                                format_double(values.back()) + "; allowed: from 0 (first point) to 1 (last point)");
  // Runs of equal x: one knot, left limit the run's first value, value its last.
  std::vector<double> knots, left, right;
  for (std::size_t i = 0; i < xs.size();) {
    std::size_t j = i;
    while (j + 1 < xs.size() && xs[j + 1] == xs[i]) ++j;
    knots.push_back(xs[i]);
    left.push_back(values[i]);
    right.push_back(values[j]);
    i = j + 1;
  }
  return piecewise_linear(std::move(knots), std::move(left), std::move(right));
}

LineMeasure LineMeasure::quantile_grid(const std::vector<double>& levels, const std::vector<double>& values) {
  if (levels.size() < 2 || values.size() != levels.size())
    throw std::invalid_argument("quantile table of " + std::to_string(levels.size()) + " levels and " +
                                std::to_string(values.size()) +
                                " values: allowed >= 2 levels, one value each");
  for (std::size_t i = 0; i < levels.size(); ++i) {
    check_finite(values[i], "quantile table value");
    if (!(levels[i] >= 0.0 && levels[i] <= 1.0))
      throw std::invalid_argument("quantile table level " + format_double(levels[i]) + " at point " +
                                  std::to_string(i + 1) + " is outside the allowed range [0, 1]");
    if (i > 0 && (levels[i] < levels[i - 1] || values[i] < values[i - 1]))
      throw std::invalid_argument("quantile table point " + std::to_string(i + 1) + " (" +
                                  format_double(levels[i]) + ", " + format_double(values[i]) +
                                  ") is below the previous point (" + format_double(levels[i - 1]) + ", " +
                                  format_double(values[i - 1]) + "); allowed: both coordinates nondecreasing");
  }
  if (levels.front() != 0.0 || levels.back() != 1.0)
    throw std::invalid_argument("quantile table levels run from " + format_double(levels.front()) + " to " +
                                format_double(levels.back()) +
                                "; allowed: from 0 (first point) to 1 (last point)");
  // The graph of Q read with the coordinates swapped is the graph of F.
  return cdf_points(values, levels);
}

LineMeasure LineMeasure::mixture(const std::vector<LineMeasure>& components, std::vector<double> weights) {
  if (components.empty())
    throw std::invalid_argument("mixture of 0 components: allowed >= 1 component");
  if (weights.size() != components.size())
    throw std::invalid_argument("mixture of " + std::to_string(components.size()) + " components with " +
                                std::to_string(weights.size()) + " weights: allowed one weight per component");
  double total = 0.0;
  for (double w : weights) {
    if (!(w > 0.0) || !std::isfinite(w))
      throw std::invalid_argument("mixture weight " + format_double(w) + " is outside the allowed range (0, inf)");
    total += w;
  }
  if (!(total > 0.0) || !std::isfinite(total))
    throw std::invalid_argument("total mixture weight " + format_double(total) +
                                " is outside the allowed range (0, inf)");
  // Flatten: piecewise linear parts (weight, knots, left, right with values up to 1) and
  // Gaussians (weight, mean, sigma), weights normalised by the total.
  struct Part {
    double w;
    const LineMeasure* m;
  };
  std::vector<Part> parts;
  std::vector<double> gw, gm, gs;
  for (std::size_t k = 0; k < components.size(); ++k) {
    const double w = weights[k] / total;
    const LineMeasure& c = components[k];
    if (c.kind_ == Kind::kPiecewiseLinear) {
      parts.push_back({w, &c});
    } else if (c.kind_ == Kind::kGaussian) {
      gw.push_back(w);
      gm.push_back(c.mean_);
      gs.push_back(c.sigma_);
    } else {
      for (std::size_t g = 0; g < c.gw_.size(); ++g) {
        gw.push_back(w * c.gw_[g]);
        gm.push_back(c.gm_[g]);
        gs.push_back(c.gs_[g]);
      }
      if (!c.knots_.empty()) parts.push_back({w, &c});  // its part's values already carry its mass
    }
  }
  if (parts.empty() && gw.size() == 1) return gaussian(gm[0], gs[0]);
  // Merged knots; the part's CDF and left limit there, summed in part order (sums of
  // nondecreasing terms in a fixed order are nondecreasing after rounding).
  std::vector<double> knots;
  for (const Part& p : parts) knots.insert(knots.end(), p.m->knots_.begin(), p.m->knots_.end());
  std::sort(knots.begin(), knots.end());
  knots.erase(std::unique(knots.begin(), knots.end()), knots.end());
  std::vector<double> left(knots.size(), 0.0), right(knots.size(), 0.0);
  double mass = 0.0;
  for (const Part& p : parts) {
    for (std::size_t i = 0; i < knots.size(); ++i) {
      left[i] += p.w * pl_cdf_left(p.m->knots_, p.m->left_, p.m->right_, knots[i]);
      right[i] += p.w * pl_cdf(p.m->knots_, p.m->left_, p.m->right_, knots[i]);
    }
    mass += p.w * p.m->right_.back();
  }
  if (gw.empty()) {
    // Piecewise linear: the ends exactly 0 and 1, every value within [0, 1].
    for (std::size_t i = 0; i < knots.size(); ++i) {
      right[i] = std::min(right[i], 1.0);
      left[i] = std::min(left[i], right[i]);
    }
    left.front() = 0.0;
    right.back() = 1.0;
    return piecewise_linear(std::move(knots), std::move(left), std::move(right));
  }
  LineMeasure m;
  m.kind_ = Kind::kMixture;
  if (!knots.empty()) {
    left.front() = 0.0;
    right.back() = mass;
  }
  m.knots_ = std::move(knots);
  m.left_ = std::move(left);
  m.right_ = std::move(right);
  m.pl_mass_ = mass;
  m.gw_ = std::move(gw);
  m.gm_ = std::move(gm);
  m.gs_ = std::move(gs);
  // Absolute resolution of the quantile's root: 1e-16 of the narrowest Gaussian (F is smooth on
  // that scale, so no root is conditioned better), for roots near 0 where the relative
  // 4 eps min(|a|, |b|) vanishes.
  double narrowest = kInf;
  for (double sg : m.gs_) narrowest = std::min(narrowest, sg);
  m.scale_ = 1e-16 * narrowest;
  return m;
}

// ---- LineMeasure evaluation -------------------------------------------------------------

double LineMeasure::cdf(double x) const {
  if (kind_ == Kind::kGaussian) return 0.5 * std::erfc(-(x - mean_) / (sigma_ * M_SQRT2));
  if (kind_ == Kind::kMixture) {
    double f = knots_.empty() ? 0.0 : pl_cdf(knots_, left_, right_, x);
    for (std::size_t g = 0; g < gw_.size(); ++g) f += gw_[g] * normal_cdf(x, gm_[g], gs_[g]);
    return std::min(f, 1.0);
  }
  return pl_cdf(knots_, left_, right_, x);
}

double LineMeasure::cdf_left(double x) const {
  if (kind_ == Kind::kGaussian) return cdf(x);
  if (kind_ == Kind::kMixture) {
    double f = knots_.empty() ? 0.0 : pl_cdf_left(knots_, left_, right_, x);
    for (std::size_t g = 0; g < gw_.size(); ++g) f += gw_[g] * normal_cdf(x, gm_[g], gs_[g]);
    return std::min(f, 1.0);
  }
  return pl_cdf_left(knots_, left_, right_, x);
}

double LineMeasure::mixture_quantile(double s) const {
  // Q(s) = inf{x : F(x) >= s}. First knot k with F(x_k) >= s: if F(x_k-) < s the atom at x_k
  // holds level s; otherwise F (continuous and strictly increasing between knots: a Gaussian
  // component has weight > 0) crosses s inside (x_(k-1), x_k), found by TOMS 748. Outside the
  // knots the bracket ends at min/max of the knots and m_g -/+ 40 sigma_g, where F is 0 / its
  // total mass to rounding.
  const std::size_t n = knots_.size();
  std::size_t lo_k = 0, hi_k = n;
  while (lo_k < hi_k) {
    const std::size_t mid = (lo_k + hi_k) / 2;
    if (cdf(knots_[mid]) >= s)
      hi_k = mid;
    else
      lo_k = mid + 1;
  }
  const std::size_t k = lo_k;
  if (k < n && cdf_left(knots_[k]) < s) return knots_[k];
  // Beyond the Gaussians' reach (m_g -/+ 40 sigma_g) only the piecewise linear part changes F:
  // below the first knot the root lies above far_lo and below far_hi, above the last knot too.
  double far_lo = kInf, far_hi = -kInf;
  for (std::size_t g = 0; g < gw_.size(); ++g) {
    far_lo = std::min(far_lo, gm_[g] - kNormalReach * gs_[g]);
    far_hi = std::max(far_hi, gm_[g] + kNormalReach * gs_[g]);
  }
  double lo = k > 0 ? knots_[k - 1] : far_lo;
  double hi = k < n ? knots_[k] : far_hi;
  if (k == 0 && n > 0) lo = std::min(lo, knots_.front());
  if (k == 0 && n > 0) hi = std::min(hi, std::max(far_hi, lo));
  if (k == n && n > 0) lo = std::max(lo, std::min(far_lo, hi));
  if (k == n && n > 0) hi = std::max(hi, knots_.back());
  // Between the knots the piecewise linear part is a + beta (x - x_(k-1)), so F(x) - s is
  // written as Σ_g w_g Phi_g(x) + beta (x - x_(k-1)) - (s - a), with s - a exact (Sterbenz, for
  // s near a): the Gaussians' small tail under a large mass a (an atom's levels just above it)
  // is then resolved to its own relative precision, not to the rounding of a + tail, which made
  // Q noisy there and the level integrals of 6.4 stop at their budget.
  const double a = k == 0 ? 0.0 : right_[k - 1];
  const double beta = (k > 0 && k < n) ? (left_[k] - right_[k - 1]) / (knots_[k] - knots_[k - 1]) : 0.0;
  const double x_left = k > 0 ? knots_[k - 1] : 0.0;
  const double excess = s - a;
  auto f = [&](double x) {
    double g = beta * (x - x_left) - excess;
    for (std::size_t j = 0; j < gw_.size(); ++j) g += gw_[j] * normal_cdf(x, gm_[j], gs_[j]);
    return g;
  };
  const double f_lo = f(lo);
  const double f_hi = k < n ? cdf_left(hi) - s : f(hi);
  if (!(lo < hi) || f_hi <= 0.0) return hi;  // F reaches s only at hi (or never: rounding near 1)
  if (f_lo >= 0.0) return lo;                // only when lo = far_lo and F(far_lo) = 0 >= s: no level
  const double abs_tol = scale_;
  std::uintmax_t iterations = kMixtureQuantileIterations;
  const auto bracket = boost::math::tools::toms748_solve(
      f, lo, hi, f_lo, f_hi,
      [abs_tol](double a, double b) {
        return std::abs(b - a) <= 4.0 * 2.220446049250313e-16 * std::min(std::abs(a), std::abs(b)) ||
               std::abs(b - a) <= abs_tol;
      },
      iterations);
  if (iterations >= kMixtureQuantileIterations)
    throw std::runtime_error("quantile of a mixture at s = " + format_double(s) + " did not converge in " +
                             std::to_string(kMixtureQuantileIterations) + " TOMS 748 iterations");
  return bracket.second;  // the side where F >= s
}

double LineMeasure::quantile(double s) const {
  check_level(s);
  if (kind_ == Kind::kGaussian)
    return mean_ - sigma_ * M_SQRT2 * boost::math::erfc_inv(2.0 * s);
  if (kind_ == Kind::kMixture) return mixture_quantile(s);
  // First knot k with F(x_k) >= s; if F(x_k-) < s the atom at x_k holds level s, otherwise
  // the linear piece before x_k crosses s (F(x_(k-1)) < s <= F(x_k-), so k >= 1).
  const auto it = std::lower_bound(right_.begin(), right_.end(), s);
  const std::size_t k = static_cast<std::size_t>(it - right_.begin());  // right_.back() == 1
  if (left_[k] < s) return knots_[k];
  const double a = right_[k - 1], b = left_[k];
  const double w = (s - a) / (b - a);
  return knots_[k - 1] + w * (knots_[k] - knots_[k - 1]);
}

std::pair<double, double> LineMeasure::support() const {
  if (kind_ != Kind::kPiecewiseLinear) return {-kInf, kInf};
  return {knots_.front(), knots_.back()};
}

std::vector<double> LineMeasure::level_breaks() const {
  std::vector<double> out;
  if (kind_ == Kind::kMixture) {
    for (double x : knots_)
      for (double v : {cdf_left(x), cdf(x)})
        if (v > 0.0 && v < 1.0) out.push_back(v);
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
  }
  for (std::size_t k = 0; k < knots_.size(); ++k)
    for (double v : {left_[k], right_[k]})
      if (v > 0.0 && v < 1.0) out.push_back(v);
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

std::vector<double> LineMeasure::point_breaks() const { return knots_; }

bool LineMeasure::is_atomic() const {
  if (kind_ != Kind::kPiecewiseLinear) return false;
  for (std::size_t k = 0; k + 1 < knots_.size(); ++k)
    if (left_[k + 1] != right_[k]) return false;
  return true;
}

// ---- functionals ------------------------------------------------------------------------

double half_mean_distance(const LineLaw& law) {
  if (const auto* m = dynamic_cast<const LineMeasure*>(&law)) {
    // ∫ Φ(1 - Φ) dx = sigma / sqrt(pi) (E|X - X'| = 2 sigma / sqrt(pi) for X - X' ~ N(0, 2 sigma^2)).
    if (m->kind() == LineMeasure::Kind::kGaussian) return m->sigma() / std::sqrt(M_PI);
    if (m->kind() == LineMeasure::Kind::kMixture) {
      // ∫ F (1 - F) dx over [min, max] of the knots and m_g -/+ 40 sigma_g (beyond, F (1 - F) is
      // below 1e-300), split at the knots (jumps, kinks) and at m_g + k sigma_g, k = 0, ±1, ±2,
      // ±4, ±8, ±16 (so that a narrow component is seen). Integrand in [0, 1/4]: absolute
      // tolerance 1e-15 per unit length (above its rounding), relative 1e-13.
      std::vector<double> breaks = m->knots();
      double lo = kInf, hi = -kInf;
      for (std::size_t g = 0; g < m->gaussian_means().size(); ++g) {
        const double mg = m->gaussian_means()[g], sg = m->gaussian_sigmas()[g];
        lo = std::min(lo, mg - kNormalReach * sg);
        hi = std::max(hi, mg + kNormalReach * sg);
        for (double k : {0.0, 1.0, 2.0, 4.0, 8.0, 16.0}) {
          breaks.push_back(mg - k * sg);
          breaks.push_back(mg + k * sg);
        }
      }
      if (!m->knots().empty()) {
        lo = std::min(lo, m->knots().front());
        hi = std::max(hi, m->knots().back());
      }
      detail::QuadratureTolerance tol;
      tol.abs_per_length = 1e-15;  // F (1 - F) <= 1/4 carries rounding of ~6e-17
      return detail::adaptive_gk_split(
          [&](double x) {
            const double f = m->cdf(x);
            return f * (1.0 - f);
          },
          lo, hi, std::move(breaks), tol);
    }
    // On a piece of length L where F is linear from u to v:
    //   ∫ F (1 - F) = L [ (u + v)/2 - (u^2 + u v + v^2)/3 ]. Outside the knots F (1 - F) = 0.
    double total = 0.0;
    const auto& x = m->knots();
    for (std::size_t k = 0; k + 1 < x.size(); ++k) {
      const double u = m->right()[k], v = m->left()[k + 1], len = x[k + 1] - x[k];
      total += len * ((u + v) / 2.0 - (u * u + u * v + v * v) / 3.0);
    }
    return total;
  }
  // ∫ F (1 - F) dx = E|X - X'| / 2 = ∫_0^1 (2s - 1) Q(s) ds.
  double m = 0.0;  // magnitude of the quantiles: the integrand's rounding noise is ~1e-16 m
  for (int k = 1; k < 32; ++k) m = std::max(m, std::abs(law.quantile(k / 32.0)));
  detail::QuadratureTolerance tol;
  tol.abs_per_length = 1e-15 * std::max(m, 1e-300);
  const auto integrand = [&](double s) { return (2.0 * s - 1.0) * law.quantile(s); };
  const auto [lo, hi] = law.support();
  if (std::isfinite(lo) && std::isfinite(hi))
    return detail::adaptive_gk_split(integrand, 0.0, 1.0, law.level_breaks(), tol);
  // An unbounded law (a Gaussian start's flow or Euler iterate): the pieces that end at 0 or 1
  // take the tail substitution of analytic/line/quadrature.h (a log singularity of Q there).
  std::vector<double> breaks = law.level_breaks();
  breaks.push_back(0.5);
  std::sort(breaks.begin(), breaks.end());
  breaks.erase(std::unique(breaks.begin(), breaks.end()), breaks.end());
  breaks.erase(std::remove_if(breaks.begin(), breaks.end(), [](double b) { return !(b > 0.0 && b < 1.0); }),
               breaks.end());
  double total = std::isfinite(lo) ? detail::adaptive_gk(integrand, 0.0, breaks.front(), tol)
                                   : detail::adaptive_gk_lower_tail(integrand, breaks.front(), tol);
  for (std::size_t k = 0; k + 1 < breaks.size(); ++k)
    total += detail::adaptive_gk(integrand, breaks[k], breaks[k + 1], tol);
  total += std::isfinite(hi) ? detail::adaptive_gk(integrand, breaks.back(), 1.0, tol)
                             : detail::adaptive_gk_upper_tail(integrand, breaks.back(), tol);
  return total;
}

std::vector<double> sample(const LineLaw& law, std::size_t n, std::uint64_t seed) {
  std::vector<double> out(n);
  std::uint64_t state = seed;
  for (std::size_t i = 0; i < n; ++i) {
    // splitmix64 (Steele, Lea, Flood 2014).
    std::uint64_t z = (state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    z ^= z >> 31;
    const double u = (static_cast<double>(z >> 11) + 0.5) * 0x1.0p-53;
    out[i] = law.quantile(u);
  }
  return out;
}

}  // namespace nwgf::analytic::line
