#include "neural/fused/fused_mlp.h"

#include "neural/fused/kernels/fused_kernels.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <new>
#include <stdexcept>
#include <string>

// The GEMM and activation kernels are in kernels/fused_kernels.inc (one copy per instruction set).

namespace nwgf::neural {

namespace {

int padded(int n, int lanes) { return (n + lanes - 1) / lanes * lanes; }

}  // namespace

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
  grad_out_ = AlignedArray<T>(rows * ldo);
  grad_a_ = AlignedArray<T>(rows * ldw);
  grad_b_ = AlignedArray<T>(rows * ldw);
  std::size_t transposed = 1;
  for (int l = 1; l < layers(); ++l)
    transposed = std::max(transposed, static_cast<std::size_t>(layer_out(l)) * padded(layer_in(l), L));
  grad_t_ = AlignedArray<T>(transposed);
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
bool FusedMlp<T>::keeps_activations_only(const fused_kernels::Table<T>& k) const {
  return k.activation_in_stores && (shape_.activation == FusedActivation::ReLU ||
                                    shape_.activation == FusedActivation::LeakyReLU);
}

template <typename T>
int FusedMlp<T>::live_columns(int l) const {
  // The products compute out_l columns rounded up to the kernels' column unit (one SIMD vector
  // for the blocked kernels, 64 bytes for the baseline): the columns beyond are padding, zero in
  // the parameters, the gradients and every activation, and are left as they are.
  return std::min(layer_ld(l), padded(layer_out(l), fused_kernels::table<T>().column_unit));
}

template <typename T>
std::vector<std::pair<std::size_t, std::size_t>> FusedMlp<T>::live_ranges() const {
  std::vector<std::pair<std::size_t, std::size_t>> ranges;
  for (int l = 0; l < layers(); ++l) {
    const std::size_t ld = static_cast<std::size_t>(layer_ld(l));
    for (int i = 0; i <= layer_in(l); ++i) {  // the rows of Wt_l, then b_l
      const std::size_t begin = offsets_[l] + static_cast<std::size_t>(i) * ld;
      const std::size_t end = begin + static_cast<std::size_t>(layer_out(l));
      if (!ranges.empty() && ranges.back().second == begin) ranges.back().second = end;
      else ranges.emplace_back(begin, end);
    }
  }
  return ranges;
}

template <typename T>
double FusedMlp<T>::training_flops(int n) const {
  // Forward Z_l = H_{l-1} Wt_l, weight gradients dWt_l = H_{l-1}^T dZ_l, data gradients
  // dH_{l-1} = dZ_l W_l for l >= 1: 2 n in_l out_l each.
  double sum = 0.0;
  for (int l = 0; l < layers(); ++l) {
    const double mac = static_cast<double>(n) * layer_in(l) * layer_out(l);
    sum += (l == 0 ? 2.0 : 3.0) * mac;
  }
  return 2.0 * sum;
}

template <typename T>
const T* FusedMlp<T>::forward(const T* input, int n) {
  if (n < 1 || n > max_rows_)
    throw std::invalid_argument("fused MLP batch " + std::to_string(n) + " outside [1, " +
                                std::to_string(max_rows_) + "]");
  const fused_kernels::Table<T>& k = fused_kernels::table<T>();
  if (input != input_.data())  // input_buffer() is filled in place
    std::memcpy(input_.data(), input, sizeof(T) * static_cast<std::size_t>(n) * shape_.in);
  const T* a = input_.data();
  std::ptrdiff_t lda = shape_.in;
  const bool only_h = keeps_activations_only(k);
  for (int l = 0; l < layers(); ++l) {
    const int ld = layer_ld(l);
    const T* wt = params_.data() + weight_offset(l);
    const T* b = params_.data() + bias_offset(l);
    const bool hidden = l < shape_.depth;
    T* h = hidden ? h_[l].data() : nullptr;
    T* c = hidden ? (only_h ? h : z_[l].data()) : out_.data();
    // Z_l = A Wt_l + b_l, and for a hidden layer H_l = act(Z_l) (in the product's store for
    // ReLU and LeakyReLU; with only_h H_l alone, the sign of Z_l being that of H_l).
    k.gemm(n, live_columns(l), layer_in(l), a, lda, 1, wt, ld, c, ld, b, shape_.activation, h);
    if (hidden) {
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
  const fused_kernels::Table<T>& k = fused_kernels::table<T>();
  // W_l = Wt_l^T (out_l x padded(in_l)) for the data gradients.
  for (int l = 1; l < layers(); ++l)
    k.transpose(layer_in(l), layer_out(l), params_.data() + weight_offset(l), layer_ld(l),
                w_[l - 1].data(), padded(layer_in(l), L));
  // dOut, padded with zeros (grad_out_'s padding columns are never written).
  T* dy = grad_out_.data();
  {
    const int ldo = layer_ld(shape_.depth), out = shape_.out;
    for (int i = 0; i < n; ++i)
      for (int o = 0; o < out; ++o) dy[i * ldo + o] = grad_output[i * out + o];
  }
  const bool only_h = keeps_activations_only(k);
  for (int l = layers() - 1; l >= 0; --l) {
    const int in = layer_in(l), out = layer_out(l), ld = layer_ld(l), live = live_columns(l);
    const T* a = l == 0 ? input_.data() : h_[l - 1].data();
    const std::ptrdiff_t lda = l == 0 ? shape_.in : layer_ld(l - 1);
    // dWt_l = A^T dY (in x ld), db_l = column sums of dY (columns from `live` on stay zero).
    T* dwt = grads_.data() + weight_offset(l);
    if (l > 0 && 2 * out < live && k.transposed_narrow_gradients) {
      // A narrow layer (the 2-wide output): dW_l = dY^T A (out x in) fills the vectors with
      // the input columns instead of padding, then lands transposed in dWt_l. Each entry is
      // the same sum of the same products dY(i, o) A(i, j) in the order of i.
      const int ldt = padded(in, L);
      T* dw = grad_t_.data();
      k.gemm(out, live_columns(l - 1), n, dy, 1, ld, a, lda, dw, ldt, nullptr, shape_.activation,
             nullptr);
      for (int o = 0; o < out; ++o)
        for (int j = 0; j < in; ++j) dwt[static_cast<std::ptrdiff_t>(j) * ld + o] = dw[o * ldt + j];
    } else {
      k.gemm(in, live, n, a, 1, lda, dy, ld, dwt, ld, nullptr, shape_.activation, nullptr);
    }
    k.column_sums(n, live, dy, ld, grads_.data() + bias_offset(l));
    if (l == 0) break;
    // dH_{l-1} = dY W_l (n x padded(in)), then through the activation of layer l - 1 (in the
    // product's store with only_h: the select on the sign of H_{l-1}).
    const int ldi = layer_ld(l - 1), live_in = live_columns(l - 1);
    T* dprev = dy == grad_a_.data() ? grad_b_.data() : grad_a_.data();
    if (only_h) {
      k.gemm_masked(n, live_in, out, dy, ld, 1, w_[l - 1].data(), ldi, dprev, ldi,
                    shape_.activation, h_[l - 1].data());
    } else {
      k.gemm(n, live_in, out, dy, ld, 1, w_[l - 1].data(), ldi, dprev, ldi, nullptr,
             shape_.activation, nullptr);
      k.activation_backward(shape_.activation, z_[l - 1].data(), h_[l - 1].data(), dprev,
                            static_cast<std::size_t>(n) * ldi);
    }
    dy = dprev;
  }
}

template class AlignedArray<float>;
template class AlignedArray<double>;
template class FusedMlp<float>;
template class FusedMlp<double>;

}  // namespace nwgf::neural
