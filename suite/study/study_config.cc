#include "suite/study/study_config.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <cstdio>
#include <set>

#include <fmt/format.h>

#include "suite/common/format.h"
#include "suite/common/io_util.h"
#include "suite/common/message_limits.h"
#include "suite/common/whole_number.h"
#include "suite/study/settings_names.h"

namespace nwgf::suite {

using nlohmann::json;

std::string short_number(double x) { return format_shortest(x); }  // suite/common/format.h

std::string cell_id(const std::string& scheme, int d, double r, double tau, std::uint64_t seed) {
  return fmt::format("{}/d{}/r{}/tau{}/seed{}", scheme, d, short_number(r), short_number(tau), seed);
}

double StudyConfig::start_time(neural::Scheme scheme, double r) const {
  if (scheme == neural::Scheme::Forward && r != 1.0 && forward_t0 >= 0) return forward_t0;
  return t0;
}

namespace {


// Collects problems while reading a JSON object key by key. Each reader returns whether the value
// was usable; on failure the problem is recorded and the default is kept.
class Reader {
 public:
  explicit Reader(std::vector<std::string>& problems) : problems_(problems) {}

  void problem(const std::string& line) { problems_.push_back(line); }

  // Checks the object's keys against the allowed set (one problem per unknown key).
  bool object(const json& j, const std::string& where, const std::set<std::string>& allowed) {
    if (!j.is_object()) {
      problem(fmt::format("'{}' must be a JSON object, got {}", where, excerpt(j.dump())));
      return false;
    }
    for (const auto& item : j.items()) {
      if (!allowed.count(item.key())) {
        std::string list;
        for (const auto& a : allowed) list += (list.empty() ? "" : ", ") + a;
        problem(fmt::format("unknown key '{}{}' (allowed: {})", where.empty() ? "" : where + ".",
                            excerpt(item.key()), list));
      }
    }
    return true;
  }

  bool number(const json& j, const std::string& key, double& out) {
    if (!j.is_number()) {
      problem(fmt::format("'{}' must be a number, got {}", key, excerpt(j.dump())));
      return false;
    }
    out = j.get<double>();
    if (!std::isfinite(out)) {
      problem(fmt::format("'{}' must be finite, got {}", key, excerpt(j.dump())));
      return false;
    }
    return true;
  }

  // A whole number in [lo, hi], as written (suite/common/whole_number.h: never clamped or wrapped).
  bool integer(const json& j, const std::string& key, long long& out, long long lo, long long hi) {
    try {
      out = json_whole_number(j, "'" + key + "'", lo, hi);
      return true;
    } catch (const UsageError& e) {
      problem(e.what());
      return false;
    }
  }

  bool string(const json& j, const std::string& key, std::string& out) {
    if (!j.is_string()) {
      problem(fmt::format("'{}' must be a string, got {}", key, excerpt(j.dump())));
      return false;
    }
    out = j.get<std::string>();
    return true;
  }

  // A non-empty array; each element is handed to `element` with its index.
  template <typename F>
  bool list(const json& j, const std::string& key, F element) {
    if (!j.is_array()) {
      problem(fmt::format("'{}' must be a list, got {}", key, excerpt(j.dump())));
      return false;
    }
    if (j.empty()) {
      problem(fmt::format("'{}' is an empty list; give at least one value", key));
      return false;
    }
    for (std::size_t i = 0; i < j.size(); ++i) element(j[i], fmt::format("{}[{}]", key, i));
    return true;
  }

