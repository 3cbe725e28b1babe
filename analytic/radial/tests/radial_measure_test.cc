// Tests of analytic/radial/radial_measure.h: quantiles and CDFs of every component against closed
// forms derived here (and Boost's chi-squared distribution for the Gaussian), round trips, the
// profile eta* radius of docs/math.md 3.1 and 7.3 for gamma:t0, mixtures' weights, breaks and
// second moments, and the refusal of every bad spec with one line naming it.
#include <doctest/doctest.h>

#include <cmath>
#include <random>
#include <string>
#include <vector>

#include <boost/math/distributions/chi_squared.hpp>
#include <boost/math/quadrature/tanh_sinh.hpp>

#include "analytic/format_value.h"
#include "analytic/radial/radial_measure.h"
#include "analytic/radial/sphere_kernel.h"
#include "testing/refusal.h"
#include "testing/tolerances.h"

using namespace nwgf::analytic::radial;
using nwgf::testing::refusal_message;
using nwgf::tolerance::kClosedForm;

namespace {

// A quantile found by TOMS 748 to 4 ulps of rho, or an inverse special function (Boost.Math,
// about 1e-15 relative), against a closed form: 1e-13 leaves room for the conditioning of
// F^-1 where the density is small.
constexpr double kRoot = 1e-13;
// F(Q(s)) = s, absolute: F is a CDF (values of order 1).
constexpr double kRoundTrip = 1e-13;

RadialMeasure start(const std::string& spec, int d = 3, double r = 1.0) {
  return parse_radial_measure(spec, d, r, RadialRole::kStart, "--start");
}
RadialMeasure target(const std::string& spec, int d = 3, double r = 1.0) {
  return parse_radial_measure(spec, d, r, RadialRole::kTarget, "--target");
}

const std::vector<double> kLevels = {1e-9, 1e-4, 0.1, 0.25, 0.5, 0.75, 0.9, 0.9999, 1 - 1e-9};

}  // namespace

TEST_CASE("sphere:R is one atom: Q = R at every level, F a step at R") {
  const auto m = target("sphere:1.5", 4);
  for (double s : kLevels) CHECK(m.quantile(s) == 1.5);
  CHECK(m.cdf(1.4999) == 0.0);
  CHECK(m.cdf(1.5) == 1.0);
  CHECK(m.cdf_left(1.5) == 0.0);
  CHECK(m.support() == std::make_pair(1.5, 1.5));
  CHECK(m.level_breaks().empty());
  REQUIRE(m.atoms().size() == 1);
  CHECK(m.atoms()[0] == std::make_pair(1.5, 1.0));
  CHECK_REL(m.second_moment(), 2.25, kClosedForm);
}

TEST_CASE("ball:R has Q(s) = R s^(1/d), F = (rho/R)^d and E R^2 = R^2 d/(d+2)") {
  for (int d : {2, 3, 10, 500}) {
    const auto m = target("ball:2", d);
    CAPTURE(d);
    for (double s : kLevels) {
      CHECK_REL(m.quantile(s), 2.0 * std::pow(s, 1.0 / d), kClosedForm);
      CHECK_ABS(m.cdf(m.quantile(s)), s, kRoundTrip);
    }
    CHECK_REL(m.cdf(1.0), std::pow(0.5, d), kClosedForm);
    CHECK(m.support() == std::make_pair(0.0, 2.0));
    CHECK_REL(m.second_moment(), 4.0 * d / (d + 2.0), kClosedForm);
  }
}

