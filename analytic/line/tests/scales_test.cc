// Tests of analytic/line/scales.h: the specs of the committed studies are accepted; specs beyond
// each rule are refused with one line naming the value and the allowed range; and at the edges
// of the accepted range the flow, its MMD to the target and both iterates' W2 to the flow are
// computed (finite, within the quadratures' budgets) -- a bounded run, not a timing.
#include <doctest/doctest.h>

#include <cmath>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

#include "analytic/line/errors.h"
#include "analytic/line/flow.h"
#include "analytic/line/scales.h"

using namespace nwgf::analytic::line;

namespace {

struct Problem {
  std::string name;
  LineMeasure start, target;
  double horizon;
};

}  // namespace

TEST_CASE("the committed studies' line cells are within the range") {
  const auto dirac = LineMeasure::dirac(0.0);
  for (const auto& target : {LineMeasure::atoms({-1.0, 1.0}), LineMeasure::uniform(-1.0, 1.0),
                             LineMeasure::gaussian(0.5, 0.3),
                             LineMeasure::atoms({-1.0, 0.25, 1.5}, {0.2, 0.5, 0.3})})
    for (double T : {0.0, 0.2, 1.2, 6.0}) CHECK(scale_problem(dirac, target, T).empty());
  CHECK(flow_scale(LineMeasure::uniform(-1.0, 0.5), 0.25) == 1.5);
  CHECK(flow_scale(LineMeasure::dirac(3.0), 0.25) == 0.5);
}

TEST_CASE("beyond each rule: one line naming the value and the allowed range") {
  struct Bad {
    Problem p;
    std::string mentions;
  };
  const auto d0 = LineMeasure::dirac(0.0);
  const std::vector<Bad> cases = {
      // The hangs of the issue: a far target, a wide target, a target of sigma = 1000 at t = 1.
      // N(1e10, 1): sigma is 1e-10 of |m|, below the 1e-6 at which its CDF is resolved (the
      // piece rule's reason); checked before the start's distance in sigmas.
      {{"far", d0, LineMeasure::gaussian(1e10, 1.0), 1.0},
       "its standard deviation is 1e-10 of its mean's magnitude; allowed: at least 1e-06 of it (10000)"},
      {{"far, resolvable", d0, LineMeasure::gaussian(1e10, 1e5), 1.0},
       "standard deviations from the mean; allowed: up to 10000"},
      {{"wide", d0, LineMeasure::gaussian(0.0, 1e10), 1.0}, "allowed: up to 100 times (200)"},
      {{"sigma 1000", d0, LineMeasure::gaussian(0.0, 1000.0), 1.0}, "rest points lie up to 9000"},
      {{"tail", d0, LineMeasure::gaussian(1.0, 1e-5), 1.0}, "lies 1e+05 standard deviations"},
      {{"start far toward atoms", LineMeasure::dirac(1e10), LineMeasure::atoms({1e10 - 1, 1e10 + 1}), 1.0},
       "start position 1e+10 is 5e+09 times the flow's scale max(start width, 2T) = 2; allowed: |start position| up to 1000000"},
      {{"start far toward a Gaussian", LineMeasure::dirac(1e5), LineMeasure::gaussian(1e5, 1.0), 1.0},
       "up to 1000 times (2000) toward a Gaussian"},
      {{"huge start", LineMeasure::uniform(-1e300, 1e300), LineMeasure::atoms({-1.0, 1.0}), 1.0},
       "start position -1.0000000000000001e+300 is out of range; allowed: 0 or magnitudes from 1e-100 to 1e+100"},
      {{"tiny sigma", d0, LineMeasure::gaussian(0.0, 1e-200), 1.0}, "target standard deviation s = "},
      {{"long time", d0, LineMeasure::atoms({-1.0, 1.0}), 1e200}, "time T = "},
      {{"narrow uniform target far out", LineMeasure::dirac(20.0), LineMeasure::uniform(-10293.2, -10293.1999), 1.0},
       "target piece [-10293.2, -10293.1999] is 0.0001 wide, 9.72e-09 of its ends' magnitude; allowed: at least 1e-06"},
      // A Gaussian start is measured by its extent m -/+ 9 sigma (start_extent): N(1e9, 1) toward
      // two atoms at t = 1 lies 1e9 / 18 = 5.6e7 times the flow's scale 18 out.
      {{"Gaussian start far out", LineMeasure::gaussian(1e9, 1.0), LineMeasure::atoms({-1.0, 1.0}), 1.0},
       "start position 1000000009 is 5.556e+07 times the flow's scale max(start width, 2T) = 18"},
      // A mixture target's Gaussian component meets the Gaussian rules: N(1, 1e-5) at weight 1/2.
      {{"mixture's narrow Gaussian", d0,
        LineMeasure::mixture({LineMeasure::gaussian(1.0, 1e-5), LineMeasure::uniform(-1.0, 1.0)}, {1.0, 1.0}), 1.0},
       "lies 1e+05 standard deviations"},
  };
  for (const auto& c : cases) {
    CAPTURE(c.p.name);
    const std::string message = scale_problem(c.p.start, c.p.target, c.p.horizon);
    CAPTURE(message);
    CHECK(message.find(c.mentions) != std::string::npos);
    CHECK(message.find('\n') == std::string::npos);
    std::string thrown;
    try {
      check_scales(c.p.start, c.p.target, c.p.horizon, "--target X");
    } catch (const std::invalid_argument& e) {
      thrown = e.what();
    }
    CHECK(thrown == "--target X: " + message);
  }
}

