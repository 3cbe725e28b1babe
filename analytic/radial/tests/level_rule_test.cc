// Tests of analytic/radial/level_rule.h: Gauss-Legendre against exact moments of [-1, 1], the
// graded panel rule against exact integrals of polynomials and of end singularities, its
// splitting at breaks, and its refusals.
#include <doctest/doctest.h>

#include <cmath>
#include <numeric>
#include <vector>

#include "analytic/radial/level_rule.h"
#include "testing/refusal.h"
#include "testing/tolerances.h"

using namespace nwgf::analytic::radial;
using nwgf::testing::refusal_message;
namespace tol = nwgf::tolerance;

TEST_CASE("Gauss-Legendre with k nodes integrates x^j exactly for j <= 2k - 1") {
  for (int k : {1, 2, 3, 4, 5, 8, 16, 33}) {
    std::vector<double> x, w;
    gauss_legendre(k, x, w);
    REQUIRE(x.size() == static_cast<std::size_t>(k));
    for (int i = 1; i < k; ++i) CHECK(x[i] > x[i - 1]);
    for (int j = 0; j <= 2 * k - 1; ++j) {
      double sum = 0.0;
      for (int i = 0; i < k; ++i) sum += w[i] * std::pow(x[i], j);
      // ∫_{-1}^{1} x^j dx = 2 / (j + 1) for even j, 0 for odd j.
      const double exact = j % 2 == 0 ? 2.0 / (j + 1) : 0.0;
      CHECK_ABS(sum, exact, tol::kClosedForm);
    }
  }
}

TEST_CASE("the graded rule has weights summing to 1 and integrates s^7 exactly") {
  for (double grading : {1.0, 2.0, 3.0}) {
    for (int n : {16, 64, 1024}) {
      const LevelRule rule = graded_level_rule(n, 4, grading, {});
      REQUIRE(rule.levels.size() == static_cast<std::size_t>(n));
      const double sum = std::accumulate(rule.weights.begin(), rule.weights.end(), 0.0);
      CHECK_ABS(sum, 1.0, tol::kRoundoff);
      double m7 = 0.0;
      for (int i = 0; i < n; ++i) m7 += rule.weights[i] * std::pow(rule.levels[i], 7);
      CHECK_ABS(m7, 1.0 / 8.0, tol::kRoundoff);  // degree 7 = 2k - 1 on every panel
      for (int i = 1; i < n; ++i) CHECK(rule.levels[i] > rule.levels[i - 1]);
    }
  }
}

TEST_CASE("grading resolves the end singularities s^(1/3) and (1 - s)^(1/4) far better") {
  // ∫_0^1 s^(1/3) ds = 3/4 and ∫_0^1 (1 - s)^(1/4) ds = 4/5 (the shapes of a quantile in d = 3
  // near s = 0 and of a ball-regime edge near s = 1).
  auto error = [](double grading, int n) {
    const LevelRule rule = graded_level_rule(n, 4, grading, {});
    double a = 0.0, b = 0.0;
    for (std::size_t i = 0; i < rule.levels.size(); ++i) {
      a += rule.weights[i] * std::cbrt(rule.levels[i]);
      b += rule.weights[i] * std::pow(1.0 - rule.levels[i], 0.25);
    }
    return std::abs(a - 0.75) + std::abs(b - 0.8);
  };
  const double uniform = error(1.0, 256), graded = error(3.0, 256);
  CHECK(graded < 1e-3 * uniform);
  // The graded rule converges fast: at least order 3 from 256 to 512 levels (the uniform
  // panels' order is 1.25 = 1 + 1/4, limited by (1 - s)^(1/4)).
  CHECK(std::log2(graded / error(3.0, 512)) > 3.0);
}

TEST_CASE("the graded rule splits at breaks: the weights below a break sum to the break") {
  const std::vector<double> breaks{0.1, 0.35, 0.9};
  const LevelRule rule = graded_level_rule(64, 4, 3.0, breaks);
  for (double b : breaks) {
    double below = 0.0;
    for (std::size_t i = 0; i < rule.levels.size(); ++i)
      if (rule.levels[i] < b) below += rule.weights[i];
    CHECK_ABS(below, b, tol::kRoundoff);
  }
  // Every segment gets panels in proportion to its length (at least one): 16 panels, lengths
  // 0.1, 0.25, 0.55, 0.1 -> 1 + floor(12 x length) plus the largest remainders.
  int in_first = 0;
  for (double s : rule.levels) in_first += s < 0.1;
  CHECK(in_first >= 4);
  CHECK(in_first % 4 == 0);
}

TEST_CASE("the level rule refuses bad sizes, gradings and breaks, naming the value") {
  CHECK(refusal_message([] { graded_level_rule(30, 4, 3.0, {}); }).find("levels = 30") !=
        std::string::npos);
  CHECK(refusal_message([] { graded_level_rule(64, 0, 3.0, {}); }).find("nodes per panel = 0") !=
        std::string::npos);
  CHECK(refusal_message([] { graded_level_rule(64, 4, 0.5, {}); }).find("grading = 0.5") !=
        std::string::npos);
  CHECK(refusal_message([] { graded_level_rule(64, 4, 3.0, {0.5, 0.2}); }).find("break 0.2") !=
        std::string::npos);
  CHECK(refusal_message([] { graded_level_rule(8, 4, 3.0, {0.2, 0.4}); }).find("2 panels for 3") !=
        std::string::npos);
  CHECK(refusal_message([] {
          std::vector<double> x, w;
          gauss_legendre(65, x, w);
        }).find("k = 65") != std::string::npos);
}