TEST_CASE("shell:R1,R2: radius^d uniform in [R1^d, R2^d], by hand and for large d without overflow") {
  // d = 3, R1 = 1, R2 = 2: R^3 = 1 + 7 s, so Q(1/7) = 2^(1/3), F(1.5) = (3.375 - 1) / 7.
  const auto m = target("shell:1,2", 3);
  CHECK_REL(m.quantile(1.0 / 7.0), std::cbrt(2.0), kClosedForm);
  CHECK_REL(m.quantile(0.5), std::cbrt(4.5), kClosedForm);
  CHECK_REL(m.cdf(1.5), 2.375 / 7.0, kClosedForm);
  CHECK(m.cdf(0.99) == 0.0);
  CHECK(m.cdf(2.0) == 1.0);
  // E R^2 = (3/5) (R2^5 - R1^5) / (R2^3 - R1^3) = (3/5) 31 / 7.
  CHECK_REL(m.second_moment(), 0.6 * 31.0 / 7.0, kClosedForm);
  // d = 1000, R1 = 1e50, R2 = 1e90: R2^d overflows a double; (R1/R2)^d underflows to 0, so
  // Q(s) = R2 s^(1/d) to rounding, and F(Q(s)) = s.
  const auto big = target("shell:1e50,1e90", 1000);
  for (double s : kLevels) {
    CAPTURE(s);
    const double q = big.quantile(s);
    CHECK(std::isfinite(q));
    CHECK_REL(q, 1e90 * std::pow(s, 1e-3), kClosedForm);
    CHECK_ABS(big.cdf(q), s, kRoundTrip);
  }
  // A thin shell in d = 1000: R^d = R1^d (1 + s (f^-1 - 1)), f = (R1/R2)^d = 1.001^-1000.
  // F(Q(s)) carries the rounding of Q (a few 1e-16 of R) times the density of R, at most
  // d R2^(d-1) / (R2^d - R1^d) = 1000 / (1 - f) = 1.6e3 here: about 1e-12, so the round trip is
  // held to kRoundTrip * 1000 = 1e-10.
  const auto thin = target("shell:1,1.001", 1000);
  const double f = std::pow(1.001, -1000.0);
  for (double s : kLevels) {
    CAPTURE(s);
    CHECK_REL(thin.quantile(s), std::pow(1.0 + s * (1.0 / f - 1.0), 1e-3), kClosedForm);
    CHECK_ABS(thin.cdf(thin.quantile(s)), s, kRoundTrip * 1000.0);
  }
}

TEST_CASE("gaussian:s has R = s chi_d: Boost's chi-squared quantile, and s sqrt(-2 log(1 - u)) in d = 2") {
  for (int d : {2, 3, 7, 100}) {
    const auto m = target("gaussian:0.3", d);
    const boost::math::chi_squared chi2(d);
    CAPTURE(d);
    for (double s : kLevels) {
      CAPTURE(s);
      CHECK_REL(m.quantile(s), 0.3 * std::sqrt(boost::math::quantile(chi2, s)), kRoot);
      CHECK_ABS(m.cdf(m.quantile(s)), s, kRoundTrip);
      if (d == 2) CHECK_REL(m.quantile(s), 0.3 * std::sqrt(-2.0 * std::log1p(-s)), kRoot);
    }
    CHECK_REL(m.second_moment(), 0.09 * d, kClosedForm);
    // The nominal upper end leaves a tail of 1e-300: chi2's complement there.
    const double hi = m.support().second;
    CHECK_REL(boost::math::cdf(boost::math::complement(chi2, (hi / 0.3) * (hi / 0.3))), 1e-300, 1e-10);
  }
}

TEST_CASE("gamma:t0 in d = 3, r = 1 is the sphere of radius (2/3) t0 (eta*'s radius 2/3, a(t) = t)") {
  // docs/math.md 7.3: R*^(2-r) = r 2^r / (r + 2) = 2/3 for d = 3, r = 1; a(t) = ((2 - r) t)^(1/(2-r)) = t.
  const auto m = start("gamma:0.6", 3, 1.0);
  for (double s : kLevels) CHECK_REL(m.quantile(s), 0.4, kClosedForm);
  REQUIRE(m.atoms().size() == 1);
  CHECK_REL(m.atoms()[0].first, 0.4, kClosedForm);
  CHECK_REL(m.second_moment(), 0.16, kClosedForm);
  CHECK(m.has_gamma());
  // r = 1.5: R*^(1/2) = 1.5 2^1.5 / 3.5, a(t) = (t / 2)^2.
  const auto m15 = start("gamma:2", 3, 1.5);
  CHECK_REL(m15.quantile(0.5), std::pow(1.5 * std::pow(2.0, 1.5) / 3.5, 2.0) * 1.0, kClosedForm);
}

