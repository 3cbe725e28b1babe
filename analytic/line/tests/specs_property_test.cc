// Properties of the line family's spec parsers (analytic/line/specs.h) and of the scale rules
// every command applies after them (analytic/line/scales.h), on random specs, horizons and level
// lists, well formed, extreme and malformed (testing/spec_gen.h): a start, a target and a time
// are either accepted as measures whose quantiles, CDF, support and half mean distance are
// finite and consistent, or refused with std::invalid_argument whose message is one short line
// (naming the option where a single spec is at fault). Nothing else escapes (no other
// exception, no crash).
#include <doctest/doctest.h>

#include <cmath>
#include <cstdlib>
#include <stdexcept>
#include <string>

#include "analytic/line/scales.h"
#include "analytic/line/specs.h"
#include "testing/property.h"
#include "testing/spec_gen.h"

namespace line = nwgf::analytic::line;
using nwgf::testing::check_property;

namespace {

// Longest message a refusal may print: one terminal line, whatever the input's length.
constexpr std::size_t kMaxMessage = 512;

void assert_one_short_line(const std::string& message, const std::string& option) {
  RC_ASSERT(message.find('\n') == std::string::npos);
  RC_ASSERT(message.size() <= kMaxMessage);
  RC_ASSERT(message.find(option) != std::string::npos);
}

// An accepted measure is usable: Q finite and nondecreasing at interior levels, F in [0, 1] and
// consistent with Q there, a support that contains the quantiles, a finite half mean distance.
void assert_usable(const line::LineMeasure& m) {
  const auto [lo, hi] = m.support();
  RC_ASSERT(lo <= hi);
  double previous = -INFINITY;
  for (double s : {1e-6, 0.01, 0.25, 0.5, 0.75, 0.99, 1 - 1e-6}) {
    const double q = m.quantile(s);
    RC_ASSERT(std::isfinite(q));
    RC_ASSERT(q >= previous);
    RC_ASSERT(q >= lo);
    RC_ASSERT(q <= hi);
    const double f = m.cdf(q);
    RC_ASSERT(f >= s - 1e-9);  // F(Q(s)) >= s
    RC_ASSERT(f <= 1.0);
    previous = q;
  }
  RC_ASSERT(std::isfinite(line::half_mean_distance(m)));
}

}  // namespace

TEST_CASE("line specs: each refused with one short line naming its option, or parsed") {
  for (const auto role : {line::LineRole::kStart, line::LineRole::kTarget}) {
    const std::string option = role == line::LineRole::kStart ? "--start" : "--target";
    check_property("line spec " + option, [role, option] {
      const std::string spec = *nwgf::testing::gen_line_spec();
      try {
        line::parse_line_measure(spec, role, option);
      } catch (const std::invalid_argument& e) {
        assert_one_short_line(e.what(), option);
      }
    }, 400);
  }
}

TEST_CASE("line start, target and T: usable measures once the scale rules accept them, or one short line") {
  check_property("line start, target, horizon", [] {
    line::LineMeasure start = line::LineMeasure::dirac(0), target = line::LineMeasure::dirac(0);
    try {
      start = line::parse_line_measure(*nwgf::testing::gen_line_spec(), line::LineRole::kStart, "--start");
      target = line::parse_line_measure(*nwgf::testing::gen_line_spec(), line::LineRole::kTarget, "--target");
    } catch (const std::invalid_argument&) {
      return;  // the parse refusals are the property above
    }
    const double horizon = std::strtod((*rc::gen::oneOf(nwgf::testing::gen_moderate(0, 3000),
                                                        nwgf::testing::gen_number_token())).c_str(), nullptr);
    try {
      line::check_scales(start, target, horizon, "--start/--target/--t");
    } catch (const std::invalid_argument& e) {
      assert_one_short_line(e.what(), "--start/--target/--t");
      return;
    }
    assert_usable(start);
    assert_usable(target);
  }, 1000);
}

TEST_CASE("line levels: every level in (0, 1), or refused with one short line naming the option") {
  check_property("line levels", [] {
    const std::string list = *nwgf::testing::gen_levels();
    try {
      const auto levels = line::parse_line_levels(list, "--levels");
      RC_ASSERT(!levels.empty());
      for (double s : levels) RC_ASSERT(s > 0.0 && s < 1.0);
    } catch (const std::invalid_argument& e) {
      assert_one_short_line(e.what(), "--levels");
    }
  }, 400);
}
