#pragma once
// The run folder protocol "nwgf-run/1" (docs/snapshot-protocol.md): another program's run of a
// Wasserstein gradient flow solver for F = E (the interaction energy of the Riesz kernel
// -||x - y||^r) from delta_0 or gamma(t0), written as a folder with run.json and one snapshot
// file per recorded step (suite/score/snapshot.h). run.json:
// {
//   "protocol": "nwgf-run/1",
//   "solver": NAME,                     // [A-Za-z0-9_.+-], 1-64 characters
//   "scheme": "backward" | "forward" | "other",   // which exact scheme iterate it is compared
//                                                 // with (JKO, explicit Euler; other: none)
//   "family": "dirac" | a family toward a target of suite/study/target_family.h ("line",
//             "radial"; optional, default "dirac"; read here by its syntax, checked against the
//             registry by check_run_family, suite/score/score_run.h),
//   "start": SPEC, "target": SPEC (runs toward a target only, both required; the family's specs),
//   "d": integer >= 1, "r": in (0, 2), "tau": > 0, "T": > t0, "t0": >= 0 (0: from delta_0),
//   "seed": integer >= 0,
//   "steps": [ { "n": 1..N, "t": t0 + n tau, "particles": FILE,
//                "samples": FILE (optional: fresh samples of the solver's measure),
//                "train_s": seconds (optional) } ],   // n strictly increasing, the last n = N
//   "notes": string (optional)
// }
// with N = (T - t0)/tau a whole number. FILE is a path relative to the folder, inside it.
// A "dirac" run solves F = E from delta_0 (t0 = 0) or gamma(t0); a run of a family toward a target
// solves F_nu = E + V_nu from mu_0 = START toward nu = TARGET in the family's (d, r): "line" on the
// line (d = 1 and r = 1 required: the exact line reference holds for the distance kernel on R;
// t0 > 0 starts at the exact flow at t0; docs/math.md section 6), "radial" in R^d (d >= 2,
// r + d >= 3; t0 = 0, or the t0 of a start gamma:t0; docs/math.md section 7).
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "suite/common/input_file.h"
#include "suite/study/solver_spec.h"  // valid_solver_name

namespace nwgf::suite {

inline constexpr const char* kRunProtocol = "nwgf-run/1";

struct RunStep {
  int n = 0;
  double t = 0.0;
  std::string particles;               // path relative to the run folder
  std::string samples;                 // empty: none
  std::optional<double> train_s;
};

struct RunManifest {
  std::string solver;
  std::string scheme;                  // backward | forward | other
  std::string family = "dirac";        // dirac | line | radial (suite/study/target_family.h)
  std::string start, target;           // runs toward a target: the specs of mu_0 and nu (empty otherwise)
  int d = 2;
  double r = 1.0, tau = 0.05, T = 1.2, t0 = 0.0;
  std::uint64_t seed = 0;
  int steps_total = 0;                 // N = (T - t0)/tau
  std::vector<RunStep> steps;
  std::string notes;
};

// How messages name a run folder (suite/common/input_file.h InputFolder).
inline constexpr const char* kRunFolder = "run folder";

// Reads and checks RUN_DIR/run.json (every field above; unknown keys are refused). UsageError
// "<RUN_DIR>/run.json: <field>: <what is wrong>" otherwise. Snapshot files are not read here.
// run.json is read under the rule of suite/common/input_file.h: a regular file of at most 16 MiB
// lying inside the folder's resolved path (a link out of the folder is refused).
RunManifest read_run_manifest(const std::string& run_dir);
RunManifest read_run_manifest(const InputFolder& folder);
// The same checks on an already parsed document (`where` names it in messages).
RunManifest parse_run_manifest(const nlohmann::json& j, const std::string& where);
// The text of a run.json: parsed with a nesting limit (suite/common/io_util.h parse_json), then
// checked as above. Every problem, a syntax error or a number beyond double included, throws
// UsageError "<where>: ...".
RunManifest parse_run_manifest_text(const std::string& text, const std::string& where);

}  // namespace nwgf::suite
