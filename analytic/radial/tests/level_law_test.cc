// LevelLaw: the piecewise linear quantile through (0, lo), (levels, radii), (1, hi) and the
// refusals of check_level_law. Expected values are the interpolants written out by hand.
#include "analytic/radial/level_law.h"

#include <doctest/doctest.h>

#include <stdexcept>
#include <string>

#include "testing/tolerances.h"

namespace nwgf::analytic::radial {
namespace {

using nwgf::tolerance::kClosedForm;

// Three levels 0.25, 0.5, 0.75 with radii 1, 2, 4 and ends lo = 0.5, hi = 6.
LevelLaw three_levels() {
  LevelLaw law;
  law.levels = {0.25, 0.5, 0.75};
  law.weights = {0.25, 0.5, 0.25};
  law.radii = {1.0, 2.0, 4.0};
  law.lo = 0.5;
  law.hi = 6.0;
  return law;
}

std::string message_of(const LevelLaw& law) {
  try {
    check_level_law(law, "test law");
  } catch (const std::invalid_argument& e) {
    return e.what();
  }
  return "";
}

TEST_CASE("the quantile interpolates linearly between levels and to lo and hi at the ends") {
  const LevelLaw law = three_levels();
  CHECK_ABS(law.quantile(0.0), 0.5, kClosedForm);
  CHECK_ABS(law.quantile(0.125), 0.75, kClosedForm);   // halfway between (0, 0.5) and (0.25, 1)
  CHECK_ABS(law.quantile(0.25), 1.0, kClosedForm);
  CHECK_ABS(law.quantile(0.375), 1.5, kClosedForm);    // halfway between 1 and 2
  CHECK_ABS(law.quantile(0.6), 2.8, kClosedForm);      // 2 + 0.4 * (4 - 2)
  CHECK_ABS(law.quantile(0.875), 5.0, kClosedForm);    // halfway between (0.75, 4) and (1, 6)
  CHECK_ABS(law.quantile(1.0), 6.0, kClosedForm);
}

TEST_CASE("the quantile refuses a level outside [0, 1] and a law without levels") {
  const LevelLaw law = three_levels();
  CHECK_THROWS_AS(law.quantile(-0.1), std::invalid_argument);
  CHECK_THROWS_AS(law.quantile(1.5), std::invalid_argument);
  CHECK_THROWS_AS(law.quantile(0.0 / 0.0), std::invalid_argument);
  CHECK_THROWS_AS(LevelLaw{}.quantile(0.5), std::invalid_argument);
}

TEST_CASE("midpoint_level_law puts levels (i - 1/2)/N with weights 1/N") {
  const LevelLaw law = midpoint_level_law(4, [](double s) { return 2.0 * s; }, 0.0, 2.0);
  check_level_law(law, "midpoints");
  CHECK_ABS(law.levels[0], 0.125, kClosedForm);
  CHECK_ABS(law.levels[3], 0.875, kClosedForm);
  CHECK_ABS(law.radii[2], 1.25, kClosedForm);
  CHECK_ABS(law.weights[1], 0.25, kClosedForm);
  CHECK_ABS(law.quantile(0.3), 0.6, kClosedForm);  // linear quantile reproduced exactly
}

TEST_CASE("check_level_law accepts a good law and names the bad field and value") {
  CHECK(message_of(three_levels()).empty());
  LevelLaw bad = three_levels();
  bad.levels[1] = 0.2;
  CHECK(message_of(bad).find("levels[1] = 0.20000000000000001") != std::string::npos);
  bad = three_levels();
  bad.radii[2] = 1.5;
  CHECK(message_of(bad).find("radii[2] = 1.5") != std::string::npos);
  bad = three_levels();
  bad.weights[0] = 0.3;
  CHECK(message_of(bad).find("sum to") != std::string::npos);
  bad = three_levels();
  bad.lo = 2.0;
  CHECK(message_of(bad).find("lo = 2") != std::string::npos);
  bad = three_levels();
  bad.hi = 3.0;
  CHECK(message_of(bad).find("hi = 3") != std::string::npos);
  bad = three_levels();
  bad.errors = {0.0, 1e-9};
  CHECK(message_of(bad).find("2 errors") != std::string::npos);
  bad = three_levels();
  bad.levels[0] = 0.0;
  CHECK(message_of(bad).find("levels[0] = 0 is outside (0, 1)") != std::string::npos);
  CHECK(message_of(LevelLaw{}).find("no levels") != std::string::npos);
  CHECK(message_of(bad).find("test law") == 0);
}

}  // namespace
}  // namespace nwgf::analytic::radial
