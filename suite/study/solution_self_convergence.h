#pragma once
// Self-convergence of one solver over nested step sizes (docs/math.md 8.14-8.15), where no exact
// solution is known: `nwgf flow --taus` (suite/flow/flow_self_convergence.h) and `nwgf score` of
// several run folders (suite/score/score_runs.h) assemble the same entry here. For one solver, the runs at tau_1 > ... > tau_k (one ratio, same
// seed: coupled runs from the same start particles) and, when there is one, one more run at the
// finest tau with another seed (flow: seed + 1) give, at the common times t = j tau_1 (whole steps at every tau):
//   - the distances between successive solutions, E_i(t) = D(phi_{tau_i}(t), phi_{tau_{i+1}}(t)),
//     for two distances D: the exact MMD between the two particle sets (analytic/empirical_error.h)
//     and W2 (analytic/point_set_w2.h: sorted in d = 1, exact assignment up to 4096 particles,
//     the sliced estimate beyond, named in "method"; W2 at every common time where cheap, else
//     at T alone);
//   - the noise floor f(t) = D(phi_{tau_k}(t), phi'_{tau_k}(t)) of the two seeds at the finest tau
//     (without a second seed: "no floor given", floor null, the orders read without a floor
//     verdict: only a difference of exactly 0 counts as at the floor, analytic/self_convergence.h);
//   - at T, analytic::self_convergence of each distance with that floor: successive and
//     least-squares orders, Richardson estimate, GCI, asymptotic ratio, status and reason.
// The verdict uses W2: between coupled particle sets the MMD's self terms grow like |delta|^(r/2)
// and win as displacements shrink, so MMD ratios understate the order of the positions
// (docs/math.md 8.15); W2 does not.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "analytic/self_convergence.h"

namespace nwgf::suite {

// Row-major n x d particle positions, one per common time.
using SolutionAtTimes = std::vector<std::vector<double>>;

struct SchemeSolutions {
  std::vector<double> taus;              // k >= 3, decreasing, one ratio
  std::vector<double> times;             // common times, the last one T
  std::vector<SolutionAtTimes> coupled;  // per tau, the main seed
  SolutionAtTimes other_seed;            // at the finest tau, another seed (the floor); empty: none
  int d = 0;
  double r = 1.0;                        // Riesz exponent of the MMD
  std::uint64_t seed = 0;                // main seed (seeds the sliced directions too)
  std::optional<std::uint64_t> floor_seed;  // the other seed (unset: seed + 1, nwgf flow's)
};

// The reason a self-convergence entry gives when no second seed was run.
inline constexpr const char* kNoFloorGiven = "no floor given";

// The "self_convergence" entry of one scheme in flow.json (without "scheme"):
// { status, reason, verdict_distance: "w2", taus, times, seed, floor_seed (null: no floor),
//   distances: { mmd: D, w2: D } } with D = { method, directions, times, pairs: [ {tau_coarse,
//   tau_fine, values: [per time]} ], floor: [per time] or null, analysis: A } and A the analysis
//   at T. Without a floor the status is the analysis's and the reason starts "no floor given".
//   The MMD is taken at every common time; W2 too where that is cheap (d = 1, or at most 500
//   particles), else at T alone (the exact assignment costs seconds at 2000 particles). Throws std::invalid_argument (from analytic/) on inconsistent input.
nlohmann::json scheme_self_convergence(const SchemeSolutions& solutions);

// The JSON of one analysis (the "analysis" object above): status, reason, ratio, differences,
// floors, at_floor, successive_orders, observed_order, order_stderr, order_points,
// richardson_error, gci_fine, gci_coarse, asymptotic_ratio (missing values null). Shared with the
// study groups' entries (suite/study/study_self_convergence.h).
nlohmann::json self_convergence_analysis_json(const analytic::SelfConvergence& analysis);

// The entry of a scheme whose run at some step size failed: status "no order" and the reason.
nlohmann::json failed_self_convergence(const std::vector<double>& taus, const std::string& reason);

// One line for the terminal: order +- stderr per distance, Richardson estimate, status.
std::string self_convergence_summary(const std::string& scheme, const nlohmann::json& entry);

}  // namespace nwgf::suite
