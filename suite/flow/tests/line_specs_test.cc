// Tests of analytic/line/specs.h (the line family's start and target specs) and of the
// weighted-Dirac and Gaussian targets of suite/flow/targets.h: parsed measures against values
// written here, apportioned counts derived by hand, and every refusal (one line naming the value).
#include "analytic/line/specs.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <string>
#include <vector>

#include "suite/common/errors.h"
#include "suite/flow/targets.h"

using nwgf::analytic::line::LineRole;
using nwgf::analytic::line::parse_line_levels;
using nwgf::analytic::line::parse_line_measure;
using nwgf::suite::UsageError;

namespace {

// The message of the usage error (std::invalid_argument; UsageError is one) that `f` throws ("" if none).
template <typename F>
std::string usage_message(F f) {
  try {
    f();
  } catch (const std::invalid_argument& e) {
    return e.what();
  }
  return "";
}

}  // namespace

TEST_CASE("line specs: dirac, equal and weighted diracs, uniform, gaussian") {
  const auto d = parse_line_measure("dirac:0.5", LineRole::kStart, "--start");
  CHECK(d.knots() == std::vector<double>{0.5});
  const auto two = parse_line_measure("diracs:-1;1", LineRole::kTarget, "--target");
  CHECK(two.cdf(0.0) == 0.5);
  const auto w = parse_line_measure("diracs:-1@0.2;0.25@0.5;1.5@0.3", LineRole::kTarget, "--target");
  CHECK(std::abs(w.cdf(-1.0) - 0.2) < 1e-15);
  CHECK(std::abs(w.cdf(0.25) - 0.7) < 1e-15);
  // Weights need not sum to 1: 2, 2 is 1/2, 1/2.
  const auto w2 = parse_line_measure("diracs:0@2;1@2", LineRole::kStart, "--start");
  CHECK(w2.cdf(0.5) == 0.5);
  const auto u = parse_line_measure("uniform:-1,3", LineRole::kStart, "--start");
  CHECK(u.cdf(1.0) == 0.5);
  const auto g = parse_line_measure("gaussian:1,2", LineRole::kTarget, "--target");
  CHECK(g.mean() == 1.0);
  CHECK(g.sigma() == 2.0);
  CHECK(parse_line_levels("0.1, 0.5,0.9", "--levels") == std::vector<double>{0.1, 0.5, 0.9});
}

TEST_CASE("line specs: bad input names the value and what is allowed") {
  struct Bad {
    std::string spec;
    LineRole role;
    std::string mentions;
  };
  const std::vector<Bad> cases = {
      {"circle:1", LineRole::kTarget, "allowed: dirac[:x]"},
      {"dirac:", LineRole::kTarget, "no numbers; allowed: dirac:x"},
      {"dirac:0,1", LineRole::kTarget, "one-dimensional"},
      {"dirac:x", LineRole::kTarget, "'x' is not a number"},
      {"dirac:nan", LineRole::kTarget, "not finite"},
      {"diracs:", LineRole::kTarget, "no atoms"},
      {"diracs:0@1;1@", LineRole::kTarget, "empty number"},
      {"diracs:0@0;1@1", LineRole::kTarget, "weight 0 is outside the allowed range (0, inf)"},
      {"diracs:0@-1;1@1", LineRole::kTarget, "weight -1"},
      {"diracs:0@1;1", LineRole::kTarget, "all atoms weighted"},
      {"diracs:0,1;2,3", LineRole::kTarget, "one-dimensional"},
      {"diracs:0@1e308;1@1e308", LineRole::kTarget, "'1e308' is out of range; allowed: 0 or magnitudes from 1e-100 to 1e+100"},
      // Numbers double precision holds only as a subnormal, 0 or infinity (strtod's ERANGE) are
      // numbers out of range, not non-numbers; the message gives the range.
      {"gaussian:0,1e-308", LineRole::kTarget, "'1e-308' is out of range (beyond double precision); allowed: 0 or magnitudes from 1e-100 to 1e+100"},
      {"dirac:1e400", LineRole::kTarget, "'1e400' is out of range (beyond double precision); allowed: 0 or"},
      {"diracs:0;-1e-400", LineRole::kTarget, "'-1e-400' is out of range (beyond double precision)"},
      // Normal doubles beyond the family's magnitudes (squares of positions stay finite).
      {"gaussian:0,1e-200", LineRole::kTarget, "'1e-200' is out of range; allowed: 0 or magnitudes from 1e-100"},
      {"uniform:-1e300,1e300", LineRole::kStart, "'-1e300' is out of range; allowed"},
      {"uniform:1,1", LineRole::kTarget, "allowed a < b"},
      {"uniform:1", LineRole::kTarget, "uniform:a,b"},
      {"gaussian:0,0", LineRole::kTarget, "s = 0 is outside"},
      {"mix:gaussian:0,1|dirac:0@1", LineRole::kStart, "component 1: 'gaussian:0,1' has no weight"},
      {"cdf:table.txt", LineRole::kStart, "a file spec is not read here"},
  };
  for (const auto& c : cases) {
    CAPTURE(c.spec);
    const std::string msg = usage_message([&] { parse_line_measure(c.spec, c.role, "--target"); });
    CAPTURE(msg);
    CHECK(msg.find(c.mentions) != std::string::npos);
    CHECK(msg.find('\n') == std::string::npos);
  }
  for (const std::string levels : {"0", "1", "0.5,1.5", "-0.1", "a", ""}) {
    CAPTURE(levels);
    CHECK_FALSE(usage_message([&] { parse_line_levels(levels, "--levels"); }).empty());
  }
}

