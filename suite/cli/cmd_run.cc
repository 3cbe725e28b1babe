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
#include "suite/common/message_limits.h"
#include "suite/cli/commands.h"
#include "suite/cli/number_options.h"
#include "suite/common/file_lock.h"
#include "suite/common/io_util.h"
#include "suite/common/memory_limit.h"
#include "suite/common/output_path.h"
#include "suite/cli/settings_options.h"
#include "suite/study/run_cell.h"
#include "suite/study/target_family.h"
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
  if (const TargetFamily* family = target_family(args.family)) {
    // A family toward a target (suite/study/target_family.h): its fixed d and r unless given (then
    // checked), its default start.
    config.family = family->name;
    if (cmd.count("--d") == 0) config.d = family->fixed_d;
    if (cmd.count("--r") == 0) config.r = family->fixed_r;
    if (cmd.count("--start") == 0) {
      if (family->default_start.empty())
        throw UsageError("--family " + family->name + " needs --start (" + family->start_specs + ")");
      config.start = family->default_start;
    }
    if (cmd.count("--target") == 0)
      throw UsageError("--family " + family->name + " needs --target (" + family->target_specs + ")");
  } else if (args.family != kDiracFamily) {
    throw UsageError("--family " + excerpt(args.family) + " is not one of " + family_names());
  } else if (cmd.count("--start") || cmd.count("--target")) {
    std::string names;
    for (const TargetFamily* f : target_families()) names += (names.empty() ? "" : " or ") + f->name;
    throw UsageError("--start and --target need a family toward a target: --family " + names);
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
      if (m.contains("mmd_to_target")) {  // a cell toward a target: its family's W2 first
        const std::string w2 = m.contains("w2") ? "w2" : "radial_w2";
        return fmt::format("{} {:.4g}, mmd {:.4g} (floor {:.4g}), mmd to target {:.4g}", w2 == "w2" ? "W2" : "radial W2",
                           m[w2].get<double>(), m["mmd"].get<double>(), m["mmd_floor"].get<double>(),
                           m["mmd_to_target"].get<double>());
      }
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
  std::string family_help = "dirac (default: the interaction energy from delta_0 or gamma(t0))";
  std::string start_help = "mu_0 of a family toward a target:", target_help = "nu of a family toward a target:";
  for (const TargetFamily* f : target_families()) {
    family_help += " | " + f->name + " (" + f->title + ", toward --target from --start)";
    start_help += " " + f->name + ": " + f->start_specs +
                  (f->default_start.empty() ? std::string(" (required);") : "; default " + f->default_start + ";");
    target_help += " " + f->name + ": " + f->target_specs + ";";
  }
  cmd->add_option("--family", args->family, family_help);
  cmd->add_option("--start", c.start, start_help + " (one grammar for every command: docs/specs.md)");
  cmd->add_option("--target", c.target, target_help + " (docs/specs.md)");
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