TEST_CASE("gamma:t0 in d = 2, r = 1 (ball regime): Q(p) = a(t0) s sqrt(1 - (1 - p)^2), s = pi/4") {
  // docs/math.md 3.1: gamma = 1 - (d + r)/2 = -1/2, s^(2-r) = r Γ(2 - r/2) Γ((d+r)/2) / Γ(d/2 + 1)
  // = Γ(3/2)^2 = pi/4; ||X|| = s sqrt(U), U ~ Beta(1, 1/2): P(U <= u) = 1 - sqrt(1 - u).
  const double sball = std::acos(-1.0) / 4.0;
  const double t0 = 1.7;  // a(t0) = t0 for r = 1
  const auto m = start("gamma:1.7", 2, 1.0);
  for (double p : kLevels) {
    CAPTURE(p);
    CHECK_REL(m.quantile(p), t0 * sball * std::sqrt(p * (2.0 - p)), kRoot);  // 1 - (1 - p)^2
  }
  CHECK_REL(m.cdf(t0 * sball * 0.6), 1.0 - std::sqrt(1.0 - 0.36), kRoot);
  CHECK_REL(m.support().second, t0 * sball, kClosedForm);
  // E R^2 = a^2 s^2 E U = a^2 s^2 (1 / (1 + 1/2)).
  CHECK_REL(m.second_moment(), t0 * t0 * sball * sball * 2.0 / 3.0, kClosedForm);
}

TEST_CASE("a mixture of two spheres: weights normalised, Q flat on each atom's levels, breaks between") {
  const auto m = target("sphere:1@1;sphere:2@3", 5);
  CHECK(m.cdf(0.5) == 0.0);
  CHECK_REL(m.cdf(1.0), 0.25, kClosedForm);
  CHECK_REL(m.cdf(1.5), 0.25, kClosedForm);
  CHECK_REL(m.cdf_left(2.0), 0.25, kClosedForm);
  CHECK(m.cdf(2.0) == 1.0);
  CHECK(m.quantile(0.1) == 1.0);
  CHECK(m.quantile(0.25) == 1.0);
  CHECK(m.quantile(0.2500001) == 2.0);
  CHECK(m.quantile(0.99) == 2.0);
  const auto breaks = m.level_breaks();
  REQUIRE(breaks.size() == 1);
  CHECK_REL(breaks[0], 0.25, kClosedForm);
  const auto atoms = m.atoms();
  REQUIRE(atoms.size() == 2);
  CHECK_REL(atoms[0].second, 0.25, kClosedForm);
  CHECK_REL(atoms[1].second, 0.75, kClosedForm);
  CHECK_REL(m.second_moment(), 0.25 + 0.75 * 4.0, kClosedForm);
}

TEST_CASE("a ball and a separate shell: Q jumps over the gap at the ball's mass, exactly") {
  // ball:1 with weight 1/3, shell:2,3 with 2/3, d = 3.
  const auto m = target("ball:1@1;shell:2,3@2", 3);
  const double third = 1.0 / 3.0;
  CHECK_REL(m.cdf(1.0), third, kClosedForm);
  CHECK_REL(m.cdf(1.7), third, kClosedForm);
  CHECK_REL(m.quantile(third), 1.0, kRoot);
  CHECK_REL(m.quantile(0.1), std::cbrt(0.3), kRoot);  // the ball alone: (s / w)^(1/3)
  // Above the gap: F = 1/3 + (2/3) (rho^3 - 8) / 19.
  const double s = 0.6;
  CHECK_REL(m.quantile(s), std::cbrt(8.0 + 19.0 * (s - third) * 1.5), kRoot);
  CHECK(m.quantile(third + 1e-12) >= 2.0);
  const auto breaks = m.level_breaks();
  REQUIRE(breaks.size() == 1);
  CHECK_REL(breaks[0], third, kClosedForm);
  CHECK_REL(m.second_moment(), third * 0.6 + 2.0 * third * 0.6 * (243.0 - 32.0) / 19.0, kClosedForm);
}

