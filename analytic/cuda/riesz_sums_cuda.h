#pragma once
// Pairwise Riesz sums and fields on an NVIDIA GPU (built only with -DNWGF_CUDA=ON; the kernels are
// in riesz_sums_cuda.cu, tools/gpu/README.md). Same quantities as analytic/riesz_sums.h, on device
// pointers, in float32 or float64:
//   riesz_pair_sum:  Σ_i Σ_j ||x_i - y_j||^p                           (a double, on the host)
//   riesz_field:     out_i = (1/m) Σ_j p ||x_i - y_j||^(p-2) (x_i - y_j)  (n x d, on the device)
// Coinciding pairs contribute 0 to both. KeOps-style tiling: each thread block stages tiles of
// `tile` rows of y in shared memory and each thread accumulates for one row of x (in the element
// type within a tile, in double across tiles), so memory stays O((n + m) d): no n x m matrix.
// When n alone gives too few blocks to fill the GPU, the y rows are split across blockIdx.y into
// `splits` chunks whose per-row partials (double) are summed by a second, deterministic kernel.
// Results are deterministic for a given GPU model (fixed summation order, no atomics).
// Points are row-major (n x d), contiguous, on the current CUDA device. `stream` is a cudaStream_t
// (nullptr: the legacy default stream); the calls are asynchronous except riesz_pair_sum, which
// copies its result to the host. Dimensions 1 <= d <= kRieszCudaMaxDim; others throw
// std::invalid_argument (callers fall back to another path). CUDA errors throw std::runtime_error.
//
// This header needs no CUDA headers: the planning below is plain C++ and is unit-tested on the CPU
// (analytic/tests/riesz_cuda_plan_test.cc) in every build.
#include <algorithm>
#include <cstddef>
#include <cstdint>

namespace nwgf::analytic::cuda {

constexpr int kRieszCudaMaxDim = 16;  // d = 1..4 compiled per dimension; 5..16 one generic kernel
constexpr int kRieszCudaBlock = 256;  // threads per block = y rows per shared-memory tile

struct RieszLaunchPlan {
  int block = kRieszCudaBlock;   // threads per block (= tile rows)
  std::int64_t grid_x = 0;       // blocks over the x rows: ceil(n / block)
  int splits = 1;                // y chunks over blockIdx.y
  std::int64_t chunk = 0;        // y rows per chunk (a multiple of block; the last may be shorter)
  // Partial results (double) the split kernels write: splits * n * components.
  std::int64_t partial_elements(std::int64_t n, int components) const {
    return splits > 1 ? static_cast<std::int64_t>(splits) * n * components : 0;
  }
};

// Grid for n x rows, m y rows on a GPU with `sm_count` multiprocessors: enough blocks for about
// `waves` full waves of `blocks_per_sm` resident blocks, splitting y only as far as needed (and
// never into chunks shorter than one tile). n, m >= 1.
inline RieszLaunchPlan plan_riesz_launch(std::int64_t n, std::int64_t m, int sm_count,
                                         int blocks_per_sm = 8, int waves = 2,
                                         int block = kRieszCudaBlock) {
  RieszLaunchPlan plan;
  plan.block = block;
  plan.grid_x = (n + block - 1) / block;
  const std::int64_t target = static_cast<std::int64_t>(std::max(1, sm_count)) * blocks_per_sm * waves;
  const std::int64_t tiles = (m + block - 1) / block;
  std::int64_t splits = (target + plan.grid_x - 1) / plan.grid_x;
  splits = std::max<std::int64_t>(1, std::min<std::int64_t>({splits, tiles, 65535}));
  const std::int64_t tiles_per_chunk = (tiles + splits - 1) / splits;
  plan.chunk = tiles_per_chunk * block;
  plan.splits = static_cast<int>((m + plan.chunk - 1) / plan.chunk);  // no empty chunk
  return plan;
}

// Multiprocessors of the current device (0 when no CUDA device is usable) and whether one is.
int device_sm_count();
bool device_available();

// Σ_i Σ_j ||x_i - y_j||^p, waiting for the result (one double copied to the host).
double riesz_pair_sum(const float* x, std::int64_t n, const float* y, std::int64_t m, int d, double p,
                      void* stream = nullptr);
double riesz_pair_sum(const double* x, std::int64_t n, const double* y, std::int64_t m, int d,
                      double p, void* stream = nullptr);
// The same into *out_device (one double in device memory), without waiting.
void riesz_pair_sum_async(const float* x, std::int64_t n, const float* y, std::int64_t m, int d,
                          double p, double* out_device, void* stream = nullptr);
void riesz_pair_sum_async(const double* x, std::int64_t n, const double* y, std::int64_t m, int d,
                          double p, double* out_device, void* stream = nullptr);
// out (n x d, device) = (1/m) Σ_j p ||x_i - y_j||^(p-2) (x_i - y_j); out must not alias x or y.
void riesz_field(const float* x, std::int64_t n, const float* y, std::int64_t m, int d, double p,
                 float* out, void* stream = nullptr);
void riesz_field(const double* x, std::int64_t n, const double* y, std::int64_t m, int d, double p,
                 double* out, void* stream = nullptr);

}  // namespace nwgf::analytic::cuda
