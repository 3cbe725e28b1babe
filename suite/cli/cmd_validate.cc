// nwgf validate: the product's main job. Runs a built-in study (suite/study/presets/<preset>.json) with
// nwgf sweep and renders it with nwgf report: results/<preset>.json and reports/<preset>/.
//   default: d = 2 and 3, r = 1 and 1.5, taus 0.2/0.1/0.05, backward, forward (from
//            gamma(0.2) where r != 1) and particle schemes, reduced evaluation (the reasons are
//            in the preset's description; its wall time is under the README's two commands
//            and in docs/validation.md, Wall time), with a line section and a radial section;
//   paper:   the reference settings of docs/math.md section 5 (long; progress shown; --resume).
#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <optional>
#include <thread>

#include <fmt/format.h>

#include "suite/cli/commands.h"
#include "suite/cli/verdicts.h"
#include "suite/common/file_lock.h"
#include "suite/common/io_util.h"
#include "suite/common/output_path.h"
#include "suite/common/data_dir.h"
#include "suite/report/html_page.h"
#include "suite/report/report.h"
#include "suite/study/study_config.h"
#include "suite/score/external.h"
#include "suite/study/python_interpreter.h"
#include "suite/study/study_results.h"
#include "suite/study/sweep.h"

namespace nwgf::suite {

namespace {

// presets/<name>.json in the program's data folder (suite/common/data_dir.h).
std::string preset_path(const std::string& name) {
  for (char c : name)
    if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-'))
      throw UsageError(fmt::format("--preset '{}': a preset name has letters, digits, '-' and '_' only", name));
  const std::filesystem::path folder = data_root() / "presets";
  const std::filesystem::path path = folder / (name + ".json");
  std::error_code ec;
  if (std::filesystem::exists(path, ec)) return path.string();
  std::string known;
  for (const auto& e : std::filesystem::directory_iterator(folder, ec))
    if (e.path().extension() == ".json") known += (known.empty() ? "" : ", ") + e.path().stem().string();
  throw UsageError(fmt::format("--preset '{}' not found (known: {})", name, known.empty() ? "none" : known));
}

}  // namespace

void add_validate_command(CLI::App& app) {
  auto* validate = app.add_subcommand(
      "validate",
      "Run the built-in validation study and its report (default: the Dirac, line and radial families, 4 minutes "
      "on 2 AVX-512 cores, longer on AVX2 ones, docs/validation.md; "
      "--preset paper: the reference settings)");
  struct Args {
    std::string preset = "default", out, report_dir;
    int iters = 0;
    int ensemble = 0;
    bool resume = false, quiet = false, plan = false;
  };
  auto args = std::make_shared<Args>();
  validate->add_option("--preset", args->preset, "Study preset: default or paper (suite/study/presets/NAME.json)");
  validate->add_option("--out", args->out,
                       "Results file (default: results/PRESET.json): a regular file (replaced) or a new path in a "
                       "writable folder");
  validate->add_option("--report", args->report_dir,
                       "Report folder (default: reports/PRESET/): a new path, an empty folder or one holding a "
                       "previous report.md or plots.gp");
  validate->add_option("--iters", args->iters,
                       "Adam iterations per step, overriding the preset (the study's time budget)")
      ->check(CLI::Range(1, 100000000));
  validate->add_option("--ensemble", args->ensemble,
                       "Cells in flight at once, in [0, 256] (as nwgf sweep --ensemble, the same rule): 0, the "
                       "default: one per CPU core, at most 8 and at most as many as fit in the available memory. "
                       "Every K gives the same numbers (only wall times differ), so the default is the fastest")
      ->capture_default_str()
      ->check(CLI::Range(0, 256));
  validate->add_flag("--resume", args->resume, "Continue an interrupted run (finished cells are kept)");
  validate->add_flag("--quiet", args->quiet, "No progress output and no closing table of convergence groups");
  validate->add_flag("--plan", args->plan, "List the cells and the total work, run nothing");
  validate->callback([args]() {
    const std::string path = preset_path(args->preset);
    const std::string out = args->out.empty() ? "results/" + args->preset + ".json" : args->out;
    const std::string report_dir = args->report_dir.empty() ? "reports/" + args->preset : args->report_dir;
    std::optional<FileLock> report_lock;  // the sweep holds the results file's lock itself
    if (!args->plan) {
      std::vector<Output> outputs = sweep_outputs(out, "");
      outputs.push_back(folder_output("--report", report_dir, {"report.md", "plots.gp"}));
      check_outputs(outputs, {path});
      report_lock.emplace(lock_output(report_dir, "nwgf validate --report " + report_dir, args->quiet));
    }
    nlohmann::json j = read_json_file(path, kStudyConfigFile);
    if (args->iters > 0) j["training"]["iters"] = args->iters;
    StudyConfig config;
    try {
      config = study_config_from_json(j, path);
    } catch (const StudyConfigError& e) {
      print_study_config_problems(path, e.problems);
      throw;
    }
    // A preset naming external solvers with {python}: the interpreter is found before any work.
    const std::string python = study_needs_python(config, Shard{}) ? find_python_with_numpy(python_candidates()) : "";
    if (args->plan) {
      print_study_plan(config, Shard{}, resolve_ensemble(args->ensemble, config, Shard{}));
      if (!python.empty()) std::printf("{python} is %s\n", python.c_str());
      return;
    }
    SweepOptions options;
    options.out = out;
    options.resume = args->resume;
    options.quiet = args->quiet;
    options.ensemble = resolve_ensemble(args->ensemble, config, Shard{});
    options.external_runner = with_python(run_external_cell, python);  // a preset may name external solvers
    const SweepSummary s = run_sweep(config, options);
    std::printf("wrote %s: %d cells (%d run now, %d resumed, %d failed)\n", s.written.c_str(), s.planned, s.ran,
                s.resumed, s.failed);
    ReportOptions report;
    report.out_dir = report_dir;
    report.results_path = options.out;
    report.quiet = args->quiet;
    const nlohmann::json doc = load_study_document(options.out);
    const auto r = write_report(doc, report);
    std::printf("wrote %s and %zu plots (SVG and PNG) in %s\n", r.markdown.c_str(), r.plots.size(),
                report.out_dir.c_str());
    const HtmlPageSummary page = write_html_page(report.out_dir);  // suite/report/html_page.h
    std::printf("wrote %s (self-contained: %d plots inline)\n", page.path.c_str(), page.svg_inlined);
    if (!args->quiet) std::printf("%s", convergence_table(study_results_from_json(doc, options.out)).c_str());
  });
}

}  // namespace nwgf::suite
