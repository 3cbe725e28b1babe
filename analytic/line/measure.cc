#include "analytic/line/measure.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <stdexcept>
#include <string>

#include <boost/math/special_functions/erf.hpp>

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

// ---- LineMeasure evaluation -------------------------------------------------------------

double LineMeasure::cdf(double x) const {
  if (kind_ == Kind::kGaussian) return 0.5 * std::erfc(-(x - mean_) / (sigma_ * M_SQRT2));
  // Last knot <= x.
  const auto it = std::upper_bound(knots_.begin(), knots_.end(), x);
  if (it == knots_.begin()) return 0.0;
  const std::size_t k = static_cast<std::size_t>(it - knots_.begin()) - 1;
  if (x == knots_[k] || k + 1 == knots_.size()) return right_[k];
  // Linear from right[k] at x_k to left[k + 1] at x_(k+1).
  const double w = (x - knots_[k]) / (knots_[k + 1] - knots_[k]);
  return right_[k] + w * (left_[k + 1] - right_[k]);
}

double LineMeasure::cdf_left(double x) const {
  if (kind_ == Kind::kGaussian) return cdf(x);
  const auto it = std::lower_bound(knots_.begin(), knots_.end(), x);
  if (it != knots_.end() && *it == x) return left_[static_cast<std::size_t>(it - knots_.begin())];
  return cdf(x);  // continuous off the knots
}

double LineMeasure::quantile(double s) const {
  check_level(s);
  if (kind_ == Kind::kGaussian)
    return mean_ - sigma_ * M_SQRT2 * boost::math::erfc_inv(2.0 * s);
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
  if (kind_ == Kind::kGaussian) return {-kInf, kInf};
  return {knots_.front(), knots_.back()};
}

std::vector<double> LineMeasure::level_breaks() const {
  std::vector<double> out;
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
  return detail::adaptive_gk_split([&](double s) { return (2.0 * s - 1.0) * law.quantile(s); },
                                   0.0, 1.0, law.level_breaks(), tol);
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
