// Tests of analytic/flow.h: the exact flow against its ODE, the JKO iterates against a
// bisection of the scalar equation a - tau a^(r-1) = a_prev written here, the forward iterates
// against the explicit recursion, and the step counting rules of analytic/flow.h (step_count).
#include <doctest/doctest.h>

#include <cmath>
#include <stdexcept>
#include <string>
#include <vector>

#include "analytic/flow.h"
#include "analytic/profile.h"

using namespace nwgf::analytic;

namespace {

constexpr double kRootTolerance = 2e-14;  // JKO roots: "about 1e-14 relative" (analytic/flow.cc: TOMS748 to about 1e-14 relative)

// Independent reference: plain bisection of f(a) = a - tau a^(r-1) - a_prev on a bracket where
// f changes sign, run to the last representable midpoint. For r > 1 the bracket starts above
// the minimum of f at a* = (tau (r-1))^(1/(2-r)) so that the positive root is isolated.
double bisect_jko(double r, double tau, double a_prev) {
  auto f = [&](double a) { return a - tau * std::pow(a, r - 1.0) - a_prev; };
  double lo = r > 1.0 ? std::max(a_prev, std::pow(tau * (r - 1.0), 1.0 / (2.0 - r))) : a_prev;
  if (lo == 0.0) lo = 1e-300;
  double hi = lo + 1.0;
  while (f(hi) < 0) hi *= 2;
  for (int k = 0; k < 2000; ++k) {
    const double mid = 0.5 * (lo + hi);
    if (mid <= lo || mid >= hi) break;
    (f(mid) < 0 ? lo : hi) = mid;
  }
  return 0.5 * (lo + hi);
}

const std::vector<double> kExponents = {0.1, 0.5, 0.999, 1.0, 1.2, 1.5, 1.9};

}  // namespace

TEST_CASE("exact flow a(t) = ((2 - r) t)^(1/(2-r)) solves a' = a^(r-1)") {
  for (double r : kExponents) {
    CAPTURE(r);
    CHECK(flow_scale(r, 0.0) == 0.0);
    const double t = 0.7, h = 1e-5;
    const double deriv = (flow_scale(r, t + h) - flow_scale(r, t - h)) / (2 * h);
    CHECK(std::abs(deriv - std::pow(flow_scale(r, t), r - 1)) < 1e-8);
  }
  CHECK(std::abs(flow_scale(1.0, 1.3) - 1.3) < 1e-15);
  CHECK(std::abs(flow_scale(1.5, 1.0) - 0.25) < 1e-15);  // (0.5)^2
}

TEST_CASE("one JKO step matches bisection to about 1e-14 relative") {
  for (double r : kExponents) {
    for (double tau : {1e-4, 0.015625, 0.3, 2.0}) {
      for (double a_prev : {0.0, 1e-6, 0.1, 1.0, 7.0}) {
        CAPTURE(r);
        CAPTURE(tau);
        CAPTURE(a_prev);
        const double a = jko_step(r, tau, a_prev);
        const double ref = a_prev == 0.0 ? std::pow(tau, 1.0 / (2.0 - r)) : bisect_jko(r, tau, a_prev);
        CHECK(std::abs(a - ref) <= kRootTolerance * ref);
        CHECK(a > a_prev);
      }
    }
  }
}

TEST_CASE("JKO iterates: r = 1 gives a_n = n tau, other r follow the bisection recursion") {
  const std::vector<double> a1 = jko_scales(1.0, 0.1, 10);
  REQUIRE(a1.size() == 11);
  for (int n = 0; n <= 10; ++n) CHECK(std::abs(a1[n] - 0.1 * n) < 1e-15);
  for (double r : {0.5, 1.5}) {
    const double tau = 1.0 / 64;
    const std::vector<double> a = jko_scales(r, tau, 64);
    double ref = 0.0;
    for (int n = 1; n <= 64; ++n) {
      ref = n == 1 ? std::pow(tau, 1.0 / (2.0 - r)) : bisect_jko(r, tau, ref);
      CHECK(std::abs(a[n] - ref) <= 64 * kRootTolerance * ref);
    }
    // The iterates converge to the exact flow as tau -> 0 (first order away from the Dirac).
    const double err64 = std::abs(a[64] - flow_scale(r, 1.0));
    const double err128 = std::abs(jko_scales(r, tau / 2, 128).back() - flow_scale(r, 1.0));
    CHECK(err128 < err64);
  }
  // From a0 = a(t0).
  const double a0 = flow_scale(1.5, 0.5);
  const std::vector<double> b = jko_scales(1.5, 0.25, 2, a0);
  CHECK(b[0] == a0);
  CHECK(std::abs(b[1] - bisect_jko(1.5, 0.25, a0)) <= kRootTolerance * b[1]);
}

