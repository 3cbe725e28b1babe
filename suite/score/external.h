#pragma once
// External solvers in studies: another program, run as a command (argv, no shell), writes a run
// folder (suite/score/run_folder.h) that is then scored into a cell (suite/score/score_run.h).
//
// The solver entry of a study config, its placeholders and the cell it runs for are in
// suite/study/solver_spec.h.
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

#include "suite/study/solver_spec.h"

namespace nwgf::suite {

struct ProcessOutcome {
  bool started = false;
  int exit_code = -1;      // when it exited
  int signal = 0;          // when a signal ended it
  bool timed_out = false;
  double wall_s = 0.0;
  std::string error;       // why it could not be started
};

// Runs argv (no shell) in its own process group, stdout/stderr to the given files, killing the
// group at the timeout. While it runs, `pid_file` (when given) holds "PID START_TICKS" (its pid
// and its start time from /proc), so that a later run can find it if this program is killed.
ProcessOutcome run_process(const std::vector<std::string>& argv, const std::string& stdout_path,
                           const std::string& stderr_path, double timeout_s, const std::string& pid_file = "");

// The last `max_lines` lines of a file (at most max_bytes bytes of it), "" when unreadable or not
// a regular file inside its folder (suite/common/input_file.h: a solver's log in its run folder
// may be anything the solver left there).
std::string file_tail(const std::string& path, int max_lines = 20, std::size_t max_bytes = 4096);

// Runs the solver for the cell and scores its run folder: the cell JSON of score_run, or a failed
// cell (config of the external cell, no steps, the reason and stderr tail) when anything fails.
// The scored cell's config must match the study's (scheme, d, r, tau, T, t0, seed): a run.json
// that claims another cell is a failure too. The solver's name is the study's; the name run.json
// gives, when another, is kept as summary.run_solver. A solver still running in RUN_DIR from
// an interrupted sweep (RUN_DIR.pid names it) is killed first.
nlohmann::json run_external_cell(const SolverSpec& solver, const ExternalCell& cell);

}  // namespace nwgf::suite
