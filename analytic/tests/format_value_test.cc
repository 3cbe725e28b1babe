// The one number formatter (analytic/format_value.h): 17 significant digits read back exactly,
// the shortest exact form, and %g with fewer digits; and a message that names a small value
// names it exactly (std::to_string printed r = 1e-7 as "0.000000").
#include <doctest/doctest.h>

#include <cmath>
#include <cstdlib>
#include <limits>
#include <stdexcept>
#include <string>
#include <vector>

#include "analytic/format_value.h"
#include "analytic/orders.h"

using namespace nwgf::analytic;

TEST_CASE("format_double: 17 significant digits that read back as the same double") {
  CHECK(format_double(1e-7) == "9.9999999999999995e-08");
  CHECK(format_double(0.1) == "0.10000000000000001");
  CHECK(format_double(1.5) == "1.5");
  CHECK(format_double(-2.0) == "-2");
  for (double v : {1e-7, 0.1, 1.0 / 3.0, M_PI, 6.02214076e23, 5e-324, std::numeric_limits<double>::max()})
    CHECK(std::strtod(format_double(v).c_str(), nullptr) == v);
  CHECK(format_double(std::numeric_limits<double>::infinity()) == "inf");
}

TEST_CASE("format_shortest: the shortest decimal that reads back exactly") {
  CHECK(format_shortest(0.05) == "0.05");
  CHECK(format_shortest(1.5) == "1.5");
  CHECK(format_shortest(1.0) == "1");
  CHECK(format_shortest(1e-7) == "1e-07");
  CHECK(format_shortest(0.1 + 0.2) == "0.30000000000000004");
  for (double v : {0.05, 1.0 / 3.0, M_PI, 1e-300, 123456.789})
    CHECK(std::strtod(format_shortest(v).c_str(), nullptr) == v);
}

TEST_CASE("format_g: fewer digits where the reader wants them") {
  CHECK(format_g(0.0123456, 3) == "0.0123");
  CHECK(format_g(1234567.0, 4) == "1.235e+06");
}

TEST_CASE("a refusal names a small value exactly, not as 0.000000") {
  // Two equal step sizes of 1e-7 are refused by the order estimation, naming the step size.
  CHECK_THROWS_WITH_AS(successive_orders({1e-7, 1e-7}, {1.0, 2.0}), doctest::Contains("9.9999999999999995e-08"),
                       std::invalid_argument);
}
