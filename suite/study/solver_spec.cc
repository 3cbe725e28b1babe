// External solvers of a study config (suite/study/solver_spec.h).
#include "suite/study/solver_spec.h"

#include <cctype>

#include <fmt/format.h>

#include "analytic/flow.h"
#include "suite/common/errors.h"
#include "suite/common/message_limits.h"

namespace nwgf::suite {

namespace {

using json = nlohmann::json;

constexpr std::size_t kNameMax = 64;
constexpr std::size_t kMaxArgs = 256, kMaxArgChars = 4096;

const char* const kPlaceholders[] = {"d",       "r",      "tau",   "T",      "t0",    "seed",
                                     "steps",   "run_dir", "family", "start", "target", "python"};

}  // namespace

bool valid_solver_name(const std::string& name) {
  if (name.empty() || name.size() > kNameMax) return false;
  for (const char c : name)
    if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '.' || c == '+' || c == '-')) return false;
  return true;
}

SolverSpec solver_spec_from_json(const json& j, const std::string& where, std::vector<std::string>& problems) {
  SolverSpec s;
  if (!j.is_object()) {
    problems.push_back(where + " must be an object {name, command, scheme, timeout_s}");
    return s;
  }
  for (const auto& [key, value] : j.items()) {
    (void)value;
    if (key != "name" && key != "command" && key != "scheme" && key != "timeout_s")
      problems.push_back(where + "." + excerpt(key) + " is unknown (name, command, scheme, timeout_s)");
  }
  if (!j.contains("name") || !j["name"].is_string() || !valid_solver_name(j["name"].get<std::string>()))
    problems.push_back(where + ".name must be a name of 1-64 characters from [A-Za-z0-9_.+-]");
  else
    s.name = j["name"].get<std::string>();
  if (!j.contains("command") || !j["command"].is_array() || j["command"].empty() ||
      j["command"].size() > kMaxArgs) {
    problems.push_back(fmt::format("{}.command must be a non-empty list of at most {} strings (argv)", where, kMaxArgs));
  } else {
    for (std::size_t i = 0; i < j["command"].size(); ++i) {
      const json& a = j["command"][i];
      if (!a.is_string() || a.get<std::string>().size() > kMaxArgChars || (i == 0 && a.get<std::string>().empty())) {
        problems.push_back(fmt::format("{}.command[{}] must be a string of at most {} characters{}", where, i,
                                       kMaxArgChars, i == 0 ? " (non-empty: the program)" : ""));
        continue;
      }
      const std::string arg = a.get<std::string>();
      if (arg.find('\0') != std::string::npos) {
        problems.push_back(fmt::format("{}.command[{}] holds a NUL character", where, i));
        continue;
      }
      // Every '{' opens a known placeholder closed by '}'; no stray '}'.
      std::size_t pos = 0;
      bool ok = true;
      std::string bad;
      while (pos < arg.size()) {
        if (arg.compare(pos, 2, "{{") == 0 || arg.compare(pos, 2, "}}") == 0) { pos += 2; continue; }  // literal
        if (arg[pos] == '}') { ok = false; bad = "a '}' without '{' (write '}}' for a literal one)"; break; }
        if (arg[pos] != '{') { ++pos; continue; }
        const std::size_t end = arg.find('}', pos);
        if (end == std::string::npos) { ok = false; bad = "a '{' without '}'"; break; }
        const std::string name = arg.substr(pos + 1, end - pos - 1);
        bool known = false;
        for (const char* k : kPlaceholders) known = known || name == k;
        if (!known) { ok = false; bad = "unknown placeholder {" + excerpt(name, 32) + "}"; break; }
        pos = end + 1;
      }
      if (!ok)
        problems.push_back(fmt::format("{}.command[{}] '{}': {} (placeholders: {{d}} {{r}} {{tau}} {{T}} {{t0}} "
                                       "{{seed}} {{steps}} {{run_dir}} {{family}} {{start}} {{target}} {{python}})", where, i,
                                       excerpt(arg), bad));
      s.command.push_back(arg);
    }
  }
  if (j.contains("scheme")) {
    const json& v = j["scheme"];
    if (!v.is_string() || (v != "backward" && v != "forward" && v != "other"))
      problems.push_back(where + ".scheme " + excerpt(v.dump()) + " is not one of \"backward\", \"forward\", \"other\"");
    else
      s.scheme = v.get<std::string>();
  }
  if (j.contains("timeout_s")) {
    const json& v = j["timeout_s"];
    if (!v.is_number() || !(v.get<double>() > 0) || !(v.get<double>() <= 30 * 86400.0))
      problems.push_back(where + ".timeout_s " + excerpt(v.dump()) + " is outside the allowed range (0, 2592000] seconds");
    else
      s.timeout_s = v.get<double>();
  }
  return s;
}

