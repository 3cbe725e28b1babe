#include "suite/flow/flow_run.h"

#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstring>
#include <filesystem>
#include <functional>
#include <memory>
#include <set>

#include <fmt/format.h>
#include <torch/torch.h>

#include "analytic/empirical_error.h"
#include "analytic/point_set_w2.h"
#include "analytic/riesz_sums.h"
#include "analytic/self_convergence.h"
#include "neural/device.h"
#include "neural/particle_flow.h"
#include "neural/scheme_factory.h"
#include "suite/common/errors.h"
#include "suite/common/format.h"
#include "suite/study/settings_names.h"
#include "suite/report/flow_plots.h"
#include "suite/common/io_util.h"
#include "suite/common/memory_limit.h"
#include "suite/common/progress.h"
#include "suite/common/provenance.h"
#include "suite/flow/flow_self_convergence.h"
#include "suite/flow/flow_report.h"
#include "suite/report/html_page.h"
#include "suite/common/json_number.h"

namespace nwgf::suite {

namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

double seconds_since(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
}

// Steps are whole when |T/tau - round(T/tau)| is below this (relative to T/tau): 0.6/0.05 is
// 11.999999999999998 in double precision.
constexpr double kWholeStepTolerance = 1e-9;

torch::Tensor to_tensor(const PointCloud& p) {
  return torch::from_blob(const_cast<double*>(p.coords.data()),
                          {static_cast<std::int64_t>(p.size()), p.dim}, torch::kFloat64)
      .clone();
}

std::vector<double> to_vector(const torch::Tensor& t) {
  const torch::Tensor c = t.detach().to(torch::kCPU, torch::kFloat64).contiguous();
  return std::vector<double>(c.data_ptr<double>(), c.data_ptr<double>() + c.numel());
}

// Removes the staging directory unless the run committed it.
struct StagingGuard {
  fs::path dir;
  bool keep = false;
  ~StagingGuard() {
    if (!keep && !dir.empty()) {
      std::error_code ec;
      fs::remove_all(dir, ec);
    }
  }
};

// One scheme's stepping, behind a common face: step(tau) returns the training loss (NaN when the
// scheme has none) or throws neural::NumericalFailure; positions() are the particles (n x d).
struct Stepper {
  std::function<double(double)> step;
  std::function<torch::Tensor()> positions;
};

// The start particles of one seed: as sampled (neural schemes) and with point masses spread
// (the particle flow).
struct StartClouds {
  const PointCloud& points;
  const PointCloud& jittered;
};

Stepper make_stepper(neural::Scheme scheme, const FlowConfig& config, const PointCloud& target,
                     const StartClouds& start, std::uint64_t seed, const torch::Device& device) {
  neural::RieszFunctional functional;
  functional.r = config.r;
  functional.target = to_tensor(target);
  const int d = target.dim;
  if (scheme == neural::Scheme::Particle) {
    auto flow = std::make_shared<neural::ParticleFlow>(functional, to_tensor(start.jittered), device);
    return {[flow](double tau) {
              if (!flow->step(tau)) throw neural::NumericalFailure("a particle became non-finite");
              return std::nan("");
            },
            [flow] { return flow->particles(); }};
  }
  const neural::NeuralSchemeSpec spec = neural::neural_scheme_spec(scheme, d, config.settings);
  const torch::Tensor start_tensor = to_tensor(start.points);
  std::shared_ptr<neural::NeuralScheme> s = neural::make_neural_scheme(
      spec, functional, neural::ChainStart::uniform_on(start_tensor), start_tensor, device, seed);
  return {[s](double tau) { return s->step(tau).loss; }, [s] { return s->particles(); }};
}

std::string scheme_title(neural::Scheme scheme) {
  if (scheme == neural::Scheme::Backward) return "neural backward (JKO)";
  if (scheme == neural::Scheme::Forward) return "neural forward";
  return "particle flow";
}


}  // namespace


