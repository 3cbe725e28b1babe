// Whether a fitted order can be read (suite/report/order_caveat.h).
#include "suite/report/order_caveat.h"

#include <algorithm>
#include <cmath>

namespace nwgf::suite {

FloorCaveat floor_caveat(const std::vector<double>& errors, const std::vector<double>& floors) {
  int compared = 0, at_floor = 0;
  for (std::size_t i = 0; i < std::min(errors.size(), floors.size()); ++i) {
    const double e = errors[i], f = floors[i];
    if (!(e > 0) || !(f > 0) || !std::isfinite(e) || !std::isfinite(f)) continue;
    ++compared;
    if (e <= kAtFloorFactor * f && e >= f / kAtFloorFactor) ++at_floor;
  }
  if (compared == 0) return FloorCaveat::Unknown;
  if (at_floor == 0) return FloorCaveat::None;
  return at_floor == compared ? FloorCaveat::All : FloorCaveat::Partly;
}

std::string caveat_suffix(FloorCaveat caveat) {
  switch (caveat) {
    case FloorCaveat::All:
      return " (at the floor: no order)";
    case FloorCaveat::Partly:
      return " (partly at the floor)";
    default:
      return "";
  }
}

}  // namespace nwgf::suite
