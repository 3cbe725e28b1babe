// Properties of the line family's spec parsers (analytic/line/specs.h) on random specs and level
// lists, well formed, extreme and malformed (testing/spec_gen.h): a spec is either accepted as a
// measure whose quantiles, CDF, support and half mean distance are finite and consistent, or
// refused with std::invalid_argument whose message is one short line naming the option. Nothing
// else escapes (no other exception, no crash).
#include <doctest/doctest.h>

#include <cmath>
#include <stdexcept>
#include <string>

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

TEST_CASE("line specs: accepted and usable, or refused with one short line naming the option") {
  for (const auto role : {line::LineRole::kStart, line::LineRole::kTarget}) {
    const std::string option = role == line::LineRole::kStart ? "--start" : "--target";
    check_property("line spec " + option, [role, option] {
      const std::string spec = *nwgf::testing::gen_line_spec();
      try {
        assert_usable(line::parse_line_measure(spec, role, option));
      } catch (const std::invalid_argument& e) {
        assert_one_short_line(e.what(), option);
      }
    }, 400);
  }
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
