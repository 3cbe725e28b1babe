// The sphere-averaged Riesz kernel A_d(rho, q) of the radial family (analytic/radial/sphere_kernel.h).
#include "analytic/radial/sphere_kernel.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <map>
#include <mutex>
#include <stdexcept>
#include <string>
#include <utility>

#if defined(__AVX__)
#include <immintrin.h>
#endif

#include <boost/math/constants/constants.hpp>
#include <boost/math/quadrature/gauss.hpp>
#include <boost/math/special_functions/gamma.hpp>

#include "analytic/format_value.h"

namespace nwgf::analytic::radial {

namespace {

constexpr int kMaxDimension = 1024;

// Table layout. h and g = dh/ds are functions of s = 1 - x^2 in [0, 1], analytic in the plane
// cut along (-inf, 0] (h(s) = 2F1(a, b; c; 1 - s): the Gauss function is analytic off [1, inf) in
// its argument). Octave k covers [2^-(k+1), 2^-k) and is split into kSubPanels equal panels; a
// panel [l, l + w] with w = 2^-(k+1) / kSubPanels and l >= 2^-(k+1) has its centre
// (2 kSubPanels + 1) half-widths from the cut, so the Chebyshev interpolant with kNodes nodes
// converges like rho^-n with the Bernstein parameter rho = 17 + sqrt(17^2 - 1) = 34.0 for
// kSubPanels = 8: 34^-12 = 4e-19 (times the function's size on that ellipse, O(1)).
constexpr int kSubPanelBits = 3;
constexpr int kSubPanels = 1 << kSubPanelBits;
constexpr int kNodes = 12;
// The last panel [0, 2^-K] holds the singular term c s^p (p = r + d - 1, with log s when p is an
// integer) of h and c p s^(p-1) of g: below rounding there when 2^-K(p-1) <= 2^-54 (g's part;
// h's is smaller by a factor s). K is at least 8 (so the series range below is inside the table)
// and at most 60 (p - 1 >= 1 in the family: K = 54 for p = 2, the d = 2, r = 1 case, where the
// log factor leaves 2^-54 * 37 = 2e-15 of g's O(1) scale on the last panel).
int octave_count(int d, double r) {
  const double p_minus_1 = d + r - 2.0;
  const int k = static_cast<int>(std::ceil(54.0 / p_minus_1));
  return std::clamp(k, 8, 60);
}

// Node values of h and g at s from the Gauss series in y = 1 - s: h = Σ_k α_k y^k,
// α_(k+1) = α_k (a + k)(b + k) / ((c + k)(k + 1)), a = -r/2, b = 1 - (d + r)/2, c = d/2.
// |α_(k+1) / α_k| <= 1 for every k (|a + k| <= k + 1 and |b + k| <= c + k), so the terms are
// bounded by y^k and for y <= 63/64 the series converges geometrically with no cancellation
// beyond O(1) (the sum of |terms| is at most about 1 + r/2 sum k^(-1-r/2)). Used for s >= 1/64:
// y^n < 1e-21 within n = 3100 terms; the budget of kMaxSeriesTerms is never reached there.
constexpr double kSeriesFrom = 1.0 / 64.0;
constexpr int kMaxSeriesTerms = 1000000;
std::pair<double, double> series_node(int d, double r, double s) {
  // In long double: up to 3100 terms of one sign add their roundings (measured in double: 5e-15
  // relative at s = 1/64; in long double the sum is exact to the final rounding).
  const long double a = -0.5L * r;
  const long double b = 1.0L - 0.5L * (d + static_cast<long double>(r));
  const long double c = 0.5L * d;
  const long double y = 1.0L - s;
  long double alpha = 1.0L;   // α_k
  long double y_prev = 1.0L;  // y^k
  long double sum = 1.0L;     // Σ α_k y^k
  long double dsum = 0.0L;    // Σ k α_k y^(k-1)
  for (int k = 0; k < kMaxSeriesTerms; ++k) {
    alpha *= (a + k) * (b + k) / ((c + k) * (k + 1.0L));
    const long double dterm = (k + 1.0L) * alpha * y_prev;  // (k+1) α_(k+1) y^k
    y_prev *= y;
    const long double term = alpha * y_prev;
    sum += term;
    dsum += dterm;
    if (std::abs(term) <= 1e-21L * std::abs(sum) && std::abs(dterm) <= 1e-21L * std::abs(dsum) + 1e-300L)
      return {static_cast<double>(sum), -static_cast<double>(dsum)};  // g = dh/ds = -dh/dy
  }
  throw std::logic_error("sphere kernel: the Gauss series at s = " + format_double(s) +
                         " did not converge within " + std::to_string(kMaxSeriesTerms) + " terms");
}

// Node values of h and g at s < 1/64 (x = sqrt(1 - s) > 0.992) by Gauss-Legendre quadrature of
// the defining integral with t = cos(theta):
//   h(x)  = c_d ∫_0^pi S^(r/2) sin^(d-2)(theta) dtheta,   S = (1 - x)^2 + 4 x sin^2(theta/2),
//   h'(x) = c_d ∫_0^pi (r/2) S^(r/2-1) (4 sin^2(theta/2) - 2 (1 - x)) sin^(d-2)(theta) dtheta,
//   g = dh/ds = -h'(x) / (2 x).
// The integrands are analytic except at theta = ±i delta / sqrt(x) (+ 2 pi Z), delta = 1 - x,
// where S vanishes (sin^(d-2) is entire). Pieces [0, delta], [delta, 2 delta], ... (geometric up
// to 1/2): each piece's centre is at least 3 half-widths from the singularity (Bernstein
// parameter >= 4.6 for the first piece, 7.2 for the others), so the 15-point rule errs by at
// most 4.6^-30 = 1e-20 relative to the piece. Beyond 1/2, pieces of width min(1/2, 3/sqrt(d)):
// sin^(d-2) is a bump of width 1/sqrt(d) around pi/2 that grows like cosh^(d-2) off the real
// axis, bounded on the rule's ellipse for that width. Pieces where sin^(d-2) < 1e-40 (large d,
// near 0) are skipped: their share of the integral, of order sqrt(d) 1e-40, is below rounding.
std::pair<double, double> quadrature_node(int d, double r, double s) {
  using Rule = boost::math::quadrature::gauss<double, 15>;
  const auto& abscissa = Rule::abscissa();
  const auto& weights = Rule::weights();
  const double x = std::sqrt(1.0 - s);
  const double delta = s / (1.0 + x);  // 1 - x without cancellation
  const double half_r = 0.5 * r;
  double ih = 0.0, ig = 0.0;
  // sin^(d-2) multiplies the rounding of sin by d - 2: for d > 8 it is taken in long double
  // (measured without: 4e-14 relative error in h for d = 1024; with: 1e-15), from a node
  // theta that is itself long double.
  const bool long_weight = d > 8;
  const auto eval = [&](long double theta_l, double weight) {
    const double theta = static_cast<double>(theta_l);
    const double sh = std::sin(0.5 * theta), ch = std::cos(0.5 * theta);
    const double S = delta * delta + 4.0 * x * sh * sh;
    const double w = d == 2 ? 1.0
                     : long_weight ? static_cast<double>(std::pow(std::sin(theta_l), d - 2))
                                   : std::pow(2.0 * sh * ch, d - 2);
    const double Sr = std::pow(S, half_r);
    ih += weight * Sr * w;
    ig += weight * half_r * (Sr / S) * (4.0 * sh * sh - 2.0 * delta) * w;
  };
  const auto piece = [&](double lo, double hi) {
    if (d > 2 && std::pow(std::sin(std::min(hi, 0.5 * boost::math::constants::pi<double>())), d - 2) < 1e-40)
      return;
    const long double mid = 0.5L * (static_cast<long double>(lo) + hi), half = 0.5L * (static_cast<long double>(hi) - lo);
    const double hw = static_cast<double>(half);
    for (std::size_t i = 0; i < abscissa.size(); ++i) {
      if (abscissa[i] == 0.0) {
        eval(mid, hw * weights[i]);
      } else {
        eval(mid - half * abscissa[i], hw * weights[i]);
        eval(mid + half * abscissa[i], hw * weights[i]);
      }
    }
  };
  const double pi = boost::math::constants::pi<double>();
  double lo = 0.0, hi = delta;
  while (hi < 0.5) {
    piece(lo, hi);
    lo = hi;
    hi *= 2.0;
  }
  const double width = std::min(0.5, 3.0 / std::sqrt(static_cast<double>(d)));
  const int count = static_cast<int>(std::ceil((pi - lo) / width));
  const double step = (pi - lo) / count;
  for (int i = 0; i < count; ++i) piece(lo + i * step, i + 1 == count ? pi : lo + (i + 1) * step);
  return {ih, -ig / (2.0 * x)};  // times c_d by the caller
}

// c_d = Γ(d/2) / (sqrt(pi) Γ((d-1)/2)); tgamma_delta_ratio(z, 1/2) = Γ(z) / Γ(z + 1/2).
double sphere_constant(int d) {
  return 1.0 / (boost::math::constants::root_pi<double>() *
                boost::math::tgamma_delta_ratio(0.5 * (d - 1), 0.5));
}

}  // namespace

// The Chebyshev tables of h(s) and g(s) = dh/ds (layout above); coef holds, per panel, the pairs
// (h coefficient k, g coefficient k) of the monomial u^k on the panel, k = 0..kNodes-1.
struct SphereKernelTable {
  int d = 0;
  double r = 0.0;
  int octaves = 0;
  double last_scale = 0.0;  // 2^(K+1): u = s 2^(K+1) - 1 on the last panel [0, 2^-K]
  std::vector<double> coef;
};

namespace {

std::shared_ptr<const SphereKernelTable> build_table(int d, double r) {
  auto table = std::make_shared<SphereKernelTable>();
  table->d = d;
  table->r = r;
  table->octaves = octave_count(d, r);
  table->last_scale = std::ldexp(1.0, table->octaves + 1);
  const int panels = table->octaves * kSubPanels + 1;
  table->coef.assign(static_cast<std::size_t>(panels) * 2 * kNodes, 0.0);
  const double cd = sphere_constant(d);
  const double pi = boost::math::constants::pi<double>();
#pragma omp parallel for schedule(dynamic, 1)
  for (int panel = 0; panel < panels; ++panel) {
    double lo, width;
    if (panel == panels - 1) {
      lo = 0.0;
      width = std::ldexp(1.0, -table->octaves);
    } else {
      const int k = panel / kSubPanels, j = panel % kSubPanels;
      width = std::ldexp(1.0, -(k + 1)) / kSubPanels;
      lo = std::ldexp(1.0, -(k + 1)) + j * width;
    }
    double hv[kNodes], gv[kNodes];
    for (int i = 0; i < kNodes; ++i) {
      const double u = std::cos(pi * (i + 0.5) / kNodes);
      const double s = lo + 0.5 * width * (u + 1.0);
      if (s >= kSeriesFrom) {
        const auto [h, g] = series_node(d, r, s);
        hv[i] = h;
        gv[i] = g;
      } else {
        const auto [h, g] = quadrature_node(d, r, s);
        hv[i] = cd * h;
        gv[i] = cd * g;
      }
    }
    // Chebyshev coefficients of the interpolant (c_0 with its factor 1/2), then its monomial
    // coefficients in u (T_(k+1) = 2u T_k - T_(k-1)), in long double. Evaluated by Horner: one FMA
    // per coefficient (Clenshaw takes two operations per step). On a panel the interpolant is
    // nearly linear (Chebyshev coefficients fall like 34^-k), so the monomial coefficients are of
    // the same size and Horner on [-1, 1] rounds like Clenshaw (measured: the largest error
    // against the references went from 2.9e-15 with Clenshaw to 2.2e-15).
    long double ch[kNodes], cg[kNodes];
    for (int k = 0; k < kNodes; ++k) {
      long double sh = 0.0L, sg = 0.0L;
      for (int i = 0; i < kNodes; ++i) {
        const long double t = std::cos(static_cast<long double>(pi) * k * (i + 0.5L) / kNodes);
        sh += hv[i] * t;
        sg += gv[i] * t;
      }
      const long double scale = (k == 0 ? 1.0L : 2.0L) / kNodes;
      ch[k] = sh * scale;
      cg[k] = sg * scale;
    }
    long double t_prev[kNodes] = {1.0L}, t_cur[kNodes] = {0.0L, 1.0L};  // T_0, T_1 in monomials
    long double mh[kNodes] = {ch[0]}, mg[kNodes] = {cg[0]};
    for (int k = 1; k < kNodes; ++k) {
      for (int j = 0; j < kNodes; ++j) {
        mh[j] += ch[k] * t_cur[j];
        mg[j] += cg[k] * t_cur[j];
      }
      long double t_next[kNodes];
      for (int j = 0; j < kNodes; ++j) t_next[j] = (j > 0 ? 2.0L * t_cur[j - 1] : 0.0L) - t_prev[j];
      std::copy(t_cur, t_cur + kNodes, t_prev);
      std::copy(t_next, t_next + kNodes, t_cur);
    }
    double* c = table->coef.data() + static_cast<std::size_t>(panel) * 2 * kNodes;
    for (int j = 0; j < kNodes; ++j) {
      c[2 * j] = static_cast<double>(mh[j]);
      c[2 * j + 1] = static_cast<double>(mg[j]);
    }
  }
  return table;
}

// One table per (d, r), shared by every kernel of that (d, r); at most kMaxCached kept (a kernel
// holds its own reference, so clearing the cache never invalidates one).
constexpr std::size_t kMaxCached = 64;
std::shared_ptr<const SphereKernelTable> table_for(int d, double r) {
  static std::mutex mutex;
  static std::map<std::pair<int, double>, std::shared_ptr<const SphereKernelTable>> cache;
  {
    std::lock_guard<std::mutex> lock(mutex);
    const auto it = cache.find({d, r});
    if (it != cache.end()) return it->second;
  }
  auto table = build_table(d, r);
  std::lock_guard<std::mutex> lock(mutex);
  if (cache.size() >= kMaxCached) cache.clear();
  cache.emplace(std::make_pair(d, r), table);
  return table;
}

// h(s) and g(s) from the table (Horner in the panel's local variable u), s in [0, 1].
inline void eval_hg(const SphereKernelTable& t, double s, double& h, double& g) {
  std::uint64_t bits;
  std::memcpy(&bits, &s, sizeof bits);
  const int k = 1022 - static_cast<int>(bits >> 52);  // s in [2^-(k+1), 2^-k)
  int panel;
  double u;
  if (k < 0) {  // s = 1 (x = 0): the right end of the first octave's last panel
    panel = kSubPanels - 1;
    u = 1.0;
  } else if (k >= t.octaves) {  // s < 2^-K (subnormal and 0 included)
    panel = t.octaves * kSubPanels;
    u = s * t.last_scale - 1.0;
  } else {
    const int j = static_cast<int>((bits >> (52 - kSubPanelBits)) & (kSubPanels - 1));
    panel = k * kSubPanels + j;
    // The mantissa as a double in [1, 2): s 2^(k+1) exactly; the panel is [1 + j/P, 1 + (j+1)/P).
    const std::uint64_t m_bits = (bits & 0x000FFFFFFFFFFFFFULL) | 0x3FF0000000000000ULL;
    double m;
    std::memcpy(&m, &m_bits, sizeof m);
    u = (m - 1.0) * (2.0 * kSubPanels) - (2.0 * j + 1.0);
  }
  const double* c = t.coef.data() + static_cast<std::size_t>(panel) * 2 * kNodes;
  double ph = c[2 * (kNodes - 1)], pg = c[2 * (kNodes - 1) + 1];
  for (int i = kNodes - 2; i >= 0; --i) {  // Horner in the monomial coefficients
    ph = ph * u + c[2 * i];
    pg = pg * u + c[2 * i + 1];
  }
  h = ph;
  g = pg;
}

// Radii: 0 or within [kMinRadius, kMaxRadius], so that 1 / rho, rho^r and rho^(r-1) are normal
// doubles for every r in (0, 2) (a subnormal radius has no finite inverse).
constexpr double kMinRadius = 1e-150;
constexpr double kMaxRadius = 1e150;
void check_point(double v, const char* what, const char* name) {
  if (!(v == 0.0 || (v >= kMinRadius && v <= kMaxRadius)))
    throw std::invalid_argument(std::string("sphere kernel ") + name + ": " + what + " = " + format_double(v) +
                                " is outside the allowed range: 0 or [1e-150, 1e150]");
}

void check_points(const std::vector<double>& v, const char* what, const char* name) {
  for (double e : v) check_point(e, what, name);
}

void check_sums_input(const std::vector<double>& x, const std::vector<double>& y,
                      const std::vector<double>& w, const char* name) {
  if (w.size() != y.size())
    throw std::invalid_argument(std::string("sphere kernel ") + name + ": " + std::to_string(w.size()) +
                                " weights for " + std::to_string(y.size()) + " points y; allowed: one weight per point");
  check_points(x, "x", name);
  check_points(y, "y", name);
  for (double e : w)
    if (!std::isfinite(e))
      throw std::invalid_argument(std::string("sphere kernel ") + name + ": weight " + format_double(e) +
                                  " is not finite");
}

// Per point: p^e for p > 0, and `at_zero` for p = 0.
std::vector<double> powers(const std::vector<double>& v, double e, double at_zero) {
  std::vector<double> out(v.size());
  for (std::size_t i = 0; i < v.size(); ++i) out[i] = v[i] > 0.0 ? std::pow(v[i], e) : at_zero;
  return out;
}
std::vector<double> inverses(const std::vector<double>& v) {
  std::vector<double> out(v.size());
  for (std::size_t i = 0; i < v.size(); ++i) out[i] = v[i] > 0.0 ? 1.0 / v[i] : 0.0;
  return out;
}

// The pair (rho, q), rho, q >= 0 not both 0, with M^(r-1) (or M^r) of the larger and 1 / M:
// the rho derivative (Derivative = true) or the value of A_d.
template <bool Derivative>
inline double pair_term(const SphereKernelTable& t, double r, double rho, double q, double rho_pow,
                        double q_pow, double rho_inv, double q_inv) {
  const bool rho_larger = rho >= q;
  const double M = rho_larger ? rho : q;
  const double m = rho_larger ? q : rho;
  const double inv = rho_larger ? rho_inv : q_inv;
  const double s = ((M - m) * inv) * ((M + m) * inv);
  const double x = m * inv;
  double h, g;
  eval_hg(t, s, h, g);
  if (Derivative) {
    // rho >= q: rho^(r-1) (r h - x h'(x)), h'(x) = -2 x g;  rho < q: q^(r-1) h'(x).
    return rho_larger ? rho_pow * (r * h + 2.0 * x * x * g) : q_pow * (-2.0 * x * g);
  }
  return (rho_larger ? rho_pow : q_pow) * h;
}

// Four pairs at a time (GCC vector extensions: AVX2 under -march=native, two SSE2 halves
// otherwise). The panel coefficients are loaded once for the four lanes when the four values
// of s fall in one panel (bits 49..62 of s, its exponent and the top kSubPanelBits mantissa bits,
// name the panel), which is the rule for sorted radii away from the diagonal; otherwise each lane
// goes through the scalar eval_hg.
using V4 = double __attribute__((vector_size(32)));
using V4i = std::int64_t __attribute__((vector_size(32)));
using V4u = std::uint64_t __attribute__((vector_size(32)));

inline __attribute__((always_inline)) V4 load4(const double* p) {
  V4 v;
  std::memcpy(&v, p, sizeof v);
  return v;
}
inline __attribute__((always_inline)) void store4(double* p, V4 v) { std::memcpy(p, &v, sizeof v); }
inline __attribute__((always_inline)) V4 splat4(double v) { return V4{v, v, v, v}; }

// The largest double below 1: s is clamped to it, so that M (1 / M) rounding above 1 (x = 0)
// lands in the first octave's last panel (an error of 1e-16 in s, h' = O(1)).
constexpr double kBelowOne = 1.0 - 0x1p-53;

// The panel of four values of s when they share one (then c points at its coefficients and u
// holds the four local variables); false otherwise. s is clamped below 1 first.
inline __attribute__((always_inline)) bool locate4(const SphereKernelTable& t, V4& s, const double*& c, V4& u) {
  s = s < kBelowOne ? s : splat4(kBelowOne);
  const V4u bits = (V4u)s;
  const V4u key = bits >> (52 - kSubPanelBits);  // biased exponent E * P + sub-panel j
  const std::uint64_t k0 = key[0];
  // Octave k = 1022 - E in [0, K): key in [(1023 - K) P, 1023 P).
  const std::uint64_t first = static_cast<std::uint64_t>(1023 - t.octaves) * kSubPanels;
#if defined(__AVX__)
  // One compare and a sign-bit mask instead of three lane extractions.
  const bool one_panel = _mm256_movemask_pd(reinterpret_cast<__m256d>(key == V4u{k0, k0, k0, k0})) == 0xF;
#else
  const bool one_panel = key[1] == k0 && key[2] == k0 && key[3] == k0;
#endif
  if (!(one_panel && k0 >= first && k0 < 1023u * kSubPanels)) {
    // All four in the last panel [0, 2^-K] (pairs on or next to the diagonal, atoms): one panel too.
    const V4u below = key < V4u{first, first, first, first};
    if (!(below[0] & below[1] & below[2] & below[3])) return false;
    u = s * t.last_scale - 1.0;
    c = t.coef.data() + static_cast<std::size_t>(t.octaves) * kSubPanels * 2 * kNodes;
    return true;
  }
  const int j = static_cast<int>(k0 & (kSubPanels - 1));
  const int panel = static_cast<int>(1022u * kSubPanels - k0) + 2 * j;
  const V4 m = (V4)((bits & 0x000FFFFFFFFFFFFFULL) | 0x3FF0000000000000ULL);
  u = (m - 1.0) * (2.0 * kSubPanels) - (2.0 * j + 1.0);
  c = t.coef.data() + static_cast<std::size_t>(panel) * 2 * kNodes;
  return true;
}

// Horner for h and g on one panel, four lanes (one FMA per coefficient).
inline __attribute__((always_inline)) void horner4(const double* c, V4 u, V4& h, V4& g) {
  V4 ph = splat4(c[2 * (kNodes - 1)]), pg = splat4(c[2 * (kNodes - 1) + 1]);
  for (int i = kNodes - 2; i >= 0; --i) {
    ph = ph * u + c[2 * i];
    pg = pg * u + c[2 * i + 1];
  }
  h = ph;
  g = pg;
}

// The same for two groups of four lanes, interleaved (four independent chains in flight: the
// recurrence is latency-bound).
inline __attribute__((always_inline)) void horner4x2(const double* c0, V4 u0, const double* c1, V4 u1, V4& h0,
                                                       V4& g0, V4& h1, V4& g1) {
  V4 a = splat4(c0[2 * (kNodes - 1)]), b = splat4(c0[2 * (kNodes - 1) + 1]);
  V4 e = splat4(c1[2 * (kNodes - 1)]), f = splat4(c1[2 * (kNodes - 1) + 1]);
  for (int i = kNodes - 2; i >= 0; --i) {
    a = a * u0 + c0[2 * i];
    b = b * u0 + c0[2 * i + 1];
    e = e * u1 + c1[2 * i];
    f = f * u1 + c1[2 * i + 1];
  }
  h0 = a;
  g0 = b;
  h1 = e;
  g1 = f;
}

// h and g of four values of s (each in [0, 1]).
inline __attribute__((always_inline)) void eval_hg4(const SphereKernelTable& t, V4 s, V4& h, V4& g) {
  const double* c;
  V4 u;
  if (locate4(t, s, c, u)) {
    horner4(c, u, h, g);
    return;
  }
  h = splat4(0.0);
  g = h;
  for (int l = 0; l < 4; ++l) {
    double hl, gl;
    eval_hg(t, s[l], hl, gl);
    h[l] = hl;
    g[l] = gl;
  }
}

// h and g of eight values of s, as two groups of four.
inline __attribute__((always_inline)) void eval_hg8(const SphereKernelTable& t, V4 s0, V4 s1, V4& h0, V4& g0, V4& h1,
                                                    V4& g1) {
  const double *c0, *c1;
  V4 u0, u1;
  V4 t0 = s0, t1 = s1;
  if (locate4(t, t0, c0, u0) && locate4(t, t1, c1, u1)) {
    horner4x2(c0, u0, c1, u1, h0, g0, h1, g1);
    return;
  }
  eval_hg4(t, s0, h0, g0);
  eval_hg4(t, s1, h1, g1);
}

// out[i] = Σ_j w[j] term(x[i], y[j]), term the rho derivative (Derivative = true) or the value.
// Per point p^(r-1) (or p^r) and 1 / p (0 at p = 0: a pair of two zeros then gives s = 0, x = 0
// and the factor 0^(r-1) := 0, i.e. the term 0 the header states, without a branch).
// With x and y the same points each unordered pair is evaluated once (h and g depend only on the
// pair) and added to both rows.
// Chunks of the symmetric pair sum (see there): enough for 32 threads, 32 n doubles of scratch.
constexpr std::ptrdiff_t kSymmetricChunks = 32;

template <bool Derivative>
void pair_sums(const SphereKernelTable& t, double r, const std::vector<double>& x,
               const std::vector<double>& y, const std::vector<double>& w, std::vector<double>& out) {
  const bool same = &x == &y || x == y;
  // The vector path wants the inner radii sorted (then four consecutive values of s share a panel
  // away from the diagonal): unsorted inner radii are sorted here once, with their weights (and,
  // for the same points, the rows, whose sums are put back in the caller's order). Only the order
  // of summation changes.
  if (!std::is_sorted(y.begin(), y.end())) {
    std::vector<std::size_t> order(y.size());
    for (std::size_t k = 0; k < order.size(); ++k) order[k] = k;
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return y[a] < y[b]; });
    std::vector<double> ys(y.size()), ws(y.size());
    for (std::size_t k = 0; k < order.size(); ++k) {
      ys[k] = y[order[k]];
      ws[k] = w[order[k]];
    }
    if (!same) {
      pair_sums<Derivative>(t, r, x, ys, ws, out);
      return;
    }
    std::vector<double> sorted_out;
    pair_sums<Derivative>(t, r, ys, ys, ws, sorted_out);
    out.assign(x.size(), 0.0);
    for (std::size_t k = 0; k < order.size(); ++k) out[order[k]] = sorted_out[k];
    return;
  }
  const double e = Derivative ? r - 1.0 : r;
  const std::vector<double> xp = powers(x, e, 0.0), xi = inverses(x);
  const std::vector<double> yp = same ? xp : powers(y, e, 0.0);
  const std::vector<double> yi = same ? xi : inverses(y);
  const std::ptrdiff_t n = static_cast<std::ptrdiff_t>(x.size());
  const std::ptrdiff_t m = static_cast<std::ptrdiff_t>(y.size());
  out.assign(x.size(), 0.0);
  if (!same) {
#pragma omp parallel for schedule(static) if (n * m > 100000)
    for (std::ptrdiff_t i = 0; i < n; ++i) {
      const double rho = x[i], rp = xp[i], ri = xi[i];
      const V4 rho4 = splat4(rho), rp4 = splat4(rp), ri4 = splat4(ri);
      V4 sum4 = splat4(0.0);
      // The term of four pairs from h, g and the pairs' geometry.
      const auto term4 = [&](std::ptrdiff_t j0, V4i larger, V4 mm, V4 inv, V4 h, V4 g) {
        if (Derivative) {
          const V4 xr = mm * inv;
          return larger ? rp4 * (r * h + 2.0 * xr * xr * g) : load4(&yp[j0]) * (-2.0 * xr * g);
        }
        return (larger ? rp4 : load4(&yp[j0])) * h;
      };
      std::ptrdiff_t j = 0;
      for (; j + 8 <= m; j += 8) {
        const V4 q0 = load4(&y[j]), q1 = load4(&y[j + 4]);
        const V4i l0 = rho4 >= q0, l1 = rho4 >= q1;
        const V4 M0 = l0 ? rho4 : q0, M1 = l1 ? rho4 : q1;
        const V4 m0 = l0 ? q0 : rho4, m1 = l1 ? q1 : rho4;
        const V4 i0 = l0 ? ri4 : load4(&yi[j]), i1 = l1 ? ri4 : load4(&yi[j + 4]);
        V4 h0, g0, h1, g1;
        eval_hg8(t, ((M0 - m0) * i0) * ((M0 + m0) * i0), ((M1 - m1) * i1) * ((M1 + m1) * i1), h0, g0, h1, g1);
        sum4 += load4(&w[j]) * term4(j, l0, m0, i0, h0, g0) + load4(&w[j + 4]) * term4(j + 4, l1, m1, i1, h1, g1);
      }
      for (; j + 4 <= m; j += 4) {
        const V4 q = load4(&y[j]);
        const V4i larger = rho4 >= q;
        const V4 M = larger ? rho4 : q;
        const V4 mm = larger ? q : rho4;
        const V4 inv = larger ? ri4 : load4(&yi[j]);
        V4 h, g;
        eval_hg4(t, ((M - mm) * inv) * ((M + mm) * inv), h, g);
        sum4 += load4(&w[j]) * term4(j, larger, mm, inv, h, g);
      }
      double sum = (sum4[0] + sum4[1]) + (sum4[2] + sum4[3]);
      for (; j < m; ++j) sum += w[j] * pair_term<Derivative>(t, r, rho, y[j], rp, yp[j], ri, yi[j]);
      out[i] = sum;
    }
    return;
  }
  // Symmetric: rows i, pairs j > i. Rows taken in pairs (i, n - 1 - i) so that equal ranges of k
  // hold equal numbers of pairs, split into a number of chunks that depends on n only, each with
  // its own accumulator for the j side, summed in chunk order at the end: the same bits for any
  // number of threads (and serial below the threshold), whichever thread runs which chunk.
  const std::ptrdiff_t half = (n + 1) / 2;
  const std::ptrdiff_t chunks = std::min<std::ptrdiff_t>(kSymmetricChunks, half);
  std::vector<double> accs(static_cast<std::size_t>(chunks * n), 0.0);
#pragma omp parallel for schedule(dynamic, 1) if (n * n > 200000)
  for (std::ptrdiff_t c = 0; c < chunks; ++c) {
    double* acc = accs.data() + c * n;
    for (std::ptrdiff_t k = c * half / chunks; k < (c + 1) * half / chunks; ++k) {
      for (int side = 0; side < 2; ++side) {
        const std::ptrdiff_t i = side == 0 ? k : n - 1 - k;
        if (side == 1 && i == k) break;
        const double rho = x[i], rp = xp[i], ri = xi[i], wi = w[i];
        double sum = pair_term<Derivative>(t, r, rho, rho, rp, rp, ri, ri) * wi;  // the diagonal
        const V4 rho4 = splat4(rho), rp4 = splat4(rp), ri4 = splat4(ri);
        V4 sum4 = splat4(0.0);
        std::ptrdiff_t j = i + 1;
        // Adds the four pairs (i, j0..j0+3) to row i (sum4) and to rows j0..j0+3 (acc).
        const auto add4 = [&](std::ptrdiff_t j0, V4i larger, V4 mm, V4 inv, V4 h, V4 g) {
          const V4 Mp = larger ? rp4 : load4(&xp[j0]);
          V4 to_i, to_j;
          if (Derivative) {
            const V4 xr = mm * inv;
            const V4 big = Mp * (r * h + 2.0 * xr * xr * g);  // d_rho at the larger radius
            const V4 small = Mp * (-2.0 * xr * g);            // d_rho at the smaller radius
            to_i = larger ? big : small;
            to_j = larger ? small : big;
          } else {
            to_i = Mp * h;
            to_j = to_i;
          }
          sum4 += load4(&w[j0]) * to_i;
          store4(&acc[j0], load4(&acc[j0]) + wi * to_j);
        };
        for (; j + 8 <= n; j += 8) {
          const V4 q0 = load4(&x[j]), q1 = load4(&x[j + 4]);
          const V4i l0 = rho4 >= q0, l1 = rho4 >= q1;
          const V4 M0 = l0 ? rho4 : q0, M1 = l1 ? rho4 : q1;
          const V4 m0 = l0 ? q0 : rho4, m1 = l1 ? q1 : rho4;
          const V4 i0 = l0 ? ri4 : load4(&xi[j]), i1 = l1 ? ri4 : load4(&xi[j + 4]);
          V4 h0, g0, h1, g1;
          eval_hg8(t, ((M0 - m0) * i0) * ((M0 + m0) * i0), ((M1 - m1) * i1) * ((M1 + m1) * i1), h0, g0, h1, g1);
          add4(j, l0, m0, i0, h0, g0);
          add4(j + 4, l1, m1, i1, h1, g1);
        }
        for (; j + 4 <= n; j += 4) {
          const V4 q = load4(&x[j]);
          const V4i larger = rho4 >= q;
          const V4 M = larger ? rho4 : q;
          const V4 mm = larger ? q : rho4;
          const V4 inv = larger ? ri4 : load4(&xi[j]);
          V4 h, g;
          eval_hg4(t, ((M - mm) * inv) * ((M + mm) * inv), h, g);
          add4(j, larger, mm, inv, h, g);
        }
        for (; j < n; ++j) {
          sum += w[j] * pair_term<Derivative>(t, r, rho, x[j], rp, xp[j], ri, xi[j]);
          acc[j] += wi * pair_term<Derivative>(t, r, x[j], rho, xp[j], rp, xi[j], ri);
        }
        acc[i] += sum + ((sum4[0] + sum4[1]) + (sum4[2] + sum4[3]));
      }
    }
  }
  for (std::ptrdiff_t c = 0; c < chunks; ++c)
    for (std::ptrdiff_t i = 0; i < n; ++i) out[i] += accs[static_cast<std::size_t>(c * n + i)];
}
}  // namespace

