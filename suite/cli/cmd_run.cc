// `nwgf run`: one cell (suite/study/run_cell.h) from flags, written as one JSON document
// {config, provenance, steps, summary} atomically to --out; the neural schemes' chain of
// generators is saved in <out without .json>.chain/ beside it (resample it with
// `nwgf resample`). Bad input, an --out the output rule refuses (suite/common/output_path.h)
// included, exits 2 with one line before anything is written or trained.
#include <cstdio>
#include <memory>
#include <string>

#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "neural/device.h"
#include "suite/common/errors.h"
#include "suite/cli/commands.h"
#include "suite/cli/number_options.h"
#include "suite/common/file_lock.h"
#include "suite/common/io_util.h"
#include "suite/common/memory_limit.h"
#include "suite/common/output_path.h"
#include "suite/cli/settings_options.h"
#include "suite/study/run_cell.h"
#include "suite/study/settings_names.h"

namespace nwgf::suite {

namespace {

struct RunArgs {
  CellConfig config;
  std::string scheme = "backward";
  std::string family = "dirac";
  long long seed = 0;
  std::shared_ptr<SettingsFlags> settings;
  std::string out;
  bool quiet = false;
};

void refuse_if_it_cannot_fit(const CellConfig& config) {
  refuse_beyond_available_memory(cell_memory_estimate_bytes(config),
                                 fmt::format("the cell (particles {}, eval_samples {}, d {})", config.particles,
                                             config.eval_samples, config.d));
}

void run_command(const CLI::App& cmd, const RunArgs& args) {
  CellConfig config = args.config;
  config.scheme = scheme_named(args.scheme);
  if (args.family == "line") {
    // The line family (suite/study/line_cell.h): d = 1 and r = 1 unless given (then checked).
    config.family = CellFamily::Line;
    if (cmd.count("--d") == 0) config.d = 1;
    if (cmd.count("--r") == 0) config.r = 1.0;
    if (cmd.count("--start") == 0) config.start = "dirac:0";
    if (cmd.count("--target") == 0) throw UsageError("--family line needs --target (a spec of nwgf analytic --family line)");
  } else if (args.family != "dirac") {
    throw UsageError("--family \"" + args.family + "\" is not one of dirac, line");
  } else if (cmd.count("--start") || cmd.count("--target")) {
    throw UsageError("--start and --target are for --family line only");
  }
  config.seed = static_cast<std::uint64_t>(args.seed);  // in [0, kMaxSeed]: its validator
  apply_settings_options(cmd, *args.settings, config.settings);
  const bool chain = config.scheme != neural::Scheme::Particle;
  // results/x.json (or results/x) -> results/x.chain beside it
  if (chain) config.chain_dir = sibling_path(args.out, chain_sibling().suffix);
  check_outputs({file_output("--out", args.out, chain ? std::vector{chain_sibling()} : std::vector<Sibling>{})});
  validate(config);
  refuse_if_it_cannot_fit(config);
  neural::resolve_device(config.settings.device);  // refuses --device cuda without a GPU before any work
  const FileLock lock = lock_output(args.out, "nwgf run --out " + args.out, args.quiet);
  const nlohmann::json result = run_cell(config, RunOptions{args.quiet, {}});
  write_file_atomic(args.out, result.dump(1) + "\n");
  const auto& s = result["summary"];
  if (!args.quiet) {
    const auto show = [](const nlohmann::json& m) {
      if (!m.is_object()) return std::string("n/a");
      if (m.contains("w2"))  // a line cell
        return fmt::format("W2 {:.4g}, mmd {:.4g} (floor {:.4g}), mmd to target {:.4g}", m["w2"].get<double>(),
                           m["mmd"].get<double>(), m["mmd_floor"].get<double>(), m["mmd_to_target"].get<double>());
      return fmt::format("mmd {:.4g} (floor {:.4g}), radial W2 {:.4g}, M2 rel {:+.3g}", m["mmd"].get<double>(),
                         m["mmd_floor"].get<double>(), m["radial_w2"].get<double>(), m["m2_rel_error"].get<double>());
    };
    std::fprintf(stderr, "nwgf run: %s in %.1f s; at T: particles %s; chain %s -> %s\n",
                 s["status"].get<std::string>().c_str(), s["wall_s"].get<double>(), show(s["particles"]).c_str(),
                 show(s["chain"]).c_str(), args.out.c_str());
  }
  if (s["status"] != "ok")
    throw std::runtime_error("the run failed (recorded in " + args.out + "): " + s["failure"].get<std::string>());
}

}  // namespace

void add_run_command(CLI::App& app) {
  auto args = std::make_shared<RunArgs>();
  CellConfig& c = args->config;
  CLI::App* cmd = app.add_subcommand(
      "run", "Run one cell: a neural backward/forward scheme or the particle flow, scored against the exact flow");
  cmd->add_option("--scheme", args->scheme, "backward | forward | particle; default backward");
  cmd->add_option("--family", args->family,
                  "dirac (default: the interaction energy from delta_0 or gamma(t0)) | line (d = 1, r = 1, "
                  "toward --target from --start, scored against the exact line flow)");
  cmd->add_option("--start", c.start,
                  "line family: mu_0, dirac:x | diracs:x1;x2[@w;...] | uniform:a,b; default dirac:0");
  cmd->add_option("--target", c.target,
                  "line family: nu, dirac:x | diracs:x1;x2[@w;...] | uniform:a,b | gaussian:m,s");
  cmd->add_option("--d", c.d, fmt::format("dimension, in [1, {}]", CellBounds::kMaxDimension))->capture_default_str();
  cmd->add_option("--r", c.r,
                  "Riesz exponent r in (0, 2); near 2 the exact flow leaves double precision (docs/math.md 3.1, "
                  "Near r = 2: r <= 1.998, and a(t)^2 a normal double from the first step to T)")
      ->capture_default_str();
  cmd->add_option("--tau", c.tau, "step size tau > 0; (T - t0)/tau a whole number")->capture_default_str();
  cmd->add_option("--T", c.T, "final time T > t0")->capture_default_str();
  cmd->add_option("--t0", c.t0, "start time: 0 is delta_0, > 0 starts at gamma(t0) sampled exactly")
      ->capture_default_str();
  cmd->add_option("--particles", c.particles,
                  fmt::format("particles m (neural) or N (particle flow, >= 2), in [1, {}]", CellBounds::kMaxParticles))
      ->capture_default_str();
  cmd->add_option("--eval-samples", c.eval_samples,
                  fmt::format("fresh chain samples scored per step, in [0, {}]; 0: off (a cell whose particles and "
                              "samples cannot fit in {} is refused before any work)",
                              CellBounds::kMaxEvalSamples, kMemoryLimitText))
      ->capture_default_str();
  cmd->add_option("--seed", args->seed, fmt::format("seed of every random stream, in [0, {}]", CellBounds::kMaxSeed))
      ->check(whole_number_range(0, static_cast<std::int64_t>(CellBounds::kMaxSeed)))
      ->capture_default_str();
  args->settings = add_settings_options(cmd, c.settings);
  cmd->add_flag("--quiet", args->quiet, "no progress output");
  cmd->add_option("--out", args->out,
                  "result JSON file, a regular file (replaced) or a new path in a writable folder; the chain goes to "
                  "FILE.chain/ beside it (FILE without .json), a new folder or a previous chain (checked before any work)")
      ->required();
  cmd->callback([cmd, args]() { run_command(*cmd, *args); });
}

}  // namespace nwgf::suite
