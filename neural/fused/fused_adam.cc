#include "neural/fused/fused_adam.h"

#include "neural/fused/kernels/fused_kernels.h"

#include <cmath>
#include <cstring>
#include <stdexcept>
#include <string>

namespace nwgf::neural {

void validate(const FusedAdamOptions& o) {
  if (!(o.lr > 0 && std::isfinite(o.lr)))
    throw std::invalid_argument("Adam lr " + std::to_string(o.lr) + " must be positive and finite");
  if (!(o.beta1 >= 0 && o.beta1 < 1))
    throw std::invalid_argument("Adam beta1 " + std::to_string(o.beta1) + " must be in [0, 1)");
  if (!(o.beta2 >= 0 && o.beta2 < 1))
    throw std::invalid_argument("Adam beta2 " + std::to_string(o.beta2) + " must be in [0, 1)");
  if (!(o.eps >= 0 && std::isfinite(o.eps)))
    throw std::invalid_argument("Adam eps " + std::to_string(o.eps) + " must be >= 0 and finite");
}

template <typename T>
FusedAdam<T>::FusedAdam(std::size_t parameter_count, const FusedAdamOptions& options)
    : options_(options), n_(parameter_count), m_(parameter_count), v_(parameter_count) {
  validate(options_);
}

template <typename T>
void FusedAdam<T>::set_lr(double lr) {
  FusedAdamOptions o = options_;
  o.lr = lr;
  validate(o);
  options_ = o;
}

template <typename T>
void FusedAdam<T>::set_live_ranges(std::vector<std::pair<std::size_t, std::size_t>> ranges) {
  std::size_t previous_end = 0;
  for (const auto& [begin, end] : ranges) {
    if (!(begin < end && end <= n_ && begin >= previous_end))
      throw std::invalid_argument("Adam live range [" + std::to_string(begin) + ", " +
                                  std::to_string(end) + ") must be non-empty, after the previous one (" +
                                  std::to_string(previous_end) + ") and within the " +
                                  std::to_string(n_) + " parameters");
    previous_end = end;
  }
  live_ = std::move(ranges);
}

template <typename T>
void FusedAdam<T>::set_state(std::int64_t steps, const T* first_moment, const T* second_moment) {
  if (steps < 0) throw std::invalid_argument("Adam steps " + std::to_string(steps) + " must be >= 0");
  t_ = steps;
  if (first_moment) std::memcpy(m_.data(), first_moment, n_ * sizeof(T));
  else std::memset(m_.data(), 0, n_ * sizeof(T));
  if (second_moment) std::memcpy(v_.data(), second_moment, n_ * sizeof(T));
  else std::memset(v_.data(), 0, n_ * sizeof(T));
}

template <typename T>
void FusedAdam<T>::step(T* params, const T* grads) {
  ++t_;
  const double bc1 = 1.0 - std::pow(options_.beta1, static_cast<double>(t_));
  const double bc2 = 1.0 - std::pow(options_.beta2, static_cast<double>(t_));
  // LibTorch evaluates the scalars in double and casts them to the tensor's type.
  const T beta1 = static_cast<T>(options_.beta1), beta2 = static_cast<T>(options_.beta2);
  const T one_minus_beta1 = static_cast<T>(1.0 - options_.beta1);
  const T one_minus_beta2 = static_cast<T>(1.0 - options_.beta2);
  const T sqrt_bc2 = static_cast<T>(std::sqrt(bc2));
  const T eps = static_cast<T>(options_.eps);
  const T step_size = static_cast<T>(options_.lr / bc1);
  const fused_kernels::AdamScalars<T> s{beta1,           beta2,    one_minus_beta1, one_minus_beta2,
                                        sqrt_bc2,        eps,      step_size};
  const fused_kernels::Table<T>& k = fused_kernels::table<T>();  // kernels/fused_kernels.inc
  if (live_.empty() || !k.adam_live_only) {
    k.adam_update(n_, params, grads, m_.data(), v_.data(), s);
    return;
  }
  for (const auto& [begin, end] : live_)
    k.adam_update(end - begin, params + begin, grads + begin, m_.data() + begin, v_.data() + begin, s);
}

template class FusedAdam<float>;
template class FusedAdam<double>;

}  // namespace nwgf::neural
