// A study's results in typed form (suite/study/study_results.h).
#include "suite/study/study_results.h"

#include <cmath>
#include <limits>

#include <fmt/format.h>

#include "suite/common/errors.h"
#include "suite/common/json_fields.h"
#include "suite/common/json_number.h"
#include "suite/study/target_family.h"

namespace nwgf::suite {

using nlohmann::json;

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

const JsonFields kRead("corrupt results");  // suite/common/json_fields.h

std::optional<PointMetrics> point_metrics(const json& parent, const char* key) {
  if (!parent.contains(key) || !parent[key].is_object()) return std::nullopt;
  PointMetrics m;
  for (const auto& [name, value] : parent[key].items())
    m.values[name] = value.is_number() ? value.get<double>() : kNaN;
  return m;
}

OrderSeries order_series(const json& j, const std::string& where) {
  OrderSeries o;
  o.successive = kRead.numbers(j, where, "successive_orders");
  const json& fit = kRead.field(j, where, "fit");
  if (fit.is_null()) return o;
  if (!fit.is_object()) kRead.refuse(where, "fit", "is not an object or null");
  const std::string at = where + ".fit";
  analytic::OrderFit f;
  f.order = kRead.number(fit, at, "order");
  f.order_stderr = kRead.number(fit, at, "stderr");
  f.log_constant = kRead.number(fit, at, "log_constant");
  f.points = static_cast<std::size_t>(kRead.whole(fit, at, "points", 0, 1 << 30));
  f.skipped = static_cast<std::size_t>(kRead.whole(fit, at, "skipped", 0, 1 << 30));
  o.fit = f;
  return o;
}

json fit_json(const analytic::OrderFit& fit) {
  return {{"order", number_or_null(fit.order)},
          {"stderr", number_or_null(fit.order_stderr)},
          {"log_constant", number_or_null(fit.log_constant)},
          {"points", fit.points},
          {"skipped", fit.skipped}};
}

// Rows of d numbers; refuses anything else.
std::vector<std::vector<double>> point_rows(const json& rows, int d, const std::string& where, const char* key) {
  if (!rows.is_array()) kRead.refuse(where, key, "is not a list of points");
  std::vector<std::vector<double>> out;
  out.reserve(rows.size());
  for (const json& row : rows) {
    if (!row.is_array() || row.size() != static_cast<std::size_t>(d))
      kRead.refuse(where, key, fmt::format("holds a point that is not a list of d = {} numbers", d));
    std::vector<double> p;
    p.reserve(row.size());
    for (const json& x : row) {
      if (!x.is_number()) kRead.refuse(where, key, "holds a coordinate that is not a number");
      p.push_back(x.get<double>());
    }
    out.push_back(std::move(p));
  }
  return out;
}

}  // namespace

double PointMetrics::operator[](const std::string& key) const {
  const auto it = values.find(key);
  return it == values.end() ? kNaN : it->second;
}
bool PointMetrics::has_number(const std::string& key) const { return std::isfinite((*this)[key]); }

const char* point_source_name(PointSource source) {
  return source == PointSource::Particles ? "particles" : "chain";
}

double StepResult::value(const std::string& key) const {
  const auto it = values.find(key);
  return it == values.end() ? kNaN : it->second;
}

const MetricConvergence* ConvergenceGroup::metric(const std::string& name) const {
  for (const MetricConvergence& m : metrics)
    if (m.metric == name) return &m;
  return nullptr;
}

json to_json(const OrderSeries& orders) {
  return {{"successive_orders", numbers_or_null(orders.successive)},
          {"fit", orders.fit ? fit_json(*orders.fit) : json(nullptr)}};
}

