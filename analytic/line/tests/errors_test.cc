// Tests of analytic/line/errors.h: W2 and the Cramér form of the MMD of simple empirical
// measures against values derived by hand, between laws, against laws known only through
// their quantile (the flow), and the noise floor against a Monte Carlo mean.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <memory>
#include <vector>

#include "analytic/line/errors.h"
#include "analytic/line/flow.h"
#include "analytic/line/measure.h"

using namespace nwgf::analytic::line;

namespace {

constexpr double kExact = 1e-14;  // piecewise polynomial integrands: GK is exact to rounding
constexpr double kQuad = 1e-10;   // log-singular quantile tails (Gaussian), relative

}  // namespace

TEST_CASE("W2 of midpoint points against uniform[0, 1] is 1/(12 N^2)") {
  // Σ_i ∫_cell (x_i - s)^2 ds with x_i the cell's midpoint: N * (1/N)^3 / 12.
  for (int n : {1, 7, 1000}) {
    std::vector<double> x;
    for (int i = n - 1; i >= 0; --i) x.push_back((i + 0.5) / n);  // any order
    CHECK(std::abs(w2_squared(x, LineMeasure::uniform(0.0, 1.0)) - 1.0 / (12.0 * n * n)) < kExact);
  }
}

TEST_CASE("W2 and D^2 against atoms by hand") {
  // {0, 1} against (delta_0 + delta_1)/2: both zero. Against 0.25 delta_0 + 0.75 delta_1: the
  // level cell (1/4, 1/2] of x_1 = 0 meets Q = 1: W2^2 = 1/4; F_N - F = 1/2 - 1/4 on [0, 1):
  // D^2 = 1/16.
  const std::vector<double> x = {1.0, 0.0};
  CHECK(w2_squared(x, LineMeasure::atoms({0.0, 1.0})) == 0.0);
  CHECK(mmd_squared(x, LineMeasure::atoms({0.0, 1.0})) == 0.0);
  const auto w = LineMeasure::atoms({0.0, 1.0}, {0.25, 0.75});
  CHECK(std::abs(w2_squared(x, w) - 0.25) < kExact);
  CHECK(std::abs(mmd_squared(x, w) - 1.0 / 16.0) < kExact);
  // One point x against delta_y: W2^2 = (x - y)^2, D^2 = |x - y|.
  CHECK(std::abs(w2_squared({0.3}, LineMeasure::dirac(-0.2)) - 0.25) < kExact);
  CHECK(std::abs(mmd_squared({0.3}, LineMeasure::dirac(-0.2)) - 0.5) < kExact);
}

TEST_CASE("D^2 against uniform[0, 1] by hand") {
  // One point x in [0, 1]: ∫_0^x y^2 dy + ∫_x^1 (1 - y)^2 dy = (x^3 + (1 - x)^3)/3.
  const auto u = LineMeasure::uniform(0.0, 1.0);
  for (double x : {0.0, 0.2, 0.5, 1.0}) CHECK(std::abs(mmd_squared({x}, u) - (x * x * x + std::pow(1 - x, 3)) / 3) < kExact);
  // One point outside, x = 2: ∫_0^1 y^2 + ∫_1^2 1 = 1/3 + 1.
  CHECK(std::abs(mmd_squared({2.0}, u) - (1.0 / 3.0 + 1.0)) < kExact);
  // {0, 1}: F_N = 1/2 on [0, 1): ∫ (1/2 - y)^2 = 1/12.
  CHECK(std::abs(mmd_squared({0.0, 1.0}, u) - 1.0 / 12.0) < kExact);
  // The same through a law known only by its quantile (the flow at t = 0, CDF by bisection).
  const FlowLaw flow0(std::make_shared<LineMeasure>(u), LineMeasure::atoms({-5.0, 5.0}), 0.0);
  CHECK(std::abs(mmd_squared({0.2}, flow0) - (0.008 + 0.512) / 3) < 1e-13);
  CHECK(std::abs(mmd_squared({0.0, 1.0}, flow0) - 1.0 / 12.0) < 1e-13);
}

TEST_CASE("W2 and D^2 of one point at the mean of a Gaussian") {
  // W2^2(delta_x, N(m, s^2)) = (x - m)^2 + s^2.
  // D^2(delta_m, N(m, s^2)) = E|m - Y| - E|Y - Y'|/2 = s sqrt(2/pi) - s/sqrt(pi).
  const double m = 0.7, s = 1.3;
  const auto g = LineMeasure::gaussian(m, s);
  CHECK(std::abs(w2_squared({m + 0.4}, g) - (0.16 + s * s)) < kQuad * (0.16 + s * s));
  const double expected = s * (std::sqrt(2.0 / M_PI) - 1.0 / std::sqrt(M_PI));
  CHECK(std::abs(mmd_squared({m}, g) - expected) < kQuad * expected);
}

