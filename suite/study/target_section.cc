// A study's sections of the families toward a target (suite/study/target_section.h).
#include "suite/study/target_section.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <set>

#include <fmt/format.h>

#include "suite/common/errors.h"
#include "suite/common/message_limits.h"
#include "suite/common/whole_number.h"
#include "suite/study/settings_names.h"
#include "suite/study/study_config.h"

namespace nwgf::suite {

using json = nlohmann::json;

std::string target_section_default_name(const TargetFamily& family, const std::string& start,
                                        const std::string& target, int d, double r) {
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
  if (family.sections_name_d_r) name = fmt::format("d{}_r{}_", d, short_number(r)) + name;
  if (name.size() > 64) name.resize(64);
  return name;
}

std::string target_cell_id(const std::string& scheme, const TargetFamily& family, const std::string& name,
                           double tau, std::uint64_t seed) {
  return fmt::format("{}/{}/{}/tau{}/seed{}", scheme, family.name, name, short_number(tau), seed);
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

void read_target_sections(const TargetFamily& family, const json& list, StudyConfig& config,
                          std::vector<std::string>& problems) {
  const std::string& key = family.name;
  if (!list.is_array() || list.empty()) {
    problems.push_back(fmt::format("'{}' must be a non-empty list of {} sections, got {}", key, key, excerpt(list.dump())));
    return;
  }
  std::set<std::string> allowed{"name",      "start",     "target",       "T",    "t0",
                                "taus",      "schemes",   "seeds",        "particles",
                                "eval_samples", "iters",     "solvers"};
  if (family.sections_name_d_r) allowed.insert({"d", "r"});
  std::set<std::string> names;
  for (const TargetSection& s : config.sections)
    if (s.family == &family) names.insert(s.name);
  for (std::size_t i = 0; i < list.size(); ++i) {
    const json& e = list[i];
    const std::string where = fmt::format("{}[{}]", key, i);
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
    TargetSection s;
    s.family = &family;
    s.d = family.fixed_d;
    s.r = family.fixed_r;
    bool dimension_known = true;  // d and r valid, so the specs can be checked against them
    if (family.sections_name_d_r) {
      if (!e.contains("d") || !e.contains("r")) {
        problems.push_back(fmt::format("'{}' needs \"d\" and \"r\" (the dimension and the Riesz exponent)", where));
        dimension_known = false;
      }
      if (e.contains("d")) {
        try {
          s.d = static_cast<int>(json_whole_number(e["d"], fmt::format("'{}.d'", where), 1, CellBounds::kMaxDimension));
        } catch (const UsageError& error) {
          problems.push_back(error.what());
          dimension_known = false;
        }
      }
      if (e.contains("r")) {
        if (!e["r"].is_number() || !(e["r"].get<double>() > 0 && e["r"].get<double>() < 2)) {
          problems.push_back(fmt::format("'{}.r' = {} is outside the allowed range (0, 2)", where, excerpt(e["r"].dump())));
          dimension_known = false;
        } else {
          s.r = e["r"].get<double>();
        }
      }
    }
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
    if (dimension_known && !s.start.empty()) {
      const std::string problem = family.spec_problem(s.start, true, s.d, s.r, where + ".start");
      if (!problem.empty()) problems.push_back(problem);
    }
    if (dimension_known && !s.target.empty()) {
      const std::string problem = family.spec_problem(s.target, false, s.d, s.r, where + ".target");
      if (!problem.empty()) problems.push_back(problem);
    }
    if (!e.contains("name") && !s.start.empty() && !s.target.empty())
      s.name = target_section_default_name(family, s.start, s.target, s.d, s.r);
    if (e.contains("name") && !valid_name(s.name))
      problems.push_back(fmt::format("'{}.name' = {} must be 1 to 64 of A-Z a-z 0-9 _ . + -", where, excerpt(e["name"].dump())));
    else if (!s.name.empty() && !names.insert(s.name).second)
      problems.push_back(fmt::format("'{}.name' = \"{}\" is listed twice (give each section its own name)", where, s.name));

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
    // a solver must be able to run the family; suite/study/solver_spec.h).
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
    if (problems.size() == before) config.sections.push_back(std::move(s));
  }
}

namespace {

// The section's schemes: its own list when it gives one ("schemes": [] with solvers: none), else
// the study's.
const std::vector<neural::Scheme>& section_schemes(const StudyConfig& config, const TargetSection& s) {
  return s.schemes_given ? s.schemes : config.schemes;
}

// A cell of section s at (tau, seed): the study's base settings, the section's family, d and r.
StudyCell target_study_cell(const StudyConfig& config, const TargetSection& s, const std::string& label, double tau,
                            std::uint64_t seed, int index) {
  StudyCell cell;
  cell.index = index;
  cell.id = target_cell_id(label, *s.family, s.name, tau, seed);
  CellConfig& k = cell.config;
  k = config.base;
  k.family = s.family->name;
  k.start = s.start;
  k.target = s.target;
  k.d = s.d;
  k.r = s.r;
  k.tau = tau;
  k.seed = seed;
  k.T = s.T;
  k.t0 = s.t0;
  return cell;
}

}  // namespace

json target_sections_to_json(const TargetFamily& family, const StudyConfig& config) {
  json list = json::array();
  for (const TargetSection& s : config.sections) {
    if (s.family != &family) continue;
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
    if (family.sections_name_d_r) {
      list.back()["d"] = s.d;
      list.back()["r"] = s.r;
    }
  }
  return list;
}

void append_external_target_cells(const StudyConfig& config, std::vector<StudyCell>& cells) {
  for (const TargetSection& s : config.sections)
    for (const std::string& name : s.solvers) {
      const auto solver = std::find_if(config.solvers.begin(), config.solvers.end(),
                                       [&](const SolverSpec& x) { return x.name == name; });
      for (double tau : s.taus)
        for (std::uint64_t seed : s.seeds.empty() ? config.seeds : s.seeds) {
          StudyCell cell = target_study_cell(config, s, "external/" + name, tau, seed, static_cast<int>(cells.size()));
          cell.solver = static_cast<int>(solver - config.solvers.begin());
          cells.push_back(std::move(cell));
        }
    }
}

void append_target_cells(const StudyConfig& config, std::vector<StudyCell>& cells) {
  for (const TargetSection& s : config.sections)
    for (const neural::Scheme scheme : section_schemes(config, s))
      for (double tau : s.taus)
        for (std::uint64_t seed : s.seeds.empty() ? config.seeds : s.seeds) {
          StudyCell cell = target_study_cell(config, s, std::string(neural::scheme_name(scheme)), tau, seed,
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
