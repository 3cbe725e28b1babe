// External solvers (suite/score/external.h).
#include "suite/score/external.h"

#include <cerrno>
#include <chrono>
#include <cmath>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <fstream>
#include <spawn.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

#include <fmt/format.h>

#include "analytic/flow.h"
#include "suite/common/errors.h"
#include "suite/common/provenance.h"
#include "suite/score/run_folder.h"
#include "suite/score/score_run.h"

extern char** environ;

namespace nwgf::suite {

namespace {

using json = nlohmann::json;
using Clock = std::chrono::steady_clock;

constexpr double kKillGraceS = 2.0;            // SIGTERM, then SIGKILL this much later
constexpr auto kPollInterval = std::chrono::milliseconds(20);
constexpr std::size_t kMaxArgs = 256, kMaxArgChars = 4096;

const char* const kPlaceholders[] = {"d", "r", "tau", "T", "t0", "seed", "steps", "run_dir"};

double seconds_since(Clock::time_point t0) { return std::chrono::duration<double>(Clock::now() - t0).count(); }

}  // namespace

SolverSpec solver_spec_from_json(const json& j, const std::string& where, std::vector<std::string>& problems) {
  SolverSpec s;
  if (!j.is_object()) {
    problems.push_back(where + " must be an object {name, command, scheme, timeout_s}");
    return s;
  }
  for (const auto& [key, value] : j.items()) {
    (void)value;
    if (key != "name" && key != "command" && key != "scheme" && key != "timeout_s")
      problems.push_back(where + "." + key.substr(0, 64) + " is unknown (name, command, scheme, timeout_s)");
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
        if (!known) { ok = false; bad = "unknown placeholder {" + name.substr(0, 32) + "}"; break; }
        pos = end + 1;
      }
      if (!ok)
        problems.push_back(fmt::format("{}.command[{}] '{}': {} (placeholders: {{d}} {{r}} {{tau}} {{T}} {{t0}} "
                                       "{{seed}} {{steps}} {{run_dir}})", where, i, arg.substr(0, 64), bad));
      s.command.push_back(arg);
    }
  }
  if (j.contains("scheme")) {
    const json& v = j["scheme"];
    if (!v.is_string() || (v != "backward" && v != "forward" && v != "other"))
      problems.push_back(where + ".scheme " + v.dump().substr(0, 64) + " is not one of \"backward\", \"forward\", \"other\"");
    else
      s.scheme = v.get<std::string>();
  }
  if (j.contains("timeout_s")) {
    const json& v = j["timeout_s"];
    if (!v.is_number() || !(v.get<double>() > 0) || !(v.get<double>() <= 30 * 86400.0))
      problems.push_back(where + ".timeout_s " + v.dump().substr(0, 64) + " is outside the allowed range (0, 2592000] seconds");
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

ProcessOutcome run_process(const std::vector<std::string>& argv, const std::string& stdout_path,
                           const std::string& stderr_path, double timeout_s) {
  ProcessOutcome out;
  std::vector<std::string> args = argv;
  std::vector<char*> cargs;
  for (std::string& a : args) cargs.push_back(a.data());
  cargs.push_back(nullptr);
  posix_spawn_file_actions_t actions;
  posix_spawnattr_t attr;
  posix_spawn_file_actions_init(&actions);
  posix_spawnattr_init(&attr);
  posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_addopen(&actions, 1, stdout_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  posix_spawn_file_actions_addopen(&actions, 2, stderr_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  posix_spawnattr_setpgroup(&attr, 0);  // its own process group, led by the child
  sigset_t defaults;
  sigemptyset(&defaults);
  sigaddset(&defaults, SIGTERM);
  sigaddset(&defaults, SIGINT);
  sigaddset(&defaults, SIGPIPE);
  posix_spawnattr_setsigdefault(&attr, &defaults);
  sigset_t none;
  sigemptyset(&none);
  posix_spawnattr_setsigmask(&attr, &none);
  posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK);
  const Clock::time_point start = Clock::now();
  pid_t pid = 0;
  const int rc = posix_spawnp(&pid, cargs[0], &actions, &attr, cargs.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  posix_spawnattr_destroy(&attr);
  if (rc != 0) {
    out.error = fmt::format("cannot start '{}': {}", argv[0], std::strerror(rc));
    return out;
  }
  out.started = true;
  int status = 0;
  bool terminated = false;
  Clock::time_point term_sent;
  for (;;) {
    const pid_t w = waitpid(pid, &status, WNOHANG);
    if (w == pid) break;
    if (w < 0 && errno != EINTR) {
      out.error = std::string("waitpid: ") + std::strerror(errno);
      break;
    }
    const double elapsed = seconds_since(start);
    if (!terminated && elapsed > timeout_s) {
      out.timed_out = true;
      kill(-pid, SIGTERM);
      terminated = true;
      term_sent = Clock::now();
    } else if (terminated && seconds_since(term_sent) > kKillGraceS) {
      kill(-pid, SIGKILL);
    }
    std::this_thread::sleep_for(kPollInterval);
  }
  out.wall_s = seconds_since(start);
  kill(-pid, SIGKILL);  // whatever the solver left running in its group (ESRCH when none)
  if (WIFEXITED(status)) out.exit_code = WEXITSTATUS(status);
  if (WIFSIGNALED(status)) out.signal = WTERMSIG(status);
  return out;
}

std::string file_tail(const std::string& path, int max_lines, std::size_t max_bytes) {
  std::ifstream in(path, std::ios::binary | std::ios::ate);
  if (!in) return "";
  const std::streamoff size = in.tellg();
  const std::streamoff from = size > static_cast<std::streamoff>(max_bytes) ? size - static_cast<std::streamoff>(max_bytes) : 0;
  in.seekg(from);
  std::string text(static_cast<std::size_t>(size - from), '\0');
  in.read(text.data(), static_cast<std::streamsize>(text.size()));
  while (!text.empty() && (text.back() == '\n' || text.back() == '\r')) text.pop_back();
  std::size_t pos = text.size();
  for (int k = 0; k < max_lines && pos != std::string::npos && pos > 0; ++k) pos = text.rfind('\n', pos - 1);
  std::string tail = (pos == std::string::npos || pos == 0) ? text : text.substr(pos + 1);
  for (char& c : tail)
    if (static_cast<unsigned char>(c) < 0x20 && c != '\n' && c != '\t') c = '?';  // keep the JSON readable
  return tail;
}

json external_config_json(const SolverSpec& solver, const ExternalCell& cell) {
  return json{{"scheme", "external"}, {"solver", solver.name}, {"solver_scheme", solver.scheme},
              {"d", cell.d},          {"r", cell.r},           {"tau", cell.tau},
              {"T", cell.T},          {"t0", cell.t0},         {"seed", cell.seed}};
}

json run_external_cell(const SolverSpec& solver, const ExternalCell& cell) {
  namespace fs = std::filesystem;
  const Clock::time_point start = Clock::now();
  const json config = external_config_json(solver, cell);
  const std::string stdout_path = (fs::path(cell.run_dir) / "stdout.txt").string();
  const std::string stderr_path = (fs::path(cell.run_dir) / "stderr.txt").string();
  const auto failed = [&](const std::string& reason) {
    json summary{{"t", cell.T},
                 {"steps", analytic::step_count(cell.t0, cell.T, cell.tau)},
                 {"steps_completed", 0},
                 {"status", "failed"},
                 {"failure", reason},
                 {"stderr_tail", file_tail(stderr_path)},
                 {"wall_s", seconds_since(start)},
                 {"train_wall_s", nullptr},
                 {"eval_wall_s", nullptr},
                 {"iteration_median_us", nullptr},
                 {"step_median_s", nullptr},
                 {"particles", nullptr},
                 {"chain", nullptr},
                 {"start", "external"},
                 {"device", "external"},
                 {"ensemble", 1},
                 {"run_dir", cell.run_dir}};
    return json{{"config", config},
                {"provenance", to_json(collect_provenance("external", 0))},
                {"steps", json::array()},
                {"summary", summary}};
  };
  std::error_code ec;
  fs::remove_all(cell.run_dir, ec);  // a rerun starts from an empty folder
  fs::create_directories(cell.run_dir, ec);
  if (ec) return failed("cannot create the run folder " + cell.run_dir + ": " + ec.message());
  const ProcessOutcome p = run_process(expand_command(solver, cell), stdout_path, stderr_path, solver.timeout_s);
  if (!p.started) return failed(p.error);
  if (p.timed_out) return failed(fmt::format("timed out after {} s (timeout_s); its process group was killed", solver.timeout_s));
  if (p.signal != 0) return failed(fmt::format("crashed: killed by signal {} ({})", p.signal, strsignal(p.signal)));
  if (p.exit_code != 0) return failed(fmt::format("exited with status {}", p.exit_code));
  json result;
  try {
    result = score_run(cell.run_dir);
  } catch (const std::exception& e) {
    return failed(std::string("bad run folder: ") + e.what());
  }
  if (result["config"] != config)
    return failed("bad run folder: run.json describes " + result["config"].dump() + ", the study's cell is " +
                  config.dump());
  result["summary"]["solver_wall_s"] = p.wall_s;
  result["summary"]["stderr_tail"] = file_tail(stderr_path);
  return result;
}

}  // namespace nwgf::suite
