#pragma once
// Particle-flow baseline (docs/math.md section 2): explicit Euler on N particles in double precision,
//   x_i <- x_i + tau (1/N) Σ_j r ||x_i - x_j||^(r-2) (x_i - x_j)        (interaction energy)
//             - tau (1/M) Σ_t r ||x_i - t||^(r-2) (x_i - t)             (potential of nu, if any)
// i.e. x_i <- x_i - tau N grad_{x_i} F(empirical measure); coinciding pairs are omitted.
// A flow from an exact Dirac never moves, so the reference starts from a uniform box of side
// 1e-9 around 0 (box_start). Memory O(N d): on the CPU the field is analytic::riesz_field
// (tiled, OpenMP); on CUDA it is computed in row chunks of at most `chunk_elements` pair
// coordinates (never an N x N x d tensor); with -DNWGF_CUDA=ON and d <= 16 it is the tiled CUDA
// kernel of analytic/cuda/riesz_sums_cuda.h instead.
#include <cstdint>

#include <torch/torch.h>

#include "neural/functionals.h"

namespace nwgf::neural {

struct ParticleFlowOptions {
  std::int64_t chunk_elements = std::int64_t{1} << 26;  // CUDA path: rows x N x d per chunk
                                                        // (64 Mi doubles = 512 MiB)
};

// n points uniform in the box [-side/2, side/2]^d (float64, CPU), reproducible for a seed.
torch::Tensor box_start(std::int64_t n, int d, double side, std::uint64_t seed);

// out_i = (1/m) Σ_j p ||x_i - y_j||^(p-2) (x_i - y_j), coinciding pairs skipped (float64,
// x's device). CPU: analytic::riesz_field; CUDA: chunked LibTorch (the tiled CUDA kernel with
// -DNWGF_CUDA=ON and d <= 16).
torch::Tensor riesz_field(const torch::Tensor& x, const torch::Tensor& y, double p,
                          const ParticleFlowOptions& options = {});

// The LibTorch chunked path on any device (the CUDA path of riesz_field; testable on the CPU).
torch::Tensor riesz_field_chunked(const torch::Tensor& x, const torch::Tensor& y, double p,
                                  const ParticleFlowOptions& options = {});

class ParticleFlow {
 public:
  // particles: N x d (moved to `device` as float64).
  ParticleFlow(const RieszFunctional& functional, const torch::Tensor& particles,
               const torch::Device& device, const ParticleFlowOptions& options = {});
  // One explicit Euler step of size tau > 0. Returns false when a particle became non-finite
  // (the caller records the failure); throws std::invalid_argument for a bad tau.
  bool step(double tau);
  const torch::Tensor& particles() const { return particles_; }  // N x d, float64, on device

 private:
  RieszFunctional functional_;
  torch::Tensor target_;
  torch::Tensor particles_;
  ParticleFlowOptions options_;
};

}  // namespace nwgf::neural
