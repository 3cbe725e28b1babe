// The fused MLP's forward and hand-written backward pass against LibTorch (torch::nn::Linear
// layers and autograd, float64) on the same weights; the parameter copies to and from a torch
// module by round trip; FusedAdam against torch::optim::Adam on the same gradients.
#include <doctest/doctest.h>

#include <cmath>
#include <string>
#include <vector>

#include <torch/torch.h>

#include "neural/fused/fused_adam.h"
#include "neural/fused/fused_mlp.h"
#include "neural/fused_torch.h"
#include "neural/tests/torch_mlp_reference.h"
#include "testing/tolerances.h"

using namespace nwgf::neural;
using nwgf::neural::testing::torch_mlp;

namespace {

// Both computations are float64 with different summation orders: agreement to ~1e-15 relative
// per operation; 1e-11 leaves room for a few hundred accumulated roundings.
namespace tolerance = nwgf::tolerance;  // testing/tolerances.h

// max |a - b| / max(1, max |b|)
double relative_error(const torch::Tensor& a, const torch::Tensor& b) {
  const double scale = std::max(1.0, b.abs().max().item<double>());
  return (a - b).abs().max().item<double>() / scale;
}

}  // namespace

TEST_CASE("fused MLP forward and parameter gradients equal LibTorch autograd") {
  torch::manual_seed(7);
  const std::vector<std::string> activations = {"relu", "leaky_relu", "elu", "tanh", "softplus"};
  // Shapes: the reference (4, 64, 2, 2), widths that are not multiples of the SIMD width, depth 1
  // and 3, row counts that are not multiples of the kernel's row block.
  const std::vector<std::pair<FusedMlpShape, int>> cases = {
      {{4, 64, 2, 2}, 200}, {{3, 5, 1, 1}, 7}, {{6, 20, 3, 3}, 13}, {{2, 33, 2, 10}, 1}};
  for (const std::string& act : activations) {
    for (auto [shape, n] : cases) {
      shape.activation = *nwgf::neural::parse_activation(act);
      CAPTURE(act);
      CAPTURE(shape.width);
      auto net = torch_mlp(shape, torch::kFloat64, act);
      FusedMlp<double> mlp(shape, n + 3);
      copy_parameters_from(*net, mlp);

      const torch::Tensor input = torch::randn({n, shape.in}, torch::kFloat64) * 2;
      const torch::Tensor weights = torch::randn({n, shape.out}, torch::kFloat64);
      const torch::Tensor out = net->forward(input);
      (out * weights).sum().backward();

      const double* fused_out = mlp.forward(input.data_ptr<double>(), n);
      const torch::Tensor fo = torch::from_blob(const_cast<double*>(fused_out), {n, shape.out},
                                                torch::kFloat64).clone();
      CHECK(relative_error(fo, out.detach()) < tolerance::kNetwork);

      mlp.backward(weights.data_ptr<double>(), n);
      std::vector<torch::Tensor> grads;
      for (const auto& p : net->parameters()) grads.push_back(torch::zeros_like(p));
      unflatten_like_parameters(mlp.gradients(), mlp, grads);
      const auto params = net->parameters();
      for (std::size_t q = 0; q < params.size(); ++q) {
        CAPTURE(q);
        CHECK(relative_error(grads[q], params[q].grad()) < tolerance::kNetwork);
      }
    }
  }
}

TEST_CASE("fused MLP parameters survive a round trip through a torch module") {
  torch::manual_seed(3);
  const FusedMlpShape shape{5, 12, 2, 3, FusedActivation::ReLU};
  auto a = torch_mlp(shape, torch::kFloat64, "relu");
  auto b = torch_mlp(shape, torch::kFloat64, "relu");
  FusedMlp<double> mlp(shape, 4);
  copy_parameters_from(*a, mlp);
  copy_parameters_to(mlp, *b);
  const auto pa = a->parameters(), pb = b->parameters();
  for (std::size_t q = 0; q < pa.size(); ++q) CHECK(torch::equal(pa[q], pb[q]));
  // float32 module <-> float32 engine
  auto c = torch_mlp(shape, torch::kFloat64, "relu");
  c->to(torch::kFloat32);
  FusedMlp<float> mlpf(shape, 4);
  copy_parameters_from(*c, mlpf);
  auto e = torch_mlp(shape, torch::kFloat64, "relu");
  e->to(torch::kFloat32);
  copy_parameters_to(mlpf, *e);
  const auto pc = c->parameters(), pe = e->parameters();
  for (std::size_t q = 0; q < pc.size(); ++q) CHECK(torch::equal(pc[q], pe[q]));
}

TEST_CASE("a module of another architecture is refused with the offending parameter") {
  auto net = torch_mlp({4, 16, 2, 2}, torch::kFloat64, "relu");
  FusedMlp<double> mlp({4, 64, 2, 2}, 4);
  // Layer 0 of the module is 16 wide, the fused MLP's 64: the message names the pair and the
  // fused shape it was compared with.
  CHECK_THROWS_WITH_AS(copy_parameters_from(*net, mlp), doctest::Contains("parameter pair 0"), std::invalid_argument);
  CHECK_THROWS_WITH_AS(copy_parameters_from(*net, mlp), doctest::Contains("width 64"), std::invalid_argument);
}

TEST_CASE("fused Adam takes the steps of torch::optim::Adam") {
  torch::manual_seed(11);
  const FusedMlpShape shape{4, 20, 2, 2, FusedActivation::ReLU};
  auto net = torch_mlp(shape, torch::kFloat64, "relu");
  FusedMlp<double> mlp(shape, 1);
  copy_parameters_from(*net, mlp);
  FusedAdamOptions options;
  options.lr = 3e-2;  // large, so that the parameters move visibly
  FusedAdam<double> adam(mlp.parameter_count(), options);
  torch::optim::Adam reference(net->parameters(), torch::optim::AdamOptions(options.lr));
  std::vector<double> flat_grad(mlp.parameter_count());
  for (int step = 0; step < 25; ++step) {
    reference.zero_grad();
    std::vector<torch::Tensor> g;
    for (auto& p : net->parameters()) {
      p.mutable_grad() = torch::randn_like(p) * (step % 3 == 0 ? 1e-6 : 1.0);
      g.push_back(p.grad());
    }
    flatten_like_parameters(g, mlp, flat_grad.data());
    reference.step();
    adam.step(mlp.parameters(), flat_grad.data());
  }
  std::vector<torch::Tensor> fused;
  for (const auto& p : net->parameters()) fused.push_back(torch::zeros_like(p));
  unflatten_like_parameters(mlp.parameters(), mlp, fused);
  const auto params = net->parameters();
  for (std::size_t q = 0; q < params.size(); ++q) {
    CAPTURE(q);
    CHECK(relative_error(fused[q], params[q].detach()) < tolerance::kNetwork);
  }
  // Padding entries stay zero.
  std::vector<double> flat(mlp.parameter_count());
  flatten_like_parameters(fused, mlp, flat.data());
  for (std::size_t e = 0; e < flat.size(); ++e) CHECK(flat[e] == mlp.parameters()[e]);
}