json to_json(const ConvergenceGroup& g) {
  const bool dirac = g.family == "dirac";
  json out = {{"scheme", g.scheme}, {"label", g.label}, {"t0", g.t0}, {"T", g.T}, {"source", g.source}, {"taus", g.taus}};
  if (dirac) {
    out["d"] = g.d;
    out["r"] = g.r;
    out["regime"] = g.regime;
    out["seeds"] = g.seed_counts;
    out["points"] = numbers_or_null(g.points);
    if (g.scale) {
      json scale = {{"exact", g.scale->exact}, {"scheme", numbers_or_null(g.scale->scheme)},
                    {"rel_error", numbers_or_null(g.scale->rel_error)}};
      scale.update(to_json(g.scale->orders));
      out["scale"] = std::move(scale);
    }
  } else {
    out["family"] = g.family;
    out["start"] = g.start;
    out["target"] = g.target;
    out["seeds"] = g.seeds;
    if (g.states_d_r) {
      out["d"] = g.d;
      out["r"] = g.r;
    }
  }
  if (g.scheme == "external") {
    out["solver"] = g.solver;
    out["solver_scheme"] = g.solver_scheme;
  }
  json metrics = json::array();
  for (const MetricConvergence& m : g.metrics) {
    json entry = {{"metric", m.metric}, {"mean", numbers_or_null(m.mean)}, {"std", numbers_or_null(m.std)},
                  {"min", numbers_or_null(m.min)},  {"max", numbers_or_null(m.max)},  {"floor", numbers_or_null(m.floor)}};
    entry.update(to_json(m.orders));
    json above = json::array();
    for (const auto& a : m.above_floor) above.push_back(a ? json(*a) : json(nullptr));
    entry["above_floor"] = std::move(above);
    if (m.frozen_start) entry["frozen_start"] = numbers_or_null(*m.frozen_start);
    json exact = {{"values", numbers_or_null(m.exact_values)}};
    exact.update(to_json(m.exact_orders));
    entry["exact_scheme"] = std::move(exact);
    metrics.push_back(std::move(entry));
  }
  out["metrics"] = std::move(metrics);
  return out;
}

json to_json(const std::vector<ConvergenceGroup>& groups) {
  json out = json::array();
  for (const ConvergenceGroup& g : groups) out.push_back(to_json(g));
  return out;
}

ConvergenceGroup convergence_group_from_json(const json& j, const std::string& family, const std::string& where) {
  if (!j.is_object()) throw UsageError(fmt::format("corrupt results: {} is not an object", where));
  ConvergenceGroup g;
  g.family = family;
  g.scheme = kRead.text(j, where, "scheme");
  g.label = kRead.text_or(j, where, "label", g.scheme);
  g.source = kRead.text(j, where, "source");
  if (g.source != "particles" && g.source != "chain") kRead.refuse(where, "source", "is not \"particles\" or \"chain\"");
  g.t0 = kRead.number(j, where, "t0");
  g.T = kRead.number(j, where, "T");
  g.taus = kRead.numbers(j, where, "taus");
  if (g.scheme == "external") {
    g.solver = kRead.text_or(j, where, "solver", "");
    g.solver_scheme = kRead.text_or(j, where, "solver_scheme", "other");
  }
  const std::size_t k = g.taus.size();
  if (family == "dirac") {
    g.d = static_cast<int>(kRead.whole(j, where, "d", 1, 1 << 20));
    g.r = kRead.number(j, where, "r");
    g.regime = kRead.text_or(j, where, "regime", "");
    const json& seeds = kRead.field(j, where, "seeds");
    if (!seeds.is_array()) kRead.refuse(where, "seeds", "is not a list");
    for (const json& s : seeds) {
      if (!s.is_number_unsigned()) kRead.refuse(where, "seeds", "holds a count that is not a whole number");
      g.seed_counts.push_back(s.get<std::size_t>());
    }
    if (j.contains("points")) g.points = kRead.numbers(j, where, "points");
    if (j.contains("scale") && j["scale"].is_object()) {
      const json& s = j["scale"];
      const std::string at = where + ".scale";
      ScaleConvergence scale;
      scale.exact = kRead.number(s, at, "exact");
      scale.scheme = kRead.numbers(s, at, "scheme");
      scale.rel_error = kRead.numbers(s, at, "rel_error");
      scale.orders = order_series(s, at);
      g.scale = std::move(scale);
    }
  } else {
    const TargetFamily* f = target_family(family);
    g.start = kRead.text(j, where, "start");
    g.target = kRead.text(j, where, "target");
    g.states_d_r = j.contains("d");
    g.d = g.states_d_r ? static_cast<int>(kRead.whole(j, where, "d", 1, 1 << 20)) : (f ? f->fixed_d : 1);
    g.r = g.states_d_r ? kRead.number(j, where, "r") : (f ? f->fixed_r : 1.0);
    const json& seeds = kRead.field(j, where, "seeds");
    if (!seeds.is_array()) kRead.refuse(where, "seeds", "is not a list");
    for (const json& s : seeds) {
      if (!s.is_number_unsigned()) kRead.refuse(where, "seeds", "holds a seed that is not a whole number");
      g.seeds.push_back(s.get<std::uint64_t>());
    }
  }
  const json& metrics = kRead.field(j, where, "metrics");
  if (!metrics.is_array()) kRead.refuse(where, "metrics", "is not a list");
  for (std::size_t i = 0; i < metrics.size(); ++i) {
    const json& m = metrics[i];
    const std::string at = fmt::format("{}.metrics[{}]", where, i);
    if (!m.is_object()) throw UsageError(fmt::format("corrupt results: {} is not an object", at));
    MetricConvergence mc;
    mc.metric = kRead.text(m, at, "metric");
    mc.mean = kRead.numbers(m, at, "mean");
    mc.std = kRead.numbers(m, at, "std");
    mc.min = kRead.numbers(m, at, "min");
    mc.max = kRead.numbers(m, at, "max");
    mc.floor = kRead.numbers(m, at, "floor");
    for (const auto* series : {&mc.mean, &mc.std, &mc.min, &mc.max, &mc.floor})
      if (series->size() != k) kRead.refuse(at, "mean", fmt::format("and its siblings must hold one value per tau ({})", k));
    mc.orders = order_series(m, at);
    if (m.contains("above_floor") && m["above_floor"].is_array())
      for (const json& a : m["above_floor"]) mc.above_floor.push_back(a.is_boolean() ? std::optional<bool>(a.get<bool>()) : std::nullopt);
    if (m.contains("frozen_start")) mc.frozen_start = kRead.numbers(m, at, "frozen_start");
    if (m.contains("exact_scheme") && m["exact_scheme"].is_object()) {
      const json& e = m["exact_scheme"];
      mc.exact_values = kRead.numbers(e, at + ".exact_scheme", "values");
      mc.exact_orders = order_series(e, at + ".exact_scheme");
    }
    g.metrics.push_back(std::move(mc));
  }
  return g;
}

