// nwgf report: renders a study results file (suite/study/sweep.h) into reports/NAME/ (suite/report/report.h).
#include <cstdio>
#include <filesystem>
#include <memory>

#include "suite/cli/commands.h"
#include "suite/report/report.h"
#include "suite/study/sweep.h"

namespace nwgf::suite {

void add_report_command(CLI::App& app) {
  auto* report = app.add_subcommand(
      "report", "Render a study results file into Markdown with gnuplot plots (SVG and PNG)");
  struct Args {
    std::string results, out, gnuplot = "gnuplot";
    bool no_render = false;
  };
  auto args = std::make_shared<Args>();
  report->add_option("results", args->results, "Study results file (results/NAME.json)")->required();
  report->add_option("--out", args->out, "Report directory (default: reports/NAME/)");
  report->add_option("--gnuplot", args->gnuplot, "gnuplot program");
  report->add_flag("--no-render", args->no_render, "Write report.md, data and plots.gp without running gnuplot");
  report->callback([args]() {
    const auto doc = load_study_document(args->results);  // refuses corrupt or foreign files
    ReportOptions options;
    options.out_dir = args->out.empty()
                          ? "reports/" + std::filesystem::path(args->results).stem().string()
                          : args->out;
    options.results_path = args->results;
    options.gnuplot = args->gnuplot;
    options.render = !args->no_render;
    const auto s = write_report(doc, options);
    std::printf("wrote %s and %zu plots (SVG and PNG) in %s\n", s.markdown.c_str(), s.plots.size(),
                options.out_dir.c_str());
  });
}

}  // namespace nwgf::suite
