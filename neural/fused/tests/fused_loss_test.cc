// The fused engine's training losses of both schemes (network + loss + hand-written gradients,
// neural/fused/fused_trainer.h) against LibTorch autograd in float64 on the same weights and batches.
// The reference losses are written here from docs/math.md section 2 with torch operations; coinciding
// points use the guard "||.||^r and its gradient are 0 where the squared distance is below 1e-30"
// (torch::where, so autograd never sees a NaN), and the forward scheme's split term for r = 1.
#include <doctest/doctest.h>

#include <cmath>
#include <string>
#include <vector>

#include <torch/torch.h>

#include "neural/functionals.h"
#include "neural/fused_torch.h"
#include "neural/tests/torch_mlp_reference.h"
#include "neural/fused/fused_trainer.h"
#include "testing/tolerances.h"

using namespace nwgf::neural;
using nwgf::neural::testing::torch_mlp;

namespace {

namespace tolerance = nwgf::tolerance;  // testing/tolerances.h: kPairSums, float64 over ~1e4 pairs
constexpr double kTiny = 1e-30;

torch::Tensor pair_sq(const torch::Tensor& a, const torch::Tensor& b) {
  return (a.unsqueeze(1) - b.unsqueeze(0)).square().sum(-1);
}
// ||.||^p of squared norms, 0 (value and gradient) below kTiny.
torch::Tensor guarded_power(const torch::Tensor& sq, double p) {
  const torch::Tensor ok = sq >= kTiny;
  return torch::where(ok, torch::where(ok, sq, torch::ones_like(sq)).pow(p / 2), torch::zeros_like(sq));
}

torch::Tensor reference_backward_loss(const torch::Tensor& x, const torch::Tensor& g,
                                      const torch::Tensor& target, double r, double tau,
                                      bool displacement) {
  const int64_t b = x.size(0) / 2;
  const torch::Tensor y = displacement ? x + g : g;
  torch::Tensor loss = (x - y).square().sum(1).mean() * 0.5;
  const torch::Tensor e = guarded_power(pair_sq(y.slice(0, 0, b), y.slice(0, b)), r).mean() * -0.5;
  loss = loss + tau * e;
  if (target.defined()) loss = loss + tau * guarded_power(pair_sq(y, target), r).mean();
  return loss;
}

torch::Tensor reference_forward_loss(const torch::Tensor& x, const torch::Tensor& xi,
                                     const torch::Tensor& target, double r, double eps) {
  const int64_t b = x.size(0) / 2;
  const torch::Tensor xa = x.slice(0, 0, b), xb = x.slice(0, b);
  const torch::Tensor xia = xi.slice(0, 0, b), xib = xi.slice(0, b);
  const torch::Tensor sq = pair_sq(xa, xb);
  const torch::Tensor ok = sq >= kTiny;
  const torch::Tensor w = torch::where(ok, r * torch::where(ok, sq, torch::ones_like(sq)).pow((r - 2) / 2),
                                       torch::zeros_like(sq));
  const torch::Tensor inner =
      ((xa.unsqueeze(1) - xb.unsqueeze(0)) * (xia.unsqueeze(1) - xib.unsqueeze(0))).sum(-1);
  torch::Tensor d = (w * inner).mean() * -0.5;
  if (r == 1.0) d = d - (torch::logical_not(ok).to(torch::kFloat64) * guarded_power(pair_sq(xia, xib), 1.0)).mean() * 0.5;
  if (target.defined()) {
    const torch::Tensor sqt = pair_sq(x, target);
    const torch::Tensor okt = sqt >= kTiny;
    const torch::Tensor wt = torch::where(
        okt, r * torch::where(okt, sqt, torch::ones_like(sqt)).pow((r - 2) / 2), torch::zeros_like(sqt));
    const torch::Tensor innert = ((x.unsqueeze(1) - target.unsqueeze(0)) * xi.unsqueeze(1)).sum(-1);
    d = d + (wt * innert).mean();
    if (r == 1.0)
      d = d + (torch::logical_not(okt).to(torch::kFloat64) *
               guarded_power(xi.square().sum(1), 1.0).unsqueeze(1)).mean();
  }
  const torch::Tensor norm = guarded_power(xi.square().sum(1).mean(), 1.0);
  return d / (norm + eps);
}

double relative_error(const torch::Tensor& a, const torch::Tensor& b) {
  const double scale = std::max(1e-3, b.abs().max().item<double>());
  return (a - b).abs().max().item<double>() / scale;
}

// x (2b x d) with coinciding points: X row 0 equals Y row 0 and X row 1 equals Y row 2 (also
// in z, so that T(x, z) coincides in the backward scheme), target row 0 equals X row 3.
struct Batches {
  torch::Tensor x, z, target;
};
Batches make_batches(int b, int d, int k, int M, bool coincide) {
  Batches s;
  s.x = torch::randn({2 * b, d}, torch::kFloat64);
  s.z = torch::randn({2 * b, k}, torch::kFloat64);
  s.target = M > 0 ? torch::randn({M, d}, torch::kFloat64) : torch::Tensor();
  if (coincide) {
    s.x[b] = s.x[0];
    s.z[b] = s.z[0];
    s.x[b + 2] = s.x[1];
    s.z[b + 2] = s.z[1];
    if (M > 0) s.target[0] = s.x[3];
  }
  return s;
}

void check_scheme(FusedScheme scheme, double r, int d, bool coincide, bool dirac, int M) {
  CAPTURE(r);
  CAPTURE(d);
  CAPTURE(coincide);
  CAPTURE(dirac);
  CAPTURE(M);
  const int b = 9, k = d;
  FusedTrainerOptions o;
  o.d = d;
  o.width = 24;
  o.batch = b;
  o.target_batch = std::max(M, 1);
  o.loss.scheme = scheme;
  o.loss.r = r;
  o.loss.eps = 1e-2;
  FusedTrainer<double> trainer(o, 1);
  auto net = torch_mlp(o.shape(), torch::kFloat64);
  copy_parameters_from(*net, trainer.mlp());

  Batches s = make_batches(b, d, k, M, coincide);
  // The forward scheme's split term needs xi_i != xi_j at coinciding x: fresh z there.
  if (scheme == FusedScheme::Forward && coincide) s.z[b] = torch::randn({k}, torch::kFloat64);
  if (dirac) s.x.zero_();  // every pair coincides (forward scheme from delta_0)
  const double tau = 0.3;
  const double fused = trainer.loss_and_gradients(
      s.x.data_ptr<double>(), s.z.data_ptr<double>(),
      M > 0 ? s.target.data_ptr<double>() : nullptr, M, tau);

  const torch::Tensor g = net->forward(torch::cat({s.x, s.z}, 1));
  const torch::Tensor ref = scheme == FusedScheme::Backward
                                ? reference_backward_loss(s.x, g, s.target, r, tau, true)
                                : reference_forward_loss(s.x, g, s.target, r, o.loss.eps);
  ref.backward();
  const double ref_value = ref.item<double>();
  CHECK(std::isfinite(fused));
  CHECK(std::abs(fused - ref_value) <= tolerance::kPairSums * std::max(1.0, std::abs(ref_value)));

  std::vector<torch::Tensor> grads;
  for (const auto& p : net->parameters()) grads.push_back(torch::zeros_like(p));
  unflatten_like_parameters(trainer.mlp().gradients(), trainer.mlp(), grads);
  const auto params = net->parameters();
  for (std::size_t q = 0; q < params.size(); ++q) {
    CAPTURE(q);
    CHECK(torch::isfinite(grads[q]).all().item<bool>());
    CHECK(relative_error(grads[q], params[q].grad()) < tolerance::kPairSums);
  }
}

}  // namespace

