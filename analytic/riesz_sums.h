#pragma once
// Pairwise Riesz sums in double precision, tiled so that memory stays O((n + m) d): no n x m
// matrix is ever formed. Parallel over the rows with OpenMP. Used by the exact MMD
// (analytic/empirical_error.h) and by the particle-flow baseline (neural/).
// Points are row-major arrays (n x d). Terms with ||x_i - y_j|| == 0 contribute 0 (to sums and
// to fields: the gradient of ||x||^p at 0 is taken as 0, docs/math.md section 2).
//
// Kernels (analytic/kernels/riesz_kernels.inc, one copy per instruction set chosen at run time,
// analytic/kernel_isa.h), per pair from d2 = ||z||^2 (summed over the coordinates with FMAs):
//   sums   p = 1: sqrt(d2); p = 2: d2; p = 0.5: sqrt(sqrt(d2)); p = 1.5: s sqrt(s), s = sqrt(d2);
//          other p: exp((p/2) ln d2) with the vectorised ln and exp of analytic/kernels/simd_math.h
//          (k (p/2) ln 2 split so that its large part is exact, d2 = 2^k m).
//   fields p = 1: y = 1/sqrt(d2) from an integer initial estimate and four Newton steps (no
//          square root, no divide); p = 2: 2; p = 0.5: 0.5 y sqrt(y); p = 1.5: 1.5 sqrt(y);
//          other p: p exp((p/2 - 1) ln d2).
// Squared distances below the smallest normal double (distances below 1.5e-154, other than 0)
// are raised to it; values outside the normal range saturate at its ends.
// Accuracy of one term ||z||^p and one field weight p ||z||^(p-2), maximum relative error
// against std::pow in long double over 4000 distances log-spaced on [1e-6, 1e3], d = 1, 2, 3,
// p in {0.5, 0.7, 1, 1.3, 1.5, 1.9} (measured; analytic/tests/riesz_sums_test.cc asserts 8e-16
// on the AVX2 / AVX-512 paths, 2e-14 on the generic one, over a wider set of p):
//   AVX2 / AVX-512 paths: sums <= 4.2e-16, fields <= 4.9e-16;
//   generic path (no FMA): sums <= 4.4e-16, fields <= 4.7e-16;
//   the previous kernels (sqrt and divide per field pair, glibc libmvec exp/log for other p):
//   sums <= 3.5e-15, fields <= 3.2e-15. New against previous, per term: <= 3.7e-15.
// Sums of many terms add the rounding of the summation (eight lanes per row, rows in 32-row
// blocks added in block order): reproducible to the last bit for any thread count on a given
// path; the AVX2 and AVX-512 paths do the same operations and agree bit for bit.
#include <cstddef>

namespace nwgf::analytic {

// Σ_i Σ_j ||x_i - y_j||^p.
double riesz_pair_sum(const double* x, std::size_t n, const double* y, std::size_t m, int d,
                      double p);
// Σ_i Σ_j ||x_i - x_j||^p over all ordered pairs (each unordered pair counted twice).
double riesz_self_sum(const double* x, std::size_t n, int d, double p);
// out_i = (1/m) Σ_j p ||x_i - y_j||^(p-2) (x_i - y_j): the gradient at x_i of
// (1/m) Σ_j ||x_i - y_j||^p, with coinciding pairs skipped. out is n x d.
void riesz_field(const double* x, std::size_t n, const double* y, std::size_t m, int d,
                 double p, double* out);

}  // namespace nwgf::analytic
