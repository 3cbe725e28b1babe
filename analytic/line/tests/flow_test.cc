// Tests of analytic/line/flow.h: the exact flow against the closed forms of docs/math.md
// section 6.2, against a per-level Runge-Kutta integration and a many-particle explicit flow
// written here; the resolvent against bisection written here; the exact JKO and Euler
// iterates against hand-derived steps, the exactness in time toward two Diracs, and the
// observed order toward the uniform target.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <memory>
#include <numeric>
#include <string>
#include <vector>

#include "analytic/line/errors.h"
#include "analytic/line/flow.h"
#include "analytic/line/measure.h"
#include "analytic/orders.h"

using namespace nwgf::analytic::line;

namespace {

constexpr double kEventTolerance = 1e-14;  // atoms: constant speeds, positions set at knots
constexpr double kClosedTolerance = 1e-12; // densities: exponential relaxation, expm1

std::shared_ptr<const LineLaw> shared(const LineMeasure& m) {
  return std::make_shared<LineMeasure>(m);
}

double clip(double v, double lo, double hi) { return std::min(std::max(v, lo), hi); }

std::vector<double> test_levels() {
  std::vector<double> s;
  for (int k = 1; k < 40; ++k) s.push_back(k / 40.0);
  for (double v : {1e-9, 0.4999999, 0.5, 0.5000001, 1.0 - 1e-9}) s.push_back(v);
  return s;
}

// Independent reference: classical RK4 for dQ/dt = 2s - 2F(Q) with n steps (F smooth), in
// long double so that n = 8000 steps accumulate less rounding than the 1e-13 checked (in double
// the accumulated rounding of 4000 steps is already ~1e-12).
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

// Independent reference for R_tau: the least y with y + 2 tau F(y) >= z, by bisection on
// [z - 2 tau, z] (y + 2 tau F(y) is increasing, >= y and <= y + 2 tau).
template <typename Cdf>
double bisect_resolvent(const Cdf& F, double tau, double z) {
  double lo = z - 2.0 * tau, hi = z;
  for (int k = 0; k < 200; ++k) {
    const double mid = 0.5 * (lo + hi);
    if (mid <= lo || mid >= hi) break;
    (mid + 2.0 * tau * F(mid) >= z ? hi : lo) = mid;
  }
  return hi;
}

// Independent reference: the particle flow x_i' = 2 F_mu(x_i) - 2 F_nu(x_i) ... with the sign
// of docs/math.md section 6.2, velocity 2 F_mu - 2 F_nu at x_i read as 2 (i - 1/2)/N - 2 F_nu
// for the i-th smallest particle (F_mu at a particle: the mean of its left and right limits),
// explicit Euler with step tau. Returns the sorted particles.
template <typename Cdf>
std::vector<double> particle_flow(std::vector<double> x, const Cdf& F, double t, double tau) {
  const std::size_t n = x.size();
  const int steps = static_cast<int>(std::lround(t / tau));
  std::vector<std::size_t> order(n);
  for (int k = 0; k < steps; ++k) {
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return x[a] < x[b]; });
    std::vector<double> next = x;
    for (std::size_t r = 0; r < n; ++r) {
      const std::size_t i = order[r];
      const double rank_cdf = (static_cast<double>(r) + 0.5) / static_cast<double>(n);
      next[i] = x[i] + tau * (2.0 * rank_cdf - 2.0 * F(x[i]));
    }
    x = next;
  }
  std::sort(x.begin(), x.end());
  return x;
}

}  // namespace

TEST_CASE("from delta_0 with F_nu = 1/2 between far atoms the flow is E's: (2s - 1) t") {
  // Far atoms at -100 and 100 give F_nu = 1/2 where the flow is, the same velocity 2s - 1 as
  // F = E alone (nu = 0): Q(t, s) = (2s - 1) t (docs/math.md section 6.2, section 3, d = r = 1).
  const auto nu = LineMeasure::atoms({-100.0, 100.0});
  for (double t : {0.0, 0.3, 1.0, 7.5, 40.0})
    for (double s : test_levels()) {
      CAPTURE(t);
      CAPTURE(s);
      CHECK(std::abs(flow_level(nu, s, 0.0, t) - (2 * s - 1) * t) < kEventTolerance * std::max(1.0, t));
    }
}

