#pragma once
// Convergence across tau at T of a study's cells of one family toward a target
// (suite/study/target_family.h), the results document's "<family>_convergence": one group per
// (label, start, target, d, r, t0, T, source), source "particles" or "chain", shaped as the Dirac
// groups of suite/study/convergence.h:
// { "family", "scheme", "label" (the scheme, or the external solver's name), "solver" and
//   "solver_scheme" (external cells only), "start", "target", "d" and "r" (families whose
//   sections name them), "t0", "T", "source", "taus", "seeds",
//   "metrics": [ { "metric" (the family's metrics, in its order), "mean", "std", "min", "max"
//                  (over seeds, per tau, decreasing), "floor" (the mean of the metric's floor
//                  key; null without one), "above_floor", "successive_orders", "fit",
//                  "exact_scheme": { "values", "successive_orders", "fit" } } ] }
// exact_scheme: the exact scheme iterate's own value at T (the metric's exact key in the last step
// record): the time-discretisation baseline; values below kExactInTime count as 0 (a scheme exact
// in time, e.g. JKO toward atoms from a Dirac on the line), so no order is fitted to rounding.
// Empty array without cells of the family.
#include <nlohmann/json.hpp>

#include "suite/study/target_family.h"

namespace nwgf::suite {

inline constexpr double kExactInTime = 1e-12;
nlohmann::json target_convergence_analysis(const TargetFamily& family, const nlohmann::json& cells);

}  // namespace nwgf::suite
