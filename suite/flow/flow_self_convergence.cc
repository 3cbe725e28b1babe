#include "suite/flow/flow_self_convergence.h"

#include <algorithm>
#include <cmath>

namespace nwgf::suite {

namespace {

// Steps count as whole below this relative distance to an integer (0.6 / 0.05 = 11.999999999999998).
constexpr double kWholeTolerance = 1e-9;

bool is_whole(double x) { return std::abs(x - std::round(x)) <= kWholeTolerance * std::max(1.0, std::abs(x)); }

}  // namespace

std::vector<int> common_coarse_steps(const std::vector<double>& taus, double T) {
  const int coarse_steps = static_cast<int>(std::lround(T / taus.front()));
  std::vector<int> out;
  for (int j = 0; j <= coarse_steps; ++j) {
    bool whole = true;
    for (double tau : taus) whole = whole && is_whole(j * taus.front() / tau);
    if (whole) out.push_back(j);
  }
  return out;
}

}  // namespace nwgf::suite