TEST_CASE("nwgf flow targets: weighted Diracs become an apportioned equal-weight point set") {
  nwgf::suite::TargetOptions options;
  options.image_samples = 10;
  // Weights 0.2, 0.5, 0.3 of 10 points: 2, 5, 3 copies (whole, no rounding).
  const auto t = nwgf::suite::load_target("diracs:-1@0.2;0.25@0.5;1.5@0.3", options, 1);
  REQUIRE(t.points.size() == 10);
  CHECK(t.points.dim == 1);
  std::vector<double> x = t.points.coords;
  CHECK(std::count(x.begin(), x.end(), -1.0) == 2);
  CHECK(std::count(x.begin(), x.end(), 0.25) == 5);
  CHECK(std::count(x.begin(), x.end(), 1.5) == 3);
  // 2-D, weights 1, 1, 1 of 10 points: 3 each plus one for the first largest remainder.
  const auto t2 = nwgf::suite::load_target("diracs:0,0@1;1,0@1;0,1@1", options, 1);
  REQUIRE(t2.points.size() == 10);
  CHECK(t2.points.dim == 2);
  // Unweighted diracs keep one point per atom.
  CHECK(nwgf::suite::load_target("diracs:0,0;1,0", options, 1).points.size() == 2);
  CHECK_THROWS_AS(nwgf::suite::load_target("diracs:0@1;1", options, 1), UsageError);
  CHECK_THROWS_AS(nwgf::suite::load_target("diracs:0@0;1@1", options, 1), UsageError);
}

TEST_CASE("nwgf flow targets: a Gaussian in d = 1 is its midpoint quantiles, in d = 2 seeded draws") {
  nwgf::suite::TargetOptions options;
  options.image_samples = 4;
  const auto t = nwgf::suite::load_target("gaussian:1,2", options, 1);
  REQUIRE(t.points.size() == 4);
  CHECK(t.kind == "gaussian");
  // Levels 1/8, 3/8, 5/8, 7/8: z = -+1.1503493803760079, -+0.31863936396437515.
  const std::vector<double> z = {-1.1503493803760079, -0.31863936396437514, 0.31863936396437514, 1.1503493803760079};
  for (std::size_t i = 0; i < 4; ++i) CHECK(std::abs(t.points.coords[i] - (1.0 + 2.0 * z[i])) < 1e-14);
  options.image_samples = 2000;
  const auto a = nwgf::suite::load_target("gaussian:0,5,0.5", options, 3);
  const auto b = nwgf::suite::load_target("gaussian:0,5,0.5", options, 3);
  CHECK(a.points.dim == 2);
  CHECK(a.points.coords == b.points.coords);
  double mean_y = 0.0;
  for (std::size_t i = 0; i < 2000; ++i) mean_y += a.points.coords[2 * i + 1] / 2000.0;
  CHECK(std::abs(mean_y - 5.0) < 5 * 0.5 / std::sqrt(2000.0));  // 5 standard errors
  CHECK_THROWS_AS(nwgf::suite::load_target("gaussian:0,0", options, 1), UsageError);
  CHECK_THROWS_AS(nwgf::suite::load_target("gaussian:1", options, 1), UsageError);
}
