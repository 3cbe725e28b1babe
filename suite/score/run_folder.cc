// The run folder protocol "nwgf-run/1" (suite/score/run_folder.h).
#include "suite/score/run_folder.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <filesystem>
#include <limits>

#include <fmt/format.h>

#include "analytic/flow.h"
#include "suite/common/errors.h"
#include "suite/common/io_util.h"
#include "suite/common/message_limits.h"
#include "suite/common/whole_number.h"

namespace nwgf::suite {

namespace {

using json = nlohmann::json;

constexpr double kTimeTolerance = 1e-9;  // |t - (t0 + n tau)| allowed, relative to max(1, t)
constexpr std::size_t kPathMax = 1024;   // a snapshot path, characters
constexpr std::size_t kNotesMax = 65536; // characters
constexpr std::size_t kSpecMax = 65536;  // a line start or target spec, characters
constexpr std::uintmax_t kManifestMaxBytes = kRunManifestFile.max_bytes;
constexpr int kManifestMaxDepth = 16;                    // run.json nests 3 levels (document, steps, step)

std::string full(double v) { return fmt::format("{:.17g}", v); }

// A path inside the run folder: relative, no "..", no empty or control characters.
void check_relative_path(const std::string& value, const std::string& field, const std::string& where) {
  if (value.empty()) throw UsageError(where + ": " + field + " is an empty path");
  if (value.size() > kPathMax)
    throw UsageError(fmt::format("{}: {} is longer than {} characters", where, field, kPathMax));
  for (const char c : value)
    if (static_cast<unsigned char>(c) < 0x20)
      throw UsageError(where + ": " + field + " holds a control character");
  const std::filesystem::path p(value);
  if (p.is_absolute()) throw UsageError(where + ": " + field + " '" + value + "' must be relative to the run folder");
  for (const auto& part : p)
    if (part == "..")
      throw UsageError(where + ": " + field + " '" + value + "' must stay inside the run folder (no '..')");
}

}  // namespace


RunManifest parse_run_manifest(const json& j, const std::string& where) {
  if (!j.is_object()) throw UsageError(where + ": must be a JSON object");
  RunManifest m;
  const auto field = [&](const char* key) -> const json& {
    if (!j.contains(key)) throw UsageError(fmt::format("{}: field '{}' is missing", where, key));
    return j.at(key);
  };
  const auto number = [&](const char* key) {
    const json& v = field(key);
    if (!v.is_number()) throw UsageError(fmt::format("{}: field '{}' must be a number", where, key));
    const double x = v.get<double>();
    if (!std::isfinite(x)) throw UsageError(fmt::format("{}: field '{}' must be finite", where, key));
    return x;
  };
  for (const auto& [key, value] : j.items()) {
    static const char* known[] = {"protocol", "solver", "scheme", "family", "start", "target", "d", "r",
                                  "tau",      "T",      "t0",     "seed",   "steps", "notes"};
    bool ok = false;
    for (const char* k : known) ok = ok || key == k;
    if (!ok) throw UsageError(where + ": field '" + excerpt(key) + "' is unknown (protocol " + kRunProtocol + ")");
    (void)value;
  }
  const json& protocol = field("protocol");
  if (!protocol.is_string() || protocol.get<std::string>() != kRunProtocol)
    throw UsageError(fmt::format("{}: protocol {} is not supported (expected \"{}\")", where,
                                 excerpt(protocol.dump()), kRunProtocol));
  const json& solver = field("solver");
  if (!solver.is_string() || !valid_solver_name(solver.get<std::string>()))
    throw UsageError(where + ": field 'solver' must be a name of 1-64 characters from [A-Za-z0-9_.+-]");
  m.solver = solver.get<std::string>();
  const json& scheme = field("scheme");
  if (!scheme.is_string() ||
      (scheme != "backward" && scheme != "forward" && scheme != "other"))
    throw UsageError(where + ": field 'scheme' " + excerpt(scheme.dump()) +
                     " is not one of \"backward\", \"forward\", \"other\"");
  m.scheme = scheme.get<std::string>();
  // The family is read here by its syntax only; which families exist, their d and r and their
  // specs are the registry's (suite/study/target_family.h), checked by check_run_family
  // (suite/score/score_run.h) before anything is scored: this parser stays free of the families'
  // code (fuzz/run_json_fuzz links it alone).
  if (j.contains("family")) {
    const json& family = j["family"];
    const std::string text = family.is_string() ? family.get<std::string>() : std::string();
    const bool name = !text.empty() && text.size() <= 32 && std::all_of(text.begin(), text.end(), [](char c) {
      return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
    });
    if (!name)
      throw UsageError(where + ": field 'family' " + excerpt(family.dump()) +
                       " must be a family name of 1-32 characters from [a-z0-9_] (dirac, line, radial)");
    m.family = text;
  }
  m.d = static_cast<int>(json_whole_number(field("d"), where + ": field 'd'", 1, 100000));
  m.r = number("r");
  if (!(m.r > 0 && m.r < 2)) throw UsageError(where + ": field 'r' " + full(m.r) + " is outside the allowed range (0, 2)");
  for (const char* key : {"start", "target"}) {
    if (m.family == "dirac") {
      if (j.contains(key))
        throw UsageError(fmt::format("{}: field '{}' is a field of runs toward a target only (give \"family\": the "
                                     "family's name, e.g. \"line\")", where, key));
      continue;
    }
    const json& v = field(key);
    if (!v.is_string() || v.get<std::string>().size() > kSpecMax)
      throw UsageError(fmt::format("{}: field '{}' must be a spec string of at most {} characters", where, key, kSpecMax));
    (std::string(key) == "start" ? m.start : m.target) = v.get<std::string>();
  }
  m.tau = number("tau");
  if (!(m.tau > 0)) throw UsageError(where + ": field 'tau' " + full(m.tau) + " is outside the allowed range (0, inf)");
  m.t0 = number("t0");
  if (!(m.t0 >= 0)) throw UsageError(where + ": field 't0' " + full(m.t0) + " is outside the allowed range [0, inf)");
  m.T = number("T");
  if (!(m.T > m.t0))
    throw UsageError(where + ": field 'T' " + full(m.T) + " is outside the allowed range (t0, inf) with t0 = " + full(m.t0));
  try {
    m.steps_total = analytic::step_count(m.t0, m.T, m.tau);
  } catch (const std::invalid_argument& e) {
    throw UsageError(where + ": (T - t0)/tau must be a whole number of steps: " + e.what());
  }
  // Seeds are [0, 2^63 - 1] everywhere (command line, study configs): one range for one meaning.
  m.seed = static_cast<std::uint64_t>(
      json_whole_number(field("seed"), where + ": field 'seed'", 0, std::numeric_limits<std::int64_t>::max()));
  if (j.contains("notes")) {
    if (!j["notes"].is_string() || j["notes"].get<std::string>().size() > kNotesMax)
      throw UsageError(fmt::format("{}: field 'notes' must be a string of at most {} characters", where, kNotesMax));
    m.notes = j["notes"].get<std::string>();
  }
  const json& steps = field("steps");
  if (!steps.is_array() || steps.empty()) throw UsageError(where + ": field 'steps' must be a non-empty array");
  if (steps.size() > static_cast<std::size_t>(m.steps_total))
    throw UsageError(fmt::format("{}: field 'steps' has {} entries, more than the N = {} steps to T", where,
                                 steps.size(), m.steps_total));
  int previous = 0;
  for (std::size_t k = 0; k < steps.size(); ++k) {
    const json& s = steps[k];
    const std::string at = fmt::format("steps[{}]", k);
    if (!s.is_object()) throw UsageError(where + ": " + at + " must be an object");
    for (const auto& [key, value] : s.items()) {
      if (key != "n" && key != "t" && key != "particles" && key != "samples" && key != "train_s")
        throw UsageError(where + ": " + at + "." + excerpt(key) + " is unknown");
      (void)value;
    }
    RunStep step;
    if (!s.contains("n")) throw UsageError(where + ": " + at + ".n is missing (an integer in [1, N], N = (T - t0)/tau)");
    const std::int64_t n = json_whole_number(s["n"], where + ": " + at + ".n", 1, m.steps_total);
    if (n <= previous)
      throw UsageError(fmt::format("{}: {}.n {} is out of order (after step {}; steps must increase)", where, at, n,
                                   previous));
    step.n = static_cast<int>(n);
    previous = step.n;
    if (!s.contains("t") || !s["t"].is_number())
      throw UsageError(where + ": " + at + ".t must be a number (missing or not one)");
    step.t = s["t"].get<double>();
    const double expected = m.t0 + step.n * m.tau;
    if (!std::isfinite(step.t) ||
        std::fabs(step.t - expected) > kTimeTolerance * std::max(1.0, std::fabs(expected)))
      throw UsageError(fmt::format("{}: {}.t {} does not match t0 + n tau = {} (n = {})", where, at, full(step.t),
                                   full(expected), step.n));
    if (!s.contains("particles") || !s["particles"].is_string())
      throw UsageError(where + ": " + at + ".particles must be a file name (missing or not a string)");
    step.particles = s["particles"].get<std::string>();
    check_relative_path(step.particles, at + ".particles", where);
    if (s.contains("samples")) {
      if (!s["samples"].is_string()) throw UsageError(where + ": " + at + ".samples must be a file name");
      step.samples = s["samples"].get<std::string>();
      check_relative_path(step.samples, at + ".samples", where);
    }
    if (s.contains("train_s")) {
      if (!s["train_s"].is_number() || !std::isfinite(s["train_s"].get<double>()) || s["train_s"].get<double>() < 0)
        throw UsageError(where + ": " + at + ".train_s must be a finite number >= 0 (seconds)");
      step.train_s = s["train_s"].get<double>();
    }
    m.steps.push_back(step);
  }
  if (previous != m.steps_total)
    throw UsageError(fmt::format("{}: the last step is n = {}, but the run must reach T = {} (n = {})", where, previous,
                                 full(m.T), m.steps_total));
  return m;
}

RunManifest read_run_manifest(const std::string& run_dir) { return read_run_manifest(InputFolder(run_dir, kRunFolder)); }

RunManifest read_run_manifest(const InputFolder& folder) {
  // run.json too must lie inside the folder (a link to a file elsewhere is refused).
  return parse_run_manifest_text(folder.read("run.json", kRunManifestFile), folder.display("run.json"));
}

RunManifest parse_run_manifest_text(const std::string& text, const std::string& where) {
  // Nesting is bounded while parsing (a file of 100000 '[' must not exhaust the stack); a number
  // beyond double (1E999) is a usage error too, not nlohmann's out_of_range escaping as exit 1.
  if (text.size() > kManifestMaxBytes)
    throw UsageError(fmt::format("{}: larger than the {} bytes a run.json may have", where, kManifestMaxBytes));
  return parse_run_manifest(parse_json(text, where, kManifestMaxDepth), where);
}

}  // namespace nwgf::suite
