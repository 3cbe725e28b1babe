#pragma once
// A study: the cells of a convergence sweep, schemes x d x r x taus x seeds, all run to the same
// final time T with the same network and training options (docs/math.md section 5 for the defaults).
//
// Config file (JSON object; every key optional except schemes, d, r, taus; unknown keys refused):
// {
//   "name": "default",                 // label of the study (default "study")
//   "description": "...",              // free text
//   "schemes": ["backward", "forward", "particle"],
//   "d": [2, 3],                       // dimensions, integers >= 1
//   "r": [1, 1.5],                     // Riesz exponents in (0, 2)
//   "taus": [0.2, 0.1, 0.05],          // step sizes > 0; each must divide T - t0 of every cell
//   "seeds": [0],                      // seeds (integers >= 0), default [0]
//   "T": 1.2,                          // final time (default 1.2)
//   "t0": 0,                           // start time of every cell; 0 = delta_0 (default 0)
//   "forward_t0": 0.2,                 // start time of forward cells with r != 1 (default: t0);
//                                      // the forward scheme cannot leave a Dirac for r != 1
//   "particles": 2000,                 // m particles of the neural schemes (default 2000)
//   "eval_samples": 20000,             // fresh samples through the chain (default 20000; 0: off)
//   "network":  { "width": 64, "depth": 2, "activation": "relu", "latent": 0,
//                 "generator_output": "displacement" },  // backward: T = x + G (default) | position: T = G
//   "training": { "iters": 5000, "batch": 100, "lr": 1e-3, "eps": 1e-2, "step_batch": 2000,
//                 "engine": "fused",        // engine: fused (default) | torch (CPU training code)
//                 "batch_sampling": "with" },  // with (default) | without replacement (b <= m)
//                                      // generator_output and batch_sampling hold for every cell of
//                                      // the study: position needs schemes [backward] only, without
//                                      // no particle scheme (neural/scheme_settings.h)
//   "particle_flow": { "particles": 2000, "start_box": 1e-9 },  // particle scheme's N (default:
//                                      // "particles") and its start box from delta_0
//   "device": "cpu", "threads": 0,
//   "solvers": [ { "name": "my_jko", "command": ["python3", "my_jko.py", "--d", "{d}", ...,
//                  "--out", "{run_dir}"], "scheme": "backward", "timeout_s": 3600 } ]
//                                      // external solvers (suite/study/solver_spec.h), each run
//                                      // for every d x r x taus x seeds from t0; "schemes" may
//                                      // be left out when solvers are given
// }
//   "line": [ { "name": "two_diracs", "start": "dirac:0", "target": "diracs:-1;1", "T": 2,
//              "taus": [0.2, 0.1, 0.05], "schemes": [...], "seeds": [...], "particles": 1000,
//              "eval_samples": 1000, "iters": 1000 } ]
//                                      // sections of a family toward a target, under the
//                                      // family's name ("line", ...; suite/study/target_section.h):
//                                      // schemes x taus x seeds per section; schemes, seeds,
//                                      // particles, eval_samples and iters default to the
//                                      // study's; ids "backward/line/NAME/tau0.1/seed0"
// Cells are ordered schemes (outer) x d x r x taus x seeds (inner), in the config's list order,
// then the sections' cells (families in registry order, sections outer, then schemes x taus x
// seeds), then the solvers' cells in the same order (solvers outer), then the solvers named by
// sections; a cell's index in that order is its identity for shards and resumes.
//
// Validation is strict and complete: every problem (unknown key, wrong type, value out of range,
// tau not dividing T - t0, empty list, forward at a Dirac with r != 1, ...) is collected and
// StudyConfigError lists them all, one line each, before any work is done.
#include <cstdint>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "suite/common/errors.h"
#include "suite/study/run_cell.h"
#include "suite/study/solver_spec.h"
#include "suite/study/target_section.h"

namespace nwgf::suite {

// Thrown by study_config_from_json with every problem found (each one line, naming the key, the
// value and the allowed range). what() is a one-line summary.
struct StudyConfigError : UsageError {
  StudyConfigError(const std::string& summary, std::vector<std::string> problems)
      : UsageError(summary), problems(std::move(problems)) {}
  std::vector<std::string> problems;
};

struct StudyCell {
  int index = 0;     // position in the study's cell order
  std::string id;    // "backward/d2/r1.5/tau0.05/seed0"; an external cell: "external/NAME/d2/..."
  CellConfig config;  // an external cell: d, r, tau, T, t0, seed (the rest is the base's, unused)
  int solver = -1;    // index into StudyConfig::solvers for an external cell; -1: built-in
  bool external() const { return solver >= 0; }
};

struct StudyConfig {
  std::string name = "study";
  std::string description;
  std::vector<neural::Scheme> schemes;
  std::vector<int> dims;
  std::vector<double> rs;
  std::vector<double> taus;
  std::vector<std::uint64_t> seeds{0};
  double T = 1.2;
  double t0 = 0.0;
  double forward_t0 = -1.0;   // < 0: same as t0
  int particle_flow_particles = -1;  // < 0: same as base.particles
  CellConfig base;            // network, training, particles, eval_samples, device, threads
  std::vector<SolverSpec> solvers;  // external solvers, run after the built-in schemes' cells
  // Sections of the families toward a target (suite/study/target_section.h), families in the
  // order of target_families(), each family's in its list order; their cells follow the Dirac cells.
  std::vector<TargetSection> sections;

  // Start time of a cell of this scheme and exponent.
  double start_time(neural::Scheme scheme, double r) const;
};

// Parses and validates; throws StudyConfigError listing every problem. `source` names the file
// in the messages.
StudyConfig study_config_from_json(const nlohmann::json& j, const std::string& source = "config");
// Reads the file (UsageError if unreadable or not JSON) and parses it. The file is read under the
// rule for outside files (suite/common/input_file.h: a regular file of at most 16 MiB).
StudyConfig load_study_config(const std::string& path);
// Prints the problems of a study config on stderr, one line each ("nwgf: error: SOURCE:
// problem"), the first 20 and then how many more (suite/common/message_limits.h): a config with
// 10^6 bad entries gives 21 lines, not 10^6. Nothing for a single problem: the error's summary
// is then that problem's line, so one bad value gives one line in all.
void print_study_config_problems(const std::string& source, const std::vector<std::string>& problems);
// load_study_config, but first prints the problems (print_study_config_problems) for the
// command line; then rethrows.
StudyConfig load_study_config_reporting(const std::string& path);
// Every key with its effective value (defaults filled in): the form stored in results, and the
// form compared when resuming or merging.
nlohmann::json study_config_to_json(const StudyConfig& config);

// The cells in study order.
std::vector<StudyCell> study_cells(const StudyConfig& config);
// The config JSON a cell's result carries: cell_config_to_json for a built-in cell,
// external_config_json for an external one.
nlohmann::json study_cell_config_json(const StudyConfig& config, const StudyCell& cell);
// The external cell of a study cell (cell.external()), to be run in `run_dir`.
ExternalCell external_cell(const StudyCell& cell, const std::string& run_dir);
// "backward/d2/r1.5/tau0.05/seed0": shortest round-trip decimal forms of r and tau.
std::string cell_id(const std::string& scheme, int d, double r, double tau, std::uint64_t seed);
// Shortest decimal that reads back as the same double ("0.05", "1.5", "1").
std::string short_number(double x);

}  // namespace nwgf::suite
