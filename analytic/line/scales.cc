// The scales the exact line family resolves (analytic/line/scales.h).
#include "analytic/line/scales.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>
#include <stdexcept>
#include <utility>

#include "analytic/format_value.h"

namespace nwgf::analytic::line {

namespace {

bool magnitude_ok(double v) {
  return v == 0.0 || (std::abs(v) >= kMinMagnitude && std::abs(v) <= kMaxMagnitude);
}

std::string magnitude_range() {
  return "0 or magnitudes from " + format_shortest(kMinMagnitude) + " to " + format_shortest(kMaxMagnitude);
}

// The Gaussian components of a measure: (mean, sigma) pairs (none for a piecewise linear one).
std::vector<std::pair<double, double>> gaussians(const LineMeasure& mu) {
  std::vector<std::pair<double, double>> out;
  if (mu.kind() == LineMeasure::Kind::kGaussian) out.emplace_back(mu.mean(), mu.sigma());
  if (mu.kind() == LineMeasure::Kind::kMixture)
    for (std::size_t g = 0; g < mu.gaussian_means().size(); ++g)
      out.emplace_back(mu.gaussian_means()[g], mu.gaussian_sigmas()[g]);
  return out;
}

// The numbers a measure is made of: positions (knots, and the mean and sigma of each Gaussian).
std::string measure_magnitude_problem(const LineMeasure& mu, const char* role) {
  const std::string what = role;
  for (const auto& [m, sigma] : gaussians(mu))
    for (const auto& [name, v] : {std::pair<const char*, double>{"mean m", m}, {"standard deviation s", sigma}})
      if (!magnitude_ok(v))
        return what + " " + name + " = " + format_double(v) + " is out of range; allowed: " + magnitude_range();
  if (mu.kind() == LineMeasure::Kind::kGaussian) return "";
  for (double x : mu.knots())
    if (!magnitude_ok(x))
      return what + " position " + format_double(x) + " is out of range; allowed: " + magnitude_range();
  return "";
}

// A rising piece of a piecewise linear target narrower than kPieceResolution of its ends'
// magnitude (checked at any horizon: the MMD to the target integrates its CDF).
std::string piece_problem(const LineMeasure& nu) {
  const auto& x = nu.knots();
  for (std::size_t k = 0; k + 1 < x.size(); ++k) {
    if (!(nu.left()[k + 1] > nu.right()[k])) continue;  // flat: no CDF values inside to round
    const double magnitude = std::max(std::abs(x[k]), std::abs(x[k + 1]));
    const double width = x[k + 1] - x[k];
    if (width < kPieceResolution * magnitude)
      return "target piece [" + format_shortest(x[k]) + ", " + format_shortest(x[k + 1]) + "] is " +
             format_g(width, 6) + " wide, " + format_g(width / magnitude, 3) +
             " of its ends' magnitude; allowed: at least " + format_shortest(kPieceResolution) + " of it (" +
             format_g(kPieceResolution * magnitude, 6) + "), where the MMD quadrature resolves its CDF";
  }
  return "";
}

// A Gaussian target narrower than kPieceResolution of its mean's magnitude: the same rounding
// as a narrow piece (x - m carries 1.1e-16 |m|, a CDF step of that over sigma), checked at any
// horizon. Found by analytic.line.specs_property_test: N(3.1e12, 0.001^2) was accepted and its
// CDF at its own 1e-6 quantile read 5.2e-7.
std::string gaussian_width_problem(double m, double sigma) {
  if (sigma >= kPieceResolution * std::abs(m)) return "";
  return "target N(" + format_shortest(m) + ", " + format_shortest(sigma) + "^2): its standard deviation is " +
         format_g(sigma / std::abs(m), 3) + " of its mean's magnitude; allowed: at least " +
         format_shortest(kPieceResolution) + " of it (" + format_g(kPieceResolution * std::abs(m), 6) +
         "), where the MMD quadrature resolves its CDF";
}

std::string gaussian_problem(double lo, double hi, double m, double sigma, double u) {
  const double far = std::max(std::abs(lo - m), std::abs(hi - m));
  const double far_point = std::abs(lo - m) >= std::abs(hi - m) ? lo : hi;
  const std::string name = "target N(" + format_shortest(m) + ", " + format_shortest(sigma) + "^2)";
  if (far > kGaussianTail * sigma)
    return name + ": the start point " + format_shortest(far_point) + " lies " + format_g(far / sigma, 4) +
           " standard deviations from the mean; allowed: up to " + format_double(kGaussianTail) +
           " (further out the exact MMD's nested quadratures slow down or stop at their budget)";
  const double reach = far + kRestPointSigmas * sigma;
  if (reach > kGaussianReach * u)
    return name + ": its rest points lie up to " + format_g(reach, 6) +
           " from the start (max |start point - m| + 9 s), " + format_g(reach / u, 4) +
           " times the flow's scale max(start width, 2T) = " + format_shortest(u) + "; allowed: up to " +
           format_double(kGaussianReach) + " times (" + format_g(kGaussianReach * u, 6) +
           "), where the per-level solve resolves Q to 1e-13 of the flow's scale";
  return "";
}

}  // namespace

std::pair<double, double> start_extent(const LineMeasure& start) {
  if (start.kind() == LineMeasure::Kind::kPiecewiseLinear) return start.support();
  double lo = std::numeric_limits<double>::infinity(), hi = -lo;
  if (!start.knots().empty()) {
    lo = start.knots().front();
    hi = start.knots().back();
  }
  for (const auto& [m, sigma] : gaussians(start)) {
    lo = std::min(lo, m - kRestPointSigmas * sigma);
    hi = std::max(hi, m + kRestPointSigmas * sigma);
  }
  return {lo, hi};
}

double flow_scale(const LineMeasure& start, double horizon) {
  const auto [lo, hi] = start_extent(start);
  return std::max(hi - lo, 2.0 * horizon);
}

std::string scale_problem(const LineMeasure& start, const LineMeasure& target, double horizon) {
  const auto [lo, hi] = start_extent(start);
  if (!std::isfinite(lo) || !std::isfinite(hi))
    return "the start's extent [" + format_double(lo) + ", " + format_double(hi) + "] is not finite";
  if (!(horizon >= 0.0) || !magnitude_ok(horizon))
    return "time T = " + format_double(horizon) + " is out of range; allowed: " + magnitude_range();
  for (const std::string& p : {measure_magnitude_problem(start, "start"), measure_magnitude_problem(target, "target")})
    if (!p.empty()) return p;
  if (target.kind() != LineMeasure::Kind::kGaussian) {
    const std::string p = piece_problem(target);
    if (!p.empty()) return p;
  }
  for (const auto& [m, sigma] : gaussians(target)) {
    const std::string p = gaussian_width_problem(m, sigma);
    if (!p.empty()) return p;
  }
  if (target.kind() == LineMeasure::Kind::kMixture) {
    // A mixture's Gaussian component against the mixture's largest coordinate: the flow and
    // the quadratures place levels relative to the knots, so positions carry the rounding of
    // the largest of them (1.1e-16 of it), which must stay below 1e-10 of sigma as for a lone
    // Gaussian's mean.
    double magnitude = 0.0;
    for (double x : target.knots()) magnitude = std::max(magnitude, std::abs(x));
    for (const auto& [m, sigma] : gaussians(target)) magnitude = std::max(magnitude, std::abs(m));
    for (const auto& [m, sigma] : gaussians(target))
      if (sigma < kPieceResolution * magnitude)
        return "target mixture: its component N(" + format_shortest(m) + ", " + format_shortest(sigma) +
               "^2) is " + format_g(sigma / magnitude, 3) +
               " of the mixture's largest coordinate wide; allowed: at least " + format_shortest(kPieceResolution) +
               " of it (" + format_g(kPieceResolution * magnitude, 6) + "), where the flow resolves its CDF";
  }
  const double u = flow_scale(start, horizon);
  if (horizon == 0.0) return "";  // nothing moves
  if (!magnitude_ok(u))
    return "the flow's scale max(start width, 2T) = " + format_double(u) + " is out of range; allowed: " +
           magnitude_range();
  const double far = std::max(std::abs(lo), std::abs(hi));
  const bool smooth_target = target.kind() != LineMeasure::Kind::kPiecewiseLinear;  // a Gaussian component
  const double resolution = smooth_target ? kGaussianPositionResolution : kPositionResolution;
  if (far > resolution * u)
    return "start position " + format_shortest(std::abs(lo) >= std::abs(hi) ? lo : hi) + " is " +
           format_g(far / u, 4) + " times the flow's scale max(start width, 2T) = " + format_shortest(u) +
           "; allowed: |start position| up to " + format_double(resolution) + " times (" +
           format_g(resolution * u, 6) + ")" +
           (resolution == kPositionResolution ? "" : " toward a Gaussian") +
           ", where the MMD quadrature resolves the flow's CDF";
  for (const auto& [m, sigma] : gaussians(target)) {
    const std::string p = gaussian_problem(lo, hi, m, sigma, u);
    if (!p.empty()) return p;
  }
  return "";
}

void check_scales(const LineMeasure& start, const LineMeasure& target, double horizon,
                  const std::string& context) {
  const std::string problem = scale_problem(start, target, horizon);
  if (!problem.empty()) throw std::invalid_argument(context.empty() ? problem : context + ": " + problem);
}

}  // namespace nwgf::analytic::line
