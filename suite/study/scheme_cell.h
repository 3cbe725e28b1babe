#pragma once
// What every cell that runs one scheme step by step shares (the Dirac-family cells of
// suite/study/run_cell.cc and the line-family cells of suite/study/line_cell.cc): the neural
// scheme or particle flow, taking or receiving each step, recording a failed step instead of
// throwing, the step record's training fields and timings, the fresh chain samples advanced one
// link per step, progress, the "diverged" check, and the summary fields of suite/study/run_cell.h
// that do not depend on the family. A family builds the scheme (its start and functional),
// scores each step against its exact references and adds its own summary fields.
#include <memory>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>
#include <torch/torch.h>

#include "neural/particle_flow.h"
#include "suite/common/progress.h"
#include "suite/study/cell_stepper.h"
#include "suite/study/run_cell.h"

namespace nwgf::suite {

class SchemeCellRun : public CellStepper {
 public:
  bool finished() const override { return status_ != "ok" || n_ >= steps_; }
  neural::NeuralScheme* neural_scheme() override { return scheme_.get(); }
  void advance() override;
  void advance_with(const neural::StepOutcome& outcome) override;
  nlohmann::json result() override;

 protected:
  // Resolves the device (throws on cuda without a GPU) and records the provenance; the derived
  // constructor then sets scheme_ or flow_ and calls start_chain().
  SchemeCellRun(const CellConfig& config, const RunOptions& options, int ensemble, int steps,
                const std::string& progress_label);

  // Fresh chain samples (eval_samples of them, seed derive_seed(seed, 3)) from the chain's start,
  // when the scheme is neural and eval_samples > 0.
  void start_chain();
  // The chain samples advanced to step n (one link; each marginal is exactly the law of the
  // chain's x_n, the same draws carried along, so successive steps' samples are correlated,
  // which is harmless for per-step metrics). Only with use_chain_.
  const torch::Tensor& chain_samples_at(int n);

  // Scores step n at t: the family's fields of the record, "particles" and "chain" (null
  // without use_chain_) included. Its time counts as evaluation.
  virtual void score_step(int n, double t, const torch::Tensor& points, nlohmann::json& record) = 0;
  // Whether a LineMetrics / Metrics object of this family is finite enough to go on.
  virtual bool metrics_finite(const nlohmann::json& metrics) const = 0;
  // The progress line's status after step n.
  virtual std::string progress_status(double t, const nlohmann::json& record) const = 0;
  // The family's fields of the summary (complete: every step ran and scored finite).
  virtual void add_summary(nlohmann::json& summary, bool complete) = 0;

  CellConfig config_;
  RunOptions options_;
  int ensemble_;
  torch::Device device_;
  int steps_;
  bool is_particle_;
  std::unique_ptr<neural::NeuralScheme> scheme_;
  std::unique_ptr<neural::ParticleFlow> flow_;
  bool use_chain_ = false;

 private:
  // Records step n_ + 1 (report: the neural step's report, nullptr for the particle flow).
  void record_step(const neural::StepOutcome& outcome, double wall, const neural::StepReport* report);
  // The step's record: the chain saved, the step scored, the record kept (record_step turns an
  // exception of any of these into the cell's failure).
  void record_scored_step(int n, double t, double wall, const neural::StepReport* report);

  std::chrono::steady_clock::time_point run_start_;
  nlohmann::json provenance_;
  torch::Tensor eval_points_;
  at::Generator eval_gen_;
  Progress progress_;
  int n_ = 0;  // steps recorded
  nlohmann::json records_ = nlohmann::json::array();
  std::string status_ = "ok";
  nlohmann::json failure_ = nullptr;
  double train_wall_ = 0, eval_wall_ = 0;
  std::vector<double> iteration_us_, step_wall_;
  nlohmann::json last_particles_ = nullptr, last_chain_ = nullptr;
};

}  // namespace nwgf::suite