namespace {

// T / tau must be a whole number of steps, at most 100000; `name` is the option holding tau.
void check_whole_steps(double T, double tau, const std::string& name) {
  const double ratio = T / tau;
  if (std::abs(ratio - std::round(ratio)) > kWholeStepTolerance * ratio)
    throw UsageError("--T " + format_double(T) + " / " + name + " " + format_double(tau) + " = " + format_double(ratio) + " is not a whole number of steps");
  if (ratio > 1e5) throw UsageError("--T / " + name + " = " + format_double(ratio) + " steps; allowed: at most 100000");
}

std::string joined(const std::vector<double>& values) {
  std::string out;
  for (double v : values) out += (out.empty() ? "" : ",") + fmt::format("{}", v);
  return out;
}

// --taus: at least three positive step sizes, decreasing with one ratio (tau_{i+1} = tau_i / ratio).
void check_taus(const std::vector<double>& taus) {
  if (taus.size() < 3)
    throw UsageError(fmt::format("--taus {} has {} step size(s); allowed: at least 3, decreasing with one ratio "
                                 "(e.g. 0.4,0.2,0.1)", joined(taus), taus.size()));
  for (double tau : taus)
    if (!(tau > 0.0 && std::isfinite(tau)))
      throw UsageError("--taus value " + format_double(tau) + " is out of range; allowed: > 0");
  const double ratio = taus[0] / taus[1];
  if (!(ratio > 1.0))
    throw UsageError("--taus " + joined(taus) + " does not decrease; allowed: tau_1 > tau_2 > ... with one ratio");
  for (std::size_t i = 1; i + 1 < taus.size(); ++i)
    if (std::abs(taus[i] / taus[i + 1] - ratio) > analytic::kNestedRatioTolerance * ratio)
      throw UsageError("--taus " + joined(taus) + " is not nested with one ratio: tau_1 / tau_2 = " + format_double(ratio) +
                       " but tau_" + std::to_string(i + 1) + " / tau_" + std::to_string(i + 2) + " = " +
                       format_double(taus[i] / taus[i + 1]) + "; allowed: tau_(i+1) = tau_i / ratio for one ratio > 1");
}

}  // namespace

std::vector<double> step_sizes(const FlowConfig& c) { return c.taus.empty() ? std::vector<double>{c.tau} : c.taus; }

void validate(const FlowConfig& c) {
  if (c.schemes.empty()) throw UsageError("'scheme': at least one of backward, forward, particle");
  std::set<neural::Scheme> seen;
  for (const neural::Scheme s : c.schemes)
    if (!seen.insert(s).second)
      throw UsageError("'scheme' = \"" + std::string(neural::scheme_name(s)) + "\" is listed twice");
  if (c.taus.empty() && !(c.tau > 0.0 && std::isfinite(c.tau))) throw UsageError("--tau " + format_double(c.tau) + " is out of range; allowed: > 0");
  if (!c.taus.empty()) check_taus(c.taus);
  if (!(c.T > 0.0 && std::isfinite(c.T))) throw UsageError("--T " + format_double(c.T) + " is out of range; allowed: > 0");
  for (double tau : step_sizes(c)) check_whole_steps(c.T, tau, c.taus.empty() ? "--tau" : "--taus value");
  if (!(c.r > 0.0 && c.r < 2.0)) throw UsageError("--r " + format_double(c.r) + " is out of range; allowed: (0, 2)");
  if (c.particles < 1 || c.particles > 1000000)
    throw UsageError(fmt::format("--particles {} is out of range; allowed: 1 to 1000000", c.particles));
  for (double t : c.snapshots)
    if (!(t >= 0.0 && t <= c.T * (1 + kWholeStepTolerance)))
      throw UsageError("--snapshots time " + format_double(t) + " is out of range; allowed: 0 to T = " + format_double(c.T));
  if (c.seed > 9223372036854775807ULL)
    throw UsageError(fmt::format("'seed' = {} is outside the allowed range [0, 9223372036854775807]", c.seed));
  check_settings(c.settings);
  for (const neural::Scheme scheme : c.schemes) {  // position only for backward, without not for particle
    const auto problems = neural::scheme_settings_problems(scheme, c.settings, c.particles);
    if (!problems.empty())
      throw UsageError(std::string("scheme ") + std::string(neural::scheme_name(scheme)) + ": " + problems.front());
  }
  if (c.max_frames < 2) throw UsageError(fmt::format("max frames {} is out of range; allowed: >= 2", c.max_frames));
  if (c.grid_images < 1) throw UsageError(fmt::format("grid images {} is out of range; allowed: >= 1", c.grid_images));
  if (c.target_options.image_samples < 1) throw UsageError("--target-samples must be >= 1");
  validate(c.target_options.image);
}

