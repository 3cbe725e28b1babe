// The shared step-by-step run of one scheme (suite/study/scheme_cell.h).
#include "suite/study/scheme_cell.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <exception>

#include <fmt/format.h>

#include "neural/device.h"
#include "neural/fused/seeds.h"
#include "suite/common/provenance.h"
#include "suite/common/json_number.h"

namespace nwgf::suite {

namespace {

using json = nlohmann::json;
using Clock = std::chrono::steady_clock;

double seconds_since(Clock::time_point t0) { return std::chrono::duration<double>(Clock::now() - t0).count(); }

double median(std::vector<double> v) {
  if (v.empty()) return std::nan("");
  std::sort(v.begin(), v.end());
  const std::size_t k = v.size() / 2;
  return v.size() % 2 ? v[k] : 0.5 * (v[k - 1] + v[k]);
}


}  // namespace

SchemeCellRun::SchemeCellRun(const CellConfig& config, const RunOptions& options, int ensemble, int steps,
                             const std::string& progress_label)
    : config_(config), options_(options), ensemble_(ensemble),
      device_(neural::resolve_device(config.settings.device)),  // throws on cuda without a GPU
      steps_(steps),
      is_particle_(config.scheme == neural::Scheme::Particle),
      run_start_(Clock::now()),
      eval_gen_(neural::make_cpu_generator(neural::derive_seed(config.seed, 2))),
      progress_(progress_label, steps, options.quiet) {
  provenance_ = to_json(collect_provenance(neural::describe_device(device_), neural::current_threads()));
}

void SchemeCellRun::start_chain() {
  use_chain_ = !is_particle_ && config_.eval_samples > 0;
  if (use_chain_)
    eval_points_ =
        scheme_->chain().start().sample(config_.eval_samples, neural::derive_seed(config_.seed, 3)).to(device_);
}

const torch::Tensor& SchemeCellRun::chain_samples_at(int n) {
  eval_points_ = scheme_->chain().apply_link(n, eval_points_, eval_gen_);
  return eval_points_;
}

void SchemeCellRun::advance() {
  const Clock::time_point step_start = Clock::now();
  neural::StepOutcome outcome;
  try {
    if (!is_particle_) outcome.report = scheme_->step(config_.tau);
    else if (!flow_->step(config_.tau)) throw neural::NumericalFailure("particles are not finite after the step");
  } catch (...) {
    outcome.error = std::current_exception();
  }
  record_step(outcome, seconds_since(step_start), is_particle_ ? nullptr : &outcome.report);
}

void SchemeCellRun::advance_with(const neural::StepOutcome& outcome) {
  // The step was taken elsewhere (step_together): its wall time is the scheme's own training
  // and moving time (the members trained side by side).
  record_step(outcome, outcome.report.train_s + outcome.report.move_s, &outcome.report);
}

void SchemeCellRun::record_step(const neural::StepOutcome& outcome, double wall, const neural::StepReport* report) {
  const int n = n_ + 1;
  const double t = config_.t0 + n * config_.tau;
  if (outcome.error) {  // numerical failure or a refused step: recorded, not thrown
    std::string what = "unknown error";
    try {
      std::rethrow_exception(outcome.error);
    } catch (const std::exception& e) {
      what = e.what();
    } catch (...) {
    }
    status_ = "failed";
    failure_ = fmt::format("step {} (t = {}): {}", n, t, what);
    return;
  }
  // Saving the chain or scoring the step can fail too (a full disk, an allocation, a quadrature):
  // recorded like a failed step, so the cell ends with its reason and the steps before it.
  try {
    record_scored_step(n, t, wall, report);
  } catch (const std::exception& e) {
    status_ = "failed";
    failure_ = fmt::format("step {} (t = {}): {}", n, t, e.what());
  }
}

void SchemeCellRun::record_scored_step(int n, double t, double wall, const neural::StepReport* report) {
  json record;
  record["n"] = n;
  record["t"] = t;
  torch::Tensor points;
  if (is_particle_) {
    points = flow_->particles();
    record["loss"] = nullptr;
  } else {
    points = scheme_->particles();
    record["loss"] = report->loss;
    record["first_loss"] = report->first_loss;
    if (config_.scheme == neural::Scheme::Forward) {
      record["step_factor"] = report->factor;
      record["slope"] = report->slope;
    }
    iteration_us_.insert(iteration_us_.end(), report->iteration_us.begin(), report->iteration_us.end());
    if (!config_.chain_dir.empty()) scheme_->chain().save(config_.chain_dir);
  }
  record["wall_s"] = wall;
  step_wall_.push_back(wall);
  train_wall_ += wall;

  const Clock::time_point eval_start = Clock::now();
  score_step(n, t, points, record);
  eval_wall_ += seconds_since(eval_start);
  if (options_.on_step) options_.on_step(record);
  n_ = n;
  records_.push_back(record);
  last_particles_ = record["particles"];
  last_chain_ = record["chain"];
  progress_.update(n, progress_status(t, record));
  if (!metrics_finite(record["particles"]) || (use_chain_ && !metrics_finite(record["chain"]))) {
    status_ = "failed";
    failure_ = fmt::format("step {} (t = {}): metrics are not finite (diverged)", n, t);
  }
}

json SchemeCellRun::result() {
  progress_.finish(status_ == "ok" ? "" : "failed");
  json result;
  result["config"] = cell_config_to_json(config_);
  result["provenance"] = provenance_;
  json summary;
  summary["t"] = config_.T;
  summary["steps"] = steps_;
  summary["steps_completed"] = records_.size();
  summary["status"] = status_;
  summary["failure"] = failure_;
  summary["wall_s"] = seconds_since(run_start_);
  summary["train_wall_s"] = train_wall_;
  summary["eval_wall_s"] = eval_wall_;
  summary["iteration_median_us"] = is_particle_ ? json(nullptr) : number_or_null(median(iteration_us_));
  summary["step_median_s"] = number_or_null(median(step_wall_));
  const bool complete = status_ == "ok";
  summary["particles"] = complete ? last_particles_ : json(nullptr);
  summary["chain"] = complete ? last_chain_ : json(nullptr);
  summary["device"] = neural::describe_device(device_);
  summary["ensemble"] = ensemble_;  // cells trained side by side with this one (1: alone)
  add_summary(summary, complete);
  result["steps"] = records_;
  result["summary"] = summary;
  return result;
}

}  // namespace nwgf::suite
