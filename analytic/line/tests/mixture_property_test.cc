// Properties of the line family's mixture specs and Gaussian starts (analytic/line/specs.h
// mix:A@w|B@w|..., analytic/line/flow.h toward and from them), on random components of
// testing/spec_gen.h (moderate and extreme numbers, malformed tokens) with random weights: a
// mixture spec is either refused with one short line naming the option, or, once the scale
// rules accept it, a usable measure (Q finite and nondecreasing, F(Q(s)) >= s, F(Q(s)-) <= s,
// a finite half mean distance); and
// once the scale rules accept a start (any spec, Gaussians included) and a mixture target at
// a horizon, the flow's levels, the resolvent and the Euler speed are finite, the flow's levels
// stay ordered and move toward their rest points Q_nu(s) (docs/math.md 6.2).
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <stdexcept>
#include <string>

#include "analytic/line/flow.h"
#include "analytic/line/scales.h"
#include "analytic/line/specs.h"
#include "testing/property.h"
#include "testing/spec_gen.h"

namespace line = nwgf::analytic::line;
using nwgf::testing::check_property;

namespace {

constexpr std::size_t kMaxMessage = 512;

// mix: with 1-3 components, each a line spec (moderate, or any) and a weight (moderate or any).
rc::Gen<std::string> gen_mix_spec() {
  using namespace nwgf::testing;
  const auto component = rc::gen::oneOf(gen_line_spec_moderate(), gen_line_spec_moderate(), gen_line_spec_any());
  const auto weight = rc::gen::oneOf(gen_moderate(100, 5000), gen_moderate(100, 5000), gen_number_token());
  return with_prefix("mix:", gen_joined(gen_pair(component, weight, "@"), 1, 3, "|"));
}

}  // namespace

TEST_CASE("mix: specs are refused with one short line naming the option, or usable measures") {
  check_property("line mix spec", [] {
    const std::string spec = *gen_mix_spec();
    line::LineMeasure m = line::LineMeasure::dirac(0.0);
    try {
      m = line::parse_line_measure(spec, line::LineRole::kTarget, "--target");
    } catch (const std::invalid_argument& e) {
      const std::string message = e.what();
      RC_ASSERT(message.find('\n') == std::string::npos);
      RC_ASSERT(message.size() <= kMaxMessage);
      RC_ASSERT(message.find("--target") != std::string::npos);
      return;
    }
    // The scale rules a command applies next (a Gaussian narrower than 1e-6 of its mean's
    // magnitude is refused there: its CDF carries the rounding of x - m), from a Dirac at the
    // target's median over a horizon of its magnitude.
    const double median = m.quantile(0.5);
    const double horizon = std::max(1.0, std::abs(median));
    try {
      line::check_scales(line::LineMeasure::dirac(median), m, horizon, "--target");
    } catch (const std::invalid_argument& e) {
      RC_ASSERT(std::string(e.what()).find('\n') == std::string::npos);
      return;
    }
    double previous = -INFINITY;
    for (double s : {1e-6, 0.01, 0.25, 0.5, 0.75, 0.99, 1 - 1e-6}) {
      const double q = m.quantile(s);
      RC_ASSERT(std::isfinite(q));
      RC_ASSERT(q >= previous);
      // F(Q(s)) >= s and F(Q(s)-) <= s up to the rounding of a position (a Gaussian 1e6
      // standard deviations from 0 carries 1e-10 of its sigma: the scale rules' bound).
      RC_ASSERT(m.cdf(q) >= s - 1e-9);
      RC_ASSERT(m.cdf_left(q) <= s + 1e-9);
      previous = q;
    }
    RC_ASSERT(std::isfinite(line::half_mean_distance(m)));
  }, 300);
}

TEST_CASE("accepted starts toward mixture targets: finite, ordered flow levels moving toward their rest points") {
  check_property("line flow toward a mixture", [] {
    line::LineMeasure start = line::LineMeasure::dirac(0), target = line::LineMeasure::dirac(0);
    try {
      start = line::parse_line_measure(*nwgf::testing::gen_line_spec_moderate(), line::LineRole::kStart, "--start");
      target = line::parse_line_measure(*gen_mix_spec(), line::LineRole::kTarget, "--target");
    } catch (const std::invalid_argument&) {
      return;  // the parse refusals are the property above
    }
    const double horizon = std::strtod((*nwgf::testing::gen_moderate(1, 3000)).c_str(), nullptr);
    try {
      line::check_scales(start, target, horizon, "--start/--target/--t");
    } catch (const std::invalid_argument& e) {
      RC_ASSERT(std::string(e.what()).find('\n') == std::string::npos);
      return;
    }
    double previous = -INFINITY;
    for (double s : {0.01, 0.3, 0.5, 0.7, 0.99}) {
      const double q0 = start.quantile(s), rest = target.quantile(s);
      const double q = line::flow_level(target, s, q0, horizon);
      RC_ASSERT(std::isfinite(q));
      RC_ASSERT(q >= previous - 1e-12 * (1.0 + std::abs(q)));
      // Monotone toward the rest point: never beyond it, never back past the start.
      const double lo = std::min(q0, rest), hi = std::max(q0, rest), tol = 1e-12 * (1.0 + std::abs(lo) + std::abs(hi));
      RC_ASSERT(q >= lo - tol);
      RC_ASSERT(q <= hi + tol);
      RC_ASSERT(std::isfinite(line::resolvent(target, 0.1 * horizon, q0)));
      RC_ASSERT(std::isfinite(line::euler_velocity(target, s, q0)));
      previous = q;
    }
  }, 150);
}
