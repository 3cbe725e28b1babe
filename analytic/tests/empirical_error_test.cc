// Tests of analytic/empirical_error.h: exact MMD on point sets whose D^2 is known in closed
// form (special cases of docs/math.md 3.1), exact samples near the noise floor while a set scaled by
// 1.1 is clearly above it, radial W2 against a quadrature of the quantile function written here
// and against the dilation identity W2(law of 1.1 a rho, law of a rho) = 0.1 a sqrt(M2), and the
// moment/energy errors against the scaling identities.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <vector>

#include <boost/math/constants/constants.hpp>
#include <boost/math/quadrature/tanh_sinh.hpp>

#include "analytic/empirical_error.h"
#include "analytic/profile.h"
#include "testing/tolerances.h"

using namespace nwgf::analytic;

namespace {

const double kPi = boost::math::constants::pi<double>();
namespace tolerance = nwgf::tolerance;  // testing/tolerances.h: absolute here, on quantities of order 1

std::vector<double> scaled(std::vector<double> x, double c) {
  for (double& v : x) v *= c;
  return x;
}

}  // namespace

TEST_CASE("exact MMD of one point at the origin: D^2 = a^r (E||Y||^r - M2/r)") {
  // d = 2, r = 1: E||Y|| = pi^2/16, M2 = pi^2/24, so D^2 = a (pi^2/16 - pi^2/24) = a pi^2/48.
  const Profile p = make_profile(2, 1.0);
  const double origin[2] = {0.0, 0.0};
  for (double a : {1.0, 2.5}) {
    const MmdEstimate m = exact_mmd(p, a, origin, 1);
    CHECK_ABS(m.mmd2, a * kPi * kPi / 48, tolerance::kRoundoff);
    CHECK_ABS(m.mmd, std::sqrt(a * kPi * kPi / 48), tolerance::kRoundoff);
    CHECK_ABS(m.floor2, a * kPi * kPi / 24, tolerance::kRoundoff);  // a^r M2 / (r N), N = 1
    CHECK_ABS(m.floor, std::sqrt(m.floor2), tolerance::kRoundoff);
  }
}

TEST_CASE("exact MMD of {-2, 2} against uniform on [-1, 1] (d = 1, r = 1) is 2/3") {
  // -1/(2*4) (|4| + |-4|) + (phi(2) + phi(2))/2 - M2 = -1 + 2 - 1/3 with phi(rho) = rho off
  // [-1, 1] (∫ |rho - y| dy/2). With a = 2 the same set is the scaled {-1, 1}: D^2 scales by a.
  const Profile p = make_profile(1, 1.0);
  const double x[2] = {-2.0, 2.0};
  CHECK_ABS(exact_mmd(p, 1.0, x, 2).mmd2, 2.0 / 3.0, tolerance::kRoundoff);
  const double y[2] = {-4.0, 4.0};
  CHECK_ABS(exact_mmd(p, 2.0, y, 2).mmd2, 4.0 / 3.0, tolerance::kRoundoff);
}

TEST_CASE("the reference part of D^2 for {-2, 2} (d = 1, r = 1), against uniform and against delta_0") {
  // Against uniform on [-a, a] (a = 1): (phi(2) + phi(2))/2 - M2 = 2 - 1/3; the pairwise part
  // -1 of the case above is not in it. Against delta_0 (a = 0): mean |x_i| = 2.
  const Profile p = make_profile(1, 1.0);
  const double x[2] = {-2.0, 2.0};
  CHECK_ABS(mmd2_reference_part(p, 1.0, x, 2), 5.0 / 3.0, tolerance::kRoundoff);
  CHECK_ABS(mmd2_reference_part(p, 0.0, x, 2), 2.0, tolerance::kRoundoff);
  // The empirical energy of the one-pass errors completes it to the exact MMD.
  CHECK_ABS(empirical_errors(p, 1.0, x, 2).energy, (-1.0), tolerance::kRoundoff);
  CHECK_THROWS_AS(mmd2_reference_part(p, -1.0, x, 2), std::invalid_argument);
}

