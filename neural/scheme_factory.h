#pragma once
// One place that turns a scheme name into a neural scheme: "backward" (JKO over plans) or
// "forward" (steepest descent over velocity plans), docs/math.md section 2. Used by `nwgf run`
// (suite/study/run_cell.cc) and `nwgf flow` (suite/flow/flow_run.cc).
#include <cstdint>
#include <memory>
#include <string>

#include <torch/torch.h>

#include "neural/backward_scheme.h"
#include "neural/forward_scheme.h"
#include "neural/scheme_settings.h"

namespace nwgf::neural {

struct NeuralSchemeSpec {
  Scheme kind = Scheme::Backward; // Backward | Forward (Particle is not a neural scheme)
  GeneratorOptions generator;     // network (reference: 64 wide, 2 hidden, ReLU, k = d)
  TrainingOptions training;       // Adam (reference: 5000 iterations, batch 100, lr 1e-3)
  double eps = 1e-2;              // forward only: eps in D_v F / (||v|| + eps)
  int step_batch = 2000;          // forward only: batch for D_v F and ||v||^2 after training
  bool displacement = true;       // backward only: T = x + G (true) or T = G (false)
};

// The spec of a scheme in dimension d run with the given settings: the one place where the
// settings (neural/scheme_settings.h) become network and training options.
NeuralSchemeSpec neural_scheme_spec(Scheme kind, int d, const SchemeSettings& settings);

// Throws std::invalid_argument for the particle scheme (not a neural scheme).
std::unique_ptr<NeuralScheme> make_neural_scheme(const NeuralSchemeSpec& spec,
                                                 const RieszFunctional& functional,
                                                 ChainStart start,
                                                 const torch::Tensor& initial_particles,
                                                 const torch::Device& device, std::uint64_t seed);

}  // namespace nwgf::neural
