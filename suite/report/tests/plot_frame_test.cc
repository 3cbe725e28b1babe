// The frame of a report plot (suite/report/plot_frame.h): axes fitted to the data, padded but
// never widened to whole decades; tics on a log axis shorter than a decade; a key below the plot
// on a canvas grown by its height.
#include <cmath>
#include <cstdio>
#include <string>
#include <vector>

#include <doctest/doctest.h>

#include "suite/report/plot_frame.h"
#include "testing/tolerances.h"

using namespace nwgf::suite;

TEST_CASE("a log axis fits step sizes 0.05-0.2 closely, not 0.01-1") {
  const AxisRange r = log_axis_range({0.2, 0.1, 0.05});
  REQUIRE_FALSE(r.empty);
  // The padding is kMinLogPad on each side (the span's 5 % in log units, 4^0.05 = 1.07, is less).
  CHECK_REL(r.lo, 0.05 / kMinLogPad, nwgf::tolerance::kClosedForm);
  CHECK_REL(r.hi, 0.2 * kMinLogPad, nwgf::tolerance::kClosedForm);
  CHECK(r.lo > 0.04);
  CHECK(r.hi < 0.25);
}

TEST_CASE("errors within 1e-2..2e-2 get an axis of a factor 3, not three decades") {
  const AxisRange r = log_axis_range({0.0103, 0.0174, 0.0138, 0.0222, 0.0157});
  REQUIRE_FALSE(r.empty);
  CHECK(r.lo <= 0.0103);
  CHECK(r.hi >= 0.0222);
  // 0.0222 / 0.0103 = 2.16, padded by 1.15 on each side: 2.85, widened to kMinLogSpan.
  CHECK_REL(r.hi / r.lo, kMinLogSpan, nwgf::tolerance::kClosedForm);
  CHECK_REL(std::sqrt(r.lo * r.hi), std::sqrt(0.0103 * 0.0222), nwgf::tolerance::kClosedForm);  // centred
}

TEST_CASE("a log axis ignores what it cannot show; nothing to show gives an empty range") {
  const AxisRange r = log_axis_range({0.0, -1.0, NAN, INFINITY, 1e-3, 1e-1});
  REQUIRE_FALSE(r.empty);
  CHECK(r.lo < 1e-3);
  CHECK(r.lo > 1e-3 / 1.5);
  CHECK(log_axis_range({0.0, -2.0, NAN}).empty);
  CHECK(log_axis_range({}).empty);
  // A wide span is padded by 5 % of it in log units: (1e4)^0.05 = 1.585.
  const AxisRange wide = log_axis_range({1e-4, 1.0});
  CHECK_REL(wide.hi, std::pow(1e4, 0.05), nwgf::tolerance::kClosedForm);
}

TEST_CASE("a linear axis pads 5 % of the span; a single value +-10 % of it, or +-1 at zero") {
  const AxisRange r = linear_axis_range({0.05, 1.2, 0.6, NAN});
  CHECK_REL(r.lo, 0.05 - 0.0575, nwgf::tolerance::kClosedForm);
  CHECK_REL(r.hi, 1.2 + 0.0575, nwgf::tolerance::kClosedForm);
  const AxisRange one = linear_axis_range({2.0});
  CHECK_REL(one.lo, 1.8, nwgf::tolerance::kClosedForm);
  CHECK_REL(one.hi, 2.2, nwgf::tolerance::kClosedForm);
  const AxisRange zero = linear_axis_range({0.0});
  CHECK(zero.lo == -1.0);
  CHECK(zero.hi == 1.0);
  CHECK(linear_axis_range({NAN}).empty);
}

TEST_CASE("log tics: 1-2-5 inside the range, 1..9 where that gives fewer than three, decades where too many") {
  // 1-2-5 gives two (0.01, 0.02): 1..9 instead.
  CHECK(log_tics({0.0063, 0.0255, false}) == std::vector<double>{0.007, 0.008, 0.009, 0.01, 0.02});
  CHECK(log_tics({0.0085, 0.06, false}) == std::vector<double>{0.01, 0.02, 0.05});
  CHECK(log_tics({1e-8, 1.0, false}) ==
        std::vector<double>{1e-8, 1e-7, 1e-6, 1e-5, 1e-4, 1e-3, 1e-2, 1e-1, 1.0});
  CHECK(log_tics({}).empty());
}

TEST_CASE("axis commands: the range, and for a log axis its scale and tics labelled with %g") {
  const std::string x = axis_commands('x', {0.04, 0.25, false}, true, {0.05, 0.1, 0.2});
  CHECK(x.find("set xrange [0.040000000000000001:0.25]") != std::string::npos);
  CHECK(x.find("set logscale x\n") != std::string::npos);
  CHECK(x.find("set xtics (0.05, 0.1, 0.2)") != std::string::npos);
  CHECK(x.find("set format x '%g'") != std::string::npos);
  const std::string y = axis_commands('y', {0.0085, 0.06, false}, true);
  CHECK(y.find("set ytics (0.01, 0.02, 0.05)") != std::string::npos);
  const std::string t = axis_commands('x', {0, 1.2, false}, false);
  CHECK(t == "set xrange [0:1.2]\n");
  CHECK(axis_commands('y', {}, true).empty());
}

TEST_CASE("a key below grows the canvas by its rows and sits under the x label") {
  const KeyLayout none = key_below(0);
  CHECK(none.height == kPlotHeight);
  CHECK(none.commands.empty());
  const KeyLayout k1 = key_below(1), k12 = key_below(12);
  CHECK(k1.width == kPlotWidth);
  CHECK(k12.height - k1.height == 11 * kKeyLineHeight);
  CHECK(k12.commands.find("set bmargin at screen") != std::string::npos);
  CHECK(k12.commands.find("maxcols 1") != std::string::npos);  // one column: nothing runs off the right edge
  // The key's top lies below the plot's bottom margin by the x label's room (64 px).
  double margin = 0, key_top = 0;
  REQUIRE(std::sscanf(k12.commands.c_str(), "set bmargin at screen %lf\nset key at screen 0.08, screen %lf", &margin,
                      &key_top) == 2);
  CHECK_ABS((margin - key_top) * k12.height, 64.0, 0.5);  // px; the fractions carry 4 decimals
  CHECK_ABS(key_top * k12.height, 12 * kKeyLineHeight + 12.0, 0.5);
}

TEST_CASE("key rows count the titled plot terms") {
  CHECK(key_rows({"'a.dat' u 1:2 title 'a'", "'a.dat' u 1:3 notitle", "'b.dat' u 1:2 w l title 'b'"}) == 2);
  CHECK(key_rows({}) == 0);
}
