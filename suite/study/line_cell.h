#pragma once
// Cells of the line family (docs/math.md section 6): d = 1, r = 1, the MMD functional
// F_nu = E + V_nu toward a target nu from a start mu_0, whose exact Wasserstein gradient flow,
// JKO iterates and explicit Euler iterates are known through quantile functions
// (analytic/line/). A line cell runs one scheme (neural backward or forward with the target
// term, as `nwgf flow` trains them, or the particle flow) step by step to T and scores it after
// every step against the exact flow mu_{t_n} and the exact iterate of the same scheme (backward:
// JKO iterate; forward and particle: explicit Euler iterate), with the exact line metrics
// (analytic/line/errors.h).
//
// The run:
//   - target term: nu as kLineTargetPoints equal-weight points, its quantiles at the midpoint
//     levels (k - 1/2)/M (atoms with weights that are multiples of 1/M exactly; other weights
//     within 1/M; a continuous nu within a W2 of about 1/M). The exact references use nu itself.
//   - start: the m (neural) or N (particle) particles are mu_{t0}'s quantiles at (i - 1/2)/m, with
//     mu_{t0} = mu_0 at t0 = 0 and the exact flow at t0 otherwise. The particle flow cannot leave
//     a Dirac, so when mu_{t0} is atomic its particles get the ordered offsets
//     start_box (s_i - 1/2) (particle_flow.start_box; 1e-9 by default); the neural schemes
//     start on the atoms themselves. The chain of generators starts on the m start points
//     (uniform on them), so the "chain" samples carry mu_0's quantisation by m points.
//   - seeds: derive_seed(seed, 1) the neural scheme, 2 the chain's draws, 3 its start sample.
//
// Result JSON of a line cell (as a Dirac cell's, suite/study/run_cell.h, so that sweep, resume,
// merge and timings treat it alike):
// {
//   "config": cell_config_to_json (with "family": "line", "start", "target"),
//   "provenance",
//   "steps": [ { "n", "t", "loss" (null for particle), "first_loss", "step_factor", "slope"
//                (forward), "wall_s",
//                "scheme_w2_to_flow": W2(exact scheme iterate, mu_{t_n}) (no particles: the
//                                     time-discretisation error alone),
//                "scheme_mmd_to_flow": D(exact scheme iterate, mu_{t_n}),
//                "particles": LineMetrics on the m (N) particles,
//                "chain": LineMetrics on eval_samples fresh chain samples, or null } ],
//   "summary": { "t", "steps", "steps_completed", "status": "ok" | "failed", "failure",
//                "wall_s", "train_wall_s", "eval_wall_s", "iteration_median_us",
//                "step_median_s", "particles", "chain" (LineMetrics at T or null),
//                "start": "line", "scheme_reference": "jko" | "euler", "device", "ensemble",
//                "quantiles": [ { "n", "t", "levels": [s_k], "particles": [x_(i_k)],
//                                 "flow": [Q_flow(t_n, s_k)], "scheme": [Q_scheme(s_k)] } ] }
// }
// LineMetrics = { "n", "w2", "mmd", "mmd2", "mmd_floor", "w2_to_scheme", "mmd_to_scheme",
//                 "mmd_to_scheme_floor", "mmd_to_target" }
//   as analytic/line/step_scorer.h computes them (LineStepMetrics; what each one is and how
//   exact): against mu_{t_n}, against the exact scheme iterate, and D to nu itself.
// "quantiles": at the steps nearest T/4, T/2, 3T/4 and T, the sorted particles x_(i) at up to
// kLineQuantileLevels levels s_k = (i_k - 1/2)/m, with the exact quantiles at the same levels.
#include <memory>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "analytic/line/step_scorer.h"
#include "suite/study/cell_stepper.h"
#include "suite/study/run_cell.h"
#include "suite/study/target_family.h"

namespace nwgf::suite {

inline constexpr int kLineTargetPoints = 2000;   // equal-weight points standing for nu in V_nu
inline constexpr int kLineQuantileLevels = 64;   // levels kept per quantile snapshot

// LineMetrics (above) of a step's point set; non-finite values null, the *_to_scheme ones null
// without a scheme iterate.
nlohmann::json line_metrics_json(const analytic::line::LineStepMetrics& metrics);
// Whether w2, mmd and mmd_to_target of a LineMetrics are numbers (a step that diverged: not).
bool line_metrics_finite(const nlohmann::json& metrics);
// One entry of summary.quantiles: { "n", "t", "levels", "particles", "flow", "scheme" }.
nlohmann::json line_quantile_snapshot_json(const analytic::line::LineStepReference& reference,
                                           const analytic::line::LineQuantileSnapshot& snapshot);

// Problems of a line cell's own fields (d = 1 and r = 1 with the reason, the start and target
// specs). One line each naming the key, the value and what is allowed.
std::vector<std::string> line_cell_problems(const CellConfig& config);

// A line cell in progress (config valid: cell_problems empty).
std::unique_ptr<CellStepper> make_line_cell(const CellConfig& config, const RunOptions& options,
                                            int ensemble = 1);
// Runs a line cell to T (run_cell dispatches here for family line).
nlohmann::json run_line_cell(const CellConfig& config, const RunOptions& options = {});

// The line family's entry in the table of families toward a target (suite/study/target_family.h):
// sections under "line" with d = 1 and r = 1 fixed; metrics w2 (floor none, exact iterate
// scheme_w2_to_flow), mmd (mmd_floor, scheme_mmd_to_flow), w2_to_scheme, mmd_to_scheme
// (mmd_to_scheme_floor), mmd_to_target.
const TargetFamily& line_family();

}  // namespace nwgf::suite