TEST_CASE("exact samples sit near the noise floor; a set scaled by 1.1 is clearly above it") {
  constexpr std::size_t kN = 4000;
  const std::vector<std::pair<int, double>> cases = {{1, 1.5}, {2, 0.5}, {2, 1.0}, {2, 1.5},
                                                     {3, 0.5}, {3, 1.0}, {4, 1.5}, {6, 0.8}};
  for (auto [d, r] : cases) {
    CAPTURE(d);
    CAPTURE(r);
    const Profile p = make_profile(d, r);
    const double a = 1.7;
    const std::vector<double> x = scaled(sample_profile(p, kN, 2024 + d), a);
    const EmpiricalErrors exact = empirical_errors(p, a, x.data(), kN);
    // E[D^2] = floor2 for N exact samples. D^2 / floor2 is a weighted chi-square sum with mean
    // 1 and variance at most 2 (one dominant eigenvalue): over 40 independent sets of 1000
    // points the mean ratio has a standard error <= 0.23, so [0.3, 1.8] is > 3 standard errors.
    double ratio_sum = 0;
    constexpr int kSets = 40;
    for (int k = 0; k < kSets; ++k) {
      const std::vector<double> z = scaled(sample_profile(p, 1000, 77 + 1000 * d + k), a);
      const MmdEstimate m = exact_mmd(p, a, z.data(), 1000);
      CHECK(m.mmd2 > -tolerance::kRoundoff);
      ratio_sum += m.mmd2 / m.floor2;
    }
    MESSAGE("mean D^2/floor^2 of exact samples over " << kSets << " sets: " << ratio_sum / kSets);
    CHECK(ratio_sum / kSets > 0.3);
    CHECK(ratio_sum / kSets < 1.8);
    CHECK(exact.mmd.mmd2 > -tolerance::kRoundoff);
    CHECK(exact.mmd.mmd2 < 10.0 * exact.mmd.floor2);  // P(chi2_1 > 10) < 0.2 %
    const std::vector<double> y = scaled(x, 1.1);
    const EmpiricalErrors wrong = empirical_errors(p, a, y.data(), kN);
    MESSAGE("D/floor exact " << exact.mmd.mmd / exact.mmd.floor << ", scaled "
                             << wrong.mmd.mmd / wrong.mmd.floor);
    CHECK(wrong.mmd.mmd2 > 10.0 * wrong.mmd.floor2);  // measured 11 to 22
    // Radial W2: exact samples O(N^-1/2); the scaled set against the dilation identity,
    // |W2(1.1 emp, a law) - W2(1.1 a law, a law)| <= W2(1.1 emp, 1.1 a law) = 1.1 W2(emp, a law).
    const double dilation = 0.1 * a * std::sqrt(p.m2);
    CHECK(exact.radial_w2 < 0.3 * dilation);
    CHECK(std::abs(wrong.radial_w2 - dilation) <= 1.1 * exact.radial_w2 + tolerance::kRoundoff);
    // Scaling identities for the moment and energy errors: M2 scales by 1.1^2, the (negative)
    // energy by 1.1^r, and rel = (E_emp - E)/|E| = 1 - E_emp/E.
    CHECK_ABS((1 + wrong.m2_rel_error), 1.21 * (1 + exact.m2_rel_error), tolerance::kRoundoff);
    CHECK_ABS((1 - wrong.energy_rel_error), std::pow(1.1, r) * (1 - exact.energy_rel_error), tolerance::kRoundoff);
    CHECK(std::abs(exact.m2_rel_error) < 0.1);
    CHECK(std::abs(exact.energy_rel_error) < 0.1);
    // The one-pass result equals the separate functions.
    CHECK(exact.mmd.mmd2 == exact_mmd(p, a, x.data(), kN).mmd2);
    CHECK(exact.radial_w2 == radial_w2(p, a, x.data(), kN));
    CHECK(exact.m2_rel_error == m2_rel_error(p, a, x.data(), kN));
    CHECK(exact.energy_rel_error == energy_rel_error(p, a, x.data(), kN));
    if (p.regime == Regime::Sphere) {
      CHECK(exact.radial_w2 < 1e-14 * a);  // all radii equal a R up to rounding
      CHECK(std::abs(wrong.radial_w2 - 0.1 * a * p.radius) < 1e-13 * a);
    }
  }
}

