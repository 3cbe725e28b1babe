#include "neural/scheme_factory.h"

#include <stdexcept>
#include <utility>

namespace nwgf::neural {

std::unique_ptr<NeuralScheme> make_neural_scheme(const NeuralSchemeSpec& spec,
                                                 const RieszFunctional& functional,
                                                 ChainStart start,
                                                 const torch::Tensor& initial_particles,
                                                 const torch::Device& device, std::uint64_t seed) {
  if (spec.kind == Scheme::Backward) {
    BackwardSchemeOptions o;
    o.generator = spec.generator;
    o.training = spec.training;
    o.displacement = spec.displacement;
    return std::make_unique<BackwardScheme>(o, functional, std::move(start), initial_particles,
                                            device, seed);
  }
  if (spec.kind == Scheme::Forward) {
    ForwardSchemeOptions o;
    o.generator = spec.generator;
    o.training = spec.training;
    o.eps = spec.eps;
    o.step_batch = spec.step_batch;
    return std::make_unique<ForwardScheme>(o, functional, std::move(start), initial_particles,
                                           device, seed);
  }
  throw std::invalid_argument("the particle scheme is not a neural scheme (neural schemes: backward, forward)");
}

NeuralSchemeSpec neural_scheme_spec(Scheme kind, int d, const SchemeSettings& s) {
  NeuralSchemeSpec spec;
  spec.kind = kind;
  spec.generator.d = d;
  spec.generator.latent = s.latent;
  spec.generator.width = s.width;
  spec.generator.depth = s.depth;
  spec.generator.activation = s.activation;
  spec.training.iters = s.iters;
  spec.training.batch = s.batch;
  spec.training.lr = s.lr;
  spec.training.engine = s.engine;
  spec.training.cuda_graph = s.cuda_graph;
  spec.training.batch_sampling = s.batch_sampling;
  spec.displacement = s.generator_output == GeneratorOutput::Displacement;
  spec.eps = s.eps;
  spec.step_batch = s.step_batch;
  return spec;
}

}  // namespace nwgf::neural
