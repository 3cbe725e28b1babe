#include "analytic/riesz_sums.h"

#include <omp.h>

#include <cmath>
#include <stdexcept>
#include <string>
#include <vector>

// Tiling: the columns y are stored once as structure-of-arrays (d arrays of m doubles, O(m d)
// memory) so that the innermost loop over j is a unit-stride SIMD loop. Rows are processed in
// blocks of kRowBlock and columns in tiles of kColTile (kColTile * d * 8 bytes stays within L2)
// so that a tile is reused by a whole row block while it is in cache. Rows are split over
// OpenMP threads; each thread accumulates its own partial sum (no atomics in the hot loop).

// glibc's libmvec has SIMD variants of exp and log (AVX2/AVX-512, within 4 ulp); declaring them
// here lets `#pragma omp simd` loops call them (glibc only declares them under -ffast-math).
// With -fno-math-errno (set project-wide) the general-exponent loops vectorise.
extern "C" double exp(double) noexcept __attribute__((simd("notinbranch")));
extern "C" double log(double) noexcept __attribute__((simd("notinbranch")));

namespace nwgf::analytic {

namespace {

constexpr std::size_t kRowBlock = 32;
constexpr std::size_t kColTile = 2048;

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

// dd[j] = ||xi - y_(start + j)||^2 for j < len, y as coordinate arrays (ysoa, m points).
inline void squared_distances(const double* xi, const double* ysoa, std::size_t m, int dim,
                              std::size_t start, std::size_t len, double* dd) {
  for (std::size_t j = 0; j < len; ++j) dd[j] = 0.0;
  for (int k = 0; k < dim; ++k) {
    const double a = xi[k];
    const double* yk = ysoa + static_cast<std::size_t>(k) * m + start;
#pragma omp simd
    for (std::size_t j = 0; j < len; ++j) {
      const double u = a - yk[j];
      dd[j] += u * u;
    }
  }
}

// ||.||^p of a squared distance. p = 1 and p = 2 avoid pow (the common cases and the fast
// ones: sqrt vectorises); d2 = 0 gives 0 for every p > 0.
template <int Mode>  // 1: p = 1, 2: p = 2, 0: general p
inline double radial_power(double d2, double half_p) {
  if constexpr (Mode == 1) {
    return std::sqrt(d2);
  } else if constexpr (Mode == 2) {
    return d2;
  } else {
    return d2 > 0.0 ? ::exp(half_p * ::log(d2)) : 0.0;
  }
}

// Weight p ||z||^(p-2) of the field term, 0 where z = 0 (docs/math.md section 2: the gradient of
// ||x||^p at 0 is not defined; the coinciding term is omitted).
template <int Mode>
inline double field_weight(double d2, double p, double half_p_minus_1) {
  if constexpr (Mode == 1) {
    return d2 > 0.0 ? 1.0 / std::sqrt(d2) : 0.0;
  } else if constexpr (Mode == 2) {
    (void)d2;
    return 2.0;
  } else {
    return d2 > 0.0 ? p * ::exp(half_p_minus_1 * ::log(d2)) : 0.0;
  }
}

// upper_only: x and y are the same set and only the pairs j > i are summed (each unordered
// pair once; the self sum is twice that), which halves the work.
template <int Mode, int D>  // D > 0: compile-time dimension; D = 0: runtime d
double pair_sum_kernel(const double* x, std::size_t n, const double* ysoa, std::size_t m, int d,
                       double p, bool upper_only) {
  const double half_p = 0.5 * p;
  const int dim = D > 0 ? D : d;
  // One partial sum per row block, added in block order afterwards: the result does not depend
  // on the thread count or on which thread took which block (reproducible to the last bit).
  const std::size_t blocks = (n + kRowBlock - 1) / kRowBlock;
  std::vector<double> block_total(blocks, 0.0);
#pragma omp parallel
  {
    std::vector<double> d2(kColTile);
#pragma omp for schedule(dynamic, 1)
    for (std::size_t b = 0; b < blocks; ++b) {
      const std::size_t i0 = b * kRowBlock;
      const std::size_t i1 = std::min(n, i0 + kRowBlock);
      double total = 0.0;
      const std::size_t first_tile = upper_only ? (i0 + 1) / kColTile * kColTile : 0;
      for (std::size_t j0 = first_tile; j0 < m; j0 += kColTile) {
        const std::size_t tile_end = std::min(m, j0 + kColTile);
        for (std::size_t i = i0; i < i1; ++i) {
          // columns [start, tile_end) of this tile: all of it, or only those after row i
          const std::size_t start = upper_only ? std::max(j0, std::min(i + 1, tile_end)) : j0;
          const std::size_t len = tile_end - start;
          if (len == 0) continue;
          const double* xi = x + i * dim;
          double acc = 0.0;
          if constexpr (D == 2) {
            const double a0 = xi[0], a1 = xi[1];
            const double* y0 = ysoa + start;
            const double* y1 = ysoa + m + start;
#pragma omp simd reduction(+ : acc)
            for (std::size_t j = 0; j < len; ++j) {
              const double u = a0 - y0[j], v = a1 - y1[j];
              acc += radial_power<Mode>(u * u + v * v, half_p);
            }
          } else {
            double* dd = d2.data();
            squared_distances(xi, ysoa, m, dim, start, len, dd);
#pragma omp simd reduction(+ : acc)
            for (std::size_t j = 0; j < len; ++j) acc += radial_power<Mode>(dd[j], half_p);
          }
          total += acc;
        }
      }
      block_total[b] = total;
    }
  }
  double total = 0.0;
  for (double v : block_total) total += v;
  return total;
}

template <int Mode, int D>
void field_kernel(const double* x, std::size_t n, const double* ysoa, std::size_t m, int d,
                  double p, double* out) {
  const double half_p_minus_1 = 0.5 * p - 1.0;
  const int dim = D > 0 ? D : d;
  const double inv_m = 1.0 / static_cast<double>(m);
#pragma omp parallel
  {
    std::vector<double> d2(kColTile), w(kColTile);
    std::vector<double> acc(static_cast<std::size_t>(dim));
#pragma omp for schedule(dynamic, 1)
    for (std::size_t i0 = 0; i0 < n; i0 += kRowBlock) {
      const std::size_t i1 = std::min(n, i0 + kRowBlock);
      for (std::size_t i = i0; i < i1; ++i)
        for (int k = 0; k < dim; ++k) out[i * dim + k] = 0.0;
      for (std::size_t j0 = 0; j0 < m; j0 += kColTile) {
        const std::size_t len = std::min(m, j0 + kColTile) - j0;
        for (std::size_t i = i0; i < i1; ++i) {
          const double* xi = x + i * dim;
          if constexpr (D == 2) {
            const double a0 = xi[0], a1 = xi[1];
            const double* y0 = ysoa + j0;
            const double* y1 = ysoa + m + j0;
            double g0 = 0.0, g1 = 0.0;
#pragma omp simd reduction(+ : g0, g1)
            for (std::size_t j = 0; j < len; ++j) {
              const double u = a0 - y0[j], v = a1 - y1[j];
              const double wt = field_weight<Mode>(u * u + v * v, p, half_p_minus_1);
              g0 += wt * u;
              g1 += wt * v;
            }
            out[i * 2] += g0;
            out[i * 2 + 1] += g1;
          } else {
            double* dd = d2.data();
            double* ww = w.data();
            squared_distances(xi, ysoa, m, dim, j0, len, dd);
#pragma omp simd
            for (std::size_t j = 0; j < len; ++j)
              ww[j] = field_weight<Mode>(dd[j], p, half_p_minus_1);
            for (int k = 0; k < dim; ++k) {
              const double a = xi[k];
              const double* yk = ysoa + static_cast<std::size_t>(k) * m + j0;
              double g = 0.0;
#pragma omp simd reduction(+ : g)
              for (std::size_t j = 0; j < len; ++j) g += ww[j] * (a - yk[j]);
              out[i * dim + k] += g;
            }
          }
        }
      }
      for (std::size_t i = i0; i < i1; ++i)
        for (int k = 0; k < dim; ++k) out[i * dim + k] *= inv_m;
    }
  }
}

template <template <int, int> class Dispatch, typename... Args>
auto dispatch(int d, double p, Args&&... args) {
  const int mode = p == 1.0 ? 1 : (p == 2.0 ? 2 : 0);
  if (d == 2) {
    if (mode == 1) return Dispatch<1, 2>::run(args...);
    if (mode == 2) return Dispatch<2, 2>::run(args...);
    return Dispatch<0, 2>::run(args...);
  }
  if (mode == 1) return Dispatch<1, 0>::run(args...);
  if (mode == 2) return Dispatch<2, 0>::run(args...);
  return Dispatch<0, 0>::run(args...);
}

template <int Mode, int D>
struct PairSum {
  static double run(const double* x, std::size_t n, const double* ysoa, std::size_t m, int d,
                    double p, bool upper_only) {
    return pair_sum_kernel<Mode, D>(x, n, ysoa, m, d, p, upper_only);
  }
};
template <int Mode, int D>
struct Field {
  static int run(const double* x, std::size_t n, const double* ysoa, std::size_t m, int d,
                 double p, double* out) {
    field_kernel<Mode, D>(x, n, ysoa, m, d, p, out);
    return 0;
  }
};

}  // namespace

double riesz_pair_sum(const double* x, std::size_t n, const double* y, std::size_t m, int d,
                      double p) {
  check_arguments(x, n, y, m, d, p);
  if (n == 0 || m == 0) return 0.0;
  const std::vector<double> ysoa = to_structure_of_arrays(y, m, d);
  return dispatch<PairSum>(d, p, x, n, ysoa.data(), m, d, p, false);
}

double riesz_self_sum(const double* x, std::size_t n, int d, double p) {
  check_arguments(x, n, x, n, d, p);
  if (n == 0) return 0.0;
  const std::vector<double> xsoa = to_structure_of_arrays(x, n, d);
  return 2.0 * dispatch<PairSum>(d, p, x, n, xsoa.data(), n, d, p, true);
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
  dispatch<Field>(d, p, x, n, ysoa.data(), m, d, p, out);
}

}  // namespace nwgf::analytic
