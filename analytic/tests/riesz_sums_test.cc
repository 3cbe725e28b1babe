// Tiled pairwise Riesz sums and fields against direct loops written here (std::pow / std::sqrt in
// long double: the reference), term by term on single pairs (the accuracy statements of
// analytic/riesz_sums.h), and against hand-computed values on tiny configurations. Every test
// that computes runs on every kernel path this CPU supports (analytic/kernel_isa.h).
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <random>
#include <string>
#include <stdexcept>
#include <vector>

#include "analytic/kernel_isa.h"
#include "analytic/riesz_sums.h"

#include <omp.h>

using namespace nwgf::analytic;

namespace {

constexpr double kSumTolerance = 1e-13;  // relative: summation order differs from the loop
// Relative error of one term ||z||^p or one field weight p ||z||^(p-2), against long double
// std::pow, over the distances and exponents below (analytic/riesz_sums.h states these bounds):
constexpr double kTermToleranceFma = 8e-16;      // AVX2 and AVX-512 paths (FMA)
constexpr double kTermToleranceGeneric = 2e-14;  // generic path (no FMA: a ln x rounds once more)

// Runs body once per kernel path this CPU supports, then restores the detected one.
template <typename Body>
void for_each_kernel_isa(Body body) {
  for (KernelIsa isa : supported_kernel_isas()) {
    set_kernel_isa(isa);
    const std::string isa_name = kernel_isa_name(isa);
    CAPTURE(isa_name);
    body(isa);
  }
  set_kernel_isa(detected_kernel_isa());
}

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
  // sizes straddle the column tile (2048) and the row block (32); 0.7 and 1.3 take the
  // general-exponent path (pow), 0.5 and 1.5 their square-root paths
  for_each_kernel_isa([](KernelIsa) {
    for (int d : {1, 2, 3, 5}) {
      for (double p : {0.5, 0.7, 1.0, 1.3, 1.5, 2.0}) {
        const auto x = random_points(70, d, 1);
        const auto y = random_points(2100, d, 2);
        const double expected = direct_pair_sum(x, y, d, p);
        const double computed = riesz_pair_sum(x.data(), 70, y.data(), 2100, d, p);
        CAPTURE(d);
        CAPTURE(p);
        CHECK(computed == doctest::Approx(expected).epsilon(kSumTolerance));
      }
    }
  });
}

TEST_CASE("self sums (upper triangle, doubled) match a direct loop over all ordered pairs") {
  // n = 2100 straddles the column tile (2048) and is not a multiple of the row block (32)
  for_each_kernel_isa([](KernelIsa) {
    for (int d : {1, 2, 3, 4}) {
      for (double p : {0.5, 1.0, 1.3, 1.5, 2.0}) {
        const auto x = random_points(2100, d, 5);
        CAPTURE(d);
        CAPTURE(p);
        CHECK(riesz_self_sum(x.data(), 2100, d, p) ==
              doctest::Approx(direct_pair_sum(x, x, d, p)).epsilon(kSumTolerance));
      }
    }
  });
}

TEST_CASE("pair and self sums are the same to the last bit for any thread count") {
  // Row blocks are summed in block order after the parallel loop (analytic/riesz_sums.cc), so
  // runs with the same inputs reproduce exactly whatever the scheduling.
  const std::vector<double> x = random_points(3000, 2, 21), y = random_points(1700, 2, 22);
  const int saved = omp_get_max_threads();
  for_each_kernel_isa([&](KernelIsa) {
    omp_set_num_threads(1);
    const double self1 = riesz_self_sum(x.data(), 3000, 2, 1.0);
    const double pair1 = riesz_pair_sum(x.data(), 3000, y.data(), 1700, 2, 1.5);
    const double general1 = riesz_pair_sum(x.data(), 3000, y.data(), 1700, 2, 1.3);
    std::vector<double> field1(3000 * 2), field(3000 * 2);
    riesz_field(x.data(), 3000, y.data(), 1700, 2, 1.0, field1.data());
    for (int threads : {2, 3, 4}) {
      omp_set_num_threads(threads);
      for (int repeat = 0; repeat < 3; ++repeat) {
        CHECK(riesz_self_sum(x.data(), 3000, 2, 1.0) == self1);
        CHECK(riesz_pair_sum(x.data(), 3000, y.data(), 1700, 2, 1.5) == pair1);
        CHECK(riesz_pair_sum(x.data(), 3000, y.data(), 1700, 2, 1.3) == general1);
        riesz_field(x.data(), 3000, y.data(), 1700, 2, 1.0, field.data());
        CHECK(field == field1);
      }
    }
  });
  omp_set_num_threads(saved);
}

