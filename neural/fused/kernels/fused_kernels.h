#pragma once
// The fused engine's hot loops, compiled once per instruction set from fused_kernels.inc by
// fused_kernels_{avx512,avx2,generic}.cc (-march=x86-64-v4, x86-64-v3, x86-64; flags in
// analytic/CMakeLists.txt, nwgf_kernel_sources) and chosen at run time with the analytic
// kernels (analytic/kernel_isa.h), whatever -march the rest of the build uses. Internal to
// neural/fused/, except the generation switch below (the benchmark and the tests use it).
//
// Two generations of every table, side by side (docs/performance.md, "The fused iteration at
// the core's limit"):
//   Blocked  (default): GEMM micro-kernels sized to each instruction set's register file (6 x 4
//            vectors with AVX-512's 32 registers, 6 x 2 with AVX2's 16, 4 x 2 on the baseline),
//            row blocks outside column blocks, bias and ReLU / LeakyReLU in the GEMM's store,
//            products only as wide as the live columns (the 2-wide output layer is one AVX2
//            vector, not 64 bytes), register-held column sums, Adam over live parameters only,
//            the loss's pair pass in one vectorised pass per row (for r = 1, d <= 3 with its
//            16 lanes in registers); for ReLU and LeakyReLU the network keeps H only and the
//            data gradients take act'(z) in their store (gemm with h == c, gemm_masked).
//   Baseline: the kernels and call pattern of commit 910f715 (one 6 x 4-vector micro-kernel for
//            every instruction set, which spills on AVX2; activations, bias sums and the
//            transpose as separate passes; Adam over the padding too; the loss's pair pass
//            with `omp simd` reductions, scalar on AVX2), kept so one benchmark run shows both.
// The products, column sums, transposes, activations and Adam of both generations perform the
// same floating-point operations on every live value in the same order, so they give the same
// bits (neural/fused/tests/fused_kernels_test.cc checks it; the one exception, the sign of an
// exact zero, is explained at blocked::splat). The blocked pair pass sums in 16 fixed lanes:
// other bits than the baseline's (whose order followed the vector width), the same bits on the
// AVX2 and AVX-512 paths.
#include <cstddef>

#include "neural/fused/fused_mlp.h"

namespace nwgf::neural::fused_kernels {

// Adam's per-step scalars (fused_adam.cc), already cast to T.
template <typename T>
struct AdamScalars {
  T beta1, beta2, one_minus_beta1, one_minus_beta2, sqrt_bc2, eps, step_size;
};

// The pair pass's rows are read and written in chunks of this many pairs (fused_kernels.inc).
constexpr int kPairPadding = 16;

template <typename T>
struct Table {
  // C (M x N) = A B (+ bias broadcast over rows when bias != nullptr); B and C row-major, A
  // read through (row stride rs, inner stride ks); N a multiple of column_unit. When h is not
  // null, also H = act(C) (same layout, ldc) for act ReLU or LeakyReLU, the activation applied
  // in the product's store; for the other activations the caller runs activate().
  // h == c (ReLU and LeakyReLU only): C = act(A B + bias), Z not kept.
  void (*gemm)(int M, int N, int K, const T* a, std::ptrdiff_t rs, std::ptrdiff_t ks, const T* b,
               std::ptrdiff_t ldb, T* c, std::ptrdiff_t ldc, const T* bias, FusedActivation act,
               T* h);
  // C = (A B) act'(m) for act ReLU or LeakyReLU, m (same layout as C) the pre-activations or
  // the activations (the same signs): the data gradient and activation_backward in one pass,
  // the same bits. Null in the baseline.
  void (*gemm_masked)(int M, int N, int K, const T* a, std::ptrdiff_t rs, std::ptrdiff_t ks,
                      const T* b, std::ptrdiff_t ldb, T* c, std::ptrdiff_t ldc, FusedActivation act,
                      const T* m);
  void (*activate)(FusedActivation act, const T* z, T* h, std::size_t count);
  // g <- g * act'(z), h = act(z).
  void (*activation_backward)(FusedActivation act, const T* z, const T* h, T* g, std::size_t count);
  // out[j] = Σ_i a[i * lda + j] for j < N (i = 0, 1, ..., M - 1 in order, from 0); N a multiple
  // of column_unit.
  void (*column_sums)(int M, int N, const T* a, std::ptrdiff_t lda, T* out);
  // dst (cols x ldd) = src^T, src rows x (lds); dst columns from rows on untouched.
  void (*transpose)(int rows, int cols, const T* src, std::ptrdiff_t lds, T* dst,
                    std::ptrdiff_t ldd);
  // The loss's pass over all pairs (fused_loss.cc documents its outputs). b and gb hold
  // kPairPadding-rounded rows: ldb >= m rounded up to kPairPadding, those entries finite; sq
  // holds max(ldb, kPairPadding d) entries, w ldb.
  double (*pair_pass)(const T* a, int n, const T* b, int ldb, int m, int d, double r, T* ga,
                      T* gb, T* counts, T* sq, T* w);
  void (*adam_update)(std::size_t n, T* params, const T* grads, T* m, T* v,
                      const AdamScalars<T>& scalars);
  // Matrix products need N to be a multiple of this many columns (the SIMD width of the
  // blocked kernels; fused_lanes<T>(), 64 bytes, for the baseline).
  int column_unit;
  // Adam may skip the parameters that are padding (FusedMlp::live_ranges()).
  bool adam_live_only;
  // The weight gradient of a narrow layer (out_l under half its live columns, e.g. the 2-wide
  // output) may be computed transposed, dW = dY^T H with the batch rows as broadcasts and the
  // input columns as vectors (FusedMlp::backward): the same products in the same order.
  bool transposed_narrow_gradients;
  // FusedMlp keeps only H = act(Z) for ReLU and LeakyReLU (gemm with h == c) and takes the data
  // gradients through gemm_masked (the baseline: Z and H, gemm then activation_backward).
  bool activation_in_stores;
};

struct Tables {
  Table<float> f32;
  Table<double> f64;
  Table<float> f32_baseline;
  Table<double> f64_baseline;
  // u1, u2 uniform on (0, 1] -> two N(0, 1) draws per pair, in place (fused_random.cc).
  void (*box_muller)(double* u1, double* u2, std::size_t pairs);
  int vector_bytes;  // SIMD width of this path
  // Float32 peak measurement of this path (the fused iteration's limit, nwgf_bench):
  // `rounds` rounds of independent square-root-and-divide chains x <- 1 / sqrt(x) + c, the
  // pair pass's two long-latency operations; returns a value to keep, and the number of
  // (sqrt, divide) pairs in *ops.
  double (*rsqrt_chains_f32)(long rounds, double* ops);
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

enum class Generation { Blocked, Baseline };
// "blocked" | "baseline".
const char* generation_name(Generation g);
// The generation table<T>() returns (process-wide; Blocked unless set). Not meant to be changed
// while fused kernels run on other threads.
Generation generation();
void set_generation(Generation g);

// The tables of analytic::active_kernel_isa().
const Tables& active();
template <typename T>
const Table<T>& table();
template <>
inline const Table<float>& table<float>() {
  return generation() == Generation::Blocked ? active().f32 : active().f32_baseline;
}
template <>
inline const Table<double>& table<double>() {
  return generation() == Generation::Blocked ? active().f64 : active().f64_baseline;
}

}  // namespace nwgf::neural::fused_kernels
