// One cell: a scheme run step by step from delta_0 or gamma(t0), scored after every step
// (suite/study/run_cell.h fixes the contract and the result JSON).
#include "suite/study/run_cell.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include <fmt/format.h>
#include <torch/torch.h>

#include "analytic/empirical_error.h"
#include "analytic/flow.h"
#include "analytic/profile.h"
#include "neural/device.h"
#include "neural/particle_flow.h"
#include "neural/scheme_factory.h"
#include "neural/fused/seeds.h"
#include "suite/common/errors.h"
#include "suite/common/message_limits.h"
#include "suite/common/format.h"
#include "suite/common/progress.h"
#include "suite/common/whole_number.h"
#include "suite/common/provenance.h"
#include "suite/study/cell_stepper.h"
#include "suite/study/target_family.h"
#include "suite/study/scheme_cell.h"
#include "suite/study/settings_names.h"
#include "suite/study/step_scorer.h"
#include "suite/study/scheme_descriptor.h"

namespace nwgf::suite {

namespace {

using json = nlohmann::json;

constexpr int kFinalPointsMax = 2000;  // summary.final_points: at most this many rows


// Independent seeds for the start sample (stream 0), the scheme (1), the chain evaluation's draws
// (2) and its start sample (3): neural::derive_seed of the cell seed.
using neural::derive_seed;

torch::Tensor to_cpu_double(const torch::Tensor& x) {
  return x.detach().to(torch::kCPU, torch::kFloat64).contiguous();
}

json points_json(const torch::Tensor& x, int max_rows) {
  const torch::Tensor c = to_cpu_double(x);
  const std::int64_t rows = std::min<std::int64_t>(c.size(0), max_rows);
  const double* p = c.data_ptr<double>();
  json out = json::array();
  for (std::int64_t i = 0; i < rows; ++i) {
    json row = json::array();
    for (std::int64_t k = 0; k < c.size(1); ++k) row.push_back(p[i * c.size(1) + k]);
    out.push_back(row);
  }
  return out;
}

}  // namespace

std::optional<std::string> flow_range_problem(const CellConfig& c) {
  if (c.family != kDiracFamily || c.d < 1 || c.d > CellBounds::kMaxDimension || !(c.r > 0 && c.r < 2) ||
      !(c.tau > 0) || !(c.t0 >= 0) || !(c.T > c.t0) || !std::isfinite(c.T))
    return std::nullopt;  // the cell's own checks name what is wrong
  try {
    analytic::check_flow_resolved(analytic::make_profile(c.d, c.r), analytic::first_scored_time(c.t0, c.tau), c.T);
  } catch (const std::invalid_argument& e) {
    return std::string(e.what());
  }
  return std::nullopt;
}

std::vector<std::string> cell_problems(const CellConfig& c) {
  using neural::Scheme;
  std::vector<std::string> out;
  const auto range = [&](const char* key, long long v, long long low, long long high) {
    if (v < low || v > high)
      out.push_back(fmt::format("'{}' = {} is outside the allowed range [{}, {}]", key, v, low, high));
  };
  range("d", c.d, 1, CellBounds::kMaxDimension);
  if (!(c.r > 0 && c.r < 2)) out.push_back("'r' = " + format_double(c.r) + " is outside the allowed range (0, 2)");
  bool times = true;
  if (!(c.tau > 0) || !std::isfinite(c.tau)) {
    out.push_back("'tau' = " + format_double(c.tau) + " is outside the allowed range (0, inf)");
    times = false;
  }
  if (!(c.t0 >= 0) || !std::isfinite(c.t0)) {
    out.push_back("'t0' = " + format_double(c.t0) + " is outside the allowed range [0, inf)");
    times = false;
  }
  if (times && (!(c.T > c.t0) || !std::isfinite(c.T))) {
    out.push_back("'T' = " + format_double(c.T) + " is outside the allowed range (t0, inf) with t0 = " + format_double(c.t0));
    times = false;
  }
  if (times) {
    try {
      analytic::step_count(c.t0, c.T, c.tau);
    } catch (const std::invalid_argument& e) {
      out.push_back(std::string("(T - t0)/tau must be a whole number of steps: ") + e.what());
    }
  }
  if (times)
    if (auto problem = flow_range_problem(c)) out.push_back(std::move(*problem));
  if (c.scheme == Scheme::Forward && c.r != 1.0 && c.t0 == 0.0 && c.r > 0 && c.r < 2)
    out.push_back("forward scheme with r = " + format_double(c.r) +
                  " from delta_0 (t0 = 0) is undefined: the slope at a Dirac is " +
                  (c.r > 1 ? "0 (it never moves)" : "infinite") +
                  " (docs/math.md section 3.3); give t0 > 0 or use r = 1");
  range("particles", c.particles, c.scheme == Scheme::Particle ? 2 : 1, CellBounds::kMaxParticles);
  range("eval_samples", c.eval_samples, 0, CellBounds::kMaxEvalSamples);
  if (c.seed > CellBounds::kMaxSeed)
    out.push_back(fmt::format("'seed' = {} is outside the allowed range [0, {}]", c.seed, CellBounds::kMaxSeed));
  for (auto& p : neural::settings_problems(c.settings)) out.push_back(std::move(p));
  for (auto& p : neural::scheme_settings_problems(c.scheme, c.settings, c.particles)) out.push_back(std::move(p));
  if (c.family != kDiracFamily) {
    const TargetFamily* family = target_family(c.family);
    if (!family)
      out.push_back("'family' = " + excerpt(c.family) + " is not one of " + family_names());
    else
      for (auto& p : family->cell_problems(c)) out.push_back(std::move(p));  // its d, r, specs, scales
  } else if (!c.start.empty() || !c.target.empty()) {
    out.push_back("'start' and 'target' are keys of cells toward a target only (give \"family\": one of " +
                  family_names() + ")");
  }
  return out;
}

void validate(const CellConfig& c) {
  const auto problems = cell_problems(c);
  if (!problems.empty()) throw UsageError(problems.front());
}

double cell_memory_estimate_bytes(const CellConfig& c) {
  const double d = c.d, m = c.particles, n = c.eval_samples;
  const neural::SchemeSettings& s = c.settings;
  const double in = d + (s.latent > 0 ? s.latent : d);
  const double parameters = in * s.width + (s.depth - 1.0) * s.width * s.width + s.width * d + s.depth * s.width + d;
  const double batch = std::max<double>(s.batch, s.step_batch);
  return 8.0 * (6.0 * m * d + 4.0 * n * d + 4.0 * batch * (d + s.width)) + 4.0 * 3.0 * parameters;
}

json cell_config_to_json(const CellConfig& c) {
  const neural::SchemeSettings& s = c.settings;
  json j{{"scheme", neural::scheme_name(c.scheme)}, {"d", c.d},
         {"r", c.r},             {"tau", c.tau},
         {"T", c.T},             {"t0", c.t0},
         {"iters", s.iters},     {"batch", s.batch},
         {"particles", c.particles}, {"eval_samples", c.eval_samples},
         {"seed", c.seed},       {"device", neural::device_name(s.device)},
         {"threads", s.threads}, {"width", s.width},
         {"depth", s.depth},     {"activation", neural::activation_name(s.activation)},
         {"latent", s.latent},   {"lr", s.lr},
         {"eps", s.eps},         {"step_batch", s.step_batch},
         {"start_box", s.start_box}, {"chain_dir", c.chain_dir}};
  // "engine" only when not the default, so results written before the key existed still
  // compare equal (sweep --resume, load_study_document).
  if (s.engine != neural::TrainingEngine::Fused) j["engine"] = neural::engine_name(s.engine);
  if (!s.cuda_graph) j["cuda_graph"] = false;
  // "generator_output" and "batch_sampling" likewise only when not the defaults (displacement,
  // with): a result without them used T = x + G and batches drawn with replacement.
  if (s.generator_output != neural::GeneratorOutput::Displacement)
    j["generator_output"] = neural::generator_output_name(s.generator_output);
  if (s.batch_sampling != neural::BatchSampling::With) j["batch_sampling"] = neural::batch_sampling_name(s.batch_sampling);
  if (c.family != kDiracFamily) {  // only for cells toward a target: a Dirac cell's keys are unchanged
    j["family"] = c.family;
    j["start"] = c.start;
    j["target"] = c.target;
  }
  return j;
}

CellConfig cell_config_from_json(const json& j) {
  if (!j.is_object()) throw UsageError("cell config must be a JSON object");
  CellConfig c;
  neural::SchemeSettings& s = c.settings;
  for (const auto& item : j.items()) {
    // Named references, not a structured binding: C++17 lambdas cannot capture one (clang refuses).
    const std::string& key = item.key();
    const json& value = item.value();
    const auto number = [&](double& out) {
      if (!value.is_number()) throw UsageError("cell config key '" + key + "' must be a number");
      out = value.get<double>();
    };
    const auto integer = [&](int& out) {  // suite/common/whole_number.h: never clamped or wrapped
      out = static_cast<int>(json_whole_number(value, "cell config key '" + key + "'", -2147483647LL, 2147483647LL));
    };
    const auto text = [&]() {
      if (!value.is_string()) throw UsageError("cell config key '" + key + "' must be a string");
      return value.get<std::string>();
    };
    if (key == "scheme") c.scheme = scheme_named(text(), "scheme");
    else if (key == "d") integer(c.d);
    else if (key == "r") number(c.r);
    else if (key == "tau") number(c.tau);
    else if (key == "T") number(c.T);
    else if (key == "t0") number(c.t0);
    else if (key == "iters") integer(s.iters);
    else if (key == "batch") integer(s.batch);
    else if (key == "particles") integer(c.particles);
    else if (key == "eval_samples") integer(c.eval_samples);
    else if (key == "seed") {
      c.seed = static_cast<std::uint64_t>(
          json_whole_number(value, "cell config key 'seed'", 0, static_cast<std::int64_t>(CellBounds::kMaxSeed)));
    } else if (key == "device") s.device = device_named(text());
    else if (key == "threads") integer(s.threads);
    else if (key == "width") integer(s.width);
    else if (key == "depth") integer(s.depth);
    else if (key == "activation") s.activation = activation_named(text());
    else if (key == "latent") integer(s.latent);
    else if (key == "lr") number(s.lr);
    else if (key == "eps") number(s.eps);
    else if (key == "step_batch") integer(s.step_batch);
    else if (key == "start_box") number(s.start_box);
    else if (key == "chain_dir") c.chain_dir = text();
    else if (key == "family") {
      const std::string f = text();
      if (f != kDiracFamily && !target_family(f))
        throw UsageError("cell config key 'family' = " + excerpt(f) + " is not one of " + family_names());
      c.family = f;
    } else if (key == "start") c.start = text();
    else if (key == "target") c.target = text();
    else if (key == "engine") s.engine = engine_named(text());
    else if (key == "generator_output") s.generator_output = generator_output_named(text(), "generator_output");
    else if (key == "batch_sampling") s.batch_sampling = batch_sampling_named(text(), "batch_sampling");
    else if (key == "cuda_graph") {
      if (!value.is_boolean()) throw UsageError("cell config key 'cuda_graph' must be true or false");
      s.cuda_graph = value.get<bool>();
    }
    else throw UsageError("cell config key '" + key + "' is unknown");
  }
  validate(c);
  return c;
}

namespace {

// One cell in progress: set up by the constructor, advanced one step at a time (by itself, or
// with a neural step done elsewhere: run_cells_together), scored after every step, and turned
// into the result JSON of suite/study/run_cell.h by result().
class CellRun final : public SchemeCellRun {
 public:
  CellRun(const CellConfig& config, const RunOptions& options, int ensemble = 1)
      : SchemeCellRun(config, options, ensemble, analytic::step_count(config.t0, config.T, config.tau),
                      fmt::format("run {} d={} r={} tau={}", neural::scheme_name(config.scheme), config.d, config.r,
                                  config.tau)),
        profile_(analytic::make_profile(config.d, config.r)),
        // Exact iterate of the same scheme on the family (a Id)_# eta* (docs/math.md 3.3): JKO for
        // the backward scheme, explicit Euler for the forward scheme and for the particle flow
        // (explicit Euler on the particle system). The forward iterate from delta_0 exists only
        // for r = 1; for a particle flow from delta_0 with r != 1 scheme_scale is null.
        scorer_(config.d, config.r, config.tau, config.t0, steps_,
                exact_scheme_of(config.scheme)) {
    const double a0 = analytic::flow_scale(config.r, config.t0);

    // Start: delta_0 (neural: m copies of 0; particle flow: a uniform box of side start_box) or
    // gamma(t0) = (a(t0) Id)_# eta* sampled exactly.
    const std::int64_t m = config.particles;
    torch::Tensor start_points;
    if (config.t0 > 0) {
      const std::vector<double> s =
          analytic::sample_profile(profile_, static_cast<std::size_t>(m), derive_seed(config.seed, 0));
      start_points = torch::from_blob(const_cast<double*>(s.data()), {m, config.d}, torch::kFloat64).clone() * a0;
      start_kind_ = "profile";
    } else if (is_particle_) {
      start_points = neural::box_start(m, config.d, config.settings.start_box, derive_seed(config.seed, 0));
      start_kind_ = "box";
    } else {
      start_points = torch::zeros({m, config.d}, torch::kFloat64);
      start_kind_ = "dirac";
    }

    neural::RieszFunctional functional;
    functional.r = config.r;
    if (is_particle_) {
      flow_ = std::make_unique<neural::ParticleFlow>(functional, start_points, device_);
    } else {
      const neural::NeuralSchemeSpec spec = neural::neural_scheme_spec(config.scheme, config.d, config.settings);
      const neural::ChainStart chain_start = config.t0 > 0
                                                 ? neural::ChainStart::profile(config.d, config.r, a0)
                                                 : neural::ChainStart::dirac(config.d);
      scheme_ = neural::make_neural_scheme(spec, functional, chain_start, start_points, device_,
                                           derive_seed(config.seed, 1));
    }
    start_chain();
  }

