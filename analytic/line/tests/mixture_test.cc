// Tests of the line family's mixtures (analytic/line/measure.h LineMeasure::mixture, kind
// kMixture, and the flow, resolvent and Euler speed toward one in analytic/line/flow.h): the CDF
// and quantile against sums and bisection written here, ∫ F (1 - F) against the closed form of
// E|X - X'| / 2 for Gaussian pairs, the flow against a long-double Runge-Kutta integration and
// against the integrated time ∫ dq / (2s - 2F) across an atom (Gauss-Legendre here), the
// resolvent against bisection, and mixtures of piecewise linear laws against their closed forms.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <memory>
#include <vector>

#include <boost/math/quadrature/gauss.hpp>

#include "analytic/line/errors.h"
#include "analytic/line/flow.h"
#include "analytic/line/measure.h"
#include "testing/tolerances.h"

using namespace nwgf::analytic::line;

namespace {

// Phi((x - m) / s) in long double.
long double normal_cdf_l(long double x, long double m, long double s) {
  return 0.5L * erfcl(-(x - m) / (s * sqrtl(2.0L)));
}

// The mixture used throughout: 0.3 N(-1, 0.5^2) + 0.2 (delta_0 / 4 + 3 delta_1 / 4) + 0.5 U[2, 3],
// written as weights 3, 2, 5 (normalised by 10).
LineMeasure three_part_mixture() {
  return LineMeasure::mixture({LineMeasure::gaussian(-1.0, 0.5), LineMeasure::atoms({0.0, 1.0}, {1.0, 3.0}),
                               LineMeasure::uniform(2.0, 3.0)},
                              {3.0, 2.0, 5.0});
}

// Its CDF by direct sums (right-continuous; left limits with `left`).
double three_part_cdf(double x, bool left = false) {
  const double g = 0.5 * std::erfc(-(x + 1.0) / (0.5 * M_SQRT2));
  double atoms = 0.0;
  if (left ? x > 0.0 : x >= 0.0) atoms += 0.25;
  if (left ? x > 1.0 : x >= 1.0) atoms += 0.75;
  const double u = std::clamp(x - 2.0, 0.0, 1.0);
  return 0.3 * g + 0.2 * atoms + 0.5 * u;
}

// Independent reference for the quantile: the least x with F(x) >= s, by bisection on F written
// above (200 halvings of [-20, 20], to adjacent doubles).
double bisect_quantile(double s) {
  double lo = -20.0, hi = 20.0;
  for (int k = 0; k < 200; ++k) {
    const double mid = 0.5 * (lo + hi);
    if (mid <= lo || mid >= hi) break;
    (three_part_cdf(mid) >= s ? hi : lo) = mid;
  }
  return hi;
}

// Classical RK4 in long double for dQ/dt = 2s - 2F(Q) (F smooth), n steps.
template <typename Cdf>
long double rk4_level(const Cdf& F, long double s, long double q, long double t, int n) {
  const long double h = t / n;
  auto v = [&](long double x) { return 2.0L * s - 2.0L * F(x); };
  for (int i = 0; i < n; ++i) {
    const long double k1 = v(q), k2 = v(q + 0.5L * h * k1), k3 = v(q + 0.5L * h * k2), k4 = v(q + h * k3);
    q += h * (k1 + 2 * k2 + 2 * k3 + k4) / 6.0L;
  }
  return q;
}

// E|Y| for Y ~ N(mu, s^2): s sqrt(2/pi) exp(-mu^2 / (2 s^2)) + mu (1 - 2 Phi(-mu / s)).
double mean_abs_normal(double mu, double s) {
  return s * std::sqrt(2.0 / M_PI) * std::exp(-0.5 * mu * mu / (s * s)) + mu * (1.0 - std::erfc(mu / (s * M_SQRT2)));
}

}  // namespace