TEST_CASE("toward two Diracs at -1 and 1 from delta_0: clip((2s - 1) t, -1, 1)") {
  const auto nu = LineMeasure::atoms({-1.0, 1.0});
  const FlowLaw flow(shared(LineMeasure::dirac(0.0)), nu, 0.0);
  for (double t : {0.1, 0.9, 1.0, 2.0, 13.0})
    for (double s : test_levels()) {
      CAPTURE(t);
      CAPTURE(s);
      CHECK(std::abs(flow_level(nu, s, 0.0, t) - clip((2 * s - 1) * t, -1, 1)) < kEventTolerance);
    }
  // The FlowLaw gives the same numbers and its CDF inverts them: F_t(x) = 1/2 + x/(2t) inside.
  const FlowLaw at2(shared(LineMeasure::dirac(0.0)), nu, 2.0);
  CHECK(std::abs(at2.quantile(0.1) - (-1.0)) < kEventTolerance);
  CHECK(std::abs(at2.cdf(0.5) - 0.625) < 1e-15);
  CHECK(std::abs(at2.cdf(1.0) - 1.0) < 1e-15);
  CHECK(std::abs(at2.cdf(0.9999) - (0.5 + 0.9999 / 4)) < 1e-15);
}

TEST_CASE("toward uniform on [-1, 1] from delta_0: (2s - 1)(1 - e^-t), also as a 200-knot grid") {
  const auto nu = LineMeasure::uniform(-1.0, 1.0);
  std::vector<double> xs, fs;
  for (int k = 0; k <= 200; ++k) {
    xs.push_back(-1.0 + k / 100.0);
    fs.push_back(k / 200.0);
  }
  fs.back() = 1.0;
  const auto grid = LineMeasure::cdf_grid(xs, fs);
  for (double t : {0.01, 0.5, 1.0, 3.0, 20.0})
    for (double s : test_levels()) {
      CAPTURE(t);
      CAPTURE(s);
      const double expected = (2 * s - 1) * (1 - std::exp(-t));
      CHECK(std::abs(flow_level(nu, s, 0.0, t) - expected) < kClosedTolerance);
      CHECK(std::abs(flow_level(grid, s, 0.0, t) - expected) < kClosedTolerance);
    }
}

TEST_CASE("levels of a start atom split, and levels outside a uniform target reach it") {
  // Start at 3 (right of uniform[-1, 1]): speed 2s - 2 until the level reaches 1 at time
  // t1 = 2/(2 - 2s), then relaxation toward 2s - 1: Q = (2s - 1) + (1 - (2s - 1)) e^-(t - t1).
  const auto nu = LineMeasure::uniform(-1.0, 1.0);
  for (double s : {0.1, 0.5, 0.9}) {
    const double t1 = 2.0 / (2.0 - 2.0 * s);
    for (double t : {0.5 * t1, t1, t1 + 0.7, t1 + 5.0}) {
      CAPTURE(s);
      CAPTURE(t);
      const double expected = t <= t1 ? 3.0 + (2 * s - 2) * t
                                       : (2 * s - 1) + (2.0 - 2 * s) * std::exp(-(t - t1));
      CHECK(std::abs(flow_level(nu, s, 3.0, t) - expected) < kClosedTolerance);
    }
  }
}

TEST_CASE("toward a Gaussian: the per-level solve against long-double RK4 (8000 steps) written here") {
  const auto nu = LineMeasure::gaussian(0.5, 0.3);
  auto F = [&](long double x) { return 0.5L * erfcl(-(x - 0.5L) / (0.3L * sqrtl(2.0L))); };
  double worst = 0.0;
  for (double q0 : {0.0, 0.5, 2.0, -3.0})
    for (double t : {0.05, 0.5, 2.0, 6.0})
      for (double s : {0.01, 0.2, 0.5, 0.77, 0.99}) {
        CAPTURE(q0);
        CAPTURE(t);
        CAPTURE(s);
        const double exact = flow_level(nu, s, q0, t);
        const long double ref = rk4_level(F, s, q0, t, 8000);
        const double diff = static_cast<double>(fabsl(static_cast<long double>(exact) - ref));
        worst = std::max(worst, diff);
        // RK4's own error: 5e-13 at 2000 steps, so ~2e-15 at 8000 (order 4); measured max
        // difference 3.5e-14 (the per-level solve's error).
        CHECK(diff < 1e-13);
      }
  MESSAGE("Gaussian per-level solve vs long-double RK4 (8000 steps): max |diff| = " << worst);
}

