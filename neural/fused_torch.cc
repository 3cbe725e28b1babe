#include "neural/fused_torch.h"

#include <stdexcept>
#include <string>
#include <type_traits>

namespace nwgf::neural {

namespace {
template <typename T>
void check_shapes(const std::vector<torch::Tensor>& tensors, const FusedMlp<T>& mlp) {
  const FusedMlpShape& s = mlp.shape();
  const int layers = mlp.layers();
  const auto layer_in = [&](int l) { return mlp.layer_in(l); };
  const auto layer_out = [&](int l) { return mlp.layer_out(l); };
  if (static_cast<int>(tensors.size()) != 2 * layers)
    throw std::invalid_argument("module has " + std::to_string(tensors.size()) +
                                " parameters; the fused MLP expects " + std::to_string(2 * layers));
  for (int l = 0; l < layers; ++l) {
    const torch::Tensor& w = tensors[2 * l];
    const torch::Tensor& b = tensors[2 * l + 1];
    if (w.dim() != 2 || w.size(0) != layer_out(l) || w.size(1) != layer_in(l) || b.dim() != 1 ||
        b.size(0) != layer_out(l))
      throw std::invalid_argument("parameter pair " + std::to_string(l) +
                                  " has the wrong shape for the fused MLP (in " +
                                  std::to_string(s.in) + ", width " + std::to_string(s.width) +
                                  ", depth " + std::to_string(s.depth) + ", out " +
                                  std::to_string(s.out) + ")");
  }
}

template <typename T>
torch::Dtype dtype_of() {
  return std::is_same_v<T, float> ? torch::kFloat32 : torch::kFloat64;
}
}  // namespace

template <typename T>
void flatten_like_parameters(const std::vector<torch::Tensor>& tensors, const FusedMlp<T>& mlp,
                             T* flat) {
  const auto in = [&](int l) { return mlp.layer_in(l); };
  const auto out = [&](int l) { return mlp.layer_out(l); };
  check_shapes(tensors, mlp);
  std::fill(flat, flat + mlp.parameter_count(), T(0));
  for (int l = 0; l < mlp.layers(); ++l) {
    const torch::Tensor w = tensors[2 * l].detach().to(torch::kCPU, dtype_of<T>()).contiguous();
    const torch::Tensor b = tensors[2 * l + 1].detach().to(torch::kCPU, dtype_of<T>()).contiguous();
    const T* wp = w.data_ptr<T>();
    const T* bp = b.data_ptr<T>();
    const int ld = mlp.layer_ld(l);
    T* wt = flat + mlp.weight_offset(l);
    T* bias = flat + mlp.bias_offset(l);
    for (int o = 0; o < out(l); ++o) {
      for (int i = 0; i < in(l); ++i) wt[i * ld + o] = wp[o * in(l) + i];
      bias[o] = bp[o];
    }
  }
}

template <typename T>
void unflatten_like_parameters(const T* flat, const FusedMlp<T>& mlp,
                               std::vector<torch::Tensor>& tensors) {
  const auto in = [&](int l) { return mlp.layer_in(l); };
  const auto out = [&](int l) { return mlp.layer_out(l); };
  check_shapes(tensors, mlp);
  torch::NoGradGuard no_grad;
  for (int l = 0; l < mlp.layers(); ++l) {
    torch::Tensor w = torch::empty({out(l), in(l)}, dtype_of<T>());
    torch::Tensor b = torch::empty({out(l)}, dtype_of<T>());
    T* wp = w.data_ptr<T>();
    T* bp = b.data_ptr<T>();
    const int ld = mlp.layer_ld(l);
    const T* wt = flat + mlp.weight_offset(l);
    const T* bias = flat + mlp.bias_offset(l);
    for (int o = 0; o < out(l); ++o) {
      for (int i = 0; i < in(l); ++i) wp[o * in(l) + i] = wt[i * ld + o];
      bp[o] = bias[o];
    }
    tensors[2 * l].copy_(w);
    tensors[2 * l + 1].copy_(b);
  }
}

template <typename T>
void copy_parameters_from(const torch::nn::Module& module, FusedMlp<T>& mlp) {
  flatten_like_parameters(module.parameters(), mlp, mlp.parameters());
}

template <typename T>
void copy_parameters_to(const FusedMlp<T>& mlp, torch::nn::Module& module) {
  std::vector<torch::Tensor> params = module.parameters();
  unflatten_like_parameters(mlp.parameters(), mlp, params);
}

template void copy_parameters_from(const torch::nn::Module&, FusedMlp<float>&);
template void copy_parameters_from(const torch::nn::Module&, FusedMlp<double>&);
template void copy_parameters_to(const FusedMlp<float>&, torch::nn::Module&);
template void copy_parameters_to(const FusedMlp<double>&, torch::nn::Module&);
template void flatten_like_parameters(const std::vector<torch::Tensor>&, const FusedMlp<float>&, float*);
template void flatten_like_parameters(const std::vector<torch::Tensor>&, const FusedMlp<double>&, double*);
template void unflatten_like_parameters(const float*, const FusedMlp<float>&, std::vector<torch::Tensor>&);
template void unflatten_like_parameters(const double*, const FusedMlp<double>&, std::vector<torch::Tensor>&);

}  // namespace nwgf::neural