json solver_spec_to_json(const SolverSpec& s) {
  return json{{"name", s.name}, {"command", s.command}, {"scheme", s.scheme}, {"timeout_s", s.timeout_s}};
}

std::vector<std::string> expand_command(const SolverSpec& solver, const ExternalCell& cell) {
  const int steps = analytic::step_count(cell.t0, cell.T, cell.tau);
  const auto value = [&](const std::string& name) -> std::string {
    if (name == "d") return std::to_string(cell.d);
    if (name == "r") return fmt::format("{}", cell.r);
    if (name == "tau") return fmt::format("{}", cell.tau);
    if (name == "T") return fmt::format("{}", cell.T);
    if (name == "t0") return fmt::format("{}", cell.t0);
    if (name == "seed") return std::to_string(cell.seed);
    if (name == "steps") return std::to_string(steps);
    if (name == "run_dir") return cell.run_dir;
    if (name == "family") return cell.family;
    if (name == "start") return cell.start;
    if (name == "target") return cell.target;
    if (name == "python") return cell.python.empty() ? "{python}" : cell.python;  // unresolved: as written
    throw UsageError("unknown placeholder {" + name + "}");
  };
  std::vector<std::string> out;
  for (const std::string& arg : solver.command) {
    std::string expanded;
    std::size_t pos = 0;
    while (pos < arg.size()) {
      if (arg.compare(pos, 2, "{{") == 0 || arg.compare(pos, 2, "}}") == 0) {  // a literal brace
        expanded += arg[pos];
        pos += 2;
        continue;
      }
      if (arg[pos] == '}') throw UsageError("command argument '" + arg + "' has a '}' without '{'");
      if (arg[pos] != '{') {
        expanded += arg[pos++];
        continue;
      }
      const std::size_t close = arg.find('}', pos);
      if (close == std::string::npos) throw UsageError("command argument '" + arg + "' has a '{' without '}'");
      expanded += value(arg.substr(pos + 1, close - pos - 1));
      pos = close + 1;
    }
    out.push_back(expanded);
  }
  return out;
}

bool command_uses_python(const SolverSpec& solver) {
  for (const std::string& arg : solver.command) {
    for (std::size_t pos = 0; pos < arg.size();) {
      if (arg.compare(pos, 2, "{{") == 0 || arg.compare(pos, 2, "}}") == 0) {  // a literal brace
        pos += 2;
        continue;
      }
      if (arg.compare(pos, 8, "{python}") == 0) return true;
      ++pos;
    }
  }
  return false;
}

json external_config_json(const SolverSpec& solver, const ExternalCell& cell) {
  json c{{"scheme", "external"}, {"solver", solver.name}, {"solver_scheme", solver.scheme},
         {"d", cell.d},          {"r", cell.r},           {"tau", cell.tau},
         {"T", cell.T},          {"t0", cell.t0},         {"seed", cell.seed}};
  if (cell.family != "dirac") {  // keys of cells toward a target only: a Dirac cell's config is as before
    c["family"] = cell.family;
    c["start"] = cell.start;
    c["target"] = cell.target;
  }
  return c;
}

}  // namespace nwgf::suite
