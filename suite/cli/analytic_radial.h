#pragma once
// `nwgf analytic --family radial`: the radial family's reference (d >= 2, r in (0, 2),
// r + d >= 3; docs/math.md section 7) for one start, optional target and time: the radial
// quantiles of the reference flow at the given levels with their error estimates and its MMD to
// the target, and with --tau the exact JKO and explicit Euler iterates at t with their W2 to the
// flow (suite/cli/cmd_analytic_radial.cc).
#include <optional>
#include <string>

namespace nwgf::suite {

struct RadialAnalyticArgs {
  int d = 3;                      // dimension, >= 2
  double r = 1.0;                 // Riesz exponent, r + d >= 3
  std::string start;              // start spec (analytic/radial/radial_measure.h)
  std::string target;             // target spec; empty: F = E alone
  std::string levels = "0.1,0.25,0.5,0.75,0.9";  // quantile levels in (0, 1)
  double t = 1.0;                 // time (the Dirac family's time for a gamma:t0 start)
  std::optional<double> tau;      // step size of both schemes
  int reference_levels = 1024;    // N of the reference (the error estimate solves 2N)
  double tolerance = 1e-12;       // relative tolerance of the Runge-Kutta step control (the
                                  // error estimate's solve: a tenth of it); [1e-13, 1e-3]
  double max_seconds = 300;       // wall-time budget of the whole computation
  bool json = false;
};

// Checks everything (UsageError, exit 2, nothing printed), then computes and prints the table or
// JSON; a reference that stops (mass reaching the origin, the budget) is exit 1 with the reason.
void run_analytic_radial(const RadialAnalyticArgs& args);

}  // namespace nwgf::suite
