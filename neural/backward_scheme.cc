#include "neural/backward_scheme.h"

namespace nwgf::neural {

BackwardScheme::BackwardScheme(const BackwardSchemeOptions& options,
                               const RieszFunctional& functional, ChainStart start,
                               const torch::Tensor& initial_particles,
                               const torch::Device& device, std::uint64_t seed)
    : NeuralScheme(options.generator, options.training, functional, std::move(start),
                   initial_particles, device, seed),
      displacement_(options.displacement) {}

torch::Tensor BackwardScheme::transport(const torch::Tensor& x, const torch::Tensor& z) {
  const torch::Tensor out = generator_->forward(x, z);
  return displacement_ ? x + out : out;
}

torch::Tensor BackwardScheme::loss(const torch::Tensor& x, const torch::Tensor& z,
                                   const torch::Tensor& target_batch, double tau) {
  const torch::Tensor out = generator_->forward(x, z);
  const torch::Tensor y = displacement_ ? x + out : out;
  // 1/2 E ||x - T(x, z)||^2 over both batches.
  const torch::Tensor cost = (displacement_ ? out : x - y).square().sum(1).mean() * 0.5;
  const std::int64_t b = x.size(0) / 2;
  return cost + functional_value(y.slice(0, 0, b), y.slice(0, b), target_batch, functional_.r) * tau;
}

void BackwardScheme::move(double /*tau*/, StepReport& report) {
  torch::NoGradGuard no_grad;
  particles_ = transport(particles_, latent(particles_.size(0)));
  chain_.append(generator_, displacement_, 1.0);
  report.factor = 1.0;
}

bool BackwardScheme::fused_loss(FusedLossOptions& options) const {
  options.scheme = FusedScheme::Backward;
  options.r = functional_.r;
  options.displacement = displacement_;
  return true;
}

}  // namespace nwgf::neural
