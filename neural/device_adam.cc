#include "neural/device_adam.h"

#include <cmath>
#include <stdexcept>
#include <string>

#include "analytic/format_value.h"

namespace nwgf::neural {

DeviceAdam::DeviceAdam(std::vector<torch::Tensor> params, double lr, double beta1, double beta2, double eps)
    : params_(std::move(params)), lr_(lr), beta1_(beta1), beta2_(beta2), eps_(eps) {
  if (params_.empty()) throw std::invalid_argument("DeviceAdam: no parameters");
  if (!(lr > 0) || !std::isfinite(lr))
    throw std::invalid_argument("DeviceAdam: lr " + analytic::format_double(lr) + " is outside (0, inf)");
  for (double b : {beta1, beta2})
    if (!(b >= 0 && b < 1)) throw std::invalid_argument("DeviceAdam: beta " + analytic::format_double(b) + " is outside [0, 1)");
  if (!(eps >= 0) || !std::isfinite(eps))
    throw std::invalid_argument("DeviceAdam: eps " + analytic::format_double(eps) + " is outside [0, inf)");
  t_ = torch::zeros({}, torch::TensorOptions().dtype(torch::kFloat64).device(params_.front().device()));
}

void DeviceAdam::zero_grad() {
  for (auto& p : params_)
    if (p.grad().defined()) p.mutable_grad().zero_();
}

void DeviceAdam::step() {
  torch::NoGradGuard no_grad;
  if (m_.empty()) {
    for (const auto& p : params_) {
      m_.push_back(torch::zeros_like(p));
      v_.push_back(torch::zeros_like(p));
    }
  }
  t_.add_(1.0);
  // lr / (1 - b1^t) and sqrt(1 - b2^t), as device scalars.
  const torch::Tensor step_size = lr_ / (1.0 - torch::pow(beta1_, t_));
  const torch::Tensor sqrt_correction2 = torch::sqrt(1.0 - torch::pow(beta2_, t_));
  for (std::size_t i = 0; i < params_.size(); ++i) {
    torch::Tensor& p = params_[i];
    const torch::Tensor& g = p.grad();
    if (!g.defined()) continue;
    m_[i].mul_(beta1_).add_(g, 1.0 - beta1_);
    v_[i].mul_(beta2_).addcmul_(g, g, 1.0 - beta2_);
    const torch::Tensor denom = (v_[i].sqrt() / sqrt_correction2.to(p.scalar_type())).add_(eps_);
    p.sub_(m_[i] / denom * step_size.to(p.scalar_type()));
  }
}

std::int64_t DeviceAdam::steps_taken() const { return static_cast<std::int64_t>(t_.item<double>()); }

}  // namespace nwgf::neural