TEST_CASE("backward-scheme loss and parameter gradients equal LibTorch autograd") {
  torch::manual_seed(21);
  for (double r : {0.5, 1.0, 1.5})
    for (int d : {1, 2, 3})
      for (bool coincide : {false, true})
        for (int M : {0, 5}) check_scheme(FusedScheme::Backward, r, d, coincide, false, M);
}

TEST_CASE("forward-scheme loss and parameter gradients equal LibTorch autograd") {
  torch::manual_seed(22);
  for (double r : {0.5, 1.0, 1.5})
    for (int d : {1, 2, 3})
      for (bool coincide : {false, true})
        for (int M : {0, 5}) check_scheme(FusedScheme::Forward, r, d, coincide, false, M);
}

TEST_CASE("forward scheme from a Dirac (all pairs coincide) stays finite and exact") {
  torch::manual_seed(23);
  for (double r : {0.5, 1.0, 1.5})
    for (int d : {1, 2, 3}) check_scheme(FusedScheme::Forward, r, d, false, true, 0);
}

TEST_CASE("backward scheme without displacement (T = G) matches too") {
  torch::manual_seed(24);
  const int b = 6, d = 2;
  FusedTrainerOptions o;
  o.d = d;
  o.width = 16;
  o.batch = b;
  o.loss.displacement = false;
  FusedTrainer<double> trainer(o, 1);
  auto net = torch_mlp(o.shape(), torch::kFloat64);
  copy_parameters_from(*net, trainer.mlp());
  const Batches s = make_batches(b, d, d, 0, false);
  const double fused =
      trainer.loss_and_gradients(s.x.data_ptr<double>(), s.z.data_ptr<double>(), nullptr, 0, 0.1);
  const torch::Tensor ref =
      reference_backward_loss(s.x, net->forward(torch::cat({s.x, s.z}, 1)), {}, 1.0, 0.1, false);
  ref.backward();
  CHECK(std::abs(fused - ref.item<double>()) <= tolerance::kPairSums);
  std::vector<torch::Tensor> grads;
  for (const auto& p : net->parameters()) grads.push_back(torch::zeros_like(p));
  unflatten_like_parameters(trainer.mlp().gradients(), trainer.mlp(), grads);
  const auto params = net->parameters();
  for (std::size_t q = 0; q < params.size(); ++q) CHECK(relative_error(grads[q], params[q].grad()) < tolerance::kPairSums);
}

