// Order estimation on synthetic sequences whose order is known by construction.
#include <doctest/doctest.h>

#include <cmath>
#include <stdexcept>
#include <vector>

#include "analytic/orders.h"
#include "testing/tolerances.h"

using nwgf::analytic::least_squares_order;
using nwgf::analytic::successive_orders;

// testing/tolerances.h: pure power laws are exact up to the rounding of log and exp (kRoundoff,
// relative); a standard error that is 0 in exact arithmetic is checked absolutely.
namespace tolerance = nwgf::tolerance;

TEST_CASE("successive orders of e = C tau^p are exactly p for halving steps") {
  const std::vector<double> taus = {0.2, 0.1, 0.05, 0.025};
  for (double p : {0.5, 1.0, 2.0}) {
    std::vector<double> errors;
    for (double t : taus) errors.push_back(3.0 * std::pow(t, p));
    const auto orders = successive_orders(taus, errors);
    REQUIRE(orders.size() == 3);
    for (double o : orders) CHECK_REL(o, p, tolerance::kRoundoff);
  }
}

TEST_CASE("order estimation sorts the pairs by decreasing step size") {
  // log2(e(tau)/e(tau/2)) with tau listed in increasing order must still give +1.
  const auto orders = successive_orders({0.025, 0.05, 0.1}, {0.025, 0.05, 0.1});
  REQUIRE(orders.size() == 2);
  CHECK_REL(orders[0], 1.0, tolerance::kRoundoff);
  CHECK_REL(orders[1], 1.0, tolerance::kRoundoff);
}

TEST_CASE("least-squares order of a pure power law has zero standard error") {
  const std::vector<double> taus = {0.4, 0.2, 0.1, 0.05, 0.025};
  std::vector<double> errors;
  for (double t : taus) errors.push_back(0.7 * std::pow(t, 1.5));
  const auto fit = least_squares_order(taus, errors);
  CHECK(fit.points == 5);
  CHECK(fit.skipped == 0);
  CHECK_REL(fit.order, 1.5, tolerance::kRoundoff);
  CHECK_REL(std::exp(fit.log_constant), 0.7, tolerance::kRoundoff);
  CHECK_ABS(fit.order_stderr, 0.0, tolerance::kRoundoff);
}

TEST_CASE("least-squares standard error matches the textbook formula on a noisy sequence") {
  // log e = x + delta_i at x = log tau = 0, -1, -2, -3 with delta = +0.1, -0.1, +0.1, -0.1.
  // By hand: mean x = -1.5, Sxx = Σ (x - mean)^2 = 5, Sxy = Sxx + Σ (x - mean) delta.
  const std::vector<double> x = {0.0, -1.0, -2.0, -3.0};
  const std::vector<double> delta = {0.1, -0.1, 0.1, -0.1};
  std::vector<double> taus, errors;
  for (std::size_t i = 0; i < x.size(); ++i) {
    taus.push_back(std::exp(x[i]));
    errors.push_back(std::exp(x[i] + delta[i]));
  }
  // Sxy - Sxx = Σ (x_i + 1.5) delta_i = 1.5*0.1 + 0.5*(-0.1) + (-0.5)*0.1 + (-1.5)*(-0.1) = 0.2
  const double slope = 1.0 + 0.2 / 5.0;
  // intercept = mean(log e) - slope * mean(x) = -1.5 + 0 + 1.5 * slope
  const double intercept = -1.5 + 1.5 * slope;
  double rss = 0.0;
  for (std::size_t i = 0; i < x.size(); ++i) {
    const double res = x[i] + delta[i] - (intercept + slope * x[i]);
    rss += res * res;
  }
  const double stderr_expected = std::sqrt(rss / 2.0 / 5.0);
  const auto fit = least_squares_order(taus, errors);
  CHECK_REL(fit.order, slope, tolerance::kRoundoff);
  CHECK_REL(fit.order_stderr, stderr_expected, tolerance::kRoundoff);
}

TEST_CASE("non-positive and non-finite errors are skipped and counted") {
  const auto fit = least_squares_order({0.2, 0.1, 0.05, 0.025}, {0.2, 0.0, 0.05, NAN});
  CHECK(fit.points == 2);
  CHECK(fit.skipped == 2);
  CHECK_REL(fit.order, 1.0, tolerance::kRoundoff);
  CHECK(std::isnan(fit.order_stderr));
}

TEST_CASE("order estimation refuses bad step sizes and mismatched lengths") {
  CHECK_THROWS_AS(successive_orders({0.1, 0.05}, {1.0}), std::invalid_argument);
  CHECK_THROWS_AS(least_squares_order({0.1, -0.05}, {1.0, 0.5}), std::invalid_argument);
  CHECK_THROWS_AS(least_squares_order({0.1, 0.1}, {1.0, 0.5}), std::invalid_argument);
}
