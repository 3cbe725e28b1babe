#pragma once
// What a cell of every family toward a target shares (suite/study/target_family.h): one scheme
// (neural backward or forward with the target term, or the particle flow) started on the family's
// start points and scored after every step by the family's FamilyStepScorer -- its reference
// fields, the metrics of the particles and of the chain samples, quantile snapshots at the steps
// nearest T/4, T/2, 3T/4 and T -- with the summary fields "start" (the family's name),
// "scheme_reference", "quantiles" and, when every step ran, "final_points" (the particles at T). A family's cell (suite/study/line_cell.cc,
// radial_cell.cc) builds its scorer, computes its start points and target term, and calls
// start_scheme; it may add summary fields of its own (add_family_summary).
#include <algorithm>
#include <cmath>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include <fmt/format.h>
#include <nlohmann/json.hpp>
#include <torch/torch.h>

#include "neural/fused/seeds.h"
#include "neural/particle_flow.h"
#include "neural/scheme_factory.h"
#include "suite/study/scheme_cell.h"
#include "suite/study/scheme_descriptor.h"
#include "suite/study/target_family.h"

namespace nwgf::suite {

// The points of a tensor (N x d), row-major, as doubles.
std::vector<double> row_major_points(const torch::Tensor& x);
// The first max_rows points of a tensor (N x d) as rows of d numbers: summary.final_points.
nlohmann::json final_points_json(const torch::Tensor& x, std::size_t max_rows);
// Rows of a target cell's summary.final_points (a sweep keeps fewer, suite/study/sweep.h).
inline constexpr std::size_t kTargetFinalPointsMax = 2000;

template <class Scorer>
class TargetCellRun : public SchemeCellRun {
 protected:
  // Scorer(config, exact iterate of config.scheme, steps): the family's FamilyStepScorer.
  TargetCellRun(const TargetFamily& family, const CellConfig& config, const RunOptions& options, int ensemble,
                const std::string& progress_label)
      : SchemeCellRun(config, options, ensemble, static_cast<int>(std::llround((config.T - config.t0) / config.tau)),
                      progress_label),
        family_(family),
        scorer_(config, exact_scheme_of(config.scheme), steps_) {}

  // Builds the scheme on `start` (m x d) with `functional` (its r and target term), seed
  // derive_seed(seed, 1) for a neural scheme, then the chain's samples and the snapshot steps.
  void start_scheme(const torch::Tensor& start, const neural::RieszFunctional& functional) {
    if (is_particle_) {
      flow_ = std::make_unique<neural::ParticleFlow>(functional, start, device_);
    } else {
      const neural::NeuralSchemeSpec spec =
          neural::neural_scheme_spec(config_.scheme, static_cast<int>(start.size(1)), config_.settings);
      scheme_ = neural::make_neural_scheme(spec, functional, neural::ChainStart::uniform_on(start), start, device_,
                                           neural::derive_seed(config_.seed, 1));
    }
    start_chain();
    for (int k = 1; k <= 4; ++k) snapshot_steps_.insert(std::max(1, static_cast<int>(std::lround(k * steps_ / 4.0))));
  }

  // Summary fields of the family beyond start, scheme_reference and quantiles.
  virtual void add_family_summary(nlohmann::json& /*summary*/) {}

  const TargetFamily& family_;
  Scorer scorer_;

 private:
  void score_step(int n, double /*t*/, const torch::Tensor& points, nlohmann::json& record) override {
    scorer_.add_reference_fields(n, record);
    std::vector<double> x = row_major_points(points);
    record["particles"] = scorer_.metrics(n, x);
    record["chain"] = use_chain_ ? scorer_.metrics(n, row_major_points(chain_samples_at(n))) : nlohmann::json(nullptr);
    if (snapshot_steps_.count(n)) quantiles_.push_back(scorer_.quantile_snapshot(n, std::move(x)));
  }

  bool metrics_finite(const nlohmann::json& metrics) const override { return family_.metrics_finite(metrics); }

  // "t=0.5 w2=0.012 mmd=0.013 (floor 0.02)", the family's first metric first.
  std::string progress_status(double t, const nlohmann::json& record) const override {
    const auto number = [](const nlohmann::json& v) { return v.is_number() ? v.get<double>() : NAN; };
    const nlohmann::json& p = record["particles"];
    const std::string& w2 = family_.metrics.front().metric;
    return fmt::format("t={:.3g} {}={:.3g} mmd={:.3g} (floor {:.3g})", t, w2, number(p[w2]), number(p["mmd"]),
                       number(p["mmd_floor"]));
  }

  void add_summary(nlohmann::json& summary, bool complete) override {
    summary["start"] = family_.name;
    summary["scheme_reference"] = scorer_.scheme_reference();
    summary["quantiles"] = quantiles_;
    if (complete)  // the particles at T: the study's self-convergence reads them
      summary["final_points"] = final_points_json(is_particle_ ? flow_->particles() : scheme_->particles(),
                                                  kTargetFinalPointsMax);
    add_family_summary(summary);
  }

  std::set<int> snapshot_steps_;
  nlohmann::json quantiles_ = nlohmann::json::array();
};

}  // namespace nwgf::suite