nlohmann::json flow_config_to_json(const FlowConfig& c) {
  const neural::SchemeSettings& s = c.settings;
  std::vector<std::string> names;
  for (const neural::Scheme scheme : c.schemes) names.emplace_back(neural::scheme_name(scheme));
  return {{"preset", c.preset.empty() ? nlohmann::json() : nlohmann::json(c.preset)},
          {"target", c.target}, {"start", c.start}, {"schemes", names},
          {"tau", step_sizes(c).back()}, {"taus", c.taus.empty() ? nlohmann::json() : nlohmann::json(c.taus)}, {"T", c.T}, {"r", c.r}, {"particles", c.particles},
          {"snapshots", c.snapshots}, {"seed", c.seed}, {"device", neural::device_name(s.device)},
          {"threads", s.threads}, {"iters", s.iters}, {"batch", s.batch}, {"lr", s.lr},
          {"width", s.width}, {"depth", s.depth}, {"activation", neural::activation_name(s.activation)},
          {"latent", s.latent}, {"engine", neural::engine_name(s.engine)},
          {"generator_output", neural::generator_output_name(s.generator_output)},
          {"batch_sampling", neural::batch_sampling_name(s.batch_sampling)},
          {"eps", s.eps}, {"step_batch", s.step_batch}, {"start_box", s.start_box},
          {"target_samples", c.target_options.image_samples},
          {"image_smoothing_px", c.target_options.image.smoothing_px},
          {"image_background_weight", c.target_options.image.background_weight},
          {"image_background_scales", c.target_options.image.background_scales},
          {"plots", c.plots}, {"max_frames", c.max_frames}, {"grid_images", c.grid_images}};
}

PreparedFlow prepare_flow(const FlowConfig& config) {
  validate(config);
  PreparedFlow p;
  p.start = parse_start_spec(config.start);
  p.target = load_target(config.target, config.target_options, config.seed);
  const int d = p.target.points.dim;
  const std::vector<double> taus = step_sizes(config);
  const bool sweep = taus.size() > 1;
  if (sweep) p.common_coarse_steps = common_coarse_steps(taus, config.T);
  // The particles by request (--particles): refused up front when about 6 arrays of m x d doubles
  // (the start, its jittered copy, the schemes' positions and fields) cannot fit in the available
  // memory; with --taus also the k + 1 runs of one scheme kept at the common times, the floor
  // run's start, and the W2 assignment's m x m cost matrix (analytic/point_set_w2.h).
  const double cloud = 8.0 * config.particles * d;
  double need = 6.0 * cloud;
  if (sweep) {
    need += (taus.size() + 1.0) * p.common_coarse_steps.size() * cloud + 2.0 * cloud;
    if (static_cast<std::size_t>(config.particles) <= analytic::kMaxAssignmentPoints)
      need += 8.0 * config.particles * static_cast<double>(config.particles);
  }
  refuse_beyond_available_memory(
      need, fmt::format("--particles {} in d = {}", config.particles, d) +
                (sweep ? fmt::format(" with --taus ({} runs kept at {} common times)", taus.size() + 1,
                                     p.common_coarse_steps.size())
                       : ""));
  const auto sample = [&](std::uint64_t seed, PointCloud& points, PointCloud& jittered) {
    points = sample_start(p.start, d, static_cast<std::size_t>(config.particles), seed, 0.0);
    jittered = p.start.is_point_mass()
                   ? sample_start(p.start, d, static_cast<std::size_t>(config.particles), seed, config.settings.start_box)
                   : points;
  };
  sample(config.seed, p.start_points, p.start_points_jittered);
  if (sweep) sample(config.seed + 1, p.floor_start_points, p.floor_start_points_jittered);
  const bool has_forward =
      std::find(config.schemes.begin(), config.schemes.end(), neural::Scheme::Forward) != config.schemes.end();
  if (has_forward && config.r < 1.0 && p.start.is_point_mass())
    throw UsageError(fmt::format(
        "--scheme forward with --r {} < 1 cannot start from the point mass '{}': the slope at "
        "coinciding particles is infinite (docs/math.md 3.3); start from gaussian:, uniform: or points:",
        config.r, config.start));
  const double tau = taus.back();
  p.steps = static_cast<int>(std::lround(config.T / tau));
  std::vector<double> times = config.snapshots;
  if (times.empty()) times = {0.0, 0.25 * config.T, 0.5 * config.T, 0.75 * config.T, config.T};
  std::set<int> steps;
  for (double t : times) steps.insert(std::clamp(static_cast<int>(std::lround(t / tau)), 0, p.steps));
  p.snapshot_steps.assign(steps.begin(), steps.end());
  neural::resolve_device(config.settings.device);  // std::invalid_argument (exit 2) for a bad device
  if (config.plots && !gnuplot_available())
    throw std::runtime_error("gnuplot is not available: install Debian's gnuplot-nox or pass --no-plots");
  return p;
}

