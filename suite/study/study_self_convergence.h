#pragma once
// Self-convergence of a study's groups (docs/math.md 8.15): every group of cells that differ only
// in tau and seed (the same id up to "/tau": a scheme or solver of the Dirac, line or radial
// family at one d, r, start and target) with at least three step sizes gets an entry read from
// its cells' final particles alone, no exact solution used, and beside it the same group's error
// against the exact solution, so the two can be compared where the truth is known.
//
// The data: summary.self_convergence_points of every cell (kSelfConvergenceRows rows taken
// evenly from its final particles, every stride-th row, rounded to kSelfConvergenceDigits
// significant digits; a sweep adds them to every cell, suite/study/sweep.h), or
// summary.final_points where a cell has no such key. The rows compared are the first `points`
// rows every cell of the group has. Cells of one seed are coupled (the same start particles at
// every tau, in the same order), so the rows kept are the same particles at every step size.
// For each seed s with an "ok" cell at every step size, and each distance D (W2: sorted in
// d = 1, exact assignment up to 4096 points, sliced beyond, analytic/point_set_w2.h; the exact
// MMD of the Riesz kernel with the cells' r, analytic/empirical_error.h):
//   E_i(s) = D(x_s(tau_i), x_s(tau_{i+1})),   i = 1..k-1;
// the noise floor at each tau, f(tau) = mean over successive seeds s_j, s_{j+1} of
// D(x_{s_j}(tau), x_{s_{j+1}}(tau)) (one seed: none, "no floor given"); then
// analytic::self_convergence (successive and least-squares orders of the mean over seeds, the
// spread of the seeds' own orders, Richardson estimate of the finest run's error, GCI,
// asymptotic ratio, at-floor verdicts). The verdict uses W2 (coupled particle sets: the MMD's
// self terms understate the order of the positions, analytic/self_convergence.h).
//
// The exact comparison: the family's W2 error of the particles against the exact (or reference)
// flow at T, from the cells' last step ("radial_w2" for the Dirac and radial families, "w2" for
// the line family), mean over the seeds used, per tau, with its least-squares order. The orders
// agree when |p_self - p_exact| <= max(kOrderAgreementSigmas u, kOrderAgreementDrift),
// u = sqrt(u_self^2 + u_exact^2), each u the order's regression standard error, or the seeds'
// standard error where the regression has none (three step sizes). The drift allowance is there
// because the two orders are different quantities before the asymptotic range: the order of the
// differences E_i and that of the errors e_i = Σ_{j>=i} E_j approach p from different sides at
// the step sizes of a study (Euler toward the uniform law, taus 0.2, 0.1, 0.05: 1.106 against
// 1.049, both exact), a gap no statistical error holds. The Richardson estimate is compared with the exact error at the
// finest tau (their ratio; within a factor kRichardsonAgreementFactor or not). Where the W2
// analysis gives no order or no Richardson estimate (differences at the floor), the verdicts are
// null: nothing is compared on noise.
//
// Entry (one per group, in the order of the groups' first cells), SelfConvergenceEntry below; its
// JSON in a results file's "self_convergence" list (to_json, self_convergence_entry_from_json):
// { "group": id up to "/tau", "label": the id's first part (scheme or solver), "family":
//   "dirac" | "line" | "radial", "scheme", "d", "r", "T", "taus" (decreasing), "seeds" (used),
//   "points" (rows compared), "status", "reason" (the W2 analysis's, or why there is none), "verdict_distance":
//   "w2", "distances": { "w2": D, "mmd": D } | null, "exact": X | null }
// D = { "method", "directions", "per_seed": [[E_1..E_{k-1}] per seed], "floors": [per tau] |
//       null, "analysis": suite/study/solution_self_convergence.h self_convergence_analysis_json
//       plus "seed_spread": {seeds, mean, sd, stderr} | null }
// X = { "metric", "errors": [mean per tau], "order", "order_stderr", "order_uncertainty" (u),
//       "order_gap": |p_self - p_exact| | null, "order_agrees": bool | null, "richardson_ratio": Richardson / exact error at the finest
//       tau | null, "richardson_within_factor": bool | null }
// A group whose step sizes are not nested, or whose cells lack final particles (results written
// before they were kept), gets status "no order" and the reason, distances null.
#include <cstddef>
#include <limits>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "analytic/self_convergence.h"
#include "suite/study/study_results.h"

