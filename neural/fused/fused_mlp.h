#pragma once
// Fused CPU multilayer perceptron with hand-written forward and backward passes (no autograd, no
// per-call allocation): the generator G_theta(x, z) of neural/generator.h on the concatenated
// input u = (x, z) of width in = d + k,
//   h_0 = u,  h_l = act(h_{l-1} W_l^T + b_l)  (l = 1..depth),  out = h_depth W_o^T + b_o,
// the same function as torch::nn::Linear layers with the activations of torch::nn (ReLU;
// LeakyReLU slope 0.01; ELU alpha 1; Tanh; Softplus beta 1, threshold 20).
//
// Layout (chosen for the small GEMM kernels in fused_mlp.cc): every matrix is row-major, and
// every "column" dimension is padded to a multiple of 64 bytes (fused_lanes<T>()) with zeros.
// Batches are row-major n x in (inputs) and n x out (outputs) *without* padding.
// Parameters live in one flat array (so that Adam is one loop), per layer l (hidden layers, then
// the output layer): Wt_l (in_l rows x padded(out_l) columns, the transpose of torch's
// weight) followed by b_l (padded(out_l)). Padded entries are zero and their gradients are
// zero, so they stay zero under Adam.
// Precision: T = float (the published experiments' precision) or double (tests, reference).
#include <cstddef>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "neural/fused/activation.h"

namespace nwgf::neural {

namespace fused_kernels {
template <typename T>
struct Table;
}  // namespace fused_kernels

using FusedActivation = Activation;

struct FusedMlpShape {
  int in = 4;                                          // input width d + k (reference d = k = 2)
  int width = 64;                                      // nodes per hidden layer (reference 64)
  int depth = 2;                                       // hidden layers (reference 2)
  int out = 2;                                         // output width d
  FusedActivation activation = FusedActivation::ReLU;  // reference ReLU
};

// Throws std::invalid_argument naming the field unless in, width, depth, out >= 1.
void validate(const FusedMlpShape& shape);

// Padding unit of every "column" dimension for T: 64 bytes (16 floats, 8 doubles) on every
// path, a multiple of each instruction set's SIMD width (kernels/fused_kernels.h), so the layout
// does not depend on the CPU the kernels run on.
template <typename T>
constexpr int fused_lanes() {
  return 64 / static_cast<int>(sizeof(T));
}

// 64-byte aligned, zero-initialised array (no reallocation after construction).
template <typename T>
class AlignedArray {
 public:
  AlignedArray() = default;
  explicit AlignedArray(std::size_t n);
  T* data() { return data_.get(); }
  const T* data() const { return data_.get(); }
  std::size_t size() const { return size_; }
  T& operator[](std::size_t i) { return data_.get()[i]; }
  const T& operator[](std::size_t i) const { return data_.get()[i]; }

 private:
  struct Free {
    void operator()(T* p) const;
  };
  std::unique_ptr<T, Free> data_;
  std::size_t size_ = 0;
};

template <typename T>
class FusedMlp {
 public:
  // Buffers for batches of up to max_rows rows are allocated here, once. Parameters start at 0
  // (copy them in with neural/fused_torch.h or set them through parameters()).
  FusedMlp(const FusedMlpShape& shape, int max_rows);

  const FusedMlpShape& shape() const { return shape_; }
  int max_rows() const { return max_rows_; }
  int layers() const { return shape_.depth + 1; }
  int layer_in(int l) const;                           // in_l
  int layer_out(int l) const;                          // out_l
  int layer_ld(int l) const;                           // padded(out_l)
  std::size_t weight_offset(int l) const { return offsets_[l]; }  // Wt_l in the flat array
  std::size_t bias_offset(int l) const;                // b_l in the flat array
  // Wt_l(i, o) = torch weight_l(o, i) is parameters()[weight_offset(l) + i * layer_ld(l) + o].

  std::size_t parameter_count() const { return params_.size(); }  // with padding
  // [begin, end) ranges of the flat array that are not padding (the rows of every Wt_l and b_l
  // up to out_l), adjacent ones merged: Adam skips the rest, whose gradients are always zero.
  std::vector<std::pair<std::size_t, std::size_t>> live_ranges() const;
  // Floating-point operations of the matrix products of one forward() and backward() of n rows,
  // padding not counted: 2 n (3 sum_l in_l out_l - in_0 out_0) (no data gradient of the
  // input). 5.27e6 for the reference 4-64-64-2 network and n = 200. The measure of the
  // benchmark's share of the FMA peak (suite/bench/bench_training.cc).
  double training_flops(int n) const;
  T* parameters() { return params_.data(); }
  const T* parameters() const { return params_.data(); }
  T* gradients() { return grads_.data(); }
  const T* gradients() const { return grads_.data(); }

  // out (n x shape().out) = G(input), input n x shape().in, n <= max_rows. Keeps the
  // activations for backward(). Returns a pointer to the output held inside (valid until the
  // next forward()). input may be input_buffer(), filled by the caller (no copy).
  const T* forward(const T* input, int n);
  // The network's own input array (max_rows x shape().in, row-major): a caller that builds its
  // batch here saves forward() a copy.
  T* input_buffer() { return input_.data(); }
  // Overwrites gradients() with dL/dtheta given dL/dout (n x shape().out) for the batch of the
  // last forward(), with the current parameters (change them only after backward()).
  void backward(const T* grad_output, int n);

 private:
  // Columns of layer l the products compute (out_l rounded up to the kernels' column unit).
  int live_columns(int l) const;
  // Whether forward() keeps H_l alone (not Z_l) and backward() takes the activation's
  // derivative in the data gradient's store (the blocked kernels with ReLU or LeakyReLU).
  bool keeps_activations_only(const fused_kernels::Table<T>& k) const;

  FusedMlpShape shape_;
  int max_rows_;
  std::vector<std::size_t> offsets_;    // start of Wt_l in params_
  AlignedArray<T> params_, grads_;
  std::vector<AlignedArray<T>> w_;      // W_l (out_l x padded(in_l)), transposed copies, l >= 1
  AlignedArray<T> input_;               // n x padded(in) copy of the input (A operand)
  std::vector<AlignedArray<T>> z_, h_;  // pre- and post-activations, n x padded(width)
                                        // (z_ unused when keeps_activations_only)
  AlignedArray<T> out_;                 // n x padded(out)
  AlignedArray<T> out_compact_;         // n x out
  AlignedArray<T> grad_out_;            // n x padded(out): dOut, its padding always zero
  AlignedArray<T> grad_a_, grad_b_;     // n x padded(width) backward scratch
  AlignedArray<T> grad_t_;              // out_l x padded(in_l): a narrow layer's dW (l >= 1)
  const T* last_input_ = nullptr;       // set by forward(): backward() needs one
};

}  // namespace nwgf::neural
