#include "analytic/empirical_error.h"
#include "analytic/format_value.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <memory>
#include <mutex>
#include <sstream>
#include <stdexcept>
#include <string>
#include <tuple>
#include <vector>

#include <boost/math/special_functions/beta.hpp>
#include <boost/math/special_functions/gamma.hpp>

#include "analytic/riesz_sums.h"

// docs/math.md section 4. For points x_i and gamma = (a Id)_# eta*:
//   D^2 = -1/(2N^2) Σ_ij ||x_i - x_j||^r + (1/N) Σ_i a^r phi(||x_i|| / a) - a^r M2 / r,
// since ∫ ||x - y||^r dgamma(y) = a^r phi(x / a) and -1/2 ∫∫ ||x - y||^r dgamma dgamma
// = a^r E(eta*) = -a^r M2 / r.

namespace nwgf::analytic {

namespace {


void check_input(const Profile& p, double a, const double* x, std::size_t n) {
  if (!(a > 0.0) || !std::isfinite(a))
    throw std::invalid_argument("scale a = " + format_double(a) +
                                " is outside the allowed range (0, inf)");
  if (n == 0) throw std::invalid_argument("number of points n = 0 is outside the allowed range n >= 1");
  if (x == nullptr) throw std::invalid_argument("null point array");
  check_dimension_and_exponent(p.d, p.r);
}

std::vector<double> norms(const double* x, std::size_t n, int d) {
  std::vector<double> rho(n);
  for (std::size_t i = 0; i < n; ++i) {
    double s = 0;
    for (int k = 0; k < d; ++k) s += x[i * d + k] * x[i * d + k];
    rho[i] = std::sqrt(s);
  }
  return rho;
}

double mean_square_norm(const std::vector<double>& rho) {
  double s = 0;
  for (double v : rho) s += v * v;
  return s / static_cast<double>(rho.size());
}

// -1/(2N^2) Σ_ij ||x_i - x_j||^r (tiled, analytic/riesz_sums.h).
double empirical_energy(const Profile& p, const double* x, std::size_t n) {
  const double nn = static_cast<double>(n);
  return -riesz_self_sum(x, n, p.d, p.r) / (2.0 * nn * nn);
}

// mmd2_reference_part from the radii ||x_i||.
double reference_part(const Profile& p, double a, const std::vector<double>& rho) {
  const std::size_t n = rho.size();
  const double nn = static_cast<double>(n);
  if (a == 0.0) {
    double sum = 0;
    for (double v : rho) sum += std::pow(v, p.r);
    return sum / nn;
  }
  std::vector<double> scaled(n);
  for (std::size_t i = 0; i < n; ++i) scaled[i] = rho[i] / a;
  const std::vector<double> phi = potential_at_radii(p, scaled);
  double sum_phi = 0;
  for (double v : phi) sum_phi += v;
  const double ar = std::pow(a, p.r);
  return ar * sum_phi / nn - ar * p.m2 / p.r;
}

MmdEstimate mmd_from_parts(const Profile& p, double a, const std::vector<double>& rho,
                           double energy) {
  const std::size_t n = rho.size();
  const double ar = std::pow(a, p.r);
  const double nn = static_cast<double>(n);
  MmdEstimate m;
  m.n = n;
  m.mmd2 = energy + reference_part(p, a, rho);
  m.mmd = std::sqrt(std::max(m.mmd2, 0.0));
  m.floor2 = ar * p.m2 / (p.r * nn);
  m.floor = std::sqrt(m.floor2);
  return m;
}

// ∫_{(i-1)/N}^{i/N} (rho_(i) - a F^{-1}(u))^2 du summed over i, F the radial law of eta*.
// Ball: ||X|| = s sqrt(U), U ~ Beta(A, B), A = d/2, B = gamma + 1. With x_i = I^{-1}_{A,B}(i/N),
//   ∫ F^{-1}(u) du over the i-th interval   = s B(A+1/2, B)/B(A, B) [I_{A+1/2,B}]_{x_{i-1}}^{x_i}
//   ∫ F^{-1}(u)^2 du over the i-th interval = s^2 B(A+1, B)/B(A, B) [I_{A+1,B}]_{x_{i-1}}^{x_i}
// (E[g(U) 1{U in (x0, x1)}] for g = sqrt(u), u). Differences of I near 1 use the complement.
// These interval moments depend on (d, r, N) only, not on the points: computed once per key
// (N inverse and 4N incomplete Beta functions, in long double inside Boost) and cached.
struct RadialMoments {
  std::vector<double> m1, m2;  // the two integrals above for i = 1..N
};

RadialMoments radial_moments(const Profile& p, std::size_t n) {
  const double nn = static_cast<double>(n);
  const double A = 0.5 * p.d, B = p.exponent + 1.0, s = p.radius;
  using boost::math::lgamma;
  const double lb = lgamma(A) + lgamma(B) - lgamma(A + B);
  const double c1 = s * std::exp(lgamma(A + 0.5) + lgamma(B) - lgamma(A + 0.5 + B) - lb);
  const double c2 = s * s * std::exp(lgamma(A + 1.0) + lgamma(B) - lgamma(A + 1.0 + B) - lb);
  auto increment = [](double aa, double bb, double x0, double x1) {
    if (x0 >= 0.5) return boost::math::ibetac(aa, bb, x0) - boost::math::ibetac(aa, bb, x1);
    return boost::math::ibeta(aa, bb, x1) - boost::math::ibeta(aa, bb, x0);
  };
  RadialMoments out;
  out.m1.resize(n);
  out.m2.resize(n);
  double x_prev = 0.0;
  for (std::size_t i = 1; i <= n; ++i) {
    double x_next;
    if (i == n) {
      x_next = 1.0;
    } else if (2 * i <= n) {
      x_next = boost::math::ibeta_inv(A, B, static_cast<double>(i) / nn);
    } else {
      x_next = boost::math::ibetac_inv(A, B, static_cast<double>(n - i) / nn);
    }
    out.m1[i - 1] = c1 * increment(A + 0.5, B, x_prev, x_next);
    out.m2[i - 1] = c2 * increment(A + 1.0, B, x_prev, x_next);
    x_prev = x_next;
  }
  return out;
}

// Process-wide cache keyed by (d, r, N); at most kRadialCacheMax entries (cleared when full;
// holders keep their shared copy).
constexpr std::size_t kRadialCacheMax = 32;
std::shared_ptr<const RadialMoments> cached_radial_moments(const Profile& p, std::size_t n) {
  using Key = std::tuple<int, double, std::size_t>;
  static std::mutex mutex;
  static std::map<Key, std::shared_ptr<const RadialMoments>> cache;
  const Key key{p.d, p.r, n};
  {
    std::lock_guard<std::mutex> lock(mutex);
    auto it = cache.find(key);
    if (it != cache.end()) return it->second;
  }
  auto moments = std::make_shared<const RadialMoments>(radial_moments(p, n));
  std::lock_guard<std::mutex> lock(mutex);
  if (cache.size() >= kRadialCacheMax) cache.clear();
  return cache.emplace(key, std::move(moments)).first->second;
}

double radial_w2_sorted(const Profile& p, double a, std::vector<double> rho) {
  std::sort(rho.begin(), rho.end());
  const std::size_t n = rho.size();
  const double nn = static_cast<double>(n);
  if (p.regime == Regime::Sphere) {
    const double target = a * p.radius;
    double s = 0;
    for (double v : rho) s += (v - target) * (v - target);
    return std::sqrt(s / nn);
  }
  const std::shared_ptr<const RadialMoments> moments = cached_radial_moments(p, n);
  double total = 0;
  for (std::size_t i = 0; i < n; ++i) {
    const double r_i = rho[i];
    total += r_i * r_i / nn - 2.0 * r_i * a * moments->m1[i] + a * a * moments->m2[i];
  }
  return std::sqrt(std::max(total, 0.0));
}

}  // namespace

MmdEstimate exact_mmd(const Profile& p, double a, const double* x, std::size_t n) {
  check_input(p, a, x, n);
  return mmd_from_parts(p, a, norms(x, n, p.d), empirical_energy(p, x, n));
}

double radial_w2(const Profile& p, double a, const double* x, std::size_t n) {
  check_input(p, a, x, n);
  return radial_w2_sorted(p, a, norms(x, n, p.d));
}

double m2_rel_error(const Profile& p, double a, const double* x, std::size_t n) {
  check_input(p, a, x, n);
  const double exact = a * a * p.m2;
  return (mean_square_norm(norms(x, n, p.d)) - exact) / exact;
}

double energy_rel_error(const Profile& p, double a, const double* x, std::size_t n) {
  check_input(p, a, x, n);
  const double exact = std::pow(a, p.r) * p.energy;
  return (empirical_energy(p, x, n) - exact) / std::abs(exact);
}

EmpiricalErrors empirical_errors(const Profile& p, double a, const double* x, std::size_t n) {
  check_input(p, a, x, n);
  const std::vector<double> rho = norms(x, n, p.d);
  const double energy = empirical_energy(p, x, n);
  EmpiricalErrors e;
  e.mmd = mmd_from_parts(p, a, rho, energy);
  e.radial_w2 = radial_w2_sorted(p, a, rho);
  const double m2_exact = a * a * p.m2;
  e.m2_rel_error = (mean_square_norm(rho) - m2_exact) / m2_exact;
  const double energy_exact = std::pow(a, p.r) * p.energy;
  e.energy = energy;
  e.energy_rel_error = (energy - energy_exact) / std::abs(energy_exact);
  return e;
}

double mmd2_reference_part(const Profile& p, double a, const double* x, std::size_t n) {
  if (!(a >= 0.0) || !std::isfinite(a))
    throw std::invalid_argument("scale a = " + format_double(a) + " is outside the allowed range [0, inf)");
  if (n == 0) throw std::invalid_argument("number of points n = 0 is outside the allowed range n >= 1");
  if (x == nullptr) throw std::invalid_argument("null point array");
  check_dimension_and_exponent(p.d, p.r);
  return reference_part(p, a, norms(x, n, p.d));
}

double empirical_mmd2(const double* x, std::size_t n, const double* t, std::size_t m, int d,
                      double r, double target_self_sum) {
  const double xx = riesz_self_sum(x, n, d, r);
  const double tt = target_self_sum >= 0.0 ? target_self_sum : riesz_self_sum(t, m, d, r);
  const double xt = riesz_pair_sum(x, n, t, m, d, r);
  const double nn = static_cast<double>(n), mm = static_cast<double>(m);
  return -xx / (2.0 * nn * nn) - tt / (2.0 * mm * mm) + xt / (nn * mm);
}

}  // namespace nwgf::analytic
