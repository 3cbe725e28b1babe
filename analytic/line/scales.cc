// The scales the exact line family resolves (analytic/line/scales.h).
#include "analytic/line/scales.h"

#include <algorithm>
#include <cmath>
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

// The numbers a measure is made of: positions (knots, or the mean and sigma of a Gaussian).
std::string measure_magnitude_problem(const LineMeasure& mu, const char* role) {
  const std::string what = role;
  if (mu.kind() == LineMeasure::Kind::kGaussian) {
    for (const auto& [name, v] : {std::pair<const char*, double>{"mean m", mu.mean()}, {"standard deviation s", mu.sigma()}})
      if (!magnitude_ok(v))
        return what + " " + name + " = " + format_double(v) + " is out of range; allowed: " + magnitude_range();
    return "";
  }
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
std::string gaussian_width_problem(const LineMeasure& nu) {
  const double m = nu.mean(), sigma = nu.sigma();
  if (sigma >= kPieceResolution * std::abs(m)) return "";
  return "target N(" + format_shortest(m) + ", " + format_shortest(sigma) + "^2): its standard deviation is " +
         format_g(sigma / std::abs(m), 3) + " of its mean's magnitude; allowed: at least " +
         format_shortest(kPieceResolution) + " of it (" + format_g(kPieceResolution * std::abs(m), 6) +
         "), where the MMD quadrature resolves its CDF";
}

std::string gaussian_problem(double lo, double hi, const LineMeasure& nu, double u) {
  const double m = nu.mean(), sigma = nu.sigma();
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

double flow_scale(const LineMeasure& start, double horizon) {
  const auto [lo, hi] = start.support();
  return std::max(hi - lo, 2.0 * horizon);
}

std::string scale_problem(const LineMeasure& start, const LineMeasure& target, double horizon) {
  const auto [lo, hi] = start.support();
  if (!std::isfinite(lo) || !std::isfinite(hi))
    return "the start must have a bounded support (a Gaussian is a target only)";
  if (!(horizon >= 0.0) || !magnitude_ok(horizon))
    return "time T = " + format_double(horizon) + " is out of range; allowed: " + magnitude_range();
  for (const std::string& p : {measure_magnitude_problem(start, "start"), measure_magnitude_problem(target, "target")})
    if (!p.empty()) return p;
  {
    const std::string p = target.kind() == LineMeasure::Kind::kPiecewiseLinear ? piece_problem(target)
                                                                                : gaussian_width_problem(target);
    if (!p.empty()) return p;
  }
  const double u = flow_scale(start, horizon);
  if (horizon == 0.0) return "";  // nothing moves
  if (!magnitude_ok(u))
    return "the flow's scale max(start width, 2T) = " + format_double(u) + " is out of range; allowed: " +
           magnitude_range();
  const double far = std::max(std::abs(lo), std::abs(hi));
  const double resolution =
      target.kind() == LineMeasure::Kind::kGaussian ? kGaussianPositionResolution : kPositionResolution;
  if (far > resolution * u)
    return "start position " + format_shortest(std::abs(lo) >= std::abs(hi) ? lo : hi) + " is " +
           format_g(far / u, 4) + " times the flow's scale max(start width, 2T) = " + format_shortest(u) +
           "; allowed: |start position| up to " + format_double(resolution) + " times (" +
           format_g(resolution * u, 6) + ")" +
           (resolution == kPositionResolution ? "" : " toward a Gaussian") +
           ", where the MMD quadrature resolves the flow's CDF";
  if (target.kind() == LineMeasure::Kind::kGaussian) return gaussian_problem(lo, hi, target, u);
  return "";
}

void check_scales(const LineMeasure& start, const LineMeasure& target, double horizon,
                  const std::string& context) {
  const std::string problem = scale_problem(start, target, horizon);
  if (!problem.empty()) throw std::invalid_argument(context.empty() ? problem : context + ": " + problem);
}

}  // namespace nwgf::analytic::line
