#include "neural/fused/fused_loss.h"

#include "neural/fused/kernels/fused_kernels.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <stdexcept>
#include <string>

// The pair pass is in kernels/fused_kernels.inc (one copy per instruction set).

namespace nwgf::neural {

namespace {

// rows (m x d, row-major) -> out (d x ldb, coordinate-major).
template <typename T>
void to_coordinate_major(const T* rows, int m, int d, int ldb, T* out) {
  for (int j = 0; j < m; ++j)
    for (int k = 0; k < d; ++k) out[static_cast<std::ptrdiff_t>(k) * ldb + j] = rows[j * d + k];
}

}  // namespace

void validate(const FusedLossOptions& o) {
  if (!(o.r > 0 && o.r < 2))
    throw std::invalid_argument("r " + std::to_string(o.r) + " is outside (0, 2)");
  if (!(o.eps >= 0 && std::isfinite(o.eps)))
    throw std::invalid_argument("eps " + std::to_string(o.eps) + " must be >= 0 and finite");
}

template <typename T>
FusedLoss<T>::FusedLoss(const FusedLossOptions& options, int d, int batch, int max_target)
    : options_(options), d_(d), b_(batch), max_target_(max_target) {
  validate(options_);
  if (d < 1) throw std::invalid_argument("d " + std::to_string(d) + " must be >= 1");
  if (batch < 1) throw std::invalid_argument("batch " + std::to_string(batch) + " must be >= 1");
  if (max_target < 0)
    throw std::invalid_argument("target batch " + std::to_string(max_target) + " must be >= 0");
  // Rows padded for the pair pass's chunks (kernels/fused_kernels.h); the padding stays finite
  // (zero, or earlier points) and its pairs count as nothing.
  constexpr int P = fused_kernels::kPairPadding;
  ldb_ = (std::max(batch, max_target) + P - 1) / P * P;
  const std::size_t cols = static_cast<std::size_t>(ldb_);
  const std::size_t rows = 2 * static_cast<std::size_t>(batch);
  y_ = AlignedArray<T>(rows * d);
  soa_ = AlignedArray<T>(cols * d);
  ga_ = AlignedArray<T>(rows * d);
  gb_ = AlignedArray<T>(cols * d);
  sq_ = AlignedArray<T>(std::max(cols, static_cast<std::size_t>(P) * d));
  w_ = AlignedArray<T>(cols);
  counts_ = AlignedArray<T>(rows);
}

template <typename T>
double FusedLoss<T>::evaluate(const T* x, const T* g, const T* target, int M, double tau,
                              T* grad_g) {
  if (M < 0 || M > max_target_ || (M > 0 && target == nullptr))
    throw std::invalid_argument("target batch " + std::to_string(M) + " outside [0, " +
                                std::to_string(max_target_) + "]");
  return options_.scheme == FusedScheme::Backward ? backward_loss(x, g, target, M, tau, grad_g)
                                                  : forward_loss(x, g, target, M, grad_g);
}

template <typename T>
double FusedLoss<T>::backward_loss(const T* x, const T* g, const T* target, int M, double tau,
                                   T* grad_g) {
  const int b = b_, d = d_, rows = 2 * b;
  const std::size_t count = static_cast<std::size_t>(rows) * d;
  T* y = y_.data();
  // Transport cost 1/2 mean ||x - y||^2; its gradient in g is (y - x) / rows.
  double cost = 0.0;
  const T inv_rows = T(1) / static_cast<T>(rows);
  for (std::size_t e = 0; e < count; ++e) {
    y[e] = options_.displacement ? x[e] + g[e] : g[e];
    const T disp = y[e] - x[e];
    cost += static_cast<double>(disp) * static_cast<double>(disp);
    grad_g[e] = disp * inv_rows;
  }
  cost *= 0.5 / rows;

  // Interaction E = -1/(2 b^2) Σ ||y_i - y'_j||^r: dE/dy_i = -ga_i / (2b^2), dE/dy'_j = -gb_j / (2b^2).
  const int ldb = ldb_;
  T* soa = soa_.data();
  T* ga = ga_.data();
  T* gb = gb_.data();
  to_coordinate_major(y + static_cast<std::ptrdiff_t>(b) * d, b, d, ldb, soa);
  std::memset(gb, 0, sizeof(T) * static_cast<std::size_t>(ldb) * d);
  const double sum_e = fused_kernels::table<T>().pair_pass(y, b, soa, ldb, b, d, options_.r, ga, gb, static_cast<T*>(nullptr), sq_.data(), w_.data());
  const double energy = -sum_e / (2.0 * b * b);
  const T ce = static_cast<T>(-tau / (2.0 * b * b));
  for (int i = 0; i < b; ++i)
    for (int k = 0; k < d; ++k) {
      grad_g[i * d + k] += ce * ga[i * d + k];
      grad_g[(b + i) * d + k] += ce * gb[static_cast<std::ptrdiff_t>(k) * ldb + i];
    }

  // Potential V = 1/(2b M) Σ ||y_i - t_k||^r over all 2b rows: dV/dy_i = ga_i / (2b M).
  double potential = 0.0;
  if (M > 0) {
    to_coordinate_major(target, M, d, ldb, soa);
    const double sum_v =
        fused_kernels::table<T>().pair_pass(y, rows, soa, ldb, M, d, options_.r, ga, static_cast<T*>(nullptr), static_cast<T*>(nullptr), sq_.data(), w_.data());
    potential = sum_v / (static_cast<double>(rows) * M);
    const T cv = static_cast<T>(tau / (static_cast<double>(rows) * M));
    for (std::size_t e = 0; e < count; ++e) grad_g[e] += cv * ga[e];
  }
  return cost + tau * (energy + potential);
}

template <typename T>
double FusedLoss<T>::forward_loss(const T* x, const T* g, const T* target, int M, T* grad_g) {
  const int b = b_, d = d_, rows = 2 * b;
  const std::size_t count = static_cast<std::size_t>(rows) * d;
  const int ldb = ldb_;
  const double r = options_.r;
  T* soa = soa_.data();
  T* ga = ga_.data();
  T* gb = gb_.data();
  const T* xi = g;

  // Interaction: with the data fields F_i = Σ_j w_ij (x_i - x_j) (i in X) and
  // G_j = -Σ_i w_ij (x_i - x_j) (j in Y), Σ_ij w_ij <x_i - x_j, xi_i - xi_j> = Σ_i <F_i, xi_i> +
  // Σ_j <G_j, xi_j>, linear in xi; D_E = -(that + split) / (2 b^2).
  to_coordinate_major(x + static_cast<std::ptrdiff_t>(b) * d, b, d, ldb, soa);
  std::memset(gb, 0, sizeof(T) * static_cast<std::size_t>(ldb) * d);
  T* counts = counts_.data();
  fused_kernels::table<T>().pair_pass(x, b, soa, ldb, b, d, r, ga, gb, counts, sq_.data(), w_.data());
  const double ce = -1.0 / (2.0 * b * b);
  double s1 = 0.0;
  for (int i = 0; i < b; ++i)
    for (int k = 0; k < d; ++k) {
      const T f = ga[i * d + k], gj = gb[static_cast<std::ptrdiff_t>(k) * ldb + i];
      s1 += static_cast<double>(f) * xi[i * d + k] + static_cast<double>(gj) * xi[(b + i) * d + k];
      grad_g[i * d + k] = static_cast<T>(ce) * f;
      grad_g[(b + i) * d + k] = static_cast<T>(ce) * gj;
    }
  double split = 0.0;
  if (r == 1.0) {
    bool any = false;
    for (int i = 0; i < b; ++i) any = any || counts[i] > T(0);
    if (any) {
      // Coinciding pairs x_i = x_j carry ||xi_i - xi_j|| (gradient (xi_i - xi_j)/||.||, 0 at 0).
      const T tiny = static_cast<T>(kFusedCoincide);
      T* eta = gb;  // reuse: xi of Y, coordinate-major
      to_coordinate_major(xi + static_cast<std::ptrdiff_t>(b) * d, b, d, ldb, eta);
      T* sq = sq_.data();
      T* w = w_.data();
      AlignedArray<T>& gy = y_;  // reuse: gradient on xi of Y, coordinate-major (d x b)
      std::memset(gy.data(), 0, sizeof(T) * gy.size());
      for (int i = 0; i < b; ++i) {
        if (counts[i] == T(0)) continue;
        const T* xr = x + static_cast<std::ptrdiff_t>(i) * d;
        const T* xir = xi + static_cast<std::ptrdiff_t>(i) * d;
        for (int j = 0; j < b; ++j) sq[j] = 0;
        for (int k = 0; k < d; ++k) {
          const T* yk = soa + static_cast<std::ptrdiff_t>(k) * ldb;
#pragma omp simd
          for (int j = 0; j < b; ++j) {
            const T u = xr[k] - yk[j];
            sq[j] += u * u;
          }
        }
        // w_j = mask_ij / ||xi_i - eta_j|| (0 where not coinciding or xi_i = eta_j); sq_j <- ||.||^2.
        for (int j = 0; j < b; ++j) w[j] = sq[j] < tiny ? T(1) : T(0);
        for (int j = 0; j < b; ++j) sq[j] = 0;
        for (int k = 0; k < d; ++k) {
          const T* ek = eta + static_cast<std::ptrdiff_t>(k) * ldb;
#pragma omp simd
          for (int j = 0; j < b; ++j) {
            const T u = xir[k] - ek[j];
            sq[j] += u * u;
          }
        }
        T acc = 0;
#pragma omp simd reduction(+ : acc)
        for (int j = 0; j < b; ++j) {
          const bool ok = w[j] > T(0) && sq[j] >= tiny;
          const T inv = T(1) / std::sqrt(ok ? sq[j] : T(1));
          acc += ok ? sq[j] * inv : T(0);
          w[j] = ok ? inv : T(0);
        }
        split += acc;
        for (int k = 0; k < d; ++k) {
          const T* ek = eta + static_cast<std::ptrdiff_t>(k) * ldb;
          T* gk = gy.data() + static_cast<std::ptrdiff_t>(k) * b;
          T gi = 0;
#pragma omp simd reduction(+ : gi)
          for (int j = 0; j < b; ++j) {
            const T f = w[j] * (xir[k] - ek[j]);
            gi += f;
            gk[j] -= f;
          }
          grad_g[i * d + k] += static_cast<T>(ce) * gi;
        }
      }
      for (int j = 0; j < b; ++j)
        for (int k = 0; k < d; ++k)
          grad_g[(b + j) * d + k] += static_cast<T>(ce) * gy[static_cast<std::size_t>(k) * b + j];
    }
  }
  double dv = ce * (s1 + split);

  // Potential: D_V = 1/(2b M) Σ_i [ <F^t_i, xi_i> + (r = 1) c_i ||xi_i|| ], F^t_i = Σ_k w_ik (x_i - t_k),
  // c_i the number of target points at x_i.
  if (M > 0) {
    to_coordinate_major(target, M, d, ldb, soa);
    fused_kernels::table<T>().pair_pass(x, rows, soa, ldb, M, d, r, ga, static_cast<T*>(nullptr), counts, sq_.data(), w_.data());
    const double cv = 1.0 / (static_cast<double>(rows) * M);
    const T tiny = static_cast<T>(kFusedCoincide);
    double s3 = 0.0;
    for (int i = 0; i < rows; ++i) {
      const T* xir = xi + static_cast<std::ptrdiff_t>(i) * d;
      T n2 = 0;
      for (int k = 0; k < d; ++k) {
        s3 += static_cast<double>(ga[i * d + k]) * xir[k];
        grad_g[i * d + k] += static_cast<T>(cv) * ga[i * d + k];
        n2 += xir[k] * xir[k];
      }
      if (r == 1.0 && counts[i] > T(0) && n2 >= tiny) {
        const T norm = std::sqrt(n2);
        s3 += static_cast<double>(counts[i]) * norm;
        for (int k = 0; k < d; ++k) grad_g[i * d + k] += static_cast<T>(cv) * counts[i] * xir[k] / norm;
      }
    }
    dv += cv * s3;
  }

  // L = D / (||v|| + eps), ||v||^2 = mean ||xi_i||^2; dL/dxi = dD/dxi / (N + eps) - D / (N + eps)^2 dN/dxi,
  // dN/dxi_i = xi_i / (rows N) (0 when N = 0).
  double v2 = 0.0;
  for (std::size_t e = 0; e < count; ++e) v2 += static_cast<double>(xi[e]) * xi[e];
  v2 /= rows;
  last_derivative_ = dv;
  last_velocity_norm2_ = v2;
  const double norm = v2 >= kFusedCoincide ? std::sqrt(v2) : 0.0;
  const double denom = norm + options_.eps;
  const T scale = static_cast<T>(1.0 / denom);
  const T norm_coeff = static_cast<T>(norm > 0 ? -dv / (denom * denom) / (rows * norm) : 0.0);
  for (std::size_t e = 0; e < count; ++e) grad_g[e] = grad_g[e] * scale + norm_coeff * xi[e];
  return dv / denom;
}

template class FusedLoss<float>;
template class FusedLoss<double>;

}  // namespace nwgf::neural
