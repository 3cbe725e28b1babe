#pragma once
// The metrics of one scored step (docs/math.md section 4): the errors of a point set at time t_n
// against the exact flow gamma(t_n) = (a Id)_# eta* and, when it is known, against the exact
// scheme iterate (a_scheme Id)_# eta*. One function for every caller that scores points (a
// built-in cell, `nwgf score` on another program's snapshots, the Python module), so the same
// points give the same numbers to the last bit wherever they are scored.
#include <cstddef>
#include <optional>
#include <vector>

#include "analytic/flow.h"
#include "analytic/profile.h"

namespace nwgf::analytic {

struct StepMetrics {
  std::size_t n = 0;                          // number of points
  double mmd = 0.0;                           // exact MMD D to gamma(t_n)
  double mmd2 = 0.0;                          // D^2 as computed (may be slightly negative)
  double mmd_floor = 0.0;                     // sqrt(a^r M2 / (r n)): E[D^2]^(1/2) of n exact samples
  std::optional<double> mmd_to_scheme;        // D against (a_scheme Id)_# eta*; none without a_scheme
  std::optional<double> mmd_to_scheme_floor;  // sqrt(a_scheme^r M2 / (r n))
  double radial_w2 = 0.0;                     // W2 of the radii against those of gamma(t_n)
  double m2_rel_error = 0.0;                  // second moment against a^2 M2, relative
  double energy_rel_error = 0.0;              // interaction energy against a^r E(eta*), relative
};

// Metrics of x (n x d, row-major) against gamma = (a Id)_# eta* and, when a_scheme is given,
// against (a_scheme Id)_# eta*. The MMD to the scheme iterate reuses the empirical energy of
// the first: D^2_scheme = energy + mmd2_reference_part(a_scheme), O(n) after the one O(n^2) pass
// (and equal to D^2 when a_scheme == a).
StepMetrics step_metrics(const Profile& p, double a, std::optional<double> a_scheme, const double* x,
                         std::size_t n);

// Scoring step n of a run of `steps` steps of size tau from t0 (delta_0 when t0 = 0, gamma(t0)
// otherwise): t_n = t0 + n tau, the exact flow's scale a(t_n) and, for a given exact scheme,
// its iterate a_n from a_0 = a(t0) (JKO or explicit Euler, docs/math.md section 3.3). Explicit
// Euler from delta_0 with r != 1 is not defined: then there are no a_n (scheme_scale_kind()
// "none"), as for no scheme. Throws std::invalid_argument on bad d, r, tau, t0 or steps, and when
// the flow from the first scored time (t0 when > 0, else t0 + tau) to t_N is not resolved in
// double precision (check_flow_resolved: r near 2).
class StepScorer {
 public:
  StepScorer(int d, double r, double tau, double t0, int steps, std::optional<ExactScheme> scheme);

  int steps() const { return steps_; }
  double time(int n) const { return t0_ + n * tau_; }
  double exact_scale(int n) const { return flow_scale(profile_.r, time(n)); }
  std::optional<double> scheme_scale(int n) const;  // a_n, 0 <= n <= steps, when it exists
  const char* scheme_scale_kind() const { return kind_; }  // "jko" | "forward" | "none"
  const Profile& profile() const { return profile_; }
  // step_metrics of x (count x d) at step n against a(t_n) and a_n.
  StepMetrics metrics(int n, const double* x, std::size_t count) const;

 private:
  Profile profile_;
  double tau_, t0_;
  int steps_;
  std::optional<std::vector<double>> scales_;
  const char* kind_ = "none";
};

}  // namespace nwgf::analytic
