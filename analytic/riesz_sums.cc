#include "analytic/riesz_sums.h"

#include <cmath>
#include <stdexcept>
#include <string>
#include <vector>

#include "analytic/kernels/riesz_kernels.h"

// The kernels (tiling, SIMD, threads) are in analytic/kernels/riesz_kernels.inc, compiled per
// instruction set and chosen at run time (analytic/kernel_isa.h); this file checks the
// arguments and lays the columns out as coordinate arrays.

namespace nwgf::analytic {

namespace {

void check_arguments(const double* x, std::size_t n, const double* y, std::size_t m, int d,
                     double p) {
  if (d < 1) throw std::invalid_argument("riesz sums: dimension d = " + std::to_string(d) +
                                         " must be >= 1");
  if (!(p > 0.0) || !std::isfinite(p))
    throw std::invalid_argument("riesz sums: exponent p = " + std::to_string(p) +
                                " must be finite and > 0");
  if ((n > 0 && x == nullptr) || (m > 0 && y == nullptr))
    throw std::invalid_argument("riesz sums: null point array");
}

// y (m x d, row-major) as d contiguous coordinate arrays.
std::vector<double> to_structure_of_arrays(const double* y, std::size_t m, int d) {
  std::vector<double> soa(m * static_cast<std::size_t>(d));
  for (std::size_t j = 0; j < m; ++j)
    for (int k = 0; k < d; ++k) soa[static_cast<std::size_t>(k) * m + j] = y[j * d + k];
  return soa;
}

}  // namespace

double riesz_pair_sum(const double* x, std::size_t n, const double* y, std::size_t m, int d,
                      double p) {
  check_arguments(x, n, y, m, d, p);
  if (n == 0 || m == 0) return 0.0;
  const std::vector<double> ysoa = to_structure_of_arrays(y, m, d);
  return kernels::active_table().pair_sum(x, n, ysoa.data(), m, d, p, false);
}

double riesz_self_sum(const double* x, std::size_t n, int d, double p) {
  check_arguments(x, n, x, n, d, p);
  if (n == 0) return 0.0;
  const std::vector<double> xsoa = to_structure_of_arrays(x, n, d);
  return 2.0 * kernels::active_table().pair_sum(x, n, xsoa.data(), n, d, p, true);
}

void riesz_field(const double* x, std::size_t n, const double* y, std::size_t m, int d,
                 double p, double* out) {
  check_arguments(x, n, y, m, d, p);
  if (n == 0) return;
  if (out == nullptr) throw std::invalid_argument("riesz_field: null output array");
  if (m == 0) {
    for (std::size_t i = 0; i < n * static_cast<std::size_t>(d); ++i) out[i] = 0.0;
    return;
  }
  const std::vector<double> ysoa = to_structure_of_arrays(y, m, d);
  kernels::active_table().field(x, n, ysoa.data(), m, d, p, out);
}

}  // namespace nwgf::analytic
