// Scoring a run folder as a cell (suite/score/score_run.h).
#include "suite/score/score_run.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <filesystem>
#include <vector>

#include "suite/common/provenance.h"
#include "suite/study/step_scorer.h"

namespace nwgf::suite {

namespace {

using json = nlohmann::json;
using Clock = std::chrono::steady_clock;

double seconds_since(Clock::time_point t0) { return std::chrono::duration<double>(Clock::now() - t0).count(); }

json number_or_null(double v) { return std::isfinite(v) ? json(v) : json(nullptr); }

double median(std::vector<double> v) {
  if (v.empty()) return std::nan("");
  std::sort(v.begin(), v.end());
  const std::size_t k = v.size() / 2;
  return v.size() % 2 ? v[k] : 0.5 * (v[k - 1] + v[k]);
}

std::optional<analytic::ExactScheme> exact_scheme_of(const std::string& scheme) {
  if (scheme == "backward") return analytic::ExactScheme::Jko;
  if (scheme == "forward") return analytic::ExactScheme::Euler;
  return std::nullopt;  // other: the exact flow only
}

}  // namespace

json external_cell_config(const RunManifest& m) {
  return json{{"scheme", "external"}, {"solver", m.solver}, {"solver_scheme", m.scheme},
              {"d", m.d},             {"r", m.r},           {"tau", m.tau},
              {"T", m.T},             {"t0", m.t0},         {"seed", m.seed}};
}

json score_run(const std::string& run_dir, const ScoreOptions& options) {
  const Clock::time_point start = Clock::now();
  const RunManifest m = read_run_manifest(run_dir);
  const std::filesystem::path dir(run_dir);
  const auto file_of = [&](const std::string& name) { return (dir / name).string(); };
  // Every file is checked before anything is scored (scoring is O(N^2) per step).
  for (const RunStep& s : m.steps) {
    read_snapshot(file_of(s.particles), m.d, options.limits);
    if (!s.samples.empty()) read_snapshot(file_of(s.samples), m.d, options.limits);
  }

  const StepScorer scorer(m.d, m.r, m.tau, m.t0, m.steps_total, exact_scheme_of(m.scheme));
  json records = json::array();
  std::vector<double> train;
  double train_sum = 0.0;
  std::string status = "ok";
  json failure = nullptr;
  Snapshot last;
  for (const RunStep& s : m.steps) {
    const Snapshot particles = read_snapshot(file_of(s.particles), m.d, options.limits);
    json record;
    record["n"] = s.n;
    record["t"] = scorer.time(s.n);
    record["exact_scale"] = scorer.exact_scale(s.n);
    const std::optional<double> a_scheme = scorer.scheme_scale(s.n);
    record["scheme_scale"] = a_scheme ? json(*a_scheme) : json(nullptr);
    record["loss"] = nullptr;
    record["wall_s"] = s.train_s ? json(*s.train_s) : json(nullptr);
    if (s.train_s) {
      train.push_back(*s.train_s);
      train_sum += *s.train_s;
    }
    record["particles"] = scorer.metrics_json(s.n, particles.x.data(), particles.n);
    if (!s.samples.empty()) {
      const Snapshot samples = read_snapshot(file_of(s.samples), m.d, options.limits);
      record["chain"] = scorer.metrics_json(s.n, samples.x.data(), samples.n);
    } else {
      record["chain"] = nullptr;
    }
    const bool finite = metrics_finite(record["particles"]) && (s.samples.empty() || metrics_finite(record["chain"]));
    records.push_back(record);
    if (!finite) {
      status = "failed";
      failure = "step " + std::to_string(s.n) + " (t = " + std::to_string(scorer.time(s.n)) +
                "): metrics are not finite";
      break;
    }
    last = std::move(particles);
  }

  json result;
  result["config"] = external_cell_config(m);
  result["provenance"] = to_json(collect_provenance("external", 0));
  json summary;
  summary["t"] = m.T;
  summary["steps"] = m.steps_total;
  summary["steps_completed"] = records.size();
  summary["status"] = status;
  summary["failure"] = failure;
  const double wall = seconds_since(start);
  summary["wall_s"] = train.empty() ? json(wall) : json(train_sum + wall);
  summary["train_wall_s"] = train.empty() ? json(nullptr) : json(train_sum);
  summary["eval_wall_s"] = wall;
  summary["iteration_median_us"] = nullptr;
  summary["step_median_s"] = number_or_null(median(train));
  const bool complete = status == "ok";
  summary["particles"] = complete ? records.back()["particles"] : json(nullptr);
  summary["chain"] = complete ? records.back()["chain"] : json(nullptr);
  summary["start"] = "external";
  summary["scheme_scale_kind"] = scorer.scheme_scale_kind();
  summary["device"] = "external";
  summary["ensemble"] = 1;
  summary["run_dir"] = run_dir;
  if (!m.notes.empty()) summary["notes"] = m.notes;
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
  result["steps"] = records;
  result["summary"] = summary;
  return result;
}

}  // namespace nwgf::suite