TEST_CASE("a mixture's CDF and left limits equal the weighted sums of its components' CDFs") {
  const LineMeasure mu = three_part_mixture();
  REQUIRE(mu.kind() == LineMeasure::Kind::kMixture);
  CHECK(mu.support().first == -INFINITY);
  CHECK(mu.support().second == INFINITY);
  CHECK_REL(mu.piecewise_mass(), 0.7, nwgf::tolerance::kClosedForm);
  for (double x = -4.0; x <= 4.0; x += 0.0625) {
    CAPTURE(x);
    CHECK_ABS(mu.cdf(x), three_part_cdf(x), nwgf::tolerance::kClosedForm);
    CHECK_ABS(mu.cdf_left(x), three_part_cdf(x, true), nwgf::tolerance::kClosedForm);
  }
  // The atoms' level intervals are level breaks: F(0-), F(0), F(1-), F(1).
  const auto breaks = mu.level_breaks();
  for (double x : {0.0, 1.0})
    for (double v : {three_part_cdf(x, true), three_part_cdf(x)}) {
      CAPTURE(v);
      CHECK(std::any_of(breaks.begin(), breaks.end(), [&](double b) { return std::abs(b - v) < 1e-15; }));
    }
}

TEST_CASE("a mixture's quantile against bisection of its CDF written here, atoms exact") {
  const LineMeasure mu = three_part_mixture();
  std::vector<double> levels = {1e-300, 1e-12, 1e-6, 0.5 - 1e-9};
  for (int k = 1; k < 200; ++k) levels.push_back(k / 200.0);
  for (double s : levels) {
    CAPTURE(s);
    const double q = mu.quantile(s), ref = bisect_quantile(s);
    // Where F is nearly flat (between the atom at 1 and the uniform from 2, F rises only by the
    // Gaussian's tail, density ~1e-9) Q is ill-conditioned: a level's x is then determined only to
    // rounding of F (2^-53) over the density, and both computations agree in level space instead.
    if (std::abs(q - ref) > 4e-15 * std::max(1.0, std::abs(ref))) {
      CHECK(q > 1.0);
      CHECK(ref > 1.0);
      CHECK(q < 2.0);
      CHECK_ABS(three_part_cdf(q), three_part_cdf(ref), 4e-16);
    }
  }
  // Levels held by the atom at 1: F(1-) = 0.3 Phi(4) + 0.05 < s <= F(1) = 0.3 Phi(4) + 0.2.
  const double f1 = 0.3 * 0.5 * std::erfc(-4.0 / M_SQRT2);
  for (double s : {f1 + 0.0500001, f1 + 0.1, f1 + 0.2}) CHECK(mu.quantile(s) == 1.0);
}

TEST_CASE("mixtures of piecewise linear laws are piecewise linear with the summed CDF") {
  // Two Diracs weighted 1 and 3 are the weighted atoms.
  const LineMeasure m = LineMeasure::mixture({LineMeasure::dirac(0.0), LineMeasure::dirac(1.0)}, {1.0, 3.0});
  REQUIRE(m.kind() == LineMeasure::Kind::kPiecewiseLinear);
  const LineMeasure a = LineMeasure::atoms({0.0, 1.0}, {1.0, 3.0});
  CHECK(m.knots() == a.knots());
  CHECK(m.left() == a.left());
  CHECK(m.right() == a.right());
  // U[0, 1] and U[0.5, 2] at equal weight: F(x) = x/2 on [0, 0.5], x/2 + (x - 0.5)/3 on
  // [0.5, 1], 1/2 + (x - 0.5)/3 on [1, 2] (by hand).
  const LineMeasure u = LineMeasure::mixture({LineMeasure::uniform(0.0, 1.0), LineMeasure::uniform(0.5, 2.0)}, {1, 1});
  REQUIRE(u.kind() == LineMeasure::Kind::kPiecewiseLinear);
  for (double x = -0.5; x <= 2.5; x += 0.01) {
    const double ref = x < 0 ? 0 : x <= 0.5 ? x / 2 : x <= 1 ? x / 2 + (x - 0.5) / 3 : x <= 2 ? 0.5 + (x - 0.5) / 3 : 1;
    CHECK_ABS(u.cdf(x), ref, nwgf::tolerance::kClosedForm);
  }
  // A single Gaussian stays a Gaussian.
  const LineMeasure g = LineMeasure::mixture({LineMeasure::gaussian(1.0, 2.0)}, {5.0});
  CHECK(g.kind() == LineMeasure::Kind::kGaussian);
}

