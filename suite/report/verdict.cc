// The verdict on one convergence curve (suite/report/verdict.h).
#include "suite/report/verdict.h"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "suite/common/format.h"

namespace nwgf::suite {

std::string verdict_text(const VerdictInput& v) {
  if (v.caveat == FloorCaveat::All) return "at the floor: no order can be read";
  // The error against its floor, where there is one: "error 2.1× floor".
  const std::string against_floor = v.error > 0 && v.floor > 0 && std::isfinite(v.error / v.floor)
                                        ? fmt::format("{} {}× floor", v.error_name, format_g(v.error / v.floor, 2))
                                        : std::string();
  std::string text;
  if (!std::isfinite(v.order)) {
    text = "no order fitted";
  } else if (!std::isfinite(v.expected)) {
    text = fmt::format("{}: no order expected", v.no_expected.empty() ? std::string("no exact iterate") : v.no_expected);
  } else {
    const double tolerance = std::max(kOrderAgreement, std::isfinite(v.order_stderr) ? 2 * v.order_stderr : 0.0);
    const double gap = v.order - v.expected;
    if (std::abs(gap) <= tolerance)
      text = "follows the expected order";
    else
      text = fmt::format("order {:.2f} {} the expected", std::abs(gap), gap < 0 ? "below" : "above");
  }
  if (v.caveat == FloorCaveat::Partly) text += "; partly at the floor: order uncertain";
  if (!against_floor.empty()) text += "; " + against_floor;
  return text;
}

}  // namespace nwgf::suite
