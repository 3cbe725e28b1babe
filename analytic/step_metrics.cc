// The metrics of one scored step (analytic/step_metrics.h).
#include "analytic/step_metrics.h"

#include <algorithm>
#include <cmath>

#include "analytic/empirical_error.h"

namespace nwgf::analytic {

StepMetrics step_metrics(const Profile& p, double a, std::optional<double> a_scheme, const double* x,
                         std::size_t n) {
  const EmpiricalErrors e = empirical_errors(p, a, x, n);
  StepMetrics m;
  m.n = n;
  m.mmd = e.mmd.mmd;
  m.mmd2 = e.mmd.mmd2;
  m.mmd_floor = e.mmd.floor;
  if (a_scheme) {
    double mmd2 = e.mmd.mmd2;
    if (*a_scheme != a) mmd2 = e.energy + mmd2_reference_part(p, *a_scheme, x, n);
    m.mmd_to_scheme = std::sqrt(std::max(mmd2, 0.0));
    m.mmd_to_scheme_floor = std::sqrt(std::pow(*a_scheme, p.r) * p.m2 / (p.r * static_cast<double>(n)));
  }
  m.radial_w2 = e.radial_w2;
  m.m2_rel_error = e.m2_rel_error;
  m.energy_rel_error = e.energy_rel_error;
  return m;
}

StepScorer::StepScorer(int d, double r, double tau, double t0, int steps, std::optional<ExactScheme> scheme)
    : profile_(make_profile(d, r)), tau_(tau), t0_(t0), steps_(steps) {
  // The start gamma(t0) (t0 > 0) or the first step's gamma(tau) up to gamma(t_N) in double range.
  check_flow_resolved(profile_, first_scored_time(t0, tau), time(steps));
  const double a0 = flow_scale(r, t0);
  if (scheme == ExactScheme::Jko) {
    scales_ = jko_scales(r, tau, steps, a0);
    kind_ = "jko";
  } else if (scheme == ExactScheme::Euler && (r == 1.0 || t0 > 0)) {
    scales_ = forward_scales(r, tau, steps, a0);
    kind_ = "forward";
  }
}

std::optional<double> StepScorer::scheme_scale(int n) const {
  if (!scales_ || n < 0 || n > steps_) return std::nullopt;
  return (*scales_)[static_cast<std::size_t>(n)];
}

StepMetrics StepScorer::metrics(int n, const double* x, std::size_t count) const {
  return step_metrics(profile_, exact_scale(n), scheme_scale(n), x, count);
}

}  // namespace nwgf::analytic