TEST_CASE("∫ F (1 - F) dx of mixtures against E|X - X'| / 2 in closed form") {
  // Two Gaussians: E|X - X'| = Σ_jk w_j w_k E|N(m_j - m_k, s_j^2 + s_k^2)|.
  const LineMeasure gg = LineMeasure::mixture({LineMeasure::gaussian(0.0, 1.0), LineMeasure::gaussian(2.0, 0.5)}, {1, 3});
  const double w[2] = {0.25, 0.75}, m[2] = {0.0, 2.0}, s[2] = {1.0, 0.5};
  double e = 0.0;
  for (int j = 0; j < 2; ++j)
    for (int k = 0; k < 2; ++k) e += w[j] * w[k] * mean_abs_normal(m[j] - m[k], std::hypot(s[j], s[k]));
  CHECK_REL(half_mean_distance(gg), e / 2, nwgf::tolerance::kQuadrature);
  // A Gaussian and a Dirac at 1: E|X - X'| = w_g^2 E|N(0, 2 s^2)| + 2 w_g w_d E|N(m - 1, s^2)|.
  const LineMeasure gd = LineMeasure::mixture({LineMeasure::gaussian(-0.5, 0.7), LineMeasure::dirac(1.0)}, {2, 1});
  const double wg = 2.0 / 3, wd = 1.0 / 3;
  const double e2 = wg * wg * mean_abs_normal(0.0, 0.7 * M_SQRT2) + 2 * wg * wd * mean_abs_normal(-1.5, 0.7);
  CHECK_REL(half_mean_distance(gd), e2 / 2, nwgf::tolerance::kQuadrature);
}

TEST_CASE("flow toward two Gaussians: the per-level solve against long-double RK4 (8000 steps) written here") {
  const LineMeasure nu = LineMeasure::mixture({LineMeasure::gaussian(-1.0, 0.3), LineMeasure::gaussian(1.0, 0.5)}, {2, 3});
  auto F = [](long double x) { return 0.4L * normal_cdf_l(x, -1.0L, 0.3L) + 0.6L * normal_cdf_l(x, 1.0L, 0.5L); };
  double worst = 0.0;
  for (double q0 : {0.0, -2.0, 3.0})
    for (double t : {0.05, 0.5, 2.0})
      for (double s : {0.01, 0.2, 0.4, 0.5, 0.9}) {
        CAPTURE(q0);
        CAPTURE(t);
        CAPTURE(s);
        const double exact = flow_level(nu, s, q0, t);
        const double ref = static_cast<double>(rk4_level(F, s, q0, t, 8000));
        worst = std::max(worst, std::abs(exact - ref));
        // RK4's own error at 8000 steps is below 1e-14 (order 4; the speed's derivatives are
        // O(1 / sigma^4)); the solve asks 1e-15 of the distance to the rest point.
        CHECK_ABS(exact, ref, 1e-13);
      }
  MESSAGE("two-Gaussian mixture: per-level solve vs long-double RK4, max |diff| = " << worst);
}

TEST_CASE("flow toward a Gaussian plus a uniform: against RK4 across the uniform's kinks") {
  // F = 0.5 Phi(x / 0.4) + 0.5 clamp((x + 1) / 2, 0, 1): continuous, kinks at -1 and 1 that the
  // event loop stops at. RK4 across a kink is first order locally there: 20000 steps leave ~1e-9.
  const LineMeasure nu = LineMeasure::mixture({LineMeasure::gaussian(0.0, 0.4), LineMeasure::uniform(-1.0, 1.0)}, {1, 1});
  auto F = [](long double x) {
    return 0.5L * normal_cdf_l(x, 0.0L, 0.4L) + 0.5L * std::clamp((x + 1.0L) / 2.0L, 0.0L, 1.0L);
  };
  for (double q0 : {-3.0, 0.0, 2.5})
    for (double t : {0.3, 1.5})
      for (double s : {0.05, 0.3, 0.7, 0.95}) {
        CAPTURE(q0);
        CAPTURE(t);
        CAPTURE(s);
        CHECK_ABS(flow_level(nu, s, q0, t), static_cast<double>(rk4_level(F, s, q0, t, 20000)), 1e-8);
      }
}

