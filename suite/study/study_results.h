#pragma once
// A study's results in typed form (docs/architecture.md, "Results in memory"): the cells and the
// convergence groups of a results file (suite/study/sweep.h) parsed once, where the file is read
// or where the sweep holds its cells, and shared from there by the convergence analysis
// (suite/study/convergence.h), self-convergence (suite/study/study_self_convergence.h), timings,
// the reports (suite/report/) and the verdicts (suite/cli/verdicts.h). Past this edge nothing
// walks a results document by string keys, except a family's own snapshot payloads (a cell's
// summary.quantiles, read by the family's report section) through CellResult::document.
//
// Parsing is strict about what the analysis relies on (a cell's id, family, scheme, d, r, tau, T,
// t0 and seed; a group's keys and its metrics' series of one length per tau) and refuses a
// malformed value with UsageError naming the cell or group and the key; numbers written as null
// (not finite, docs/architecture.md) and absent optional fields read as NaN.
#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "analytic/orders.h"
#include "suite/common/provenance.h"
#include "suite/study/study_config.h"

namespace nwgf::suite {

// The metrics of one point set: a step record's or a summary's "particles" (the m trained
// particles, or the N particles of the particle flow) or "chain" (fresh samples through the
// stored chain) object, every numeric field by its key ("mmd", "mmd_floor", "radial_w2", "n", ...).
struct PointMetrics {
  std::map<std::string, double> values;
  // The field's value; NaN when it is absent or null.
  double operator[](const std::string& key) const;
  bool has_number(const std::string& key) const;  // present and finite
};

enum class PointSource { Particles, Chain };
inline constexpr PointSource kPointSources[] = {PointSource::Particles, PointSource::Chain};
const char* point_source_name(PointSource source);  // "particles", "chain"

// One step record (cells' "steps"): n, t_n, its other numeric fields (loss, wall_s, the exact
// iterate's own values such as "exact_scale" or "scheme_w2_to_flow"; NaN when null) and the
// metrics of its point sets.
struct StepResult {
  int n = 0;
  double t = 0.0;
  std::map<std::string, double> values;
  std::optional<PointMetrics> particles, chain;
  double value(const std::string& key) const;  // NaN when absent or null
};

// A cell's summary: its status, the metrics at T and its timings (NaN when absent or null).
struct CellSummary {
  std::string status = "ok";  // "ok" | "diverged" | "failed" | ...
  std::string failure;        // the reason of a failed cell ("" otherwise)
  std::optional<PointMetrics> particles, chain;
  double wall_s = 0, train_wall_s = 0, eval_wall_s = 0, step_median_s = 0, iteration_median_us = 0;
  int ensemble = 1;  // cells trained side by side with it (sweep --ensemble); 1 when absent
  // summary.self_convergence_points, or summary.final_points where a cell has none: rows of d
  // numbers (empty when it has neither; a malformed list is kept as empty with points_problem set).
  std::vector<std::vector<double>> points;
  std::string points_problem;
  const std::optional<PointMetrics>& source(PointSource s) const { return s == PointSource::Particles ? particles : chain; }
};

struct CellResult {
  std::string id;
  int index = 0;
  std::string family = "dirac";  // "dirac" | a family toward a target (suite/study/target_family.h)
  std::string scheme;            // "backward" | "forward" | "particle" | "external"
  std::string solver;            // external cells: the solver's name
  std::string solver_scheme;     // external cells: the scheme the solver declares ("other" when none)
  std::string start, target;     // cells toward a target: their specs
  int d = 0;
  double r = 0, tau = 0, T = 0, t0 = 0;
  std::uint64_t seed = 0;
  std::vector<StepResult> steps;
  CellSummary summary;
  // The cell as read, for the family's own snapshot payloads; valid while the document it was
  // parsed from lives (nullptr for cells built in memory).
  const nlohmann::json* document = nullptr;

