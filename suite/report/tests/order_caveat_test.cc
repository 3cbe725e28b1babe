// Whether a fitted order can be read (suite/report/order_caveat.h): errors within a factor 1.5 of
// their noise floor, either way, are at the floor.
#include <cmath>
#include <vector>

#include <doctest/doctest.h>

#include "suite/report/order_caveat.h"

using namespace nwgf::suite;

TEST_CASE("an order read from errors at the floor at every step size cannot be read") {
  // reports/solvers-vs-default, torch_backward_scheme at d = 2, r = 1: 0.0174 at tau = 0.05, floor 0.0222.
  CHECK(floor_caveat({0.0157, 0.0151, 0.0174}, {0.0222, 0.0222, 0.0222}) == FloorCaveat::All);
  CHECK(caveat_suffix(FloorCaveat::All) == " (at the floor: no order)");
}

TEST_CASE("errors clearly above their floor, or well below it, carry no caveat") {
  // The forward scheme at d = 2, r = 1.5: 0.0809, 0.0448, 0.0237 over a floor of 0.01185 (2.0 x at the smallest).
  CHECK(floor_caveat({0.0809, 0.0448, 0.0237}, {0.01185, 0.01185, 0.01185}) == FloorCaveat::None);
  // A particle flow's deterministic particles far under the i.i.d. floor follow their order.
  CHECK(floor_caveat({0.0090, 0.0045, 0.0022}, {0.0145, 0.0145, 0.0145}) == FloorCaveat::None);
  CHECK(caveat_suffix(FloorCaveat::None).empty());
}

TEST_CASE("the factor's edges: 1.5 f and f / 1.5 are at the floor, just beyond is not") {
  CHECK(floor_caveat({1.5}, {1.0}) == FloorCaveat::All);
  CHECK(floor_caveat({1.0 / 1.5}, {1.0}) == FloorCaveat::All);
  CHECK(floor_caveat({1.5000001}, {1.0}) == FloorCaveat::None);
  CHECK(floor_caveat({0.6666}, {1.0}) == FloorCaveat::None);
}

TEST_CASE("some step sizes at the floor: partly; no floor or no error: unknown") {
  CHECK(floor_caveat({0.05, 0.02, 0.012}, {0.01, 0.01, 0.01}) == FloorCaveat::Partly);
  CHECK(caveat_suffix(FloorCaveat::Partly) == " (partly at the floor)");
  CHECK(floor_caveat({0.05, 0.02}, {NAN, NAN}) == FloorCaveat::Unknown);
  CHECK(floor_caveat({}, {}) == FloorCaveat::Unknown);
  CHECK(floor_caveat({0.0, -1.0}, {0.01, 0.01}) == FloorCaveat::Unknown);
  // Pairs without both numbers are skipped; the shorter list counts.
  CHECK(floor_caveat({0.05, NAN, 0.012, 0.5}, {0.01, 0.01, 0.01}) == FloorCaveat::Partly);
  CHECK(caveat_suffix(FloorCaveat::Unknown).empty());
}