TEST_CASE("overlapping mixtures: F is the weighted sum and the quantile its inverse (round trip)") {
  for (int d : {2, 3, 10}) {
    const auto m = target("ball:2@1;gaussian:1@1;sphere:0.8@0.5", d);
    const boost::math::chi_squared chi2(d);
    CAPTURE(d);
    // F by hand: 0.4 (rho/2)^d + 0.4 chi2_cdf(rho^2) + 0.2 [rho >= 0.8].
    for (double rho : {0.3, 0.8, 1.1, 1.9, 2.5}) {
      CAPTURE(rho);
      const double expected = 0.4 * std::pow(std::min(rho / 2.0, 1.0), d) +
                              0.4 * boost::math::cdf(chi2, rho * rho) + (rho >= 0.8 ? 0.2 : 0.0);
      CHECK_REL(m.cdf(rho), expected, kRoot);
    }
    for (double s : kLevels) {
      CAPTURE(s);
      const double q = m.quantile(s);
      // Q(s) = inf{F >= s}: F(Q) >= s and F(Q-) <= s (the atom holds a level interval).
      CHECK(m.cdf(q) >= s - kRoundTrip);
      CHECK(m.cdf_left(q) <= s + kRoundTrip);
      if (q != 0.8) CHECK_ABS(m.cdf(q), s, kRoundTrip);
    }
    // Breaks: the atom's two levels and the ball's upper end.
    const auto breaks = m.level_breaks();
    CHECK(breaks.size() == 3);
    CHECK_REL(m.second_moment(), 0.4 * 4.0 * d / (d + 2.0) + 0.4 * d + 0.2 * 0.64, kClosedForm);
  }
}

TEST_CASE("second moments equal the quadrature of Q(s)^2 over the levels") {
  boost::math::quadrature::tanh_sinh<double> ts;
  for (const std::string spec : {"shell:0.2,0.6", "gaussian:0.5", "ball:1@1;shell:2,3@2"}) {
    const auto m = target(spec, 3);
    double q2 = 0.0;
    std::vector<double> cuts = {0.0};
    for (double b : m.level_breaks()) cuts.push_back(b);
    cuts.push_back(1.0);
    for (std::size_t k = 0; k + 1 < cuts.size(); ++k)
      q2 += ts.integrate([&](double s) { return m.quantile(s) * m.quantile(s); }, cuts[k], cuts[k + 1], 1e-13);
    CAPTURE(spec);
    CHECK_REL(m.second_moment(), q2, nwgf::tolerance::kQuadrature);
  }
}

TEST_CASE("shell:0.2,0.6 in d = 3 expands at its inner edge: radial speed 4/13 for r = 1 (docs/math.md 7.3)") {
  // u(rho) = ∫_0^1 dA_3/drho(rho, Q(s)) ds (no target). For r = 1 and rho <= q,
  // A_3(rho, q) = q + rho^2 / (3 q) (the d = 3 closed form), so u(0.2) = (0.4 / 3) E[1/R] with R^3
  // uniform on [0.008, 0.216]: E[1/R] = (3/2)(0.6^2 - 0.2^2) / 0.208 = 30/13, u = 4/13. The other
  // exponents against the figures docs/math.md quotes to two digits (0.19, 0.37).
  boost::math::quadrature::tanh_sinh<double> ts;
  const auto m = start("shell:0.2,0.6", 3, 1.0);
  const auto speed = [&](double r) {
    const SphereKernel k(3, r);
    return ts.integrate([&](double s) { return k.d_rho(0.2, m.quantile(s)); }, 0.0, 1.0, 1e-14);
  };
  CHECK_REL(speed(1.0), 4.0 / 13.0, nwgf::tolerance::kQuadrature);
  CHECK_ABS(speed(0.5), 0.19, 0.005);
  CHECK_ABS(speed(1.5), 0.37, 0.005);
}

