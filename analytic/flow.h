#pragma once
// The exact flow from delta_0 and the exact iterates of both time discretisations on the
// family gamma = (a Id)_# eta* (docs/math.md sections 3.2 and 3.3).
//   exact flow:  a(t) = ((2 - r) t)^(1/(2 - r))  (solves a' = a^(r-1), a(0) = 0)
//   JKO:         a_{n+1} is the unique positive root of a - tau a^(r-1) = a_n
//                (from a_0 = 0: a_1 = tau^(1/(2-r))); exact for every tau.
//   forward:     a_{n+1} = a_n + tau a_n^(r-1); from a_0 = 0 only for r = 1.
// Throws std::invalid_argument (naming the value and the allowed range) on bad input.
#include <optional>
#include <vector>

namespace nwgf::analytic {

// a(t) for t >= 0.
double flow_scale(double r, double t);

// Throws std::invalid_argument unless the exact flow gamma(t) = (a(t) Id)_# eta* of profile p is
// resolved in double precision at every t in [t_first, t_last] (0 < t_first <= t_last): a(t)^2 and
// a(t)^2 M2 normal doubles, and then so are a^r, a^r M2 and every radius, moment and energy that
// scores against it (a grows with t: the two ends are checked). As r -> 2 the flow stays within
// about (2 (2 - r) t)^(1/(2 - r)) of the origin (r = 1.99: a(0.05)^2 = 10^-660); the message names
// the time, a(t)^2 and a(t)^2 M2 in powers of ten and the range.
struct Profile;
void check_flow_resolved(const Profile& p, double t_first, double t_last);
// The first time a run from t0 in steps of tau is scored at: its start gamma(t0) when t0 > 0, else
// the first step's t0 + tau (delta_0 itself has no scale to resolve).
inline double first_scored_time(double t0, double tau) { return t0 > 0 ? t0 : t0 + tau; }

// One JKO step: the unique positive root of a - tau a^(r-1) = a_prev (a_prev >= 0, tau > 0),
// found by Boost.Math root finding to about 1e-14 relative.
double jko_step(double r, double tau, double a_prev);
// a_0 = a0, a_1, ..., a_steps of the JKO scheme (size steps + 1).
std::vector<double> jko_scales(double r, double tau, int steps, double a0 = 0.0);

// One forward (explicit Euler) step a + tau a^(r-1). Throws for a = 0 and r != 1, with a
// message that says why (slope 0 for r > 1: never moves; infinite for r < 1).
double forward_step(double r, double tau, double a_prev);
// a_0 = a0, ..., a_steps of the forward scheme (size steps + 1).
std::vector<double> forward_scales(double r, double tau, int steps, double a0);

// Number of steps n = (t - t0)/tau; throws unless t > t0 >= 0, tau > 0 and (t - t0)/tau is a
// whole number within 1e-9 relative, 1 <= n <= 1e8.
int step_count(double t0, double t, double tau);

// The two exact schemes on the dilation family (docs/math.md section 3.3).
enum class ExactScheme { Jko, Euler };

// a_N at T of the exact scheme started from gamma(t0) (a_0 = a(t0)) with N = step_count(t0, T, tau)
// steps; nullopt for explicit Euler from a Dirac (t0 = 0) with r != 1, where it is not defined.
std::optional<double> exact_scheme_scale(ExactScheme scheme, double r, double tau, double t0, double T);

}  // namespace nwgf::analytic
