// Tiled pairwise Riesz sums and fields on an NVIDIA GPU (float32 and float64). Interface and
// conventions: riesz_sums_cuda.h. Built only with -DNWGF_CUDA=ON (CMakeLists.txt).
//
// Per pair and float32, d = 2, r = 1 the sum costs 2 FADD + FMUL + FFMA (distance^2), one MUFU
// rsqrt, FMUL + FSEL (the 0 guard) and the FADD into the thread's tile accumulator; y arrives
// from shared memory as broadcast (all threads of a warp read the same row). Each thread adds its
// tile accumulator (element type, <= kRieszCudaBlock terms) into a double, so float32 sums keep
// about double accuracy in the total.
#include "analytic/cuda/riesz_sums_cuda.h"

#include <cuda_runtime.h>

#include <stdexcept>
#include <string>

namespace nwgf::analytic::cuda {
namespace {

constexpr int B = kRieszCudaBlock;
constexpr int kMaxDim = kRieszCudaMaxDim;

void check(cudaError_t e, const char* what) {
  if (e != cudaSuccess)
    throw std::runtime_error(std::string("riesz_sums_cuda: ") + what + ": " + cudaGetErrorString(e));
}

enum PKind { kGeneral = 0, kOne = 1, kTwo = 2 };

__device__ __forceinline__ float rsqrt_t(float v) { return rsqrtf(v); }
__device__ __forceinline__ double rsqrt_t(double v) { return rsqrt(v); }
__device__ __forceinline__ float pow_t(float v, float e) { return exp2f(e * __log2f(v)); }
__device__ __forceinline__ double pow_t(double v, double e) { return pow(v, e); }

// ||.||^p from the squared distance; 0 for coinciding points.
template <typename T, int PK>
__device__ __forceinline__ T sum_term(T sq, T half_p) {
  if (PK == kTwo) return sq;
  // Computed unconditionally, then selected: no branch in the inner loop (rsqrt(0) = inf).
  const T v = PK == kOne ? sq * rsqrt_t(sq) : pow_t(sq, half_p);
  return sq > T(0) ? v : T(0);
}
// p ||.||^(p-2) from the squared distance; 0 for coinciding points.
template <typename T, int PK>
__device__ __forceinline__ T field_weight(T sq, T half_q, T p) {
  if (PK == kTwo) return T(2);
  const T v = PK == kOne ? rsqrt_t(sq) : p * pow_t(sq, half_q);
  return sq > T(0) ? v : T(0);
}

// D > 0: compile-time dimension; D == 0: runtime d <= kMaxDim, rows zero-padded to kMaxDim.
template <typename T, int D>
struct Dims {
  static constexpr int DD = D > 0 ? D : kMaxDim;
};

template <typename T, int D>
__device__ __forceinline__ void load_tile(T* ys, const T* __restrict__ y, std::int64_t t0, int rows, int d) {
  constexpr int DD = Dims<T, D>::DD;
  if (static_cast<int>(threadIdx.x) < rows) {
    const T* src = y + (t0 + threadIdx.x) * d;
#pragma unroll
    for (int k = 0; k < DD; ++k) ys[threadIdx.x * DD + k] = (D > 0 || k < d) ? src[k] : T(0);
  }
}

template <typename T, int D>
__device__ __forceinline__ T squared_distance(const T* xi, const T* yj) {
  constexpr int DD = Dims<T, D>::DD;
  T sq = T(0);
#pragma unroll
  for (int k = 0; k < DD; ++k) {
    const T diff = xi[k] - yj[k];
    sq = fma(diff, diff, sq);
  }
  return sq;
}

// partial[blockIdx.y * n + i] = Σ_{j in chunk blockIdx.y} ||x_i - y_j||^p (double).
template <typename T, int D, int PK>
__global__ void __launch_bounds__(B) pair_sum_kernel(const T* __restrict__ x, std::int64_t n,
                                                     const T* __restrict__ y, std::int64_t m, int d,
                                                     T half_p, std::int64_t chunk,
                                                     double* __restrict__ partial) {
  constexpr int DD = Dims<T, D>::DD;
  __shared__ __align__(16) T ys[B * DD];
  const std::int64_t i = static_cast<std::int64_t>(blockIdx.x) * B + threadIdx.x;
  const bool active = i < n;
  T xi[DD];
#pragma unroll
  for (int k = 0; k < DD; ++k) xi[k] = (active && (D > 0 || k < d)) ? x[i * d + k] : T(0);
  const std::int64_t y_begin = static_cast<std::int64_t>(blockIdx.y) * chunk;
  const std::int64_t y_end = min(m, y_begin + chunk);
  double acc = 0;
  for (std::int64_t t0 = y_begin; t0 < y_end; t0 += B) {
    const int rows = static_cast<int>(min(static_cast<std::int64_t>(B), y_end - t0));
    load_tile<T, D>(ys, y, t0, rows, d);
    __syncthreads();
    T tile = T(0);
    if (rows == B) {
#pragma unroll 8
      for (int j = 0; j < B; ++j) tile += sum_term<T, PK>(squared_distance<T, D>(xi, ys + j * DD), half_p);
    } else {
      for (int j = 0; j < rows; ++j) tile += sum_term<T, PK>(squared_distance<T, D>(xi, ys + j * DD), half_p);
    }
    acc += static_cast<double>(tile);
    __syncthreads();
  }
  if (active) partial[static_cast<std::int64_t>(blockIdx.y) * n + i] = acc;
}

// out_i (or the split partials) of the field; scale = 1/m.
template <typename T, int D, int PK>
__global__ void __launch_bounds__(B) field_kernel(const T* __restrict__ x, std::int64_t n,
                                                  const T* __restrict__ y, std::int64_t m, int d,
                                                  T half_q, T p, std::int64_t chunk, double scale,
                                                  T* __restrict__ out, double* __restrict__ partial) {
  constexpr int DD = Dims<T, D>::DD;
  __shared__ __align__(16) T ys[B * DD];
  const std::int64_t i = static_cast<std::int64_t>(blockIdx.x) * B + threadIdx.x;
  const bool active = i < n;
  T xi[DD];
#pragma unroll
  for (int k = 0; k < DD; ++k) xi[k] = (active && (D > 0 || k < d)) ? x[i * d + k] : T(0);
  const std::int64_t y_begin = static_cast<std::int64_t>(blockIdx.y) * chunk;
  const std::int64_t y_end = min(m, y_begin + chunk);
  double acc[DD];
#pragma unroll
  for (int k = 0; k < DD; ++k) acc[k] = 0;
  for (std::int64_t t0 = y_begin; t0 < y_end; t0 += B) {
    const int rows = static_cast<int>(min(static_cast<std::int64_t>(B), y_end - t0));
    load_tile<T, D>(ys, y, t0, rows, d);
    __syncthreads();
    T tile[DD];
#pragma unroll
    for (int k = 0; k < DD; ++k) tile[k] = T(0);
#pragma unroll 4
    for (int j = 0; j < rows; ++j) {
      const T* yj = ys + j * DD;
      T diff[DD];
      T sq = T(0);
#pragma unroll
      for (int k = 0; k < DD; ++k) {
        diff[k] = xi[k] - yj[k];
        sq = fma(diff[k], diff[k], sq);
      }
      const T w = field_weight<T, PK>(sq, half_q, p);
#pragma unroll
      for (int k = 0; k < DD; ++k) tile[k] = fma(w, diff[k], tile[k]);
    }
#pragma unroll
    for (int k = 0; k < DD; ++k) acc[k] += static_cast<double>(tile[k]);
    __syncthreads();
  }
  if (!active) return;
  if (partial == nullptr) {
#pragma unroll
    for (int k = 0; k < DD; ++k)
      if (D > 0 || k < d) out[i * d + k] = static_cast<T>(acc[k] * scale);
  } else {
    double* dst = partial + (static_cast<std::int64_t>(blockIdx.y) * n + i) * d;
#pragma unroll
    for (int k = 0; k < DD; ++k)
      if (D > 0 || k < d) dst[k] = acc[k];
  }
}

// *out = Σ partial[0..count) in a fixed order (one block).
constexpr int kReduceThreads = 1024;
__global__ void __launch_bounds__(kReduceThreads) reduce_sum_kernel(const double* __restrict__ partial,
                                                                    std::int64_t count, double* out) {
  __shared__ double s[kReduceThreads];
  double acc = 0;
  for (std::int64_t e = threadIdx.x; e < count; e += kReduceThreads) acc += partial[e];
  s[threadIdx.x] = acc;
  __syncthreads();
  for (int w = kReduceThreads / 2; w > 0; w /= 2) {
    if (static_cast<int>(threadIdx.x) < w) s[threadIdx.x] += s[threadIdx.x + w];
    __syncthreads();
  }
  if (threadIdx.x == 0) *out = s[0];
}

// out[e] = scale * Σ_s partial[s * nd + e], e < nd.
template <typename T>
__global__ void reduce_field_kernel(const double* __restrict__ partial, std::int64_t nd, int splits,
                                    double scale, T* __restrict__ out) {
  const std::int64_t e = static_cast<std::int64_t>(blockIdx.x) * blockDim.x + threadIdx.x;
  if (e >= nd) return;
  double acc = 0;
  for (int s = 0; s < splits; ++s) acc += partial[s * nd + e];
  out[e] = static_cast<T>(acc * scale);
}

void check_args(std::int64_t n, std::int64_t m, int d, double p, const char* what) {
  if (n < 0 || m < 0) throw std::invalid_argument(std::string(what) + ": negative point count");
  if (d < 1 || d > kMaxDim)
    throw std::invalid_argument(std::string(what) + ": d = " + std::to_string(d) + " outside 1.." +
                                std::to_string(kMaxDim));
  if (!(p > 0)) throw std::invalid_argument(std::string(what) + ": p must be > 0");
}

int pkind(double p) { return p == 1.0 ? kOne : (p == 2.0 ? kTwo : kGeneral); }

RieszLaunchPlan plan_for(std::int64_t n, std::int64_t m) {
  static const int sms = device_sm_count();  // the current device at first use
  return plan_riesz_launch(n, m, sms);
}

template <typename T, int D, int PK>
void launch_sum(const T* x, std::int64_t n, const T* y, std::int64_t m, int d, double p,
                const RieszLaunchPlan& plan, double* partial, cudaStream_t s) {
  const dim3 grid(static_cast<unsigned>(plan.grid_x), static_cast<unsigned>(plan.splits));
  pair_sum_kernel<T, D, PK><<<grid, B, 0, s>>>(x, n, y, m, d, static_cast<T>(p / 2), plan.chunk, partial);
}

template <typename T, int D>
void dispatch_sum_p(const T* x, std::int64_t n, const T* y, std::int64_t m, int d, double p,
                    const RieszLaunchPlan& plan, double* partial, cudaStream_t s) {
  switch (pkind(p)) {
    case kOne: launch_sum<T, D, kOne>(x, n, y, m, d, p, plan, partial, s); break;
    case kTwo: launch_sum<T, D, kTwo>(x, n, y, m, d, p, plan, partial, s); break;
    default: launch_sum<T, D, kGeneral>(x, n, y, m, d, p, plan, partial, s); break;
  }
}

template <typename T>
void pair_sum_async(const T* x, std::int64_t n, const T* y, std::int64_t m, int d, double p,
                    double* out, cudaStream_t s) {
  check_args(n, m, d, p, "riesz_pair_sum");
  if (n == 0 || m == 0) {
    check(cudaMemsetAsync(out, 0, sizeof(double), s), "memset");
    return;
  }
  const RieszLaunchPlan plan = plan_for(n, m);
  double* partial = nullptr;
  const std::int64_t count = static_cast<std::int64_t>(plan.splits) * n;
  check(cudaMallocAsync(reinterpret_cast<void**>(&partial), count * sizeof(double), s), "cudaMallocAsync");
  switch (d) {
    case 1: dispatch_sum_p<T, 1>(x, n, y, m, d, p, plan, partial, s); break;
    case 2: dispatch_sum_p<T, 2>(x, n, y, m, d, p, plan, partial, s); break;
    case 3: dispatch_sum_p<T, 3>(x, n, y, m, d, p, plan, partial, s); break;
    case 4: dispatch_sum_p<T, 4>(x, n, y, m, d, p, plan, partial, s); break;
    default: dispatch_sum_p<T, 0>(x, n, y, m, d, p, plan, partial, s); break;
  }
  check(cudaGetLastError(), "pair_sum_kernel launch");
  reduce_sum_kernel<<<1, kReduceThreads, 0, s>>>(partial, count, out);
  check(cudaGetLastError(), "reduce_sum_kernel launch");
  check(cudaFreeAsync(partial, s), "cudaFreeAsync");
}

template <typename T>
double pair_sum(const T* x, std::int64_t n, const T* y, std::int64_t m, int d, double p, cudaStream_t s) {
  double* out = nullptr;
  check(cudaMallocAsync(reinterpret_cast<void**>(&out), sizeof(double), s), "cudaMallocAsync");
  pair_sum_async(x, n, y, m, d, p, out, s);
  double host = 0;
  check(cudaMemcpyAsync(&host, out, sizeof(double), cudaMemcpyDeviceToHost, s), "cudaMemcpyAsync");
  check(cudaFreeAsync(out, s), "cudaFreeAsync");
  check(cudaStreamSynchronize(s), "cudaStreamSynchronize");
  return host;
}

template <typename T, int D, int PK>
void launch_field(const T* x, std::int64_t n, const T* y, std::int64_t m, int d, double p,
                  const RieszLaunchPlan& plan, T* out, double* partial, cudaStream_t s) {
  const dim3 grid(static_cast<unsigned>(plan.grid_x), static_cast<unsigned>(plan.splits));
  field_kernel<T, D, PK><<<grid, B, 0, s>>>(x, n, y, m, d, static_cast<T>((p - 2) / 2), static_cast<T>(p),
                                            plan.chunk, 1.0 / static_cast<double>(m), out, partial);
}

template <typename T, int D>
void dispatch_field_p(const T* x, std::int64_t n, const T* y, std::int64_t m, int d, double p,
                      const RieszLaunchPlan& plan, T* out, double* partial, cudaStream_t s) {
  switch (pkind(p)) {
    case kOne: launch_field<T, D, kOne>(x, n, y, m, d, p, plan, out, partial, s); break;
    case kTwo: launch_field<T, D, kTwo>(x, n, y, m, d, p, plan, out, partial, s); break;
    default: launch_field<T, D, kGeneral>(x, n, y, m, d, p, plan, out, partial, s); break;
  }
}

template <typename T>
void field(const T* x, std::int64_t n, const T* y, std::int64_t m, int d, double p, T* out,
           cudaStream_t s) {
  check_args(n, m, d, p, "riesz_field");
  if (n == 0) return;
  if (m == 0) {
    check(cudaMemsetAsync(out, 0, n * d * sizeof(T), s), "memset");
    return;
  }
  const RieszLaunchPlan plan = plan_for(n, m);
  double* partial = nullptr;
  const std::int64_t count = plan.partial_elements(n, d);
  if (count > 0)
    check(cudaMallocAsync(reinterpret_cast<void**>(&partial), count * sizeof(double), s), "cudaMallocAsync");
  switch (d) {
    case 1: dispatch_field_p<T, 1>(x, n, y, m, d, p, plan, out, partial, s); break;
    case 2: dispatch_field_p<T, 2>(x, n, y, m, d, p, plan, out, partial, s); break;
    case 3: dispatch_field_p<T, 3>(x, n, y, m, d, p, plan, out, partial, s); break;
    case 4: dispatch_field_p<T, 4>(x, n, y, m, d, p, plan, out, partial, s); break;
    default: dispatch_field_p<T, 0>(x, n, y, m, d, p, plan, out, partial, s); break;
  }
  check(cudaGetLastError(), "field_kernel launch");
  if (partial != nullptr) {
    const std::int64_t nd = n * d;
    reduce_field_kernel<T><<<static_cast<unsigned>((nd + 255) / 256), 256, 0, s>>>(
        partial, nd, plan.splits, 1.0 / static_cast<double>(m), out);
    check(cudaGetLastError(), "reduce_field_kernel launch");
    check(cudaFreeAsync(partial, s), "cudaFreeAsync");
  }
}

cudaStream_t as_stream(void* s) { return static_cast<cudaStream_t>(s); }

}  // namespace

int device_sm_count() {
  int device = 0, sms = 0;
  if (cudaGetDevice(&device) != cudaSuccess) {
    (void)cudaGetLastError();
    return 0;
  }
  if (cudaDeviceGetAttribute(&sms, cudaDevAttrMultiProcessorCount, device) != cudaSuccess) {
    (void)cudaGetLastError();
    return 0;
  }
  return sms;
}

bool device_available() {
  int count = 0;
  if (cudaGetDeviceCount(&count) != cudaSuccess) {
    (void)cudaGetLastError();  // no driver / no device: not an error for the caller
    return false;
  }
  return count > 0;
}

double riesz_pair_sum(const float* x, std::int64_t n, const float* y, std::int64_t m, int d, double p,
                      void* stream) {
  return pair_sum(x, n, y, m, d, p, as_stream(stream));
}
double riesz_pair_sum(const double* x, std::int64_t n, const double* y, std::int64_t m, int d,
                      double p, void* stream) {
  return pair_sum(x, n, y, m, d, p, as_stream(stream));
}
void riesz_pair_sum_async(const float* x, std::int64_t n, const float* y, std::int64_t m, int d,
                          double p, double* out_device, void* stream) {
  pair_sum_async(x, n, y, m, d, p, out_device, as_stream(stream));
}
void riesz_pair_sum_async(const double* x, std::int64_t n, const double* y, std::int64_t m, int d,
                          double p, double* out_device, void* stream) {
  pair_sum_async(x, n, y, m, d, p, out_device, as_stream(stream));
}
void riesz_field(const float* x, std::int64_t n, const float* y, std::int64_t m, int d, double p,
                 float* out, void* stream) {
  field(x, n, y, m, d, p, out, as_stream(stream));
}
void riesz_field(const double* x, std::int64_t n, const double* y, std::int64_t m, int d, double p,
                 double* out, void* stream) {
  field(x, n, y, m, d, p, out, as_stream(stream));
}

}  // namespace nwgf::analytic::cuda
