// The host-side logic of the CUDA Riesz kernels (analytic/cuda/riesz_sums_cuda.h), run on the CPU
// in every build: the launch plan (grid over x, split of y into chunks of whole tiles) and a host
// emulation of the kernels' blocking and accumulation order (element type within a tile, double
// across tiles and chunks), checked against analytic/riesz_sums.h. The kernels themselves are
// tested on a GPU only (analytic/cuda/tests/riesz_sums_cuda_test.cc, -DNWGF_CUDA=ON).
#include <doctest/doctest.h>

#include <cmath>
#include <cstdint>
#include <random>
#include <vector>

#include "analytic/cuda/riesz_sums_cuda.h"
#include "analytic/riesz_sums.h"

namespace cu = nwgf::analytic::cuda;

namespace {

void check_plan(std::int64_t n, std::int64_t m, int sms) {
  const cu::RieszLaunchPlan plan = cu::plan_riesz_launch(n, m, sms);
  CAPTURE(n);
  CAPTURE(m);
  CAPTURE(sms);
  REQUIRE(plan.block == cu::kRieszCudaBlock);
  CHECK(plan.grid_x * plan.block >= n);
  CHECK((plan.grid_x - 1) * plan.block < n);
  CHECK(plan.splits >= 1);
  CHECK(plan.splits <= 65535);
  CHECK(plan.chunk % plan.block == 0);
  CHECK(static_cast<std::int64_t>(plan.splits) * plan.chunk >= m);        // every y row covered
  CHECK(static_cast<std::int64_t>(plan.splits - 1) * plan.chunk < m);     // no empty chunk
  CHECK(plan.partial_elements(n, 2) == (plan.splits > 1 ? plan.splits * n * 2 : 0));
}

// The kernels' order: per chunk s and x row i, tiles of `block` y rows summed in T, each tile's
// sum added to a double; chunks summed in order s = 0, 1, ...
template <typename T>
double emulate_pair_sum(const std::vector<T>& x, std::int64_t n, const std::vector<T>& y, std::int64_t m,
                        int d, double p, int sms) {
  const cu::RieszLaunchPlan plan = cu::plan_riesz_launch(n, m, sms);
  double total = 0;
  for (int s = 0; s < plan.splits; ++s) {
    const std::int64_t begin = s * plan.chunk, end = std::min(m, begin + plan.chunk);
    for (std::int64_t i = 0; i < n; ++i) {
      double acc = 0;
      for (std::int64_t t0 = begin; t0 < end; t0 += plan.block) {
        T tile = 0;
        for (std::int64_t j = t0; j < std::min(end, t0 + plan.block); ++j) {
          T sq = 0;
          for (int k = 0; k < d; ++k) sq += (x[i * d + k] - y[j * d + k]) * (x[i * d + k] - y[j * d + k]);
          tile += sq > 0 ? static_cast<T>(std::pow(sq, static_cast<T>(p / 2))) : T(0);
        }
        acc += tile;
      }
      total += acc;
    }
  }
  return total;
}

template <typename T>
std::vector<double> emulate_field(const std::vector<T>& x, std::int64_t n, const std::vector<T>& y,
                                  std::int64_t m, int d, double p, int sms) {
  const cu::RieszLaunchPlan plan = cu::plan_riesz_launch(n, m, sms);
  std::vector<double> out(n * d, 0.0);
  for (int s = 0; s < plan.splits; ++s) {
    const std::int64_t begin = s * plan.chunk, end = std::min(m, begin + plan.chunk);
    for (std::int64_t i = 0; i < n; ++i)
      for (std::int64_t t0 = begin; t0 < end; t0 += plan.block) {
        std::vector<T> tile(d, 0);
        for (std::int64_t j = t0; j < std::min(end, t0 + plan.block); ++j) {
          T sq = 0;
          for (int k = 0; k < d; ++k) sq += (x[i * d + k] - y[j * d + k]) * (x[i * d + k] - y[j * d + k]);
          const T w = sq > 0 ? static_cast<T>(p * std::pow(sq, static_cast<T>((p - 2) / 2))) : T(0);
          for (int k = 0; k < d; ++k) tile[k] += w * (x[i * d + k] - y[j * d + k]);
        }
        for (int k = 0; k < d; ++k) out[i * d + k] += tile[k];
      }
  }
  for (double& v : out) v /= static_cast<double>(m);
  return out;
}

std::vector<double> random_points(std::int64_t n, int d, unsigned seed) {
  std::mt19937_64 gen(seed);
  std::normal_distribution<double> g(0.0, 1.0);
  std::vector<double> v(n * d);
  for (double& e : v) e = g(gen);
  return v;
}

}  // namespace

