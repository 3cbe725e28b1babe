#pragma once
// Self-convergence of `nwgf flow` over nested step sizes (--taus; docs/math.md 8.14-8.15): the
// common times of the runs here; the entry of one scheme (distances between successive
// solutions, floor, orders, status) is assembled by suite/study/solution_self_convergence.h,
// shared with `nwgf score` of several run folders.
#include <vector>

#include "suite/study/solution_self_convergence.h"

namespace nwgf::suite {

// The steps j of the coarsest step size (t = j tau_1, 0 <= j <= T / tau_1) that are whole steps
// at every step size in taus (decreasing, nested): the times at which all runs are compared.
std::vector<int> common_coarse_steps(const std::vector<double>& taus, double T);

}  // namespace nwgf::suite
