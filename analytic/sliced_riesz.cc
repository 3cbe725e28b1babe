#include "analytic/sliced_riesz.h"

#include "analytic/kernels/riesz_kernels.h"
#include "analytic/random_directions.h"

#include <omp.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <random>
#include <stdexcept>
#include <string>
#include <vector>

namespace nwgf::analytic {

void validate(const SlicedFieldOptions& o, int d) {
  if (d < 1) throw std::invalid_argument("sliced field: dimension d = " + std::to_string(d) + " must be >= 1");
  if (o.directions < 1)
    throw std::invalid_argument("sliced field: directions " + std::to_string(o.directions) + " must be >= 1");
}

double sliced_constant(int d) {
  if (d < 1) throw std::invalid_argument("sliced constant: dimension d = " + std::to_string(d) + " must be >= 1");
  // sqrt(pi) Γ((d+1)/2) / Γ(d/2) via lgamma (no overflow for large d).
  return std::sqrt(M_PI) * std::exp(std::lgamma(0.5 * (d + 1)) - std::lgamma(0.5 * d));
}

void sliced_riesz_field(const double* x, std::size_t n, int d, const SlicedFieldOptions& options,
                        double* out) {
  validate(options, d);
  if (n >= (std::size_t{1} << 32))
    throw std::invalid_argument("sliced field: n = " + std::to_string(n) + " must be below 2^32");
  const std::size_t nd = n * static_cast<std::size_t>(d);
  std::fill(out, out + nd, 0.0);
  if (n == 0) return;

  // Directions theta_p (P x d).
  const int P = d == 1 ? 1 : options.directions;
  std::vector<double> theta(static_cast<std::size_t>(P) * d);
  std::mt19937_64 gen(options.seed);
  if (d == 1) {
    theta[0] = 1.0;
  } else if (d == 2) {
    const double offset = std::uniform_real_distribution<double>(0.0, 1.0)(gen);
    for (int p = 0; p < P; ++p) {
      const double angle = M_PI * (p + offset) / P;
      theta[2 * p] = std::cos(angle);
      theta[2 * p + 1] = std::sin(angle);
    }
  } else {
    theta = uniform_unit_directions(d, P, gen);
  }
  // d = 2 equispaced angles on the half circle: E over theta uniform on the circle of
  // theta sign(<theta, v>) is the same on [0, pi) (the integrand is even in theta).
  const double scale = sliced_constant(d) / (static_cast<double>(P) * static_cast<double>(n));

  // Each thread sums its own contiguous range of directions (static schedule); the threads'
  // fields are added in thread order afterwards, so the result is reproducible to the last bit
  // for a given thread count.
  std::vector<std::vector<double>> thread_fields(static_cast<std::size_t>(omp_get_max_threads()));
  const kernels::KernelTable& kernel = kernels::active_table();
#pragma omp parallel
  {
    std::vector<double> proj(n);
    std::vector<std::uint64_t> words(n), tmp(n);
    std::vector<std::int32_t> weight(n);
    std::vector<double> field;
#pragma omp for schedule(static)
    for (int p = 0; p < P; ++p) {
      if (field.empty()) field.assign(nd, 0.0);
      // projection, radix sort of (32-bit key, index) words, rank scatter: the per-ISA kernel
      // (analytic/kernels/riesz_kernels.inc)
      kernel.sliced_direction(x, n, d, theta.data() + static_cast<std::size_t>(p) * d, proj.data(),
                              words.data(), tmp.data(), weight.data(), field.data());
    }
    thread_fields[static_cast<std::size_t>(omp_get_thread_num())] = std::move(field);
  }
  for (const auto& field : thread_fields)
    if (!field.empty())
      for (std::size_t e = 0; e < nd; ++e) out[e] += field[e];
  for (std::size_t e = 0; e < nd; ++e) out[e] *= scale;
}

}  // namespace nwgf::analytic
