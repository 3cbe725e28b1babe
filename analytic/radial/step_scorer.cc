// Per-step scoring of the radial family against its level-law references
// (analytic/radial/step_scorer.h).
#include "analytic/radial/step_scorer.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <stdexcept>
#include <string>
#include <utility>

#include "analytic/format_value.h"
#include "analytic/radial/level_rule.h"
#include "analytic/riesz_sums.h"

// No contraction of a * b + c into an FMA in this file: with -march=native GCC contracts per
// inlined copy, so the potential inlined at two call sites gave D against the flow and D against
// an identical scheme iterate 5e-16 apart (analytic.radial.step_scorer_property_test). Every
// evaluation of a table is then the same rounding wherever it is called from. (Clang contracts
// within one expression only, the same in every copy.)
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC optimize("fp-contract=off")
#endif

namespace nwgf::analytic::radial {

namespace {

constexpr int kDeg = kPotentialDegree;
// Atoms of a law (runs of equal radii) become table breaks, the heaviest first, at most this
// many: each break costs one panel more; further atoms are resolved by bisection.
constexpr std::size_t kMaxAtomBreaks = 64;
// A panel narrower than this fraction of its table's extent is accepted whatever its tail
// (bisection toward a singular point stops there; its tail enters table_error()).
constexpr double kMinPanelFraction = 1e-12;

// cos(pi j k / n) for j, k = 0..n, and the Lobatto nodes cos(pi k / n) on [-1, 1].
struct ChebyshevBasis {
  std::array<std::array<double, kDeg + 1>, kDeg + 1> cos_jk{};
  std::array<double, kDeg + 1> nodes{};
  ChebyshevBasis() {
    const double pi = std::acos(-1.0);
    for (int j = 0; j <= kDeg; ++j)
      for (int k = 0; k <= kDeg; ++k) cos_jk[j][k] = std::cos(pi * ((j * k) % (2 * kDeg)) / kDeg);
    for (int k = 0; k <= kDeg; ++k) nodes[k] = cos_jk[1][k];
  }
};
const ChebyshevBasis& basis() {
  static const ChebyshevBasis b;
  return b;
}

// Chebyshev coefficients of the degree-n interpolant through values at the Lobatto nodes
// x_k = cos(pi k / n): c_j = (2/n) Σ''_k f_k cos(pi j k / n) (end terms halved), c_0 and c_n
// halved (the discrete cosine transform of type I).
std::vector<double> chebyshev_coefficients(const double* f) {
  const ChebyshevBasis& cb = basis();
  std::vector<double> c(kDeg + 1);
  for (int j = 0; j <= kDeg; ++j) {
    double s = 0.5 * (f[0] * cb.cos_jk[j][0] + f[kDeg] * cb.cos_jk[j][kDeg]);
    for (int k = 1; k < kDeg; ++k) s += f[k] * cb.cos_jk[j][k];
    c[j] = 2.0 * s / kDeg;
  }
  c[0] *= 0.5;
  c[kDeg] *= 0.5;
  return c;
}

// Clenshaw's recurrence for Σ_j c_j T_j(t).
double clenshaw(const std::vector<double>& c, double t) {
  double b1 = 0.0, b2 = 0.0;
  for (int k = kDeg; k >= 1; --k) {
    const double b0 = c[k] + 2.0 * t * b1 - b2;
    b2 = b1;
    b1 = b0;
  }
  return c[0] + t * b1 - b2;
}

double evaluate(const std::vector<RadialPotential::Panel>& panels, double x) {
  // The last panel whose left end is <= x (panels are contiguous and sorted).
  auto it = std::upper_bound(panels.begin(), panels.end(), x,
                             [](double v, const RadialPotential::Panel& p) { return v < p.a; });
  const RadialPotential::Panel& p = it == panels.begin() ? panels.front() : *(it - 1);
  const double t = std::clamp((2.0 * x - p.a - p.b) / (p.b - p.a), -1.0, 1.0);
  return clenshaw(p.coeffs, t);
}

// Adaptive Chebyshev table of f on the given contiguous intervals (see the header comment).
// f maps a batch of points to values. Returns the panels sorted by a and the worst tail.
template <class F>
std::vector<RadialPotential::Panel> build_table(std::vector<std::pair<double, double>> pending,
                                                const F& f, const char* which, double& error,
                                                long& evaluations) {
  const ChebyshevBasis& cb = basis();
  const double extent = pending.back().second - pending.front().first;
  std::vector<RadialPotential::Panel> accepted;
  double scale = 0.0;
  std::vector<double> points, values;
  while (!pending.empty()) {
    if (accepted.size() + pending.size() > static_cast<std::size_t>(kMaxPotentialPanels))
      throw std::runtime_error(std::string("radial potential: the ") + which +
                               " table needs more than " + std::to_string(kMaxPotentialPanels) +
                               " panels (the law's potential is not resolved to " +
                               format_g(kPotentialTolerance, 3) + " within the budget)");
    points.clear();
    for (const auto& [a, b] : pending)
      for (int k = 0; k <= kDeg; ++k) points.push_back(0.5 * (a + b) + 0.5 * (b - a) * cb.nodes[k]);
    f(points, values);
    evaluations += static_cast<long>(points.size());
    for (double v : values) {
      if (!std::isfinite(v))
        throw std::runtime_error(std::string("radial potential: a non-finite value in the ") +
                                 which + " table");
      scale = std::max(scale, std::abs(v));
    }
    std::vector<std::pair<double, double>> next;
    for (std::size_t p = 0; p < pending.size(); ++p) {
      const auto [a, b] = pending[p];
      std::vector<double> c = chebyshev_coefficients(values.data() + p * (kDeg + 1));
      const double tail = std::abs(c[kDeg - 2]) + std::abs(c[kDeg - 1]) + std::abs(c[kDeg]);
      if (tail <= kPotentialTolerance * scale || b - a <= kMinPanelFraction * extent) {
        error = std::max(error, tail);
        accepted.push_back({a, b, std::move(c)});
      } else {
        const double m = 0.5 * (a + b);
        next.emplace_back(a, m);
        next.emplace_back(m, b);
      }
    }
    pending = std::move(next);
  }
  std::sort(accepted.begin(), accepted.end(),
            [](const RadialPotential::Panel& x, const RadialPotential::Panel& y) { return x.a < y.a; });
  return accepted;
}

// The knots of a LevelLaw's piecewise linear quantile: (0, lo), (s_j, Q_j), (1, hi).
struct Knots {
  std::vector<double> t, v;
  explicit Knots(const LevelLaw& law) {
    t.reserve(law.levels.size() + 2);
    v.reserve(law.levels.size() + 2);
    t.push_back(0.0);
    v.push_back(law.lo);
    t.insert(t.end(), law.levels.begin(), law.levels.end());
    v.insert(v.end(), law.radii.begin(), law.radii.end());
    t.push_back(1.0);
    v.push_back(law.hi);
  }
  // Q(s) for s in [t_k, t_(k+1)], exact at the knots.
  double at(std::size_t k, double s) const {
    if (s == t[k]) return v[k];
    if (s == t[k + 1]) return v[k + 1];
    return v[k] + (s - t[k]) / (t[k + 1] - t[k]) * (v[k + 1] - v[k]);
  }
};

// ∫ over a piece of length h of e(s)^2 with e linear from ea to eb: h (ea^2 + ea eb + eb^2) / 3
// (a sum of nonnegative terms: ea^2 + ea eb + eb^2 >= (ea^2 + eb^2) / 2).
double linear_square(double h, double ea, double eb) {
  return h * (ea * ea + ea * eb + eb * eb) / 3.0;
}

}  // namespace

RadialPotential::RadialPotential(const SphereKernel& kernel, LevelLaw law, const char* what)
    : kernel_(kernel), law_(std::move(law)) {
  check_level_law(law_, what);
  c_ = law_.radii.back();
  if (!(c_ > 0.0))
    throw std::invalid_argument(std::string(what) +
                                ": every radius is 0 (a law at the origin is outside the radial "
                                "family, docs/math.md 7.2; the largest radius must be > 0)");
  // Runs of equal radii (atoms) merged into one node with the run's weight.
  std::vector<std::pair<double, std::size_t>> atoms;  // (weight, node index) of runs
  for (std::size_t j = 0; j < law_.radii.size();) {
    std::size_t k = j;
    double w = 0.0;
    while (k < law_.radii.size() && law_.radii[k] == law_.radii[j]) w += law_.weights[k++];
    if (k - j >= 2) atoms.emplace_back(w, radii_.size());
    radii_.push_back(law_.radii[j]);
    weights_.push_back(w);
    j = k;
  }
  for (std::size_t j = 0; j < radii_.size(); ++j) {
    weight_sum_ += weights_[j];
    second_moment_ += weights_[j] * radii_[j] * radii_[j];
  }
  std::sort(atoms.begin(), atoms.end(), [](const auto& x, const auto& y) { return x.first > y.first; });
  std::vector<double> breaks = {0.0, radii_.front(), c_};
  for (std::size_t a = 0; a < std::min(atoms.size(), kMaxAtomBreaks); ++a)
    breaks.push_back(radii_[atoms[a].second]);
  std::sort(breaks.begin(), breaks.end());
  breaks.erase(std::unique(breaks.begin(), breaks.end()), breaks.end());
  build_inner(breaks);
  build_outer();
  for (std::size_t j = 0; j < radii_.size(); ++j) self_term_ += weights_[j] * (*this)(radii_[j]);
}

void RadialPotential::build_inner(const std::vector<double>& breaks) {
  std::vector<std::pair<double, double>> intervals;
  for (std::size_t k = 0; k + 1 < breaks.size(); ++k) intervals.emplace_back(breaks[k], breaks[k + 1]);
  const auto g = [this](const std::vector<double>& rho, std::vector<double>& out) {
    kernel_.value_sums(rho, radii_, weights_, out);
  };
  inner_ = build_table(std::move(intervals), g, "inner", table_error_, evaluations_);
}

void RadialPotential::build_outer() {
  // G(u) = rho^-r g(rho) at rho = c / u; G(0) = Σ w_j (A_d(rho, q) / rho^r -> 1 as rho -> inf).
  const double r = kernel_.r();
  const auto G = [this, r](const std::vector<double>& u, std::vector<double>& out) {
    std::vector<double> rho;
    std::vector<std::size_t> where;
    for (std::size_t i = 0; i < u.size(); ++i)
      if (u[i] > 0.0) {
        rho.push_back(c_ / u[i]);
        where.push_back(i);
      }
    std::vector<double> g;
    kernel_.value_sums(rho, radii_, weights_, g);
    out.assign(u.size(), weight_sum_);
    for (std::size_t k = 0; k < where.size(); ++k) out[where[k]] = g[k] / std::pow(rho[k], r);
  };
  double error = 0.0;
  outer_ = build_table({{0.0, 1.0}}, G, "outer", error, evaluations_);
  // The outer table's error is relative to rho^r: at rho = c it is c^r error, the largest.
  table_error_ = std::max(table_error_, std::pow(c_, r) * error);
}

double RadialPotential::operator()(double rho) const {
  if (!(rho >= 0.0) || !std::isfinite(rho))
    throw std::invalid_argument("radial potential: rho = " + format_double(rho) +
                                " is not finite and >= 0");
  if (rho <= c_) return evaluate(inner_, rho);
  return std::pow(rho, kernel_.r()) * evaluate(outer_, c_ / rho);
}

LevelLaw target_level_law(const RadialLaw& nu, int levels) {
  // One graded rule on (0, 1), mapped onto every segment between nu's level breaks; a segment
  // where Q is constant (an atom) gets one 4-node panel (exact there).
  const LevelRule unit = graded_level_rule(levels, 4, 3.0, {});
  std::vector<double> atom_nodes, atom_weights;
  gauss_legendre(4, atom_nodes, atom_weights);
  std::vector<double> ends = {0.0};
  for (double b : nu.level_breaks())
    if (b > ends.back() && b < 1.0) ends.push_back(b);
  ends.push_back(1.0);
  if (ends.size() - 1 > static_cast<std::size_t>(kMaxTargetSegments))
    throw std::invalid_argument("target_level_law: the target has " + std::to_string(ends.size() - 1) +
                                " segments between level breaks (at most " +
                                std::to_string(kMaxTargetSegments) + ")");
  LevelLaw law;
  const auto add = [&law](double s, double w) {
    if (!law.levels.empty() && !(s > law.levels.back())) {
      law.weights.back() += w;  // levels of a segment shorter than rounding: merged
      return;
    }
    law.levels.push_back(s);
    law.weights.push_back(w);
  };
  for (std::size_t k = 0; k + 1 < ends.size(); ++k) {
    const double a = ends[k], b = ends[k + 1], h = b - a;
    const bool atom = nu.quantile(a + 0.25 * h) == nu.quantile(a + 0.75 * h);
    if (atom) {
      for (int i = 0; i < 4; ++i) add(a + 0.5 * h * (1.0 + atom_nodes[i]), 0.5 * h * atom_weights[i]);
    } else {
      for (std::size_t i = 0; i < unit.levels.size(); ++i) add(a + h * unit.levels[i], h * unit.weights[i]);
    }
  }
  while (!law.levels.empty() && !(law.levels.back() < 1.0)) {  // rounding onto 1: merged inward
    const double w = law.weights.back();
    law.levels.pop_back();
    law.weights.pop_back();
    law.weights.back() += w;
  }
  law.radii.resize(law.levels.size());
  for (std::size_t j = 0; j < law.levels.size(); ++j) {
    law.radii[j] = nu.quantile(law.levels[j]);
    if (j > 0) law.radii[j] = std::max(law.radii[j], law.radii[j - 1]);  // rounding
  }
  const auto [lo, hi] = nu.support();
  law.lo = std::min(lo, law.radii.front());
  law.hi = std::isfinite(hi) ? std::max(hi, law.radii.back()) : law.radii.back();
  return law;
}

std::shared_ptr<const RadialPotential> make_target_potential(const SphereKernel& kernel,
                                                             const RadialLaw& nu, int levels) {
  return std::make_shared<const RadialPotential>(kernel, target_level_law(nu, levels), "target");
}

double radial_w2_squared(const std::vector<double>& sorted_norms, const LevelLaw& law) {
  const std::size_t n = sorted_norms.size();
  if (n == 0) throw std::invalid_argument("radial_w2_squared: no norms (at least one is required)");
  const Knots q(law);
  const std::size_t pieces = q.t.size() - 1;
  double total = 0.0, cur = 0.0;
  std::size_t i = 0, k = 0;
  while (i < n && k < pieces) {
    const double end_emp = i + 1 == n ? 1.0 : static_cast<double>(i + 1) / static_cast<double>(n);
    const double end_q = q.t[k + 1];
    const double next = std::min(end_emp, end_q);
    const double x = sorted_norms[i];
    total += linear_square(next - cur, x - q.at(k, cur), x - q.at(k, next));
    cur = next;
    if (next == end_emp) ++i;
    if (next == end_q) ++k;
  }
  return total;
}

double level_law_w2_squared(const LevelLaw& a, const LevelLaw& b) {
  const Knots qa(a), qb(b);
  const std::size_t pa = qa.t.size() - 1, pb = qb.t.size() - 1;
  double total = 0.0, cur = 0.0;
  std::size_t i = 0, k = 0;
  while (i < pa && k < pb) {
    const double end_a = qa.t[i + 1], end_b = qb.t[k + 1];
    const double next = std::min(end_a, end_b);
    total += linear_square(next - cur, qa.at(i, cur) - qb.at(k, cur), qa.at(i, next) - qb.at(k, next));
    cur = next;
    if (next == end_a) ++i;
    if (next == end_b) ++k;
  }
  return total;
}

double potential_mmd2(const RadialPotential& a, const RadialPotential& b) {
  if (a.kernel().d() != b.kernel().d() || a.kernel().r() != b.kernel().r())
    throw std::invalid_argument("potential_mmd2: kernels of (d, r) = (" +
                                std::to_string(a.kernel().d()) + ", " + format_shortest(a.kernel().r()) +
                                ") and (" + std::to_string(b.kernel().d()) + ", " +
                                format_shortest(b.kernel().r()) + ") differ");
  double cross = 0.0;
  const LevelLaw& lb = b.law();
  for (std::size_t j = 0; j < lb.radii.size(); ++j) cross += lb.weights[j] * a(lb.radii[j]);
  return cross - 0.5 * a.self_term() - 0.5 * b.self_term();
}

RadialStepScorer::RadialStepScorer(const SphereKernel& kernel, LevelLaw flow,
                                   std::optional<LevelLaw> scheme,
                                   std::shared_ptr<const RadialPotential> target)
    : flow_(kernel, std::move(flow), "reference flow"), target_(std::move(target)) {
  if (target_ && (target_->kernel().d() != kernel.d() || target_->kernel().r() != kernel.r()))
    throw std::invalid_argument("radial step scorer: the target's kernel (d = " +
                                std::to_string(target_->kernel().d()) + ", r = " +
                                format_shortest(target_->kernel().r()) +
                                ") is not the scorer's (d = " + std::to_string(kernel.d()) +
                                ", r = " + format_shortest(kernel.r()) + ")");
  if (scheme) {
    scheme_.emplace(kernel, std::move(*scheme), "exact scheme iterate");
    scheme_w2_ = std::sqrt(level_law_w2_squared(scheme_->law(), flow_.law()));
    scheme_mmd_ = std::sqrt(std::max(potential_mmd2(flow_, *scheme_), 0.0));
  }
}

namespace {

// The sorted norms of x (n x d) and their mean square; refuses no points, a non-finite
// coordinate and an overflowing norm.
std::vector<double> sorted_norms(const double* x, std::size_t n, int d, double& mean_square) {
  if (n == 0) throw std::invalid_argument("radial step metrics: no points (at least one is required)");
  if (x == nullptr) throw std::invalid_argument("radial step metrics: null point array");
  std::vector<double> norms(n);
  double m2 = 0.0;
  for (std::size_t i = 0; i < n; ++i) {
    double s = 0.0;
    for (int k = 0; k < d; ++k) {
      const double v = x[i * d + k];
      if (!std::isfinite(v))
        throw std::invalid_argument("radial step metrics: coordinate " + std::to_string(k) +
                                    " of point " + std::to_string(i) + " is " + format_double(v) +
                                    " (every coordinate must be finite)");
      s += v * v;
    }
    if (!std::isfinite(s))
      throw std::invalid_argument("radial step metrics: the squared norm of point " +
                                  std::to_string(i) + " overflows (norms must be below 1e154)");
    m2 += s;
    norms[i] = std::sqrt(s);
  }
  std::sort(norms.begin(), norms.end());
  mean_square = m2 / static_cast<double>(n);
  return norms;
}

}  // namespace

RadialQuantileSnapshot RadialStepScorer::quantiles(const double* x, std::size_t n,
                                                   std::size_t max_levels) const {
  if (max_levels < 1)
    throw std::invalid_argument("radial quantile snapshot: max_levels = 0 (at least 1)");
  double m2 = 0.0;
  const std::vector<double> norms = sorted_norms(x, n, flow_.kernel().d(), m2);
  RadialQuantileSnapshot out;
  const std::size_t k_max = std::min(n, max_levels);
  for (std::size_t k = 0; k < k_max; ++k) {
    const std::size_t i = static_cast<std::size_t>((k + 0.5) * static_cast<double>(n) /
                                                   static_cast<double>(k_max));
    const double s = (static_cast<double>(i) + 0.5) / static_cast<double>(n);
    out.levels.push_back(s);
    out.norms.push_back(norms[i]);
    out.flow.push_back(flow_.law().quantile(s));
    if (scheme_) out.scheme.push_back(scheme_->law().quantile(s));
  }
  return out;
}

RadialStepMetrics RadialStepScorer::metrics(const double* x, std::size_t n) const {
  const int d = flow_.kernel().d();
  const double r = flow_.kernel().r();
  double m2 = 0.0;
  const std::vector<double> norms = sorted_norms(x, n, d, m2);
  const double nn = static_cast<double>(n);
  // The empirical energy E_N = -1/(2N^2) Σ_ij ||x_i - x_j||^r: one pair sum for all references.
  const double energy = -riesz_self_sum(x, n, d, r) / (2.0 * nn * nn);
  const auto against = [&](const RadialPotential& ref, double& mmd2, double& mmd, double& floor) {
    double cross = 0.0;
    for (double rho : norms) cross += ref(rho);
    mmd2 = energy + cross / nn - 0.5 * ref.self_term();
    mmd = std::sqrt(std::max(mmd2, 0.0));
    floor = std::sqrt(ref.self_term() / (2.0 * nn));
  };
  RadialStepMetrics m;
  m.n = n;
  against(flow_, m.mmd2, m.mmd, m.mmd_floor);
  m.radial_w2 = std::sqrt(radial_w2_squared(norms, flow_.law()));
  m.m2_rel_error = (m2 - flow_.second_moment()) / flow_.second_moment();
  m.energy_rel_error = (energy - flow_.energy()) / std::abs(flow_.energy());
  if (scheme_) {
    double mmd2 = 0.0, mmd = 0.0, floor = 0.0;
    against(*scheme_, mmd2, mmd, floor);
    m.mmd_to_scheme = mmd;
    m.mmd_to_scheme_floor = floor;
    m.w2_to_scheme = std::sqrt(radial_w2_squared(norms, scheme_->law()));
  }
  if (target_) {
    double mmd2 = 0.0, mmd = 0.0, floor = 0.0;
    against(*target_, mmd2, mmd, floor);
    m.mmd_to_target = mmd;
  }
  return m;
}

}  // namespace nwgf::analytic::radial
