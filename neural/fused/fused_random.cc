#include "neural/fused/fused_random.h"

#include "neural/fused/seeds.h"

#include <algorithm>
#include <cmath>

#include "neural/fused/kernels/fused_kernels.h"

namespace nwgf::neural {

FusedRandom::FusedRandom(std::uint64_t seed) {
  for (std::uint64_t k = 0; k < 4; ++k) s_[k] = derive_seed(seed, k);  // splitmix64 outputs 1..4
}

template <typename T>
void FusedRandom::fill_normal_impl(T* out, std::size_t n) {
  const std::size_t pairs = (n + 1) / 2;
  if (u1_.size() < pairs) {
    u1_.resize(pairs);
    u2_.resize(pairs);
  }
  for (std::size_t p = 0; p < pairs; ++p) {
    u1_[p] = uniform();
    u2_[p] = uniform();
  }
  double* u1 = u1_.data();
  double* u2 = u2_.data();
  // Box-Muller: sqrt(-2 log u1) (cos, sin)(2 pi u2) are two independent N(0, 1) draws
  // (kernels/fused_kernels.inc: one copy per instruction set).
  fused_kernels::active().box_muller(u1, u2, pairs);
  for (std::size_t p = 0; p < n / 2; ++p) {
    out[2 * p] = static_cast<T>(u1[p]);
    out[2 * p + 1] = static_cast<T>(u2[p]);
  }
  if (n % 2) out[n - 1] = static_cast<T>(u1[pairs - 1]);
}

void FusedRandom::fill_normal(float* out, std::size_t n) { fill_normal_impl(out, n); }
void FusedRandom::fill_normal(double* out, std::size_t n) { fill_normal_impl(out, n); }

}  // namespace nwgf::neural
