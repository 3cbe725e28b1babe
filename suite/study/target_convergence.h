#pragma once
// The rules of a family toward a target (suite/study/target_family.h) for the convergence routine
// (suite/study/convergence.h): the results document's "<family>_convergence", one group per
// (label, start, target, d, r, t0, T, source), source "particles" or "chain":
// { "family", "scheme", "label" (the scheme, or the external solver's name), "solver" and
//   "solver_scheme" (external cells only), "start", "target", "d" and "r" (families whose
//   sections name them), "t0", "T", "source", "taus", "seeds",
//   "metrics": [ { "metric" (the family's metrics, in its order), "mean", "std", "min", "max"
//                  (over seeds, per tau, decreasing), "floor" (the mean of the metric's floor
//                  key; null without one), "above_floor", "successive_orders", "fit",
//                  "exact_scheme": { "values", "successive_orders", "fit" } } ] }
// exact_scheme: the exact scheme iterate's own value at T (the metric's exact key in the last step
// record of the first cell of each tau with the source): the time-discretisation baseline; values
// below kExactInTime count as 0 (a scheme exact in time, e.g. JKO toward atoms from a Dirac on
// the line), so no order is fitted to rounding.
#include <memory>

#include "suite/study/convergence.h"
#include "suite/study/target_family.h"

namespace nwgf::suite {

inline constexpr double kExactInTime = 1e-12;
std::unique_ptr<ConvergenceRules> target_convergence_rules(const TargetFamily& family);

}  // namespace nwgf::suite