TEST_CASE("random mixtures: Q(s) = inf{F >= s} at every level, Q nondecreasing, breaks where F(Q) jumps") {
  // 400 mixtures of 1 to 4 components of every kind (radii log-uniform over 1e-3..1e3, weights
  // log-uniform over 1e-3..1e3) in d = 2, 3, 7, 40, a fixed seed. At each of 60 levels (uniform
  // and near 0 and 1): F(Q) >= s and F(Q-) <= s, to kRoundTrip plus the CDF's rounding at Q
  // (the Gaussian's CDF: Boost.Math's gamma_p, about 1e-15).
  std::mt19937_64 rng(20261207);
  std::uniform_real_distribution<double> unit(0.0, 1.0);
  const auto radius = [&] { return std::pow(10.0, -3.0 + 6.0 * unit(rng)); };
  for (int trial = 0; trial < 400; ++trial) {
    const int d = std::vector<int>{2, 3, 7, 40}[trial % 4];
    const int count = 1 + static_cast<int>(unit(rng) * 4);
    std::string spec;
    for (int k = 0; k < count; ++k) {
      const int kind = static_cast<int>(unit(rng) * 4);
      const double a = radius(), b = a * (1.0 + 10.0 * unit(rng)) + 1e-3 * a;
      const std::string comp = kind == 0   ? "sphere:" + nwgf::analytic::format_double(a)
                               : kind == 1 ? "ball:" + nwgf::analytic::format_double(a)
                               : kind == 2 ? "shell:" + nwgf::analytic::format_double(a) + "," +
                                                 nwgf::analytic::format_double(b)
                                           : "gaussian:" + nwgf::analytic::format_double(a);
      spec += (k ? ";" : "") + comp + "@" + nwgf::analytic::format_double(radius());
    }
    const auto m = target(spec, d);
    CAPTURE(spec);
    CAPTURE(d);
    double previous = 0.0;
    for (int i = 0; i < 60; ++i) {
      const double s = i < 20 ? (i + 0.5) / 20.0 : i < 40 ? std::pow(10.0, -(i - 19) * 0.7) : 1.0 - std::pow(10.0, -(i - 39) * 0.7);
      if (!(s > 0.0 && s < 1.0)) continue;
      CAPTURE(s);
      const double q = m.quantile(s);
      CHECK(m.cdf(q) >= s - kRoundTrip);
      CHECK(m.cdf_left(q) <= s + kRoundTrip);
      if (i >= 1 && i < 20) CHECK(q >= previous);
      previous = q;
    }
    for (double b : m.level_breaks()) {
      CHECK(b > 0.0);
      CHECK(b < 1.0);
    }
  }
}

TEST_CASE("every bad spec is refused with one line naming the option and the value") {
  struct Bad {
    std::string spec;
    RadialRole role;
    std::string phrase;
  };
  const std::vector<Bad> bad = {
      {"", RadialRole::kStart, "is empty"},
      {"cube:1", RadialRole::kStart, "'cube:1' is not a radial start"},
      {"sphere", RadialRole::kTarget, "'sphere' is not a radial target"},
      {"sphere:0", RadialRole::kTarget, "mass at the origin"},
      {"ball:0", RadialRole::kTarget, "mass at the origin"},
      {"gaussian:0", RadialRole::kTarget, "mass at the origin"},
      {"gamma:0", RadialRole::kStart, "Dirac at the origin"},
      {"sphere:-1", RadialRole::kTarget, "'-1' is out of range"},
      {"sphere:abc", RadialRole::kTarget, "'abc' is not a number"},
      {"sphere:1e-200", RadialRole::kTarget, "'1e-200' is out of range"},
      {"sphere:1e400", RadialRole::kTarget, "'1e400' is out of range"},
      {"sphere:inf", RadialRole::kTarget, "'inf' is not finite"},
      {"sphere:nan", RadialRole::kTarget, "'nan' is not finite"},
      {"sphere:1,2", RadialRole::kTarget, "has 2 numbers; allowed: sphere:R"},
      {"shell:2,1", RadialRole::kTarget, "R1 = 2, R2 = 1; allowed 0 < R1 < R2"},
      {"shell:1,1", RadialRole::kTarget, "allowed 0 < R1 < R2"},
      {"shell:0,1", RadialRole::kTarget, "shell:0,R is the ball ball:R"},
      {"shell:1", RadialRole::kTarget, "has 1 numbers; allowed: shell:R1,R2"},
      {"gamma:1", RadialRole::kTarget, "gamma:t0 (the exact flow from a Dirac) is a start only"},
      {"ball:1;sphere:2", RadialRole::kTarget, "component 1: 'ball:1' has no weight"},
      {"ball:1@1;sphere:2", RadialRole::kTarget, "component 2: 'sphere:2' has no weight"},
      {"ball:1@1;", RadialRole::kTarget, "component 2: '' has no weight"},
      {"ball:1@0", RadialRole::kTarget, "'0' is a zero weight"},
      {"ball:1@-2;sphere:1@1", RadialRole::kTarget, "'-2' is out of range"},
      {"ball:1@x", RadialRole::kTarget, "'x' is not a number"},
      {"ball:1@1;sphere:0@1", RadialRole::kTarget, "mass at the origin"},
      {"ball:1@1;gamma:1@1", RadialRole::kTarget, "is a start only"},
      {std::string(200, 'z'), RadialRole::kStart, "... (200 characters)"},
  };
  for (const auto& b : bad) {
    const std::string message = refusal_message([&] { parse_radial_measure(b.spec, 3, 1.0, b.role, "--opt"); });
    CAPTURE(b.spec);
    CAPTURE(message);
    CHECK(message.find(b.phrase) != std::string::npos);
    CHECK(message.find("--opt") != std::string::npos);
    CHECK(message.find('\n') == std::string::npos);
    CHECK(message.size() < 400);
  }
}

