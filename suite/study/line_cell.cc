// Line-family cells: run, per-step scoring against the exact line references, convergence
// across tau, and the study config's "line" sections (suite/study/line_cell.h).
#include "suite/study/line_cell.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <map>
#include <optional>
#include <set>
#include <tuple>

#include <fmt/format.h>
#include <torch/torch.h>

#include "analytic/line/errors.h"
#include "analytic/line/flow.h"
#include "analytic/line/measure.h"
#include "analytic/line/scales.h"
#include "analytic/line/specs.h"
#include "analytic/line/step_scorer.h"
#include "analytic/orders.h"
#include "neural/device.h"
#include "neural/fused/seeds.h"
#include "neural/particle_flow.h"
#include "neural/scheme_factory.h"
#include "suite/common/errors.h"
#include "suite/common/format.h"
#include "suite/common/message_limits.h"
#include "suite/common/progress.h"
#include "suite/common/provenance.h"
#include "suite/common/whole_number.h"
#include "suite/study/convergence.h"
#include "suite/study/scheme_cell.h"
#include "suite/study/settings_names.h"
#include "suite/study/study_config.h"

namespace nwgf::suite {

namespace {

namespace L = analytic::line;
using L::LineRole;
using L::parse_line_measure;
using json = nlohmann::json;
using neural::derive_seed;

json number_or_null(double v) { return std::isfinite(v) ? json(v) : json(nullptr); }
json optional_number(std::optional<double> v) { return v ? number_or_null(*v) : json(nullptr); }

std::vector<double> to_vector(const torch::Tensor& x) {
  const torch::Tensor c = x.detach().to(torch::kCPU, torch::kFloat64).contiguous().reshape({-1});
  return std::vector<double>(c.data_ptr<double>(), c.data_ptr<double>() + c.numel());
}

torch::Tensor column(const std::vector<double>& v) {
  return torch::from_blob(const_cast<double*>(v.data()), {static_cast<std::int64_t>(v.size()), 1}, torch::kFloat64)
      .clone();
}

// Quantiles of a law at the midpoint levels (i - 1/2)/n, i = 1..n.
std::vector<double> midpoint_quantiles(const L::LineLaw& law, int n) {
  std::vector<double> q(static_cast<std::size_t>(n));
  for (int i = 0; i < n; ++i) q[static_cast<std::size_t>(i)] = law.quantile((i + 0.5) / n);
  return q;
}

class LineCellRun final : public SchemeCellRun {
 public:
  LineCellRun(const CellConfig& config, const RunOptions& options, int ensemble)
      : SchemeCellRun(config, options, ensemble, static_cast<int>(std::llround((config.T - config.t0) / config.tau)),
                      fmt::format("run {} line {} -> {} tau={}", neural::scheme_name(config.scheme), config.start,
                                  config.target, config.tau)),
        scorer_(parse_line_measure(config.start, LineRole::kStart, "start"),
                parse_line_measure(config.target, LineRole::kTarget, "target"), config.tau, config.t0, steps_,
                config.scheme == neural::Scheme::Backward ? analytic::ExactScheme::Jko : analytic::ExactScheme::Euler) {
    const bool atomic_start = config.t0 == 0 && scorer_.start().is_atomic();

    const int m = config.particles;
    std::vector<double> start_points = midpoint_quantiles(scorer_.initial_law(), m);
    if (is_particle_ && atomic_start)  // ordered offsets: a particle flow cannot leave a Dirac
      for (int i = 0; i < m; ++i) start_points[static_cast<std::size_t>(i)] += config.settings.start_box * ((i + 0.5) / m - 0.5);
    const torch::Tensor start = column(start_points);

    neural::RieszFunctional functional;
    functional.r = 1.0;
    functional.target = column(midpoint_quantiles(scorer_.target(), kLineTargetPoints));
    if (is_particle_) {
      flow_ = std::make_unique<neural::ParticleFlow>(functional, start, device_);
    } else {
      const neural::NeuralSchemeSpec spec = neural::neural_scheme_spec(config.scheme, 1, config.settings);
      scheme_ = neural::make_neural_scheme(spec, functional, neural::ChainStart::uniform_on(start), start, device_,
                                           derive_seed(config.seed, 1));
    }
    start_chain();
    // Quantile snapshots at the steps nearest T/4, T/2, 3T/4 and T.
    for (int k = 1; k <= 4; ++k) snapshot_steps_.insert(std::max(1, static_cast<int>(std::lround(k * steps_ / 4.0))));
  }

