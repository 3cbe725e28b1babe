// `nwgf flow`: MMD flows F_nu = E + V_nu toward a target measure (suite/flow/flow_run.h).
#include <cmath>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "suite/common/errors.h"
#include "suite/common/file_lock.h"
#include "suite/common/output_path.h"
#include "suite/cli/commands.h"
#include "suite/cli/number_options.h"
#include "suite/common/memory_limit.h"
#include "suite/common/message_limits.h"
#include "suite/study/run_cell.h"
#include "suite/cli/settings_options.h"
#include "suite/flow/flow_run.h"
#include "suite/flow/flow_self_convergence.h"
#include "suite/study/settings_names.h"

namespace nwgf::suite {

namespace {

std::vector<std::string> split_commas(const std::string& s) {
  std::vector<std::string> out;
  std::string cur;
  for (char c : s) {
    if (c == ',') {
      out.push_back(cur);
      cur.clear();
    } else if (c != ' ') {
      cur += c;
    }
  }
  out.push_back(cur);
  return out;
}

// A comma-separated list of finite numbers given to `option` (`expected` says what is allowed).
std::vector<double> parse_numbers(const std::string& option, const std::string& s, const std::string& expected) {
  std::vector<double> out;
  for (const std::string& tok : split_commas(s)) {
    std::size_t used = 0;
    double v = NAN;
    try {
      v = std::stod(tok, &used);
    } catch (const std::exception&) {
      used = 0;
    }
    if (tok.empty() || used != tok.size() || !std::isfinite(v))
      throw UsageError(option + " '" + s + "': '" + tok + "' is not a number (expected " + expected + ")");
    out.push_back(v);
  }
  return out;
}

// The presets: the published kinds of example (docs/math.md section 5, Altekrüger, Hertrich, Steidl
// 2023), shortened to run in minutes on 2 CPU cores. The reference uses 5000 Adam iterations per
// step and m = 2000 particles.
FlowConfig preset_config(const std::string& name) {
  FlowConfig c;
  c.preset = name;
  if (name == "smiley") {
    // Two points near (-0.5, 0) and (0.5, 0) flowing to the project's smiley image density.
    c.target = "image:smiley.pgm";  // from the program's data folder (suite/flow/targets.h)
    c.start = "two-points";
    c.schemes = {neural::Scheme::Backward, neural::Scheme::Forward, neural::Scheme::Particle};
    c.tau = 0.1;
    c.T = 5.0;
    c.particles = 2000;
    c.target_options.image_samples = 2000;
    c.settings.iters = 1000;  // reference 5000
  } else if (name == "two-diracs") {
    // delta_0 flowing to nu = (delta_(-0.5,0) + delta_(0.5,0)) / 2: mass must split (plans, not maps).
    c.target = "diracs:-0.5,0;0.5,0";
    c.start = "dirac";
    c.schemes = {neural::Scheme::Backward, neural::Scheme::Forward, neural::Scheme::Particle};
    c.tau = 0.1;
    c.T = 4.0;
    c.particles = 2000;
    c.settings.iters = 1000;  // reference 5000
  } else if (name == "fashion-mnist") {
    // delta_0 in [0, 1]^784 flowing to 100 Fashion-MNIST images.
    c.target = "fashion-mnist:100";
    c.start = "dirac";
    c.schemes = {neural::Scheme::Backward, neural::Scheme::Forward, neural::Scheme::Particle};
    c.tau = 2.0;
    c.T = 40.0;
    c.particles = 200;
    c.settings.step_batch = 200;  // forward: D_v F and ||v||^2 on all 200 particles (reference 2000)
    c.settings.iters = 300;       // reference 5000
  } else {
    throw UsageError("--preset '" + name + "' is unknown; allowed: smiley, two-diracs, fashion-mnist");
  }
  return c;
}

// The caller's files and folders a flow reads, for the output rule (suite/common/output_path.h):
// points:FILE targets and starts, image:PATH targets found from here (a bundled image comes from
// the data folder), the Fashion-MNIST folder when given.
std::vector<std::string> flow_input_files(const FlowConfig& c) {
  std::vector<std::string> files;
  for (const std::string& spec : {c.target, c.start})
    for (const std::string prefix : {"points:", "image:"})
      if (spec.rfind(prefix, 0) == 0 && std::filesystem::exists(spec.substr(prefix.size())))
        files.push_back(spec.substr(prefix.size()));
  files.push_back(c.target_options.fashion_mnist_dir);
  return files;
}

// The report's files are moved into an existing --out folder last: anything there but a regular
// file (a folder, a symbolic link, a device) is refused before any work.
void check_report_files(const std::string& out) {
  for (const char* name : {"report.md", "report.html"}) {
    const std::filesystem::path path = std::filesystem::path(out) / name;
    std::error_code ec;
    const auto status = std::filesystem::symlink_status(path, ec);
    if (!ec && std::filesystem::exists(status) && !std::filesystem::is_regular_file(status))
      throw UsageError("--out '" + excerpt(out, kPathExcerptMaxChars) + "': " + name +
                       " there is not a regular file; allowed: a regular file (replaced) or none");
  }
}

}  // namespace

void add_flow_command(CLI::App& app) {
  CLI::App* cmd = app.add_subcommand(
      "flow",
      "MMD flow F_nu = E + V_nu toward a target measure (images, Diracs, Fashion-MNIST, point files), "
      "by the neural backward / forward schemes and the particle flow. Writes DIR/flow.json "
      "(schema nwgf-flow/2: squared MMD to the target after every step, wall times, config), "
      "PNG snapshots, an animated GIF per scheme and mmd.png, then DIR/report.md (verdict, settings, D^2 over "
      "time, the pictures with captions) and DIR/report.html, the same as one self-contained page.\n"
      "Specs follow the one grammar of every command (docs/specs.md).\n"
      "Targets: image:PATH | diracs:x1,y1;x2,y2;... | diracs:x1,y1@w1;x2,y2@w2;... (weights > 0: "
      "--target-samples points, atom k repeated round(w_k m) times) | dirac:x1,...,xd | gaussian:m1,...,md,s "
      "(--target-samples points; d = 1: midpoint quantiles, else seeded draws) | fashion-mnist[:K] "
      "(default K = 100; Debian package dataset-fashion-mnist) | points:FILE (CSV or JSON, any "
      "dimension).\n"
      "Files read: an image a regular file of at most 256 MiB, a point file a regular file of at most "
      "256 MiB, the Fashion-MNIST IDX file a regular file of at most 1 GiB (a FIFO, a device or a directory "
      "is refused).\n"
      "Starts: dirac[:x1,...,xd] (default: the origin) | diracs:x1,...;x2,... (equal shares of the particles; "
      "weighted x1,...@w1;...: apportioned) | two-points (diracs:-0.5,0;0.5,0) | gaussian:s (N(0, s^2 I)) | "
      "gaussian:m1,...,md,s | uniform:lo,hi | points:FILE.\n"
      "Presets (fewer Adam iterations and particles than the reference 5000 iterations per step "
      "and m = 2000, to run in minutes on 2 CPU cores; any option given overrides the preset):\n"
      "  smiley         image:smiley.pgm (the program's data folder; 2000 samples) from two-points; backward + forward "
      "+ particle; tau 0.1, T 5, m 2000, 1000 iterations/step\n"
      "  two-diracs     diracs:-0.5,0;0.5,0 from dirac; backward + forward + particle; tau 0.1, T 4, "
      "m 2000, 1000 iterations/step\n"
      "  fashion-mnist  fashion-mnist:100 from dirac (784-D); backward + forward + particle; tau 2, "
      "T 40, m 200, 300 iterations/step, forward step batch 200");

  struct Values {
    std::string preset, target, start, schemes, snapshots, taus, out, fashion_dir;
    double tau = 0, T = 0, r = 0, smoothing = 0, background = 0;
    int particles = 0;
    int target_samples = 0, grid_images = 0;
    long long seed = 0;
    std::shared_ptr<SettingsFlags> settings;
    bool no_plots = false, quiet = false;
  };
  auto v = std::make_shared<Values>();
  const FlowConfig defaults;
  cmd->add_option("--preset", v->preset, "smiley | two-diracs | fashion-mnist (see above)");
  cmd->add_option("--target", v->target, "target spec (see above; docs/specs.md); default " + defaults.target);
  cmd->add_option("--start", v->start, "start spec (see above; docs/specs.md); default " + defaults.start);
  cmd->add_option("--scheme", v->schemes, "backward | forward | particle, or a comma-separated list; default backward");
  cmd->add_option("--tau", v->tau, "step size, > 0; default 0.05");
  cmd->add_option("--taus", v->taus,
                  "self-convergence: at least 3 step sizes with one ratio, tau_1,tau_2,... with tau_(i+1) = tau_i / ratio "
                  "(e.g. 0.4,0.2,0.1), T a whole multiple of each; not with --tau. Every scheme runs at every tau from "
                  "the same seed, and once more at the finest tau from seed + 1 (the noise floor); flow.json gains "
                  "self_convergence (W2 and MMD between successive solutions at the common times, orders, Richardson "
                  "estimate, GCI; the verdict uses W2) and DIR/selfconv.png");
  cmd->add_option("--T", v->T, "final time; T / tau a whole number; default 1.2");
  cmd->add_option("--r", v->r, "Riesz exponent in (0, 2); default 1");
  cmd->add_option("--particles", v->particles,
                  std::string("particles m, in [1, 1000000]; refused before any work when they cannot fit in ") +
                      kMemoryLimitText + "; default 2000 (a points: start uses its own count)");
  cmd->add_option("--snapshots", v->snapshots, "snapshot times t1,t2,... in [0, T]; default 0,T/4,T/2,3T/4,T");
  cmd->add_option("--seed", v->seed, fmt::format("seed of every random stream, in [0, {}]; default 0", CellBounds::kMaxSeed))
      ->check(whole_number_range(0, static_cast<std::int64_t>(CellBounds::kMaxSeed)));
  v->settings = add_settings_options(cmd, defaults.settings);
  cmd->add_option("--target-samples", v->target_samples,
                  std::string("image, weighted-Dirac and Gaussian targets: the number of target points, >= 1; refused "
                              "before any work when they cannot fit in ") + kMemoryLimitText + "; default 2000");
  cmd->add_option("--smoothing", v->smoothing, "image targets: Gaussian blur in pixels; default 1");
  cmd->add_option("--background", v->background, "image targets: multi-scale background weight in [0, 1); default 0.03");
  cmd->add_option("--fashion-mnist-dir", v->fashion_dir,
                  "Fashion-MNIST IDX directory; default $NWGF_FASHION_MNIST_DIR or /usr/share/datasets/fashion-mnist");
  cmd->add_option("--grid-images", v->grid_images, "784-D image targets: particles per snapshot grid; default 36");
  cmd->add_flag("--no-plots", v->no_plots, "write flow.json only (no gnuplot needed)");
  cmd->add_flag("--quiet", v->quiet, "no progress output");
  cmd->add_option("--out", v->out,
                  "output folder: a new path in a writable folder, an empty folder or one holding a previous "
                  "flow.json (checked before any work)")
      ->required();

  cmd->callback([cmd, v] {
    FlowConfig c = v->preset.empty() ? FlowConfig{} : preset_config(v->preset);
    const auto given = [&](const char* name) { return cmd->count(name) > 0; };
    if (given("--target")) c.target = v->target;
    if (given("--start")) c.start = v->start;
    if (given("--scheme")) {
      c.schemes.clear();
      for (const std::string& name : split_commas(v->schemes)) c.schemes.push_back(scheme_named(name));
    }
    if (given("--tau") && given("--taus"))
      throw UsageError("--tau " + fmt::format("{}", v->tau) + " and --taus '" + v->taus +
                       "' are both given; allowed: one of them (--taus runs every step size it lists)");
    if (given("--tau")) c.tau = v->tau;
    if (given("--taus")) {
      c.taus = parse_numbers("--taus", v->taus, "tau_1,tau_2,tau_3,... with one ratio");
      c.tau = c.taus.back();
    }
    if (given("--T")) c.T = v->T;
    if (given("--r")) c.r = v->r;
    if (given("--particles")) c.particles = v->particles;
    if (given("--snapshots")) c.snapshots = parse_numbers("--snapshots", v->snapshots, "t1,t2,... in [0, T]");
    if (given("--seed")) c.seed = static_cast<std::uint64_t>(v->seed);  // in [0, 2^63 - 1]: its validator
    apply_settings_options(*cmd, *v->settings, c.settings);
    if (given("--target-samples")) {
      if (v->target_samples < 1)
        throw UsageError(fmt::format("--target-samples {} is out of range; allowed: >= 1", v->target_samples));
      c.target_options.image_samples = static_cast<std::size_t>(v->target_samples);
    }
    if (given("--smoothing")) c.target_options.image.smoothing_px = v->smoothing;
    if (given("--background")) c.target_options.image.background_weight = v->background;
    if (given("--fashion-mnist-dir")) c.target_options.fashion_mnist_dir = v->fashion_dir;
    if (given("--grid-images")) c.grid_images = v->grid_images;
    if (v->no_plots) c.plots = false;
    check_outputs({folder_output("--out", v->out, {"flow.json"})}, flow_input_files(c));
    check_report_files(v->out);

    const PreparedFlow prepared = prepare_flow(c);  // every input checked; nothing written yet
    // Held from the first write to the last (after the input checks: a bad input is said as such).
    const FileLock lock = lock_output(v->out, "nwgf flow --out " + v->out, v->quiet);
    const nlohmann::json result = run_flow(c, prepared, v->out, {v->quiet});
    std::string failed;
    for (const auto& run : result["runs"]) {
      if (run["status"] != "ok")
        failed += fmt::format("{}{}: {}", failed.empty() ? "" : "; ", run["scheme"].get<std::string>(),
                              run["failure"].is_string() ? run["failure"].get<std::string>() : "failed");
      const auto& s = run["summary"];
      const auto num = [](const nlohmann::json& j) { return j.is_number() ? j.get<double>() : NAN; };
      const std::string which = c.taus.empty() ? run["scheme"].get<std::string>()
                                               : fmt::format("{} tau {}{}", run["scheme"].get<std::string>(),
                                                             run["tau"].get<double>(), run["role"] == "floor" ? " seed+1" : "");
      fmt::print("{:<9} {:<6} MMD^2 to target: start {:.4e}, final {:.4e} ({} steps, {:.1f} s)\n",
                 which, run["status"].get<std::string>(), num(s["mmd2_start"]),
                 num(s["mmd2_final"]), s["steps_done"].get<int>(), s["wall_s"].get<double>());
    }
    if (result["self_convergence"].is_array())
      for (const auto& entry : result["self_convergence"])
        fmt::print("{}\n", self_convergence_summary(entry["scheme"].get<std::string>(), entry));
    fmt::print("wrote {0}/flow.json, {0}/report.md and {0}/report.html\n", v->out);
    if (!failed.empty())  // the record is written; the command failed, as nwgf run does
      throw std::runtime_error(fmt::format("the flow failed (recorded in {}/flow.json): {}", v->out, failed));
  });
}

}  // namespace nwgf::suite
