#pragma once
// Verdicts on the terminal: what `nwgf score`, `nwgf sweep` and `nwgf validate` print after they
// wrote their results (never under --quiet), read from the results they wrote, so that a run can
// be judged without opening it: a scored cell's JSON (nwgf score), a study's typed results
// (suite/study/study_results.h, parsed once from the file by the command).
//
// nwgf score (a cell, suite/score/score_run.h): a per-step table of the particles' metrics --
//   n, t, MMD to the flow, its noise floor (N i.i.d. samples of the flow), the family's W2 (radial
//   W2 for the Dirac and radial families, W2 on the line), and the distance to the exact iterate
//   of the declared scheme (MMD, and W2 for families toward a target) -- at most kStepRowsMax
//   rows, evenly chosen, the first and last steps always; then the verdict line, "at T = 1.2:
//   MMD 0.0103 vs floor 0.0222: at the noise floor" (not above it), "... 12% above the floor"
//   (below twice the floor) or "... above the floor by 3.1x" (and the same for the chain's fresh
//   samples when scored).
// nwgf sweep, validate (a study, suite/study/sweep.h): the table of the convergence groups, one
//   line each (StudyResults::convergence: the Dirac family's, then the others' in registry order;
//   suite/study/convergence.h, suite/study/target_convergence.h): the family's W2 and the MMD at
//   the smallest tau with the MMD's floor, the fitted order of each (least squares over the taus,
//   with its standard error), the exact iterate's own W2 and its order, and "(at floor)" after an
//   order whose error at the smallest tau is not above its noise floor (the order then measures
//   sampling noise, not convergence).
#include <cstddef>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "suite/study/study_results.h"

namespace nwgf::suite {

inline constexpr std::size_t kStepRowsMax = 20;

// Indices of at most max_rows of `count` rows, evenly spread: round(k (count - 1) / (max_rows - 1))
// for k = 0 .. max_rows - 1, so the first and the last are always among them; all when count <=
// max_rows (max_rows >= 2).
std::vector<std::size_t> evenly_chosen_rows(std::size_t count, std::size_t max_rows);

// The per-step table of a scored cell, one line per chosen step, with a header line ("" when the
// cell has no steps).
std::string step_table(const nlohmann::json& cell, std::size_t max_rows = kStepRowsMax);

// The verdict lines of a cell with status ok ("" for a failed cell: its failure is the verdict).
std::string score_verdict(const nlohmann::json& cell);

// The table of a study's convergence groups; a line saying why there is none when the results
// are a shard or incomplete; "" when they have no groups at all.
std::string convergence_table(const StudyResults& results);

}  // namespace nwgf::suite
