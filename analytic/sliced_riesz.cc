#include "analytic/sliced_riesz.h"

#include <omp.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <random>
#include <stdexcept>
#include <string>
#include <vector>

namespace nwgf::analytic {

namespace {

// LSD radix sort of 64-bit words by their high 32 bits (the key; the low 32 bits carry the
// point's index), 11-bit digits, 3 passes; a pass whose digit is the same for every word is
// skipped. The result is in words.
void radix_sort_high32(std::vector<std::uint64_t>& words, std::vector<std::uint64_t>& tmp) {
  constexpr int kBits = 11;
  constexpr std::size_t kBuckets = std::size_t{1} << kBits;
  const std::size_t n = words.size();
  std::vector<std::size_t> count(kBuckets);
  for (int shift = 32; shift < 64; shift += kBits) {
    std::fill(count.begin(), count.end(), 0);
    for (std::size_t i = 0; i < n; ++i) ++count[(words[i] >> shift) & (kBuckets - 1)];
    if (count[(words[0] >> shift) & (kBuckets - 1)] == n) continue;  // one digit value: no-op pass
    std::size_t sum = 0;
    for (std::size_t& c : count) {
      const std::size_t here = c;
      c = sum;
      sum += here;
    }
    for (std::size_t i = 0; i < n; ++i) tmp[count[(words[i] >> shift) & (kBuckets - 1)]++] = words[i];
    words.swap(tmp);
  }
}

}  // namespace

void validate(const SlicedFieldOptions& o, int d) {
  if (d < 1) throw std::invalid_argument("sliced field: dimension d = " + std::to_string(d) + " must be >= 1");
  if (o.directions < 1)
    throw std::invalid_argument("sliced field: directions " + std::to_string(o.directions) + " must be >= 1");
}

double sliced_constant(int d) {
  if (d < 1) throw std::invalid_argument("sliced constant: dimension d = " + std::to_string(d) + " must be >= 1");
  // sqrt(pi) Γ((d+1)/2) / Γ(d/2) via lgamma (no overflow for large d).
  return std::sqrt(M_PI) * std::exp(std::lgamma(0.5 * (d + 1)) - std::lgamma(0.5 * d));
}

void sliced_riesz_field(const double* x, std::size_t n, int d, const SlicedFieldOptions& options,
                        double* out) {
  validate(options, d);
  if (n >= (std::size_t{1} << 32))
    throw std::invalid_argument("sliced field: n = " + std::to_string(n) + " must be below 2^32");
  const std::size_t nd = n * static_cast<std::size_t>(d);
  std::fill(out, out + nd, 0.0);
  if (n == 0) return;

  // Directions theta_p (P x d).
  const int P = d == 1 ? 1 : options.directions;
  std::vector<double> theta(static_cast<std::size_t>(P) * d);
  std::mt19937_64 gen(options.seed);
  if (d == 1) {
    theta[0] = 1.0;
  } else if (d == 2) {
    const double offset = std::uniform_real_distribution<double>(0.0, 1.0)(gen);
    for (int p = 0; p < P; ++p) {
      const double angle = M_PI * (p + offset) / P;
      theta[2 * p] = std::cos(angle);
      theta[2 * p + 1] = std::sin(angle);
    }
  } else {
    std::normal_distribution<double> normal(0.0, 1.0);
    for (int p = 0; p < P; ++p) {
      double norm2 = 0.0;
      do {
        norm2 = 0.0;
        for (int k = 0; k < d; ++k) {
          theta[p * d + k] = normal(gen);
          norm2 += theta[p * d + k] * theta[p * d + k];
        }
      } while (norm2 == 0.0);
      for (int k = 0; k < d; ++k) theta[p * d + k] /= std::sqrt(norm2);
    }
  }
  // d = 2 equispaced angles on the half circle: E over theta uniform on the circle of
  // theta sign(<theta, v>) is the same on [0, pi) (the integrand is even in theta).
  const double scale = sliced_constant(d) / (static_cast<double>(P) * static_cast<double>(n));

  // Each thread sums its own contiguous range of directions (static schedule); the threads'
  // fields are added in thread order afterwards, so the result is reproducible to the last bit
  // for a given thread count.
  std::vector<std::vector<double>> thread_fields(static_cast<std::size_t>(omp_get_max_threads()));
#pragma omp parallel
  {
    std::vector<double> proj(n);
    std::vector<std::uint64_t> words(n), tmp(n);
    std::vector<std::int32_t> weight(n);
    std::vector<double> field;
#pragma omp for schedule(static)
    for (int p = 0; p < P; ++p) {
      if (field.empty()) field.assign(nd, 0.0);
      const double* th = theta.data() + static_cast<std::size_t>(p) * d;
      double lo = INFINITY, hi = -INFINITY;
      for (std::size_t i = 0; i < n; ++i) {
        double sp = 0.0;
        for (int k = 0; k < d; ++k) sp += th[k] * x[i * d + k];
        proj[i] = sp;
        lo = std::min(lo, sp);
        hi = std::max(hi, sp);
      }
      // 32-bit keys, monotone in the projection (see the header: ties below (hi - lo) / 2^32).
      const double q = hi > lo ? 4294967295.0 / (hi - lo) : 0.0;
      for (std::size_t i = 0; i < n; ++i) {
        const double k = std::min(4294967295.0, (proj[i] - lo) * q);
        words[i] = (static_cast<std::uint64_t>(k) << 32) | static_cast<std::uint64_t>(i);
      }
      radix_sort_high32(words, tmp);
      // Runs of equal keys [a, e): Σ_j sign(s_i - s_j) = a - (n - e) for each of them.
      std::size_t a = 0;
      while (a < n) {
        const std::uint64_t key = words[a] >> 32;
        std::size_t e = a + 1;
        while (e < n && (words[e] >> 32) == key) ++e;
        const std::int32_t w = static_cast<std::int32_t>(static_cast<std::int64_t>(a) - static_cast<std::int64_t>(n - e));
        for (std::size_t t = a; t < e; ++t) weight[words[t] & 0xffffffffu] = w;
        a = e;
      }
      for (std::size_t i = 0; i < n; ++i) {
        const double w = weight[i];
        for (int k = 0; k < d; ++k) field[i * d + k] += w * th[k];
      }
    }
    thread_fields[static_cast<std::size_t>(omp_get_thread_num())] = std::move(field);
  }
  for (const auto& field : thread_fields)
    if (!field.empty())
      for (std::size_t e = 0; e < nd; ++e) out[e] += field[e];
  for (std::size_t e = 0; e < nd; ++e) out[e] *= scale;
}

}  // namespace nwgf::analytic
