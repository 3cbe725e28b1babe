#include "analytic/line/errors.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>
#include <string>

#include "analytic/line/quadrature.h"

namespace nwgf::analytic::line {

namespace {

// Pieces of [0, 1] (or of [lo, hi]) added to every split so that the adaptive rule starts
// from a resolution at which the GK error estimate is meaningful.
constexpr int kUniformPieces = 16;

std::vector<double> sorted_unique(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  v.erase(std::unique(v.begin(), v.end()), v.end());
  return v;
}

// ∫_p0^p1 f split at the sorted breaks that fall inside.
// Rounding noise of a difference of two numbers of magnitude m is ~ 2.2e-16 m; the absolute
// tolerances below sit a few times above it.
constexpr double kNoise = 1e-15;

detail::QuadratureTolerance noise_tolerance(double integrand_scale) {
  detail::QuadratureTolerance tol;
  tol.abs_per_length = kNoise * std::max(integrand_scale, 1e-300);
  return tol;
}

// Largest |Q| at the levels k/32 (k = 1..31): the magnitude of a law's quantiles.
double quantile_magnitude(const LineLaw& law) {
  double m = 0.0;
  for (int k = 1; k < 32; ++k) m = std::max(m, std::abs(law.quantile(k / 32.0)));
  return m;
}

// Which ends of a law's quantile are unbounded (a Gaussian start, its flow and iterates): the
// W2 integrals from 0 or to 1 then take the tail substitution of quadrature.h. (The MMD's tail
// integrals carry the weights p and 1 - p, which make the log singularity vanish at the end:
// the adaptive rule converges on them as it is.)
struct Tails {
  bool lower = false, upper = false;
};

// A Gaussian LineMeasure keeps the plain adaptive rule it had before unbounded starts existed
// (its results stay the same to the bit; its W2 integrals converge there at the depth limit).
Tails tails_of(const LineLaw& law) {
  if (const auto* m = dynamic_cast<const LineMeasure*>(&law))
    if (m->kind() == LineMeasure::Kind::kGaussian) return {};
  const auto [lo, hi] = law.support();
  return {!std::isfinite(lo), !std::isfinite(hi)};
}

// Level pieces narrower than 2^-36 of their position (2^16 ulps) are accepted as they are for a
// mixture with a Gaussian component and for an unbounded law (quadrature.h,
// min_relative_width): their quantile can be steep at levels resolved only to ulps. The
// earlier kinds keep the rule as it was, to the bit.
constexpr double kLevelResolution = 0x1.0p-36;

bool level_rounding_limited(const LineLaw& law) {
  if (const auto* m = dynamic_cast<const LineMeasure*>(&law)) return m->kind() == LineMeasure::Kind::kMixture;
  const auto [lo, hi] = law.support();
  return !std::isfinite(lo) || !std::isfinite(hi);
}

detail::QuadratureTolerance for_law(detail::QuadratureTolerance tol, const LineLaw& law) {
  if (level_rounding_limited(law)) tol.min_relative_width = kLevelResolution;
  return tol;
}

template <typename F>
double level_integral(const F& f, double p0, double p1, const std::vector<double>& breaks,
                      const detail::QuadratureTolerance& tol, Tails tails = {}) {
  if (!(p1 > p0)) return 0.0;
  auto it = std::upper_bound(breaks.begin(), breaks.end(), p0);
  double total = 0.0, lo = p0;
  auto piece = [&](double a, double b) {
    if (tails.lower && tails.upper && a == 0.0 && b == 1.0)
      return detail::adaptive_gk_lower_tail(f, 0.5, tol) + detail::adaptive_gk_upper_tail(f, 0.5, tol);
    if (tails.lower && a == 0.0) return detail::adaptive_gk_lower_tail(f, b, tol);
    if (tails.upper && b == 1.0) return detail::adaptive_gk_upper_tail(f, a, tol);
    return detail::adaptive_gk(f, a, b, tol);
  };
  for (; it != breaks.end() && *it < p1; ++it) {
    total += piece(lo, *it);
    lo = *it;
  }
  return total + piece(lo, p1);
}

void check_points(const std::vector<double>& points) {
  if (points.empty())
    throw std::invalid_argument("number of points 0 is outside the allowed range >= 1");
  for (double x : points)
    if (!std::isfinite(x))
      throw std::invalid_argument("point " + std::to_string(x) +
                                  " is outside the allowed range (finite numbers)");
}

// A level strictly inside (0, 1): a Gauss-Kronrod node of [F(x), 1] with 1 - F(x) below 2^-52
// (a Gaussian's CDF 8 standard deviations out) rounds to 1 itself, and one of [0, F(x)] with
// F(x) subnormal to 0; the quantile is taken at the nearest level inside there.
double inside_level(double p) {
  return std::clamp(p, std::numeric_limits<double>::denorm_min(), 1.0 - 0x1.0p-53);
}

// ∫_{-inf}^{x} F^2 = ∫_0^{F(x)} 2p (x - Q(p)) dp and ∫_x^{inf} (1 - F)^2 =
// ∫_{F(x)}^1 2(1 - p)(Q(p) - x) dp (layer-cake; see the header).
double lower_tail(const LineLaw& law, double x, double fx, const std::vector<double>& breaks,
                  double scale) {
  return level_integral([&](double p) { return 2.0 * p * (x - law.quantile(inside_level(p))); }, 0.0, fx,
                        breaks, for_law(noise_tolerance(std::max(scale, std::abs(x))), law));
}
double upper_tail(const LineLaw& law, double x, double fx, const std::vector<double>& breaks,
                  double scale) {
  return level_integral([&](double p) { return 2.0 * (1.0 - p) * (law.quantile(inside_level(p)) - x); }, fx,
                        1.0, breaks, for_law(noise_tolerance(std::max(scale, std::abs(x))), law));
}

}  // namespace

double w2_squared(std::vector<double> points, const LineLaw& ref) {
  check_points(points);
  std::sort(points.begin(), points.end());
  const auto breaks = sorted_unique(ref.level_breaks());
  const Tails tails = tails_of(ref);
  const double n = static_cast<double>(points.size());
  double total = 0.0;
  for (std::size_t i = 0; i < points.size(); ++i) {
    const double x = points[i];
    const double lo = static_cast<double>(i) / n, hi = static_cast<double>(i + 1) / n;
    const double m = std::max(std::abs(x), std::abs(ref.quantile(0.5 * (lo + hi))));
    total += level_integral(
        [&](double s) {
          const double d = x - ref.quantile(s);
          return d * d;
        },
        lo, hi, breaks, for_law(noise_tolerance(m * m), ref), tails);
  }
  return total;
}

double mmd_squared(std::vector<double> points, const LineLaw& ref) {
  check_points(points);
  std::sort(points.begin(), points.end());
  const auto breaks = sorted_unique(ref.level_breaks());
  const std::size_t n = points.size();
  std::vector<double> f(n);
  for (std::size_t i = 0; i < n; ++i) f[i] = ref.cdf(points[i]);
  double total = lower_tail(ref, points.front(), f.front(), breaks, 0.0) +
                 upper_tail(ref, points.back(), f.back(), breaks, 0.0);
  for (std::size_t i = 0; i + 1 < n; ++i) {
    const double a = points[i], b = points[i + 1];
    if (!(b > a)) continue;
    const double c = static_cast<double>(i + 1) / static_cast<double>(n);  // F_N on [a, b)
    const double fa = f[i], fb = f[i + 1];
    // ∫_a^b (c - F)^2 dx = (c - F(a))^2 (b - a) - ∫_{F(a)}^{F(b)} 2(c - p)(b - Q(p)) dp.
    total += (c - fa) * (c - fa) * (b - a) -
             level_integral([&](double p) { return 2.0 * (c - p) * (b - ref.quantile(p)); }, fa,
                            fb, breaks, for_law(noise_tolerance(std::max(std::abs(a), std::abs(b))), ref));
  }
  return std::max(total, 0.0);
}

double noise_floor_squared(const LineLaw& ref, std::size_t n) {
  if (n == 0) throw std::invalid_argument("sample size 0 is outside the allowed range >= 1");
  return half_mean_distance(ref) / static_cast<double>(n);
}

LineErrors empirical_errors(std::vector<double> points, const LineLaw& ref) {
  LineErrors e;
  const std::size_t n = points.size();
  e.w2 = std::sqrt(w2_squared(points, ref));
  e.mmd2 = mmd_squared(std::move(points), ref);
  e.mmd = std::sqrt(e.mmd2);
  e.noise_floor2 = noise_floor_squared(ref, n);
  e.noise_floor = std::sqrt(e.noise_floor2);
  return e;
}

double w2_squared(const LineLaw& a, const LineLaw& b) {
  auto breaks = a.level_breaks();
  const auto bb = b.level_breaks();
  breaks.insert(breaks.end(), bb.begin(), bb.end());
  for (int k = 1; k < kUniformPieces; ++k) breaks.push_back(static_cast<double>(k) / kUniformPieces);
  breaks = sorted_unique(std::move(breaks));
  const double m = std::max(quantile_magnitude(a), quantile_magnitude(b));
  const Tails ta = tails_of(a), tb = tails_of(b);
  return level_integral(
      [&](double s) {
        const double d = a.quantile(s) - b.quantile(s);
        return d * d;
      },
      0.0, 1.0, breaks, for_law(for_law(noise_tolerance(m * m), a), b), Tails{ta.lower || tb.lower, ta.upper || tb.upper});
}

double mmd_squared(const LineLaw& a, const LineLaw& b) {
  const auto [a_lo, a_hi] = a.support();
  const auto [b_lo, b_hi] = b.support();
  const bool a_bounded = std::isfinite(a_lo) && std::isfinite(a_hi);
  const bool b_bounded = std::isfinite(b_lo) && std::isfinite(b_hi);
  if (!a_bounded && !b_bounded)
    throw std::invalid_argument(
        "MMD between two laws: one of them must have a bounded support (both are unbounded)");
  const LineLaw& bounded = a_bounded ? a : b;
  const LineLaw& other = a_bounded ? b : a;
  const auto [lo_bd, hi_bd] = bounded.support();
  const auto [lo_ot, hi_ot] = other.support();
  const double lo = std::isfinite(lo_ot) ? std::min(lo_bd, lo_ot) : lo_bd;
  const double hi = std::isfinite(hi_ot) ? std::max(hi_bd, hi_ot) : hi_bd;
  double total = 0.0;
  // Beyond [lo, hi] the bounded law's CDF is 0 (below) or 1 (above).
  const auto other_breaks = sorted_unique(other.level_breaks());
  const double m = quantile_magnitude(other);
  if (!std::isfinite(lo_ot)) total += lower_tail(other, lo, other.cdf(lo), other_breaks, m);
  if (!std::isfinite(hi_ot)) total += upper_tail(other, hi, other.cdf(hi), other_breaks, m);
  if (hi > lo) {
    std::vector<double> breaks = a.point_breaks();
    const auto pb = b.point_breaks();
    breaks.insert(breaks.end(), pb.begin(), pb.end());
    for (int k = 1; k < kUniformPieces; ++k)
      breaks.push_back(lo + (hi - lo) * static_cast<double>(k) / kUniformPieces);
    // CDF values in [0, 1]: noise ~ 1e-16 (the bisection CDF resolves 2^-53 near 1).
    detail::QuadratureTolerance tol = noise_tolerance(1.0);
    tol.rel = 1e-12;
    total += detail::adaptive_gk_split(
        [&](double x) {
          const double d = a.cdf(x) - b.cdf(x);
          return d * d;
        },
        lo, hi, std::move(breaks), tol);
  }
  return std::max(total, 0.0);
}

}  // namespace nwgf::analytic::line
