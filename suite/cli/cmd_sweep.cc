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
#include "suite/study/sweep.h"

namespace nwgf::suite {

void add_sweep_command(CLI::App& app) {
  auto* sweep = app.add_subcommand("sweep", "Run a study (schemes and external solvers x d x r x taus x seeds) from a config file");
  struct Args {
    std::string config, out, shard = "1/1";
    bool resume = false, quiet = false, plan = false, retry_failed = false;
    std::string runs_dir;
    int ensemble = 1;
    std::vector<std::string> merge_inputs;
    std::string merge_out;
  };
  auto args = std::make_shared<Args>();
  sweep->add_option("--config", args->config,
                    "Study config (required; JSON, " + input_cap_text(kStudyConfigFile) +
                        "): a JSON object with \"schemes\" (backward, forward, particle), \"d\", \"r\", \"taus\", "
                        "\"seeds\", \"T\", network and training settings, external \"solvers\" and sections of the "
                        "families toward a target (\"line\", \"radial\"); every key in docs/solvers.md (Study "
                        "configs) and docs/architecture.md, examples in suite/study/presets/ and examples/*.json");
  sweep->add_option("--out", args->out,
                    "Results file to write (required; e.g. results/NAME.json): a regular file (replaced) or a new path in a "
                    "writable folder; NAME.partial.json, NAME.runs/ and the lock NAME.lock go beside it");
  sweep->add_flag("--resume", args->resume,
                  "Continue an interrupted sweep from OUT's partial file (finished cells are skipped)");
  sweep->add_option("--shard", args->shard,
                    "Run only shard i of n (1-based): cells whose index k has k mod n = i - 1; 'slurm': this "
                    "task's shard of a Slurm job array (tools/slurm/)");
  sweep->add_option("--ensemble", args->ensemble,
                    "Cells in flight at once, their training loops side by side (on the config's threads; one "
                    "per core when 0); same numbers as 1, more cells per second on several cores")
      ->capture_default_str()
      ->check(CLI::Range(1, 256));
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
  merge->callback([args]() {
    check_outputs({file_output("--out", args->merge_out)}, args->merge_inputs);
    const FileLock lock = lock_output(args->merge_out, "nwgf sweep merge --out " + args->merge_out, false);
    const auto doc = merge_study_shards(args->merge_inputs);
    write_file_atomic(args->merge_out, doc.dump(1));
    std::printf("wrote %s: %zu cells from %zu shard files\n", args->merge_out.c_str(), doc["cells"].size(),
                args->merge_inputs.size());
    std::printf("%s", convergence_table(doc).c_str());
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
    if (args->plan) {
      print_study_plan(config, shard, args->ensemble);
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
    options.ensemble = args->ensemble;
    if (args->retry_failed && !args->resume) throw UsageError("sweep: --retry-failed needs --resume");
    options.retry_failed = args->retry_failed;
    options.runs_dir = args->runs_dir;
    options.external_runner = with_python(run_external_cell, python);
    const SweepSummary s = run_sweep(config, options);
    std::printf("wrote %s: %d cells (%d run now, %d resumed, %d failed)\n", s.written.c_str(), s.planned,
                s.ran, s.resumed, s.failed);
    if (!args->quiet) std::printf("%s", convergence_table(load_study_document(s.written)).c_str());
  });
}

}  // namespace nwgf::suite
