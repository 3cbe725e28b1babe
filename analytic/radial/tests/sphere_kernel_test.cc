// Tests of analytic/radial/sphere_kernel.h: A_d and dA_d/drho against references computed here
// (tanh-sinh quadrature of the defining integral, the d = 3 closed form of docs/math.md 7.2 in long
// double, difference quotients), the special values, homogeneity and symmetry, the pair sums
// against direct loops, and the refusal of bad input.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <string>
#include <vector>

#include <boost/math/quadrature/tanh_sinh.hpp>
#include <omp.h>

#include "analytic/radial/sphere_kernel.h"
#include "testing/refusal.h"
#include "testing/tolerances.h"

using namespace nwgf::analytic::radial;
using nwgf::testing::refusal_message;

namespace {

// The accuracy the kernel promises for A_d (sphere_kernel.h): 1e-13 relative. The references
// below are tanh-sinh quadratures requested to 1e-15 per piece (positive integrands: no
// cancellation), so they are good to a few 1e-15.
constexpr double kKernelValue = 1e-13;
// dA/drho against the quadrature of its own integral (positive integrand for rho >= q, pieces to
// 1e-15): the table of g is accurate to about 1e-15 of its O(1) scale, the test asks 1e-12.
constexpr double kKernelDerivative = 1e-12;
// Central five-point difference quotients with step e = 1e-3 rho away from the diagonal: truncation
// e^4 A^(5) / 30 ~ 1e-13, rounding 1e-16 / e = 1e-13 (relative to A / rho); 1e-10 leaves margin
// for the fifth derivative's growth near x = 0.9.
constexpr double kFivePoint = 1e-10;

// c_d = Γ(d/2) / (sqrt(pi) Γ((d-1)/2)) by the exact recursion c_2 = 1/pi, c_3 = 1/2,
// c_(d+2) = c_d d / (d - 1) (integration by parts of ∫ (1 - t^2)^((d-1)/2) dt), in long double.
double sphere_constant_by_recursion(int d) {
  long double c = d % 2 == 0 ? 1.0L / 3.14159265358979323846264338327950288L : 0.5L;
  for (int k = d % 2 == 0 ? 2 : 3; k < d; k += 2) c *= static_cast<long double>(k) / (k - 1);
  return static_cast<double>(c);
}

// The integral of docs/math.md 7.2 at rho = 1, q = x in [0, 1]:
//   c_d ∫_{-1}^{1} f(1 + x^2 - 2 x t) (1 - t^2)^((d-3)/2) dt,
// split at t = 0; on [0, 1] in v = 1 - t (1 + x^2 - 2 x t = delta^2 + 2 x v, delta = 1 - x, and
// 1 - t^2 = v (2 - v), both without cancellation), with extra breaks at v = delta^2 16^k where the
// integrand has its boundary layer; on [-1, 0] in u = 1 + t. Each piece by tanh-sinh (endpoint
// singularities of (1 - t^2)^((d-3)/2) are what it is built for) to 1e-15.
template <class F>
double sphere_integral(int d, double x, F f) {
  boost::math::quadrature::tanh_sinh<double> ts;
  const double e = 0.5 * (d - 3);
  const double delta = 1.0 - x;
  double total = 0.0;
  // t in [-1, 0]: u = 1 + t, 1 + x^2 - 2 x t = (1 + x)^2 - 2 x u.
  total += ts.integrate([&](double u) { return f((1 + x) * (1 + x) - 2 * x * u) * std::pow(u * (2 - u), e); },
                        0.0, 1.0, 1e-15);
  std::vector<double> breaks = {0.0};
  for (double b = delta * delta; b < 0.5 && delta > 0.0; b *= 16.0) breaks.push_back(b);
  breaks.push_back(1.0);
  for (std::size_t k = 0; k + 1 < breaks.size(); ++k) {
    if (!(breaks[k + 1] > breaks[k])) continue;
    total += ts.integrate([&](double v) { return f(delta * delta + 2 * x * v) * std::pow(v * (2 - v), e); },
                          breaks[k], breaks[k + 1], 1e-15);
  }
  return sphere_constant_by_recursion(d) * total;
}

// h(x) = A_d(1, x).
double h_reference(int d, double r, double x) {
  return sphere_integral(d, x, [r](double S) { return std::pow(S, 0.5 * r); });
}
// dA/drho at rho = 1 >= q = x: c_d ∫ (r/2) S^(r/2-1) (2 - 2 x t) w dt, 2 - 2 x t = 2 delta + 2 x v
// on [0, 1] in v (positive), (1 - x)^2 + ... on [-1, 0]; both written through S:
// 2 - 2 x t = (S + 1 - x^2), S = 1 + x^2 - 2 x t.
double d_rho_reference(int d, double r, double x) {
  return sphere_integral(d, x, [r, x](double S) {
    return 0.5 * r * std::pow(S, 0.5 * r - 1.0) * (S + (1.0 - x) * (1.0 + x));
  });
}

// docs/math.md 7.2, d = 3: A_3(rho, q) = ((rho + q)^(r+2) - |rho - q|^(r+2)) / (2 (r + 2) rho q),
// in long double (the cancellation for q << rho costs log10(rho / ((r + 2) q)) digits of its 19).
double a3_closed_form(double r, double rho, double q) {
  const long double p = r + 2.0L;
  const long double num = std::pow(static_cast<long double>(rho) + q, p) -
                          std::pow(std::abs(static_cast<long double>(rho) - q), p);
  return static_cast<double>(num / (2.0L * p * rho * q));
}

const std::vector<double> kXs = {0.0, 1e-8, 1e-3, 0.1, 0.3, 0.5, 0.7, 0.9, 0.99, 0.999, 1 - 1e-5, 1 - 1e-8, 1.0};

struct DR {
  int d;
  double r;
};
const std::vector<DR> kCases = {{2, 1.0}, {2, 1.5}, {3, 0.5}, {3, 1.0}, {3, 1.5}, {4, 0.5},  {4, 1.0},
                                {4, 1.5}, {5, 0.5}, {5, 1.0}, {5, 1.5}, {10, 0.5}, {10, 1.0}, {10, 1.5},
                                {50, 0.5}, {50, 1.0}, {50, 1.5}};

}  // namespace