CellResult cell_result_from_json(const json& cell, const std::string& where) {
  if (!cell.is_object()) throw UsageError(fmt::format("corrupt results: {} is not an object", where));
  CellResult c;
  c.document = &cell;
  c.id = kRead.text_or(cell, where, "id", "");  // cells of a study have one; `nwgf run`'s result has none
  c.index = cell.contains("index") && cell["index"].is_number_integer() ? cell["index"].get<int>() : 0;
  const std::string at = where + ".config";
  const json& config = kRead.field(cell, where, "config");
  if (!config.is_object()) kRead.refuse(where, "config", "is not an object");
  c.family = kRead.text_or(config, at, "family", "dirac");
  c.scheme = kRead.text(config, at, "scheme");
  if (c.external()) {
    c.solver = kRead.text_or(config, at, "solver", "");
    c.solver_scheme = kRead.text_or(config, at, "solver_scheme", "other");
  }
  c.start = kRead.text_or(config, at, "start", "");
  c.target = kRead.text_or(config, at, "target", "");
  c.d = static_cast<int>(kRead.whole(config, at, "d", 1, 1 << 20));
  c.r = kRead.number(config, at, "r");
  c.tau = kRead.number(config, at, "tau");
  c.T = kRead.number(config, at, "T");
  c.t0 = kRead.number(config, at, "t0");
  if (config.contains("seed"))
    c.seed = static_cast<std::uint64_t>(kRead.whole(config, at, "seed", 0, std::numeric_limits<long long>::max()));
  if (cell.contains("steps") && cell["steps"].is_array()) {
    const json& steps = cell["steps"];
    c.steps.reserve(steps.size());
    for (std::size_t i = 0; i < steps.size(); ++i) {
      const json& s = steps[i];
      if (!s.is_object()) continue;
      StepResult step;
      step.n = s.contains("n") && s["n"].is_number_integer() ? s["n"].get<int>() : 0;
      step.t = kRead.number_or_nan(s, fmt::format("{}.steps[{}]", where, i), "t");
      for (const auto& [key, value] : s.items())
        if (value.is_number() || value.is_null()) step.values[key] = value.is_number() ? value.get<double>() : kNaN;
      step.particles = point_metrics(s, "particles");
      step.chain = point_metrics(s, "chain");
      c.steps.push_back(std::move(step));
    }
  }
  if (cell.contains("summary") && cell["summary"].is_object()) {
    const json& s = cell["summary"];
    const std::string at_summary = where + ".summary";
    CellSummary& m = c.summary;
    m.status = kRead.text_or(s, at_summary, "status", "ok");
    m.failure = kRead.text_or(s, at_summary, "failure", "");
    m.particles = point_metrics(s, "particles");
    m.chain = point_metrics(s, "chain");
    m.wall_s = kRead.number_or_nan(s, at_summary, "wall_s");
    m.train_wall_s = kRead.number_or_nan(s, at_summary, "train_wall_s");
    m.eval_wall_s = kRead.number_or_nan(s, at_summary, "eval_wall_s");
    m.step_median_s = kRead.number_or_nan(s, at_summary, "step_median_s");
    m.iteration_median_us = kRead.number_or_nan(s, at_summary, "iteration_median_us");
    if (s.contains("ensemble") && s["ensemble"].is_number_integer()) m.ensemble = s["ensemble"].get<int>();
    for (const char* key : {"self_convergence_points", "final_points"})
      if (s.contains(key)) {
        if (!s[key].is_null()) m.points = point_rows(s[key], c.d, where + ".summary", key);
        break;
      }
  } else {
    c.summary.wall_s = c.summary.train_wall_s = c.summary.eval_wall_s = kNaN;
    c.summary.step_median_s = c.summary.iteration_median_us = kNaN;
  }
  return c;
}

