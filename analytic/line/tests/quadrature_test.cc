// Tests of analytic/line/quadrature.h: the adaptive Gauss-Kronrod driver against integrals known
// in closed form, and its budget: an integrand noisier than the tolerance (which would be
// bisected to the depth limit everywhere, 2^30 pieces) stops after max_pieces pieces with an
// error that names the interval, instead of running for hours.
#include <doctest/doctest.h>

#include <cmath>
#include <cstdint>
#include <cstring>
#include <stdexcept>
#include <string>

#include "analytic/line/quadrature.h"

using nwgf::analytic::line::detail::adaptive_gk;
using nwgf::analytic::line::detail::adaptive_gk_split;
using nwgf::analytic::line::detail::QuadratureTolerance;

namespace {

// Deterministic noise in [-1, 1] from the bits of x (splitmix64): no two nearby abscissae agree,
// so no bisection makes the GK error estimate smaller.
double noise(double x) {
  std::uint64_t z;
  static_assert(sizeof z == sizeof x);
  std::memcpy(&z, &x, sizeof z);
  z += 0x9E3779B97F4A7C15ULL;
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
  z ^= z >> 31;
  return static_cast<double>(z >> 11) * 0x1.0p-52 - 1.0;
}

}  // namespace

TEST_CASE("smooth integrands and a listed kink: closed forms to the tolerance") {
  const QuadratureTolerance tol;
  CHECK(std::abs(adaptive_gk([](double x) { return std::exp(x); }, 0.0, 1.0, tol) - (std::exp(1.0) - 1.0)) < 1e-14);
  // |x - 1/3| on [0, 1]: 1/18 + 2/9 = 5/18, exact when the kink is a break, adaptive otherwise.
  auto kink = [](double x) { return std::abs(x - 1.0 / 3.0); };
  CHECK(std::abs(adaptive_gk_split(kink, 0.0, 1.0, {1.0 / 3.0}, tol) - 5.0 / 18.0) < 1e-15);
  CHECK(std::abs(adaptive_gk(kink, 0.0, 1.0, tol) - 5.0 / 18.0) < 1e-13);
}

TEST_CASE("an integrand noisier than the tolerance stops at the budget with an error naming it") {
  QuadratureTolerance tol;  // rel 1e-13, abs 1e-28 per unit length: noise of 1e-6 is far above
  long evaluations = 0;
  auto noisy = [&](double x) {
    ++evaluations;
    return 1.0 + 1e-6 * noise(x);
  };
  std::string message;
  try {
    adaptive_gk(noisy, 0.0, 1.0, tol);
  } catch (const std::runtime_error& e) {
    message = e.what();
  }
  CAPTURE(message);
  CHECK(message.find("did not reach its tolerance within 4096 pieces") != std::string::npos);
  CHECK(message.find("[0, 1]") != std::string::npos);
  // 15 evaluations per piece, the first piece included; without the budget 2^31 pieces.
  CHECK(evaluations <= 15 * (tol.max_pieces + 1));
  // A smaller budget is honoured the same way.
  tol.max_pieces = 64;
  evaluations = 0;
  CHECK_THROWS_AS(adaptive_gk(noisy, 0.0, 1.0, tol), std::runtime_error);
  CHECK(evaluations <= 15 * (64 + 1));
}