TEST_CASE("A_d(1, x) matches quadrature of the defining integral to 1e-13 across x in [0, 1]") {
  for (const auto& c : kCases) {
    const SphereKernel k(c.d, c.r);
    for (double x : kXs) {
      CAPTURE(c.d);
      CAPTURE(c.r);
      CAPTURE(x);
      const double expected = h_reference(c.d, c.r, x);
      CHECK_REL(k.value(1.0, x), expected, kKernelValue);
      CHECK_REL(k.shape(x), expected, kKernelValue);
      // Scaled: A_d(rho, rho x) = rho^r h(x), the same reference.
      CHECK_REL(k.value(0.37, 0.37 * x), std::pow(0.37, c.r) * expected, kKernelValue);
    }
  }
}

TEST_CASE("A_d holds 1e-13 in high dimension (d = 200, 1024)") {
  for (int d : {200, 1024}) {
    for (double r : {0.5, 1.5}) {
      const SphereKernel k(d, r);
      for (double x : {0.0, 0.3, 0.9, 0.999, 1.0}) {
        CAPTURE(d);
        CAPTURE(r);
        CAPTURE(x);
        CHECK_REL(k.value(1.0, x), h_reference(d, r, x), kKernelValue);
      }
    }
  }
}

TEST_CASE("A_3 equals the closed form of docs/math.md 7.2") {
  for (double r : {0.5, 1.0, 1.5, 1.9}) {
    const SphereKernel k(3, r);
    for (double q : {1e-3, 0.05, 0.4, 0.8, 0.999, 1.0, 1.3, 7.0, 800.0}) {
      CAPTURE(r);
      CAPTURE(q);
      CHECK_REL(k.value(1.0, q), a3_closed_form(r, 1.0, q), kKernelValue);
      CHECK_REL(k.value(2.5 * q, 2.5), a3_closed_form(r, 2.5 * q, 2.5), kKernelValue);
    }
    // r = 1: A_3(1, x) = 1 + x^2 / 3 (the Gauss series terminates).
    if (r == 1.0) CHECK_REL(k.value(1.0, 0.6), 1.0 + 0.36 / 3.0, kKernelValue);
  }
}

TEST_CASE("on the diagonal in d = 3, dA/drho(R, R) = 2^r r R^(r-1) / (r + 2) (docs/math.md 7.3)") {
  for (double r : {0.3, 0.5, 1.0, 1.5, 1.95}) {
    const SphereKernel k(3, r);
    for (double R : {1e-3, 0.4, 1.3, 250.0}) {
      CAPTURE(r);
      CAPTURE(R);
      CHECK_REL(k.d_rho(R, R), std::pow(2.0, r) * r * std::pow(R, r - 1.0) / (r + 2.0), kKernelDerivative);
    }
  }
}

