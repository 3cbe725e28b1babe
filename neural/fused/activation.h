#pragma once
// The generator's hidden-layer activations, as torch::nn defines them with default options
// (ReLU; LeakyReLU slope 0.01; ELU alpha 1; Tanh; Softplus beta 1, threshold 20). One enum for
// the whole program: parsed from its name once, at the edge (command line, config, chain
// manifest), and passed as the enum everywhere else. No LibTorch.
#include <optional>
#include <string>
#include <string_view>

namespace nwgf::neural {

enum class Activation { ReLU, LeakyReLU, ELU, Tanh, Softplus };

inline constexpr std::string_view kActivationNames = "relu, leaky_relu, elu, tanh, softplus";

// "relu" | "leaky_relu" | "elu" | "tanh" | "softplus".
constexpr std::string_view activation_name(Activation a) {
  switch (a) {
    case Activation::ReLU: return "relu";
    case Activation::LeakyReLU: return "leaky_relu";
    case Activation::ELU: return "elu";
    case Activation::Tanh: return "tanh";
    case Activation::Softplus: return "softplus";
  }
  return "relu";
}

// The activation of that name, or nullopt.
inline std::optional<Activation> parse_activation(std::string_view name) {
  for (Activation a : {Activation::ReLU, Activation::LeakyReLU, Activation::ELU, Activation::Tanh,
                       Activation::Softplus})
    if (activation_name(a) == name) return a;
  return std::nullopt;
}

}  // namespace nwgf::neural