TEST_CASE("the parser checks the radial domain first: d >= 2 and r + d >= 3") {
  const std::string d1 = refusal_message([] { parse_radial_measure("ball:1", 1, 1.0, RadialRole::kStart, "--start"); });
  CHECK(d1.find("--start") != std::string::npos);
  CHECK(d1.find("d = 1 is outside the allowed range [2, 1024]") != std::string::npos);
  const std::string lip =
      refusal_message([] { parse_radial_measure("ball:1", 2, 0.5, RadialRole::kStart, "--start"); });
  CHECK(lip.find("not Lipschitz") != std::string::npos);
  CHECK(refusal_message([] { parse_radial_measure("ball:1", 2, 1.0, RadialRole::kStart, "--start"); }).empty());
}

TEST_CASE("levels: a list in (0, 1), at least one, each bad one named") {
  const auto levels = parse_radial_levels("0.25, 0.5,0.999", "--levels");
  REQUIRE(levels.size() == 3);
  CHECK(levels[0] == 0.25);
  CHECK(levels[2] == 0.999);
  CHECK(refusal_message([] { parse_radial_levels("", "--levels"); }).find("empty number") != std::string::npos);
  CHECK(refusal_message([] { parse_radial_levels("0.5,1", "--levels"); })
            .find("level 1 is outside the allowed range (0, 1)") != std::string::npos);
  CHECK(refusal_message([] { parse_radial_levels("0", "--levels"); }).find("level 0 is outside") != std::string::npos);
  CHECK(refusal_message([] { parse_radial_levels("0.5,,0.6", "--levels"); }).find("empty number") !=
        std::string::npos);
  CHECK(refusal_message([] { parse_radial_levels("0.5;0.6", "--levels"); }).find("'0.5;0.6' is not a number") !=
        std::string::npos);
}

TEST_CASE("quantile levels outside (0, 1) and bad factory arguments are refused naming the value") {
  const auto m = target("ball:1", 3);
  CHECK(refusal_message([&] { m.quantile(0.0); }).find("s = 0 is outside the allowed range (0, 1)") !=
        std::string::npos);
  CHECK(refusal_message([&] { m.quantile(1.0); }).find("s = 1") != std::string::npos);
  CHECK(refusal_message([] { RadialMeasure::shell(3, 2.0, 1.0); }).find("R1 = 2") != std::string::npos);
  CHECK(refusal_message([] { RadialMeasure::ball(1, 1.0); }).find("d = 1") != std::string::npos);
  CHECK(refusal_message([] { RadialMeasure::mixture({RadialMeasure::ball(3, 1.0), RadialMeasure::ball(4, 1.0)},
                                                    {1.0, 1.0}); })
            .find("dimensions 3 and 4") != std::string::npos);
}