TEST_CASE("special values: A_d(rho, 0) = rho^r, A_d(0, 0) = 0, dA/drho(0, q) = 0") {
  for (const auto& c : kCases) {
    const SphereKernel k(c.d, c.r);
    CAPTURE(c.d);
    CAPTURE(c.r);
    CHECK_REL(k.value(2.5, 0.0), std::pow(2.5, c.r), kKernelValue);
    CHECK_REL(k.value(0.0, 2.5), std::pow(2.5, c.r), kKernelValue);
    CHECK(k.value(0.0, 0.0) == 0.0);
    CHECK(k.d_rho(0.0, 1.7) == 0.0);
    CHECK_REL(k.d_rho(1.7, 0.0), c.r * std::pow(1.7, c.r - 1.0), kKernelValue);
    // Through the table (s = 1 exactly): the sums with a point at 0 and another at 2.5.
    std::vector<double> out;
    k.value_sums({2.5}, {0.0}, {1.0}, out);
    CHECK_REL(out[0], std::pow(2.5, c.r), kKernelValue);
    k.d_rho_sums({2.5, 0.0}, {0.0, 2.5}, {1.0, 0.0}, out);
    CHECK_REL(out[0], c.r * std::pow(2.5, c.r - 1.0), kKernelValue);
    CHECK(out[1] == 0.0);
  }
}

TEST_CASE("A_d is symmetric and homogeneous of degree r") {
  for (const auto& c : kCases) {
    const SphereKernel k(c.d, c.r);
    for (double x : {0.2, 0.77, 0.9999}) {
      CAPTURE(c.d);
      CAPTURE(c.r);
      CAPTURE(x);
      CHECK_REL(k.value(x, 1.0), k.value(1.0, x), kKernelValue);
      CHECK_REL(k.value(3.7, 3.7 * x), std::pow(3.7, c.r) * k.value(1.0, x), kKernelValue);
      CHECK_REL(k.d_rho(3.7, 3.7 * x), std::pow(3.7, c.r - 1.0) * k.d_rho(1.0, x), kKernelValue);
    }
  }
}

TEST_CASE("dA/drho at the larger radius matches quadrature of its integral") {
  for (const auto& c : kCases) {
    const SphereKernel k(c.d, c.r);
    for (double x : kXs) {
      CAPTURE(c.d);
      CAPTURE(c.r);
      CAPTURE(x);
      const double expected = d_rho_reference(c.d, c.r, x);
      CHECK_REL(k.d_rho(1.0, x), expected, kKernelDerivative);
    }
  }
}

TEST_CASE("dA/drho matches five-point difference quotients of A off the diagonal, both sides") {
  for (const auto& c : kCases) {
    const SphereKernel k(c.d, c.r);
    for (double rho : {0.05, 0.5, 0.8, 1.25, 2.0, 20.0}) {
      const double q = 1.0;
      const double e = 1e-3 * rho;
      const double quotient = (8.0 * (k.value(rho + e, q) - k.value(rho - e, q)) -
                               (k.value(rho + 2 * e, q) - k.value(rho - 2 * e, q))) /
                              (12.0 * e);
      CAPTURE(c.d);
      CAPTURE(c.r);
      CAPTURE(rho);
      // Relative to the scale A / rho of the derivative (it vanishes like rho as rho -> 0).
      CHECK_ABS(k.d_rho(rho, q), quotient, kFivePoint * k.value(rho, q) / rho);
    }
  }
}

TEST_CASE("dA/drho is continuous across rho = q: one-sided quotients and (r/2) A(q, q)") {
  for (const auto& c : kCases) {
    const SphereKernel k(c.d, c.r);
    const double q = 1.3;
    const double at = k.d_rho(q, q);
    CAPTURE(c.d);
    CAPTURE(c.r);
    // Euler's relation for the homogeneous, symmetric A: rho dA/drho + q dA/dq = r A, so
    // dA/drho(q, q) = (r / 2) A(q, q) / q.
    CHECK_REL(at, 0.5 * c.r * k.value(q, q) / q, kKernelDerivative);
    // One-sided quotients with step e: error e A'' (A'' has a log singularity at most, for
    // r + d - 1 = 2): 1e-6 relative with e = 1e-8 q.
    const double e = 1e-8 * q;
    const double right = (k.value(q + e, q) - k.value(q, q)) / e;
    const double left = (k.value(q, q) - k.value(q - e, q)) / e;
    CHECK_REL(right, at, 1e-6);
    CHECK_REL(left, at, 1e-6);
    // No jump: the derivative just above and below the diagonal.
    CHECK_REL(k.d_rho(q * (1 + 1e-12), q), at, 1e-10);
    CHECK_REL(k.d_rho(q * (1 - 1e-12), q), at, 1e-10);
  }
}

