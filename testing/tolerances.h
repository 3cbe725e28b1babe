#pragma once
// Named tolerances for the doctest suites, and checks that print what they compared.
//
// Header-only, needs doctest and analytic/format_value.h only (no LibTorch), so every test folder
// can include it ("testing/tolerances.h"; the source root is on every target's include path).
//
// Units. With CHECK_REL / REQUIRE_REL a tolerance is dimensionless:
//   |computed - expected| <= tol * |expected|.
// With CHECK_ABS / REQUIRE_ABS it is in the unit of the quantity checked:
//   |computed - expected| <= tol,
// meant for quantities of order 1 (or a known scale, stated at the check), and for expected
// values of 0, where a relative tolerance means nothing.
//
// On failure the checks print the expression, expected, computed, their distance and the
// relative distance at 17 significant digits (enough to read back each double exactly), and the
// tolerance with its kind.
#include <cmath>
#include <string>

#include <doctest/doctest.h>

#include "analytic/format_value.h"  // format_double: 17 significant digits

namespace nwgf::tolerance {

// Where the error comes from, smallest first. A double has a unit roundoff of 1.1e-16.
// A closed form against another closed form, or a sum of a few terms: a few hundred ulps.
inline constexpr double kClosedForm = 1e-13;
// Double sums of up to ~1e4 terms taken in different orders; least-squares fits of exact power
// laws (one log/exp rounding per point).
inline constexpr double kRoundoff = 1e-12;
// Adaptive quadrature (requested to 1e-12 or better) against quadrature or a closed form.
inline constexpr double kQuadrature = 1e-11;
// float64 networks: a forward and backward pass of an MLP, the same arithmetic in another order
// (the fused engine against LibTorch).
inline constexpr double kNetwork = 1e-11;
// float64 losses and gradients summed over ~1e4 pairs in different orders.
inline constexpr double kPairSums = 1e-10;

inline bool within_abs(double computed, double expected, double tol) {
  return std::abs(computed - expected) <= tol;
}
inline bool within_rel(double computed, double expected, double tol) {
  return std::abs(computed - expected) <= tol * std::abs(expected);
}

// The failure message: both values, their distance (absolute and relative) and the tolerance.
inline std::string describe(const char* expression, double computed, double expected, double tol,
                            const char* kind) {
  using ::nwgf::analytic::format_double;
  const double distance = std::abs(computed - expected);
  return std::string(expression) + ": expected " + format_double(expected) + ", computed " +
         format_double(computed) + ", distance " + format_double(distance) + " (relative " +
         format_double(distance / std::abs(expected)) + "), tolerance " + format_double(tol) + " " + kind;
}

}  // namespace nwgf::tolerance

// CHECK_REL(computed, expected, tol): |computed - expected| <= tol |expected| (tol dimensionless).
#define NWGF_TOLERANCE_ASSERT(level, within, kind, computed, expected, tol)                        \
  do {                                                                                             \
    const double nwgf_computed_ = (computed), nwgf_expected_ = (expected), nwgf_tol_ = (tol);      \
    DOCTEST_##level##_MESSAGE(::nwgf::tolerance::within(nwgf_computed_, nwgf_expected_, nwgf_tol_), \
                              ::nwgf::tolerance::describe(#computed, nwgf_computed_,               \
                                                          nwgf_expected_, nwgf_tol_, kind));       \
  } while (false)

#define CHECK_REL(computed, expected, tol) \
  NWGF_TOLERANCE_ASSERT(CHECK, within_rel, "(relative)", computed, expected, tol)
#define REQUIRE_REL(computed, expected, tol) \
  NWGF_TOLERANCE_ASSERT(REQUIRE, within_rel, "(relative)", computed, expected, tol)
// CHECK_ABS(computed, expected, tol): |computed - expected| <= tol (tol in the quantity's unit).
#define CHECK_ABS(computed, expected, tol) \
  NWGF_TOLERANCE_ASSERT(CHECK, within_abs, "(absolute)", computed, expected, tol)
#define REQUIRE_ABS(computed, expected, tol) \
  NWGF_TOLERANCE_ASSERT(REQUIRE, within_abs, "(absolute)", computed, expected, tol)
