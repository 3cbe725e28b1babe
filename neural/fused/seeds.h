#pragma once
// Independent seeds from one seed: the splitmix64 sequence (Steele, Lea, Flood, "Fast splittable
// pseudorandom number generators", OOPSLA 2014) started at `seed`. derive_seed(seed, k) is its
// (k + 1)-th output, so streams k = 0, 1, 2, ... of one seed are distinct and well mixed. Used
// for the cell's streams (suite/study/run_cell.cc), the per-step stream of a neural scheme
// (neural/neural_scheme.cc) and the state of the fused engine's generator (neural/fused/fused_random.cc).
// No LibTorch: the fused engine includes it.
#include <cstdint>

namespace nwgf::neural {

constexpr std::uint64_t derive_seed(std::uint64_t seed, std::uint64_t stream) {
  std::uint64_t z = seed + 0x9e3779b97f4a7c15ULL * (stream + 1);
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
  return z ^ (z >> 31);
}

}  // namespace nwgf::neural