TEST_CASE("pair sums equal direct loops over d_rho and value (distinct and identical, sorted and unsorted)") {
  // Sorted radii go straight to the vector path; unsorted ones are sorted inside, with their
  // weights, and the same points' rows permuted back: both are checked.
  for (const bool sorted : {false, true})
  for (const auto& c : std::vector<DR>{{2, 1.0}, {3, 1.5}, {10, 0.5}}) {
    const SphereKernel k(c.d, c.r);
    std::vector<double> x, y, wx, wy;
    for (int i = 0; i < 301; ++i) {
      x.push_back(0.01 + 1.3 * std::fmod(i * 0.618033988749895, 1.0));
      wx.push_back(1.0 + 0.5 * std::sin(i));
    }
    for (int j = 0; j < 197; ++j) {
      y.push_back(0.02 + std::fmod(j * 0.414213562373095, 1.0));
      wy.push_back(0.5 + std::cos(j) * std::cos(j));
    }
    x.push_back(0.0);  // a point at the origin
    wx.push_back(0.3);
    y.push_back(x[5]);  // a pair on the diagonal
    wy.push_back(0.7);
    if (sorted) {
      std::sort(x.begin(), x.end());
      std::sort(y.begin(), y.end());
    }
    CAPTURE(sorted);
    CAPTURE(c.d);
    CAPTURE(c.r);
    std::vector<double> out;
    for (int pass = 0; pass < 2; ++pass) {
      const std::vector<double>& ys = pass == 0 ? y : x;
      const std::vector<double>& ws = pass == 0 ? wy : wx;
      k.d_rho_sums(x, ys, ws, out);
      REQUIRE(out.size() == x.size());
      for (std::size_t i = 0; i < x.size(); ++i) {
        double expected = 0.0, scale = 0.0;
        for (std::size_t j = 0; j < ys.size(); ++j) {
          expected += ws[j] * k.d_rho(x[i], ys[j]);
          scale += std::abs(ws[j] * k.d_rho(x[i], ys[j]));
        }
        CHECK_ABS(out[i], expected, nwgf::tolerance::kRoundoff * scale + 1e-300);
      }
      k.value_sums(x, ys, ws, out);
      for (std::size_t i = 0; i < x.size(); ++i) {
        double expected = 0.0;
        for (std::size_t j = 0; j < ys.size(); ++j) expected += ws[j] * k.value(x[i], ys[j]);
        CHECK_REL(out[i], expected, nwgf::tolerance::kRoundoff);
      }
    }
  }
}

TEST_CASE("pair sums over atoms (radii repeated, and a cluster within 1e-9) equal the direct sums") {
  // Blocks of equal radii (s = 0) and of radii 1e-9 apart (s ~ 4e-9) take the last-panel and the
  // deep-octave paths four or eight pairs at a time.
  for (const auto& c : std::vector<DR>{{2, 1.0}, {3, 0.5}, {10, 1.5}}) {
    const SphereKernel k(c.d, c.r);
    std::vector<double> x, w;
    for (int i = 0; i < 37; ++i) {
      x.push_back(1.0);
      w.push_back(0.5 + 0.01 * i);
    }
    for (int i = 0; i < 29; ++i) {
      x.push_back(2.0 + 1e-9 * i);
      w.push_back(1.0);
    }
    CAPTURE(c.d);
    CAPTURE(c.r);
    std::vector<double> out;
    k.d_rho_sums(x, x, w, out);
    for (std::size_t i = 0; i < x.size(); ++i) {
      double expected = 0.0, scale = 0.0;
      for (std::size_t j = 0; j < x.size(); ++j) {
        expected += w[j] * k.d_rho(x[i], x[j]);
        scale += std::abs(w[j] * k.d_rho(x[i], x[j]));
      }
      CHECK_ABS(out[i], expected, nwgf::tolerance::kRoundoff * scale);
    }
    // The first atom sees itself (dA/drho(1, 1) = (r/2) A(1, 1)) and the cluster at 2.
    double w1 = 0.0;
    for (int i = 0; i < 37; ++i) w1 += w[i];
    double cluster = 0.0;
    for (int i = 37; i < 66; ++i) cluster += w[i] * k.d_rho(1.0, x[i]);
    CHECK_REL(out[0], w1 * 0.5 * c.r * k.value(1.0, 1.0) + cluster, nwgf::tolerance::kRoundoff);
  }
}

