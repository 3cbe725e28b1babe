// The radial step scorer (analytic/radial/step_scorer.h) against references written here:
// the d = 3 closed form of the sphere-averaged kernel (MATH.md 7.2, in long double), direct
// double loops over particles and levels, W2 integrals done by hand, the closed-form potential
// of the uniform ball for r = 1, and a Monte Carlo mean for the noise floor.
#include "analytic/radial/step_scorer.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <random>
#include <stdexcept>
#include <string>
#include <vector>

#include "testing/tolerances.h"

namespace nwgf::analytic::radial {
namespace {

using nwgf::tolerance::kClosedForm;
using nwgf::tolerance::kRoundoff;

// Agreement of the scorer's D^2 terms with the direct loops, relative to the reference's scale:
// the potential table's tail tolerance (1e-12 of the largest value; the largest deviation from
// direct sums was measured up to 20 times the tail estimate in d = 2, r = 1, where the kernel's
// diagonal term carries a log) and the roundings of sums of a few thousand terms.
constexpr double kTable = 1e-10;
// The graded 4096-level Gauss-Legendre quadrature of a target (4 nodes per panel, grading 3)
// against a closed form: the integrand A_3(rho, Q(s)) has the kernel's |rho - Q|^(r + 2) term,
// so the rule is of order about h^4 near the level where Q(s) = rho (h ~ 1e-3): 1e-10 with margin.
constexpr double kTargetQuadrature = 1e-10;

// A_3(rho, q) = ((rho + q)^(r+2) - |rho - q|^(r+2)) / (2 (r + 2) rho q), A_3(rho, 0) = rho^r
// (MATH.md 7.2), in long double so that the cancellation for q << rho stays below 1e-15.
double a3(double rho, double q, double r) {
  if (rho == 0.0) return std::pow(q, r);
  if (q == 0.0) return std::pow(rho, r);
  const long double R = rho, Q = q, e = r + 2.0L;
  return static_cast<double>((std::pow(R + Q, e) - std::pow(std::fabs(R - Q), e)) /
                             (2.0L * e * R * Q));
}

double norm(const std::vector<double>& x, std::size_t i, int d) {
  double s = 0.0;
  for (int k = 0; k < d; ++k) s += x[i * d + k] * x[i * d + k];
  return std::sqrt(s);
}

// -1/(2N^2) Σ_ij ||x_i - x_j||^r by a double loop.
double direct_energy(const std::vector<double>& x, int d, double r) {
  const std::size_t n = x.size() / d;
  double s = 0.0;
  for (std::size_t i = 0; i < n; ++i)
    for (std::size_t j = 0; j < n; ++j) {
      double d2 = 0.0;
      for (int k = 0; k < d; ++k) d2 += (x[i * d + k] - x[j * d + k]) * (x[i * d + k] - x[j * d + k]);
      s += std::pow(d2, 0.5 * r);
    }
  return -s / (2.0 * n * n);
}

// Σ_j w_j A(rho, Q_j) and Σ_jk w_j w_k A(Q_j, Q_k) by loops, A given.
template <class A>
double direct_potential(const LevelLaw& law, double rho, const A& kernel) {
  double s = 0.0;
  for (std::size_t j = 0; j < law.radii.size(); ++j) s += law.weights[j] * kernel(rho, law.radii[j]);
  return s;
}
template <class A>
double direct_self(const LevelLaw& law, const A& kernel) {
  double s = 0.0;
  for (std::size_t j = 0; j < law.radii.size(); ++j)
    s += law.weights[j] * direct_potential(law, law.radii[j], kernel);
  return s;
}

// D^2 of the cloud against the law's quadrature measure, by the formula of MATH.md 7.6 with
// every term a loop here.
template <class A>
double direct_mmd2(const std::vector<double>& x, int d, double r, const LevelLaw& law, const A& kernel) {
  const std::size_t n = x.size() / d;
  double cross = 0.0;
  for (std::size_t i = 0; i < n; ++i) cross += direct_potential(law, norm(x, i, d), kernel);
  return direct_energy(x, d, r) + cross / n - 0.5 * direct_self(law, kernel);
}

// N points on the sphere of radius R in d = 3 (the Fibonacci lattice).
std::vector<double> fibonacci_sphere(int n, double R) {
  std::vector<double> x;
  const double golden = std::acos(-1.0) * (3.0 - std::sqrt(5.0));
  for (int i = 0; i < n; ++i) {
    const double z = 1.0 - (2.0 * i + 1.0) / n, rad = std::sqrt(1.0 - z * z), phi = golden * i;
    x.push_back(R * rad * std::cos(phi));
    x.push_back(R * rad * std::sin(phi));
    x.push_back(R * z);
  }
  return x;
}

// n points N(0, sigma^2 I_d).
std::vector<double> gaussian_cloud(std::size_t n, int d, double sigma, std::mt19937_64& rng) {
  std::normal_distribution<double> g(0.0, sigma);
  std::vector<double> x(n * d);
  for (double& v : x) v = g(rng);
  return x;
}

// The sphere of radius R as a LevelLaw (8 midpoint levels, every radius R).
LevelLaw sphere_law(double R) {
  return midpoint_level_law(8, [R](double) { return R; }, R, R);
}

// A law with a continuous part and two atoms: midpoints of the quantile of
// 0.3 ball(1) + 0.25 sphere(1.4) + 0.2 shell(1.6, 2) + 0.25 sphere(2.3) in d = 3 on L levels.
LevelLaw mixed_law(int L) {
  const auto q = [](double s) {
    if (s < 0.3) return std::cbrt(s / 0.3);
    if (s < 0.55) return 1.4;
    if (s < 0.75) {
      const double u = (s - 0.55) / 0.2;
      return std::cbrt(1.6 * 1.6 * 1.6 + u * (8.0 - 1.6 * 1.6 * 1.6));
    }
    return 2.3;
  };
  return midpoint_level_law(L, q, 0.0, 2.3);
}

// The uniform ball of radius 1 in d = 3 as a RadialLaw written here (Q(s) = s^(1/3)).
struct UnitBall3 final : RadialLaw {
  double quantile(double s) const override { return std::cbrt(s); }
  double cdf(double rho) const override { return rho <= 0 ? 0.0 : rho >= 1 ? 1.0 : rho * rho * rho; }
  std::pair<double, double> support() const override { return {0.0, 1.0}; }
};

// E||x - Y|| for Y uniform in the unit ball of R^3, |x| = rho (r = 1): inside, Δφ = 2 E 1/|x - Y|
// = 3 - rho^2 with φ(0) = E|Y| = 3/4 gives 3/4 + rho^2/2 - rho^4/20; outside rho + 1/(5 rho)
// (values and slopes agree at rho = 1: 6/5 and 4/5). Its mean over the ball is 36/35.
double ball_potential(double rho) {
  return rho <= 1.0 ? 0.75 + 0.5 * rho * rho - 0.05 * rho * rho * rho * rho : rho + 0.2 / rho;
}

TEST_CASE("radial_w2_squared of norms against a piecewise linear quantile is the hand integral") {
  // Q(s) = 2s: one level 0.5 with radius 1, lo = 0, hi = 2.
  LevelLaw linear;
  linear.levels = {0.5};
  linear.weights = {1.0};
  linear.radii = {1.0};
  linear.lo = 0.0;
  linear.hi = 2.0;
  // Norms 0.5, 1.5: each half gives (1/2) ∫_0^1 (1/2 - u)^2 du = 1/24; together 1/12.
  CHECK_REL(radial_w2_squared({0.5, 1.5}, linear), 1.0 / 12.0, kClosedForm);
  // One norm 1: ∫_0^1 (1 - 2s)^2 ds = 1/3.
  CHECK_REL(radial_w2_squared({1.0}, linear), 1.0 / 3.0, kClosedForm);
  // Knots (0, 0.5), (0.25, 1), (0.75, 2), (1, 3) and one norm 1.5: the three pieces give
  // 0.25 (1 + 0.5 + 0.25) / 3, 0.5 (0.25 - 0.25 + 0.25) / 3 and 0.25 (0.25 + 0.75 + 2.25) / 3,
  // i.e. 3.5/24 + 1/24 + 6.5/24 = 11/24.
  LevelLaw kinked;
  kinked.levels = {0.25, 0.75};
  kinked.weights = {0.5, 0.5};
  kinked.radii = {1.0, 2.0};
  kinked.lo = 0.5;
  kinked.hi = 3.0;
  CHECK_REL(radial_w2_squared({1.5}, kinked), 11.0 / 24.0, kClosedForm);
}

TEST_CASE("radial_w2_squared agrees with a fine midpoint rule for random norms and laws") {
  std::mt19937_64 rng(11);
  std::uniform_real_distribution<double> u(0.0, 1.0);
  for (int trial = 0; trial < 5; ++trial) {
    std::vector<double> norms(3 + trial * 4);
    for (double& v : norms) v = 2.0 * u(rng);
    std::sort(norms.begin(), norms.end());
    const int L = 2 + 3 * trial;
    std::vector<double> radii(L);
    for (double& v : radii) v = 0.2 + 2.0 * u(rng);
    std::sort(radii.begin(), radii.end());
    LevelLaw law = midpoint_level_law(L, [&](double s) { return radii[static_cast<int>(s * L)]; },
                                      0.1, radii.back() + 0.5);
    // A midpoint rule with 2^18 cells on each empirical piece ((i-1)/N, i/N] (where the norm is
    // constant): exact on the cells where Q is linear; a cell holding one of the L levels, where
    // the slope of e^2 jumps by at most 2 |e| L |Q_(j+1) - Q_(j-1)| <= 200, is off by at most
    // h^2 200 / 8 with h <= 1.3e-6: below 1e-11 in all, against values of 0.02 or more.
    const int cells = 1 << 18;
    const double n = static_cast<double>(norms.size());
    double expected = 0.0;
    for (std::size_t i = 0; i < norms.size(); ++i)
      for (int c = 0; c < cells; ++c) {
        const double s = (i + (c + 0.5) / cells) / n;
        const double e = norms[i] - law.quantile(s);
        expected += e * e / (cells * n);
      }
    CHECK_REL(radial_w2_squared(norms, law), expected, 1e-9);
  }
}

TEST_CASE("level_law_w2_squared of two linear quantiles is the hand integral") {
  LevelLaw a, b;  // Q_a = 2s, Q_b = 1 + s: ∫_0^1 (s - 1)^2 ds = 1/3
  a.levels = {0.5};
  a.weights = {1.0};
  a.radii = {1.0};
  a.hi = 2.0;
  b.levels = {0.2, 0.7};
  b.weights = {0.5, 0.5};
  b.radii = {1.2, 1.7};
  b.lo = 1.0;
  b.hi = 2.0;
  CHECK_REL(level_law_w2_squared(a, b), 1.0 / 3.0, kClosedForm);
  CHECK_REL(level_law_w2_squared(b, a), 1.0 / 3.0, kClosedForm);
  // A law against itself shifted by 0.25 everywhere: W2 = 0.25.
  LevelLaw c = b;
  for (double& q : c.radii) q += 0.25;
  c.lo += 0.25;
  c.hi += 0.25;
  CHECK_REL(std::sqrt(level_law_w2_squared(b, c)), 0.25, kClosedForm);
}

TEST_CASE("points on a sphere against the sphere law: radial W2 and M2 error 0, D^2 as the direct formula") {
  const double R = 1.3;
  const int N = 200;
  const std::vector<double> x = fibonacci_sphere(N, R);
  for (double r : {0.5, 1.0, 1.5}) {
    CAPTURE(r);
    const SphereKernel kernel(3, r);
    const RadialStepScorer scorer(kernel, sphere_law(R), std::nullopt, nullptr);
    const RadialStepMetrics m = scorer.metrics(x.data(), N);
    const double self = a3(R, R, r);  // = 2^(r+1) R^r / (r + 2)
    CHECK_REL(self, std::pow(2.0, r + 1.0) * std::pow(R, r) / (r + 2.0), kClosedForm);
    CHECK(m.n == static_cast<std::size_t>(N));
    CHECK_ABS(m.radial_w2, 0.0, 1e-14 * R);   // the norms are R up to rounding
    CHECK_ABS(m.m2_rel_error, 0.0, 1e-14);
    const double energy = direct_energy(x, 3, r);
    const double mmd2 = energy + a3(R, R, r) - 0.5 * self;  // every norm is R
    CHECK_ABS(m.mmd2, mmd2, kTable * self);
    CHECK(m.mmd2 > 0.0);  // 200 points are not the uniform law on the sphere
    CHECK_REL(m.mmd, std::sqrt(m.mmd2), kClosedForm);
    CHECK_REL(m.mmd_floor, std::sqrt(self / (2.0 * N)), kTable);
    CHECK_ABS(m.energy_rel_error, (energy + 0.5 * self) / (0.5 * self), kTable);
    CHECK_FALSE(m.mmd_to_scheme.has_value());
    CHECK_FALSE(m.mmd_to_target.has_value());
  }
}

TEST_CASE("D^2, floor, M2 and energy errors against a law with atoms match direct loops in d = 3") {
  std::mt19937_64 rng(3);
  const LevelLaw flow = mixed_law(64);
  LevelLaw scheme = flow;  // the scheme iterate: the flow dilated by 1.05
  for (double& q : scheme.radii) q *= 1.05;
  scheme.hi *= 1.05;
  const auto A = [](double r) { return [r](double rho, double q) { return a3(rho, q, r); }; };
  for (double r : {0.5, 1.0, 1.5}) {
    CAPTURE(r);
    const SphereKernel kernel(3, r);
    const RadialStepScorer scorer(kernel, flow, scheme, nullptr);
    const double self = direct_self(flow, A(r)), scheme_self = direct_self(scheme, A(r));
    CHECK_REL(scorer.flow().self_term(), self, kTable);
    // The scheme iterate against the flow: D^2 by the double loop, W2 = 0.05 sqrt(∫ Q^2) with
    // ∫ Q^2 of the piecewise linear quantile by a fine midpoint rule.
    double cross = 0.0;
    for (std::size_t j = 0; j < scheme.radii.size(); ++j)
      cross += scheme.weights[j] * direct_potential(flow, scheme.radii[j], A(r));
    CHECK_ABS(*scorer.scheme_mmd_to_flow(), std::sqrt(cross - 0.5 * self - 0.5 * scheme_self), kTable);
    double q2 = 0.0;
    for (int c = 0; c < (1 << 20); ++c) q2 += std::pow(flow.quantile((c + 0.5) / (1 << 20)), 2) / (1 << 20);
    CHECK_REL(*scorer.scheme_w2_to_flow(), 0.05 * std::sqrt(q2), 1e-9);
    for (double sigma : {0.4, 1.2, 3.0}) {  // clouds inside, around and beyond the law
      CAPTURE(sigma);
      const std::vector<double> x = gaussian_cloud(150, 3, sigma, rng);
      const RadialStepMetrics m = scorer.metrics(x.data(), 150);
      CHECK_ABS(m.mmd2, direct_mmd2(x, 3, r, flow, A(r)), kTable * self);
      CHECK_ABS(*m.mmd_to_scheme, std::sqrt(direct_mmd2(x, 3, r, scheme, A(r))), kTable * std::sqrt(self));
      CHECK_REL(m.mmd_floor, std::sqrt(self / 300.0), kTable);
      CHECK_REL(*m.mmd_to_scheme_floor, std::sqrt(scheme_self / 300.0), kTable);
      double m2 = 0.0, M2 = 0.0;
      for (std::size_t i = 0; i < 150; ++i) m2 += std::pow(norm(x, i, 3), 2) / 150.0;
      for (std::size_t j = 0; j < flow.radii.size(); ++j) M2 += flow.weights[j] * flow.radii[j] * flow.radii[j];
      CHECK_REL(m.m2_rel_error, (m2 - M2) / M2, kRoundoff);
      CHECK_ABS(m.energy_rel_error, (direct_energy(x, 3, r) + 0.5 * self) / (0.5 * self), kTable);
    }
  }
}

TEST_CASE("the potential table matches direct sums of the kernel in d = 2, 3, 10, at atoms and beyond") {
  struct Case {
    int d;
    double r;
  };
  for (const Case c : {Case{2, 1.0}, Case{2, 1.5}, Case{3, 0.7}, Case{10, 0.5}, Case{10, 1.9}}) {
    CAPTURE(c.d);
    CAPTURE(c.r);
    const SphereKernel kernel(c.d, c.r);
    const auto A = [&kernel](double rho, double q) { return kernel.value(rho, q); };
    for (const LevelLaw& law : {mixed_law(200), sphere_law(0.8)}) {
      const RadialPotential g(kernel, law);
      const double scale = direct_potential(law, law.radii.back(), A);
      std::vector<double> rhos = {0.0, 1e-9, 1.4, 2.3, 2.3 * (1 + 1e-12), 0.8, 1e3, 1e8};
      for (int k = 0; k <= 400; ++k) rhos.push_back(3.0 * k / 400.0);
      for (double rho : rhos) {
        CAPTURE(rho);
        const double expected = direct_potential(law, rho, A);
        CHECK_ABS(g(rho), expected, kTable * std::max(scale, expected));
      }
      CHECK_REL(g.self_term(), direct_self(law, A), kTable);
      CHECK(g.table_error() <= kTable * scale);
    }
  }
}

TEST_CASE("the target's quadrature reproduces the closed-form potential of the uniform ball (d = 3, r = 1)") {
  const SphereKernel kernel(3, 1.0);
  const auto target = make_target_potential(kernel, UnitBall3{});
  for (int k = 0; k <= 60; ++k) {
    const double rho = 3.0 * k / 60.0;
    CAPTURE(rho);
    CHECK_REL((*target)(rho), ball_potential(rho), kTargetQuadrature);
  }
  CHECK_REL(target->self_term(), 36.0 / 35.0, kTargetQuadrature);
  CHECK_REL(target->second_moment(), 0.6, kTargetQuadrature);  // E|Y|^2 = 3/5
  // mmd_to_target of a cloud: the direct formula with the closed-form potential.
  std::mt19937_64 rng(5);
  const std::vector<double> x = gaussian_cloud(100, 3, 0.6, rng);
  const RadialStepScorer scorer(kernel, sphere_law(1.0), std::nullopt, target);
  const RadialStepMetrics m = scorer.metrics(x.data(), 100);
  double cross = 0.0;
  for (std::size_t i = 0; i < 100; ++i) cross += ball_potential(norm(x, i, 3)) / 100.0;
  const double mmd2 = direct_energy(x, 3, 1.0) + cross - 0.5 * 36.0 / 35.0;
  CHECK_ABS(*m.mmd_to_target, std::sqrt(mmd2), kTargetQuadrature / std::sqrt(mmd2));
}

TEST_CASE("a mixture target's quadrature reproduces its closed-form potential and self term (d = 3, r = 1)") {
  // nu = 1/2 ball(1) + 1/2 sphere(1.5): g(rho) = phi(rho)/2 + A_3(rho, 1.5)/2 with phi the ball's
  // potential above; I = A_3(1.5, 1.5)/4 + (36/35)/4 + phi(1.5)/2 (the ball-sphere term is the
  // ball's potential on the sphere). Level breaks at 1/2 (the gap from 1 to 1.5, then the atom).
  const SphereKernel kernel(3, 1.0);
  const RadialMeasure nu = parse_radial_measure("ball:1@1;sphere:1.5@1", 3, 1.0, RadialRole::kTarget, "--target");
  const LevelLaw law = target_level_law(nu);
  CHECK(law.levels.size() == static_cast<std::size_t>(kTargetLevels) + 4);  // the atom: one panel
  const auto target = make_target_potential(kernel, nu);
  for (int k = 0; k <= 60; ++k) {
    const double rho = 3.0 * k / 60.0;
    CAPTURE(rho);
    CHECK_REL((*target)(rho), 0.5 * ball_potential(rho) + 0.5 * a3(rho, 1.5, 1.0), kTargetQuadrature);
  }
  const double I = 0.25 * a3(1.5, 1.5, 1.0) + 0.25 * 36.0 / 35.0 + 0.5 * ball_potential(1.5);
  CHECK_REL(target->self_term(), I, kTargetQuadrature);
  CHECK_REL(target->second_moment(), 0.5 * 0.6 + 0.5 * 2.25, kTargetQuadrature);
}

TEST_CASE("the floor sqrt(I / (2N)) is the mean D^2 of exact samples of the law (Monte Carlo)") {
  // 4 levels; samples: a level j uniformly, radius Q_j, direction uniform (a normalised Gaussian
  // vector): exact i.i.d. samples of the quadrature measure. 4000 sets of N = 20, seed 7; the
  // mean of D^2 is compared with I / (2N) within 4 standard errors of the mean (a failure rate
  // of 6e-5 for a correct floor).
  const double r = 1.0;
  const SphereKernel kernel(3, r);
  LevelLaw law = midpoint_level_law(4, [](double s) { return 0.5 + s; }, 0.5, 1.5);
  const RadialStepScorer scorer(kernel, law, std::nullopt, nullptr);
  const double I = direct_self(law, [r](double a, double b) { return a3(a, b, r); });
  const int N = 20, sets = 4000;
  std::mt19937_64 rng(7);
  std::normal_distribution<double> g(0.0, 1.0);
  std::uniform_int_distribution<int> level(0, 3);
  double sum = 0.0, sum2 = 0.0;
  for (int k = 0; k < sets; ++k) {
    std::vector<double> x(3 * N);
    for (int i = 0; i < N; ++i) {
      const double q = law.radii[level(rng)];
      double v[3] = {g(rng), g(rng), g(rng)};
      const double nv = std::sqrt(v[0] * v[0] + v[1] * v[1] + v[2] * v[2]);
      for (int c = 0; c < 3; ++c) x[3 * i + c] = q * v[c] / nv;
    }
    const double d2 = scorer.metrics(x.data(), N).mmd2;
    sum += d2;
    sum2 += d2 * d2;
  }
  const double mean = sum / sets, sd = std::sqrt((sum2 / sets - mean * mean) * sets / (sets - 1.0));
  const double se = sd / std::sqrt(static_cast<double>(sets));
  MESSAGE("mean D^2 " << mean << ", I / (2N) " << I / (2.0 * N) << ", standard error " << se);
  CHECK_ABS(mean, I / (2.0 * N), 4.0 * se);
  CHECK_REL(scorer.metrics(std::vector<double>(3, 1.0).data(), 1).mmd_floor, std::sqrt(I / 2.0), kTable);
}

TEST_CASE("exact samples of the uniform ball have mean D^2 (36/35)/(2N) against its Gauss-Legendre levels") {
  // The reference as the flow gives it: 512 graded Gauss-Legendre levels of the unit ball in
  // d = 3 (target_level_law), r = 1. Samples X = U^(1/3) V (U uniform, V a normalised Gaussian
  // vector) are exact samples of the ball, so E[D^2] = I / (2N) with I = E|X - X'| = 36/35 (the
  // ball's closed form above) up to D^2(ball, its quadrature) = (36/35 - I_512) / 2 (the cross
  // term integrates the ball's polynomial potential exactly), below 1e-10 by the floor check
  // first. 4000 sets of N = 20, seed 17; within 4 standard errors.
  const SphereKernel kernel(3, 1.0);
  const RadialStepScorer scorer(kernel, target_level_law(UnitBall3{}, 512), std::nullopt, nullptr);
  const int N = 20, sets = 4000;
  CHECK_REL(scorer.metrics(std::vector<double>(3 * N, 0.1).data(), N).mmd_floor,
            std::sqrt(36.0 / 35.0 / (2.0 * N)), kTargetQuadrature);
  std::mt19937_64 rng(17);
  std::normal_distribution<double> g(0.0, 1.0);
  std::uniform_real_distribution<double> u(0.0, 1.0);
  double sum = 0.0, sum2 = 0.0;
  for (int k = 0; k < sets; ++k) {
    std::vector<double> x(3 * N);
    for (int i = 0; i < N; ++i) {
      const double rho = std::cbrt(u(rng));
      double v[3] = {g(rng), g(rng), g(rng)};
      const double nv = std::sqrt(v[0] * v[0] + v[1] * v[1] + v[2] * v[2]);
      for (int c = 0; c < 3; ++c) x[3 * i + c] = rho * v[c] / nv;
    }
    const double d2 = scorer.metrics(x.data(), N).mmd2;
    sum += d2;
    sum2 += d2 * d2;
  }
  const double mean = sum / sets, sd = std::sqrt((sum2 / sets - mean * mean) * sets / (sets - 1.0));
  const double se = sd / std::sqrt(static_cast<double>(sets));
  MESSAGE("ball: mean D^2 " << mean << ", (36/35) / (2N) " << 36.0 / 35.0 / (2.0 * N) << ", standard error " << se);
  CHECK_ABS(mean, 36.0 / 35.0 / (2.0 * N), 4.0 * se);
}

TEST_CASE("D^2 is nonnegative up to rounding for random clouds and laws") {
  std::mt19937_64 rng(13);
  std::uniform_real_distribution<double> u(0.0, 1.0);
  for (int d : {2, 3, 5}) {
    const SphereKernel kernel(d, 1.2);
    for (int trial = 0; trial < 6; ++trial) {
      std::vector<double> radii(16);
      for (double& q : radii) q = 0.1 + u(rng);
      std::sort(radii.begin(), radii.end());
      const LevelLaw law = midpoint_level_law(16, [&](double s) { return radii[static_cast<int>(s * 16)]; },
                                              0.1, 1.1);
      const RadialStepScorer scorer(kernel, law, std::nullopt, nullptr);
      for (std::size_t n : {1u, 2u, 7u, 40u}) {
        const std::vector<double> x = gaussian_cloud(n, d, 0.3 + 0.2 * trial, rng);
        const RadialStepMetrics m = scorer.metrics(x.data(), n);
        CHECK(m.mmd2 >= -kRoundoff * scorer.flow().self_term());
      }
    }
  }
}

TEST_CASE("the quantile snapshot pairs sorted norms with the piecewise linear quantiles") {
  // Flow Q(s) = 2s, scheme Q(s) = 1 + s; norms 4, 1, 3, 2 (on the first axis). With two levels:
  // i_k = floor((k + 1/2) 4 / 2) = 1, 3, s = 3/8, 7/8; norms 2, 4; flow 3/4, 7/4; scheme 11/8, 15/8.
  LevelLaw flow, scheme;
  flow.levels = {0.5};
  flow.weights = {1.0};
  flow.radii = {1.0};
  flow.hi = 2.0;
  scheme = flow;
  scheme.radii = {1.5};
  scheme.lo = 1.0;
  const RadialStepScorer scorer(SphereKernel(2, 1.0), flow, scheme, nullptr);
  const std::vector<double> x = {4, 0, 1, 0, 3, 0, 2, 0};
  const RadialQuantileSnapshot q = scorer.quantiles(x.data(), 4, 2);
  REQUIRE(q.levels.size() == 2);
  CHECK_ABS(q.levels[0], 0.375, kClosedForm);
  CHECK_ABS(q.levels[1], 0.875, kClosedForm);
  CHECK_ABS(q.norms[0], 2.0, kClosedForm);
  CHECK_ABS(q.norms[1], 4.0, kClosedForm);
  CHECK_ABS(q.flow[0], 0.75, kClosedForm);
  CHECK_ABS(q.flow[1], 1.75, kClosedForm);
  CHECK_ABS(q.scheme[0], 1.375, kClosedForm);
  CHECK_ABS(q.scheme[1], 1.875, kClosedForm);
  CHECK(scorer.quantiles(x.data(), 4, 10).levels.size() == 4);  // at most one level per point
}

TEST_CASE("bad input is refused with the offending value named") {
  const SphereKernel kernel(3, 1.0);
  const RadialStepScorer scorer(kernel, sphere_law(1.0), std::nullopt, nullptr);
  std::vector<double> x = {1.0, 0.0, 0.0, 0.5, std::nan(""), 0.0};
  const auto message = [](auto&& f) -> std::string {
    try {
      f();
    } catch (const std::invalid_argument& e) {
      return e.what();
    }
    return "";
  };
  CHECK(message([&] { scorer.metrics(x.data(), 2); }).find("coordinate 1 of point 1 is nan") != std::string::npos);
  CHECK(message([&] { scorer.metrics(x.data(), 0); }).find("no points") != std::string::npos);
  CHECK(message([&] { RadialPotential(kernel, sphere_law(0.0)); }).find("every radius is 0") != std::string::npos);
  LevelLaw bad = sphere_law(1.0);
  bad.radii[3] = 0.5;
  CHECK(message([&] { RadialStepScorer(kernel, bad, std::nullopt, nullptr); }).find("radii[3] = 0.5") != std::string::npos);
  const auto other = make_target_potential(SphereKernel(3, 1.5), UnitBall3{}, 64);
  CHECK(message([&] { RadialStepScorer(kernel, sphere_law(1.0), std::nullopt, other); }).find("r = 1.5") != std::string::npos);
  CHECK(message([&] { scorer.flow()(-1.0); }).find("rho = -1") != std::string::npos);
}

}  // namespace
}  // namespace nwgf::analytic::radial
