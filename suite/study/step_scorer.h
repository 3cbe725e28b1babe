#pragma once
// Scoring one step of a run against the exact flow and the exact scheme iterate, shared by the
// built-in cells (suite/study/run_cell.cc) and by `nwgf score` on another program's snapshots
// (suite/score/): analytic::StepScorer (analytic/step_metrics.h) with the step record's JSON
// (suite/study/run_cell.h), so the same points give the same numbers to the last bit.
#include <cstddef>
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "analytic/step_metrics.h"

namespace nwgf::suite {

class StepScorer {
 public:
  // See analytic::StepScorer: `scheme` is the exact scheme whose iterates a_n are compared with.
  StepScorer(int d, double r, double tau, double t0, int steps, std::optional<analytic::ExactScheme> scheme)
      : scorer_(d, r, tau, t0, steps, scheme), kind_(scorer_.scheme_scale_kind()) {}

  int steps() const { return scorer_.steps(); }
  double time(int n) const { return scorer_.time(n); }
  double exact_scale(int n) const { return scorer_.exact_scale(n); }
  std::optional<double> scheme_scale(int n) const { return scorer_.scheme_scale(n); }
  const std::string& scheme_scale_kind() const { return kind_; }  // jko | forward | none
  const analytic::Profile& profile() const { return scorer_.profile(); }

  // Metrics of the points x (count x d, row-major) at step n, as the step record's
  // "particles" / "chain" object.
  nlohmann::json metrics_json(int n, const double* x, std::size_t count) const;

 private:
  analytic::StepScorer scorer_;
  std::string kind_;
};

// The step record's Metrics object (non-finite numbers, and a missing scheme iterate, as null).
nlohmann::json metrics_to_json(const analytic::StepMetrics& m);
// Whether a Metrics object has finite mmd and radial_w2 (a failed step when not).
bool metrics_finite(const nlohmann::json& m);

}  // namespace nwgf::suite