TEST_CASE("W2 and D^2 between two laws by hand") {
  // uniform[0, 1] against uniform[0, 2]: W2^2 = ∫ (s - 2s)^2 = 1/3;
  // D^2 = ∫_0^1 (x/2)^2 + ∫_1^2 (1 - x/2)^2 = 1/12 + 1/12.
  const auto a = LineMeasure::uniform(0.0, 1.0), b = LineMeasure::uniform(0.0, 2.0);
  CHECK(std::abs(w2_squared(a, b) - 1.0 / 3.0) < kExact);
  CHECK(std::abs(mmd_squared(a, b) - 1.0 / 6.0) < 1e-13);
  // delta_m against N(m, s^2): W2^2 = s^2, D^2 as above (unbounded tails by level integrals).
  const auto g = LineMeasure::gaussian(0.7, 1.3);
  const auto d = LineMeasure::dirac(0.7);
  CHECK(std::abs(w2_squared(d, g) - 1.69) < kQuad * 1.69);
  const double expected = 1.3 * (std::sqrt(2.0 / M_PI) - 1.0 / std::sqrt(M_PI));
  CHECK(std::abs(mmd_squared(d, g) - expected) < kQuad * expected);
  CHECK(std::abs(mmd_squared(g, d) - expected) < kQuad * expected);
}

TEST_CASE("noise floor against a Monte Carlo mean of D^2 over 2000 draws") {
  // E[D^2(rho_N, rho)] = (1/N) ∫ F (1 - F) dx (docs/math.md section 6.1). The Monte Carlo
  // mean of 2000 independent D^2 values has standard error sd/sqrt(2000), estimated from the
  // same draws; the check allows 4 standard errors (two-sided failure probability 6e-5 for
  // fixed seeds, which makes the test deterministic).
  const std::size_t n = 20;
  const int reps = 2000;
  for (const auto& rho : {LineMeasure::uniform(-1.0, 1.0), LineMeasure::gaussian(0.0, 0.5),
                          LineMeasure::atoms({-1.0, 0.25, 1.5}, {0.2, 0.5, 0.3})}) {
    double sum = 0.0, sum2 = 0.0;
    for (int r = 0; r < reps; ++r) {
      const double d2 = mmd_squared(sample(rho, n, 1000 + r), rho);
      sum += d2;
      sum2 += d2 * d2;
    }
    const double mean = sum / reps;
    const double se = std::sqrt((sum2 / reps - mean * mean) / (reps - 1));
    const double floor = noise_floor_squared(rho, n);
    MESSAGE("floor " << floor << ", Monte Carlo " << mean << " +- " << se);
    CHECK(std::abs(mean - floor) < 4.0 * se);
  }
}

TEST_CASE("errors of particles against the exact flow and the exact JKO iterate") {
  // Particles at the exact flow's levels (i - 1/2)/N: the W2 error is the within-cell spread
  // only; the JKO iterate toward two Diracs from delta_0 is the flow itself (exact in time),
  // so the errors against both references agree to rounding.
  const auto start = std::make_shared<LineMeasure>(LineMeasure::dirac(0.0));
  const auto nu = LineMeasure::atoms({-1.0, 1.0});
  const FlowLaw flow(start, nu, 0.6);
  const JkoLaw jko(start, nu, 0.05, 12);
  const std::size_t n = 500;
  std::vector<double> x(n);
  for (std::size_t i = 0; i < n; ++i) x[i] = flow.quantile((i + 0.5) / n);
  const auto e_flow = empirical_errors(x, flow);
  const auto e_jko = empirical_errors(x, jko);
  // Flow at t = 0.6 is uniform on [-0.6, 0.6] (Q = 1.2 s - 0.6): W2^2 = 1.2^2 / (12 N^2);
  // D^2 of midpoints against a uniform of length L: N cells of (1/N)^2 L/N/12 each, L/(12 N^2).
  CHECK(std::abs(e_flow.w2 * e_flow.w2 - 1.44 / (12.0 * n * n)) < 1e-15);
  CHECK(std::abs(e_flow.mmd2 - 1.2 / (12.0 * n * n)) < 1e-15);
  CHECK(std::abs(e_flow.noise_floor2 - 1.2 / 6.0 / n) < 1e-14);
  CHECK(std::abs(e_jko.w2 - e_flow.w2) < 1e-12);
  CHECK(std::abs(e_jko.mmd2 - e_flow.mmd2) < 1e-15);
  CHECK(w2_squared(jko, flow) < 1e-28);
}

TEST_CASE("MMD to a Gaussian from a law ending 8 standard deviations out: levels stay inside (0, 1)") {
  // 1 - Phi(8) = 6e-16: the upper tail integral runs over [F(b), 1], a few doubles wide, whose
  // Gauss-Kronrod nodes round to 1 (the quantile refused s = 1, and nwgf analytic exited 2 on
  // a spec in range). Reference: composite Simpson of (F_u - Phi)^2 on [-12, 12], written here.
  const auto nu = LineMeasure::gaussian(0.0, 1.0);
  for (double b : {8.0, 8.1, 8.25}) {
    CAPTURE(b);
    const auto u = LineMeasure::uniform(-1.0, b);
    auto d2 = [&](double x) {
      const double fu = std::clamp((x + 1.0) / (b + 1.0), 0.0, 1.0);
      const double phi = 0.5 * std::erfc(-x / std::sqrt(2.0));
      return (fu - phi) * (fu - phi);
    };
    const int n = 240000;  // h = 1e-4; the kinks at -1 and b lie on the grid's nodes or within h
    const double lo = -12.0, h = 24.0 / n;
    double simpson = d2(lo) + d2(lo + n * h);
    for (int i = 1; i < n; ++i) simpson += (i % 2 ? 4.0 : 2.0) * d2(lo + i * h);
    simpson *= h / 3.0;
    CHECK(std::abs(mmd_squared(u, nu) - simpson) < 1e-8);
  }
}