namespace {

// What every run of one flow shares: the target, the pictures' frame, the staging folder.
struct FlowContext {
  const FlowConfig& config;
  const PreparedFlow& prepared;
  const torch::Device& device;
  double target_self = 0.0;
  bool images = false;
  PlotBox box;
  fs::path staging, scratch;
  bool quiet = false;
};

// One run of one scheme at one step size and seed.
struct RunSpec {
  neural::Scheme kind;
  double tau = 0.0;
  std::uint64_t seed = 0;
  bool floor = false;          // the second seed's run at the finest tau (noise floor)
  StartClouds start;
  bool pictures = false;       // snapshots and the GIF (the finest tau's main run)
  std::vector<int> keep_steps; // steps whose positions are kept (self-convergence), sorted
};

struct RunOutput {
  nlohmann::json run;
  MmdCurve curve;
  SolutionAtTimes kept;  // positions at keep_steps (all of them only when the run succeeded)
};

RunOutput run_scheme(const FlowContext& ctx, const RunSpec& spec) {
  const FlowConfig& config = ctx.config;
  const Target& target = ctx.prepared.target;
  const int d = target.points.dim;
  const std::size_t m = target.points.size();
  const int steps = static_cast<int>(std::lround(config.T / spec.tau));
  const int stride = std::max(1, (steps + config.max_frames - 2) / (config.max_frames - 1));
  const bool sweep = !config.taus.empty();
  const std::string scheme(neural::scheme_name(spec.kind));
  // The rows a picture needs: images show the first grid_images particles, scatter plots all.
  const auto frame_coords = [&](const std::vector<double>& x) {
    if (!ctx.images) return x;
    const std::size_t keep = std::min(x.size(), static_cast<std::size_t>(config.grid_images) * d);
    return std::vector<double>(x.begin(), x.begin() + static_cast<std::ptrdiff_t>(keep));
  };
  RunOutput out;
  nlohmann::json& run = out.run;
  run = {{"scheme", scheme}, {"tau", spec.tau}, {"seed", spec.seed}, {"role", spec.floor ? "floor" : "main"},
         {"status", "ok"}, {"failure", nullptr}};
  nlohmann::json step_records = nlohmann::json::array();
  MmdCurve& curve = out.curve;
  curve.label = sweep ? fmt::format("{}, tau = {:g}", scheme_title(spec.kind), spec.tau) : scheme_title(spec.kind);
  std::vector<FlowFrame> gif_frames;
  std::vector<std::pair<int, FlowFrame>> snapshots;
  double train_wall = 0.0, eval_wall = 0.0;
  const auto run_start = Clock::now();

  const auto record = [&](int n, const std::vector<double>& x, double loss, double wall_s) {
    const auto eval_start = Clock::now();
    const std::size_t count = x.size() / d;
    const double mmd2 = analytic::empirical_mmd2(x.data(), count, target.points.coords.data(), m, d, config.r, ctx.target_self);
    const double eval_s = seconds_since(eval_start);
    eval_wall += eval_s;
    const double t = n * spec.tau;
    step_records.push_back({{"n", n}, {"t", t}, {"mmd2", number_or_null(mmd2)},
                            {"mmd", number_or_null(std::sqrt(std::max(mmd2, 0.0)))},
                            {"loss", number_or_null(loss)}, {"wall_s", wall_s}, {"eval_s", eval_s}});
    curve.t.push_back(t);
    curve.mmd2.push_back(mmd2);
    if (std::binary_search(spec.keep_steps.begin(), spec.keep_steps.end(), n)) out.kept.push_back(x);
    const std::string title = fmt::format("{}, t = {:.3f}, MMD^2 = {:.3g}", scheme_title(spec.kind), t, mmd2);
    const auto& snap_steps = ctx.prepared.snapshot_steps;
    const bool snap = std::binary_search(snap_steps.begin(), snap_steps.end(), n);
    if (spec.pictures && config.plots && (n % stride == 0 || n == steps || snap)) {
      FlowFrame frame{frame_coords(x), title};
      if (n % stride == 0 || n == steps) gif_frames.push_back(frame);
      if (snap) snapshots.emplace_back(n, std::move(frame));
    }
    return mmd2;
  };

  const std::string label = sweep ? fmt::format("flow {} tau {:g}{}", scheme, spec.tau, spec.floor ? " seed+1" : "")
                                  : "flow " + scheme;
  Progress progress(label, steps, ctx.quiet);
  try {
    Stepper stepper = make_stepper(spec.kind, config, target.points, spec.start, spec.seed, ctx.device);
    record(0, to_vector(stepper.positions()), std::nan(""), 0.0);
    for (int n = 1; n <= steps; ++n) {
      const auto step_start = Clock::now();
      const double loss = stepper.step(spec.tau);
      const std::vector<double> x = to_vector(stepper.positions());
      const double wall = seconds_since(step_start);
      train_wall += wall;
      if (!std::all_of(x.begin(), x.end(), [](double v) { return std::isfinite(v); }))
        throw neural::NumericalFailure(fmt::format("a particle became non-finite at step {}", n));
      const double mmd2 = record(n, x, loss, wall);
      if (!std::isfinite(mmd2)) throw neural::NumericalFailure(fmt::format("MMD is not finite at step {}", n));
      progress.update(n, fmt::format("MMD^2 {:.3e}", mmd2));
    }
    progress.finish();
  } catch (const neural::NumericalFailure& e) {
    run["status"] = "failed";
    run["failure"] = e.what();
    progress.finish("failed");
  }

  run["steps"] = step_records;
  double mmd2_min = INFINITY;
  for (double v : curve.mmd2)
    if (std::isfinite(v)) mmd2_min = std::min(mmd2_min, v);
  const double first = curve.mmd2.empty() ? NAN : curve.mmd2.front();
  const double last = curve.mmd2.empty() ? NAN : curve.mmd2.back();
  run["summary"] = {{"steps_done", static_cast<int>(curve.t.size()) - 1},
                    {"mmd2_start", number_or_null(first)}, {"mmd2_final", number_or_null(last)},
                    {"mmd2_min", number_or_null(mmd2_min)}, {"decreased", std::isfinite(last) && last < first},
                    {"wall_s", seconds_since(run_start)}, {"train_wall_s", train_wall}, {"eval_wall_s", eval_wall}};

  nlohmann::json snapshot_records = nlohmann::json::array();
  run["animation"] = nullptr;
  const std::string scratch = ctx.scratch.string();
  for (const auto& [n, frame] : snapshots) {
    const std::string file = fmt::format("{}_t{:.3f}.png", scheme, n * spec.tau);
    const std::string path = (ctx.staging / file).string();
    if (ctx.images)
      plot_image_grid(path, {frame}, d, target.image_rows, target.image_columns, config.grid_images, scratch);
    else
      plot_scatter(path, {frame}, target.points.coords, d, ctx.box, scratch);
    snapshot_records.push_back({{"n", n}, {"t", n * spec.tau}, {"file", file}});
  }
  if (gif_frames.size() >= 2) {
    const std::string file = scheme + "_flow.gif";
    const std::string path = (ctx.staging / file).string();
    if (ctx.images)
      plot_image_grid(path, gif_frames, d, target.image_rows, target.image_columns, config.grid_images, scratch);
    else
      plot_scatter(path, gif_frames, target.points.coords, d, ctx.box, scratch);
    run["animation"] = file;
  }
  run["snapshots"] = snapshot_records;
  return out;
}

// The steps of a run at tau that fall on the common times of the coarsest step size taus[0].
std::vector<int> steps_at_common_times(const PreparedFlow& prepared, const std::vector<double>& taus, double tau) {
  std::vector<int> steps;
  for (int j : prepared.common_coarse_steps) steps.push_back(static_cast<int>(std::lround(j * taus.front() / tau)));
  return steps;
}

// The verdict distance (W2) at T of every scheme with an analysis, for selfconv.png: each pair at
// its coarser step size, the floor, the fitted order in the label.
std::vector<SelfConvergenceCurve> self_convergence_curves(const nlohmann::json& entries) {
  std::vector<SelfConvergenceCurve> curves;
  for (const nlohmann::json& e : entries) {
    if (!e["distances"].is_object()) continue;
    const nlohmann::json& w2 = e["distances"]["w2"];
    const nlohmann::json& a = w2["analysis"];
    SelfConvergenceCurve c;
    const std::string scheme = e["scheme"].get<std::string>();
    c.label = a["observed_order"].is_number()
                  ? fmt::format("{}: order {:.2f}{}", scheme, a["observed_order"].get<double>(),
                                a["order_stderr"].is_number() ? fmt::format(" +- {:.2f}", a["order_stderr"].get<double>()) : "")
                  : scheme + ": " + a["status"].get<std::string>();
    for (const nlohmann::json& pair : w2["pairs"]) {
      c.tau.push_back(pair["tau_coarse"].get<double>());
      c.distance.push_back(pair["values"].back().get<double>());
    }
    c.floor = w2["floor"].back().get<double>();
    c.floor_label = fmt::format("{} seed-to-seed floor {:.2e} (differences within 2x it: no order)", scheme, c.floor);
    curves.push_back(std::move(c));
  }
  return curves;
}

}  // namespace