TEST_CASE("self sum of the corners of the unit square") {
  // Ordered pairs: 8 sides of length 1, 4 diagonals of length sqrt(2), 4 zero self-pairs.
  const std::vector<double> x = {0, 0, 1, 0, 0, 1, 1, 1};
  CHECK(riesz_self_sum(x.data(), 4, 2, 1.0) == doctest::Approx(8 + 4 * std::sqrt(2.0)).epsilon(kSumTolerance));
  CHECK(riesz_self_sum(x.data(), 4, 2, 0.5) == doctest::Approx(8 + 4 * std::pow(2.0, 0.25)).epsilon(kSumTolerance));
}

TEST_CASE("field is the gradient of the mean Riesz potential, by central differences") {
  for_each_kernel_isa([](KernelIsa) {
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
  });
}

TEST_CASE("coinciding points contribute nothing and never produce NaN") {
  const std::vector<double> x = {0.5, -0.25, 0.5, -0.25, 0.5, -0.25};  // three copies of a point
  for_each_kernel_isa([&](KernelIsa) {
    for (int d : {1, 2, 3, 6}) {
      for (double p : {0.5, 0.7, 1.0, 1.3, 1.5}) {
        CAPTURE(d);
        CAPTURE(p);
        const std::size_t n = 6 / d;
        std::vector<double> same(n * d);
        for (std::size_t i = 0; i < n; ++i)
          for (int k = 0; k < d; ++k) same[i * d + k] = x[k % 2];
        std::vector<double> field(n * d, 42.0);
        riesz_field(same.data(), n, same.data(), n, d, p, field.data());
        for (double v : field) CHECK(v == 0.0);
        CHECK(riesz_self_sum(same.data(), n, d, p) == 0.0);
      }
    }
  });
}

TEST_CASE("riesz sums refuse bad dimensions and exponents") {
  const std::vector<double> x = {0.0, 1.0};
  CHECK_THROWS_AS(riesz_self_sum(x.data(), 1, 0, 1.0), std::invalid_argument);
  CHECK_THROWS_AS(riesz_self_sum(x.data(), 1, 2, 0.0), std::invalid_argument);
  CHECK_THROWS_AS(riesz_self_sum(x.data(), 1, 2, NAN), std::invalid_argument);
}

namespace {

// Direct field (1/m) Σ_j p ||x_i - y_j||^(p-2) (x_i - y_j) in long double (std::pow).
std::vector<double> direct_field(const std::vector<double>& x, const std::vector<double>& y, int d,
                                 double p) {
  const std::size_t n = x.size() / d, m = y.size() / d;
  std::vector<double> out(n * d);
  for (std::size_t i = 0; i < n; ++i) {
    std::vector<long double> g(d, 0.0L);
    for (std::size_t j = 0; j < m; ++j) {
      long double d2 = 0;
      for (int k = 0; k < d; ++k) {
        const long double u = static_cast<long double>(x[i * d + k]) - y[j * d + k];
        d2 += u * u;
      }
      if (d2 == 0) continue;
      const long double w = p * std::pow(d2, static_cast<long double>(p) / 2 - 1);
      for (int k = 0; k < d; ++k) g[k] += w * (static_cast<long double>(x[i * d + k]) - y[j * d + k]);
    }
    for (int k = 0; k < d; ++k) out[i * d + k] = static_cast<double>(g[k] / m);
  }
  return out;
}

// Distances of the accuracy set: 400 values log-spaced over [1e-6, 1e3] (squared distances
// 1e-12 .. 1e6), the pair (0, ..., 0) - (s, 0, ..., 0) has ||z|| = s exactly.
std::vector<double> accuracy_distances() {
  std::vector<double> s;
  for (int i = 0; i < 400; ++i) s.push_back(std::pow(10.0, -6.0 + 9.0 * i / 399.0));
  return s;
}

}  // namespace

