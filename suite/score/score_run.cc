// Scoring a run folder as a cell (suite/score/score_run.h).
#include "suite/score/score_run.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <filesystem>
#include <optional>
#include <set>
#include <stdexcept>
#include <vector>

#include <fmt/format.h>

#include "suite/common/errors.h"
#include "suite/common/format.h"
#include "suite/common/message_limits.h"
#include "suite/common/provenance.h"
#include "suite/study/target_family.h"
#include "suite/study/step_scorer.h"
#include "suite/study/scheme_descriptor.h"
#include "suite/common/json_number.h"

namespace nwgf::suite {

namespace {

using json = nlohmann::json;
using Clock = std::chrono::steady_clock;

double seconds_since(Clock::time_point t0) { return std::chrono::duration<double>(Clock::now() - t0).count(); }


double median(std::vector<double> v) {
  if (v.empty()) return std::nan("");
  std::sort(v.begin(), v.end());
  const std::size_t k = v.size() / 2;
  return v.size() % 2 ? v[k] : 0.5 * (v[k - 1] + v[k]);
}



// The summary fields every scored run has (suite/score/score_run.h); records: the scored steps.
json external_summary(const RunManifest& m, const std::string& run_dir, const json& records, const std::string& status,
                      const json& failure, const std::vector<double>& train, Clock::time_point start) {
  double train_sum = 0.0;
  for (double s : train) train_sum += s;
  const double wall = seconds_since(start);
  const bool complete = status == "ok";
  json summary;
  summary["t"] = m.T;
  summary["steps"] = m.steps_total;
  summary["steps_completed"] = records.size();
  summary["status"] = status;
  summary["failure"] = failure;
  summary["wall_s"] = train.empty() ? json(wall) : json(train_sum + wall);
  summary["train_wall_s"] = train.empty() ? json(nullptr) : json(train_sum);
  summary["eval_wall_s"] = wall;
  summary["iteration_median_us"] = nullptr;
  summary["step_median_s"] = number_or_null(median(train));
  summary["particles"] = complete ? records.back()["particles"] : json(nullptr);
  summary["chain"] = complete ? records.back()["chain"] : json(nullptr);
  summary["start"] = "external";
  summary["device"] = "external";
  summary["ensemble"] = 1;
  summary["run_dir"] = run_dir;
  if (!m.notes.empty()) summary["notes"] = m.notes;
  return summary;
}

// Why a run declared "forward" has no exact scheme iterate: explicit Euler from delta_0 is defined
// for r = 1 only (the slope at a Dirac is 0 for r > 1, infinite for r < 1; docs/math.md 3.3), so
// such a run is scored against the exact flow alone and its mmd_to_scheme is null. Empty otherwise.
std::string scheme_notice(const RunManifest& m, const std::string& scale_kind) {
  if (m.scheme != "forward" || scale_kind != "none") return "";
  return fmt::format(
      "no exact forward (explicit Euler) iterate to compare with: from the Dirac delta_0 (t0 = 0) with r = {} "
      "the forward scheme is not defined (its slope at a Dirac is {}; docs/math.md 3.3), so the run is scored "
      "against the exact flow only and mmd_to_scheme is null; start the run at gamma(t0), t0 > 0, for an exact "
      "Euler iterate",
      format_shortest(m.r), m.r > 1 ? "0 for r > 1: the scheme never moves" : "infinite for r < 1");
}

// The failure of a run at step n, time t.
std::string step_failure(int n, double t, const std::string& why) {
  return fmt::format("step {} (t = {}): {}", n, format_shortest(t), why);
}

// Runs `score` (the metrics of one step); the reason when they cannot be computed. A numerical
// breakdown on a run's points (a Boost quadrature meeting an overflow on points far out, say) is
// the run's failure at that step, recorded as non-finite metrics are, not the end of the command
// with no record.
template <class Score>
std::optional<std::string> breakdown_of(Score&& score) {
  try {
    score();
  } catch (const std::runtime_error& e) {  // not UsageError: bad input stays a refusal
    return std::string(e.what());
  }
  return std::nullopt;
}

// The n x d coordinates, row-major.
std::vector<double> coordinates(const Snapshot& s) { return std::vector<double>(s.x.begin(), s.x.begin() + s.n * s.d); }

// The cell config of a run of a family toward a target: the fields its family's scorer and
// checks read (family, specs, d, r, tau, t0, T).
CellConfig family_cell_config(const RunManifest& m) {
  CellConfig config;
  config.family = m.family;
  config.start = m.start;
  config.target = m.target;
  config.d = m.d;
  config.r = m.r;
  config.tau = m.tau;
  config.t0 = m.t0;
  config.T = m.T;
  return config;
}

// A run of a family toward a target (run.json's "family", suite/study/target_family.h): scored
// step by step by the family's scorer, as a built-in cell of the family is: the scheme's exact
// iterate per run.json's "scheme", quantile snapshots at the recorded steps nearest T/4, T/2,
// 3T/4 and T.
json score_target_run(const TargetFamily& family, const RunManifest& m, const InputFolder& dir,
                      const ScoreOptions& options, Clock::time_point start) {
  const std::unique_ptr<FamilyStepScorer> scorer =
      family.make_scorer(family_cell_config(m), exact_scheme_of(m.scheme), m.steps_total);
  std::set<int> snapshot_steps;  // the recorded step nearest each of T/4, T/2, 3T/4, T
  for (int k = 1; k <= 4; ++k) {
    const double want = k * m.steps_total / 4.0;
    const RunStep* best = &m.steps.front();
    for (const RunStep& s : m.steps)
      if (std::fabs(s.n - want) < std::fabs(best->n - want)) best = &s;
    snapshot_steps.insert(best->n);
  }
  json records = json::array(), quantiles = json::array();
  std::vector<double> train;
  std::string status = "ok";
  json failure = nullptr;
  for (const RunStep& s : m.steps) {
    const std::vector<double> x = coordinates(read_snapshot(dir, s.particles, m.d, options.limits));
    json record;
    record["n"] = s.n;
    record["t"] = scorer->time(s.n);
    record["loss"] = nullptr;
    record["wall_s"] = s.train_s ? json(*s.train_s) : json(nullptr);
    if (s.train_s) train.push_back(*s.train_s);
    scorer->add_reference_fields(s.n, record);
    const std::optional<std::string> breakdown = breakdown_of([&] {
      record["particles"] = scorer->metrics(s.n, x);
      record["chain"] = s.samples.empty() ? json(nullptr)
                                          : scorer->metrics(s.n, coordinates(read_snapshot(dir, s.samples, m.d,
                                                                                           options.limits)));
    });
    if (breakdown) {
      status = "failed";
      failure = step_failure(s.n, scorer->time(s.n), "the scores cannot be computed (" + *breakdown + ")");
      break;
    }
    if (snapshot_steps.count(s.n)) quantiles.push_back(scorer->quantile_snapshot(s.n, x));
    const bool finite =
        family.metrics_finite(record["particles"]) && (s.samples.empty() || family.metrics_finite(record["chain"]));
    records.push_back(record);
    if (!finite) {
      status = "failed";
      failure = step_failure(s.n, scorer->time(s.n), "metrics are not finite");
      break;
    }
  }
  json summary = external_summary(m, dir.dir(), records, status, failure, train, start);
  summary["scheme_reference"] = scorer->scheme_reference();
  summary["quantiles"] = quantiles;
  return json{{"config", external_cell_config(m)},
              {"provenance", to_json(collect_provenance("external", 0))},
              {"steps", records},
              {"summary", summary}};
}
}  // namespace

json external_cell_config(const RunManifest& m) {
  SolverSpec solver;
  solver.name = m.solver;
  solver.scheme = m.scheme;
  ExternalCell cell;
  cell.family = m.family;
  cell.start = m.start;
  cell.target = m.target;
  cell.d = m.d;
  cell.r = m.r;
  cell.tau = m.tau;
  cell.T = m.T;
  cell.t0 = m.t0;
  cell.seed = m.seed;
  return external_config_json(solver, cell);
}

void check_run_family(const RunManifest& m, const std::string& where) {
  if (m.family == kDiracFamily) return;
  const TargetFamily* target = target_family(m.family);
  if (!target)
    throw UsageError(where + ": field 'family' " + excerpt(nlohmann::json(m.family).dump()) + " is not one of " + family_names());
  if (!target->sections_name_d_r && m.d != target->fixed_d)
    throw UsageError(fmt::format("{}: field 'd' {} is outside the allowed range [{}, {}] for a {} run (the reference "
                                 "of the {} holds there only)", where, m.d, target->fixed_d, target->fixed_d,
                                 target->name, target->title));
  if (!target->sections_name_d_r && m.r != target->fixed_r)
    throw UsageError(fmt::format("{}: field 'r' {} is outside the allowed range [{}, {}] for a {} run (the reference "
                                 "of the {} holds there only)", where, fmt::format("{:.17g}", m.r),
                                 target->fixed_r, target->fixed_r, target->name, target->title));
  for (const bool start : {true, false}) {
    const std::string problem = target->spec_problem(start ? m.start : m.target, start, m.d, m.r,
                                                     where + ": field '" + (start ? "start" : "target") + "'");
    if (!problem.empty()) throw UsageError(problem);
  }
  // The family's own rules of a run (e.g. a radial run from gamma:t0 has its t0), as for a cell.
  const std::vector<std::string> problems = target->cell_problems(family_cell_config(m));
  if (!problems.empty()) throw UsageError(where + ": " + problems.front());
}

json score_run(const std::string& run_dir, const ScoreOptions& options) {
  const Clock::time_point start = Clock::now();
  // Every file named by the folder is read from inside it (suite/common/input_file.h).
  const InputFolder dir(run_dir, kRunFolder);
  const RunManifest m = read_run_manifest(dir);
  check_run_family(m, dir.display("run.json"));
  // Every file is checked before anything is scored (scoring is O(N^2) per step).
  for (const RunStep& s : m.steps) {
    read_snapshot(dir, s.particles, m.d, options.limits);
    if (!s.samples.empty()) read_snapshot(dir, s.samples, m.d, options.limits);
  }

  if (const TargetFamily* family = target_family(m.family)) return score_target_run(*family, m, dir, options, start);

  const StepScorer scorer(m.d, m.r, m.tau, m.t0, m.steps_total, exact_scheme_of(m.scheme));
  json records = json::array();
  std::vector<double> train;
  std::string status = "ok";
  json failure = nullptr;
  Snapshot last;
  for (const RunStep& s : m.steps) {
    const Snapshot particles = read_snapshot(dir, s.particles, m.d, options.limits);
    json record;
    record["n"] = s.n;
    record["t"] = scorer.time(s.n);
    record["exact_scale"] = scorer.exact_scale(s.n);
    const std::optional<double> a_scheme = scorer.scheme_scale(s.n);
    record["scheme_scale"] = a_scheme ? json(*a_scheme) : json(nullptr);
    record["loss"] = nullptr;
    record["wall_s"] = s.train_s ? json(*s.train_s) : json(nullptr);
    if (s.train_s) train.push_back(*s.train_s);
    const std::optional<std::string> breakdown = breakdown_of([&] {
      record["particles"] = scorer.metrics_json(s.n, particles.x.data(), particles.n);
      if (!s.samples.empty()) {
        const Snapshot samples = read_snapshot(dir, s.samples, m.d, options.limits);
        record["chain"] = scorer.metrics_json(s.n, samples.x.data(), samples.n);
      } else {
        record["chain"] = nullptr;
      }
    });
    if (breakdown) {
      status = "failed";
      failure = step_failure(s.n, scorer.time(s.n), "the scores cannot be computed (" + *breakdown + ")");
      break;
    }
    const bool finite = metrics_finite(record["particles"]) && (s.samples.empty() || metrics_finite(record["chain"]));
    records.push_back(record);
    if (!finite) {
      status = "failed";
      failure = step_failure(s.n, scorer.time(s.n), "metrics are not finite");
      break;
    }
    last = std::move(particles);
  }

  json summary = external_summary(m, run_dir, records, status, failure, train, start);
  summary["scheme_scale_kind"] = scorer.scheme_scale_kind();
  if (const std::string notice = scheme_notice(m, scorer.scheme_scale_kind()); !notice.empty())
    summary["notice"] = notice;
  const bool complete = status == "ok";
  if (complete) {
    json points = json::array();
    const std::size_t rows = std::min<std::size_t>(last.n, static_cast<std::size_t>(options.final_points_max));
    for (std::size_t i = 0; i < rows; ++i) {
      json row = json::array();
      for (int k = 0; k < m.d; ++k) row.push_back(last.x[i * m.d + k]);
      points.push_back(row);
    }
    summary["final_points"] = points;
  }
  return json{{"config", external_cell_config(m)},
              {"provenance", to_json(collect_provenance("external", 0))},
              {"steps", records},
              {"summary", summary}};
}

}  // namespace nwgf::suite