TEST_CASE("CUDA launch plan: reference sizes on an H100 (132 multiprocessors)") {
  const cu::RieszLaunchPlan big = cu::plan_riesz_launch(1000000, 1000000, 132);
  CHECK(big.grid_x == 3907);
  CHECK(big.splits == 1);  // 3907 blocks already fill 132 x 8 x 2 slots
  const cu::RieszLaunchPlan mid = cu::plan_riesz_launch(100000, 100000, 132);
  CHECK(mid.grid_x == 391);
  CHECK(mid.splits == 6);  // ceil(2112 / 391)
  CHECK(mid.grid_x * mid.splits >= 132 * 8 * 2);
  const cu::RieszLaunchPlan tiny = cu::plan_riesz_launch(1, 1, 132);
  CHECK(tiny.grid_x == 1);
  CHECK(tiny.splits == 1);
  CHECK(tiny.chunk == cu::kRieszCudaBlock);
}

TEST_CASE("CUDA launch plan: grid and chunks cover every pair exactly once") {
  std::mt19937_64 gen(7);
  std::uniform_int_distribution<std::int64_t> size(1, 3000000);
  for (int t = 0; t < 2000; ++t) check_plan(size(gen), size(gen), 1 + static_cast<int>(gen() % 200));
  for (std::int64_t n : {1, 2, 255, 256, 257, 1000}) {
    for (std::int64_t m : {1, 255, 256, 257, 513, 100000}) check_plan(n, m, 132);
  }
  check_plan(5, 1000000000, 132);  // many splits, capped by tiles
  check_plan(1, std::int64_t{1} << 40, 1000000);  // capped at 65535
}

TEST_CASE("CUDA kernels' blocking, emulated on the host, matches analytic::riesz_pair_sum/field") {
  for (const double p : {1.0, 1.5, 2.0}) {
    for (const int d : {1, 2, 3, 10}) {
      const std::int64_t n = 300, m = 1100;  // several tiles, a partial last tile, splits > 1
      const std::vector<double> x = random_points(n, d, 1), y = random_points(m, d, 2);
      CAPTURE(p);
      CAPTURE(d);
      REQUIRE(cu::plan_riesz_launch(n, m, 132).splits > 1);
      const double ref = nwgf::analytic::riesz_pair_sum(x.data(), n, y.data(), m, d, p);
      CHECK(emulate_pair_sum(x, n, y, m, d, p, 132) == doctest::Approx(ref).epsilon(1e-12));
      const std::vector<float> xf(x.begin(), x.end()), yf(y.begin(), y.end());
      CHECK(emulate_pair_sum(xf, n, yf, m, d, p, 132) == doctest::Approx(ref).epsilon(1e-5));
      // Self sum with coinciding pairs (the diagonal) contributing 0.
      const double self = nwgf::analytic::riesz_self_sum(x.data(), n, d, p);
      CHECK(emulate_pair_sum(x, n, x, n, d, p, 132) == doctest::Approx(self).epsilon(1e-12));

      std::vector<double> field(n * d);
      nwgf::analytic::riesz_field(x.data(), n, y.data(), m, d, p, field.data());
      const std::vector<double> emu = emulate_field(x, n, y, m, d, p, 132);
      const std::vector<double> emuf = emulate_field(xf, n, yf, m, d, p, 132);
      for (std::int64_t e = 0; e < n * d; ++e) {
        CHECK(emu[e] == doctest::Approx(field[e]).epsilon(1e-10).scale(1.0));
        CHECK(emuf[e] == doctest::Approx(field[e]).epsilon(1e-4).scale(1.0));
      }
    }
  }
}