TEST_CASE("a 2000-particle explicit flow (tau = 1e-3) follows the exact flow") {
  const std::size_t n = 2000;
  const double tau = 1e-3;
  struct Case {
    std::string name;
    LineMeasure start, target;
    double t, tolerance;  // explicit Euler: O(tau) + O(1/N); measured values in the MESSAGE
  };
  const std::vector<Case> cases = {
      {"dirac:0 -> diracs:-1;1", LineMeasure::dirac(0.0), LineMeasure::atoms({-1.0, 1.0}), 0.9, 1e-9},
      {"uniform:-1,0 -> gaussian:0.5,0.3", LineMeasure::uniform(-1.0, 0.0), LineMeasure::gaussian(0.5, 0.3), 1.5, 3e-3},
      {"diracs:-1@0.3;1@0.7 -> uniform:-0.5,2", LineMeasure::atoms({-1.0, 1.0}, {0.3, 0.7}),
       LineMeasure::uniform(-0.5, 2.0), 2.0, 3e-3}};
  for (const auto& c : cases) {
    CAPTURE(c.name);
    std::vector<double> x0(n);
    for (std::size_t i = 0; i < n; ++i) x0[i] = c.start.quantile((i + 0.5) / n);
    // The target's CDF in closed form, written here (not the class under test).
    auto F = [&](double x) {
      if (c.target.kind() == LineMeasure::Kind::kGaussian)
        return 0.5 * std::erfc(-(x - 0.5) / (0.3 * M_SQRT2));
      if (c.target.is_atomic()) return x < -1.0 ? 0.0 : (x < 1.0 ? 0.5 : 1.0);
      return std::clamp((x + 0.5) / 2.5, 0.0, 1.0);
    };
    const auto particles = particle_flow(x0, F, c.t, tau);
    double worst = 0.0;
    for (std::size_t i = 0; i < n; ++i) {
      const double s = (i + 0.5) / n;
      worst = std::max(worst, std::abs(particles[i] - flow_level(c.target, s, c.start.quantile(s), c.t)));
    }
    MESSAGE(c.name << ": max |particle - exact| = " << worst);
    CHECK(worst < c.tolerance);
  }
}

TEST_CASE("R_tau against bisection of y + 2 tau F(y) >= z written here") {
  const std::vector<LineMeasure> targets = {LineMeasure::atoms({-1.0, 0.25, 1.5}, {0.2, 0.5, 0.3}),
                                            LineMeasure::uniform(-1.0, 1.0),
                                            LineMeasure::cdf_grid({0, 1, 2, 3}, {0, 0.5, 0.5, 1}),
                                            LineMeasure::gaussian(0.5, 0.3)};
  for (const auto& nu : targets)
    for (double tau : {0.01, 0.1, 1.0})
      for (double z = -3.0; z <= 4.0; z += 0.0137) {
        CAPTURE(tau);
        CAPTURE(z);
        const double ref = bisect_resolvent([&](double y) { return nu.cdf(y); }, tau, z);
        CHECK(std::abs(resolvent(nu, tau, z) - ref) < 1e-13 * std::max(1.0, std::abs(z)));
      }
  // An atom's whole interval maps onto it: y = 1 for z in [1 + 2 tau * 1/2, 1 + 2 tau].
  const auto two = LineMeasure::atoms({-1.0, 1.0});
  CHECK(resolvent(two, 0.25, 1.25) == 1.0);
  CHECK(resolvent(two, 0.25, 1.5) == 1.0);
  CHECK(resolvent(two, 0.25, 1.3) == 1.0);
}

TEST_CASE("JKO toward two Diracs from delta_0 is exact in time") {
  const auto nu = LineMeasure::atoms({-1.0, 1.0});
  for (double tau : {0.05, 0.1, 0.3})
    for (int n : {1, 3, 10, 40}) {
      const JkoLaw jko(shared(LineMeasure::dirac(0.0)), nu, tau, n);
      for (double s : test_levels()) {
        CAPTURE(tau);
        CAPTURE(n);
        CAPTURE(s);
        CHECK(std::abs(jko.quantile(s) - clip((2 * s - 1) * n * tau, -1, 1)) < 1e-12);
      }
    }
}

