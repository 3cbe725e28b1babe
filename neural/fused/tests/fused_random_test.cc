// The fused engine's random stream (neural/fused/fused_random.h): draw_distinct, the partial
// Fisher-Yates shuffle behind batches drawn without replacement, gives b distinct entries, the
// same ones for the same seed, and every entry of 0..m-1 with frequency b/m.
#include <doctest/doctest.h>

#include <cmath>
#include <cstdint>
#include <numeric>
#include <set>
#include <utility>
#include <vector>

#include "neural/fused/fused_random.h"

using namespace nwgf::neural;

namespace {

std::vector<std::uint32_t> identity(std::uint32_t m) {
  std::vector<std::uint32_t> perm(m);
  std::iota(perm.begin(), perm.end(), std::uint32_t{0});
  return perm;
}

// `draws` batches of b from m, the permutation carried from draw to draw (as the trainer does).
std::vector<std::vector<std::uint32_t>> batches(std::uint64_t seed, std::uint32_t m, std::uint32_t b, int draws) {
  FusedRandom random(seed);
  std::vector<std::uint32_t> perm = identity(m);
  std::vector<std::vector<std::uint32_t>> out;
  for (int k = 0; k < draws; ++k) {
    draw_distinct(random, perm.data(), m, b);
    out.emplace_back(perm.begin(), perm.begin() + b);
  }
  return out;
}

}  // namespace

TEST_CASE("draw_distinct gives b distinct indices in [0, m), also b = m and b = 1") {
  for (const auto& size : std::vector<std::pair<std::uint32_t, std::uint32_t>>{{2000, 100}, {50, 50}, {7, 1}}) {
    const std::uint32_t m = size.first, b = size.second;  // not a structured binding: INFO captures them
    INFO("m " << m << " b " << b);
    for (const auto& batch : batches(3, m, b, 200)) {
      const std::set<std::uint32_t> distinct(batch.begin(), batch.end());
      REQUIRE(distinct.size() == b);
      REQUIRE(*distinct.rbegin() < m);
    }
  }
}

TEST_CASE("draw_distinct is reproducible from the seed and differs between seeds") {
  CHECK(batches(11, 2000, 100, 20) == batches(11, 2000, 100, 20));
  CHECK(batches(11, 2000, 100, 20) != batches(12, 2000, 100, 20));
}

TEST_CASE("every index is drawn with frequency b/m (uniform subsets)") {
  // K batches of b from m: index i's count is a sum of K Bernoulli(b/m) draws (one per batch, a
  // batch holding i at most once), mean K b/m, variance K (b/m)(1 - b/m). Every count within 6
  // standard deviations of the mean; the sum over the m counts of (count - mean)^2 / (K p (1 - p))
  // has mean exactly m (each term's expectation is 1, whatever the counts' correlation) and a
  // standard deviation of about sqrt(2 m) (a chi-square's): within 6 of those.
  constexpr std::uint32_t m = 50, b = 10;
  constexpr int K = 20000;
  std::vector<double> count(m, 0.0);
  for (const auto& batch : batches(5, m, b, K))
    for (std::uint32_t i : batch) count[i] += 1.0;
  const double p = static_cast<double>(b) / m, mean = K * p, sd = std::sqrt(K * p * (1 - p));
  double chi2 = 0.0;
  for (std::uint32_t i = 0; i < m; ++i) {
    INFO("index " << i << " count " << count[i] << " mean " << mean);
    CHECK(std::abs(count[i] - mean) < 6.0 * sd);
    chi2 += (count[i] - mean) * (count[i] - mean) / (sd * sd);
  }
  CHECK(std::abs(chi2 - m) < 6.0 * std::sqrt(2.0 * m));
  // A batch's first entry is uniform too (the order is random, not only the subset).
  std::vector<double> first(m, 0.0);
  for (const auto& batch : batches(6, m, b, K)) first[batch[0]] += 1.0;
  const double first_mean = static_cast<double>(K) / m, first_sd = std::sqrt(first_mean * (1 - 1.0 / m));
  for (std::uint32_t i = 0; i < m; ++i) CHECK(std::abs(first[i] - first_mean) < 6.0 * first_sd);
}
