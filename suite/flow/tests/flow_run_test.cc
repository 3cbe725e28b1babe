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

TEST_CASE("--taus: at least three step sizes with one ratio, T a whole multiple of each") {
  nwgf::suite::FlowConfig c;
  c.T = 1.2;
  c.taus = {0.4, 0.2, 0.1};
  CHECK_NOTHROW(nwgf::suite::validate(c));
  CHECK(nwgf::suite::step_sizes(c) == c.taus);
  c.taus = {0.3, 0.1, 0.1 / 3};  // ratio 3, decimal step sizes: nested within the tolerance
  CHECK_NOTHROW(nwgf::suite::validate(c));
  c.taus = {0.4, 0.2};
  CHECK_THROWS_WITH_AS(nwgf::suite::validate(c), doctest::Contains("allowed: at least 3"), nwgf::suite::UsageError);
  c.taus = {0.4, 0.2, 0.15};
  CHECK_THROWS_WITH_AS(nwgf::suite::validate(c), doctest::Contains("not nested with one ratio"), nwgf::suite::UsageError);
  c.taus = {0.1, 0.2, 0.4};
  CHECK_THROWS_WITH_AS(nwgf::suite::validate(c), doctest::Contains("does not decrease"), nwgf::suite::UsageError);
  c.taus = {0.4, 0.2, 0.1};
  c.T = 1.0;  // 1 / 0.4 = 2.5 steps
  CHECK_THROWS_WITH_AS(nwgf::suite::validate(c), doctest::Contains("is not a whole number of steps"), nwgf::suite::UsageError);
  c = {};
  c.tau = 0.1;
  CHECK(nwgf::suite::step_sizes(c) == std::vector<double>{0.1});
}

TEST_CASE("prepare_flow with --taus: common times and the floor run's start from seed + 1") {
  nwgf::suite::FlowConfig c;
  c.schemes = {nwgf::neural::Scheme::Particle};
  c.start = "gaussian:0.1";
  c.particles = 50;
  c.T = 1.2;
  c.taus = {0.4, 0.2, 0.1};
  c.tau = 0.1;
  c.plots = false;
  const auto p = nwgf::suite::prepare_flow(c);
  CHECK(p.steps == 12);
  CHECK(p.common_coarse_steps == std::vector<int>{0, 1, 2, 3});
  REQUIRE(p.floor_start_points.size() == 50);
  CHECK(p.floor_start_points.coords != p.start_points.coords);
  // The same draws as a run whose seed is seed + 1.
  c.seed = 1;
  CHECK(nwgf::suite::prepare_flow(c).start_points.coords == p.floor_start_points.coords);
}
