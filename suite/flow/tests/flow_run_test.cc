// Tests of suite/flow/flow_run.h: the validation of flow configs.
#include "suite/flow/flow_run.h"

#include <doctest/doctest.h>

#include <cmath>
#include <random>
#include <vector>

#include "suite/common/errors.h"

TEST_CASE("flow configs out of range are usage errors naming the allowed range") {
  nwgf::suite::FlowConfig c;
  CHECK_NOTHROW(nwgf::suite::validate(c));
  c.tau = 0.05;
  c.T = 0.6;  // 11.999999999999998 steps in double precision: whole
  CHECK_NOTHROW(nwgf::suite::validate(c));
  c.T = 0.61;
  CHECK_THROWS_WITH_AS(nwgf::suite::validate(c), doctest::Contains("whole number"), nwgf::suite::UsageError);
  c = {};
  c.schemes = {nwgf::neural::Scheme::Backward, nwgf::neural::Scheme::Backward};
  CHECK_THROWS_AS(nwgf::suite::validate(c), nwgf::suite::UsageError);
  c = {};
  c.particles = 0;
  CHECK_THROWS_WITH_AS(nwgf::suite::validate(c), doctest::Contains("allowed: 1 to"), nwgf::suite::UsageError);
}

TEST_CASE("prepare_flow: forward with r < 1 from a point mass is refused before anything runs") {
  nwgf::suite::FlowConfig c;
  c.schemes = {nwgf::neural::Scheme::Forward};
  c.r = 0.5;
  c.plots = false;
  CHECK_THROWS_WITH_AS(nwgf::suite::prepare_flow(c), doctest::Contains("slope"), nwgf::suite::UsageError);
  c.start = "gaussian:0.1";
  const auto p = nwgf::suite::prepare_flow(c);
  CHECK(p.steps == 24);
  CHECK(p.snapshot_steps == std::vector<int>{0, 6, 12, 18, 24});
  CHECK(p.start_points.size() == 2000);
}