TEST_CASE("radial W2 equals a quadrature of (rho_(i) - a F^{-1}(u))^2 over [(i-1)/N, i/N]") {
  // d = 1, r = 1: F^{-1}(u) = u (|X| uniform on [0, 1]), so each piece is a cubic in closed form:
  // ∫ (c - a u)^2 du = ((c - a u0)^3 - (c - a u1)^3) / (3 a).
  {
    const Profile p = make_profile(1, 1.0);
    const double x[3] = {0.1, -1.4, 0.9};  // radii sorted: 0.1, 0.9, 1.4
    const double a = 1.3, radii[3] = {0.1, 0.9, 1.4};
    double ref = 0;
    for (int i = 0; i < 3; ++i) {
      const double u0 = i / 3.0, u1 = (i + 1) / 3.0, c = radii[i];
      ref += (std::pow(c - a * u0, 3) - std::pow(c - a * u1, 3)) / (3 * a);
    }
    CHECK_ABS(radial_w2(p, a, x, 3), std::sqrt(ref), tolerance::kRoundoff);
  }
  // Ball regimes with gamma < 0 and > 0: tanh-sinh on each interval of the quantile
  // function (checked against the CDF in profile_test), a different route than the
  // incomplete-Beta integrals of the implementation.
  boost::math::quadrature::tanh_sinh<double> ts;
  for (auto [d, r] : std::vector<std::pair<int, double>>{{2, 1.5}, {2, 0.5}, {3, 0.5}, {1, 0.3}}) {
    CAPTURE(d);
    CAPTURE(r);
    const Profile p = make_profile(d, r);
    constexpr std::size_t kN = 5;
    const double a = 0.8;
    std::vector<double> x = sample_profile(p, kN, 3);
    x = scaled(x, a * 1.05);
    std::vector<double> radii(kN);
    for (std::size_t i = 0; i < kN; ++i) {
      double s = 0;
      for (int k = 0; k < d; ++k) s += x[i * d + k] * x[i * d + k];
      radii[i] = std::sqrt(s);
    }
    std::sort(radii.begin(), radii.end());
    double ref = 0;
    for (std::size_t i = 0; i < kN; ++i) {
      auto f = [&](double u) {
        // Keep ibeta_inv away from u = 0 and 1 (tanh-sinh samples down to 1e-300): the
        // clipped part changes the integral by < 1e-13 relative.
        u = std::min(std::max(u, 1e-14), 1.0 - 1e-14);
        const double q = a * radial_quantile(p, u);
        return (radii[i] - q) * (radii[i] - q);
      };
      ref += ts.integrate(f, double(i) / kN, double(i + 1) / kN, 1e-12);
    }
    CHECK(std::abs(radial_w2(p, a, x.data(), kN) - std::sqrt(ref)) < 1e-9 * std::sqrt(ref));
  }
}

TEST_CASE("N = 1e5 off-support radii in d = 2: potential_at_radii agrees with the pointwise potential") {
  // The potential part of the exact MMD for 1e5 points of a set scaled by 1.1 (about half of
  // them off the support). The pairwise sum is riesz_sums' business; here only the potential.
  // (Its speed is a benchmark's business: nwgf_bench, not an assertion here.)
  const Profile p = make_profile(2, 1.0);
  const std::vector<double> x = scaled(sample_profile(p, 100000, 9), 1.1);
  std::vector<double> rho(100000);
  for (std::size_t i = 0; i < rho.size(); ++i) rho[i] = std::hypot(x[2 * i], x[2 * i + 1]);
  const std::vector<double> phi = potential_at_radii(p, rho);
  double worst = 0;
  for (std::size_t i = 0; i < rho.size(); i += 997)
    worst = std::max(worst, std::abs(phi[i] - potential(p, rho[i])) / potential(p, rho[i]));
  MESSAGE("worst relative error against pointwise quadrature: " << worst);
  CHECK(worst < 1e-12);
}

TEST_CASE("bad input throws") {
  const Profile p = make_profile(2, 1.0);
  const double x[2] = {0.1, 0.2};
  CHECK_THROWS_AS(exact_mmd(p, 0.0, x, 1), std::invalid_argument);
  CHECK_THROWS_AS(exact_mmd(p, 1.0, x, 0), std::invalid_argument);
  CHECK_THROWS_AS(radial_w2(p, -1.0, x, 1), std::invalid_argument);
}