TEST_CASE("fields match a direct loop for several dimensions and exponents") {
  // sizes straddle the column tile (2048), rows not a multiple of the row block (32)
  for_each_kernel_isa([](KernelIsa) {
    for (int d : {1, 2, 3, 5}) {
      for (double p : {0.5, 0.7, 1.0, 1.3, 1.5, 2.0}) {
        const auto x = random_points(37, d, 11);
        const auto y = random_points(2100, d, 12);
        const std::vector<double> expected = direct_field(x, y, d, p);
        std::vector<double> computed(x.size());
        riesz_field(x.data(), 37, y.data(), 2100, d, p, computed.data());
        CAPTURE(d);
        CAPTURE(p);
        // relative to the row's field norm (a component can cancel to near 0)
        for (std::size_t i = 0; i < 37; ++i) {
          double norm = 0;
          for (int k = 0; k < d; ++k) norm += expected[i * d + k] * expected[i * d + k];
          norm = std::sqrt(norm);
          for (int k = 0; k < d; ++k)
            CHECK(std::abs(computed[i * d + k] - expected[i * d + k]) <= kSumTolerance * norm);
        }
      }
    }
  });
}

TEST_CASE("one term and one field weight are within the stated relative error of std::pow") {
  // A single pair makes riesz_pair_sum = ||z||^p and riesz_field = p ||z||^(p-2) z exactly up to
  // the kernel's own rounding: the per-term accuracy of each path.
  const std::vector<double> distances = accuracy_distances();
  for_each_kernel_isa([&](KernelIsa isa) {
    const double tolerance = isa == KernelIsa::Generic ? kTermToleranceGeneric : kTermToleranceFma;
    // 0.01 and 1.99: the saturating pow on one side (field weight resp. term), the moderate
    // one on the other (|p/2 - 1| resp. p/2 beyond or within 0.99, riesz_kernels.inc)
    for (double p : {0.01, 0.25, 0.5, 0.7, 1.0, 1.3, 1.5, 1.9, 1.99, 2.0, 3.5}) {
      double worst_sum = 0.0, worst_field = 0.0;
      for (int d : {1, 2, 3, 4}) {
        for (double s : distances) {
          std::vector<double> origin(d, 0.0), point(d, 0.0), field(d);
          point[0] = s;
          const long double exact = std::pow(static_cast<long double>(s), static_cast<long double>(p));
          const double term = riesz_pair_sum(origin.data(), 1, point.data(), 1, d, p);
          worst_sum = std::max(worst_sum, static_cast<double>(std::abs((term - exact) / exact)));
          // field at the origin: p s^(p-2) (0 - s) in coordinate 0
          riesz_field(origin.data(), 1, point.data(), 1, d, p, field.data());
          const long double exact_field = -p * std::pow(static_cast<long double>(s), static_cast<long double>(p) - 1);
          worst_field = std::max(worst_field, static_cast<double>(std::abs((field[0] - exact_field) / exact_field)));
        }
      }
      CAPTURE(p);
      CHECK(worst_sum <= tolerance);
      CHECK(worst_field <= tolerance);
    }
  });
}

// The benchmark set of nwgf_bench's pair sums (suite/bench/bench_particles.cc, box_points(20000,
// 2, seed 2): uniform in [-1/2, 1/2]^2). Bound on one term ||z||^p and one field component
// p ||z||^(p-2) z_0 over 20000 of its pairs (every path), against long double std::pow of the
// long double squared distance, p in {0.7, 1.3, 1.9} (the moderate pow of simd_math.h) and the
// square-root exponents 0.5, 1, 1.5:
constexpr double kBenchmarkSetTermTolerance = 7e-16;  // relative
// Measured (AVX2 machine, every path it has): sums <= 5.0e-16 on the FMA paths and 6.1e-16 on the
// generic one (p = 1.9), <= 4.4e-16 (p = 1.3); field components <= 5.4e-16. The moderate pow
// before its exact part was added last (simd_math.h): sums <= 5.4e-16 (FMA), 5.9e-16 (generic),
// fields <= 5.4e-16; the two differ per term by <= 3.8e-16. The kernel before the moderate pow
// (pow_positive for every other p): sums <= 6.1e-16 (generic, p = 1.9), fields <= 5.4e-16 on the
// same pairs. The square-root exponents are unchanged (bit for bit).