void check_radial_domain(int d, double r) {
  if (d < 2 || d > kMaxDimension)
    throw std::invalid_argument("radial family: dimension d = " + std::to_string(d) +
                                " is outside the allowed range [2, " + std::to_string(kMaxDimension) +
                                "] (d = 1 is the line family, docs/math.md 6)");
  if (!(r > 0.0 && r < 2.0))
    throw std::invalid_argument("radial family: Riesz exponent r = " + format_double(r) +
                                " is outside the allowed range (0, 2)");
  if (r + d < 3.0)
    throw std::invalid_argument("radial family: d = " + std::to_string(d) + ", r = " + format_double(r) +
                                ": r + d < 3 is outside the family, the radial velocity is not Lipschitz there "
                                "(docs/math.md 7.2); allowed: r >= " + format_shortest(3.0 - d) + " in d = " +
                                std::to_string(d));
}

SphereKernel::SphereKernel(int d, double r) : d_(d), r_(r) {
  check_radial_domain(d, r);
  table_ = table_for(d, r);
}

double SphereKernel::shape(double x) const {
  if (!(x >= 0.0 && x <= 1.0))
    throw std::invalid_argument("sphere kernel shape: x = " + format_double(x) + " is outside the allowed range [0, 1]");
  double h, g;
  eval_hg(*table_, (1.0 - x) * (1.0 + x), h, g);
  return h;
}

