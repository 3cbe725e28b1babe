#pragma once
// Cells of the radial family (docs/math.md section 7): d >= 2, r in (0, 2) with r + d >= 3, the
// MMD functional F_nu = E + V_nu toward a rotation-invariant target nu from a rotation-invariant
// start mu_0 in R^d, whose flow reduces to a 1-D flow of the radial law. Its reference is
// numerical with a certified error (analytic/radial/reference_flow.h: the quantile ODE solved on
// graded Gauss-Legendre levels, every value with an error estimate from a second solve at twice
// the levels), and so are the exact explicit Euler and JKO iterates
// (analytic/radial/radial_iterates.h). A radial cell runs one scheme (neural backward or forward
// with the target term, or the particle flow) step by step to T and scores it after every step
// against the reference flow mu_{t_n} and the exact iterate of the same scheme (backward: JKO;
// forward and particle: explicit Euler) with the exact radial metrics
// (analytic/radial/step_scorer.h: MMD with no reference samples, its noise floor, radial W2, M2
// and energy errors, MMD to the target).
//
// The references: analytic/radial/run_reference.h (kRunReferenceLevels levels, the error estimate
// at twice as many), the same computation as `nwgf score` and nwgf.score_radial.
// The run:
//   - start (t0 = 0, or t0 = the start's own t0 for a start gamma:t0, the Dirac family's flow at
//     t0; times are then the Dirac family's): the m (neural) or
//     N (particle) particles are R_i U_i with R_i = Q_{mu_0}((i - 1/2)/m) and U_i uniform
//     directions (seed derive_seed(seed, 4));
//   - target term: nu as kRadialTargetPoints equal-weight points R_k U_k, R_k = Q_nu((k - 1/2)/M),
//     U_k uniform directions (derive_seed(seed, 5)). The references use nu itself.
//   - seeds: derive_seed(seed, 1) the neural scheme, 2 the chain's draws, 3 its start sample.
//
// Result JSON: as a line cell's (suite/study/line_cell.h), with "family": "radial", d and r in
// the config, and
//   steps[]: "scheme_w2_to_flow", "scheme_mmd_to_flow" (the exact iterate against the reference:
//            the time-discretisation error alone), "reference_w2_error" (the reference flow's
//            own W2 error estimate at t_n), "reference_mmd_to_target" (the reference flow's own
//            MMD to the target at t_n), "particles" / "chain": RadialMetrics;
//   summary: "start": "radial", "scheme_reference": "jko" | "euler", "quantiles": at the steps
//            nearest T/4, T/2, 3T/4, T: { "n", "t", "levels", "particles" (sorted norms),
//            "flow", "scheme" } (radial quantiles), "reference": { "levels", "solve_s",
//            "w2_error_max" } (the reference's discretisation and its largest W2 error estimate).
// RadialMetrics = { "n", "radial_w2", "mmd", "mmd2", "mmd_floor", "w2_to_scheme",
//                   "mmd_to_scheme", "mmd_to_scheme_floor", "mmd_to_target", "m2_rel_error",
//                   "energy_rel_error" }.
#include <nlohmann/json.hpp>

#include "suite/study/target_family.h"

namespace nwgf::suite {

inline constexpr int kRadialTargetPoints = 2000;   // equal-weight points standing for nu in V_nu
inline constexpr int kRadialQuantileLevels = 64;   // levels kept per quantile snapshot

// The radial family's entry in the table of families toward a target (suite/study/target_family.h).
const TargetFamily& radial_family();

}  // namespace nwgf::suite
