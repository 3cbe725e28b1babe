#include "neural/forward_scheme.h"

#include <cmath>
#include <string>
#include <vector>

#include "analytic/format_value.h"

namespace nwgf::neural {

void validate(const ForwardSchemeOptions& o) {
  if (!(o.eps >= 0 && std::isfinite(o.eps)))
    throw std::invalid_argument("eps " + analytic::format_double(o.eps) + " must be >= 0 and finite");
  if (o.step_batch < 1)
    throw std::invalid_argument("step_batch " + std::to_string(o.step_batch) + " must be >= 1");
}

ForwardScheme::ForwardScheme(const ForwardSchemeOptions& options, const RieszFunctional& functional,
                             ChainStart start, const torch::Tensor& initial_particles,
                             const torch::Device& device, std::uint64_t seed)
    : NeuralScheme(options.generator, options.training, functional, std::move(start),
                   initial_particles, device, seed),
      eps_(options.eps),
      step_batch_(options.step_batch) {
  validate(options);
  if (training_.batch_sampling == BatchSampling::Without && step_batch_ > particles_.size(0))
    throw std::invalid_argument("step_batch " + std::to_string(step_batch_) + " is larger than the " +
                                std::to_string(particles_.size(0)) +
                                " particles: batches drawn without replacement hold distinct particles");
}

torch::Tensor ForwardScheme::loss(const torch::Tensor& x, const torch::Tensor& z,
                                  const torch::Tensor& target_batch, double /*tau*/) {
  const torch::Tensor xi = generator_->forward(x, z);
  const std::int64_t b = x.size(0) / 2;
  const torch::Tensor d = functional_derivative(x.slice(0, 0, b), xi.slice(0, 0, b), x.slice(0, b),
                                                xi.slice(0, b), target_batch, functional_.r);
  const torch::Tensor norm = guarded_riesz_power(xi.square().sum(1).mean(), 1.0);
  return d / (norm + eps_);
}

void ForwardScheme::check_step(double /*tau*/) {
  if (functional_.r < 1 && has_coinciding_points(particles_, target_))
    throw std::invalid_argument(
        "forward scheme with r = " + analytic::format_double(functional_.r) +
        " < 1 from coinciding particles: the slope is infinite (docs/math.md 3.3); start from "
        "gamma(t0) with t0 > 0");
}

void ForwardScheme::move(double tau, StepReport& report) {
  torch::NoGradGuard no_grad;
  const std::int64_t n = step_batch_;
  const torch::Tensor x = two_batches(particles_, n);
  const torch::Tensor xi = generator_->forward(x, latent(2 * n));
  const torch::Tensor t = target_batch(n);
  double d = 0.0, v2 = 0.0;
  if (fused_) {
    // Fused engine: the same estimates by the loops of neural/fused/fused_loss.h (O(n d) memory).
    const torch::Tensor xc = x.contiguous(), xic = xi.contiguous();
    const int M = t.defined() ? static_cast<int>(t.size(0)) : 0;
    const torch::Tensor tc = M > 0 ? t.contiguous() : torch::Tensor();
    FusedLoss<float> estimate(fused_->options().loss, generator_options_.d, static_cast<int>(n), M);
    std::vector<float> grad(static_cast<std::size_t>(2 * n) * generator_options_.d);
    estimate.evaluate(xc.data_ptr<float>(), xic.data_ptr<float>(), M > 0 ? tc.data_ptr<float>() : nullptr,
                      M, tau, grad.data());
    d = estimate.last_derivative();
    v2 = estimate.last_velocity_norm2();
  } else {
    d = functional_derivative(x.slice(0, 0, n), xi.slice(0, 0, n), x.slice(0, n), xi.slice(0, n), t,
                              functional_.r)
            .item<double>();
    v2 = xi.square().sum(1).mean().item<double>();
  }
  const double s = v2 > 0 ? std::max(-d, 0.0) / v2 : 0.0;
  if (!std::isfinite(s))
    throw NumericalFailure("forward step factor is not finite (D_v F = " + analytic::format_double(d) +
                           ", ||v||^2 = " + analytic::format_double(v2) + ")");
  report.factor = tau * s;
  report.slope = v2 > 0 ? -d / std::sqrt(v2) : 0.0;
  particles_ = particles_ + generator_->forward(particles_, latent(particles_.size(0))) * report.factor;
  chain_.append(generator_, true, report.factor);
}

bool ForwardScheme::fused_loss(FusedLossOptions& options) const {
  options.scheme = FusedScheme::Forward;
  options.r = functional_.r;
  options.eps = eps_;
  return true;
}

}  // namespace nwgf::neural
