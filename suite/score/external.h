#pragma once
// External solvers in studies: another program, run as a command (argv, no shell), writes a run
// folder (suite/score/run_folder.h) that is then scored into a cell (suite/score/score_run.h).
//
// A solver is { "name": NAME, "command": ["python3", "my_jko.py", "--d", "{d}", ..., "--out",
// "{run_dir}"], "scheme": "backward" | "forward" | "other", "timeout_s": 3600 }. The
// placeholders {d} {r} {tau} {T} {t0} {seed} {steps} {run_dir} are replaced inside every argument
// (numbers in their shortest round-trip decimal form); "{{" and "}}" stand for literal braces;
// any other {...} is refused.
//
// The process runs in its own process group with stdout and stderr in RUN_DIR/stdout.txt and
// RUN_DIR/stderr.txt; at the timeout the whole group gets SIGTERM, and SIGKILL 2 s later. Any
// process of the group still alive when the solver exits is killed too. A run that fails -- the
// program cannot be started, exits non-zero, dies of a signal, times out, or leaves a run folder
// that `nwgf score` refuses -- becomes a cell with status "failed", the reason in
// summary.failure and the last lines of its stderr in summary.stderr_tail.
#include <cstdint>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace nwgf::suite {

struct SolverSpec {
  std::string name;                  // [A-Za-z0-9_.+-], 1-64 characters
  std::vector<std::string> command;  // argv template; command[0] is looked up in PATH
  std::string scheme = "other";      // backward | forward | other: the exact scheme compared with
  double timeout_s = 3600;           // wall-clock limit, > 0
};

// Checks a solver entry of a study config (every key above; unknown keys, wrong types, bad
// placeholders refused). Problems are appended to `problems`, each one line naming `where`.
SolverSpec solver_spec_from_json(const nlohmann::json& j, const std::string& where, std::vector<std::string>& problems);
nlohmann::json solver_spec_to_json(const SolverSpec& s);

// One external cell: the solver run for one (d, r, tau, seed) of a study.
struct ExternalCell {
  int d = 2;
  double r = 1.0, tau = 0.05, T = 1.2, t0 = 0.0;
  std::uint64_t seed = 0;
  std::string run_dir;  // created by run_external_cell (emptied first when it exists)
};

// The command with its placeholders replaced.
std::vector<std::string> expand_command(const SolverSpec& solver, const ExternalCell& cell);

struct ProcessOutcome {
  bool started = false;
  int exit_code = -1;      // when it exited
  int signal = 0;          // when a signal ended it
  bool timed_out = false;
  double wall_s = 0.0;
  std::string error;       // why it could not be started
};

// Runs argv (no shell) in its own process group, stdout/stderr to the given files, killing the
// group at the timeout.
ProcessOutcome run_process(const std::vector<std::string>& argv, const std::string& stdout_path,
                           const std::string& stderr_path, double timeout_s);

// The last `max_lines` lines of a file (at most max_bytes bytes of it), "" when unreadable.
std::string file_tail(const std::string& path, int max_lines = 20, std::size_t max_bytes = 4096);

// Runs the solver for the cell and scores its run folder: the cell JSON of score_run, or a failed
// cell (config of the external cell, no steps, the reason and stderr tail) when anything fails.
// The scored cell's config must match the study's (solver name, scheme, d, r, tau, T, t0, seed):
// a run.json that claims another cell is a failure too.
nlohmann::json run_external_cell(const SolverSpec& solver, const ExternalCell& cell);

// The config JSON of an external cell (as score_run writes it).
nlohmann::json external_config_json(const SolverSpec& solver, const ExternalCell& cell);

}  // namespace nwgf::suite
