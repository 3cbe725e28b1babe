// The references of a whole radial run (analytic/radial/run_reference.h).
#include "analytic/radial/run_reference.h"

#include <stdexcept>
#include <string>
#include <vector>

namespace nwgf::analytic::radial {

RunReference run_reference(const RadialProblem& problem, double tau, int steps, std::optional<ExactScheme> scheme,
                           int levels) {
  if (!problem.target) throw std::invalid_argument("a radial run needs a target");
  if (!(tau > 0) || steps < 1 || steps > kMaxRunSteps)
    throw std::invalid_argument("a radial run needs tau > 0 and steps in [1, " + std::to_string(kMaxRunSteps) +
                                "], got tau = " + std::to_string(tau) + ", steps = " + std::to_string(steps));
  ReferenceOptions options;
  options.levels = levels;
  std::vector<double> times;
  std::vector<int> output_steps;
  for (int n = 1; n <= steps; ++n) {
    times.push_back(n * tau);
    output_steps.push_back(n);
  }
  RunReference run;
  run.flow = reference_flow(problem, times, {}, options);
  if (scheme)
    run.scheme = radial_iterates(problem, *scheme == ExactScheme::Jko ? RadialScheme::kJko : RadialScheme::kExplicitEuler,
                                 tau, output_steps, {}, options);
  run.target = make_target_potential(SphereKernel(problem.d, problem.r), *problem.target);
  return run;
}

RadialStepScorer step_scorer(const RunReference& run, const SphereKernel& kernel, int n) {
  if (n < 1 || n > static_cast<int>(run.flow.snapshots.size()))
    throw std::invalid_argument("step " + std::to_string(n) + " is outside the run's steps [1, " +
                                std::to_string(run.flow.snapshots.size()) + "]");
  const std::size_t i = static_cast<std::size_t>(n - 1);
  std::optional<LevelLaw> scheme;
  if (run.scheme) scheme = run.scheme->snapshots.at(i).law;
  return RadialStepScorer(kernel, run.flow.snapshots[i].law, std::move(scheme), run.target);
}

}  // namespace nwgf::analytic::radial
