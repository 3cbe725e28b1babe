#pragma once
// The references of a whole run of the radial family (docs/math.md section 7): for `steps` steps
// of size tau from the start, the reference flow at every t_n = n tau and the exact iterate of
// the scheme after every step, each as a LevelLaw with error estimates, computed once. The one
// computation behind every score of the family -- a built-in radial cell, `nwgf score` of another
// program's radial run folder, nwgf.score_radial in Python -- so the same points at the same step
// get the same numbers wherever they are scored (the flow is integrated with a stop at every
// t_n, so it must be the same list of stops everywhere).
#include <memory>
#include <optional>

#include "analytic/flow.h"  // ExactScheme
#include "analytic/radial/radial_iterates.h"
#include "analytic/radial/reference_flow.h"
#include "analytic/radial/step_scorer.h"

namespace nwgf::analytic::radial {

// Levels of the references a run is scored against (the error estimate solves twice as many):
// their W2 error estimates are 1e-8 or below on O(1) scales (docs/math.md 7.5), over 1e5 times
// below the errors of 1e3-1e4 particles they judge.
inline constexpr int kRunReferenceLevels = 256;
// Steps of a run at most: the output times the reference flow accepts (reference_flow.h).
inline constexpr int kMaxRunSteps = 100000;

struct RunReference {
  RadialReference flow;                 // snapshots[n - 1]: the flow at t_n = n tau
  std::optional<RadialReference> scheme;  // snapshots[n - 1]: the iterate after n steps
  std::shared_ptr<const RadialPotential> target;  // nu's tabulated quadrature measure
};

// problem.target required. steps in [1, kMaxRunSteps], tau > 0. scheme: JKO or explicit Euler (none: no iterate).
// std::invalid_argument on bad input, std::runtime_error when a reference stops (mass at the
// origin, its budget), naming the reason.
RunReference run_reference(const RadialProblem& problem, double tau, int steps,
                           std::optional<ExactScheme> scheme, int levels = kRunReferenceLevels);

// The step scorer of step n (1 <= n <= steps) of a run reference.
RadialStepScorer step_scorer(const RunReference& run, const SphereKernel& kernel, int n);

}  // namespace nwgf::analytic::radial
