#pragma once
// External solvers of a study config: another program, run as a command (argv, no shell), that
// writes a run folder (protocol nwgf-run/1, docs/snapshot-protocol.md) for one cell of the study;
// `nwgf sweep` runs it and scores the folder (suite/score/external.h). This header holds only the
// configuration: the solver entry, the cell it is run for, the command's placeholders.
//
// A solver is { "name": NAME, "command": ["{python}", "my_jko.py", "--d", "{d}", ..., "--out",
// "{run_dir}"], "scheme": "backward" | "forward" | "other", "timeout_s": 3600 }. The
// placeholders {d} {r} {tau} {T} {t0} {seed} {steps} {run_dir} {family} {start} {target} are
// replaced inside every argument (numbers in their shortest round-trip decimal form; {family} is
// "dirac", "line" or "radial", {start} and {target} the cell's specs, analytic/line/specs.h or
// analytic/radial/radial_measure.h, and empty for a Dirac cell), and {python} by the Python
// interpreter the sweep found with NumPy (suite/study/python_interpreter.h: $NWGF_PYTHON, the
// build's interpreter, /usr/bin/python3, python3 on PATH; not part of the cell's config, so a
// study is the same study on every machine); "{{" and "}}" stand for literal braces; any other
// {...} is refused. A solver runs for every (d, r, tau, seed) of the study and, for a family
// toward a target, for the sections that name it (suite/study/target_section.h).
#include <cstdint>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace nwgf::suite {

struct SolverSpec {
  std::string name;                  // [A-Za-z0-9_.+-], 1-64 characters, not a built-in scheme's name
  std::vector<std::string> command;  // argv template; command[0] is looked up in PATH
  std::string scheme = "other";      // backward | forward | other: the exact scheme compared with
  double timeout_s = 3600;           // wall-clock limit, in (0, 30 days]
};

// Whether `name` is a valid solver name ([A-Za-z0-9_.+-], 1-64 characters).
bool valid_solver_name(const std::string& name);

// Checks a solver entry of a study config (every key above; unknown keys, wrong types, bad
// placeholders refused). Problems are appended to `problems`, each one line naming `where`.
SolverSpec solver_spec_from_json(const nlohmann::json& j, const std::string& where, std::vector<std::string>& problems);
nlohmann::json solver_spec_to_json(const SolverSpec& s);

// One external cell: the solver run for one (d, r, tau, seed) of a study, or for one (tau, seed)
// of a line section.
struct ExternalCell {
  std::string family = "dirac";  // dirac, or a family toward a target (line, radial)
  std::string start, target;     // cells toward a target: the specs of mu_0 and nu
  int d = 2;
  double r = 1.0, tau = 0.05, T = 1.2, t0 = 0.0;
  std::uint64_t seed = 0;
  std::string run_dir;  // created by run_external_cell (emptied first when it exists)
  // What {python} stands for: the interpreter the sweep found (suite/study/python_interpreter.h).
  // Empty: {python} is left as written (nwgf sweep --plan shows the command so, before any search).
  std::string python;
};

// The command with its placeholders replaced.
std::vector<std::string> expand_command(const SolverSpec& solver, const ExternalCell& cell);

// Whether an argument of the solver's command holds the placeholder {python} ("{{python}}" is a
// literal, not the placeholder).
bool command_uses_python(const SolverSpec& solver);

// The config JSON of an external cell (as suite/score/score_run.h writes it): {"scheme":
// "external", "solver", "solver_scheme", d, r, tau, T, t0, seed}, and "family" (its name),
// "start", "target" for a cell of a family toward a target (line, radial).
nlohmann::json external_config_json(const SolverSpec& solver, const ExternalCell& cell);

}  // namespace nwgf::suite
