#pragma once
// Pairwise Riesz sums in double precision, tiled so that memory stays O((n + m) d): no n x m
// matrix is ever formed. Parallel over the rows with OpenMP. Used by the exact MMD
// (analytic/empirical_error.h) and by the particle-flow baseline (neural/).
// Points are row-major arrays (n x d). Terms with ||x_i - y_j|| == 0 contribute 0 (to sums and
// to fields: the gradient of ||x||^p at 0 is taken as 0, docs/math.md section 2).
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
