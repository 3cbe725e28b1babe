// The verdict on one convergence curve (suite/report/verdict.h).
#include <cmath>
#include <string>

#include <doctest/doctest.h>

#include "suite/report/verdict.h"

using namespace nwgf::suite;

namespace {
VerdictInput input(double order, double stderr_, double expected, double error, double floor, FloorCaveat caveat) {
  VerdictInput v;
  v.order = order;
  v.order_stderr = stderr_;
  v.expected = expected;
  v.error = error;
  v.floor = floor;
  v.error_name = "MMD";
  v.caveat = caveat;
  return v;
}
}  // namespace

TEST_CASE("at the floor, no order can be read, whatever the fit says") {
  CHECK(verdict_text(input(-0.12, 0.05, 0.76, 0.0174, 0.0222, FloorCaveat::All)) == "at the floor: no order can be read");
}

TEST_CASE("an order within 0.15 (or two standard errors) of the expected one follows it") {
  // The forward scheme at d = 2, r = 1.5: 0.89 +- 0.02 against the exact Euler iterate's 0.90.
  CHECK(verdict_text(input(0.89, 0.02, 0.90, 0.0237, 0.0119, FloorCaveat::None)) ==
        "follows the expected order; MMD 2× floor");
  // Two standard errors wider than 0.15: 0.24 off, within 2 x 0.2.
  CHECK(verdict_text(input(1.0, 0.2, 0.76, 0.04, 0.0168, FloorCaveat::None)) == "follows the expected order; MMD 2.4× floor");
}

TEST_CASE("an order off the expected one by more says by how much and which way") {
  CHECK(verdict_text(input(0.24, 0.05, 0.97, NAN, NAN, FloorCaveat::Unknown)) == "order 0.73 below the expected");
  // The built-in backward scheme at d = 2, r = 1.5 in reports/solvers: 1.07 +- 0.13 against the exact JKO's 0.76.
  CHECK(verdict_text(input(1.07, 0.13, 0.76, 0.0394, 0.0168, FloorCaveat::None)) ==
        "order 0.31 above the expected; MMD 2.3× floor");
  CHECK(verdict_text(input(1.40, 0.01, 1.0, 0.1, 0.01, FloorCaveat::None)) == "order 0.40 above the expected; MMD 10× floor");
}

TEST_CASE("without an expected order, the reason; partly at the floor, the caveat") {
  VerdictInput v = input(0.14, 0.06, NAN, 0.00736, 0.0157, FloorCaveat::None);
  v.no_expected = "exact in time";
  CHECK(verdict_text(v) == "exact in time: no order expected; MMD 0.47× floor");
  v.caveat = FloorCaveat::Partly;
  CHECK(verdict_text(v) == "exact in time: no order expected; partly at the floor: order uncertain; MMD 0.47× floor");
  v.order = NAN;
  CHECK(verdict_text(v).rfind("no order fitted", 0) == 0);
}
