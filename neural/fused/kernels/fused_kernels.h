#pragma once
// The fused engine's hot loops, compiled once per instruction set from fused_kernels.inc by
// fused_kernels_{avx512,avx2,generic}.cc (-march=x86-64-v4, x86-64-v3, x86-64; flags in
// analytic/CMakeLists.txt, nwgf_kernel_sources) and chosen at run time with the analytic
// kernels (analytic/kernel_isa.h), whatever -march the rest of the build uses. Internal to
// neural/fused/.
#include <cstddef>

#include "neural/fused/fused_mlp.h"

namespace nwgf::neural::fused_kernels {

// Adam's per-step scalars (fused_adam.cc), already cast to T.
template <typename T>
struct AdamScalars {
  T beta1, beta2, one_minus_beta1, one_minus_beta2, sqrt_bc2, eps, step_size;
};

template <typename T>
struct Table {
  // C (M x N) = A B (+ bias broadcast over rows when bias != nullptr); B and C row-major, A
  // read through (row stride rs, inner stride ks); N a multiple of fused_lanes<T>().
  void (*gemm)(int M, int N, int K, const T* a, std::ptrdiff_t rs, std::ptrdiff_t ks, const T* b,
               std::ptrdiff_t ldb, T* c, std::ptrdiff_t ldc, const T* bias);
  void (*activate)(FusedActivation act, const T* z, T* h, std::size_t count);
  // g <- g * act'(z), h = act(z).
  void (*activation_backward)(FusedActivation act, const T* z, const T* h, T* g, std::size_t count);
  // The loss's pass over all pairs (fused_loss.cc documents its outputs).
  double (*pair_pass)(const T* a, int n, const T* b, int ldb, int m, int d, double r, T* ga,
                      T* gb, T* counts, T* sq, T* w);
  void (*adam_update)(std::size_t n, T* params, const T* grads, T* m, T* v,
                      const AdamScalars<T>& scalars);
};

struct Tables {
  Table<float> f32;
  Table<double> f64;
  // u1, u2 uniform on (0, 1] -> two N(0, 1) draws per pair, in place (fused_random.cc).
  void (*box_muller)(double* u1, double* u2, std::size_t pairs);
  int vector_bytes;  // SIMD width of this path's GEMM
};

namespace avx512 {
extern const Tables tables;
}
namespace avx2 {
extern const Tables tables;
}
namespace generic {
extern const Tables tables;
}

// The tables of analytic::active_kernel_isa().
const Tables& active();
template <typename T>
const Table<T>& table();
template <>
inline const Table<float>& table<float>() {
  return active().f32;
}
template <>
inline const Table<double>& table<double>() {
  return active().f64;
}

}  // namespace nwgf::neural::fused_kernels
