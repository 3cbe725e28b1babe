// Tests of neural/particle_flow.h: the chunked LibTorch field equals the analytic tiled field,
// the explicit Euler flow keeps the mean (the interaction field is antisymmetric in pairs),
// and a Dirac start does not move while a box start does.
#include <doctest/doctest.h>
#include <torch/torch.h>

#include "analytic/riesz_sums.h"
#include "neural/particle_flow.h"
#include "testing/tolerances.h"

namespace nn = nwgf::neural;

namespace {
// testing/tolerances.h, absolute: fields of size O(1) in float64 (kRoundoff); the mean, which
// moves only by rounding (kClosedForm).
namespace tolerance = nwgf::tolerance;
}

TEST_CASE("the chunked LibTorch field equals the analytic tiled field") {
  auto gen = at::detail::createCPUGenerator(3);
  torch::Tensor x = torch::randn({57, 3}, gen, torch::kFloat64);
  x[5] = x[9];  // one coinciding pair: skipped by both
  const torch::Tensor y = torch::cat({x, torch::randn({11, 3}, gen, torch::kFloat64)}, 0);
  for (double r : {0.5, 1.0, 1.5}) {
    nn::ParticleFlowOptions small_chunks;
    small_chunks.chunk_elements = 7 * 68 * 3;  // 7 rows per chunk: exercises the chunk loop
    const torch::Tensor a = nn::riesz_field(x, y, r);  // CPU: analytic::riesz_field
    const torch::Tensor b = nn::riesz_field_chunked(x, y, r, small_chunks);
    INFO("r = " << r);
    CHECK(torch::isfinite(a).all().item<bool>());
    CHECK((a - b).abs().max().item<double>() < tolerance::kRoundoff);
  }
}

TEST_CASE("the particle flow keeps the mean and spreads a box start") {
  const torch::Tensor start = nn::box_start(300, 2, 1e-9, 5) + 0.3;
  nn::RieszFunctional f;
  f.r = 1.0;
  nn::ParticleFlow flow(f, start, torch::kCPU);
  const torch::Tensor mean0 = start.mean(0);
  for (int n = 0; n < 5; ++n) REQUIRE(flow.step(0.05));
  CHECK((flow.particles().mean(0) - mean0).abs().max().item<double>() < tolerance::kClosedForm);
  // After 5 steps of 0.05 the exact flow has radius a(0.25) s = 0.25 pi / 4 ≈ 0.196; the box
  // (1e-9) has grown by many orders of magnitude.
  const double spread = (flow.particles() - mean0).norm(2, 1).max().item<double>();
  CHECK(spread > 0.1);
  CHECK(spread < 0.3);
}

TEST_CASE("particles at an exact Dirac never move") {
  nn::RieszFunctional f;
  nn::ParticleFlow flow(f, torch::zeros({10, 2}, torch::kFloat64), torch::kCPU);
  REQUIRE(flow.step(0.1));
  CHECK(flow.particles().abs().max().item<double>() == 0.0);
}
