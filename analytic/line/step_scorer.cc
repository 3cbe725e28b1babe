// Per-step scoring of the line family against the exact references (analytic/line/step_scorer.h).
#include "analytic/line/step_scorer.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <string>
#include <utility>

#include "analytic/line/errors.h"
#include "analytic/line/flow.h"
#include "analytic/line/scales.h"
#include "analytic/format_value.h"

namespace nwgf::analytic::line {

namespace {

constexpr double kEndLevel = 1e-12;  // Q(0+) and Q(1-) are taken at these levels from 0 and 1

}  // namespace

LineMeasure quantile_grid_law(const LineLaw& law, int M) {
  if (M < 1) throw std::invalid_argument("quantile_grid_law: M = " + std::to_string(M) + " must be >= 1");
  std::vector<double> s;
  for (int j = 0; j <= M; ++j) s.push_back(static_cast<double>(j) / M);
  for (double b : law.level_breaks())
    if (b > 0 && b < 1) s.push_back(b);
  std::sort(s.begin(), s.end());
  s.erase(std::unique(s.begin(), s.end()), s.end());
  std::vector<double> q(s.size());
  for (std::size_t j = 0; j < s.size(); ++j) {
    // The ends at levels 1e-12 from 0 and 1: Q(0+) and Q(1-) (a law's support() may be a hull).
    q[j] = law.quantile(j == 0 ? kEndLevel : j + 1 == s.size() ? 1.0 - kEndLevel : s[j]);
    if (j > 0) q[j] = std::max(q[j], q[j - 1]);  // a quantile never decreases (rounding)
  }
  std::vector<double> knots, left, right;
  for (std::size_t j = 0; j < s.size();) {
    std::size_t k = j;
    while (k + 1 < s.size() && q[k + 1] == q[j]) ++k;
    knots.push_back(q[j]);
    left.push_back(s[j]);
    right.push_back(s[k]);
    j = k + 1;
  }
  return LineMeasure::piecewise_linear(std::move(knots), std::move(left), std::move(right));
}

LineStepMetrics LineStepReference::metrics(std::vector<double> points) const {
  if (points.empty()) throw std::invalid_argument("line step metrics: no points");
  for (std::size_t i = 0; i < points.size(); ++i)
    if (!std::isfinite(points[i]))
      throw std::invalid_argument("line step metrics: point " + std::to_string(i) + " is not finite");
  LineStepMetrics m;
  m.n = points.size();
  m.mmd_to_target = std::sqrt(mmd_squared(points, *target_));
  if (scheme_scored_) {
    const LineErrors s = empirical_errors(points, *scheme_scored_);
    m.w2_to_scheme = s.w2;
    m.mmd_to_scheme = s.mmd;
    m.mmd_to_scheme_floor = s.noise_floor;
  }
  const LineErrors f = empirical_errors(std::move(points), *flow_scored_);
  m.w2 = f.w2;
  m.mmd = f.mmd;
  m.mmd2 = f.mmd2;
  m.mmd_floor = f.noise_floor;
  return m;
}

LineQuantileSnapshot LineStepReference::quantiles(std::vector<double> x, std::size_t max_levels) const {
  LineQuantileSnapshot out;
  std::sort(x.begin(), x.end());
  const std::size_t count = x.size(), k_max = std::min(count, max_levels);
  for (std::size_t k = 0; k < k_max; ++k) {
    const std::size_t i = static_cast<std::size_t>((k + 0.5) * static_cast<double>(count) / static_cast<double>(k_max));
    const double s = (static_cast<double>(i) + 0.5) / static_cast<double>(count);
    out.levels.push_back(s);
    out.points.push_back(x[i]);
    out.flow.push_back(flow_->quantile(s));
    if (scheme_) out.scheme.push_back(scheme_->quantile(s));
  }
  return out;
}

LineStepScorer::LineStepScorer(LineMeasure start, LineMeasure target, double tau, double t0, int steps,
                               std::optional<ExactScheme> scheme)
    : start_(std::make_shared<LineMeasure>(std::move(start))),
      target_(std::make_shared<LineMeasure>(std::move(target))),
      tau_(tau), t0_(t0), steps_(steps), scheme_(scheme) {
  if (!(tau > 0) || !std::isfinite(tau)) throw std::invalid_argument("line scorer: tau must be finite and > 0");
  if (!(t0 >= 0) || !std::isfinite(t0)) throw std::invalid_argument("line scorer: t0 must be finite and >= 0");
  if (steps < 1) throw std::invalid_argument("line scorer: steps = " + std::to_string(steps) + " must be >= 1");
  // Scales the references resolve in bounded time (analytic/line/scales.h), up to the last time.
  check_scales(*start_, *target_, time(steps), "line scorer up to T = " + format_shortest(time(steps)));
  initial_ = start_;
  if (t0 > 0) initial_ = std::make_shared<FlowLaw>(start_, *target_, t0);
}

const char* LineStepScorer::scheme_reference() const {
  if (!scheme_) return "none";
  return *scheme_ == ExactScheme::Jko ? "jko" : "euler";
}

LineStepReference LineStepScorer::reference(int n) const {
  if (n < 1 || n > steps_)
    throw std::invalid_argument("line scorer: step " + std::to_string(n) + " is outside [1, " +
                                std::to_string(steps_) + "]");
  LineStepReference ref;
  ref.n_ = n;
  ref.t_ = time(n);
  ref.target_ = target_;
  auto flow = std::make_shared<FlowLaw>(start_, *target_, ref.t_);
  // Toward a Gaussian every flow quantile is a root of an integral (analytic/line/flow.cc), so the
  // adaptive W2 and MMD quadratures against the flow itself take minutes; the flow is scored
  // through its grid law there (kFlowGridLevels levels, see the header).
  // The same toward a mixture with a Gaussian component (its flow solves a time integral per
  // level too).
  const bool gaussian = target_->kind() != LineMeasure::Kind::kPiecewiseLinear;
  std::shared_ptr<const LineLaw> flow_scored = flow;
  if (gaussian) flow_scored = std::make_shared<LineMeasure>(quantile_grid_law(*flow, kFlowGridLevels));
  // From an unbounded start (a Gaussian) toward a piecewise linear target the flow and the JKO
  // iterate are both unbounded: their MMD (which needs one bounded law) is taken against the
  // iterate's grid law.
  const auto [start_lo, start_hi] = start_->support();
  const bool unbounded_start = !std::isfinite(start_lo) || !std::isfinite(start_hi);
  if (scheme_ == ExactScheme::Jko) {
    auto jko = std::make_shared<JkoLaw>(initial_, *target_, tau_, n);
    ref.scheme_scored_ = std::make_shared<LineMeasure>(quantile_grid_law(*jko, kSchemeGridLevels));
    ref.scheme_mmd_ = std::sqrt(gaussian          ? mmd_squared(*ref.scheme_scored_, *flow_scored)
                                : unbounded_start ? mmd_squared(*ref.scheme_scored_, *flow)
                                                  : mmd_squared(*jko, *flow));
    ref.scheme_w2_ = std::sqrt(w2_squared(*jko, *flow_scored));
    ref.scheme_ = std::move(jko);
  } else if (scheme_ == ExactScheme::Euler) {
    auto euler = std::make_shared<EulerLaw>(initial_, *target_, tau_, n);
    const LineMeasure euler_grid = quantile_grid_law(*euler, kSchemeGridLevels);
    ref.scheme_mmd_ = std::sqrt(gaussian ? mmd_squared(euler_grid, *flow_scored)
                                         : mmd_squared(euler_grid, quantile_grid_law(*flow, kSchemeGridLevels)));
    ref.scheme_w2_ = std::sqrt(w2_squared(*euler, *flow_scored));
    ref.scheme_scored_ = euler;
    ref.scheme_ = std::move(euler);
  }
  ref.flow_ = std::move(flow);
  ref.flow_scored_ = std::move(flow_scored);
  return ref;
}

}  // namespace nwgf::analytic::line
