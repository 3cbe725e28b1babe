// External solvers (suite/score/external.h).
#include "suite/score/external.h"

#include <cerrno>
#include <chrono>
#include <cmath>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <spawn.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

#include <fmt/format.h>

#include "analytic/flow.h"
#include "suite/common/errors.h"
#include "suite/common/input_file.h"
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
double seconds_since(Clock::time_point t0) { return std::chrono::duration<double>(Clock::now() - t0).count(); }

// The start time of process `pid` in clock ticks since boot (field 22 of /proc/PID/stat, after
// the parenthesised command name; proc(5)), or "" when there is no such process. With the pid it
// names one process across pid reuse.
std::string process_start_ticks(pid_t pid) {
  std::ifstream in("/proc/" + std::to_string(pid) + "/stat");
  std::string stat;
  if (!in || !std::getline(in, stat)) return "";
  const std::size_t close = stat.rfind(')');
  if (close == std::string::npos) return "";
  std::istringstream fields(stat.substr(close + 1));
  std::string field;
  for (int k = 3; k <= 22 && fields >> field; ++k)
    if (k == 22) return field;
  return "";
}

// A solver left running by a sweep that was killed (its process group outlives it): named by
// RUN_DIR.pid ("PID START_TICKS"), killed with its group before the cell runs again, so that two
// runs never write one folder. A pid file of a process that is gone, or of a reused pid (another
// start time), is only removed.
void kill_stale_solver(const std::string& pid_file) {
  // Read under the rule for outside files (the solver may have put anything there): a FIFO must
  // not block the sweep; anything but a small regular file is no pid file.
  std::istringstream in;
  try {
    in.str(read_input_file(pid_file, kSolverPidFile));
  } catch (const UsageError&) {
  }
  long long pid = 0;
  std::string ticks;
  if (in >> pid >> ticks && pid > 1 && pid <= 4194304 && process_start_ticks(static_cast<pid_t>(pid)) == ticks) {
    std::fprintf(stderr, "nwgf sweep: killing solver process group %lld left running by an interrupted sweep\n", pid);
    kill(-static_cast<pid_t>(pid), SIGKILL);
    for (int k = 0; k < 250 && process_start_ticks(static_cast<pid_t>(pid)) == ticks; ++k)
      std::this_thread::sleep_for(kPollInterval);  // a zombie until its parent (init) reaps it
  }
  std::error_code ec;
  std::filesystem::remove(pid_file, ec);
}

}  // namespace

ProcessOutcome run_process(const std::vector<std::string>& argv, const std::string& stdout_path,
                           const std::string& stderr_path, double timeout_s, const std::string& pid_file) {
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
  if (!pid_file.empty()) {
    std::ofstream pf(pid_file, std::ios::trunc);
    pf << pid << ' ' << process_start_ticks(pid) << '\n';
  }
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
  if (!pid_file.empty()) {
    std::error_code ec;
    std::filesystem::remove(pid_file, ec);
  }
  if (WIFEXITED(status)) out.exit_code = WEXITSTATUS(status);
  if (WIFSIGNALED(status)) out.signal = WTERMSIG(status);
  return out;
}

std::string file_tail(const std::string& path, int max_lines, std::size_t max_bytes) {
  // The log lies in the solver's run folder, which the solver controls: opened under the rule for
  // outside files, inside that folder (a FIFO put there would block an ordinary open forever; a
  // link out of the folder is not followed into the results).
  const std::filesystem::path p(path);
  int fd = -1;
  try {
    fd = InputFolder(p.parent_path().string(), kRunFolder).open(p.filename().string(), kSolverLogFile);
  } catch (const UsageError&) {
    return "";
  }
  struct stat st {};
  const bool sized = ::fstat(fd, &st) == 0;
  const off_t size = sized ? st.st_size : 0;
  const off_t from = size > static_cast<off_t>(max_bytes) ? size - static_cast<off_t>(max_bytes) : 0;
  std::string text(static_cast<std::size_t>(size - from), '\0');
  const ssize_t got = text.empty() ? 0 : ::pread(fd, text.data(), text.size(), from);
  ::close(fd);
  text.resize(got > 0 ? static_cast<std::size_t>(got) : 0);
  while (!text.empty() && (text.back() == '\n' || text.back() == '\r')) text.pop_back();
  std::size_t pos = text.size();
  for (int k = 0; k < max_lines && pos != std::string::npos && pos > 0; ++k) pos = text.rfind('\n', pos - 1);
  std::string tail = (pos == std::string::npos || pos == 0) ? text : text.substr(pos + 1);
  for (char& c : tail)
    if (static_cast<unsigned char>(c) < 0x20 && c != '\n' && c != '\t') c = '?';  // keep the JSON readable
  return tail;
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
  const std::string pid_file = cell.run_dir + ".pid";
  kill_stale_solver(pid_file);
  std::error_code ec;
  fs::remove_all(cell.run_dir, ec);  // a rerun starts from an empty folder
  fs::create_directories(cell.run_dir, ec);
  if (ec) return failed("cannot create the run folder " + cell.run_dir + ": " + ec.message());
  const ProcessOutcome p = run_process(expand_command(solver, cell), stdout_path, stderr_path, solver.timeout_s, pid_file);
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
  // The study names the solver (one program may run as several solvers with other options);
  // every other field of run.json must describe the study's cell.
  const std::string reported_name = result["config"].value("solver", std::string());
  json claimed = result["config"];
  claimed["solver"] = solver.name;
  if (claimed != config)
    return failed("bad run folder: run.json describes " + result["config"].dump() + ", the study's cell is " +
                  config.dump());
  result["config"] = config;
  if (reported_name != solver.name) result["summary"]["run_solver"] = reported_name;
  result["summary"]["solver_wall_s"] = p.wall_s;
  result["summary"]["stderr_tail"] = file_tail(stderr_path);
  return result;
}

}  // namespace nwgf::suite
