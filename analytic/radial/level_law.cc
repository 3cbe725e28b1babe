#include "analytic/radial/level_law.h"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <stdexcept>

#include "analytic/format_value.h"

namespace nwgf::analytic::radial {

double LevelLaw::quantile(double s) const {
  if (!(s >= 0.0 && s <= 1.0))
    throw std::invalid_argument("LevelLaw::quantile: s = " + format_double(s) +
                                " is outside [0, 1]");
  if (levels.empty() || radii.size() != levels.size())
    throw std::invalid_argument("LevelLaw::quantile: the law has " +
                                std::to_string(levels.size()) + " levels and " +
                                std::to_string(radii.size()) +
                                " radii (at least one level, one radius per level)");
  // First level >= s: interpolate between its left neighbour (or (0, lo)) and it (or (1, hi)).
  const auto it = std::lower_bound(levels.begin(), levels.end(), s);
  const std::size_t k = static_cast<std::size_t>(it - levels.begin());
  const double s0 = k == 0 ? 0.0 : levels[k - 1];
  const double q0 = k == 0 ? lo : radii[k - 1];
  const double s1 = k == levels.size() ? 1.0 : levels[k];
  const double q1 = k == levels.size() ? hi : radii[k];
  if (s1 <= s0) return q1;
  const double a = (s - s0) / (s1 - s0);
  return q0 + a * (q1 - q0);
}

void check_level_law(const LevelLaw& law, const std::string& what) {
  const auto fail = [&](const std::string& msg) {
    throw std::invalid_argument(what + ": " + msg);
  };
  const std::size_t n = law.levels.size();
  if (n == 0) fail("the level law has no levels (at least one is required)");
  if (law.weights.size() != n || law.radii.size() != n ||
      (!law.errors.empty() && law.errors.size() != n))
    fail("the level law has " + std::to_string(n) + " levels, " +
         std::to_string(law.weights.size()) + " weights, " + std::to_string(law.radii.size()) +
         " radii and " + std::to_string(law.errors.size()) +
         " errors (one weight and radius per level; errors empty or one per level)");
  double sum = 0.0;
  for (std::size_t i = 0; i < n; ++i) {
    const std::string at = "[" + std::to_string(i) + "] = ";
    const double s = law.levels[i];
    if (!(s > 0.0 && s < 1.0)) fail("levels" + at + format_double(s) + " is outside (0, 1)");
    if (i > 0 && !(s > law.levels[i - 1]))
      fail("levels" + at + format_double(s) + " is not above the previous level " +
           format_double(law.levels[i - 1]) + " (levels must increase)");
    const double w = law.weights[i];
    if (!(w > 0.0 && std::isfinite(w)))
      fail("weights" + at + format_double(w) + " is not positive and finite");
    sum += w;
    const double q = law.radii[i];
    if (!(q >= 0.0 && std::isfinite(q)))
      fail("radii" + at + format_double(q) + " is not finite and >= 0");
    if (i > 0 && q < law.radii[i - 1])
      fail("radii" + at + format_double(q) + " is below the previous radius " +
           format_double(law.radii[i - 1]) + " (radii must be nondecreasing)");
    if (!law.errors.empty() && !(law.errors[i] >= 0.0 && std::isfinite(law.errors[i])))
      fail("errors" + at + format_double(law.errors[i]) + " is not finite and >= 0");
  }
  if (!(std::abs(sum - 1.0) <= 1e-12))
    fail("the weights sum to " + format_double(sum) + " (must be 1 within 1e-12)");
  if (!(law.lo >= 0.0 && law.lo <= law.radii.front()))
    fail("lo = " + format_double(law.lo) + " is outside [0, radii[0] = " +
         format_double(law.radii.front()) + "]");
  if (!(std::isfinite(law.hi) && law.hi >= law.radii.back()))
    fail("hi = " + format_double(law.hi) + " is outside [radii[N-1] = " +
         format_double(law.radii.back()) + ", inf)");
}

}  // namespace nwgf::analytic::radial
