#pragma once
// A deterministic stand-in for suite::run_cell in the sweep tests: a cell result of the documented
// shape (suite/study/run_cell.h) whose metrics are simple known functions of (tau, seed), so sweeps,
// resumes, shards and merges can be checked quickly and exactly. It does not train anything.
//   mmd = 0.1 sqrt(tau) (1 + 0.1 seed), other metrics proportional; floors fixed;
//   final_points: 64 exact samples of gamma(T).
#include <cmath>

#include <nlohmann/json.hpp>

#include "analytic/flow.h"
#include "analytic/profile.h"
#include "suite/study/run_cell.h"

namespace nwgf::suite::testing {

inline nlohmann::json fake_metrics(double tau, std::uint64_t seed, int n) {
  const double mmd = 0.1 * std::sqrt(tau) * (1.0 + 0.1 * static_cast<double>(seed));
  return {{"n", n},          {"mmd", mmd},           {"mmd2", mmd * mmd},
          {"mmd_floor", 1e-3}, {"mmd_to_scheme", 0.5 * mmd}, {"mmd_to_scheme_floor", 1e-3},
          {"radial_w2", 0.3 * tau}, {"m2_rel_error", -0.2 * tau}, {"energy_rel_error", 0.1 * tau * tau}};
}

inline nlohmann::json fake_run_cell(const CellConfig& c, const RunOptions& options) {
  const int steps = analytic::step_count(c.t0, c.T, c.tau);
  nlohmann::json result;
  result["config"] = cell_config_to_json(c);
  result["provenance"] = {{"git_commit", "test"}, {"compiler", "test"}, {"libtorch_version", "0"},
                          {"device", "cpu"},      {"threads", 1},       {"start_time", "2026-01-01T00:00:00Z"}};
  nlohmann::json records = nlohmann::json::array();
  for (int n = 1; n <= steps; ++n) {
    const double t = c.t0 + n * c.tau;
    nlohmann::json step = {{"n", n},
                           {"t", t},
                           {"exact_scale", analytic::flow_scale(c.r, t)},
                           {"scheme_scale", analytic::flow_scale(c.r, t)},
                           {"loss", c.scheme == nwgf::neural::Scheme::Particle ? nlohmann::json(nullptr) : nlohmann::json(0.5)},
                           {"wall_s", 0.01},
                           {"particles", fake_metrics(c.tau, c.seed, c.particles)},
                           {"chain", nullptr}};
    if (options.on_step) options.on_step(step);
    records.push_back(step);
  }
  result["steps"] = records;
  result["summary"] = {{"t", c.T},
                       {"steps", steps},
                       {"status", "ok"},
                       {"failure", nullptr},
                       {"wall_s", 0.01 * steps},
                       {"train_wall_s", 0.008 * steps},
                       {"eval_wall_s", 0.002 * steps},
                       {"iteration_median_us", c.scheme == nwgf::neural::Scheme::Particle ? nlohmann::json(nullptr) : nlohmann::json(900.0)},
                       {"step_median_s", 0.01},
                       {"particles", fake_metrics(c.tau, c.seed, c.particles)},
                       {"chain", nullptr}};
  const auto profile = analytic::make_profile(c.d, c.r);
  const double a = analytic::flow_scale(c.r, c.T);
  const auto x = analytic::sample_profile(profile, 64, c.seed + 1);
  nlohmann::json points = nlohmann::json::array();
  for (std::size_t i = 0; i < 64; ++i) {
    nlohmann::json row = nlohmann::json::array();
    for (int k = 0; k < c.d; ++k) row.push_back(a * x[i * c.d + k]);
    points.push_back(row);
  }
  result["summary"]["final_points"] = points;
  return result;
}

}  // namespace nwgf::suite::testing
