// The step record's metrics JSON (suite/study/step_scorer.h).
#include "suite/study/step_scorer.h"
#include "suite/common/json_number.h"

#include <cmath>

namespace nwgf::suite {

namespace {


}  // namespace

nlohmann::json StepScorer::metrics_json(int n, const double* x, std::size_t count) const {
  return metrics_to_json(scorer_.metrics(n, x, count));
}

nlohmann::json metrics_to_json(const analytic::StepMetrics& e) {
  nlohmann::json m;
  m["n"] = e.n;
  m["mmd"] = number_or_null(e.mmd);
  m["mmd2"] = number_or_null(e.mmd2);
  m["mmd_floor"] = number_or_null(e.mmd_floor);
  m["mmd_to_scheme"] = e.mmd_to_scheme ? number_or_null(*e.mmd_to_scheme) : nlohmann::json(nullptr);
  m["mmd_to_scheme_floor"] = e.mmd_to_scheme_floor ? number_or_null(*e.mmd_to_scheme_floor) : nlohmann::json(nullptr);
  m["radial_w2"] = number_or_null(e.radial_w2);
  m["m2_rel_error"] = number_or_null(e.m2_rel_error);
  m["energy_rel_error"] = number_or_null(e.energy_rel_error);
  return m;
}

bool metrics_finite(const nlohmann::json& m) { return m["mmd"].is_number() && m["radial_w2"].is_number(); }

}  // namespace nwgf::suite
