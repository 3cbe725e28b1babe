#include "neural/generator.h"

#include <stdexcept>

namespace nwgf::neural {

namespace {
torch::nn::AnyModule make_activation(Activation a) {
  switch (a) {
    case Activation::ReLU: return torch::nn::AnyModule(torch::nn::ReLU());
    case Activation::LeakyReLU: return torch::nn::AnyModule(torch::nn::LeakyReLU());
    case Activation::ELU: return torch::nn::AnyModule(torch::nn::ELU());
    case Activation::Tanh: return torch::nn::AnyModule(torch::nn::Tanh());
    case Activation::Softplus: return torch::nn::AnyModule(torch::nn::Softplus());
  }
  throw std::invalid_argument("unknown activation");
}
}  // namespace

void validate(const GeneratorOptions& o) {
  if (o.d < 1) throw std::invalid_argument("d " + std::to_string(o.d) + " must be >= 1");
  if (o.latent < 0)
    throw std::invalid_argument("latent " + std::to_string(o.latent) + " must be >= 0 (0: k = d)");
  if (o.width < 1) throw std::invalid_argument("width " + std::to_string(o.width) + " must be >= 1");
  if (o.depth < 1) throw std::invalid_argument("depth " + std::to_string(o.depth) + " must be >= 1");
}

GeneratorImpl::GeneratorImpl(const GeneratorOptions& options) : options_(options) {
  validate(options_);
  reset();
}

void GeneratorImpl::reset() {
  torch::nn::Sequential net;
  int in = options_.d + options_.latent_size();
  for (int layer = 0; layer < options_.depth; ++layer) {
    net->push_back(torch::nn::Linear(in, options_.width));
    net->push_back(make_activation(options_.activation));
    in = options_.width;
  }
  net->push_back(torch::nn::Linear(in, options_.d));
  net_ = register_module("net", net);
}

torch::Tensor GeneratorImpl::forward(const torch::Tensor& x, const torch::Tensor& z) {
  return net_->forward(torch::cat({x, z}, 1));
}

Generator clone_generator(const Generator& g) {
  return Generator(std::dynamic_pointer_cast<GeneratorImpl>(g->clone()));
}

}  // namespace nwgf::neural
