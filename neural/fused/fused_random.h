#pragma once
// The fused engine's own random stream (neural/fused/fused_trainer.h): xoshiro256++ (Blackman and
// Vigna, "Scrambled linear pseudorandom number generators", ACM TOMS 47(4), 2021) seeded through
// splitmix64, so a seed fixes every batch index and every latent draw independently of
// LibTorch's global generator.
//   uniform_index(m): floor(u m) for a 32-bit uniform u (Lemire's multiply-shift; the bias is at
//                     most m / 2^32, below 5e-7 for m <= 2000);
//   draw_distinct:    partial Fisher-Yates (Knuth, TAOCP vol. 2, 3.4.2, Algorithm P, stopped after
//                     b swaps): b distinct entries, a uniformly random ordered b-subset;
//   fill_normal:      Box-Muller on pairs of 53-bit uniforms in (0, 1], computed in double with
//                     SIMD log/sin/cos (libmvec) and rounded to T.
#include <cstddef>
#include <cstdint>
#include <vector>

namespace nwgf::neural {

class FusedRandom {
 public:
  explicit FusedRandom(std::uint64_t seed);
  // xoshiro256++ (inline: the trainer draws 200 batch indices per iteration).
  std::uint64_t next() {
    const std::uint64_t result = rotl(s_[0] + s_[3], 23) + s_[0];
    const std::uint64_t t = s_[1] << 17;
    s_[2] ^= s_[0];
    s_[3] ^= s_[1];
    s_[1] ^= s_[2];
    s_[0] ^= s_[3];
    s_[2] ^= t;
    s_[3] = rotl(s_[3], 45);
    return result;
  }
  // Uniform on (0, 1] with 53 random bits.
  double uniform() { return static_cast<double>((next() >> 11) + 1) * 0x1.0p-53; }
  // Uniform integer in [0, m), m >= 1 (m < 2^32).
  std::uint32_t uniform_index(std::uint32_t m) {
    return static_cast<std::uint32_t>(((next() >> 32) * static_cast<std::uint64_t>(m)) >> 32);
  }
  // n standard normal draws into out.
  void fill_normal(float* out, std::size_t n);
  void fill_normal(double* out, std::size_t n);

 private:
  static std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
  template <typename T>
  void fill_normal_impl(T* out, std::size_t n);
  std::uint64_t s_[4];
  std::vector<double> u1_, u2_;
};

// Partial Fisher-Yates shuffle: for i = 0..b-1, swaps perm[i] with perm[i + uniform_index(m - i)],
// so perm[0..b) becomes b distinct entries of perm[0..m), each ordered b-subset equally likely
// whatever order perm starts in (up to uniform_index's bias of at most m / 2^32). Draws exactly b
// numbers from `random`; single-threaded, so the entries depend on the stream only.
// Requires b <= m (not checked: the callers check it once, outside their loops).
inline void draw_distinct(FusedRandom& random, std::uint32_t* perm, std::uint32_t m, std::uint32_t b) {
  for (std::uint32_t i = 0; i < b; ++i) {
    const std::uint32_t j = i + random.uniform_index(m - i);
    const std::uint32_t t = perm[i];
    perm[i] = perm[j];
    perm[j] = t;
  }
}

}  // namespace nwgf::neural
