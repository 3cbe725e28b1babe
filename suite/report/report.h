#pragma once
// Rendering a study results file (suite/study/sweep.h) into a readable report: report.md with plots
// rendered by gnuplot (Debian's gnuplot-nox) to SVG and PNG, and the data and script behind
// them (data/*.dat, plots.gp) so every plot can be re-made or restyled.
//
// The report begins with its Verdict (suite/report/verdict.h): per case (d, r, or a family's
// section) and scheme or solver, the fitted order against the exact scheme iterate's and the MMD
// at the smallest tau against its floor; orders read from errors at the floor carry a caveat there
// and in every table (suite/report/order_caveat.h), listed in warnings ("> **Warning:** ...").
// Every plot image is followed by a caption paragraph "*Figure:* ..." saying what to look for;
// plots have axes fitted to their data and their key below them (suite/report/plot_frame.h), a
// colour per curve (suite/report/plot_colours.h).
//
// Plots, per (d, r):
//   conv_<metric>_d<d>_r<r>: log-log error at T vs tau per scheme (mean over seeds, min-max bars)
//     with the fitted slope in the legend, the exact scheme iterate's error as a dashed curve over
//     a dense set of taus (analytic, noise-free; absent where the scheme is exact in time), and the
//     noise floor dotted; metric mmd and radial_w2, source "particles";
//   time_mmd_d<d>_r<r>: MMD to gamma(t_n) against t_n for the smallest tau and the first seed of
//     each scheme, with its floor and the exact scheme's own MMD to gamma(t_n);
//   scatter_<scheme>_d<d>_r<r>: final particles (first two coordinates) with the circle of radius
//     a(T) * (support radius of eta*) -- the support's boundary (ball) or the sphere's outline --
//     and, dashed, the exact scheme iterate's a_N * radius where it differs;
//   radial_<scheme>_d<d>_r<r>: histogram of final radii against the exact radial density
//     (ball regime) or the exact radius (sphere regime, a point mass);
// the last two need the cells' summary.final_points (smallest tau, first seed) and are skipped
// with a note when a results file has none.
// Tables: fitted orders (every metric, both sources, with the exact scheme's order and the floor),
// baselines (per group at the smallest tau: the measured MMD and radial W2 beside the frozen start,
// the i.i.d. exact-sample floor and the exact scheme iterate) and timings. The convergence plots
// draw the frozen start too (black, dash-dot): the start measure never moved, in closed form
// (suite/study/dirac_convergence.h frozen_start_metric). Curves and rows are named by the groups' label:
// the scheme, or an external solver's name.
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "suite/report/gnuplot.h"

namespace nwgf::suite {

struct ReportOptions {
  std::string out_dir;                // e.g. reports/NAME/
  std::string results_path;           // the results file's path, quoted in the report
  std::string gnuplot = "gnuplot";    // the gnuplot program
  bool render = true;                 // false: write report.md, data and plots.gp only
  double render_timeout_s = kGnuplotPlotTimeoutS;  // the most gnuplot may spend on one plot (gnuplot.h)
  bool quiet = false;                 // no progress lines while rendering
};

struct ReportSummary {
  std::vector<std::string> plots;     // plot base names (each has .svg and .png)
  std::string markdown;               // path of report.md
};

// The document is parsed once, at the top, into typed results (suite/study/study_results.h
// study_results_from_json, options.results_path naming it in messages; UsageError for a malformed
// one); every section reads those, the timings recomputed from the cells. Refuses (UsageError with
// the reason) a shard or an incomplete study. Throws std::runtime_error
// when gnuplot fails or overruns its budget (the data and the script are written first; report.md,
// written last, is then not, and no partial plot is left).
ReportSummary write_report(const nlohmann::json& doc, const ReportOptions& options);

// One results file of a comparison: the document (suite/study/sweep.h load_study_document) and
// its path. write_comparison_report parses each once into typed results, as write_report does.
struct ComparedResults {
  nlohmann::json doc;
  std::string path;
};

// Several results files in one report (nwgf report A.json B.json ... --out DIR): per
// (d, r, T, source) and metric (mmd, radial_w2) one convergence plot conv_<metric>_<source>_d<d>_r<r>
// (with _T<T> when the files' T differ) holding the curve of every (file, label) -- legend
// "label (study name)"; a study name shared by several files gets the file's stem -- and the
// baselines: noise floors, exact scheme iterates, frozen starts; a table of fitted orders and a
// table of baselines with a row per (file, label, d, r, T). A panel is drawn only where at least
// two files have cells; warnings name the (d, r) left out, and the files' commits when they differ
// (suite/report/commit_mix.h). Refuses (UsageError naming the file)
// fewer than two files, a shard or an incomplete study, before anything is written;
// options.results_path is not used.
ReportSummary write_comparison_report(const std::vector<ComparedResults>& files, const ReportOptions& options);

}  // namespace nwgf::suite