TEST_CASE("flow toward a Gaussian plus an atom: passing levels take ∫ dq / (2s - 2F) of time, held levels stick") {
  // nu = 0.5 N(0, 1) + 0.5 delta_1. F(1-) = 0.5 Phi(1) = 0.4207, F(1) = 0.9207.
  const LineMeasure nu = LineMeasure::mixture({LineMeasure::gaussian(0.0, 1.0), LineMeasure::dirac(1.0)}, {1, 1});
  auto F = [](double x) { return 0.5 * 0.5 * std::erfc(-x / M_SQRT2) + (x >= 1.0 ? 0.5 : 0.0); };
  const double f1 = 0.25 * std::erfc(-1.0 / M_SQRT2);
  // A level s = 0.95 > F(1) from q0 = -2 passes the atom (the atom costs no time) and goes on
  // toward its rest point Q_nu(0.95) > 1. Time to reach q: ∫_{-2}^{q} dx / (2(s - F(x))) by
  // 40-point Gauss-Legendre split at the atom (the integrand is smooth on each side).
  using GL = boost::math::quadrature::gauss<double, 40>;
  const double s = 0.95;
  auto inv_speed = [&](double x) { return 0.5 / (s - F(x)); };
  for (double t : {0.5, 2.0, 3.0}) {
    CAPTURE(t);
    const double q = flow_level(nu, s, -2.0, t);
    double time;
    if (q <= 1.0) {
      time = GL::integrate(inv_speed, -2.0, q);
    } else {
      time = GL::integrate(inv_speed, -2.0, 0.0) + GL::integrate(inv_speed, 0.0, 1.0) +
             GL::integrate([&](double x) { return 0.5 / (s - F(x)); }, 1.0, q);
    }
    CHECK_REL(time, t, 1e-11);
  }
  // A level inside [F(1-), F(1)] that reaches the atom stays there.
  CHECK(flow_level(nu, 0.6, -2.0, 10.0) == 1.0);
  CHECK(flow_level(nu, 0.6, 4.0, 10.0) == 1.0);
  // s = F(1-) + 1e-9: speed 2 (1e-9 + g (1 - q)) near the atom (g ~ 0.1 the mean density), so it
  // arrives after about ln(2 g / 1e-9) / (2 g) ~ 100 time units.
  CHECK(flow_level(nu, f1 + 1e-9, -1.0, 400.0) == 1.0);
  // A level below F(1-) never reaches the atom: it rests at Q_nu(s) < 1, approached at the rate
  // 2 f_nu(q*) = 0.39 (e^-58 of the start's distance at t = 150).
  CHECK_ABS(flow_level(nu, 0.3, 3.0, 150.0), nu.quantile(0.3), 1e-14);
}

TEST_CASE("R_tau toward mixtures against bisection of y + 2 tau F(y) >= z written here") {
  const std::vector<LineMeasure> targets = {
      three_part_mixture(),
      LineMeasure::mixture({LineMeasure::gaussian(-1.0, 0.3), LineMeasure::gaussian(1.0, 0.5)}, {2, 3})};
  for (const auto& nu : targets)
    for (double tau : {0.01, 0.1, 1.0})
      for (double z = -3.0; z <= 4.0; z += 0.0137) {
        CAPTURE(tau);
        CAPTURE(z);
        double lo = z - 2.0 * tau, hi = z;
        for (int k = 0; k < 200; ++k) {
          const double mid = 0.5 * (lo + hi);
          if (mid <= lo || mid >= hi) break;
          (mid + 2.0 * tau * nu.cdf(mid) >= z ? hi : lo) = mid;
        }
        CHECK_ABS(resolvent(nu, tau, z), hi, 1e-13 * std::max(1.0, std::abs(z)));
      }
  // The atom at 1 of the three-part mixture: [1 + 2 tau F(1-), 1 + 2 tau F(1)] maps to 1.
  const LineMeasure mu = three_part_mixture();
  const double tau = 0.25;
  for (double z : {1.0 + 2 * tau * three_part_cdf(1.0, true) + 1e-12, 1.0 + 2 * tau * three_part_cdf(1.0)})
    CHECK(resolvent(mu, tau, z) == 1.0);
}

TEST_CASE("explicit Euler speed toward a mixture: the minimal-norm rule at its atoms") {
  const LineMeasure mu = three_part_mixture();
  const double fl = three_part_cdf(1.0, true), fr = three_part_cdf(1.0);
  CHECK(euler_velocity(mu, 0.5 * (fl + fr), 1.0) == 0.0);
  CHECK_ABS(euler_velocity(mu, fr + 0.01, 1.0), 0.02, 1e-15);
  CHECK_ABS(euler_velocity(mu, 0.3, -1.0), 2 * 0.3 - 2 * three_part_cdf(-1.0), 1e-15);
}