double SphereKernel::shape_derivative(double x) const {
  if (!(x >= 0.0 && x <= 1.0))
    throw std::invalid_argument("sphere kernel shape_derivative: x = " + format_double(x) +
                                " is outside the allowed range [0, 1]");
  double h, g;
  eval_hg(*table_, (1.0 - x) * (1.0 + x), h, g);
  return -2.0 * x * g;
}

double SphereKernel::value(double rho, double q) const {
  check_point(rho, "rho", "value");
  check_point(q, "q", "value");
  const double M = std::max(rho, q), m = std::min(rho, q);
  if (M == 0.0) return 0.0;
  if (m == 0.0) return std::pow(M, r_);  // A_d(rho, 0) = rho^r
  return pair_term<false>(*table_, r_, rho, q, std::pow(rho, r_), std::pow(q, r_), 1.0 / rho, 1.0 / q);
}

double SphereKernel::d_rho(double rho, double q) const {
  check_point(rho, "rho", "d_rho");
  check_point(q, "q", "d_rho");
  if (rho == 0.0) return 0.0;                           // dA/drho(0, q) = 0 (q > 0; and at (0, 0))
  if (q == 0.0) return r_ * std::pow(rho, r_ - 1.0);  // d/drho rho^r
  return pair_term<true>(*table_, r_, rho, q, std::pow(rho, r_ - 1.0), std::pow(q, r_ - 1.0), 1.0 / rho,
                         1.0 / q);
}

void SphereKernel::d_rho_sums(const std::vector<double>& x, const std::vector<double>& y,
                              const std::vector<double>& w, std::vector<double>& out) const {
  check_sums_input(x, y, w, "d_rho_sums");
  pair_sums<true>(*table_, r_, x, y, w, out);
}

void SphereKernel::value_sums(const std::vector<double>& x, const std::vector<double>& y,
                              const std::vector<double>& w, std::vector<double>& out) const {
  check_sums_input(x, y, w, "value_sums");
  pair_sums<false>(*table_, r_, x, y, w, out);
}

}  // namespace nwgf::analytic::radial
