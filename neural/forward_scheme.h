#pragma once
// Neural forward scheme (Euler step along the Wasserstein steepest descent direction, docs/math.md
// section 2). Velocity plan v with first marginal mu_n: a particle x carries xi = G_theta(x, z).
// Training minimises by Adam
//   L(theta) = D_v F(mu_n) / ( ||v|| + eps ),   ||v||^2 = E ||xi||^2,
// with D_v F estimated on two independent batches (neural/functionals.h). After training,
// D_v F and ||v||^2 are re-estimated on two independent batches of step_batch particles and
// every particle moves
//   x <- x + tau s G_theta(x, z),   s = max(-D_v F, 0) / ||v||^2
// (the step's speed then equals the slope |D_v F| / ||v||). The link stored in the chain is
// (keep_input, factor tau s).
// From coinciding particles the slope is finite only for r >= 1 (r = 1: the split term
// -1/2 E||xi - eta||; r > 1: 0, the scheme does not move); for r < 1 a step from coinciding
// particles is refused with std::invalid_argument (the slope is infinite, docs/math.md 3.3).
#include "neural/neural_scheme.h"

namespace nwgf::neural {

struct ForwardSchemeOptions {
  GeneratorOptions generator;  // network (reference: 64 wide, 2 hidden, ReLU, k = d)
  TrainingOptions training;    // Adam (reference: 5000 iterations, batch 100, lr 1e-3)
  double eps = 1e-2;           // eps in D_v F / (||v|| + eps) (reference 1e-2)
  int step_batch = 2000;       // batch for D_v F and ||v||^2 after training (reference 2000)
};

void validate(const ForwardSchemeOptions& options);

class ForwardScheme : public NeuralScheme {
 public:
  ForwardScheme(const ForwardSchemeOptions& options, const RieszFunctional& functional,
                ChainStart start, const torch::Tensor& initial_particles,
                const torch::Device& device, std::uint64_t seed);

 protected:
  torch::Tensor loss(const torch::Tensor& x, const torch::Tensor& z,
                     const torch::Tensor& target_batch, double tau) override;
  void check_step(double tau) override;
  void move(double tau, StepReport& report) override;
  bool fused_loss(FusedLossOptions& options) const override;

 private:
  double eps_;
  int step_batch_;
};

}  // namespace nwgf::neural
