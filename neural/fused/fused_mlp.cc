#include "neural/fused/fused_mlp.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <new>
#include <stdexcept>
#include <string>

// The three matrix products of a layer are all C (M x N) = A (M x K) B (K x N) with B and C
// row-major, N a multiple of the SIMD width, and A read through strides (row stride rs, inner
// stride ks), so one register-blocked kernel serves
//   forward:      Z  = H_prev Wt + b   (A = H_prev,   rs = ld, ks = 1;  K = in_l)
//   weight grad:  dWt = H_prev^T dZ    (A = H_prev^T, rs = 1,  ks = ld; K = n)
//   data grad:    dH = dZ W            (A = dZ,       rs = ld, ks = 1;  K = out_l)
// The kernel keeps an MR x (NV vectors) block of C in registers (6 x 4 vectors = 24 of the 32
// AVX-512 registers), loads NV vectors of B per k and broadcasts MR scalars of A: the classic
// outer-product micro-kernel (Goto and van de Geijn, ACM TOMS 34(3), 2008), here without packing
// because every operand of a 64-wide network fits in L1.

namespace nwgf::neural {

namespace {

#if defined(__AVX512F__)
constexpr int kVectorBytes = 64;
#elif defined(__AVX__)
constexpr int kVectorBytes = 32;
#else
constexpr int kVectorBytes = 16;
#endif

template <typename T>
struct VecOf {
  typedef T type __attribute__((vector_size(kVectorBytes)));
};

template <typename T>
using Vec = typename VecOf<T>::type;

template <typename T>
inline Vec<T> load(const T* p) {
  Vec<T> v;
  std::memcpy(&v, p, sizeof v);
  return v;
}
template <typename T>
inline void store(T* p, const Vec<T>& v) {
  std::memcpy(p, &v, sizeof v);
}

constexpr int kRowBlock = 6;     // MR
constexpr int kVectorBlock = 4;  // NV

template <typename T, int MR, int NV>
inline void gemm_kernel(int K, const T* a, std::ptrdiff_t rs, std::ptrdiff_t ks, const T* b,
                        std::ptrdiff_t ldb, T* c, std::ptrdiff_t ldc, const T* bias) {
  constexpr int L = kVectorBytes / static_cast<int>(sizeof(T));
  Vec<T> acc[MR][NV];
#pragma GCC unroll 8
  for (int v = 0; v < NV; ++v) {
    const Vec<T> init = bias ? load(bias + v * L) : Vec<T>{};
#pragma GCC unroll 8
    for (int r = 0; r < MR; ++r) acc[r][v] = init;
  }
  for (int k = 0; k < K; ++k) {
    Vec<T> bv[NV];
#pragma GCC unroll 8
    for (int v = 0; v < NV; ++v) bv[v] = load(b + k * ldb + v * L);
#pragma GCC unroll 8
    for (int r = 0; r < MR; ++r) {
      const Vec<T> av = Vec<T>{} + a[r * rs + k * ks];
#pragma GCC unroll 8
      for (int v = 0; v < NV; ++v) acc[r][v] += av * bv[v];
    }
  }
#pragma GCC unroll 8
  for (int r = 0; r < MR; ++r)
#pragma GCC unroll 8
    for (int v = 0; v < NV; ++v) store(c + r * ldc + v * L, acc[r][v]);
}

template <typename T, int NV>
void gemm_columns(int M, int K, const T* a, std::ptrdiff_t rs, std::ptrdiff_t ks, const T* b,
                  std::ptrdiff_t ldb, T* c, std::ptrdiff_t ldc, const T* bias) {
  int m = 0;
  for (; m + kRowBlock <= M; m += kRowBlock)
    gemm_kernel<T, kRowBlock, NV>(K, a + m * rs, rs, ks, b, ldb, c + m * ldc, ldc, bias);
  const T* am = a + m * rs;
  T* cm = c + m * ldc;
  switch (M - m) {
    case 5: gemm_kernel<T, 5, NV>(K, am, rs, ks, b, ldb, cm, ldc, bias); break;
    case 4: gemm_kernel<T, 4, NV>(K, am, rs, ks, b, ldb, cm, ldc, bias); break;
    case 3: gemm_kernel<T, 3, NV>(K, am, rs, ks, b, ldb, cm, ldc, bias); break;
    case 2: gemm_kernel<T, 2, NV>(K, am, rs, ks, b, ldb, cm, ldc, bias); break;
    case 1: gemm_kernel<T, 1, NV>(K, am, rs, ks, b, ldb, cm, ldc, bias); break;
    default: break;
  }
}

// C (M x N) = A B (+ bias broadcast over rows when bias != nullptr); N a multiple of the lanes.
template <typename T>
void gemm(int M, int N, int K, const T* a, std::ptrdiff_t rs, std::ptrdiff_t ks, const T* b,
          std::ptrdiff_t ldb, T* c, std::ptrdiff_t ldc, const T* bias) {
  constexpr int L = kVectorBytes / static_cast<int>(sizeof(T));
  for (int n = 0; n < N; n += kVectorBlock * L) {
    const int nv = std::min(kVectorBlock, (N - n) / L);
    const T* bn = b + n;
    T* cn = c + n;
    const T* biasn = bias ? bias + n : nullptr;
    switch (nv) {
      case 4: gemm_columns<T, 4>(M, K, a, rs, ks, bn, ldb, cn, ldc, biasn); break;
      case 3: gemm_columns<T, 3>(M, K, a, rs, ks, bn, ldb, cn, ldc, biasn); break;
      case 2: gemm_columns<T, 2>(M, K, a, rs, ks, bn, ldb, cn, ldc, biasn); break;
      default: gemm_columns<T, 1>(M, K, a, rs, ks, bn, ldb, cn, ldc, biasn); break;
    }
  }
}

int padded(int n, int lanes) { return (n + lanes - 1) / lanes * lanes; }

// Activations as in torch::nn with default options (see the header).
template <typename T>
void activate(FusedActivation act, const T* z, T* h, std::size_t count) {
  switch (act) {
    case FusedActivation::ReLU:
#pragma omp simd
      for (std::size_t i = 0; i < count; ++i) h[i] = z[i] > T(0) ? z[i] : T(0);
      break;
    case FusedActivation::LeakyReLU:
#pragma omp simd
      for (std::size_t i = 0; i < count; ++i) h[i] = z[i] > T(0) ? z[i] : T(0.01) * z[i];
      break;
    case FusedActivation::ELU:
      for (std::size_t i = 0; i < count; ++i) h[i] = z[i] > T(0) ? z[i] : std::expm1(z[i]);
      break;
    case FusedActivation::Tanh:
      for (std::size_t i = 0; i < count; ++i) h[i] = std::tanh(z[i]);
      break;
    case FusedActivation::Softplus:
      for (std::size_t i = 0; i < count; ++i)
        h[i] = z[i] > T(20) ? z[i] : std::log1p(std::exp(z[i]));
      break;
  }
}

// g <- g * act'(z) (h = act(z) given).
template <typename T>
void activation_backward(FusedActivation act, const T* z, const T* h, T* g, std::size_t count) {
  switch (act) {
    case FusedActivation::ReLU:
#pragma omp simd
      for (std::size_t i = 0; i < count; ++i) g[i] = z[i] > T(0) ? g[i] : T(0);
      break;
    case FusedActivation::LeakyReLU:
#pragma omp simd
      for (std::size_t i = 0; i < count; ++i) g[i] = z[i] > T(0) ? g[i] : T(0.01) * g[i];
      break;
    case FusedActivation::ELU:
#pragma omp simd
      for (std::size_t i = 0; i < count; ++i) g[i] = z[i] > T(0) ? g[i] : g[i] * (h[i] + T(1));
      break;
    case FusedActivation::Tanh:
#pragma omp simd
      for (std::size_t i = 0; i < count; ++i) g[i] *= T(1) - h[i] * h[i];
      break;
    case FusedActivation::Softplus:
      for (std::size_t i = 0; i < count; ++i) {
        if (z[i] > T(20)) continue;
        const T e = std::exp(z[i]);
        g[i] *= e / (e + T(1));
      }
      break;
  }
}

}  // namespace

FusedActivation parse_fused_activation(const std::string& name) {
  if (name == "relu") return FusedActivation::ReLU;
  if (name == "leaky_relu") return FusedActivation::LeakyReLU;
  if (name == "elu") return FusedActivation::ELU;
  if (name == "tanh") return FusedActivation::Tanh;
  if (name == "softplus") return FusedActivation::Softplus;
  throw std::invalid_argument("activation '" + name +
                              "' is not one of relu, leaky_relu, elu, tanh, softplus");
}

void validate(const FusedMlpShape& s) {
  const auto positive = [](int v, const char* name) {
    if (v < 1)
      throw std::invalid_argument(std::string("fused MLP ") + name + " " + std::to_string(v) +
                                  " must be >= 1");
  };
  positive(s.in, "input width");
  positive(s.width, "width");
  positive(s.depth, "depth");
  positive(s.out, "output width");
}

template <typename T>
AlignedArray<T>::AlignedArray(std::size_t n) : size_(n) {
  const std::size_t bytes = std::max<std::size_t>(64, (n * sizeof(T) + 63) / 64 * 64);
  void* p = std::aligned_alloc(64, bytes);
  if (!p) throw std::bad_alloc();
  std::memset(p, 0, bytes);
  data_.reset(static_cast<T*>(p));
}

template <typename T>
void AlignedArray<T>::Free::operator()(T* p) const {
  std::free(p);
}

template <typename T>
FusedMlp<T>::FusedMlp(const FusedMlpShape& shape, int max_rows)
    : shape_(shape), max_rows_(max_rows) {
  validate(shape_);
  if (max_rows < 1)
    throw std::invalid_argument("fused MLP max_rows " + std::to_string(max_rows) + " must be >= 1");
  constexpr int L = fused_lanes<T>();
  std::size_t total = 0;
  for (int l = 0; l < layers(); ++l) {
    offsets_.push_back(total);
    total += static_cast<std::size_t>(layer_in(l) + 1) * layer_ld(l);
  }
  params_ = AlignedArray<T>(total);
  grads_ = AlignedArray<T>(total);
  for (int l = 1; l < layers(); ++l)
    w_.emplace_back(static_cast<std::size_t>(layer_out(l)) * padded(layer_in(l), L));
  const std::size_t rows = static_cast<std::size_t>(max_rows);
  const int ldw = padded(shape_.width, L), ldo = padded(shape_.out, L);
  input_ = AlignedArray<T>(rows * shape_.in);
  for (int l = 0; l < shape_.depth; ++l) {
    z_.emplace_back(rows * ldw);
    h_.emplace_back(rows * ldw);
  }
  out_ = AlignedArray<T>(rows * ldo);
  out_compact_ = AlignedArray<T>(rows * shape_.out);
  grad_a_ = AlignedArray<T>(rows * std::max(ldw, ldo));
  grad_b_ = AlignedArray<T>(rows * std::max(ldw, ldo));
}

template <typename T>
int FusedMlp<T>::layer_in(int l) const {
  return l == 0 ? shape_.in : shape_.width;
}
template <typename T>
int FusedMlp<T>::layer_out(int l) const {
  return l == shape_.depth ? shape_.out : shape_.width;
}
template <typename T>
int FusedMlp<T>::layer_ld(int l) const {
  return padded(layer_out(l), fused_lanes<T>());
}
template <typename T>
std::size_t FusedMlp<T>::bias_offset(int l) const {
  return offsets_[l] + static_cast<std::size_t>(layer_in(l)) * layer_ld(l);
}

template <typename T>
const T* FusedMlp<T>::forward(const T* input, int n) {
  if (n < 1 || n > max_rows_)
    throw std::invalid_argument("fused MLP batch " + std::to_string(n) + " outside [1, " +
                                std::to_string(max_rows_) + "]");
  std::memcpy(input_.data(), input, sizeof(T) * static_cast<std::size_t>(n) * shape_.in);
  const T* a = input_.data();
  std::ptrdiff_t lda = shape_.in;
  for (int l = 0; l < layers(); ++l) {
    const int ld = layer_ld(l);
    const T* wt = params_.data() + weight_offset(l);
    const T* b = params_.data() + bias_offset(l);
    T* c = l < shape_.depth ? z_[l].data() : out_.data();
    gemm<T>(n, ld, layer_in(l), a, lda, 1, wt, ld, c, ld, b);
    if (l < shape_.depth) {
      activate(shape_.activation, c, h_[l].data(), static_cast<std::size_t>(n) * ld);
      a = h_[l].data();
      lda = ld;
    }
  }
  const int ldo = layer_ld(shape_.depth);
  for (int i = 0; i < n; ++i)
    for (int o = 0; o < shape_.out; ++o) out_compact_[i * shape_.out + o] = out_[i * ldo + o];
  last_input_ = input_.data();
  return out_compact_.data();
}

template <typename T>
void FusedMlp<T>::backward(const T* grad_output, int n) {
  if (n < 1 || n > max_rows_ || last_input_ == nullptr)
    throw std::invalid_argument("fused MLP backward: batch " + std::to_string(n) +
                                " without a matching forward");
  constexpr int L = fused_lanes<T>();
  // W_l = Wt_l^T (out_l x padded(in_l)) for the data gradients.
  for (int l = 1; l < layers(); ++l) {
    const int in = layer_in(l), out = layer_out(l), ld = layer_ld(l), ldi = padded(in, L);
    const T* wt = params_.data() + weight_offset(l);
    T* w = w_[l - 1].data();
    for (int o = 0; o < out; ++o)
      for (int i = 0; i < in; ++i) w[o * ldi + i] = wt[i * ld + o];
  }
  // dOut, padded with zeros.
  T* dy = grad_a_.data();
  T* dprev = grad_b_.data();
  {
    const int ldo = layer_ld(shape_.depth);
    for (int i = 0; i < n; ++i) {
      for (int o = 0; o < shape_.out; ++o) dy[i * ldo + o] = grad_output[i * shape_.out + o];
      for (int o = shape_.out; o < ldo; ++o) dy[i * ldo + o] = T(0);
    }
  }
  for (int l = layers() - 1; l >= 0; --l) {
    const int in = layer_in(l), out = layer_out(l), ld = layer_ld(l);
    const T* a = l == 0 ? input_.data() : h_[l - 1].data();
    const std::ptrdiff_t lda = l == 0 ? shape_.in : layer_ld(l - 1);
    // dWt_l = A^T dY (in x ld), db_l = column sums of dY.
    gemm<T>(in, ld, n, a, 1, lda, dy, ld, grads_.data() + weight_offset(l), ld, nullptr);
    T* db = grads_.data() + bias_offset(l);
    for (int o = 0; o < ld; ++o) db[o] = T(0);
    for (int i = 0; i < n; ++i) {
      const T* row = dy + static_cast<std::ptrdiff_t>(i) * ld;
#pragma omp simd
      for (int o = 0; o < ld; ++o) db[o] += row[o];
    }
    if (l == 0) break;
    // dH_{l-1} = dY W_l (n x padded(in)), then through the activation of layer l - 1.
    const int ldi = layer_ld(l - 1);
    gemm<T>(n, ldi, out, dy, ld, 1, w_[l - 1].data(), ldi, dprev, ldi, nullptr);
    activation_backward(shape_.activation, z_[l - 1].data(), h_[l - 1].data(), dprev,
                        static_cast<std::size_t>(n) * ldi);
    std::swap(dy, dprev);
  }
}

template class AlignedArray<float>;
template class AlignedArray<double>;
template class FusedMlp<float>;
template class FusedMlp<double>;

}  // namespace nwgf::neural
