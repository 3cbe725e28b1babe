#include "neural/particle_flow.h"

#include <cmath>
#include <stdexcept>
#include <string>

#include "analytic/format_value.h"
#include "analytic/riesz_sums.h"
#include "neural/device.h"
#ifdef NWGF_HAVE_CUDA_KERNELS  // -DNWGF_CUDA=ON (cmake/cuda.cmake): tiled CUDA kernels
#include <c10/cuda/CUDAGuard.h>
#include <c10/cuda/CUDAStream.h>

#include "analytic/cuda/riesz_sums_cuda.h"
#endif

namespace nwgf::neural {

torch::Tensor box_start(std::int64_t n, int d, double side, std::uint64_t seed) {
  if (n < 1 || d < 1) throw std::invalid_argument("box_start: need n >= 1 and d >= 1");
  if (!(side >= 0 && std::isfinite(side)))
    throw std::invalid_argument("start box side " + analytic::format_double(side) + " must be >= 0 and finite");
  at::Generator gen = make_cpu_generator(seed);
  return (torch::rand({n, d}, gen, torch::kFloat64) - 0.5) * side;
}

torch::Tensor riesz_field(const torch::Tensor& x, const torch::Tensor& y, double p,
                          const ParticleFlowOptions& options) {
  const int64_t n = x.size(0), m = y.size(0), d = x.size(1);
  if (x.device().is_cpu()) {
    const torch::Tensor xc = x.to(torch::kFloat64).contiguous();
    const torch::Tensor yc = y.to(torch::kCPU, torch::kFloat64).contiguous();
    torch::Tensor out = torch::empty({n, d}, torch::kFloat64);
    analytic::riesz_field(xc.data_ptr<double>(), static_cast<std::size_t>(n), yc.data_ptr<double>(),
                          static_cast<std::size_t>(m), static_cast<int>(d), p, out.data_ptr<double>());
    return out;
  }
#ifdef NWGF_HAVE_CUDA_KERNELS
  if (x.is_cuda() && d >= 1 && d <= analytic::cuda::kRieszCudaMaxDim) {
    const c10::cuda::CUDAGuard guard(x.device());
    const torch::Tensor xd = x.to(torch::kFloat64).contiguous();
    const torch::Tensor yd = y.to(x.device(), torch::kFloat64).contiguous();
    torch::Tensor out = torch::empty({n, d}, xd.options());
    analytic::cuda::riesz_field(xd.data_ptr<double>(), n, yd.data_ptr<double>(), m, static_cast<int>(d), p,
                                out.data_ptr<double>(), c10::cuda::getCurrentCUDAStream().stream());
    return out;
  }
#endif
  return riesz_field_chunked(x, y, p, options);
}

torch::Tensor riesz_field_chunked(const torch::Tensor& x, const torch::Tensor& y, double p,
                                  const ParticleFlowOptions& options) {
  const int64_t n = x.size(0), m = y.size(0), d = x.size(1);
  const torch::Tensor xd = x.to(torch::kFloat64);
  const torch::Tensor yd = y.to(x.device(), torch::kFloat64);
  const int64_t rows = std::max<int64_t>(1, options.chunk_elements / std::max<int64_t>(1, m * d));
  std::vector<torch::Tensor> parts;
  for (int64_t begin = 0; begin < n; begin += rows) {
    const torch::Tensor xs = xd.slice(0, begin, std::min(n, begin + rows));
    const torch::Tensor diff = xs.unsqueeze(1) - yd.unsqueeze(0);  // rows x m x d
    const torch::Tensor sq = diff.square().sum(-1);
    const torch::Tensor w = (sq > 0).to(torch::kFloat64) * sq.clamp_min(1e-300).pow((p - 2) / 2) * p;
    parts.push_back((w.unsqueeze(-1) * diff).sum(1) / static_cast<double>(m));
  }
  return torch::cat(parts, 0);
}

ParticleFlow::ParticleFlow(const RieszFunctional& functional, const torch::Tensor& particles,
                           const torch::Device& device, const ParticleFlowOptions& options)
    : functional_(functional), options_(options) {
  if (particles.dim() != 2 || particles.size(0) < 1)
    throw std::invalid_argument("particle flow: particles must be an N x d array with N >= 1");
  validate(functional_, static_cast<int>(particles.size(1)));
  particles_ = particles.to(device, torch::kFloat64).contiguous().clone();
  if (functional_.has_target()) target_ = functional_.target.to(device, torch::kFloat64).contiguous();
}

bool ParticleFlow::step(double tau) {
  if (!(tau > 0 && std::isfinite(tau)))
    throw std::invalid_argument("tau " + analytic::format_double(tau) + " must be positive and finite");
  torch::NoGradGuard no_grad;
  torch::Tensor velocity = riesz_field(particles_, particles_, functional_.r, options_);
  if (target_.defined()) velocity = velocity - riesz_field(particles_, target_, functional_.r, options_);
  particles_ = (particles_ + velocity * tau).contiguous();
  return torch::isfinite(particles_).all().item<bool>();
}

}  // namespace nwgf::neural
