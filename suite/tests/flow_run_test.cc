// Tests of suite/flow_run.h: the exact squared MMD between two empirical measures and the
// validation of flow configs.
#include "suite/flow_run.h"

#include <doctest/doctest.h>

#include <cmath>
#include <random>
#include <vector>

#include "suite/cli_errors.h"

namespace {

// Brute-force D^2 = -1/2 ∫∫ ||x - y||^r d(mu - nu)^2 over all pairs with signed weights
// (+1/N on x, -1/M on t): an independent evaluation of MATH.md section 1.
double brute_force_mmd2(const std::vector<double>& x, const std::vector<double>& t, int d, double r) {
  std::vector<std::pair<const double*, double>> atoms;
  const std::size_t n = x.size() / d, m = t.size() / d;
  for (std::size_t i = 0; i < n; ++i) atoms.push_back({x.data() + i * d, 1.0 / n});
  for (std::size_t i = 0; i < m; ++i) atoms.push_back({t.data() + i * d, -1.0 / m});
  double sum = 0.0;
  for (const auto& a : atoms)
    for (const auto& b : atoms) {
      double sq = 0.0;
      for (int k = 0; k < d; ++k) sq += (a.first[k] - b.first[k]) * (a.first[k] - b.first[k]);
      sum += a.second * b.second * std::pow(sq, r / 2);
    }
  return -0.5 * sum;
}

constexpr double kRoundoff = 1e-12;  // relative: sums of a few thousand double terms

}  // namespace

TEST_CASE("empirical_mmd2 matches the brute-force signed double sum") {
  std::mt19937_64 rng(3);
  std::normal_distribution<double> normal;
  for (int d : {1, 2, 5})
    for (double r : {0.5, 1.0, 1.5}) {
      std::vector<double> x(37 * d), t(23 * d);
      for (double& v : x) v = normal(rng);
      for (double& v : t) v = 0.5 + normal(rng);
      const double expected = brute_force_mmd2(x, t, d, r);
      const double got = nwgf::suite::empirical_mmd2(x.data(), 37, t.data(), 23, d, r);
      INFO("d = " << d << ", r = " << r);
      CHECK(got == doctest::Approx(expected).epsilon(kRoundoff));
      CHECK(got > 0.0);  // conditionally positive definite kernel, mu != nu
    }
}

TEST_CASE("empirical_mmd2 of a measure against itself is zero; of delta_0 against two Diracs 1/4") {
  const std::vector<double> x = {0, 0, 1, 0, 0, 2};
  CHECK(std::abs(nwgf::suite::empirical_mmd2(x.data(), 3, x.data(), 3, 2, 1.0)) < 1e-15);
  // D^2(delta_0, (delta_-e/2 + delta_e/2)/2) = -1/2 * (1/4) * 2 * 1 + 1/2 = 1/4 for r = 1.
  const std::vector<double> origin = {0, 0}, diracs = {-0.5, 0, 0.5, 0};
  CHECK(nwgf::suite::empirical_mmd2(origin.data(), 1, diracs.data(), 2, 2, 1.0) == doctest::Approx(0.25).epsilon(1e-15));
}

TEST_CASE("flow configs out of range are usage errors naming the allowed range") {
  nwgf::suite::FlowConfig c;
  CHECK_NOTHROW(nwgf::suite::validate(c));
  c.tau = 0.05;
  c.T = 0.6;  // 11.999999999999998 steps in double precision: whole
  CHECK_NOTHROW(nwgf::suite::validate(c));
  c.T = 0.61;
  CHECK_THROWS_WITH_AS(nwgf::suite::validate(c), doctest::Contains("whole number"), nwgf::suite::UsageError);
  c = {};
  c.schemes = {"backward", "backward"};
  CHECK_THROWS_AS(nwgf::suite::validate(c), nwgf::suite::UsageError);
  c = {};
  c.particles = 0;
  CHECK_THROWS_WITH_AS(nwgf::suite::validate(c), doctest::Contains("allowed: 1 to"), nwgf::suite::UsageError);
}

TEST_CASE("prepare_flow: forward with r < 1 from a point mass is refused before anything runs") {
  nwgf::suite::FlowConfig c;
  c.schemes = {"forward"};
  c.r = 0.5;
  c.plots = false;
  CHECK_THROWS_WITH_AS(nwgf::suite::prepare_flow(c), doctest::Contains("slope"), nwgf::suite::UsageError);
  c.start = "gaussian:0.1";
  const auto p = nwgf::suite::prepare_flow(c);
  CHECK(p.steps == 24);
  CHECK(p.snapshot_steps == std::vector<int>{0, 6, 12, 18, 24});
  CHECK(p.start_points.size() == 2000);
}
