#pragma once
// `nwgf analytic --family line`: the exact line family (d = 1, r = 1; docs/math.md section 6)
// for one start, target and time: the exact flow's quantiles at the given levels and its MMD
// to the target, and with --tau the exact JKO and explicit Euler iterates at t, their
// quantiles and their W2 distance to the flow (suite/cli/cmd_analytic_line.cc).
#include <optional>
#include <string>

namespace nwgf::suite {

struct LineAnalyticArgs {
  std::string start = "dirac:0";  // start spec (analytic/line/specs.h)
  std::string target;             // target spec
  std::string levels = "0.1,0.25,0.5,0.75,0.9";  // quantile levels in (0, 1)
  double t = 1.0;                 // time of the exact flow, >= 0
  std::optional<double> tau;      // step size of both schemes
  std::optional<double> t0;       // the schemes start from the exact flow at t0 (default 0)
  bool json = false;
};

// Checks everything (UsageError, exit 2, nothing printed), then prints the table or JSON.
void run_analytic_line(const LineAnalyticArgs& args);

}  // namespace nwgf::suite
