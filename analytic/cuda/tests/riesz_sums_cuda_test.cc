// GPU test (built only with -DNWGF_CUDA=ON, registered as cuda.riesz_sums): the CUDA Riesz
// kernels (analytic/cuda/riesz_sums_cuda.h) and neural::riesz_field's CUDA path against the CPU
// sums of analytic/riesz_sums.h. Without a visible CUDA device every case passes after printing
// "skipped: no CUDA device" (the CPU-side logic is tested by analytic.riesz_cuda_plan_test).
#include <doctest/doctest.h>

#include <cstdint>
#include <iostream>
#include <vector>

#include <torch/torch.h>

#include "analytic/cuda/riesz_sums_cuda.h"
#include "analytic/riesz_sums.h"
#include "neural/particle_flow.h"

namespace cu = nwgf::analytic::cuda;

namespace {

bool have_gpu() {
  if (torch::cuda::is_available() && cu::device_available()) return true;
  std::cout << "skipped: no CUDA device visible (torch::cuda::is_available() is false)\n";
  return false;
}

// float64 points that float32 represents exactly, so that the float32 kernels see the same points
// as the float64 reference (near pairs would otherwise change direction under rounding).
torch::Tensor points(std::int64_t n, int d, std::uint64_t seed) {
  torch::manual_seed(seed);
  return torch::randn({n, d}, torch::kFloat64).to(torch::kFloat32).to(torch::kFloat64).contiguous();
}

}  // namespace

TEST_CASE("CUDA pair sums match analytic::riesz_pair_sum (float64 and float32)") {
  if (!have_gpu()) return;
  for (const double p : {1.0, 1.5, 2.0, 0.5}) {
    for (const int d : {1, 2, 3, 4, 7, 16}) {
      // n small (splits > 1) and n larger than a block; partial last tiles.
      for (const std::int64_t n : {300, 3000}) {
        const std::int64_t m = 2 * n + 17;
        const torch::Tensor x = points(n, d, 1), y = points(m, d, 2);
        const double ref = nwgf::analytic::riesz_pair_sum(x.data_ptr<double>(), n, y.data_ptr<double>(), m, d, p);
        const double self = nwgf::analytic::riesz_self_sum(x.data_ptr<double>(), n, d, p);
        const torch::Tensor xg = x.to(torch::kCUDA), yg = y.to(torch::kCUDA);
        CAPTURE(p);
        CAPTURE(d);
        CAPTURE(n);
        CHECK(cu::riesz_pair_sum(xg.data_ptr<double>(), n, yg.data_ptr<double>(), m, d, p) ==
              doctest::Approx(ref).epsilon(1e-12));
        CHECK(cu::riesz_pair_sum(xg.data_ptr<double>(), n, xg.data_ptr<double>(), n, d, p) ==
              doctest::Approx(self).epsilon(1e-12));
        const torch::Tensor xf = xg.to(torch::kFloat32).contiguous(), yf = yg.to(torch::kFloat32).contiguous();
        CHECK(cu::riesz_pair_sum(xf.data_ptr<float>(), n, yf.data_ptr<float>(), m, d, p) ==
              doctest::Approx(ref).epsilon(2e-5));
      }
    }
  }
}

TEST_CASE("CUDA fields match analytic::riesz_field; neural::riesz_field's CUDA path uses them") {
  if (!have_gpu()) return;
  for (const double p : {1.0, 1.5, 2.0}) {
    for (const int d : {1, 2, 3, 10}) {
      for (const std::int64_t n : {300, 3000}) {
        const std::int64_t m = n + 5;
        const torch::Tensor x = points(n, d, 3), y = points(m, d, 4);
        torch::Tensor ref = torch::empty({n, d}, torch::kFloat64);
        nwgf::analytic::riesz_field(x.data_ptr<double>(), n, y.data_ptr<double>(), m, d, p, ref.data_ptr<double>());
        const torch::Tensor xg = x.to(torch::kCUDA), yg = y.to(torch::kCUDA);
        CAPTURE(p);
        CAPTURE(d);
        CAPTURE(n);
        torch::Tensor out = torch::empty_like(xg);
        cu::riesz_field(xg.data_ptr<double>(), n, yg.data_ptr<double>(), m, d, p, out.data_ptr<double>());
        CHECK(torch::allclose(out.cpu(), ref, 1e-10, 1e-12));
        const torch::Tensor xf = xg.to(torch::kFloat32).contiguous(), yf = yg.to(torch::kFloat32).contiguous();
        torch::Tensor outf = torch::empty_like(xf);
        cu::riesz_field(xf.data_ptr<float>(), n, yf.data_ptr<float>(), m, d, p, outf.data_ptr<float>());
        CHECK(torch::allclose(outf.cpu().to(torch::kFloat64), ref, 1e-4, 1e-5));
        // Self field (coinciding diagonal pairs skipped) through the neural module's dispatcher.
        torch::Tensor self_ref = torch::empty({n, d}, torch::kFloat64);
        nwgf::analytic::riesz_field(x.data_ptr<double>(), n, x.data_ptr<double>(), n, d, p, self_ref.data_ptr<double>());
        CHECK(torch::allclose(nwgf::neural::riesz_field(xg, xg, p).cpu(), self_ref, 1e-10, 1e-12));
        CHECK(torch::allclose(nwgf::neural::riesz_field_chunked(xg, xg, p).cpu(), self_ref, 1e-10, 1e-12));
      }
    }
  }
}

TEST_CASE("CUDA kernels reject dimensions they do not handle") {
  if (!have_gpu()) return;
  const torch::Tensor x = torch::zeros({4, cu::kRieszCudaMaxDim + 1}, torch::TensorOptions(torch::kCUDA).dtype(torch::kFloat64));
  CHECK_THROWS_AS(cu::riesz_pair_sum(x.data_ptr<double>(), 4, x.data_ptr<double>(), 4, cu::kRieszCudaMaxDim + 1, 1.0),
                  std::invalid_argument);
  // neural::riesz_field falls back to the chunked LibTorch path there.
  CHECK(nwgf::neural::riesz_field(x, x, 1.0).abs().sum().item<double>() == 0.0);
}