TEST_CASE("JKO toward a two-Gaussian mixture converges to the flow at order 1") {
  // W2(JKO_N, mu_T) at T = 1 from delta_0 for tau = 0.1, 0.05, 0.025: halving tau halves it.
  const LineMeasure nu = LineMeasure::mixture({LineMeasure::gaussian(-1.0, 0.3), LineMeasure::gaussian(1.0, 0.5)}, {2, 3});
  const auto start = std::make_shared<LineMeasure>(LineMeasure::dirac(0.0));
  const auto flow = std::make_shared<FlowLaw>(start, nu, 1.0);
  std::vector<double> err;
  for (int n : {10, 20, 40}) err.push_back(std::sqrt(w2_squared(JkoLaw(start, nu, 1.0 / n, n), *flow)));
  for (std::size_t k = 0; k + 1 < err.size(); ++k) {
    const double order = std::log2(err[k] / err[k + 1]);
    CAPTURE(order);
    CHECK(order > 0.9);
    CHECK(order < 1.1);
  }
}

TEST_CASE("bad mixtures are refused with the value in the message") {
  const auto g = LineMeasure::gaussian(0.0, 1.0);
  auto message = [](auto f) -> std::string {
    try {
      f();
    } catch (const std::invalid_argument& e) {
      return e.what();
    }
    return "";
  };
  CHECK(message([&] { LineMeasure::mixture({}, {}); }).find("0 components") != std::string::npos);
  CHECK(message([&] { LineMeasure::mixture({g}, {1.0, 2.0}); }).find("2 weights") != std::string::npos);
  CHECK(message([&] { LineMeasure::mixture({g, g}, {1.0, -2.0}); }).find("weight -2") != std::string::npos);
  CHECK(message([&] { LineMeasure::mixture({g, g}, {1.0, INFINITY}); }).find("weight inf") != std::string::npos);
}

TEST_CASE("D^2 of points to a mixture whose Gaussian tail lies under an atom, against x-quadrature here") {
  // nu = 0.5 N(1, 0.3^2) + 0.25 (delta_-1 + delta_1): the levels just above F(-1) hold the
  // Gaussian's tail at -1 (6.7 sigma out), where Q is steep (dQ/ds ~ 1e10) and the levels are
  // resolved to ulps only; the level integrals accept such pieces (errors.cc). Reference:
  // ∫ (F_N - F)^2 dx by 40-point Gauss-Legendre on 64 panels between consecutive breaks (points,
  // atoms), over [-6, 6] (beyond, both CDFs are 0 or 1 to 1e-30).
  const LineMeasure nu = LineMeasure::mixture(
      {LineMeasure::gaussian(1.0, 0.3), LineMeasure::atoms({-1.0, 1.0})}, {1.0, 1.0});
  auto F = [](double x) {
    return 0.25 * std::erfc(-(x - 1.0) / (0.3 * M_SQRT2)) + (x >= -1.0 ? 0.25 : 0.0) + (x >= 1.0 ? 0.25 : 0.0);
  };
  std::vector<double> x;
  for (int i = 0; i < 40; ++i) x.push_back(-1.5 + 3.0 * (i + 0.5) / 40 + 0.01 * std::sin(5.0 * i));
  std::sort(x.begin(), x.end());
  std::vector<double> breaks = x;
  for (double b : {-6.0, -1.0, 1.0, 6.0}) breaks.push_back(b);
  std::sort(breaks.begin(), breaks.end());
  using GL = boost::math::quadrature::gauss<double, 40>;
  double ref = 0.0;
  for (std::size_t k = 0; k + 1 < breaks.size(); ++k)
    for (int j = 0; j < 64; ++j) {
      const double a = breaks[k] + (breaks[k + 1] - breaks[k]) * j / 64.0;
      const double b = breaks[k] + (breaks[k + 1] - breaks[k]) * (j + 1) / 64.0;
      ref += GL::integrate(
          [&](double y) {
            const double fn = static_cast<double>(std::upper_bound(x.begin(), x.end(), y) - x.begin()) / x.size();
            const double d = fn - F(y);
            return d * d;
          },
          a, b);
    }
  CHECK_REL(mmd_squared(x, nu), ref, 1e-10);
}