std::vector<CellResult> cell_results_from_json(const json& cells) {
  std::vector<CellResult> out;
  if (!cells.is_array()) return out;
  out.reserve(cells.size());
  for (std::size_t i = 0; i < cells.size(); ++i) out.push_back(cell_result_from_json(cells[i], fmt::format("cells[{}]", i)));
  return out;
}

std::vector<const ConvergenceGroup*> StudyResults::groups_of(const std::string& family) const {
  std::vector<const ConvergenceGroup*> out;
  for (const ConvergenceGroup& g : convergence)
    if (g.family == family) out.push_back(&g);
  return out;
}

StudyResults study_results_from_json(const json& doc, const std::string& source) {
  StudyResults results;
  results.kind = kRead.text_or(doc, source, "kind", "study");
  results.complete = doc.contains("complete") && doc["complete"].is_boolean() ? doc["complete"].get<bool>() : false;
  if (doc.contains("shard") && doc["shard"].is_object()) {
    const json& shard = doc["shard"];
    results.shard_index = static_cast<int>(kRead.whole(shard, source + ": shard", "index", 0, 1 << 20));
    results.shard_count = static_cast<int>(kRead.whole(shard, source + ": shard", "count", 1, 1 << 20));
  }
  if (doc.contains("config")) results.config = study_config_from_json(doc["config"], source + " config");
  if (doc.contains("provenance") && doc["provenance"].is_object()) {
    const json& p = doc["provenance"];
    Provenance& prov = results.provenance;
    prov.git_commit = kRead.text_or(p, source + ": provenance", "git_commit", "");
    prov.compiler = kRead.text_or(p, source + ": provenance", "compiler", "");
    prov.libtorch_version = kRead.text_or(p, source + ": provenance", "libtorch_version", "");
    prov.device = kRead.text_or(p, source + ": provenance", "device", "");
    prov.threads = p.contains("threads") && p["threads"].is_number_integer() ? p["threads"].get<int>() : 0;
    prov.start_time = kRead.text_or(p, source + ": provenance", "start_time", "");
    prov.nwgf_version = kRead.text_or(p, source + ": provenance", "nwgf_version", "");
    prov.kernel_isa = kRead.text_or(p, source + ": provenance", "kernel_isa", "");
  }
  if (doc.contains("cells")) results.cells = cell_results_from_json(doc["cells"]);  // pointers into doc
  const auto read_groups = [&](const std::string& key, const std::string& family) {
    if (!doc.contains(key) || !doc[key].is_array()) return;
    const json& list = doc[key];
    for (std::size_t i = 0; i < list.size(); ++i)
      results.convergence.push_back(convergence_group_from_json(list[i], family, fmt::format("{}[{}]", key, i)));
  };
  read_groups("convergence", "dirac");
  for (const TargetFamily* family : target_families()) read_groups(family->name + "_convergence", family->name);
  return results;
}

}  // namespace nwgf::suite
