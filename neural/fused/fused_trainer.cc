#include "neural/fused/fused_trainer.h"

#include <cstring>
#include <numeric>
#include <stdexcept>
#include <string>

namespace nwgf::neural {

void validate(const FusedTrainerOptions& o) {
  validate(o.shape());
  if (o.latent < 0)
    throw std::invalid_argument("latent " + std::to_string(o.latent) + " must be >= 0 (0: k = d)");
  if (o.batch < 1) throw std::invalid_argument("batch " + std::to_string(o.batch) + " must be >= 1");
  if (o.target_batch < 0)
    throw std::invalid_argument("target_batch " + std::to_string(o.target_batch) + " must be >= 0");
  validate(o.adam);
  validate(o.loss);
}

template <typename T>
FusedTrainer<T>::FusedTrainer(const FusedTrainerOptions& options, std::uint64_t seed)
    : options_((validate(options), options)),
      mlp_(options.shape(), 2 * options.batch),
      adam_(mlp_.parameter_count(), options.adam),
      loss_(options.loss, options.d, options.batch, options.target_rows()),
      random_(seed) {
  adam_.set_live_ranges(mlp_.live_ranges());  // Adam skips the layout's padding (same bits)
  const std::size_t rows = 2 * static_cast<std::size_t>(options_.batch);
  const int d = options_.d, k = options_.latent_size();
  x_ = AlignedArray<T>(rows * d);
  z_ = AlignedArray<T>(rows * k);
  grad_out_ = AlignedArray<T>(rows * d);
  target_batch_ = AlignedArray<T>(static_cast<std::size_t>(options_.target_rows()) * d);
  batch_index_.assign(rows, 0);
}

template <typename T>
void FusedTrainer<T>::set_particles(const T* x, std::size_t m) {
  if (m < 1 || m >= (std::size_t{1} << 32))
    throw std::invalid_argument("particle count " + std::to_string(m) + " must be in [1, 2^32)");
  if (options_.distinct_batches && m < static_cast<std::size_t>(options_.batch))
    throw std::invalid_argument("batch " + std::to_string(options_.batch) + " is larger than the " + std::to_string(m) +
                                " particles: batches drawn without replacement hold distinct particles");
  particles_.assign(x, x + m * options_.d);
  m_ = m;
  // The shuffle starts from the identity at every step, so a step's batches depend only on the
  // stream it is reseeded with (reseed, then set_particles: NeuralScheme::begin_step).
  if (options_.distinct_batches) {
    perm_.resize(m);
    std::iota(perm_.begin(), perm_.end(), std::uint32_t{0});
  }
}

template <typename T>
void FusedTrainer<T>::set_target(const T* t, std::size_t M) {
  if (M >= (std::size_t{1} << 32))
    throw std::invalid_argument("target count " + std::to_string(M) + " must be below 2^32");
  target_.assign(t, t + M * options_.d);
  target_count_ = M;
}

template <typename T>
double FusedTrainer<T>::loss_and_gradients(const T* x, const T* z, const T* target, int M,
                                           double tau) {
  const int rows = 2 * options_.batch, d = options_.d, k = options_.latent_size();
  // u = (x, z) row by row, straight into the network's input (no copy in forward()); element
  // loops, not a memcpy call of d or k floats per row.
  T* in = mlp_.input_buffer();
  for (int i = 0; i < rows; ++i) {
    T* row = in + static_cast<std::ptrdiff_t>(i) * (d + k);
    const T* xi = x + static_cast<std::ptrdiff_t>(i) * d;
    const T* zi = z + static_cast<std::ptrdiff_t>(i) * k;
    for (int c = 0; c < d; ++c) row[c] = xi[c];
    for (int c = 0; c < k; ++c) row[d + c] = zi[c];
  }
  const T* g = mlp_.forward(in, rows);
  const double loss = loss_.evaluate(x, g, target, M, tau, grad_out_.data());
  mlp_.backward(grad_out_.data(), rows);
  return loss;
}

template <typename T>
double FusedTrainer<T>::iterate(double tau) {
  if (m_ == 0) throw std::invalid_argument("fused trainer: no particles set");
  const int rows = 2 * options_.batch, d = options_.d, k = options_.latent_size();
  const std::uint32_t m = static_cast<std::uint32_t>(m_);
  T* x = x_.data();
  std::uint32_t* index = batch_index_.data();
  if (options_.distinct_batches) {
    const std::uint32_t b = static_cast<std::uint32_t>(options_.batch);
    for (std::uint32_t half = 0; half < 2; ++half) {  // two independent batches, each of distinct particles
      draw_distinct(random_, perm_.data(), m, b);
      std::memcpy(index + half * b, perm_.data(), sizeof(std::uint32_t) * b);
    }
  } else {
    for (int i = 0; i < rows; ++i) index[i] = random_.uniform_index(m);
  }
  for (int i = 0; i < rows; ++i) {
    const T* src = particles_.data() + static_cast<std::size_t>(index[i]) * d;
    for (int c = 0; c < d; ++c) x[i * d + c] = src[c];
  }
  random_.fill_normal(z_.data(), static_cast<std::size_t>(rows) * k);
  const T* target = nullptr;
  int M = 0;
  if (target_count_ > 0) {
    const std::size_t tb = static_cast<std::size_t>(options_.target_rows());
    if (target_count_ <= tb) {
      target = target_.data();
      M = static_cast<int>(target_count_);
    } else {
      T* t = target_batch_.data();
      const std::uint32_t count = static_cast<std::uint32_t>(target_count_);
      for (std::size_t i = 0; i < tb; ++i) {
        const T* src = target_.data() + static_cast<std::size_t>(random_.uniform_index(count)) * d;
        for (int c = 0; c < d; ++c) t[i * d + c] = src[c];
      }
      target = t;
      M = static_cast<int>(tb);
    }
  }
  const double loss = loss_and_gradients(x, z_.data(), target, M, tau);
  adam_.step(mlp_.parameters(), mlp_.gradients());
  return loss;
}

template class FusedTrainer<float>;
template class FusedTrainer<double>;

}  // namespace nwgf::neural
