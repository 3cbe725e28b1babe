#pragma once
// The Dirac family's rules for the convergence routine (suite/study/convergence.h; docs/math.md
// sections 3.3 and 4): the interaction energy from delta_0 or gamma(t0), no target.
//
// For every (scheme, d, r, source) -- source "particles" (the m trained particles, or the N
// particles of the particle flow) or "chain" (fresh samples through the stored chain) -- and every
// metric (mmd, mmd_to_scheme, radial_w2, m2_rel_error, energy_rel_error; relative errors taken
// in absolute value), across the study's taus, beside the routine's statistics and orders:
//   - its noise floor: for mmd and mmd_to_scheme the cells' closed-form floors
//     sqrt(a^r M2 / (r n)); for the others the root mean square of the metric over
//     kFloorDraws independent sets of n exact samples of gamma(T) (analytic::sample_profile);
//   - the same metric for the exact scheme iterate (a_N Id)_# eta* against gamma(T) = (a(T) Id)_# eta*,
//     noise-free and analytic, so time-discretisation error is told apart from network error:
//       mmd: dilation_mmd(a_N, a(T)); radial_w2: |a_N - a(T)| sqrt(M2) (W2 between dilations of
//       one law); m2_rel_error: |a_N^2 / a(T)^2 - 1|; energy_rel_error: |a_N^r / a(T)^r - 1|;
//       mmd_to_scheme: 0 by definition (null);
//   - the scale error |a_N - a(T)| / a(T) of the exact scheme with its orders;
//   - "frozen_start": the same metric, per tau, of the start measure never moved
//     (frozen_start_metric below), the trivial baseline every score should beat.
// The exact scheme: backward -> JKO iterates, forward -> explicit Euler iterates, both from
// a(t0); particle -> explicit Euler iterates where they are defined (t0 > 0 or r = 1), else none
// (the particle flow starts from a small box, not from the family).
// Its groups also carry the regime, the cells per tau, the points per tau and the scale; the
// results file's "convergence" holds them (suite/study/study_results.h to_json).
#include <optional>
#include <string>
#include <vector>

#include "analytic/dilation.h"
#include "analytic/profile.h"
#include "suite/study/convergence.h"

namespace nwgf::suite {

inline constexpr int kFloorDraws = 8;  // exact-sample draws behind each Monte Carlo floor
// The most coordinates (n d) of one draw: 160 MB and about a second (10^7 points in d = 2; the
// default study's point sets hold at most 4000); a larger point set gets no Monte Carlo floor
// (null) rather than minutes of sampling or an allocation a results file asked for.
inline constexpr double kFloorSampleBudget = 2e7;
inline const std::vector<std::string> kConvergenceMetrics{"mmd", "mmd_to_scheme", "radial_w2",
                                                          "m2_rel_error", "energy_rel_error"};

// The Dirac family's rules (the cells whose family is "dirac").
const ConvergenceRules& dirac_convergence_rules();

// a_N at T of the exact scheme iterate of a cell's scheme (see above: backward -> JKO, forward and
// particle -> explicit Euler), or nullopt where it is not defined (analytic::exact_scheme_scale).
std::optional<double> exact_scheme_scale(const std::string& scheme, double r, double tau, double t0,
                                         double T);

// The exact scheme iterate's value of a metric (above) for scales a_N and a(T); NaN for mmd_to_scheme.
double exact_scheme_metric(const std::string& metric, const analytic::Profile& p, double a_n,
                           double a_T);

// The frozen start's value of a metric (docs/math.md section 4, "Baselines"): the start measure
// never moved, gamma(t0) = (a(t0) Id)_# eta* (delta_0 when t0 = 0: a(0) = 0), against gamma(T):
//   mmd: dilation_mmd(a(t0), a(T)); radial_w2: |a(t0) - a(T)| sqrt(M2);
//   m2_rel_error: |a(t0)^2 / a(T)^2 - 1|; energy_rel_error: |(a(t0) / a(T))^r - 1|;
// mmd_to_scheme: dilation_mmd(a(t0), a_n) against the exact scheme iterate of scale a_n (NaN
// when a_n is NaN: no exact scheme). The particle flow's start box (side 1e-9 by default) is
// taken as delta_0.
double frozen_start_metric(const std::string& metric, const analytic::Profile& p, double t0, double T,
                           double a_n);

}  // namespace nwgf::suite
