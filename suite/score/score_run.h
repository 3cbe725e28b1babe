#pragma once
// Scoring another program's run folder (suite/score/run_folder.h) exactly as a built-in cell is
// scored (suite/study/step_scorer.h: exact MMD to gamma(t_n) and to the exact scheme iterate,
// noise floors, radial W2, M2 and energy errors), on the step's "particles" and, when given, its
// "samples" (recorded as the step's "chain", like the built-in chain samples). The result is a
// cell of the study result schema (suite/study/run_cell.h) with
//   config  = { "scheme": "external", "solver": NAME, "solver_scheme": backward|forward|other,
//               "d", "r", "tau", "T", "t0", "seed" }
//   steps   = one record per recorded step: "n", "t", "exact_scale", "scheme_scale",
//             "loss": null, "wall_s": the step's train_s (or null), "particles", "chain"
//   summary = as a built-in cell's, with "start": "external", "device": "external",
//             "train_wall_s" the sum of train_s (null when none is given), "eval_wall_s" the
//             scoring time, "run_dir", "notes" when run.json has them, and "notice" when the
//             declared scheme has no exact iterate to compare with (a forward run from the Dirac
//             with r != 1: scored against the exact flow only, mmd_to_scheme null; docs/math.md 3.3).
#include <string>

#include <nlohmann/json.hpp>

#include "suite/score/run_folder.h"
#include "suite/score/snapshot.h"

namespace nwgf::suite {

struct ScoreOptions {
  SnapshotLimits limits;          // bounds on each snapshot file
  int final_points_max = 2000;    // summary.final_points: at most this many rows of the last particles
};

// The cell config of an external run (config.scheme "external").
nlohmann::json external_cell_config(const RunManifest& manifest);

// Reads RUN_DIR/run.json and every snapshot it names (all are checked before any is scored:
// UsageError "<file>: <what>" on the first problem), then scores each step.
nlohmann::json score_run(const std::string& run_dir, const ScoreOptions& options = {});

// The family checks of a run manifest (read_run_manifest reads the family by its syntax only):
// "dirac" or a family of the registry (suite/study/target_family.h), its fixed d and r (the line
// family: 1 and 1), its start and target specs for (d, r). UsageError naming `where` (the
// run.json), the field, the value and what is allowed. score_run calls it before any scoring.
void check_run_family(const RunManifest& m, const std::string& where);

}  // namespace nwgf::suite
