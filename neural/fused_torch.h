#pragma once
// Copies between the fused engine's flat parameters (neural/fused/fused_mlp.h) and a LibTorch module
// of the same architecture: any torch::nn::Module whose parameters(), in registration order, are
// weight_0, bias_0, ..., weight_L, bias_L with shapes (out_l x in_l) and (out_l) -- the
// generator of neural/generator.h (net.0.weight, net.0.bias, net.2.weight, ...) or a plain
// torch::nn::Sequential of Linear layers and activations. The module keeps its device and dtype;
// values are converted. This keeps the chain of generators torch::save-able whichever engine
// trained it.
#include <torch/torch.h>

#include "neural/fused/fused_adam.h"
#include "neural/fused/fused_mlp.h"

namespace nwgf::neural {

// Throws std::invalid_argument naming the parameter when the module's shapes differ from mlp's.
template <typename T>
void copy_parameters_from(const torch::nn::Module& module, FusedMlp<T>& mlp);
template <typename T>
void copy_parameters_to(const FusedMlp<T>& mlp, torch::nn::Module& module);

// The fused layout of per-parameter tensors (e.g. Adam moments of the same shapes as the
// module's parameters) into a flat array of mlp.parameter_count() values (padding zero), and back.
template <typename T>
void flatten_like_parameters(const std::vector<torch::Tensor>& tensors, const FusedMlp<T>& mlp,
                             T* flat);
template <typename T>
void unflatten_like_parameters(const T* flat, const FusedMlp<T>& mlp,
                               std::vector<torch::Tensor>& tensors);

}  // namespace nwgf::neural
