// The Python interpreter of a study's {python} (suite/study/python_interpreter.h).
#include "suite/study/python_interpreter.h"

#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

#include <fmt/format.h>

#include "suite/common/errors.h"
#include "suite/common/message_limits.h"

extern char** environ;

// The interpreter the build found, set for this file by suite/CMakeLists.txt.
#ifndef NWGF_BUILD_PYTHON
#define NWGF_BUILD_PYTHON ""
#endif

namespace nwgf::suite {

namespace {

using Clock = std::chrono::steady_clock;

// A probe is polled at this interval: short next to an interpreter's start-up (tens of ms).
constexpr auto kPollInterval = std::chrono::milliseconds(10);

}  // namespace

std::string build_python() { return NWGF_BUILD_PYTHON; }

std::vector<PythonCandidate> python_candidates(const std::string& env_python, const std::string& build_interpreter,
                                               const std::string& system_python) {
  const PythonCandidate all[] = {{env_python, "$NWGF_PYTHON"},
                                 {build_interpreter, "the build's interpreter"},
                                 {system_python, "the system's interpreter"},
                                 {"python3", "on PATH"}};
  std::vector<PythonCandidate> out;
  for (const PythonCandidate& c : all) {
    if (c.program.empty()) continue;
    bool seen = false;
    for (const PythonCandidate& o : out) seen = seen || o.program == c.program;
    if (!seen) out.push_back(c);
  }
  return out;
}

std::vector<PythonCandidate> python_candidates() {
  const char* env = std::getenv("NWGF_PYTHON");
  return python_candidates(env ? env : "", build_python());
}

std::string python_numpy_problem(const std::string& program, double timeout_s) {
  std::vector<std::string> args{program, "-c", "import numpy"};
  std::vector<char*> argv;
  for (std::string& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);
  posix_spawn_file_actions_t actions;
  posix_spawnattr_t attr;
  posix_spawn_file_actions_init(&actions);
  posix_spawnattr_init(&attr);
  posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
  posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0);
  posix_spawnattr_setpgroup(&attr, 0);  // its own process group: a timeout kills what it started too
  sigset_t defaults, none;
  sigemptyset(&defaults);
  sigaddset(&defaults, SIGTERM);
  sigaddset(&defaults, SIGINT);
  sigaddset(&defaults, SIGPIPE);
  sigemptyset(&none);
  posix_spawnattr_setsigdefault(&attr, &defaults);
  posix_spawnattr_setsigmask(&attr, &none);
  posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK);
  pid_t pid = 0;
  const int rc = posix_spawnp(&pid, argv[0], &actions, &attr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  posix_spawnattr_destroy(&attr);
  if (rc != 0) return std::string("cannot be started: ") + std::strerror(rc);
  const Clock::time_point start = Clock::now();
  int status = 0;
  for (;;) {
    const pid_t w = waitpid(pid, &status, WNOHANG);
    if (w == pid) break;
    if (w < 0 && errno != EINTR) return std::string("waitpid: ") + std::strerror(errno);
    if (std::chrono::duration<double>(Clock::now() - start).count() > timeout_s) {
      kill(-pid, SIGKILL);
      while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
      }
      return fmt::format("timed out after {} s", timeout_s);
    }
    std::this_thread::sleep_for(kPollInterval);
  }
  kill(-pid, SIGKILL);  // anything it left running in its group (ESRCH when none)
  if (WIFEXITED(status))
    return WEXITSTATUS(status) == 0 ? "" : fmt::format("cannot import numpy: exit status {}", WEXITSTATUS(status));
  if (WIFSIGNALED(status)) return fmt::format("killed by signal {}", WTERMSIG(status));
  return "ended abnormally";
}

std::string find_python_with_numpy(const std::vector<PythonCandidate>& candidates, double timeout_s) {
  std::string tried;
  for (const PythonCandidate& c : candidates) {
    const std::string problem = python_numpy_problem(c.program, timeout_s);
    if (problem.empty()) return c.program;
    tried += fmt::format("{}{} ({}: {})", tried.empty() ? "" : ", ", excerpt(c.program, 200), c.origin, problem);
  }
  throw UsageError(fmt::format(
      "no Python interpreter with NumPy for the solvers' {{python}}: tried {}; install NumPy (apt install "
      "python3-numpy) or set NWGF_PYTHON to an interpreter that has it",
      tried.empty() ? "none (no candidate)" : tried));
}

bool study_needs_python(const StudyConfig& config, const Shard& shard) {
  std::vector<bool> uses(config.solvers.size());
  for (std::size_t s = 0; s < config.solvers.size(); ++s) uses[s] = command_uses_python(config.solvers[s]);
  for (const StudyCell& cell : study_cells(config))
    if (cell.external() && cell_in_shard(cell.index, shard) && uses.at(static_cast<std::size_t>(cell.solver)))
      return true;
  return false;
}

ExternalRunner with_python(ExternalRunner runner, std::string python) {
  return [runner = std::move(runner), python = std::move(python)](const SolverSpec& solver, const ExternalCell& cell) {
    ExternalCell filled = cell;
    filled.python = python;
    return runner(solver, filled);
  };
}

}  // namespace nwgf::suite