 private:
  void score_step(int n, double /*t*/, const torch::Tensor& points, json& record) override {
    // Against the exact flow at t_n and the exact iterate of the same scheme after n steps
    // (docs/math.md 6.3): JKO for backward, explicit Euler otherwise (analytic/line/step_scorer.h).
    const L::LineStepReference reference = scorer_.reference(n);
    record["scheme_w2_to_flow"] = optional_number(reference.scheme_w2_to_flow());
    record["scheme_mmd_to_flow"] = optional_number(reference.scheme_mmd_to_flow());
    std::vector<double> x = to_vector(points);
    record["particles"] = line_metrics_json(reference.metrics(x));
    record["chain"] = use_chain_ ? line_metrics_json(reference.metrics(to_vector(chain_samples_at(n)))) : json(nullptr);
    if (snapshot_steps_.count(n))
      quantiles_.push_back(line_quantile_snapshot_json(reference, reference.quantiles(std::move(x), kLineQuantileLevels)));
  }

  bool metrics_finite(const json& metrics) const override { return line_metrics_finite(metrics); }

  std::string progress_status(double t, const json& record) const override {
    const auto number = [](const json& v) { return v.is_number() ? v.get<double>() : NAN; };
    return fmt::format("t={:.3g} w2={:.3g} mmd={:.3g} (floor {:.3g})", t, number(record["particles"]["w2"]),
                       number(record["particles"]["mmd"]), number(record["particles"]["mmd_floor"]));
  }

  void add_summary(json& summary, bool) override {
    summary["start"] = "line";
    summary["scheme_reference"] = config_.scheme == neural::Scheme::Backward ? "jko" : "euler";
    summary["quantiles"] = quantiles_;
  }

