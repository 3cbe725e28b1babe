#pragma once
// The verdict on one convergence curve, the first thing a report says (suite/report/report.cc,
// target_report.cc): the least-squares order in tau of the measured error against the order
// expected of the scheme (its exact iterate's, analytic and noise-free), and the error at the
// smallest tau against its noise floor, in a few words.
#include <limits>
#include <string>

#include "suite/report/order_caveat.h"

namespace nwgf::suite {

// Orders within this of the expected one (or within two standard errors, when larger) agree: with
// step sizes halved, 0.15 in the order is 11 % in the error ratio between neighbouring step sizes
// (2^0.15 = 1.11), about the seed-to-seed spread of a trained scheme's error.
inline constexpr double kOrderAgreement = 0.15;

struct VerdictInput {
  double order = std::numeric_limits<double>::quiet_NaN();     // measured least-squares order (NaN: no fit)
  double order_stderr = std::numeric_limits<double>::quiet_NaN();
  double expected = std::numeric_limits<double>::quiet_NaN();  // the exact scheme iterate's order (NaN: none)
  std::string no_expected;   // why there is none (e.g. "exact in time"), used when expected is NaN
  double error = std::numeric_limits<double>::quiet_NaN();     // at the smallest step size
  double floor = std::numeric_limits<double>::quiet_NaN();     // its noise floor (NaN: none)
  std::string error_name = "error";  // what error and floor measure, in the words ("MMD")
  FloorCaveat caveat = FloorCaveat::Unknown;                   // of the errors the order was fitted to
};

// The verdict in words, e.g. "at the floor: no order can be read", "follows the expected order;
// MMD 2× floor", "order 0.31 below the expected", "exact in time: no order expected; MMD 0.62× floor".
std::string verdict_text(const VerdictInput& v);

// One line of a report's Verdict table.
struct VerdictRow {
  std::string study;     // the results file's name in a comparison ("" in a study's own report)
  std::string family;    // "Dirac", "line", "radial"
  std::string where;     // the case: "d = 2, r = 1.5" or a section's name
  std::string label;     // the scheme or external solver
  std::string order;     // the measured order with its metric and caveat, e.g. "0.89 ± 0.02 (MMD)"
  std::string expected;  // the exact scheme iterate's order, or "–"
  std::string at_smallest_tau;  // the errors at the smallest step size, e.g. "MMD 0.0237, floor 0.0119"
  std::string verdict;   // verdict_text
  FloorCaveat caveat = FloorCaveat::Unknown;
};

}  // namespace nwgf::suite