 private:
  void score_step(int n, double t, const torch::Tensor& points, json& record) override {
    const std::optional<double> a_scheme = scorer_.scheme_scale(n);
    record["exact_scale"] = analytic::flow_scale(config_.r, t);
    record["scheme_scale"] = a_scheme ? json(*a_scheme) : json(nullptr);
    const torch::Tensor xp = to_cpu_double(points);
    record["particles"] = scorer_.metrics_json(n, xp.data_ptr<double>(), static_cast<std::size_t>(xp.size(0)));
    if (use_chain_) {
      const torch::Tensor xc = to_cpu_double(chain_samples_at(n));
      record["chain"] = scorer_.metrics_json(n, xc.data_ptr<double>(), static_cast<std::size_t>(xc.size(0)));
    } else {
      record["chain"] = nullptr;
    }
  }

  bool metrics_finite(const json& metrics) const override { return suite::metrics_finite(metrics); }

  std::string progress_status(double t, const json& record) const override {
    const auto number = [](const json& v) { return v.is_number() ? v.get<double>() : NAN; };
    return fmt::format("t={:.3g} mmd={:.3g} (floor {:.3g})", t, number(record["particles"]["mmd"]),
                       number(record["particles"]["mmd_floor"]));
  }

  void add_summary(json& summary, bool complete) override {
    summary["start"] = start_kind_;                                // dirac | box | profile
    summary["scheme_scale_kind"] = scorer_.scheme_scale_kind();  // jko | forward | none (null scheme_scale)
    if (complete)
      summary["final_points"] = points_json(is_particle_ ? flow_->particles() : scheme_->particles(), kFinalPointsMax);
  }