  L::LineStepScorer scorer_;  // the exact references; initial_law() is mu_{t0}, the schemes' start
  std::set<int> snapshot_steps_;
  json quantiles_ = json::array();
};

}  // namespace

nlohmann::json line_metrics_json(const analytic::line::LineStepMetrics& m) {
  return {{"n", m.n},
          {"w2", number_or_null(m.w2)},
          {"mmd", number_or_null(m.mmd)},
          {"mmd2", number_or_null(m.mmd2)},
          {"mmd_floor", number_or_null(m.mmd_floor)},
          {"w2_to_scheme", optional_number(m.w2_to_scheme)},
          {"mmd_to_scheme", optional_number(m.mmd_to_scheme)},
          {"mmd_to_scheme_floor", optional_number(m.mmd_to_scheme_floor)},
          {"mmd_to_target", number_or_null(m.mmd_to_target)}};
}

bool line_metrics_finite(const nlohmann::json& m) {
  for (const char* k : {"w2", "mmd", "mmd_to_target"})
    if (!m.contains(k) || !m[k].is_number()) return false;
  return true;
}

nlohmann::json line_quantile_snapshot_json(const analytic::line::LineStepReference& reference,
                                           const analytic::line::LineQuantileSnapshot& q) {
  json points = json::array();
  for (double x : q.points) points.push_back(number_or_null(x));
  return {{"n", reference.step()}, {"t", reference.time()}, {"levels", q.levels}, {"particles", points},
          {"flow", q.flow}, {"scheme", q.scheme}};
}

std::vector<std::string> line_cell_problems(const CellConfig& c) {
  std::vector<std::string> out;
  if (c.family != CellFamily::Line) {
    if (!c.start.empty() || !c.target.empty())
      out.push_back("'start' and 'target' are keys of line cells only (give \"family\": \"line\")");
    return out;
  }
  if (c.d != 1)
    out.push_back(fmt::format("'d' = {} is outside the allowed range [1, 1] for a line cell (the exact line "
                              "reference holds on R only)", c.d));
  if (c.r != 1.0)
    out.push_back("'r' = " + format_double(c.r) +
                  " is outside the allowed range [1, 1] for a line cell (the exact line reference holds for the "
                  "distance kernel, r = 1)");
  std::optional<L::LineMeasure> start, target;
  try {
    start = parse_line_measure(c.start, LineRole::kStart, "start");
  } catch (const std::exception& e) {
    out.push_back(e.what());
  }
  try {
    target = parse_line_measure(c.target, LineRole::kTarget, "target");
  } catch (const std::exception& e) {
    out.push_back(e.what());
  }
  // The scales the exact references resolve, up to T (the scorer checks the same when it is built).
  if (start && target && c.T >= 0.0) {
    const std::string scale = L::scale_problem(*start, *target, c.T);
    if (!scale.empty()) out.push_back("start " + excerpt(c.start) + ", target " + excerpt(c.target) + ", T = " +
                                      format_double(c.T) + ": " + scale);
  }
  return out;
}

std::unique_ptr<CellStepper> make_line_cell(const CellConfig& config, const RunOptions& options, int ensemble) {
  return std::make_unique<LineCellRun>(config, options, ensemble);
}

json run_line_cell(const CellConfig& config, const RunOptions& options) {
  validate(config);
  neural::resolve_device(config.settings.device);
  neural::set_threads(config.settings.threads);
  LineCellRun cell(config, options, 1);
  while (!cell.finished()) cell.advance();
  return cell.result();
}

// ---------------------------------------------------------------------------------------------
// Convergence across tau.

json line_convergence_analysis(const json& cells) {
  // Grouped by label: the scheme of a built-in cell, the solver's name of an external one (whose
  // cells carry the exact iterate of the scheme its solver declares).
  struct Group {
    std::string label, scheme, solver, solver_scheme, start, target;
    double t0, T;
    std::map<double, std::vector<const json*>, std::greater<double>> by_tau;  // decreasing tau
  };
  std::vector<Group> groups;
  for (const auto& cell : cells) {
    const json& c = cell["config"];
    if (c.value("family", std::string("dirac")) != "line") continue;
    const std::string scheme = c["scheme"], start = c["start"], target = c["target"];
    const bool external = scheme == "external";
    const std::string solver = external ? c.value("solver", std::string()) : std::string();
    const std::string solver_scheme = external ? c.value("solver_scheme", std::string("other")) : scheme;
    const std::string label = external ? solver : scheme;
    const double t0 = c["t0"], T = c["T"], tau = c["tau"];
    auto it = std::find_if(groups.begin(), groups.end(), [&](const Group& g) {
      return g.label == label && g.scheme == scheme && g.start == start && g.target == target && g.t0 == t0 &&
             g.T == T;
    });
    if (it == groups.end()) {
      groups.push_back(Group{label, scheme, solver, solver_scheme, start, target, t0, T, {}});
      it = std::prev(groups.end());
    }
    it->by_tau[tau].push_back(&cell);
  }
  const auto numbers = [](const std::vector<double>& v) {
    json a = json::array();
    for (double x : v) a.push_back(number_or_null(x));
    return a;
  };
  const auto orders_json = [&](const std::vector<double>& taus, const std::vector<double>& errors, json& into) {
    const SequenceOrders o = sequence_orders(taus, errors);
    into["successive_orders"] = numbers(o.successive);
    into["fit"] = o.fit ? order_fit_to_json(*o.fit) : json(nullptr);
  };
  const auto last_step_number = [](const json& cell, const char* key) {
    const json& steps = cell["steps"];
    if (!steps.is_array() || steps.empty() || !steps.back().contains(key) || !steps.back()[key].is_number())
      return std::nan("");
    return steps.back()[key].get<double>();
  };

  json out = json::array();
  for (const Group& g : groups) {
    std::vector<double> taus;
    for (const auto& item : g.by_tau) taus.push_back(item.first);
    for (const char* source : {"particles", "chain"}) {
      bool any = false;
      for (const auto& [tau, list] : g.by_tau)
        for (const json* cell : list) any |= (*cell)["summary"].contains(source) && (*cell)["summary"][source].is_object();
      if (!any) continue;
      json group = {{"family", "line"}, {"scheme", g.scheme}, {"label", g.label},   {"start", g.start},
                    {"target", g.target}, {"t0", g.t0},       {"T", g.T},           {"source", source},
                    {"taus", taus}};
      if (!g.solver.empty()) {
        group["solver"] = g.solver;
        group["solver_scheme"] = g.solver_scheme;
      }
      std::set<std::uint64_t> seeds;
      for (const auto& [tau, list] : g.by_tau)
        for (const json* cell : list) seeds.insert((*cell)["config"].value("seed", std::uint64_t{0}));
      group["seeds"] = seeds;
      json metrics = json::array();
      for (const char* metric : {"w2", "mmd", "w2_to_scheme", "mmd_to_scheme", "mmd_to_target"}) {
        const std::string name = metric;
        const char* floor_key = name == "mmd" ? "mmd_floor" : name == "mmd_to_scheme" ? "mmd_to_scheme_floor" : nullptr;
        const char* exact_key = name == "w2" ? "scheme_w2_to_flow" : name == "mmd" ? "scheme_mmd_to_flow" : nullptr;
        std::vector<double> mean, stdev, lo, hi, floor, exact;
        json above = json::array();
        for (const auto& [tau, list] : g.by_tau) {
          std::vector<double> v, f, e;
          for (const json* cell : list) {
            const json& s = (*cell)["summary"];
            if (!s.contains(source) || !s[source].is_object()) continue;
            const json& m = s[source];
            if (m.contains(name) && m[name].is_number()) v.push_back(m[name].get<double>());
            if (floor_key && m.contains(floor_key) && m[floor_key].is_number()) f.push_back(m[floor_key].get<double>());
            if (exact_key) e.push_back(last_step_number(*cell, exact_key));
          }
          double sum = 0, fsum = 0;
          for (double x : v) sum += x;
          for (double x : f) fsum += x;
          const double mu = v.empty() ? NAN : sum / v.size();
          double var = 0;
          for (double x : v) var += (x - mu) * (x - mu);
          mean.push_back(mu);
          stdev.push_back(v.size() > 1 ? std::sqrt(var / (v.size() - 1)) : NAN);
          lo.push_back(v.empty() ? NAN : *std::min_element(v.begin(), v.end()));
          hi.push_back(v.empty() ? NAN : *std::max_element(v.begin(), v.end()));
          const double fl = f.empty() ? NAN : fsum / f.size();
          floor.push_back(fl);
          above.push_back(std::isfinite(fl) && std::isfinite(mu) ? json(mu > fl) : json(nullptr));
          // The exact iterate is the same for every seed: the first cell's value.
          double ex = e.empty() ? NAN : e.front();
          if (std::isfinite(ex) && ex < kLineExactInTime) ex = 0.0;  // exact in time: no order from rounding
          exact.push_back(ex);
        }
        json entry = {{"metric", name}, {"mean", numbers(mean)}, {"std", numbers(stdev)}, {"min", numbers(lo)},
                      {"max", numbers(hi)}, {"floor", numbers(floor)}, {"above_floor", above}};
        orders_json(taus, mean, entry);
        json ex = {{"values", exact_key ? numbers(exact) : json::array()}};
        if (exact_key) {
          orders_json(taus, exact, ex);
        } else {
          ex["successive_orders"] = json::array();
          ex["fit"] = nullptr;
        }
        entry["exact_scheme"] = ex;
        metrics.push_back(entry);
      }
      group["metrics"] = metrics;
      out.push_back(group);
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Study config sections.

std::string line_section_default_name(const std::string& start, const std::string& target) {
  const auto clean = [](const std::string& spec) {
    std::string out;
    for (char ch : spec) {
      if (std::isalnum(static_cast<unsigned char>(ch)) || ch == '.' || ch == '-' || ch == '+') out += ch;
      else if (ch == '@') out += 'w';
      else if (ch == ';' || ch == ',') out += '_';
      // ':' and anything else: dropped
    }
    return out;
  };
  std::string name = clean(start) + "_to_" + clean(target);
  if (name.size() > 64) name.resize(64);
  return name;
}

std::string line_cell_id(const std::string& scheme, const std::string& name, double tau, std::uint64_t seed) {
  return fmt::format("{}/line/{}/tau{}/seed{}", scheme, name, short_number(tau), seed);
}

namespace {

bool valid_name(const std::string& s) {
  if (s.empty() || s.size() > 64) return false;
  for (char ch : s)
    if (!(std::isalnum(static_cast<unsigned char>(ch)) || ch == '_' || ch == '.' || ch == '-' || ch == '+')) return false;
  return true;
}

bool divides(double span, double tau) {
  const double n = span / tau;
  return n >= 0.5 && std::abs(n - std::round(n)) <= 1e-9 * std::max(1.0, n);
}

}  // namespace

void read_line_sections(const json& list, StudyConfig& config, std::vector<std::string>& problems) {
  if (!list.is_array() || list.empty()) {
    problems.push_back(fmt::format("'line' must be a non-empty list of line sections, got {}", excerpt(list.dump())));
    return;
  }
  static const std::set<std::string> allowed{"name",      "start",     "target",       "T",    "t0",
                                             "taus",      "schemes",   "seeds",        "particles",
                                             "eval_samples", "iters",     "solvers"};
  std::set<std::string> names;
  for (std::size_t i = 0; i < list.size(); ++i) {
    const json& e = list[i];
    const std::string where = fmt::format("line[{}]", i);
    if (!e.is_object()) {
      problems.push_back(fmt::format("'{}' must be a JSON object, got {}", where, excerpt(e.dump())));
      continue;
    }
    const std::size_t before = problems.size();
    for (const auto& item : e.items())
      if (!allowed.count(item.key())) {
        std::string keys;
        for (const auto& a : allowed) keys += (keys.empty() ? "" : ", ") + a;
        problems.push_back(fmt::format("unknown key '{}.{}' (allowed: {})", where, excerpt(item.key()), keys));
      }
    LineSection s;
    const auto text = [&](const char* key, std::string& out, bool required) {
      if (!e.contains(key)) {
        if (required) problems.push_back(fmt::format("'{}.{}' is missing (a spec string)", where, key));
        return;
      }
      if (!e[key].is_string()) problems.push_back(fmt::format("'{}.{}' must be a string, got {}", where, key, excerpt(e[key].dump())));
      else out = e[key].get<std::string>();
    };
    text("start", s.start, true);
    text("target", s.target, true);
    text("name", s.name, false);
    if (!s.start.empty()) {
      try {
        parse_line_measure(s.start, LineRole::kStart, where + ".start");
      } catch (const std::exception& x) {
        problems.push_back(x.what());
      }
    }
    if (!s.target.empty()) {
      try {
        parse_line_measure(s.target, LineRole::kTarget, where + ".target");
      } catch (const std::exception& x) {
        problems.push_back(x.what());
      }
    }
    if (!e.contains("name") && !s.start.empty() && !s.target.empty())
      s.name = line_section_default_name(s.start, s.target);
    if (e.contains("name") && !valid_name(s.name))
      problems.push_back(fmt::format("'{}.name' = {} must be 1 to 64 of A-Z a-z 0-9 _ . + -", where, excerpt(e["name"].dump())));
    else if (!s.name.empty() && !names.insert(s.name).second)
      problems.push_back(fmt::format("'{}.name' = \"{}\" is listed twice (give each line section its own name)", where, s.name));

    const auto number = [&](const char* key, double& out) {
      if (!e.contains(key)) return true;
      if (!e[key].is_number() || !std::isfinite(e[key].get<double>())) {
        problems.push_back(fmt::format("'{}.{}' must be a finite number, got {}", where, key, excerpt(e[key].dump())));
        return false;
      }
      out = e[key].get<double>();
      return true;
    };
    bool times = number("T", s.T) & number("t0", s.t0);
    if (times && !(s.t0 >= 0)) {
      problems.push_back(fmt::format("'{}.t0' = {} must be >= 0", where, short_number(s.t0)));
      times = false;
    }
    if (times && !(s.T > s.t0)) {
      problems.push_back(fmt::format("'{}.T' = {} must be greater than t0 = {}", where, short_number(s.T), short_number(s.t0)));
      times = false;
    }
    if (!e.contains("taus") || !e["taus"].is_array() || e["taus"].empty()) {
      problems.push_back(fmt::format("'{}.taus' must be a non-empty list of step sizes > 0", where));
    } else {
      std::set<double> seen;
      for (std::size_t k = 0; k < e["taus"].size(); ++k) {
        const json& v = e["taus"][k];
        if (!v.is_number() || !(v.get<double>() > 0) || !std::isfinite(v.get<double>())) {
          problems.push_back(fmt::format("'{}.taus[{}]' = {} must be a number > 0", where, k, excerpt(v.dump())));
          continue;
        }
        const double tau = v.get<double>();
        if (!seen.insert(tau).second) problems.push_back(fmt::format("'{}.taus[{}]' = {} is listed twice", where, k, short_number(tau)));
        else if (times && !divides(s.T - s.t0, tau))
          problems.push_back(fmt::format("'{}.taus[{}]' = {} does not divide T - t0 = {} - {} into a whole number of steps",
                                         where, k, short_number(tau), short_number(s.T), short_number(s.t0)));
        else s.taus.push_back(tau);
      }
    }
    // "solvers": names of the study's external solvers run for this section too (none by default:
    // a solver must be able to run the line family; suite/study/solver_spec.h).
    if (e.contains("solvers")) {
      if (!e["solvers"].is_array()) {
        problems.push_back(fmt::format("'{}.solvers' must be a list of the study's solver names", where));
      } else {
        std::set<std::string> seen;
        for (std::size_t k = 0; k < e["solvers"].size(); ++k) {
          const json& v = e["solvers"][k];
          const bool known = v.is_string() && std::any_of(config.solvers.begin(), config.solvers.end(),
                                                          [&](const SolverSpec& x) { return x.name == v.get<std::string>(); });
          if (!known)
            problems.push_back(fmt::format("'{}.solvers[{}]' = {} is not the name of one of the study's solvers", where, k,
                                           excerpt(v.dump())));
          else if (!seen.insert(v.get<std::string>()).second)
            problems.push_back(fmt::format("'{}.solvers[{}]' = {} is listed twice", where, k, excerpt(v.dump())));
          else s.solvers.push_back(v.get<std::string>());
        }
      }
    }
    if (e.contains("schemes")) {
      s.schemes_given = true;
      if (!e["schemes"].is_array() || (e["schemes"].empty() && s.solvers.empty())) {
        problems.push_back(fmt::format("'{}.schemes' must be a non-empty list of backward, forward, particle", where));
      } else {
        std::set<neural::Scheme> seen;
        for (std::size_t k = 0; k < e["schemes"].size(); ++k) {
          const json& v = e["schemes"][k];
          const auto scheme = v.is_string() ? neural::parse_scheme(v.get<std::string>()) : std::nullopt;
          if (!scheme) problems.push_back(fmt::format("'{}.schemes[{}]' = {} is not one of {}", where, k, excerpt(v.dump()), neural::kSchemeNames));
          else if (!seen.insert(*scheme).second) problems.push_back(fmt::format("'{}.schemes[{}]' = {} is listed twice", where, k, excerpt(v.dump())));
          else s.schemes.push_back(*scheme);
        }
      }
    } else if (config.schemes.empty() && s.solvers.empty()) {
      problems.push_back(fmt::format("'{}.schemes' is missing and the study has no schemes (nor does the section name solvers)", where));
    }
    if (e.contains("seeds")) {
      if (!e["seeds"].is_array() || e["seeds"].empty()) {
        problems.push_back(fmt::format("'{}.seeds' must be a non-empty list of integers in [0, {}]", where, CellBounds::kMaxSeed));
      } else {
        std::set<std::uint64_t> seen;
        for (std::size_t k = 0; k < e["seeds"].size(); ++k) {
          const json& v = e["seeds"][k];
          try {  // suite/common/whole_number.h: the value as written, never wrapped
            const auto seed = static_cast<std::uint64_t>(json_whole_number(
                v, fmt::format("'{}.seeds[{}]'", where, k), 0, static_cast<std::int64_t>(CellBounds::kMaxSeed)));
            if (!seen.insert(seed).second)
              problems.push_back(fmt::format("'{}.seeds[{}]' = {} is listed twice", where, k, excerpt(v.dump())));
            else s.seeds.push_back(seed);
          } catch (const UsageError& error) {
            problems.push_back(error.what());
          }
        }
      }
    }
    const auto count = [&](const char* key, int& out, long long low, long long high) {
      if (!e.contains(key)) return;
      try {
        out = static_cast<int>(json_whole_number(e[key], fmt::format("'{}.{}'", where, key), low, high));
      } catch (const UsageError& error) {
        problems.push_back(error.what());
      }
    };
    count("particles", s.particles, 2, CellBounds::kMaxParticles);
    count("eval_samples", s.eval_samples, 0, CellBounds::kMaxEvalSamples);
    count("iters", s.iters, 1, 100000000);
    if (problems.size() == before) config.line.push_back(std::move(s));
  }
}

namespace {

// The section's schemes: its own list when it gives one ("schemes": [] with solvers: none), else
// the study's.
const std::vector<neural::Scheme>& section_schemes(const StudyConfig& config, const LineSection& s) {
  return s.schemes_given ? s.schemes : config.schemes;
}

// A line cell of section s at (tau, seed): the study's base settings, d = 1, r = 1.
StudyCell line_study_cell(const StudyConfig& config, const LineSection& s, const std::string& label, double tau,
                          std::uint64_t seed, int index) {
  StudyCell cell;
  cell.index = index;
  cell.id = line_cell_id(label, s.name, tau, seed);
  CellConfig& k = cell.config;
  k = config.base;
  k.family = CellFamily::Line;
  k.start = s.start;
  k.target = s.target;
  k.d = 1;
  k.r = 1.0;
  k.tau = tau;
  k.seed = seed;
  k.T = s.T;
  k.t0 = s.t0;
  return cell;
}

}  // namespace

json line_sections_to_json(const StudyConfig& config) {
  json list = json::array();
  for (const LineSection& s : config.line) {
    json schemes = json::array();
    for (const neural::Scheme scheme : section_schemes(config, s))
      schemes.push_back(neural::scheme_name(scheme));
    list.push_back({{"name", s.name},
                    {"start", s.start},
                    {"target", s.target},
                    {"T", s.T},
                    {"t0", s.t0},
                    {"taus", s.taus},
                    {"schemes", schemes},
                    {"seeds", s.seeds.empty() ? config.seeds : s.seeds},
                    {"particles", s.particles > 0 ? s.particles : config.base.particles},
                    {"eval_samples", s.eval_samples >= 0 ? s.eval_samples : config.base.eval_samples},
                    {"iters", s.iters > 0 ? s.iters : config.base.settings.iters}});
    if (!s.solvers.empty()) list.back()["solvers"] = s.solvers;  // absent without: files from before the key
  }
  return list;
}

void append_external_line_cells(const StudyConfig& config, std::vector<StudyCell>& cells) {
  for (const LineSection& s : config.line)
    for (const std::string& name : s.solvers) {
      const auto solver = std::find_if(config.solvers.begin(), config.solvers.end(),
                                       [&](const SolverSpec& x) { return x.name == name; });
      for (double tau : s.taus)
        for (std::uint64_t seed : s.seeds.empty() ? config.seeds : s.seeds) {
          StudyCell cell = line_study_cell(config, s, "external/" + name, tau, seed, static_cast<int>(cells.size()));
          cell.solver = static_cast<int>(solver - config.solvers.begin());
          cells.push_back(std::move(cell));
        }
    }
}

void append_line_cells(const StudyConfig& config, std::vector<StudyCell>& cells) {
  for (const LineSection& s : config.line)
    for (const neural::Scheme scheme : section_schemes(config, s))
      for (double tau : s.taus)
        for (std::uint64_t seed : s.seeds.empty() ? config.seeds : s.seeds) {
          StudyCell cell = line_study_cell(config, s, std::string(neural::scheme_name(scheme)), tau, seed,
                                           static_cast<int>(cells.size()));
          CellConfig& k = cell.config;
          k.scheme = scheme;
          if (s.particles > 0) k.particles = s.particles;
          if (s.eval_samples >= 0) k.eval_samples = s.eval_samples;
          if (s.iters > 0) k.settings.iters = s.iters;
          cells.push_back(std::move(cell));
        }
}

}  // namespace nwgf::suite
