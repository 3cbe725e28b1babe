// Tiled pairwise Riesz sums against a direct double loop written here (the reference), and
// against hand-computed values on tiny configurations.
#include <doctest/doctest.h>

#include <cmath>
#include <random>
#include <stdexcept>
#include <vector>

#include "analytic/riesz_sums.h"

#include <omp.h>

using namespace nwgf::analytic;

namespace {

constexpr double kSumTolerance = 1e-12;  // relative: summation order differs from the loop

std::vector<double> random_points(std::size_t n, int d, unsigned seed) {
  std::mt19937_64 gen(seed);
  std::normal_distribution<double> normal(0.0, 1.0);
  std::vector<double> x(n * d);
  for (double& v : x) v = normal(gen);
  return x;
}

double direct_pair_sum(const std::vector<double>& x, const std::vector<double>& y, int d,
                       double p) {
  const std::size_t n = x.size() / d, m = y.size() / d;
  long double s = 0;
  for (std::size_t i = 0; i < n; ++i)
    for (std::size_t j = 0; j < m; ++j) {
      double d2 = 0;
      for (int k = 0; k < d; ++k) d2 += (x[i * d + k] - y[j * d + k]) * (x[i * d + k] - y[j * d + k]);
      s += std::pow(d2, p / 2);
    }
  return static_cast<double>(s);
}

}  // namespace

TEST_CASE("pair sums match a direct loop for several dimensions and exponents") {
  // sizes straddle the column tile (2048) and the row block (32)
  for (int d : {1, 2, 3, 5}) {
    for (double p : {0.5, 1.0, 1.5, 2.0}) {
      const auto x = random_points(70, d, 1);
      const auto y = random_points(2100, d, 2);
      const double expected = direct_pair_sum(x, y, d, p);
      const double computed = riesz_pair_sum(x.data(), 70, y.data(), 2100, d, p);
      CAPTURE(d);
      CAPTURE(p);
      CHECK(computed == doctest::Approx(expected).epsilon(kSumTolerance));
    }
  }
}

TEST_CASE("self sums (upper triangle, doubled) match a direct loop over all ordered pairs") {
  // n = 2100 straddles the column tile (2048) and is not a multiple of the row block (32)
  for (int d : {1, 2, 3}) {
    for (double p : {0.5, 1.0, 1.5, 2.0}) {
      const auto x = random_points(2100, d, 5);
      CAPTURE(d);
      CAPTURE(p);
      CHECK(riesz_self_sum(x.data(), 2100, d, p) ==
            doctest::Approx(direct_pair_sum(x, x, d, p)).epsilon(kSumTolerance));
    }
  }
}

TEST_CASE("pair and self sums are the same to the last bit for any thread count") {
  // Row blocks are summed in block order after the parallel loop (analytic/riesz_sums.cc), so
  // runs with the same inputs reproduce exactly whatever the scheduling.
  const std::vector<double> x = random_points(3000, 2, 21), y = random_points(1700, 2, 22);
  const int saved = omp_get_max_threads();
  omp_set_num_threads(1);
  const double self1 = riesz_self_sum(x.data(), 3000, 2, 1.0);
  const double pair1 = riesz_pair_sum(x.data(), 3000, y.data(), 1700, 2, 1.5);
  for (int threads : {2, 3, 4}) {
    omp_set_num_threads(threads);
    for (int repeat = 0; repeat < 3; ++repeat) {
      CHECK(riesz_self_sum(x.data(), 3000, 2, 1.0) == self1);
      CHECK(riesz_pair_sum(x.data(), 3000, y.data(), 1700, 2, 1.5) == pair1);
    }
  }
  omp_set_num_threads(saved);
}

TEST_CASE("self sum of the corners of the unit square") {
  // Ordered pairs: 8 sides of length 1, 4 diagonals of length sqrt(2), 4 zero self-pairs.
  const std::vector<double> x = {0, 0, 1, 0, 0, 1, 1, 1};
  CHECK(riesz_self_sum(x.data(), 4, 2, 1.0) == doctest::Approx(8 + 4 * std::sqrt(2.0)).epsilon(kSumTolerance));
  CHECK(riesz_self_sum(x.data(), 4, 2, 0.5) == doctest::Approx(8 + 4 * std::pow(2.0, 0.25)).epsilon(kSumTolerance));
}

TEST_CASE("field is the gradient of the mean Riesz potential, by central differences") {
  for (int d : {1, 2, 4}) {
    for (double p : {0.5, 1.0, 1.5, 2.0}) {
      const auto x = random_points(5, d, 3);
      const auto y = random_points(300, d, 4);
      std::vector<double> field(x.size());
      riesz_field(x.data(), 5, y.data(), 300, d, p, field.data());
      const double h = 1e-6;
      for (std::size_t i = 0; i < 5; ++i) {
        for (int k = 0; k < d; ++k) {
          std::vector<double> xp(x.begin() + i * d, x.begin() + (i + 1) * d), xm = xp;
          xp[k] += h;
          xm[k] -= h;
          const double fd = (direct_pair_sum(xp, y, d, p) - direct_pair_sum(xm, y, d, p)) /
                            (2 * h) / 300.0;
          CAPTURE(d);
          CAPTURE(p);
          // Central differences err by O(h^2 |x - y|^(p-3)): loose for p < 1, where a close
          // pair makes the third derivative large.
          const double tolerance = p < 1.0 ? 1e-3 : 1e-6;
          CHECK(field[i * d + k] == doctest::Approx(fd).epsilon(tolerance));
        }
      }
    }
  }
}

TEST_CASE("coinciding points contribute nothing and never produce NaN") {
  const std::vector<double> x = {0.5, -0.25, 0.5, -0.25, 0.5, -0.25};  // three copies of a point
  for (double p : {0.5, 1.0, 1.5}) {
    std::vector<double> field(6, 42.0);
    riesz_field(x.data(), 3, x.data(), 3, 2, p, field.data());
    for (double v : field) CHECK(v == 0.0);
    CHECK(riesz_self_sum(x.data(), 3, 2, p) == 0.0);
  }
}

TEST_CASE("riesz sums refuse bad dimensions and exponents") {
  const std::vector<double> x = {0.0, 1.0};
  CHECK_THROWS_AS(riesz_self_sum(x.data(), 1, 0, 1.0), std::invalid_argument);
  CHECK_THROWS_AS(riesz_self_sum(x.data(), 1, 2, 0.0), std::invalid_argument);
  CHECK_THROWS_AS(riesz_self_sum(x.data(), 1, 2, NAN), std::invalid_argument);
}