TEST_CASE("at the edges of the range every reference is computed, finite, within its budgets") {
  const auto d0 = LineMeasure::dirac(0.0);
  const std::vector<Problem> edges = {
      // Gaussian reach D = 9 sigma = 199.8 of the allowed 100 U = 200 (U = 2).
      {"wide target at the reach", d0, LineMeasure::gaussian(0.0, 22.2), 1.0},
      {"far target at the reach", d0, LineMeasure::gaussian(190.0, 1.0), 1.0},
      // A start 9900 sigma from the mean of a narrow target (the bound is 10^4).
      {"narrow target at the tail bound", d0, LineMeasure::gaussian(0.99, 1e-4), 1.0},
      {"very narrow target at the start", d0, LineMeasure::gaussian(0.0, 1e-9), 1.0},
      {"start 1000 U out, toward a Gaussian", LineMeasure::dirac(2000.0), LineMeasure::gaussian(2000.0, 1.0), 1.0},
      {"start 5e5 U out, toward atoms", LineMeasure::dirac(1e6), LineMeasure::atoms({1e6 - 1, 1e6 + 1}), 1.0},
      {"uniform target 1e20 wide", d0, LineMeasure::uniform(-1e20, 1e20), 1.0},
      {"uniform target 1e-6 of its position wide", LineMeasure::dirac(20.0), LineMeasure::uniform(-10293.2, -10293.18), 10.0},
      {"wide start, short time", LineMeasure::uniform(-1.0, 1.0), LineMeasure::gaussian(0.0, 1.0), 1e-6},
  };
  for (const auto& p : edges) {
    CAPTURE(p.name);
    REQUIRE(scale_problem(p.start, p.target, p.horizon).empty());
    const auto start = std::make_shared<LineMeasure>(p.start);
    const FlowLaw flow(start, p.target, p.horizon);
    for (double s : {1e-9, 0.1, 0.5, 0.9, 1.0 - 1e-9}) CHECK(std::isfinite(flow.quantile(s)));
    CHECK(std::isfinite(mmd_squared(flow, p.target)));
    const double tau = p.horizon / 10;
    CHECK(std::isfinite(w2_squared(JkoLaw(start, p.target, tau, 10), flow)));
    CHECK(std::isfinite(w2_squared(EulerLaw(*start, p.target, tau, 10), flow)));
  }
}
