#include "neural/scheme_factory.h"

#include <stdexcept>
#include <utility>

namespace nwgf::neural {

std::unique_ptr<NeuralScheme> make_neural_scheme(const NeuralSchemeSpec& spec,
                                                 const RieszFunctional& functional,
                                                 ChainStart start,
                                                 const torch::Tensor& initial_particles,
                                                 const torch::Device& device, std::uint64_t seed) {
  if (spec.kind == "backward") {
    BackwardSchemeOptions o;
    o.generator = spec.generator;
    o.training = spec.training;
    return std::make_unique<BackwardScheme>(o, functional, std::move(start), initial_particles,
                                            device, seed);
  }
  if (spec.kind == "forward") {
    ForwardSchemeOptions o;
    o.generator = spec.generator;
    o.training = spec.training;
    o.eps = spec.eps;
    o.step_batch = spec.step_batch;
    return std::make_unique<ForwardScheme>(o, functional, std::move(start), initial_particles,
                                           device, seed);
  }
  throw std::invalid_argument("neural scheme '" + spec.kind +
                              "' is not one of: backward, forward");
}

}  // namespace nwgf::neural