TEST_CASE("one JKO step toward uniform[-1, 1] from delta_0: tau (2s - 1)/(1 + tau)") {
  // R_tau(2 tau s): y + tau (y + 1) = 2 tau s, so y = tau (2s - 1)/(1 + tau) (|y| <= 1).
  const auto nu = LineMeasure::uniform(-1.0, 1.0);
  for (double tau : {0.05, 0.5})
    for (double s : test_levels()) {
      const JkoLaw jko(shared(LineMeasure::dirac(0.0)), nu, tau, 1);
      CHECK(std::abs(jko.quantile(s) - tau * (2 * s - 1) / (1 + tau)) < 1e-15);
    }
}

TEST_CASE("JKO toward uniform[-1, 1]: W2 to the flow at T = 1 has order 1 (within 0.1)") {
  const auto nu = LineMeasure::uniform(-1.0, 1.0);
  const auto start = shared(LineMeasure::dirac(0.0));
  const FlowLaw flow(start, nu, 1.0);
  std::vector<double> taus = {0.1, 0.05, 0.025, 0.0125}, errors;
  for (double tau : taus) {
    const JkoLaw jko(start, nu, tau, static_cast<int>(std::lround(1.0 / tau)));
    errors.push_back(std::sqrt(w2_squared(jko, flow)));
  }
  const auto orders = nwgf::analytic::successive_orders(taus, errors);
  for (std::size_t k = 0; k < orders.size(); ++k) {
    MESSAGE("tau " << taus[k] << " -> " << taus[k + 1] << ": W2 " << errors[k] << " -> " << errors[k + 1] << ", order " << orders[k]);
    CHECK(std::abs(orders[k] - 1.0) < 0.1);
  }
}

TEST_CASE("explicit Euler: the minimal-norm rule and steps derived by hand") {
  const auto two = LineMeasure::atoms({-1.0, 1.0});
  // At the atom 1 (F(1-) = 1/2, F(1) = 1): velocity 2s - 2 clamp(s, 1/2, 1).
  CHECK(euler_velocity(two, 0.7, 1.0) == 0.0);
  CHECK(std::abs(euler_velocity(two, 0.3, 1.0) - (0.6 - 1.0)) < 1e-16);
  CHECK(std::abs(euler_velocity(two, 0.3, 0.0) - (0.6 - 1.0)) < 1e-16);
  // From delta_0, while no level has reached an atom (n tau |2s - 1| < 1), every level moves at
  // 2s - 1: Q_n(s) = n tau (2s - 1), no rearrangement, exact at the grid levels and between.
  const EulerLaw euler(LineMeasure::dirac(0.0), two, 0.05, 15, EulerOptions{1000});
  CHECK(euler.rearranged_steps() == 0);
  for (double s : {0.0005, 0.1, 0.3333, 0.5, 0.8, 0.9995})
    CHECK(std::abs(euler.quantile(s) - 15 * 0.05 * (2 * s - 1)) < 1e-14);
  // Toward uniform[-1, 1] from delta_0 one step is tau (2s - 1) (F(0) = 1/2), the next
  // adds tau (2s - 2 F(Q_1)) = tau (2s - 1)(1 - tau) (F(q) = (q + 1)/2 inside).
  const auto u = LineMeasure::uniform(-1.0, 1.0);
  const EulerLaw e2(LineMeasure::dirac(0.0), u, 0.1, 2, EulerOptions{1000});
  for (double s : {0.0005, 0.25, 0.6, 0.9995})
    CHECK(std::abs(e2.quantile(s) - 0.1 * (2 * s - 1) * (2.0 - 0.1)) < 1e-15);
}

TEST_CASE("explicit Euler toward uniform[-1, 1]: W2 to the flow at T = 1, measured order") {
  const auto nu = LineMeasure::uniform(-1.0, 1.0);
  const FlowLaw flow(shared(LineMeasure::dirac(0.0)), nu, 1.0);
  std::vector<double> taus = {0.1, 0.05, 0.025, 0.0125}, errors;
  for (double tau : taus) {
    const EulerLaw euler(LineMeasure::dirac(0.0), nu, tau, static_cast<int>(std::lround(1.0 / tau)));
    errors.push_back(std::sqrt(w2_squared(euler, flow)));
  }
  const auto fit = nwgf::analytic::least_squares_order(taus, errors);
  MESSAGE("Euler W2 errors " << errors[0] << " " << errors[1] << " " << errors[2] << " " << errors[3] << ", order " << fit.order);
  // Explicit Euler of the linear relaxation Q' = (2s - 1) - Q inside the support: order 1.
  CHECK(std::abs(fit.order - 1.0) < 0.1);
}

