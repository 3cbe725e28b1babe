#pragma once
// `nwgf score` of several run folders of one solver at nested step sizes: each folder scored as
// a cell (suite/score/score_run.h) and, where no exact solution is needed, the self-convergence
// of the solutions at successive step sizes (suite/study/solution_self_convergence.h, the entry
// `nwgf flow --taus` writes; docs/math.md 8.14-8.15).
//
// The folders (k >= 3 step sizes) must be runs of one problem: the same solver, scheme, family,
// start, target, d, r, t0 and T; one seed at every step size (the coupled runs), the step sizes
// distinct and, sorted decreasing, nested with one ratio (analytic::kNestedRatioTolerance).
// One more folder at the finest step size with another seed gives the noise floor (the
// seed-to-seed distance at the common times); without it the entry says "no floor given" and
// its orders carry no floor verdict. The common times are the recorded times t = t0 + n tau that
// every folder records (T always among them); the particle sets compared there must have one
// size. Anything else is a UsageError of one line naming the field and the folders, raised before
// any scoring.
//
// The document:
// { "cells": [ the scored cells, in the order the folders were given ],
//   "self_convergence": { "method": kScoreSelfConvergenceMethod,
//                         "solver", "scheme" (the run.json's), "family",
//                         "runs": [ { "run_dir", "tau", "seed", "role": "coupled" | "floor" } ],
//                         and the fields of scheme_self_convergence (status, reason,
//                         verdict_distance, taus, times, seed, floor_seed, distances) } }
// A cell scored failed makes the entry failed_self_convergence's ("no order", naming the folder).
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "suite/score/score_run.h"

namespace nwgf::suite {

inline constexpr const char* kScoreSelfConvergenceMethod =
    "successive solutions of run folders at nested step sizes, coupled by one seed; floor from a second seed at "
    "the finest step size";

// The fewest step sizes a self-convergence analysis reads an order from (two successive orders).
inline constexpr std::size_t kSelfConvergenceRunsMin = 3;

nlohmann::json score_runs(const std::vector<std::string>& run_dirs, const ScoreOptions& options = {});

}  // namespace nwgf::suite
