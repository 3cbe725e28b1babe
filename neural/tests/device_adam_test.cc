// DeviceAdam (neural/device_adam.h) against LibTorch's torch::optim::Adam on the CPU: the same
// network, the same gradients, 200 updates; parameters agree to float32 rounding of the step
// size. Its step count lives on the device and counts every update.
#include <cstdint>
#include <vector>

#include <doctest/doctest.h>
#include <torch/torch.h>

#include "neural/device_adam.h"

namespace nn = nwgf::neural;

namespace {

torch::nn::Sequential small_net(std::uint64_t seed) {
  torch::manual_seed(seed);
  return torch::nn::Sequential(torch::nn::Linear(3, 16), torch::nn::Tanh(), torch::nn::Linear(16, 2));
}

torch::Tensor loss_of(torch::nn::Sequential& net, int it) {
  torch::manual_seed(1000 + it);
  const torch::Tensor x = torch::randn({64, 3});
  const torch::Tensor target = torch::sin(x.slice(1, 0, 2) * 2.0);
  return (net->forward(x) - target).square().mean();
}

}  // namespace

TEST_CASE("DeviceAdam takes torch::optim::Adam's steps") {
  for (double lr : {1e-3, 3e-2}) {
    INFO("lr " << lr);
    auto a = small_net(7), b = small_net(7);
    torch::optim::Adam reference(a->parameters(), torch::optim::AdamOptions(lr));
    nn::DeviceAdam device(b->parameters(), lr);
    double first = 0, last = 0;
    for (int it = 0; it < 200; ++it) {
      reference.zero_grad();
      const torch::Tensor la = loss_of(a, it);
      la.backward();
      reference.step();
      device.zero_grad();
      const torch::Tensor lb = loss_of(b, it);
      lb.backward();
      device.step();
      if (it == 0) first = lb.item<double>();
      last = lb.item<double>();
    }
    CHECK(device.steps_taken() == 200);
    CHECK(last < 0.8 * first);  // it trains (the comparison below would hold for a no-op too)
    const auto pa = a->parameters(), pb = b->parameters();
    REQUIRE(pa.size() == pb.size());
    for (std::size_t i = 0; i < pa.size(); ++i) {
      const double scale = pa[i].abs().max().item<double>();
      const double diff = (pa[i] - pb[i]).abs().max().item<double>();
      INFO("parameter " << i << ": max |difference| " << diff << ", max |value| " << scale);
      // 200 updates of size ~lr, each with a float32-rounded step size: relative 1e-5 of the
      // accumulated movement at most.
      CHECK(diff <= 1e-5 * (scale + 200 * lr));
    }
  }
}

TEST_CASE("DeviceAdam refuses bad settings with the value") {
  auto net = small_net(1);
  CHECK_THROWS_WITH_AS(nn::DeviceAdam(net->parameters(), 0.0), doctest::Contains("lr"), std::invalid_argument);
  CHECK_THROWS_WITH_AS(nn::DeviceAdam(net->parameters(), 1e-3, 1.0), doctest::Contains("beta"),
                       std::invalid_argument);
  CHECK_THROWS_WITH_AS(nn::DeviceAdam({}, 1e-3), doctest::Contains("no parameters"), std::invalid_argument);
}
