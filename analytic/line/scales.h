#pragma once
// The scales the exact line family resolves (docs/math.md section 6.5): a start, a target and a
// time horizon T (the flow's time, or the last time a scorer scores) are refused up front,
// with the value and the allowed range, where the double-precision computations of
// analytic/line/ cannot meet their stated accuracy in bounded time. Length unit: the flow's
// own scale U = max(start width, 2T) (levels move at speed <= 2, so 2T bounds every level's
// travel). Rules (each measured, see docs/math.md 6.5):
//   - every spec number, T and U: 0 or a magnitude in [1e-100, 1e100] (squares of positions
//     and lengths, which W2 integrates, stay normal doubles);
//   - the start's positions within 1e6 U of 0, 1e3 U toward a Gaussian (positions carry a
//     rounding of 1.1e-16 of their magnitude; the MMD quadrature integrates the flow's CDF,
//     which has steps of that size: at 5e9 U toward atoms and 5e4 U toward a Gaussian, whose
//     flow CDF is a root of the flow's quantile, it did not converge);
//   - every rising piece of a piecewise linear target (a uniform's [a, b]) at least 1e-6 of
//     its ends' magnitude wide (its CDF carries the rounding of x - a, 1.1e-16 |a| / (b - a); at
//     2e-8 the MMD quadrature stopped at its budget, at 1e-7 it converged), and a Gaussian
//     target's sigma at least 1e-6 of |m| for the same reason;
//   - toward a Gaussian N(m, sigma^2): D = max |start point - m| + 9 sigma (the farthest
//     distance from a start point to a rest point Q_nu(s), |Q_nu(s) - m| < 9 sigma for the
//     levels the code evaluates) at most 1e2 U, since the per-level solve resolves a level to
//     about 1e-15 D and the MMD and W2 quadratures ask 1e-12 of the flow's scale; and
//     max |start point - m| at most 1e4 sigma (the per-level solve converges further out, but
//     the MMD's quadratures slow down: 20 s at 1e8 sigma, the budget at 1e12 sigma).
// Inside the range the computations end within their budgets (QuadratureTolerance::max_pieces,
// the Gaussian solve's Newton steps); the corners where a quadrature still stops at its budget
// with an error are listed in docs/math.md 6.5.
// With T = 0 nothing moves and only the magnitudes are checked. No I/O.
#include <string>
#include <utility>

#include "analytic/line/measure.h"

namespace nwgf::analytic::line {

inline constexpr double kMaxMagnitude = 1e100;       // largest spec number, T and U
inline constexpr double kMinMagnitude = 1e-100;      // smallest nonzero one
inline constexpr double kPositionResolution = 1e6;   // |start position| <= this x U
inline constexpr double kGaussianPositionResolution = 1e3;  // the same toward a Gaussian
inline constexpr double kPieceResolution = 1e-6;     // rising target piece width >= this x |end|
inline constexpr double kGaussianReach = 1e2;        // D <= this x U
inline constexpr double kGaussianTail = 1e4;         // |start point - m| <= this x sigma
inline constexpr double kRestPointSigmas = 9.0;      // |Q_nu(s) - m| < 9 sigma for s in [2^-60, 1 - 2^-53]

// The interval the rules measure a start by: its support when bounded; for a start with
// Gaussian components (unbounded) the hull of its knots and m_g -/+ 9 sigma_g
// (kRestPointSigmas: the levels the code evaluates lie within, as for a Gaussian target's rest
// points). The start width is its length.
std::pair<double, double> start_extent(const LineMeasure& start);

// U = max(start width, 2 horizon).
double flow_scale(const LineMeasure& start, double horizon);

// "" when start, target and horizon are within the rules above; otherwise one line naming the
// offending value and the allowed range. Start positions are those of start_extent; a target's
// Gaussian components (a Gaussian, or those of a mixture) each meet the Gaussian rules, and its
// piecewise linear part the rule of rising pieces.
std::string scale_problem(const LineMeasure& start, const LineMeasure& target, double horizon);

// Throws std::invalid_argument with scale_problem's line, prefixed by `context` (e.g. the
// specs as the user wrote them), when it is not empty.
void check_scales(const LineMeasure& start, const LineMeasure& target, double horizon,
                  const std::string& context);

}  // namespace nwgf::analytic::line