  analytic::Profile profile_;
  StepScorer scorer_;  // a(t_n), the exact scheme iterate's a_n, and the step's metrics
  std::string start_kind_;
};

}  // namespace

json failed_cell_result(const CellConfig& config, const std::string& reason, int ensemble) {
  int steps = 0;
  try {
    steps = analytic::step_count(config.t0, config.T, config.tau);
  } catch (const std::invalid_argument&) {  // a config that never validated: no steps to name
  }
  const std::string device(neural::device_name(config.settings.device));
  json summary{{"t", config.T},          {"steps", steps},         {"steps_completed", 0},
               {"status", "failed"},     {"failure", reason},      {"wall_s", 0.0},
               {"train_wall_s", 0.0},    {"eval_wall_s", 0.0},     {"iteration_median_us", nullptr},
               {"step_median_s", nullptr}, {"particles", nullptr}, {"chain", nullptr},
               {"device", device},       {"ensemble", ensemble}};
  return {{"config", cell_config_to_json(config)},
          {"provenance", to_json(collect_provenance(device, config.settings.threads))},
          {"steps", json::array()},
          {"summary", std::move(summary)}};
}

std::unique_ptr<CellStepper> make_cell(const CellConfig& config, const RunOptions& options, int ensemble) {
  if (config.family == kDiracFamily) return std::make_unique<CellRun>(config, options, ensemble);
  const TargetFamily* family = target_family(config.family);
  if (!family) throw UsageError("'family' = " + excerpt(config.family) + " is not one of " + family_names());
  return family->make_cell(config, options, ensemble);
}

json run_cell(const CellConfig& config, const RunOptions& options) {
  validate(config);
  neural::resolve_device(config.settings.device);  // a refused device before threads are set
  neural::set_threads(config.settings.threads);
  // A failure at run time (setting up the scheme, an allocation, a step that throws past its own
  // recording) becomes a failed cell with the reason, never an exception out of the cell.
  try {
    const std::unique_ptr<CellStepper> cell = make_cell(config, options, 1);
    while (!cell->finished()) cell->advance();
    return cell->result();
  } catch (const std::exception& e) {
    return failed_cell_result(config, std::string("the cell stopped: ") + e.what());
  }
}

void run_cells_pooled(const std::vector<CellConfig>& configs, int ensemble, const PooledCallbacks& callbacks) {
  if (ensemble < 1) throw UsageError(fmt::format("ensemble {} is outside the allowed range [1, inf)", ensemble));
  for (const CellConfig& c : configs) {
    validate(c);
    if (c.settings.device != configs.front().settings.device || c.settings.threads != configs.front().settings.threads)
      throw UsageError("cells run together must share device and threads");
  }
  if (configs.empty()) return;
  neural::resolve_device(configs.front().settings.device);  // a refused device before threads are set
  neural::set_threads(configs.front().settings.threads);
  const int threads = configs.front().settings.threads;  // training threads; 0: one per core (step_together)

  struct Active {
    std::size_t index;
    std::unique_ptr<CellStepper> run;
  };
  std::vector<Active> active;
  std::size_t next = 0;
  // A cell that throws at run time ends as a failed cell with the reason; the others go on.
  const auto fail = [&](std::size_t i, const std::exception& e) {
    if (callbacks.on_result)
      callbacks.on_result(i, failed_cell_result(configs[i], std::string("the cell stopped: ") + e.what(), ensemble));
  };
  const auto admit = [&]() {
    while (static_cast<int>(active.size()) < ensemble && next < configs.size()) {
      const std::size_t i = next++;
      RunOptions member;
      member.quiet = true;  // one progress line per cell would interleave
      if (callbacks.on_step) member.on_step = [&callbacks, i](const json& record) { callbacks.on_step(i, record); };
      try {
        active.push_back({i, make_cell(configs[i], member, ensemble)});
      } catch (const std::exception& e) {
        fail(i, e);
      }
    }
  };
  std::vector<std::size_t> failed;  // indices into configs of cells that threw this round
  const auto guarded = [&](Active& a, const auto& work) {
    try {
      work();
    } catch (const std::exception& e) {
      fail(a.index, e);
      failed.push_back(a.index);
    }
  };
  admit();
  while (!active.empty()) {
    // Particle flows step on this thread (their pair sums use every thread); the neural cells'
    // training loops run side by side.
    std::vector<CellStepper*> neural_cells;
    std::vector<neural::NeuralScheme*> schemes;
    std::vector<double> taus;
    for (Active& a : active) {
      if (a.run->neural_scheme()) {
        neural_cells.push_back(a.run.get());
        schemes.push_back(a.run->neural_scheme());
        taus.push_back(configs[a.index].tau);
      } else {
        guarded(a, [&] { a.run->advance(); });
      }
    }
    if (!schemes.empty()) {
      const std::vector<neural::StepOutcome> outcomes = neural::step_together(schemes, taus, threads);
      for (std::size_t i = 0; i < neural_cells.size(); ++i) {
        Active& a = *std::find_if(active.begin(), active.end(),
                                  [&](const Active& x) { return x.run.get() == neural_cells[i]; });
        guarded(a, [&] { neural_cells[i]->advance_with(outcomes[i]); });
      }
    }
    for (auto it = active.begin(); it != active.end();) {
      const std::size_t i = it->index;
      bool threw = std::find(failed.begin(), failed.end(), i) != failed.end();  // handed over already
      if (!threw && !it->run->finished()) {
        ++it;
        continue;
      }
      json result;
      if (!threw) {
        try {
          result = it->run->result();
        } catch (const std::exception& e) {
          fail(i, e);
          threw = true;
        }
      }
      it = active.erase(it);
      if (!threw && callbacks.on_result) callbacks.on_result(i, std::move(result));
    }
    failed.clear();
    admit();
  }
}

}  // namespace nwgf::suite