 private:
  std::vector<std::string>& problems_;
};

// Whole number of steps (t - t0)/tau within 1e-9 relative (as analytic::step_count).
bool divides(double span, double tau) {
  const double n = span / tau;
  return n >= 0.5 && std::abs(n - std::round(n)) <= 1e-9 * std::max(1.0, n);
}

}  // namespace

StudyConfig study_config_from_json(const json& j, const std::string& source) {
  std::vector<std::string> problems;
  Reader rd(problems);
  StudyConfig c;
  std::set<std::string> top{"name",       "description", "schemes",  "d",
                            "r",          "taus",        "seeds",    "T",
                            "t0",         "forward_t0",  "particles", "eval_samples",
                            "network",    "training",    "particle_flow", "device",
                            "threads",    "solvers"};
  bool has_sections = false;  // sections of a family toward a target (suite/study/target_section.h)
  for (const TargetFamily* family : target_families()) {
    top.insert(family->name);
    has_sections |= j.is_object() && j.contains(family->name);
  }
  if (!rd.object(j, "", top)) {
    throw StudyConfigError(source + ": the config must be a JSON object", problems);
  }
  for (const char* required : {"schemes", "d", "r", "taus"}) {
    if (std::string(required) == "schemes" && j.contains("solvers")) continue;  // a study of solvers only
    if (has_sections && std::string(required) != "schemes") continue;  // section cells only: no d, r, taus
    if (!j.contains(required)) rd.problem(fmt::format("missing key '{}' (a non-empty list)", required));
  }

  auto positive_int = [&](const json& v, const std::string& key, int& out, long long min_value,
                          long long max_value) {
    long long x = 0;
    if (rd.integer(v, key, x, min_value, max_value)) out = static_cast<int>(x);
  };

  if (j.contains("name")) rd.string(j["name"], "name", c.name);
  if (j.contains("description")) rd.string(j["description"], "description", c.description);

  // A study of solvers only writes "schemes": [] into its results (study_config_to_json).
  const bool solvers_only = j.contains("solvers") && j.contains("schemes") && j["schemes"].is_array() &&
                            j["schemes"].empty();
  if (j.contains("schemes") && !solvers_only) {
    std::set<neural::Scheme> seen;
    rd.list(j["schemes"], "schemes", [&](const json& v, const std::string& key) {
      std::string s;
      if (!rd.string(v, key, s)) return;
      const auto scheme = neural::parse_scheme(s);
      if (!scheme) {
        rd.problem(fmt::format("'{}' = \"{}\" is not one of {}", key, excerpt(s), neural::kSchemeNames));
      } else if (!seen.insert(*scheme).second) {
        rd.problem(fmt::format("'{}' = \"{}\" is listed twice", key, excerpt(s)));
      } else {
        c.schemes.push_back(*scheme);
      }
    });
  }
  if (j.contains("solvers")) {
    std::set<std::string> names;
    rd.list(j["solvers"], "solvers", [&](const json& v, const std::string& key) {
      std::vector<std::string> found;
      SolverSpec solver = solver_spec_from_json(v, key, found);
      for (const auto& line : found) rd.problem(line);
      if (!found.empty()) return;
      if (neural::parse_scheme(solver.name) || solver.name == "external") {
        rd.problem(fmt::format("'{}.name' = \"{}\" is the name of a built-in scheme; give the solver another name",
                               key, solver.name));
      } else if (!names.insert(solver.name).second) {
        rd.problem(fmt::format("'{}.name' = \"{}\" is listed twice", key, solver.name));
      } else {
        c.solvers.push_back(std::move(solver));
      }
    });
  }
  // A study of sections only writes "d", "r", "taus": [] into its results (study_config_to_json).
  const auto line_only_empty = [&](const char* key) {
    return has_sections && j[key].is_array() && j[key].empty();
  };
  if (j.contains("d") && !line_only_empty("d")) {
    std::set<int> seen;
    rd.list(j["d"], "d", [&](const json& v, const std::string& key) {
      int d = 0;
      positive_int(v, key, d, 1, CellBounds::kMaxDimension);
      if (d >= 1) {
        if (!seen.insert(d).second) rd.problem(fmt::format("'{}' = {} is listed twice", key, d));
        else c.dims.push_back(d);
      }
    });
  }
  if (j.contains("r") && !line_only_empty("r")) {
    std::set<double> seen;
    rd.list(j["r"], "r", [&](const json& v, const std::string& key) {
      double r = 0;
      if (!rd.number(v, key, r)) return;
      if (!(r > 0 && r < 2)) {
        rd.problem(fmt::format("'{}' = {} is outside (0, 2) (the Riesz exponent)", key, short_number(r)));
      } else if (!seen.insert(r).second) {
        rd.problem(fmt::format("'{}' = {} is listed twice", key, short_number(r)));
      } else {
        c.rs.push_back(r);
      }
    });
  }
  if (j.contains("taus") && !line_only_empty("taus")) {
    std::set<double> seen;
    rd.list(j["taus"], "taus", [&](const json& v, const std::string& key) {
      double tau = 0;
      if (!rd.number(v, key, tau)) return;
      if (!(tau > 0)) {
        rd.problem(fmt::format("'{}' = {} must be > 0", key, short_number(tau)));
      } else if (!seen.insert(tau).second) {
        rd.problem(fmt::format("'{}' = {} is listed twice", key, short_number(tau)));
      } else {
        c.taus.push_back(tau);
      }
    });
  }
  if (j.contains("seeds")) {
    c.seeds.clear();
    std::set<long long> seen;
    rd.list(j["seeds"], "seeds", [&](const json& v, const std::string& key) {
      long long s = 0;
      if (!rd.integer(v, key, s, 0, static_cast<long long>(CellBounds::kMaxSeed))) return;
      if (!seen.insert(s).second) {
        rd.problem(fmt::format("'{}' = {} is listed twice", key, s));
      } else {
        c.seeds.push_back(static_cast<std::uint64_t>(s));
      }
    });
  }
  bool times_ok = true;
  if (j.contains("T")) times_ok &= rd.number(j["T"], "T", c.T);
  if (j.contains("t0")) times_ok &= rd.number(j["t0"], "t0", c.t0);
  if (j.contains("forward_t0")) times_ok &= rd.number(j["forward_t0"], "forward_t0", c.forward_t0);
  if (times_ok) {
    if (c.t0 < 0) {
      rd.problem(fmt::format("'t0' = {} must be >= 0", short_number(c.t0)));
      times_ok = false;
    }
    if (j.contains("forward_t0") && c.forward_t0 < 0) {
      rd.problem(fmt::format("'forward_t0' = {} must be >= 0", short_number(c.forward_t0)));
      times_ok = false;
    }
    if (!(c.T > c.t0)) {
      rd.problem(fmt::format("'T' = {} must be greater than t0 = {}", short_number(c.T), short_number(c.t0)));
      times_ok = false;
    }
    if (j.contains("forward_t0") && c.forward_t0 >= 0 && !(c.T > c.forward_t0)) {
      rd.problem(fmt::format("'T' = {} must be greater than forward_t0 = {}", short_number(c.T),
                             short_number(c.forward_t0)));
      times_ok = false;
    }
  }

  CellConfig& b = c.base;
  neural::SchemeSettings& set = b.settings;
  if (j.contains("particles")) positive_int(j["particles"], "particles", b.particles, 2, CellBounds::kMaxParticles);
  if (j.contains("eval_samples"))
    positive_int(j["eval_samples"], "eval_samples", b.eval_samples, 0, CellBounds::kMaxEvalSamples);
  // The scheme settings: types here, ranges in neural::settings_problems (one message per field,
  // the same as `nwgf run` and `nwgf flow` give).
  const auto integer = [&](const json& v, const std::string& key, int& out) {
    long long x = 0;
    if (rd.integer(v, key, x, -2147483647LL, 2147483647LL)) out = static_cast<int>(x);
  };
  const auto name = [&](const json& v, const std::string& key, auto parse) {
    std::string text;
    if (!rd.string(v, key, text)) return;
    try {
      parse(text, key);
    } catch (const UsageError& e) {
      rd.problem(e.what());
    }
  };
  if (j.contains("device"))
    name(j["device"], "device", [&](const std::string& t, const std::string& k) { set.device = device_named(t, k); });
  if (j.contains("threads")) integer(j["threads"], "threads", set.threads);
  if (j.contains("network") &&
      rd.object(j["network"], "network", {"width", "depth", "activation", "latent", "generator_output"})) {
    const json& n = j["network"];
    if (n.contains("width")) integer(n["width"], "network.width", set.width);
    if (n.contains("depth")) integer(n["depth"], "network.depth", set.depth);
    if (n.contains("latent")) integer(n["latent"], "network.latent", set.latent);
    if (n.contains("activation"))
      name(n["activation"], "network.activation",
           [&](const std::string& t, const std::string& k) { set.activation = activation_named(t, k); });
    if (n.contains("generator_output"))
      name(n["generator_output"], "network.generator_output",
           [&](const std::string& t, const std::string& k) { set.generator_output = generator_output_named(t, k); });
  }
  if (j.contains("training") &&
      rd.object(j["training"], "training",
                {"iters", "batch", "lr", "eps", "step_batch", "engine", "batch_sampling"})) {
    const json& t = j["training"];
    if (t.contains("iters")) integer(t["iters"], "training.iters", set.iters);
    if (t.contains("batch")) integer(t["batch"], "training.batch", set.batch);
    if (t.contains("step_batch")) integer(t["step_batch"], "training.step_batch", set.step_batch);
    if (t.contains("lr")) rd.number(t["lr"], "training.lr", set.lr);
    if (t.contains("eps")) rd.number(t["eps"], "training.eps", set.eps);
    if (t.contains("engine"))
      name(t["engine"], "training.engine",
           [&](const std::string& x, const std::string& k) { set.engine = engine_named(x, k); });
    if (t.contains("batch_sampling"))
      name(t["batch_sampling"], "training.batch_sampling",
           [&](const std::string& x, const std::string& k) { set.batch_sampling = batch_sampling_named(x, k); });
  }
  if (j.contains("particle_flow") &&
      rd.object(j["particle_flow"], "particle_flow", {"particles", "start_box"})) {
    const json& p = j["particle_flow"];
    if (p.contains("particles"))
      positive_int(p["particles"], "particle_flow.particles", c.particle_flow_particles, 2, CellBounds::kMaxParticles);
    if (p.contains("start_box")) rd.number(p["start_box"], "particle_flow.start_box", set.start_box);
  }
  for (const std::string& problem : neural::settings_problems(set)) rd.problem(problem);
  for (const TargetFamily* family : target_families())  // suite/study/target_section.cc
    if (j.contains(family->name)) read_target_sections(*family, j[family->name], c, problems);

  // Cross-key checks: every tau divides T - t0 of every start time in use, and no forward cell
  // starts at a Dirac with r != 1 (its slope there is 0 for r > 1, infinite for r < 1; docs/math.md 3.3).
  const bool has_forward =
      std::find(c.schemes.begin(), c.schemes.end(), neural::Scheme::Forward) != c.schemes.end();
  std::set<double> starts;
  for (const auto& s : c.schemes)
    for (double r : c.rs) starts.insert(c.start_time(s, r));
  if (c.schemes.empty() || c.rs.empty() || !c.solvers.empty()) starts.insert(c.t0);
  if (has_forward) {
    for (double r : c.rs) {
      if (r != 1.0 && c.start_time(neural::Scheme::Forward, r) == 0.0) {
        rd.problem(fmt::format(
            "forward cells with r = {} would start at the Dirac delta_0 (t0 = 0), where the forward "
            "scheme cannot move for r != 1; set 'forward_t0' > 0 (they then start at gamma(forward_t0))",
            short_number(r)));
      }
    }
  }
  if (times_ok) {
    for (double tau : c.taus) {
      for (double start : starts) {
        if (!divides(c.T - start, tau)) {
          rd.problem(fmt::format("'taus' value {} does not divide T - t0 = {} - {} into a whole number "
                                 "of steps", short_number(tau), short_number(c.T), short_number(start)));
        }
      }
    }
  }

  // Per-cell checks of the cell runner (network and training options it knows), reported once each.
  if (problems.empty()) {
    std::set<std::string> seen;
    for (const auto& cell : study_cells(c)) {
      if (cell.external()) {  // the solver's own business, its run folder checked when scored; but
        // a flow beyond double precision cannot be scored at all: refused up front as for built-in cells
        if (const auto problem = flow_range_problem(cell.config))
          if (seen.insert(*problem).second) problems.push_back(fmt::format("cell {}: {}", cell.id, *problem));
        continue;
      }
      try {
        validate(cell.config);
      } catch (const std::invalid_argument& e) {
        if (seen.insert(e.what()).second) problems.push_back(fmt::format("cell {}: {}", cell.id, e.what()));
      }
    }
  }
  if (!problems.empty()) {
    // One problem is the error's own line (nothing is listed above it); several are listed, then
    // counted in the summary.
    throw StudyConfigError(problems.size() == 1
                               ? fmt::format("{}: {}", excerpt(source, kPathExcerptMaxChars), problems.front())
                               : fmt::format("{}: {} problems in the study config (listed above)", source,
                                             problems.size()),
                           problems);
  }
  return c;
}

StudyConfig load_study_config(const std::string& path) {
  return study_config_from_json(read_json_file(path, kStudyConfigFile), path);
}

json study_config_to_json(const StudyConfig& c) {
  const CellConfig& b = c.base;
  json j;
  j["name"] = c.name;
  j["description"] = c.description;
  j["schemes"] = json::array();
  for (const neural::Scheme s : c.schemes) j["schemes"].push_back(neural::scheme_name(s));
  j["d"] = c.dims;
  j["r"] = c.rs;
  j["taus"] = c.taus;
  j["seeds"] = c.seeds;
  j["T"] = c.T;
  j["t0"] = c.t0;
  j["forward_t0"] = c.forward_t0 >= 0 ? c.forward_t0 : c.t0;
  j["particles"] = b.particles;
  j["eval_samples"] = b.eval_samples;
  const neural::SchemeSettings& s = b.settings;
  j["network"] = {{"width", s.width}, {"depth", s.depth}, {"activation", neural::activation_name(s.activation)},
                  {"latent", s.latent}};
  j["training"] = {{"iters", s.iters}, {"batch", s.batch}, {"lr", s.lr}, {"eps", s.eps},
                   {"step_batch", s.step_batch}};
  // absent when default (files written before the key existed)
  if (s.engine != neural::TrainingEngine::Fused) j["training"]["engine"] = neural::engine_name(s.engine);
  if (s.generator_output != neural::GeneratorOutput::Displacement)
    j["network"]["generator_output"] = neural::generator_output_name(s.generator_output);
  if (s.batch_sampling != neural::BatchSampling::With)
    j["training"]["batch_sampling"] = neural::batch_sampling_name(s.batch_sampling);
  j["particle_flow"] = {
      {"particles", c.particle_flow_particles > 0 ? c.particle_flow_particles : b.particles},
      {"start_box", s.start_box}};
  j["device"] = neural::device_name(s.device);
  j["threads"] = s.threads;
  for (const TargetFamily* family : target_families()) {  // absent without sections of the family
    json list = target_sections_to_json(*family, c);
    if (!list.empty()) j[family->name] = std::move(list);
  }
  if (!c.solvers.empty()) {  // absent without solvers (files written before the key existed)
    j["solvers"] = json::array();
    for (const SolverSpec& solver : c.solvers) j["solvers"].push_back(solver_spec_to_json(solver));
  }
  return j;
}

void print_study_config_problems(const std::string& source, const std::vector<std::string>& problems) {
  if (problems.size() <= 1) return;  // the error's own line says it
  const std::string shown = excerpt(source, kPathExcerptMaxChars);
  for (const std::string& line : capped_problem_lines(problems))
    std::fprintf(stderr, "nwgf: error: %s: %s\n", shown.c_str(), line.c_str());
}

// Loads a study config, printing its problems (capped) before the summary is thrown.
StudyConfig load_study_config_reporting(const std::string& path) {
  try {
    return load_study_config(path);
  } catch (const StudyConfigError& e) {
    print_study_config_problems(path, e.problems);
    throw;
  }
}

std::vector<StudyCell> study_cells(const StudyConfig& c) {
  std::vector<StudyCell> cells;
  // One cell per d x r x tau x seed (seeds innermost) for a scheme or solver named `label`, from
  // the study's base settings; `specialise` sets what differs per kind.
  const auto append_grid = [&](const std::string& label, const auto& specialise) {
    for (int d : c.dims)
      for (double r : c.rs)
        for (double tau : c.taus)
          for (std::uint64_t seed : c.seeds) {
            StudyCell cell;
            cell.index = static_cast<int>(cells.size());
            cell.id = cell_id(label, d, r, tau, seed);
            CellConfig& k = cell.config;
            k = c.base;
            k.d = d;
            k.r = r;
            k.tau = tau;
            k.seed = seed;
            k.T = c.T;
            k.t0 = c.t0;
            specialise(cell);
            cells.push_back(std::move(cell));
          }
  };
  for (const auto& scheme : c.schemes)
    append_grid(std::string(neural::scheme_name(scheme)), [&](StudyCell& cell) {
      CellConfig& k = cell.config;
      k.scheme = scheme;
      k.t0 = c.start_time(scheme, k.r);
      if (scheme == neural::Scheme::Particle && c.particle_flow_particles > 0) k.particles = c.particle_flow_particles;
    });
  append_target_cells(c, cells);  // the sections' cells (suite/study/target_section.cc)
  for (std::size_t s = 0; s < c.solvers.size(); ++s)
    append_grid("external/" + c.solvers[s].name, [&](StudyCell& cell) { cell.solver = static_cast<int>(s); });
  append_external_target_cells(c, cells);  // solvers named by sections, last: earlier indices unchanged
  return cells;
}

ExternalCell external_cell(const StudyCell& cell, const std::string& run_dir) {
  ExternalCell e;
  e.d = cell.config.d;
  e.r = cell.config.r;
  e.tau = cell.config.tau;
  e.T = cell.config.T;
  e.t0 = cell.config.t0;
  e.seed = cell.config.seed;
  if (cell.config.family != kDiracFamily) {
    e.family = cell.config.family;
    e.start = cell.config.start;
    e.target = cell.config.target;
  }
  e.run_dir = run_dir;
  return e;
}

json study_cell_config_json(const StudyConfig& config, const StudyCell& cell) {
  if (!cell.external()) return cell_config_to_json(cell.config);
  return external_config_json(config.solvers.at(static_cast<std::size_t>(cell.solver)), external_cell(cell, ""));
}

}  // namespace nwgf::suite