namespace nwgf::suite {

// Rows of summary.self_convergence_points: W2 by exact assignment of 256 points costs
// milliseconds; with them the default study's results file grew from 2.26 MB to 4.07 MB
// (measured, 144 cells).
inline constexpr std::size_t kSelfConvergenceRows = 256;
// Significant digits of the kept coordinates: differences between successive solutions are
// 1e-3 and more of the particles' scale, the rounding 5e-8 of it.
inline constexpr int kSelfConvergenceDigits = 7;
// The fewest step sizes a group needs for an entry (two successive differences).
inline constexpr std::size_t kSelfConvergenceStepSizesMin = 3;
// Orders agree within this many combined standard errors (a two-sided 95 % band) ...
inline constexpr double kOrderAgreementSigmas = 2.0;
// ... or within this absolute gap, the pre-asymptotic drift between the order of differences and
// that of errors at three halvings (above; the tolerance of "recovers order 1" in the tests).
inline constexpr double kOrderAgreementDrift = 0.1;
// The Richardson estimate agrees with the exact error within this factor (docs/validation.md,
// "Self-convergence against the exact solution").
inline constexpr double kRichardsonAgreementFactor = 2.0;

// One distance of a group's entry (D above): the differences between successive solutions per
// seed, the noise floor per tau and their analysis. The analysis's spread is "seed_spread"; of its
// fit only the order, its standard error and the points are stored (a fit read back has
// log_constant and skipped 0).
struct SelfConvergenceDistance {
  std::string method;                         // point_set_w2_method_name, or "exact pair sums" (MMD)
  int directions = 0;                         // sliced W2's directions (0: none)
  std::vector<std::vector<double>> per_seed;  // [seed][i]: E_i, i = 1..k-1
  std::optional<std::vector<double>> floors;  // per tau; none with one seed
  analytic::SelfConvergence analysis;
};

struct SelfConvergenceDistances {
  SelfConvergenceDistance w2, mmd;
};

// The exact comparison of a group (X above); NaN for a number written as null.
struct SelfConvergenceExact {
  static constexpr double kNone = std::numeric_limits<double>::quiet_NaN();
  std::string metric;          // "radial_w2" | "w2"
  std::vector<double> errors;  // mean over the seeds used, per tau
  double order = kNone, order_stderr = kNone;
  double order_uncertainty = kNone, order_gap = kNone;
  std::optional<bool> order_agrees;
  double richardson_ratio = kNone;
  std::optional<bool> richardson_within_factor;
};

struct SelfConvergenceEntry {
  std::string group, label, family, scheme;
  int d = 0;
  double r = 0, T = 0;
  std::vector<double> taus;      // decreasing
  std::vector<long long> seeds;  // used
  std::size_t points = 0;        // rows compared
  analytic::SelfConvergenceStatus status = analytic::SelfConvergenceStatus::kNoOrder;
  std::string reason;
  std::string verdict_distance = "w2";
  std::optional<SelfConvergenceDistances> distances;  // none: no order, and why in `reason`
  std::optional<SelfConvergenceExact> exact;
};

// The entries' JSON, key for key as above.
nlohmann::json to_json(const SelfConvergenceEntry& entry);
nlohmann::json to_json(const std::vector<SelfConvergenceEntry>& entries);
// A stored entry (`where` names it in messages, e.g. "self_convergence[2]"), or a list of them
// (`where` names the list); UsageError naming the entry and the key when malformed.
SelfConvergenceEntry self_convergence_entry_from_json(const nlohmann::json& j, const std::string& where);
std::vector<SelfConvergenceEntry> self_convergence_entries_from_json(const nlohmann::json& list,
                                                                     const std::string& where);

// An analysis's least-squares order as stored ("observed_order": fitted to two or more
// differences, finite), its regression standard error likewise; NaN when there is none.
double observed_order(const analytic::SelfConvergence& analysis);
double observed_order_stderr(const analytic::SelfConvergence& analysis);

// The groups' entries from a study's cells (groups with fewer than three step sizes have none).
// Never throws for the cells' content (parsed already, suite/study/study_results.h): a group that
// cannot be analysed says why.
std::vector<SelfConvergenceEntry> study_self_convergence(const std::vector<CellResult>& cells);

// summary.self_convergence_points of a cell from its summary.final_points (rows of d numbers):
// at most kSelfConvergenceRows rows, row floor(j n / kSelfConvergenceRows) for j = 0, 1, ...
// (every row when n <= kSelfConvergenceRows), evenly spread over the particles (a line cell's
// start is sorted: its first rows would be its lowest quantiles), numbers rounded to
// kSelfConvergenceDigits significant digits.
nlohmann::json self_convergence_points(const nlohmann::json& final_points);

// v rounded to `digits` significant decimal digits (its shortest JSON text is then short).
double round_significant(double v, int digits);

}  // namespace nwgf::suite
