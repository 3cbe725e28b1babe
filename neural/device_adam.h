#pragma once
// Adam (Kingma & Ba 2015) with its step count and bias corrections held in device tensors, so
// that one update is a fixed sequence of tensor kernels with no host value in it: it can be
// captured into a CUDA graph and replayed (torch::optim::Adam keeps the step count on the host,
// so a replayed capture would repeat the first step's bias correction forever). The update is
// torch::optim::Adam's without weight decay or AMSGrad:
//   t <- t + 1,  m <- b1 m + (1 - b1) g,  v <- b2 v + (1 - b2) g^2,
//   p <- p - lr / (1 - b1^t) * m / (sqrt(v) / sqrt(1 - b2^t) + eps),
// with t and the two corrections in float64 on the parameters' device. Agreement with
// torch::optim::Adam (float32 rounding of the step size only) is tested in
// neural/tests/device_adam_test.cc. Used by the neural schemes on CUDA (neural/neural_scheme.h).
#include <cstdint>
#include <vector>

#include <torch/torch.h>

namespace nwgf::neural {

class DeviceAdam {
 public:
  // params: leaf tensors on one device (at least one); lr > 0, betas in [0, 1), eps >= 0
  // (std::invalid_argument naming the value otherwise).
  DeviceAdam(std::vector<torch::Tensor> params, double lr, double beta1 = 0.9, double beta2 = 0.999,
             double eps = 1e-8);

  // Zeroes the gradients that exist, in place (their storage stays, as a CUDA graph needs).
  void zero_grad();
  // One update of every parameter with a gradient. The first call creates the moment buffers
  // (an allocation: take it before a graph capture begins).
  void step();
  // Updates taken so far (reads the device counter: a synchronisation; for tests and logs).
  std::int64_t steps_taken() const;

 private:
  std::vector<torch::Tensor> params_, m_, v_;
  double lr_, beta1_, beta2_, eps_;
  torch::Tensor t_;  // float64 scalar on the device
};

}  // namespace nwgf::neural
