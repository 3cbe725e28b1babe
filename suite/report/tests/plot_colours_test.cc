// Curve colours (suite/report/plot_colours.h): every curve key its own colour, a built-in scheme
// its own colour where it comes first, so two files' "backward" curves differ.
#include <set>
#include <string>
#include <vector>

#include <doctest/doctest.h>

#include "suite/report/plot_colours.h"

using namespace nwgf::suite;

TEST_CASE("two files' backward curves get distinct colours; the first keeps the scheme's own") {
  // (solvers, backward), (solvers, numpy), (solvers, torch), (default, backward), (default, forward),
  // (default, particle): the comparison of reports/solvers-vs-default.
  const std::vector<std::string> preferred{"#1f77b4", "", "", "#1f77b4", "#d62728", "#2ca02c"};
  const std::vector<std::string> c = assign_colours(preferred);
  REQUIRE(c.size() == preferred.size());
  CHECK(std::set<std::string>(c.begin(), c.end()).size() == c.size());
  CHECK(c[0] == "#1f77b4");
  CHECK(c[4] == "#d62728");
  CHECK(c[5] == "#2ca02c");
  CHECK(c[3] != "#1f77b4");
  CHECK(c[1] == kCurvePalette[0]);
}

TEST_CASE("a later key's own colour is not handed to an earlier key without one") {
  // Were the palette to start with red, the solver first in line must not take forward's colour.
  const std::vector<std::string> c = assign_colours({"", "#d62728", kCurvePalette[0]});
  CHECK(c[1] == "#d62728");
  CHECK(c[2] == kCurvePalette[0]);
  CHECK(c[0] == kCurvePalette[1]);
}

TEST_CASE("colours stay distinct up to the palette's size plus the preferred ones, then repeat in order") {
  const std::size_t n = kCurvePalette.size() + 3;
  std::vector<std::string> preferred(n, "");
  preferred[0] = "#1f77b4", preferred[1] = "#d62728", preferred[2] = "#2ca02c";
  const std::vector<std::string> c = assign_colours(preferred);
  CHECK(std::set<std::string>(c.begin(), c.end()).size() == n);
  preferred.push_back("");
  const std::vector<std::string> more = assign_colours(preferred);
  CHECK(more.back() == kCurvePalette[0]);
  CHECK(assign_colours({}).empty());
}
