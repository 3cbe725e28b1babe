// nwgf report: renders a study results file (suite/study/sweep.h) into reports/NAME/, or several
// side by side into --out DIR (suite/report/report.h). The folder follows the output rule
// (suite/common/output_path.h), checked before any results file is read, and is locked while
// the report is written.
#include <cstdio>
#include <filesystem>
#include <memory>
#include <vector>

#include <fmt/format.h>

#include "suite/cli/commands.h"
#include "suite/common/errors.h"
#include "suite/common/file_lock.h"
#include "suite/common/output_path.h"
#include "suite/common/input_file.h"
#include "suite/report/html_page.h"
#include "suite/report/report.h"
#include "suite/study/sweep.h"

namespace nwgf::suite {

void add_report_command(CLI::App& app) {
  auto* report = app.add_subcommand(
      "report",
      "Render a study results file into Markdown with gnuplot plots (SVG and PNG) and report.html, the same "
      "report as one self-contained page (inline SVG, sortable tables, works offline); with several files, "
      "one report comparing them (convergence plots, fitted orders and baselines of every scheme and solver)");
  struct Args {
    std::vector<std::string> results;
    std::string out, gnuplot = "gnuplot";
    double render_timeout_s = kGnuplotPlotTimeoutS;
    bool no_render = false, quiet = false;
  };
  auto args = std::make_shared<Args>();
  report->add_option("results", args->results,
                     "Study results file(s) (results/NAME.json, each " + input_cap_text(kResultsFile) +
                         "); several: compared in one report (needs --out)")
      ->required();
  report->add_option("--out", args->out,
                     "Report folder: a new path in a writable folder, an empty folder or one holding a previous "
                     "report.md or plots.gp (default for one file: reports/NAME/)");
  report->add_option("--gnuplot", args->gnuplot, "gnuplot program");
  report->add_option("--render-timeout", args->render_timeout_s,
                     "The most seconds gnuplot may spend on one plot before it is killed (the report then fails, "
                     "naming the plot)")
      ->capture_default_str()
      ->check(CLI::Range(0.001, 86400.0));
  report->add_flag("--no-render", args->no_render,
                   "Write report.md, data and plots.gp without running gnuplot (and so no report.html)");
  report->add_flag("--quiet", args->quiet, "No progress lines while gnuplot renders");
  report->callback([args]() {
    if (args->results.size() > 1 && args->out.empty())
      throw UsageError(fmt::format("report: {} results files are compared into one folder: --out DIR is required",
                                   args->results.size()));
    ReportOptions options;
    options.out_dir = args->out.empty()
                          ? "reports/" + std::filesystem::path(args->results.front()).stem().string()
                          : args->out;
    // The folder is checked before any results file is read.
    check_outputs({folder_output("--out", options.out_dir, {"report.md", "plots.gp"})}, args->results);
    // Every file is read and checked before anything is written (refuses corrupt or foreign files).
    std::vector<ComparedResults> files;
    for (const auto& path : args->results) files.push_back({load_study_document(path), path});
    const FileLock lock = lock_output(options.out_dir, "nwgf report --out " + options.out_dir, args->quiet);
    options.results_path = args->results.front();
    options.gnuplot = args->gnuplot;
    options.render = !args->no_render;
    options.render_timeout_s = args->render_timeout_s;
    options.quiet = args->quiet;
    const auto s = files.size() == 1 ? write_report(files.front().doc, options) : write_comparison_report(files, options);
    std::printf("wrote %s and %zu plots (SVG and PNG) in %s\n", s.markdown.c_str(), s.plots.size(),
                options.out_dir.c_str());
    // The page beside it (suite/report/html_page.h); without rendering there are no plots to inline.
    if (options.render) {
      const HtmlPageSummary page = write_html_page(options.out_dir);
      std::printf("wrote %s (self-contained: %d plots inline)\n", page.path.c_str(), page.svg_inlined);
    }
  });
}

}  // namespace nwgf::suite