nlohmann::json run_flow(const FlowConfig& config, const PreparedFlow& prepared, const std::string& out_dir,
                        const FlowRunOptions& options) {
  fs::path out = fs::path(out_dir).lexically_normal();
  if (out.filename().empty()) out = out.parent_path();
  if (fs::exists(out) && !fs::is_directory(out))
    throw UsageError("--out '" + out_dir + "' exists and is not a directory");
  StagingGuard staging{out.parent_path() / (out.filename().string() + ".tmp-" + std::to_string(::getpid()))};
  fs::remove_all(staging.dir);
  make_directories(staging.dir.string());
  const fs::path scratch = staging.dir / ".scratch";
  make_directories(scratch.string());

  const torch::Device device = neural::resolve_device(config.settings.device);
  neural::set_threads(config.settings.threads);
  const Target& target = prepared.target;
  const int d = target.points.dim;
  const std::size_t m = target.points.size();
  const FlowContext ctx{config,
                        prepared,
                        device,
                        analytic::riesz_self_sum(target.points.coords.data(), m, d, config.r),
                        target.image_rows > 0,
                        scatter_box(target.points.coords, prepared.start_points.coords, d),
                        staging.dir,
                        scratch,
                        options.quiet};
  const std::vector<double> taus = step_sizes(config);
  const bool sweep = !config.taus.empty();

  nlohmann::json result;
  result["schema"] = "nwgf-flow/2";
  result["config"] = flow_config_to_json(config);
  result["provenance"] = to_json(collect_provenance(neural::describe_device(device), neural::current_threads()));
  result["target"] = {{"spec", target.spec}, {"kind", target.kind}, {"source", target.source},
                      {"dim", d}, {"points", m}};
  if (ctx.images) result["target"]["image_shape"] = {target.image_rows, target.image_columns};
  result["start"] = {{"spec", prepared.start.spec}, {"kind", prepared.start.kind},
                     {"particles", prepared.start_points.size()},
                     {"particle_flow_jitter_box", prepared.start.is_point_mass() ? config.settings.start_box : 0.0}};
  result["runs"] = nlohmann::json::array();
  result["self_convergence"] = sweep ? nlohmann::json::array() : nlohmann::json();
  std::vector<MmdCurve> curves;

  const StartClouds main_start{prepared.start_points, prepared.start_points_jittered};
  const StartClouds floor_start{prepared.floor_start_points, prepared.floor_start_points_jittered};
  for (const neural::Scheme kind : config.schemes) {
    SchemeSolutions solutions{taus, {}, {}, {}, d, config.r, config.seed};
    for (int j : prepared.common_coarse_steps) solutions.times.push_back(j * taus.front());
    std::string failure;
    // Every step size from the main seed, then (with --taus) the finest again from seed + 1.
    for (std::size_t i = 0; i <= (sweep ? taus.size() : 0); ++i) {
      const bool floor = i == taus.size();
      const double tau = floor ? taus.back() : taus[i];
      RunSpec spec{kind, tau, floor ? config.seed + 1 : config.seed, floor, floor ? floor_start : main_start,
                   !floor && i + 1 == taus.size(), sweep ? steps_at_common_times(prepared, taus, tau) : std::vector<int>{}};
      RunOutput run = run_scheme(ctx, spec);
      if (run.run["status"] != "ok" && failure.empty())
        failure = fmt::format("the run at tau = {:g}{} failed: {}", tau, floor ? " (seed + 1)" : "",
                              run.run["failure"].get<std::string>());
      if (floor) solutions.other_seed = std::move(run.kept);
      else solutions.coupled.push_back(std::move(run.kept));
      result["runs"].push_back(std::move(run.run));
      if (!floor) curves.push_back(std::move(run.curve));
    }
    if (sweep) {
      nlohmann::json entry = failure.empty() ? scheme_self_convergence(solutions) : failed_self_convergence(taus, failure);
      entry["scheme"] = neural::scheme_name(kind);
      result["self_convergence"].push_back(std::move(entry));
    }
  }

  result["mmd_plot"] = nullptr;
  result["target_plot"] = nullptr;
  result["selfconv_plot"] = nullptr;
  if (config.plots) {
    // The target itself, for comparison with the snapshots.
    const std::string target_title = fmt::format("target: {} ({} points)", target.kind, m);
    if (ctx.images)
      plot_image_grid((staging.dir / "target.png").string(), {FlowFrame{target.points.coords, target_title}}, d,
                      target.image_rows, target.image_columns, config.grid_images, scratch.string());
    else
      plot_scatter((staging.dir / "target.png").string(), {FlowFrame{{}, target_title}}, target.points.coords, d,
                   ctx.box, scratch.string());
    result["target_plot"] = "target.png";
    plot_mmd_curves((staging.dir / "mmd.png").string(), curves,
                    fmt::format("MMD flow toward {} (r = {}, tau = {})", target.kind, config.r,
                                sweep ? joined(taus) : fmt::format("{}", config.tau)),
                    scratch.string());
    result["mmd_plot"] = "mmd.png";
    if (sweep) {
      plot_self_convergence((staging.dir / "selfconv.png").string(), self_convergence_curves(result["self_convergence"]),
                            fmt::format("W2 at T = {:g} between solutions at tau and tau / ratio, toward {} (r = {})",
                                        config.T, target.kind, config.r),
                            scratch.string());
      result["selfconv_plot"] = "selfconv.png";
    }
  }
  write_file_atomic((staging.dir / "flow.json").string(), result.dump(2) + "\n");
  fs::remove_all(scratch);
  // Last, from the record just written: report.md and the page of it (suite/flow/flow_report.h).
  write_flow_report(flow_record_from_json(result), staging.dir.string());
  write_html_page(staging.dir.string());

  // Commit: a new directory is renamed into place; an existing one receives the files.
  if (!fs::exists(out)) {
    fs::rename(staging.dir, out);
    staging.keep = true;
  } else {
    for (const auto& entry : fs::directory_iterator(staging.dir))
      fs::rename(entry.path(), out / entry.path().filename());
  }
  return result;
}

}  // namespace nwgf::suite