TEST_CASE("terms and field components over the benchmark set are within the stated bound") {
  const std::size_t n = 20000;
  std::mt19937_64 gen(2);
  std::uniform_real_distribution<double> uniform(-0.5, 0.5);
  std::vector<double> x(2 * n);
  for (double& v : x) v = uniform(gen);
  for_each_kernel_isa([&](KernelIsa) {
    for (double p : {0.5, 0.7, 1.0, 1.3, 1.5, 1.9}) {
      long double worst_sum = 0, worst_field = 0;
      for (std::size_t t = 0; t < 20000; ++t) {
        const std::size_t i = (t * 7919) % n, j = (t * 104729 + 1) % n;
        if (i == j) continue;
        const long double dx = static_cast<long double>(x[2 * i]) - x[2 * j];
        const long double dy = static_cast<long double>(x[2 * i + 1]) - x[2 * j + 1];
        const long double d2 = dx * dx + dy * dy;
        const long double lp = p;
        const long double exact_sum = std::pow(d2, lp / 2);
        const long double exact_field = lp * std::pow(d2, lp / 2 - 1) * dx;
        const double term = riesz_pair_sum(&x[2 * i], 1, &x[2 * j], 1, 2, p);
        double field[2];
        riesz_field(&x[2 * i], 1, &x[2 * j], 1, 2, p, field);
        worst_sum = std::max(worst_sum, std::abs((term - exact_sum) / exact_sum));
        worst_field = std::max(worst_field, std::abs((field[0] - exact_field) / exact_field));
      }
      CAPTURE(p);
      CHECK(static_cast<double>(worst_sum) <= kBenchmarkSetTermTolerance);
      CHECK(static_cast<double>(worst_field) <= kBenchmarkSetTermTolerance);
    }
  });
}

TEST_CASE("the AVX-512 and AVX2 paths give bit-identical sums and fields") {
  const std::vector<KernelIsa> isas = supported_kernel_isas();
  if (isas.back() != KernelIsa::Avx512) {
    MESSAGE("skipped: this CPU has no AVX-512 (the comparison needs both paths)");
    return;
  }
  const auto x = random_points(300, 3, 31), y = random_points(2500, 3, 32);
  for (double p : {0.5, 1.0, 1.3, 1.5}) {
    CAPTURE(p);
    std::vector<double> f2(900), f512(900);
    set_kernel_isa(KernelIsa::Avx2);
    const double s2 = riesz_pair_sum(x.data(), 300, y.data(), 2500, 3, p);
    riesz_field(x.data(), 300, y.data(), 2500, 3, p, f2.data());
    set_kernel_isa(KernelIsa::Avx512);
    const double s512 = riesz_pair_sum(x.data(), 300, y.data(), 2500, 3, p);
    riesz_field(x.data(), 300, y.data(), 2500, 3, p, f512.data());
    CHECK(s2 == s512);
    CHECK(f2 == f512);
  }
  set_kernel_isa(detected_kernel_isa());
}

TEST_CASE("kernel ISA names, parsing and selection") {
  for (KernelIsa isa : {KernelIsa::Generic, KernelIsa::Avx2, KernelIsa::Avx512})
    CHECK(parse_kernel_isa(kernel_isa_name(isa)) == isa);
  CHECK_THROWS_AS(parse_kernel_isa("sse9"), std::invalid_argument);
  const std::vector<KernelIsa> isas = supported_kernel_isas();
  REQUIRE(!isas.empty());
  CHECK(isas.front() == KernelIsa::Generic);
  CHECK(isas.back() == detected_kernel_isa());
  CHECK(std::string(kernel_isa()) == kernel_isa_name(active_kernel_isa()));
  if (detected_kernel_isa() != KernelIsa::Avx512)
    CHECK_THROWS_AS(set_kernel_isa(KernelIsa::Avx512), std::invalid_argument);
}
