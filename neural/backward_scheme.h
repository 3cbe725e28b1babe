#pragma once
// Neural backward scheme (JKO over transport plans, docs/math.md section 2). The plan is
// pi = mu_n ⊗ pi_x with pi_x the law of T_theta(x, z), z ~ N(0, I_k); with displacement
// (default) T_theta(x, z) = x + G_theta(x, z), otherwise T_theta = G_theta (both are generative
// networks with input (x, z); the displacement form starts each warm-started step near the
// identity). Loss minimised by Adam (the JKO objective times tau):
//   L(theta) = 1/2 E_{x,z} ||x - T_theta(x, z)||^2 + tau F( law of T_theta(x, z) ),
// estimated on two independent batches X, Y of mu_n's particles: the transport term over both,
// F by functional_value(T(X), T(Y), target batch) (neural/functionals.h).
// After training, mu_{n+1} = { T_theta(x_i, z_i) } with fresh z_i.
#include "neural/neural_scheme.h"

namespace nwgf::neural {

struct BackwardSchemeOptions {
  GeneratorOptions generator;  // network (reference: 64 wide, 2 hidden, ReLU, k = d)
  TrainingOptions training;    // Adam (reference: 5000 iterations, batch 100, lr 1e-3)
  bool displacement = true;    // T = x + G (true) or T = G (false)
};

class BackwardScheme : public NeuralScheme {
 public:
  BackwardScheme(const BackwardSchemeOptions& options, const RieszFunctional& functional,
                 ChainStart start, const torch::Tensor& initial_particles,
                 const torch::Device& device, std::uint64_t seed);

  // T_theta(x, z) for the current network.
  torch::Tensor transport(const torch::Tensor& x, const torch::Tensor& z);

 protected:
  torch::Tensor loss(const torch::Tensor& x, const torch::Tensor& z,
                     const torch::Tensor& target_batch, double tau) override;
  void move(double tau, StepReport& report) override;
  bool fused_loss(FusedLossOptions& options) const override;

 private:
  bool displacement_;
};

}  // namespace nwgf::neural
