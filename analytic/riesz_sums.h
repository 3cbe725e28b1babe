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
//          other p: d2^a, a = p/2, by one of the two vectorised powers of
//          analytic/kernels/simd_math.h: for |a| <= 0.99 (p <= 1.98) 2^(a log2 d2) in base 2
//          with the rounding to 2^n taken before the log polynomial and no range clamping
//          (pow_positive_moderate), otherwise exp(a ln d2) with saturation at the ends of the
//          double range (pow_positive); both split the large part k a (d2 = 2^k m) exactly.
//   fields p = 1: y = 1/sqrt(d2) from an integer initial estimate and four Newton steps (no
//          square root, no divide); p = 2: 2; p = 0.5: 0.5 y sqrt(y); p = 1.5: 1.5 sqrt(y);
//          other p: p d2^(p/2 - 1), the moderate power for |p/2 - 1| <= 0.99 (p >= 0.02).
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
// Over 20000 pairs of the benchmark set (nwgf_bench's points, uniform in [-1/2, 1/2]^2), against
// long double std::pow, the moderate power (p = 0.7, 1.3, 1.9; the exact part a_hi k - n added
// last, simd_math.h): terms <= 5.0e-16 on the FMA paths, 6.1e-16 on the generic one, field
// components <= 5.4e-16 (the test asserts 7e-16); the moderate power before that reordering:
// <= 5.4e-16 (FMA), 5.9e-16 (generic), fields <= 5.4e-16; the two differ per term by
// <= 3.8e-16 (a rounding of g; both keep full double accuracy, no shortened polynomial). The
// saturating power it replaced there: <= 6.1e-16 and 5.4e-16. p = 0.5, 1, 1.5 and p outside
// [0.02, 1.98] compute exactly as before.
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
