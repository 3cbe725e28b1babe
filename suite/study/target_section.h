#pragma once
// A study's sections of the families toward a target (suite/study/target_family.h): each
// section's cells are schemes x taus x seeds (and the section's external solvers x taus x
// seeds), all from `start` toward `target` in the family's (d, r). In the study config a family's
// sections are the list under its name:
//   "line":   [ { "name": "two_diracs", "start": "dirac:0", "target": "diracs:-1;1", "T": 2,
//                 "taus": [0.2, 0.1, 0.05], "schemes": [...], "seeds": [...], "particles": 1000,
//                 "eval_samples": 1000, "iters": 1000, "solvers": ["my_solver"] } ],
//   "radial": [ { "d": 3, "r": 1, "start": "gaussian:0.3", "target": "sphere:1", ... } ]
// ("d" and "r" only, and then required, for a family whose sections name them). schemes, seeds,
// particles, eval_samples and iters default to the study's; solvers to none; name to one made
// from the specs (and d, r). Cell ids read "backward/FAMILY/NAME/tau0.1/seed0" and
// "external/SOLVER/FAMILY/NAME/tau0.1/seed0".
#include <cstdint>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "neural/scheme_settings.h"
#include "suite/study/target_family.h"

namespace nwgf::suite {

struct TargetSection {
  const TargetFamily* family = nullptr;  // never null in a parsed config
  std::string name;      // short name in cell ids, [A-Za-z0-9_.+-]{1,64}; default from the specs
  std::string start;     // mu_0, a spec of the family
  std::string target;    // nu, a spec of the family
  int d = 1;             // the family's fixed d, or the section's
  double r = 1.0;        // the family's fixed r, or the section's
  double T = 1.0;        // final time, > t0
  double t0 = 0.0;       // start time (the schemes start on the exact flow at t0)
  std::vector<double> taus;               // each divides T - t0
  std::vector<neural::Scheme> schemes;    // the section's own when schemes_given, else the study's
  bool schemes_given = false;             // "schemes" given ([] allowed with solvers: none built in)
  std::vector<std::uint64_t> seeds;       // empty: the study's seeds
  int particles = -1;     // m and N; < 0: the study's
  int eval_samples = -1;  // < 0: the study's
  int iters = -1;         // Adam iterations per step; < 0: the study's
  std::vector<std::string> solvers;       // the study's external solvers run for it too (default none)
};

// "dirac:0", "diracs:-1;1" -> "dirac0_to_diracs-1_1"; with d and r named: "d3_r1.5_" first.
std::string target_section_default_name(const TargetFamily& family, const std::string& start,
                                        const std::string& target, int d, double r);
// "backward/line/NAME/tau0.1/seed0".
std::string target_cell_id(const std::string& scheme, const TargetFamily& family, const std::string& name,
                           double tau, std::uint64_t seed);

struct StudyConfig;
struct StudyCell;
// Reads the list under the family's key into config.sections (every problem appended, one line
// each; config's schemes, seeds, solvers and base settings already read).
void read_target_sections(const TargetFamily& family, const nlohmann::json& list, StudyConfig& config,
                          std::vector<std::string>& problems);
// The family's sections with every default filled in (the form stored in results).
nlohmann::json target_sections_to_json(const TargetFamily& family, const StudyConfig& config);
// Appends the sections' built-in cells (families in registry order, sections outer, then schemes
// x taus x seeds) with consecutive indices.
void append_target_cells(const StudyConfig& config, std::vector<StudyCell>& cells);
// Appends the external solvers' cells of the sections (the same order, then the section's
// solvers x taus x seeds), after every other cell of the study.
void append_external_target_cells(const StudyConfig& config, std::vector<StudyCell>& cells);

}  // namespace nwgf::suite