TEST_CASE("the radial domain is refused outside d >= 2, r in (0, 2), r + d >= 3, d <= 1024") {
  CHECK(refusal_message([] { check_radial_domain(1, 1.0); }).find("d = 1 is outside the allowed range [2, 1024]") !=
        std::string::npos);
  CHECK(refusal_message([] { check_radial_domain(1025, 1.0); }).find("d = 1025") != std::string::npos);
  CHECK(refusal_message([] { check_radial_domain(3, 0.0); }).find("r = 0 is outside the allowed range (0, 2)") !=
        std::string::npos);
  CHECK(refusal_message([] { check_radial_domain(3, 2.0); }).find("r = 2 is outside") != std::string::npos);
  CHECK(refusal_message([] { check_radial_domain(3, std::nan("")); }).find("outside the allowed range (0, 2)") !=
        std::string::npos);
  const std::string lipschitz = refusal_message([] { check_radial_domain(2, 0.5); });
  CHECK(lipschitz.find("r = 0.5") != std::string::npos);
  CHECK(lipschitz.find("the radial velocity is not Lipschitz there (docs/math.md 7.2)") != std::string::npos);
  CHECK(lipschitz.find('\n') == std::string::npos);
  CHECK(refusal_message([] { check_radial_domain(2, 1.0); }).empty());
  CHECK(refusal_message([] { SphereKernel(2, 0.99); }).find("not Lipschitz") != std::string::npos);
}

TEST_CASE("bad radii and mismatched weights are refused naming the value") {
  const SphereKernel k(3, 1.0);
  CHECK(refusal_message([&] { k.value(-1.0, 1.0); }).find("rho = -1 is outside the allowed range: 0 or [1e-150, 1e150]") !=
        std::string::npos);
  CHECK(refusal_message([&] { k.value(1e-310, 1.0); }).find("rho = 9.9999999999999694e-311") != std::string::npos);
  CHECK(refusal_message([&] { k.d_rho(1.0, 1e200); }).find("q = 9.9999999999999997e+199") != std::string::npos);
  CHECK(refusal_message([&] { k.d_rho(1.0, std::numeric_limits<double>::infinity()); }).find("q = inf") !=
        std::string::npos);
  CHECK(refusal_message([&] { k.value(std::nan(""), 1.0); }).find("rho = nan") != std::string::npos);
  std::vector<double> out;
  CHECK(refusal_message([&] { k.d_rho_sums({1.0}, {1.0, 2.0}, {1.0}, out); })
            .find("1 weights for 2 points y") != std::string::npos);
  CHECK(refusal_message([&] { k.value_sums({1.0, -2.0}, {1.0}, {1.0}, out); }).find("x = -2") != std::string::npos);
  CHECK(refusal_message([&] { k.shape(1.5); }).find("x = 1.5") != std::string::npos);
}

TEST_CASE("pair sums: the same bits for any number of threads (the symmetric path's chunks depend on n only)") {
  // Sums over 3000 x 3000 pairs are above the threshold where the loops run in parallel.
  const nwgf::analytic::radial::SphereKernel k(3, 1.5);
  std::vector<double> x(3000), w(3000);
  for (std::size_t i = 0; i < x.size(); ++i) {
    x[i] = 0.1 + 2.0 * std::pow((i + 0.5) / x.size(), 0.7);
    w[i] = 1.0 / x.size();
  }
  const int before = omp_get_max_threads();
  std::vector<std::vector<double>> same, distinct, values;
  for (const int threads : {1, 2, 3, 8}) {
    omp_set_num_threads(threads);
    std::vector<double> out;
    k.d_rho_sums(x, x, w, out);
    same.push_back(out);
    const std::vector<double> y(x.begin(), x.begin() + 2000), wy(w.begin(), w.begin() + 2000);
    k.d_rho_sums(x, y, wy, out);
    distinct.push_back(out);
    k.value_sums(x, x, w, out);
    values.push_back(out);
  }
  omp_set_num_threads(before);
  for (std::size_t t = 1; t < same.size(); ++t) {
    CHECK(same[t] == same[0]);
    CHECK(distinct[t] == distinct[0]);
    CHECK(values[t] == values[0]);
  }
}
