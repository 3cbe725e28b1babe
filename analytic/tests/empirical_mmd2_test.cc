// Tests of analytic::empirical_mmd2 (analytic/empirical_error.h): the exact squared MMD between
// two empirical measures, against a brute-force signed double sum written here.
#include "analytic/empirical_error.h"

#include <doctest/doctest.h>

#include <cmath>
#include <random>
#include <utility>
#include <vector>

namespace {

// Brute-force D^2 = -1/2 ∫∫ ||x - y||^r d(mu - nu)^2 over all pairs with signed weights
// (+1/N on x, -1/M on t): an independent evaluation of docs/math.md section 1.
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
      const double got = nwgf::analytic::empirical_mmd2(x.data(), 37, t.data(), 23, d, r);
      INFO("d = " << d << ", r = " << r);
      CHECK(got == doctest::Approx(expected).epsilon(kRoundoff));
      CHECK(got > 0.0);  // conditionally positive definite kernel, mu != nu
    }
}

TEST_CASE("empirical_mmd2 of a measure against itself is zero; of delta_0 against two Diracs 1/4") {
  const std::vector<double> x = {0, 0, 1, 0, 0, 2};
  CHECK(std::abs(nwgf::analytic::empirical_mmd2(x.data(), 3, x.data(), 3, 2, 1.0)) < 1e-15);
  // D^2(delta_0, (delta_-e/2 + delta_e/2)/2) = -1/2 * (1/4) * 2 * 1 + 1/2 = 1/4 for r = 1.
  const std::vector<double> origin = {0, 0}, diracs = {-0.5, 0, 0.5, 0};
  CHECK(nwgf::analytic::empirical_mmd2(origin.data(), 1, diracs.data(), 2, 2, 1.0) == doctest::Approx(0.25).epsilon(1e-15));
}

