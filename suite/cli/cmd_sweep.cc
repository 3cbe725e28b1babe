// nwgf sweep: runs a study from a config file (suite/study/study_config.h) into one results file
// (suite/study/sweep.h), resumably and in shards; nwgf sweep merge joins shard files. Unless
// --quiet, both end with the table of the convergence groups (suite/cli/verdicts.h). The solvers'
// {python} is the first interpreter with NumPy (suite/study/python_interpreter.h).
#include <cstdio>
#include <memory>

#include <fmt/format.h>

#include "suite/cli/commands.h"
#include "suite/cli/verdicts.h"
#include "suite/common/input_file.h"
#include "suite/common/file_lock.h"
#include "suite/common/io_util.h"
#include "suite/common/memory_limit.h"
#include "suite/common/output_path.h"
#include "suite/score/external.h"
#include "suite/study/python_interpreter.h"
#include "suite/study/study_config.h"
#include "suite/study/study_results.h"
#include "suite/study/sweep.h"

namespace nwgf::suite {

namespace {

// The study config in words, with an example (tested: suite/cli/tests/cli_help_test.cc plans it).
constexpr const char* kStudyConfigHelp =
    "Study config: one JSON object. A cell is run for every built-in scheme and external solver x d x r x tau x "
    "seed:\n"
    "  name, description     the study's name (results, reports) and what it is for\n"
    "  schemes               built-in schemes: backward, forward, particle (may be [] with solvers)\n"
    "  d, r, taus, seeds     lists: dimensions, Riesz exponents in (0, 2), step sizes, seeds\n"
    "  T, t0, forward_t0     final and start time ((T - t0)/tau whole); forward cells' start when r != 1\n"
    "  particles, eval_samples, network {width, depth, activation, latent}, training {iters, batch, lr, eps,\n"
    "  step_batch, engine}, particle_flow {particles, start_box}, device, threads   the schemes' settings\n"
    "  solvers               external programs: name, command (an argument list with {python} {d} {r} {tau}\n"
    "                        {T} {t0} {seed} {run_dir} {start} {target}), scheme (backward, forward, other),\n"
    "                        timeout_s; each writes a run folder (docs/snapshot-protocol.md)\n"
    "  line, radial          sections of the families toward a target: name, start and target specs\n"
    "                        (docs/specs.md), T, taus, and d, r for radial; optional particles, iters, solvers\n"
    "Example (a particle flow and a NumPy solver from delta_0 in d = 2, and toward two Diracs on the line):\n"
    "  {\"name\": \"mine\", \"schemes\": [\"particle\"], \"d\": [2], \"r\": [1], \"taus\": [0.2, 0.1], \"seeds\": [0],\n"
    "   \"T\": 0.4, \"particles\": 500,\n"
    "   \"solvers\": [{\"name\": \"numpy_flow\", \"scheme\": \"forward\", \"timeout_s\": 600,\n"
    "     \"command\": [\"{python}\", \"examples/numpy_particle_flow.py\", \"--d\", \"{d}\", \"--r\", \"{r}\", \"--tau\",\n"
    "       \"{tau}\", \"--T\", \"{T}\", \"--t0\", \"{t0}\", \"--seed\", \"{seed}\", \"--out\", \"{run_dir}\"]}],\n"
    "   \"line\": [{\"name\": \"two_diracs\", \"start\": \"dirac:0\", \"target\": \"diracs:-1;1\", \"T\": 0.4,\n"
    "     \"taus\": [0.2, 0.1]}]}\n"
    "Every key, its default and its checks: docs/solvers.md, Study configs; more examples: "
    "suite/study/presets/*.json, examples/*-study.json.";

}  // namespace

void add_sweep_command(CLI::App& app) {
  auto* sweep = app.add_subcommand("sweep", "Run a study (schemes and external solvers x d x r x taus x seeds) from a config file");
  sweep->footer(kStudyConfigHelp);
  struct Args {
    std::string config, out, shard = "1/1";
    bool resume = false, quiet = false, plan = false, retry_failed = false;
    std::string runs_dir;
    int ensemble = 0;
    std::vector<std::string> merge_inputs;
    std::string merge_out;
  };
  auto args = std::make_shared<Args>();
  // --config is required for a run and a plan, not with merge: CLI11 checks the required options
  // of a group apart, and skips a group that excludes the subcommand given (CLI11 2.1).
  CLI::Option_group* run_group =
      sweep->add_option_group("Required for a run or a plan (not with merge)");
  run_group->add_option("--config", args->config,
                    "Study config (JSON, " + input_cap_text(kStudyConfigFile) +
                        "): a JSON object with \"schemes\" (backward, forward, particle), \"d\", \"r\", \"taus\", "
                        "\"seeds\", \"T\", network and training settings, external \"solvers\" and sections of the "
                        "families toward a target (\"line\", \"radial\"); every key in docs/solvers.md (Study "
                        "configs) and docs/architecture.md, examples in suite/study/presets/ and examples/*.json")
      ->required();
  sweep->add_option("--out", args->out,
                    "Results file to write (required except with --plan; e.g. results/NAME.json): a regular file (replaced) or a new path in a "
                    "writable folder; NAME.partial.json, NAME.runs/ and the lock NAME.lock go beside it");
  sweep->add_flag("--resume", args->resume,
                  "Continue an interrupted sweep from OUT's partial file (finished cells are skipped)");
  sweep->add_option("--shard", args->shard,
                    "Run only shard i of n (1-based): cells whose index k has k mod n = i - 1; 'slurm': this "
                    "task's shard of a Slurm job array (tools/slurm/)");
  sweep->add_option("--ensemble", args->ensemble,
                    "Cells in flight at once (built-in cells trained side by side, external solvers as that many "
                    "processes), in [0, 256]; 0, the default as in nwgf validate: one per CPU core, at most 8 and "
                    "at most as many as fit in the available memory. Every K gives the same numbers (only wall "
                    "times differ), so the default is the fastest; 1: one cell after another")
      ->capture_default_str()
      ->check(CLI::Range(0, 256));
  sweep->add_flag("--retry-failed", args->retry_failed,
                  "With --resume: run failed external solver cells again (otherwise a failed cell is finished)");
  sweep->add_option("--runs-dir", args->runs_dir,
                    "Where external solvers' run folders go, one per cell (default: OUT without .json, plus .runs)");
  sweep->add_flag("--quiet", args->quiet, "No progress output and no closing table of convergence groups");
  sweep->add_flag("--plan", args->plan,
                  std::string("List the cells and the total work, run nothing (like a run, it refuses cells that "
                              "cannot fit in ") + kMemoryLimitText + ")");

  auto* merge = sweep->add_subcommand("merge", "Join the shard files of one study into its results file");
  merge->add_option("files", args->merge_inputs,
                    "Shard files (every shard of the study once; each " + input_cap_text(kResultsFile) + ")")
      ->required();
  merge->add_option("--out", args->merge_out,
                    "Merged results file: a regular file (replaced) or a new path in a writable folder, not a shard file")
      ->required();
  run_group->excludes(merge);
  merge->callback([args]() {
    check_outputs({file_output("--out", args->merge_out)}, args->merge_inputs);
    const FileLock lock = lock_output(args->merge_out, "nwgf sweep merge --out " + args->merge_out, false);
    const auto doc = merge_study_shards(args->merge_inputs);
    write_file_atomic(args->merge_out, doc.dump(1));
    std::printf("wrote %s: %zu cells from %zu shard files\n", args->merge_out.c_str(), doc["cells"].size(),
                args->merge_inputs.size());
    std::printf("%s", convergence_table(study_results_from_json(doc, args->merge_out)).c_str());
  });

  sweep->callback([args, merge]() {
    if (merge->parsed()) return;
    if (args->config.empty()) throw UsageError("sweep: --config FILE is required");
    const Shard shard = parse_shard(args->shard);
    if (!args->plan) {  // the outputs before the config is read (the sweep itself holds their lock)
      if (args->out.empty()) throw UsageError("sweep: --out FILE is required");
      check_outputs(sweep_outputs(args->out, args->runs_dir), {args->config});
    }
    const StudyConfig config = load_study_config_reporting(args->config);
    // {python} of the solvers' commands: found once, before anything is written; none refuses
    // the sweep (and its plan) in one line (suite/study/python_interpreter.h).
    std::string python;
    if (study_needs_python(config, shard)) python = find_python_with_numpy(python_candidates());
    const int ensemble = resolve_ensemble(args->ensemble, config, shard);
    if (args->plan) {
      print_study_plan(config, shard, ensemble);
      if (!python.empty()) std::printf("{python} is %s (the first of $NWGF_PYTHON, the build's interpreter, "
                                       "/usr/bin/python3, python3 on PATH that imports numpy)\n", python.c_str());
      return;
    }
    if (!python.empty() && !args->quiet) std::fprintf(stderr, "nwgf sweep: {python} is %s\n", python.c_str());
    SweepOptions options;
    options.out = args->out;
    options.resume = args->resume;
    options.shard = shard;
    options.quiet = args->quiet;
    options.ensemble = ensemble;
    if (args->retry_failed && !args->resume) throw UsageError("sweep: --retry-failed needs --resume");
    options.retry_failed = args->retry_failed;
    options.runs_dir = args->runs_dir;
    options.external_runner = with_python(run_external_cell, python);
    const SweepSummary s = run_sweep(config, options);
    std::printf("wrote %s: %d cells (%d run now, %d resumed, %d failed)\n", s.written.c_str(), s.planned,
                s.ran, s.resumed, s.failed);
    if (!args->quiet) {  // the results as written, parsed once (suite/study/study_results.h)
      const nlohmann::json doc = load_study_document(s.written);
      std::printf("%s", convergence_table(study_results_from_json(doc, s.written)).c_str());
    }
  });
}

}  // namespace nwgf::suite