TEST_CASE("the forward estimates D_v F and ||v||^2 equal neural/functionals.h on the same batches") {
  // The LibTorch engine's step factor uses functional_derivative (neural/functionals.h); the
  // fused engine's uses FusedLoss::last_derivative. Same data, float64, coinciding pairs included.
  torch::manual_seed(25);
  for (double r : {0.5, 1.0, 1.5})
    for (int d : {1, 2, 3})
      for (int M : {0, 4}) {
        CAPTURE(r);
        CAPTURE(d);
        CAPTURE(M);
        const int n = 11;
        torch::Tensor x = torch::randn({2 * n, d}, torch::kFloat64);
        const torch::Tensor xi = torch::randn({2 * n, d}, torch::kFloat64);
        torch::Tensor t = M > 0 ? torch::randn({M, d}, torch::kFloat64) : torch::Tensor();
        x[n + 1] = x[0];  // a coinciding pair across the batches
        if (M > 0) t[1] = x[5];  // a particle on a target point
        FusedLossOptions o;
        o.scheme = FusedScheme::Forward;
        o.r = r;
        FusedLoss<double> loss(o, d, n, M);
        std::vector<double> grad(2 * n * d);
        loss.evaluate(x.data_ptr<double>(), xi.data_ptr<double>(), M > 0 ? t.data_ptr<double>() : nullptr,
                      M, 0.1, grad.data());
        const double ref = functional_derivative(x.slice(0, 0, n), xi.slice(0, 0, n), x.slice(0, n),
                                                 xi.slice(0, n), t, r)
                               .item<double>();
        const double ref_v2 = xi.square().sum(1).mean().item<double>();
        CHECK(std::abs(loss.last_derivative() - ref) <= tolerance::kPairSums * std::max(1.0, std::abs(ref)));
        CHECK(std::abs(loss.last_velocity_norm2() - ref_v2) <= tolerance::kPairSums * ref_v2);
      }
}
