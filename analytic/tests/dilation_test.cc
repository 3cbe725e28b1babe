// Tests of analytic/dilation.h: the exact MMD between two dilations of eta*, against closed
// forms derived in the comments (docs/math.md section 3.1).
#include "analytic/dilation.h"

#include <algorithm>
#include <cmath>

#include <doctest/doctest.h>

using nwgf::analytic::dilation_mmd;

namespace {
constexpr double kQuad = 1e-6;  // relative: the 4096-node radial quadrature of dilation_mmd
constexpr double kPi = 3.14159265358979323846;
}  // namespace

TEST_CASE("dilation MMD from the Dirac: D^2(delta_0, gamma_b) = b^r (E||Y||^r - M2 / r)") {
  // d = 2, r = 1: E||Y|| = pi^2/16, M2 = pi^2/24 (docs/math.md section 3.1), so D^2 = b pi^2 / 48.
  const auto p2 = nwgf::analytic::make_profile(2, 1.0);
  for (double b : {0.3, 1.0, 2.0})
    CHECK(dilation_mmd(p2, 0.0, b) == doctest::Approx(std::sqrt(b * kPi * kPi / 48)).epsilon(kQuad));
  // d = 3, r = 1: sphere of radius 2/3: D^2 = b (2/3 - 4/9) = 2b/9.
  const auto p3 = nwgf::analytic::make_profile(3, 1.0);
  CHECK(dilation_mmd(p3, 0.0, 1.5) == doctest::Approx(std::sqrt(2 * 1.5 / 9)).epsilon(kQuad));
  CHECK(dilation_mmd(p2, 0.7, 0.7) == doctest::Approx(0.0));
}

TEST_CASE("dilation MMD in d = 1, r = 1 (uniform on [-1, 1]): D^2(a, b) = (a - b)^2 / (6 max(a, b))") {
  // E|U - V| for U ~ U[-a, a], V ~ U[-b, b], a <= b: b/2 + a^2/(6b); M2 = 1/3; hence D^2 above.
  const auto p = nwgf::analytic::make_profile(1, 1.0);
  for (double a : {0.5, 0.9, 0.999, 1.001, 1.1, 1.5}) {
    const double expected = std::abs(a - 1.0) / std::sqrt(6 * std::max(a, 1.0));
    CHECK_MESSAGE(dilation_mmd(p, a, 1.0) == doctest::Approx(expected).epsilon(1e-4), "a = ", a);
  }
}