TEST_CASE("toward a Gaussian: levels far in the tail and narrow targets against RK4 and closed forms") {
  // A narrow target N(0, 0.02^2) from delta_0: tail levels creep toward rest points many
  // standard deviations out (the time integral is steep there). Long-double RK4 (20000 steps;
  // the ODE's rate 2 f_nu <= 40 keeps h rate = 0.004) written here as the reference.
  const double sigma = 0.02;
  const auto narrow = LineMeasure::gaussian(0.0, sigma);
  auto F = [&](long double x) { return 0.5L * erfcl(-x / (static_cast<long double>(sigma) * sqrtl(2.0L))); };
  for (double s : {0x1.0p-60, 1e-12, 1e-6, 0.3, 1.0 - 1e-9}) {
    CAPTURE(s);
    const double exact = flow_level(narrow, s, 0.0, 1.0);
    const long double ref = rk4_level(F, s, 0.0L, 1.0L, 20000);
    CHECK(std::abs(static_cast<long double>(exact) - ref) < 1e-12L);
  }
  // Far from the target (F_nu < 1e-170 on the way) a level moves at 2s: Q(t, s) = 2 s t, also for
  // the top level 1 - 2^-53 whose rest point lies 8.2 sigma beyond the mean.
  const auto far = LineMeasure::gaussian(30.0, 1.0);
  for (double s : {1e-12, 0.1, 0.5, 0.9, 1.0 - 0x1.0p-53}) {
    CAPTURE(s);
    CHECK(std::abs(flow_level(far, s, 0.0, 1.0) - 2.0 * s) < 1e-14);
  }
  // A target 1e-4 wide at distance 1: Phi(z*) = s must hold to rounding (z* = Phi^-1(s), not
  // (q* - m)/sigma, whose rounding 1e-16/1e-4 would change every level's speed by 1e-12).
  const auto thin = LineMeasure::gaussian(1.0, 1e-4);
  for (double s : {0.1, 0.4749755859375, 0.49}) {
    CAPTURE(s);
    CHECK(std::abs(flow_level(thin, s, 0.0, 1.0) - 2.0 * s) < 1e-15);
  }
}

TEST_CASE("R_tau and JKO toward a uniform target whose ends are 1e20 away: no cancellation") {
  // F = 1/2 + y / (2L) on [-L, L], L = 1e20: y + 2 tau F(y) = z gives y = z - tau to 1e-20.
  const double L = 1e20, tau = 0.5;
  const auto wide = LineMeasure::uniform(-L, L);
  for (double z : {-0.3, 0.0, 0.7, 2.5}) {
    CAPTURE(z);
    CHECK(std::abs(resolvent(wide, tau, z) - (z - tau)) < 1e-15);
  }
  // So the JKO iterate from delta_0 is n tau (2s - 1), as the flow (2s - 1) t is.
  const JkoLaw jko(shared(LineMeasure::dirac(0.0)), wide, tau, 2);
  for (double s : {0.1, 0.5, 0.9}) {
    CAPTURE(s);
    CHECK(std::abs(jko.quantile(s) - (2 * s - 1)) < 1e-15);
  }
}

TEST_CASE("explicit Euler: exact beyond its end levels where the iterate is linear in s") {
  // Toward two Diracs from delta_0 at t = 1 (tau = 0.05, 20 steps) no level has reached an atom:
  // Q_n(s) = (2s - 1) t on all of (0, 1), the outermost half level spacings included (held
  // constant there, the law was off by t sqrt(8/3) / 8192^1.5 = 2.2e-6 in W2).
  const auto two = LineMeasure::atoms({-1.0, 1.0});
  const EulerLaw euler(LineMeasure::dirac(0.0), two, 0.05, 20);
  for (double s : {1e-9, 1e-5, 0.5 / 4096, 0.3, 1.0 - 1e-5, 1.0 - 1e-9}) {
    CAPTURE(s);
    CHECK(std::abs(euler.quantile(s) - (2 * s - 1)) < 1e-14);
  }
  const auto [lo, hi] = euler.support();
  CHECK(std::abs(lo + 1.0) < 1e-14);
  CHECK(std::abs(hi - 1.0) < 1e-14);
  const FlowLaw flow(shared(LineMeasure::dirac(0.0)), two, 1.0);
  CHECK(std::sqrt(w2_squared(euler, flow)) < 1e-14);
}
