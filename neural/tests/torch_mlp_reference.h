#pragma once
// The LibTorch twin of a fused MLP (neural/fused/fused_mlp.h): a torch::nn::Sequential of Linear
// layers with the named activation after each hidden layer, in the given dtype. The fused
// engine's tests copy parameters into or out of it and use LibTorch autograd as the
// independent reference for values and gradients.
#include <string>

#include <torch/torch.h>

#include "neural/fused/fused_mlp.h"

namespace nwgf::neural::testing {

inline torch::nn::Sequential torch_mlp(const FusedMlpShape& s, torch::Dtype dtype,
                                       const std::string& activation = "relu") {
  torch::nn::Sequential net;
  int in = s.in;
  for (int l = 0; l < s.depth; ++l) {
    net->push_back(torch::nn::Linear(in, s.width));
    if (activation == "relu") net->push_back(torch::nn::ReLU());
    if (activation == "leaky_relu") net->push_back(torch::nn::LeakyReLU());
    if (activation == "elu") net->push_back(torch::nn::ELU());
    if (activation == "tanh") net->push_back(torch::nn::Tanh());
    if (activation == "softplus") net->push_back(torch::nn::Softplus());
    in = s.width;
  }
  net->push_back(torch::nn::Linear(in, s.out));
  net->to(dtype);
  return net;
}

}  // namespace nwgf::neural::testing