TEST_CASE("forward iterates: a + tau a^(r-1), from a Dirac only for r = 1") {
  const std::vector<double> a = forward_scales(1.0, 0.25, 4, 0.0);
  for (int n = 0; n <= 4; ++n) CHECK(std::abs(a[n] - 0.25 * n) < 1e-15);
  const double a0 = flow_scale(1.5, 0.5);  // 0.0625
  const std::vector<double> b = forward_scales(1.5, 0.125, 4, a0);
  double ref = a0;
  for (int n = 1; n <= 4; ++n) {
    ref = ref + 0.125 * std::sqrt(ref);
    CHECK(std::abs(b[n] - ref) < 1e-15 * ref);
  }
  for (double r : {0.5, 1.5}) {
    CAPTURE(r);
    try {
      forward_step(r, 0.1, 0.0);
      FAIL("forward_step from a Dirac with r != 1 must throw");
    } catch (const std::invalid_argument& e) {
      const std::string msg = e.what();
      CHECK(msg.find("Dirac") != std::string::npos);
      CHECK(msg.find(r > 1 ? "never moves" : "infinite") != std::string::npos);
    }
    CHECK_THROWS_AS(forward_scales(r, 0.1, 3, 0.0), std::invalid_argument);
  }
}

TEST_CASE("step_count: whole number of steps within 1e-9 relative, t > t0 >= 0, tau > 0") {
  CHECK(step_count(0.0, 1.0, 0.015625) == 64);
  CHECK(step_count(0.0, 1.2, 0.05) == 24);  // 1.2/0.05 = 23.999999999999996 in doubles
  CHECK(step_count(0.2, 1.0, 0.1) == 8);
  CHECK(step_count(0.0, 1.0, 1.0 / 3.0) == 3);
  CHECK_THROWS_AS(step_count(0.0, 1.0, 0.3), std::invalid_argument);
  CHECK_THROWS_AS(step_count(0.0, 1.0, 0.0), std::invalid_argument);
  CHECK_THROWS_AS(step_count(0.0, 1.0, -0.1), std::invalid_argument);
  CHECK_THROWS_AS(step_count(1.0, 1.0, 0.1), std::invalid_argument);
  CHECK_THROWS_AS(step_count(1.5, 1.0, 0.1), std::invalid_argument);
  CHECK_THROWS_AS(step_count(-0.1, 1.0, 0.1), std::invalid_argument);
  CHECK_THROWS_AS(step_count(0.0, 1.0, 2.0), std::invalid_argument);  // 0.5 steps
  CHECK_THROWS_AS(flow_scale(1.0, -1.0), std::invalid_argument);
  CHECK_THROWS_AS(flow_scale(2.0, 1.0), std::invalid_argument);
  CHECK_THROWS_AS(jko_step(1.0, 0.0, 1.0), std::invalid_argument);
  CHECK_THROWS_AS(jko_step(1.5, 0.1, -1.0), std::invalid_argument);
}

// As r -> 2 the flow a(t) = ((2 - r) t)^(1/(2 - r)) leaves the range of double precision
// at early times (r = 1.99: a(0.05)^2 = 10^-660) and late ones; the check refuses exactly those.
TEST_CASE("check_flow_resolved: a(t)^2 and a(t)^2 M2 within double range, else refused naming t") {
  const Profile p15 = make_profile(2, 1.5);
  CHECK_NOTHROW(check_flow_resolved(p15, 1e-3, 100.0));
  const Profile p195 = make_profile(2, 1.95);
  CHECK_NOTHROW(check_flow_resolved(p195, 0.05, 1.2));  // a(0.05)^2 = 10^-104
  const Profile p199 = make_profile(2, 1.99);
  // Independent: log10 a(t)^2 = 2 log10((2 - r) t) / (2 - r).
  CHECK(2 * std::log10(0.01 * 0.05) / 0.01 < -307);
  std::string message;
  try {
    check_flow_resolved(p199, 0.05, 1.2);
  } catch (const std::invalid_argument& e) {
    message = e.what();
  }
  CHECK(message.find("at t = 0.050000000000000003") != std::string::npos);
  CHECK(message.find("a(t)^2 = 10^-660") != std::string::npos);
  CHECK_NOTHROW(check_flow_resolved(p199, 60.0, 100.0));  // a(60)^2 = 0.6^200 = 10^-44.4
  CHECK_THROWS_AS(check_flow_resolved(p199, 60.0, 1e5), std::invalid_argument);  // a^2 = 1000^200
  CHECK_THROWS_AS(check_flow_resolved(p15, 0.0, 1.0), std::invalid_argument);
  CHECK(first_scored_time(0.0, 0.05) == 0.05);
  CHECK(first_scored_time(0.2, 0.05) == 0.2);
}
