#pragma once
// Generator network G_theta(x, z) of the neural schemes (docs/math.md sections 2 and 5): an MLP on
// the concatenated input (x, z), x in R^d, z ~ N(0, I_k), output in R^d.
//   layers: Linear(d + k, width), act, [Linear(width, width), act] x (depth - 1), Linear(width, d)
// Reference settings: width 64, two hidden layers, ReLU, k = d. Weights start from LibTorch's
// default Linear initialisation (uniform, Kaiming-style), drawn from the global generator.
// Computation in float32 (the published experiments' precision).
#include <cstdint>
#include <string>

#include <torch/torch.h>

#include "neural/fused/activation.h"

namespace nwgf::neural {

struct GeneratorOptions {
  int d = 2;                        // dimension of x and of the output
  int latent = 0;                   // k, size of z; 0 means k = d (reference)
  int width = 64;                   // nodes per hidden layer (reference 64)
  int depth = 2;                    // hidden layers (reference 2)
  Activation activation = Activation::ReLU;  // hidden activation (neural/fused/activation.h)

  int latent_size() const { return latent > 0 ? latent : d; }
};

// Throws std::invalid_argument naming the field and the allowed range.
void validate(const GeneratorOptions& options);

class GeneratorImpl : public torch::nn::Cloneable<GeneratorImpl> {
 public:
  explicit GeneratorImpl(const GeneratorOptions& options);
  // x: n x d, z: n x k (same device, float32) -> n x d.
  torch::Tensor forward(const torch::Tensor& x, const torch::Tensor& z);
  const GeneratorOptions& options() const { return options_; }
  // (Re)creates the layers with fresh weights (torch::nn::Cloneable).
  void reset() override;

 private:
  GeneratorOptions options_;
  torch::nn::Sequential net_{nullptr};
};
TORCH_MODULE(Generator);

// A deep copy (parameters and buffers copied, same device).
Generator clone_generator(const Generator& g);

}  // namespace nwgf::neural
