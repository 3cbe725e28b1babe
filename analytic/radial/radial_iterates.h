#pragma once
// The exact scheme iterates of the radial family (docs/math.md section 7.4) on the levels of the
// reference flow (analytic/radial/reference_flow.h: the same rule, tracers, velocity field,
// outputs and error estimates), for a step tau > 0 from the same start:
//
//   explicit Euler:  Q~ = Q_n + tau u_n(Q_n),  Q_(n+1) the nondecreasing rearrangement of Q~.
//     The levels are sorted when a step loses their order (counted in rearranged_steps). With
//     equal weights sorting is the rearrangement; with the Gauss-Legendre weights it is the
//     rearrangement up to the crossing distance times the weight mismatch of the swapped levels
//     (the error estimate sees it). After such a step a tracer takes the sorted law's
//     piecewise-linear quantile at its level (LevelLaw::quantile), not its own moved value.
//     With a Lipschitz u (r + d >= 3) and tau below 1 / Lip(u) no level overtakes another.
//   JKO:  Q_(n+1) = Q_n + tau u_(n+1)(Q_(n+1))  (the first-order condition of the reduced
//     step, sufficient for its minimiser by the convexity of MATH.md 7.1), with the velocity of
//     the new law itself. Solved as the fixed point X = g(X) = Q_n + tau u_X(X) of the whole
//     state (levels and tracers) by Anderson acceleration (Walker & Ni, SIAM J. Numer. Anal. 49,
//     2011: depth `anderson_depth`, least squares by modified Gram-Schmidt, the oldest residual
//     dropped when the columns turn dependent, the whole history dropped when the residual has
//     not halved in depth + 2 iterations; plain iteration from a state the accelerated step would
//     put at a negative radius), until max_i |g(X)_i - X_i| <= jko_tolerance x
//     max(scale, largest |g(X)_i|). The plain iteration contracts for tau Lip(u) < 1; Anderson
//     usually converges beyond. Measured (128 levels, first 5 steps): gaussian:0.3 toward
//     sphere:1, d = 3, r = 1, at most 14 / 26 iterations for tau = 0.5 / 2; gamma:t0 starts,
//     tau = 0.2: d = 2, r = 1.5, 68 to 226 iterations for t0 = 0.2 to 0.01; d = 3, r = 0.5, 37
//     to 108.
//     Where Anderson fails (no convergence within jko_max_iterations, or g(X) leaving
//     [0, inf)), Newton-Krylov takes over on G(X) = X - Q_n - tau u_X(X): GMRES (up to 60
//     Krylov vectors, relative residual 1e-6) on forward-difference Jacobian-vector products,
//     backtracking on ||G||_2, from Anderson's last iterate and then from Q_n, accepting only
//     roots with every radius >= 0 and the levels in order (the first-order condition has other
//     roots). Measured: gaussian:0.3 toward sphere:1 at tau = 5 and 10 (Anderson puts a radius
//     below 0) in 248 and 1567 evaluations for 5 steps of 128 levels; ball:1 toward gaussian:2,
//     d = 3, r = 0.5, tau = 10 in 127. Still refused: tau = 100 there (no decrease along the
//     Krylov direction), gamma:0.01 in d = 2, r = 1.5 at tau = 1 (Anderson stalls at 3.7e-13
//     of the scale, Newton finds only spurious roots). A step neither solves throws
//     std::runtime_error naming the step, tau and both reasons.
//
// Error estimates as for the flow (MATH.md 7.5): a second run with 2N levels carrying the first
// run's levels as tracers, errors kErrorFactor x the differences. The JKO fixed point is solved to
// the same jko_tolerance in both runs (it is already near rounding).
// The iterates stop like the flow (std::runtime_error naming t = n tau) when a level reaches the
// origin, a value is not finite, or the budget (max_seconds; max_steps counts scheme steps per
// run) is exceeded.
#include <vector>

#include "analytic/radial/reference_flow.h"

namespace nwgf::analytic::radial {

enum class RadialScheme { kExplicitEuler, kJko };

const char* radial_scheme_name(RadialScheme scheme);  // "explicit_euler" or "jko"

// The iterates mu_n for every n in output_steps (nondecreasing, each in [0, 10^7]; at least one,
// at most 100000), snapshots at t = n tau with step = n. tau > 0 finite, n tau <= 1e12.
RadialReference radial_iterates(const RadialProblem& problem, RadialScheme scheme, double tau,
                                const std::vector<int>& output_steps,
                                const std::vector<double>& tracer_levels,
                                const ReferenceOptions& options = {});

}  // namespace nwgf::analytic::radial