  bool external() const { return scheme == "external"; }
  // Its curves' and rows' name: the scheme of a built-in cell, the solver's name of an external one.
  const std::string& label() const { return external() ? solver : scheme; }
  // The scheme whose exact iterate it is compared with: its own, or the one its solver declares.
  const std::string& exact_scheme() const { return external() ? solver_scheme : scheme; }
};

// Successive observed orders and the least-squares fit of a sequence (suite/study/convergence.h
// sequence_orders); no fit with fewer than two usable points.
struct OrderSeries {
  std::vector<double> successive;
  std::optional<analytic::OrderFit> fit;
  std::size_t skipped = 0;  // errors not finite or not positive (not written: the fit counts them too)
};

// One metric of a convergence group, per tau (decreasing) at T.
struct MetricConvergence {
  std::string metric;
  std::vector<double> mean, std, min, max, floor;  // over seeds; floor: the metric's noise floor
  std::vector<std::optional<bool>> above_floor;    // mean > floor; none where either is missing
  OrderSeries orders;                              // of mean
  std::vector<double> exact_values;                // the exact scheme iterate's own value (empty: none)
  OrderSeries exact_orders;
  std::optional<std::vector<double>> frozen_start;  // the start never moved (Dirac groups)
};

// The exact scheme iterate's scale a_N against a(T) (Dirac groups).
struct ScaleConvergence {
  double exact = 0;                        // a(T)
  std::vector<double> scheme, rel_error;   // a_N and |a_N - a(T)| / a(T) per tau
  OrderSeries orders;
};

// One group of a family's convergence analysis: cells with the same label, scheme, start,
// target, d, r, t0 and T, one source. Dirac groups carry seed counts per tau, points per tau,
// the regime and the scale; groups of a family toward a target carry the seeds used.
struct ConvergenceGroup {
  std::string family = "dirac";
  std::string scheme, label, solver, solver_scheme;  // solver fields: external groups only
  std::string start, target;                         // families toward a target
  std::string source;                                // "particles" | "chain"
  std::string regime;                                // Dirac: "ball" | "sphere"
  int d = 0;
  double r = 0, t0 = 0, T = 0;
  bool states_d_r = true;  // false for the line family, whose groups are d = 1, r = 1 without saying so
  std::vector<double> taus;                  // decreasing
  std::vector<std::size_t> seed_counts;      // Dirac: cells per tau
  std::vector<std::uint64_t> seeds;          // families toward a target: the seeds used
  std::vector<double> points;                // Dirac: points per tau (NaN: none)
  std::optional<ScaleConvergence> scale;     // Dirac
  std::vector<MetricConvergence> metrics;

  // The entry of that metric; nullptr when the group has none.
  const MetricConvergence* metric(const std::string& name) const;
};

// The JSON of a group, as the results file holds it ("convergence", "<family>_convergence").
nlohmann::json to_json(const ConvergenceGroup& group);
nlohmann::json to_json(const std::vector<ConvergenceGroup>& groups);
nlohmann::json to_json(const OrderSeries& orders);  // {"successive_orders", "fit"}
// The group of that JSON of a family; UsageError naming `where` and the key when malformed.
ConvergenceGroup convergence_group_from_json(const nlohmann::json& j, const std::string& family,
                                             const std::string& where);

// A cell of a results document ("cells" entry) or of run_cell's result; UsageError naming `where`
// (e.g. "cells[3]") and the key when malformed.
CellResult cell_result_from_json(const nlohmann::json& cell, const std::string& where);
std::vector<CellResult> cell_results_from_json(const nlohmann::json& cells);

// A complete or partial study's results: its cells and every family's convergence groups (Dirac
// first, then the families toward a target in the order of target_families()).
struct StudyResults {
  std::string kind = "study";  // "study" | "shard"
  bool complete = true;
  int shard_index = 0, shard_count = 1;
  StudyConfig config;          // the study's config as the file holds it
  Provenance provenance;       // fields the file lacks are empty (threads 0)
  std::vector<CellResult> cells;
  std::vector<ConvergenceGroup> convergence;
  // The groups of one family, in the file's order.
  std::vector<const ConvergenceGroup*> groups_of(const std::string& family) const;
};

// The typed view of a results document read by load_study_document (suite/study/sweep.h: its
// schema, keys and config already checked); the cells keep pointers into `doc`, which must
// outlive the result. `source` names the file in messages.
StudyResults study_results_from_json(const nlohmann::json& doc, const std::string& source = "results");

}  // namespace nwgf::suite
