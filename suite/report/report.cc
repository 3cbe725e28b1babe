#include "suite/report/report.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <map>
#include <optional>
#include <set>
#include <sstream>
#include <tuple>

#include <fmt/format.h>

#include "analytic/flow.h"
#include "analytic/profile.h"
#include "suite/common/errors.h"
#include "suite/common/format.h"
#include "suite/common/io_util.h"
#include "suite/common/progress.h"
#include "suite/report/commit_mix.h"
#include "suite/report/gnuplot.h"
#include "suite/report/order_caveat.h"
#include "suite/report/plot_colours.h"
#include "suite/report/plot_frame.h"
#include "suite/report/report_text.h"
#include "suite/report/self_convergence_report.h"
#include "suite/report/target_report.h"
#include "suite/report/verdict.h"
#include "suite/study/dirac_convergence.h"
#include "suite/study/study_config.h"
#include "suite/study/study_results.h"
#include "suite/study/scheme_descriptor.h"

namespace nwgf::suite {

using nlohmann::json;

namespace {

const std::map<std::string, std::string> kMetricLabel{
    {"mmd", "MMD to {/Symbol g}(T)"},
    {"mmd_to_scheme", "MMD to the exact scheme iterate"},
    {"radial_w2", "radial W_2 to {/Symbol g}(T)"},
    {"m2_rel_error", "|relative error of M_2|"},
    {"energy_rel_error", "|relative error of E|"}};
constexpr int kDenseCurvePoints = 60;   // taus on the analytic scheme curve
constexpr int kHistogramBins = 30;
constexpr int kCirclePoints = 200;      // segments of a drawn support boundary
constexpr int kDensityPoints = 400;     // points of the drawn exact radial density


// Successive observed orders for a table cell: "1.02, 0.98" ("–" without any).
std::string successive_text(const std::vector<double>& orders) {
  std::string s;
  for (double o : orders) s += (s.empty() ? "" : ", ") + fmt_g(o, 2);
  return s.empty() ? "–" : s;
}

std::string pair_tag(int d, double r) { return fmt::format("d{}_r{}", d, short_number(r)); }

// A convergence group's name in legends and tables is its label (the scheme, or an external
// solver's name; files written before labels existed name the scheme only: the parse fills it).
// The exact scheme a group is compared with: its scheme, or the one an external solver declares
// (solver_scheme; "other": none).
const std::string& group_exact_scheme(const ConvergenceGroup& g) {
  return g.scheme == "external" ? g.solver_scheme : g.scheme;
}

// A label as part of a file name: characters other than [A-Za-z0-9_.+-] become '_' (labels come
// from the results file; solver names already keep to this set).
std::string file_tag(const std::string& label) {
  std::string t = label;
  for (char& c : t)
    if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '.' || c == '+' || c == '-')) c = '_';
  return t;
}

// Text from a results file (a study or file name, a path, a failure) on one Markdown line:
// control characters, a newline above all, would end a heading, a table row or a list item in the
// middle, and become spaces.
std::string md_text(const std::string& text) {
  std::string t = text;
  for (char& c : t)
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) c = ' ';
  return t;
}

// Such text in a Markdown table cell ('|' escaped too).
std::string md_cell(const std::string& text) {
  std::string t;
  for (char c : md_text(text)) t += c == '|' ? std::string("\\|") : std::string(1, c);
  return t;
}

// A label's own colour: a built-in scheme's (suite/study/scheme_descriptor.h), else none.
std::string own_colour(const std::string& label) {
  const SchemeDescriptor* scheme = scheme_descriptor(label);
  return scheme && scheme->exact ? scheme->colour : "";
}

// Colours by label (suite/report/plot_colours.h): the built-in schemes' own, the others distinct.
std::map<std::string, std::string> label_colours(const std::vector<std::string>& labels) {
  std::vector<std::string> preferred;
  for (const auto& label : labels) preferred.push_back(own_colour(label));
  const std::vector<std::string> colours = assign_colours(preferred);
  std::map<std::string, std::string> out;
  for (std::size_t i = 0; i < labels.size(); ++i) out.emplace(labels[i], colours[i]);
  return out;
}

// The frozen start's values of a metric per tau (suite/study/dirac_convergence.h
// frozen_start_metric): as written in the file, or computed from the group for files written
// before the frozen start was part of the convergence analysis.
std::vector<double> frozen_start_of(const ConvergenceGroup& g, const MetricConvergence& m) {
  const std::size_t n = g.taus.size();
  if (m.frozen_start && m.frozen_start->size() == n) return *m.frozen_start;
  std::vector<double> v;
  const analytic::Profile p = analytic::make_profile(g.d, g.r);
  for (std::size_t i = 0; i < n; ++i)
    v.push_back(frozen_start_metric(m.metric, p, g.t0, g.T, g.scale ? value_at(g.scale->scheme, i) : NAN));
  return v;
}

// The start measure in words: delta_0 (t0 = 0) or gamma(t0); gnuplot's enhanced text or Markdown.
std::string start_name(double t0, bool gnuplot) {
  if (t0 == 0) return gnuplot ? "{/Symbol d}_0" : "δ₀";
  return fmt::format(gnuplot ? "{{/Symbol g}}({})" : "γ({})", short_number(t0));
}

// The exact iterate of a scheme in words: "JKO" (backward), "Euler" (forward, particle flow), "".
std::string exact_kind(const std::string& scheme) {
  const auto exact = exact_scheme_of(scheme);
  if (!exact) return "";
  return *exact == analytic::ExactScheme::Jko ? "JKO" : "Euler";
}

// The plots of a report: their data files (written at once) and their gnuplot bodies (rendered
// together at the end, from one script).
class Plots {
 public:
  explicit Plots(std::string dir) : dir_(std::move(dir)) {}

  std::string write_data(const std::string& name, const std::string& content) {
    const std::string rel = "data/" + name + ".dat";
    write_file_atomic(dir_ + "/" + rel, content);
    return rel;
  }

  // body: gnuplot commands after the terminal and output are set (ends with a plot command).
  // key_rows > 0: the plot's key goes below it, in one column, on a canvas that much taller
  // (suite/report/plot_frame.h key_below; the body sets no key); 0: the body places its own key.
  void add(const std::string& name, const std::string& body, int key_rows = 0) {
    names_.push_back(name);
    bodies_.push_back(body);
    key_rows_.push_back(key_rows);
  }

  const std::vector<std::string>& names() const { return names_; }

  // Every plot twice, SVG then PNG, each to <name>.<ext>.tmp (renamed once gnuplot succeeded).
  std::string script() const {
    std::ostringstream s;
    s << "# gnuplot script behind the report's plots (written by nwgf report). Each plot is made\n"
         "# twice: SVG, then PNG. Run from this directory: gnuplot plots.gp (the print lines mark each\n"
         "# plot's start: nwgf's progress and time budget)\n"
         "set encoding utf8\nset grid lc rgb '#dddddd'\n";
    for (const char* term : {"svg", "png"}) {
      for (std::size_t i = 0; i < names_.size(); ++i) {
        s << "\nreset session\nset encoding utf8\nset grid lc rgb '#dddddd'\n";
        const KeyLayout key = key_below(key_rows_[i]);
        if (std::string(term) == "svg")
          s << fmt::format("set terminal svg size {},{} dynamic enhanced font 'Helvetica,13' background rgb 'white'\n",
                           key.width, key.height);
        else
          s << fmt::format("set terminal pngcairo size {},{} enhanced font 'Helvetica,13'\n", key.width, key.height);
        s << gnuplot_plot_mark(names_[i] + "." + term);
        s << "set output " << gnuplot_quoted(names_[i] + "." + term + ".tmp") << "\n" << key.commands << bodies_[i]
          << "\nunset output\n";
      }
    }
    return s.str();
  }

 private:
  std::string dir_;
  std::vector<std::string> names_, bodies_;
  std::vector<int> key_rows_;
};

// What every section reads: the typed results (suite/study/study_results.h), their config, and
// where the report goes.
struct Study {
  const StudyResults& results;
  const StudyConfig& config;
  const ReportOptions& options;
  double T, tau_min, tau_max;
  std::vector<std::string> schemes;  // the config's schemes by name, in order
  std::vector<std::string> labels;   // the schemes, then the external solvers of the convergence groups
  std::map<std::string, std::string> colours;  // by label
  std::vector<const ConvergenceGroup*> groups;  // the Dirac family's, in the file's order
};

// The study's cell of this label (scheme or external solver) and (d, r, tau, seed), or nullptr;
// cells of the families toward a target have their own sections.
const CellResult* find_cell(const StudyResults& results, const std::string& label, int d, double r, double tau,
                            std::uint64_t seed) {
  for (const CellResult& c : results.cells) {
    if (c.family != kDiracFamily) continue;
    if (c.label() == label && c.d == d && c.r == r && c.tau == tau && c.seed == seed) return &c;
  }
  return nullptr;
}

// The group of this label, (d, r) and source among `groups`, or nullptr.
const ConvergenceGroup* find_group(const std::vector<const ConvergenceGroup*>& groups, const std::string& label,
                                   int d, double r, const std::string& source) {
  for (const ConvergenceGroup* g : groups)
    if (g->label == label && g->d == d && g->r == r && g->source == source) return g;
  return nullptr;
}

// Refuses (UsageError) what cannot be reported: a shard, an incomplete study, no output folder.
void check_reportable(const StudyResults& results, const ReportOptions& options) {
  if (results.kind != "study")
    throw UsageError(fmt::format("{}: is shard {}/{} of a study; merge the shards first (nwgf sweep merge)",
                                 options.results_path, results.shard_index, results.shard_count));
  if (!results.complete)
    throw UsageError(fmt::format("{}: the study is incomplete ({} cells); finish it first (nwgf sweep --resume)",
                                 options.results_path, results.cells.size()));
  if (options.out_dir.empty()) throw UsageError("report: --out DIR is required");
}

// A provenance field for the report: "?" (or `missing`) where the file has none.
std::string known_or(const std::string& field, const char* missing = "?") { return field.empty() ? missing : field; }

// Whether the study has cells of the Dirac family (a study of line sections only has no d, r, taus).
bool has_dirac_cells(const StudyConfig& c) { return !c.dims.empty() && !c.rs.empty() && !c.taus.empty(); }

// Description and the table of the study's settings and provenance (after the title and the verdict).
void write_header(const Study& s, std::ostream& md) {
  const StudyConfig& config = s.config;
  const Provenance& prov = s.results.provenance;
  md << "## The study\n\n";
  if (!config.description.empty()) md << config.description << "\n\n";
  const bool dirac = has_dirac_cells(config);
  if (dirac)
    md << fmt::format(
        "Neural schemes for the Wasserstein gradient flow of the interaction energy (Riesz kernel "
        "-‖x−y‖^r) from δ₀, against the exact flow γ(t) = (a(t) Id)#η* (docs/math.md). Results: `{}`.\n\n",
        md_text(s.options.results_path));
  else if (config.sections.size() == static_cast<std::size_t>(std::count_if(
               config.sections.begin(), config.sections.end(), [](const TargetSection& t) { return t.family->name == "line"; })))
    md << fmt::format(
        "Schemes for Wasserstein gradient flows toward a target on the line (d = 1, r = 1), against the exact "
        "flow through quantile functions (docs/math.md section 6). Results: `{}`.\n\n",
        md_text(s.options.results_path));
  else
    md << fmt::format(
        "Schemes for Wasserstein gradient flows toward a target, against the exact or certified reference "
        "flow of each family (docs/math.md). Results: `{}`.\n\n",
        md_text(s.options.results_path));
  md << "| | |\n|---|---|\n";
  md << fmt::format("| schemes | {} |\n", fmt::join(s.schemes, ", "));
  if (!config.solvers.empty()) {
    std::vector<std::string> solvers;
    for (const SolverSpec& v : config.solvers) solvers.push_back(fmt::format("{} ({})", md_cell(v.name), v.scheme));
    md << fmt::format("| external solvers (exact scheme) | {} |\n", fmt::join(solvers, ", "));
  }
  if (dirac) {
    md << fmt::format("| d | {} |\n| r | {} |\n", fmt::join(config.dims, ", "), fmt::join(config.rs, ", "));
    md << fmt::format("| τ | {} |\n", fmt::join(config.taus, ", "));
  }
  md << fmt::format("| seeds | {} |\n", fmt::join(config.seeds, ", "));
  if (dirac)
    md << fmt::format("| T, t0 | {}, {} (forward cells with r ≠ 1 start at γ({})) |\n", short_number(s.T),
                      short_number(config.t0), short_number(config.forward_t0 >= 0 ? config.forward_t0 : config.t0));
  for (const TargetFamily* family : target_families()) {
    std::vector<std::string> names;
    for (const TargetSection& t : config.sections)
      if (t.family == family) names.push_back("`" + t.name + "`");
    if (!names.empty()) md << fmt::format("| {} sections | {} |\n", family->name, fmt::join(names, ", "));
  }
  md << fmt::format("| particles m / eval samples / particle flow N | {} / {} / {} |\n", config.base.particles,
                    config.base.eval_samples,
                    config.particle_flow_particles > 0 ? config.particle_flow_particles : config.base.particles);
  bool neural = false;  // a neural scheme anywhere in the study: its network and training
  for (const neural::Scheme scheme : config.schemes) neural |= scheme != neural::Scheme::Particle;
  for (const TargetSection& t : config.sections)
    for (const neural::Scheme scheme : t.schemes) neural |= scheme != neural::Scheme::Particle;
  const neural::SchemeSettings& settings = config.base.settings;
  if (neural) {
    // The published code's parametrisation only when chosen (docs/math.md 5), so reports of
    // studies at the defaults (T = x + G, batches with replacement) read as before.
    const bool position = settings.generator_output == neural::GeneratorOutput::Position;
    const bool without = settings.batch_sampling == neural::BatchSampling::Without;
    md << fmt::format("| network | MLP {}×{} {}, latent {}{} |\n", settings.depth, settings.width,
                      neural::activation_name(settings.activation),
                      settings.latent == 0 ? std::string("d") : fmt::format("{}", settings.latent),
                      position ? "; backward scheme T = G (generator output position)" : "");
    md << fmt::format("| training | {} Adam iterations per step, batch {}{}, lr {} |\n", settings.iters,
                      settings.batch, without ? " (without replacement)" : "", short_number(settings.lr));
  }
  md << fmt::format("| provenance | commit `{}`, {}, LibTorch {}, {}, {} threads, {} |\n\n",
                    md_cell(known_or(prov.git_commit)), md_cell(known_or(prov.compiler)),
                    md_cell(known_or(prov.libtorch_version)), md_cell(known_or(prov.device)), prov.threads,
                    md_cell(known_or(prov.start_time)));
}

// How one measured curve of a convergence plot is drawn.
struct CurveStyle {
  std::string colour, title;  // title: the curve's name in the legend (the fitted order is appended)
  int point_type = 7;
  bool floor_title = false;   // title the dotted noise floor (the first floor of a plot)
  bool draw_floor = true;
};

// The measured error of a group's metric at T against tau (mean over seeds, min-max bars) and,
// dotted, its noise floor; none without data. Data: data/<tag>.dat, with the exact scheme
// iterate's and the frozen start's values beside. The drawn values go into `values`.
std::vector<std::string> measured_terms(Plots& plots, const ConvergenceGroup& g, const MetricConvergence& m,
                                        const std::string& tag, const CurveStyle& style, PlotValues& values) {
  const std::vector<double> frozen = frozen_start_of(g, m);
  std::string data = "# tau mean min max floor exact_scheme frozen_start\n";
  int rows = 0;
  for (std::size_t i = 0; i < g.taus.size(); ++i) {
    const double mean = m.mean[i];
    if (!(mean > 0)) continue;
    const double tau = g.taus[i], lo = std::isnan(m.min[i]) ? mean : m.min[i], hi = std::isnan(m.max[i]) ? mean : m.max[i];
    const double floor = m.floor[i], exact = value_at(m.exact_values, i);
    data += data_row({tau, mean, lo, hi, floor, exact, frozen[i]});
    values.add(tau, {mean, lo, hi, style.draw_floor ? floor : NAN, exact});
    ++rows;
  }
  if (rows == 0) return {};
  std::vector<std::string> terms;
  const std::string file = plots.write_data(tag, data);
  terms.push_back(fmt::format("{} u 1:2:3:4 w yerrorlines lc rgb '{}' pt {} lw 2 title {}", gnuplot_quoted(file),
                              style.colour, style.point_type,
                              gnuplot_quoted(fmt::format("{}: order {}", style.title, metric_order_text(m)))));
  if (style.draw_floor)
    terms.push_back(fmt::format("{} u 1:5 w l dt 3 lw 1.5 lc rgb '{}' {}", gnuplot_quoted(file), style.colour,
                                style.floor_title ? "title 'noise floor: i.i.d. exact samples (dotted)'" : "notitle"));
  return terms;
}

// The exact scheme iterate's error at T over a dense set of taus (T - t0)/n spanning
// [tau_min / 1.5, 1.5 tau_max] (analytic, noise-free), as "tau error" rows; empty where the
// scheme is exact in time (r = 1) or has no exact iterate.
std::string exact_scheme_curve(const std::string& scheme, const std::string& metric, int d, double r, double t0,
                               double T, double tau_min, double tau_max) {
  const analytic::Profile p = analytic::make_profile(d, r);
  const double a_T = analytic::flow_scale(r, T);
  std::string curve;
  const int n_lo = std::max(1, static_cast<int>(std::floor((T - t0) / (1.5 * tau_max))));
  const int n_hi = static_cast<int>(std::ceil((T - t0) / (0.67 * tau_min)));
  const int stride = std::max(1, (n_hi - n_lo) / kDenseCurvePoints);
  for (int n = n_lo; n <= n_hi; n += stride) {
    const double tau = (T - t0) / n;
    const auto a_n = exact_scheme_scale(scheme, r, tau, t0, T);
    if (!a_n || std::abs(*a_n - a_T) <= 1e-12 * a_T) continue;
    const double v = exact_scheme_metric(metric, p, *a_n, a_T);
    if (v > 0) curve += data_row({tau, v});
  }
  return curve;
}

// A frozen start more than this many times above every other value of its plot is left out of the
// y range (it would squeeze the curves into a corner) and named "above the plot" in the key.
constexpr double kFrozenOffPlot = 10;

// One frozen start line of a convergence plot: a group and metric with its start measure.
struct FrozenStart {
  double t0;
  const ConvergenceGroup* group;
  const MetricConvergence* metric;
};

// The frozen start's error across a group's taus, titled with the start measure and its value at
// the smallest tau; "" without values. From delta_0: a black dash-dot line with crosses; from
// gamma(t0): a wide light-grey band, drawn first, beneath it -- the two are often within a per
// cent of each other (0.265 and 0.263 at d = 2, r = 1.5), and the band then shows around the
// line. Drawn first of all terms, beneath the measured curves. Its values join `values` unless it
// lies more than kFrozenOffPlot above all of them.
std::string frozen_start_term(Plots& plots, const FrozenStart& f, const std::string& tag, PlotValues& values) {
  const ConvergenceGroup& g = *f.group;
  const std::vector<double> frozen = frozen_start_of(g, *f.metric);
  std::string data = "# tau frozen_start (the start measure never moved, against gamma(T))\n";
  std::vector<double> taus, drawn;
  for (std::size_t i = 0; i < frozen.size(); ++i)
    if (frozen[i] > 0) {
      data += data_row({g.taus[i], frozen[i]});
      taus.push_back(g.taus[i]);
      drawn.push_back(frozen[i]);
    }
  if (drawn.empty()) return "";
  const std::string file = plots.write_data(tag, data);
  double top = 0;
  for (double v : values.y)
    if (v > 0 && std::isfinite(v)) top = std::max(top, v);
  const double highest = *std::max_element(drawn.begin(), drawn.end());
  const bool off_plot = top > 0 && highest > kFrozenOffPlot * top;
  if (!off_plot)
    for (std::size_t i = 0; i < drawn.size(); ++i) values.add(taus[i], {drawn[i]});
  const std::string title = fmt::format("frozen start {}: {}{}", start_name(f.t0, true), fmt_g(drawn.back()),
                                        off_plot ? ", above the plot" : f.t0 == 0 ? "" : " (grey band)");
  if (f.t0 == 0)
    return fmt::format("{} u 1:2 w lp dt 4 pt 2 ps 0.9 lw 1.5 lc rgb 'black' title {}", gnuplot_quoted(file),
                       gnuplot_quoted(title));
  return fmt::format("{} u 1:2 w l lw 7 lc rgb '#c8c8c8' title {}", gnuplot_quoted(file), gnuplot_quoted(title));
}

// The frozen start terms of a plot, one per start measure (the first group with it), gamma(t0)'s
// bands before delta_0's line; they go first in the plot, beneath everything else.
std::vector<std::string> frozen_start_terms(Plots& plots, std::vector<FrozenStart> starts, const std::string& tag,
                                            PlotValues& values) {
  std::stable_sort(starts.begin(), starts.end(), [](const FrozenStart& a, const FrozenStart& b) { return a.t0 > b.t0; });
  std::vector<std::string> terms;
  std::set<double> done;
  for (const FrozenStart& f : starts) {
    if (!done.insert(f.t0).second) continue;
    const std::string term = frozen_start_term(plots, f, fmt::format("{}_frozen{}", tag, done.size()), values);
    if (!term.empty()) terms.push_back(term);
  }
  return terms;
}

// The body of a convergence plot (error at T against tau, log-log) from its terms and the values
// they draw: axes fitted to the values, tics at the step sizes; its key goes below (Plots::add).
std::string convergence_body(const std::string& ylabel, const std::string& title, const PlotValues& values,
                             const std::vector<std::string>& terms) {
  std::vector<double> taus = values.x;
  std::sort(taus.begin(), taus.end());
  taus.erase(std::unique(taus.begin(), taus.end()), taus.end());
  return fmt::format("set xlabel 'step size {{/Symbol t}}'\nset ylabel {}\nset title {}\n{}{}plot {}",
                     gnuplot_quoted(ylabel), gnuplot_quoted(title),
                     axis_commands('x', log_axis_range(values.x), true, taus),
                     axis_commands('y', log_axis_range(values.y), true), fmt::join(terms, ", \\\n     "));
}

// The plot terms of one label's convergence curve for a metric (measured error with bars, its
// noise floor, and the exact scheme iterate's error over a dense set of taus); none without data.
std::vector<std::string> convergence_terms(const Study& s, Plots& plots, const std::string& label, int d,
                                           double r, const std::string& metric, bool first, PlotValues& values) {
  const ConvergenceGroup* g = find_group(s.groups, label, d, r, "particles");
  if (!g) return {};
  const MetricConvergence* m = g->metric(metric);
  if (!m) return {};
  const std::string colour = s.colours.at(label);
  const std::string tag = fmt::format("conv_{}_{}_{}", metric, pair_tag(d, r), file_tag(label));
  std::vector<std::string> terms =
      measured_terms(plots, *g, *m, tag, CurveStyle{colour, gnuplot_literal(label), 7, first, true}, values);
  if (terms.empty()) return {};
  const std::string& scheme = group_exact_scheme(*g);
  const std::string curve = exact_scheme_curve(scheme, metric, d, r, g->t0, s.T, s.tau_min, s.tau_max);
  if (!curve.empty()) {
    const std::string cf = plots.write_data(tag + "_exact", "# tau exact_scheme_error\n" + curve);
    const std::string name = gnuplot_literal(label == scheme ? label : fmt::format("{} ({})", label, scheme));
    terms.push_back(fmt::format("{} u 1:2 w l dt 2 lw 1.5 lc rgb '{}' title {}", gnuplot_quoted(cf), colour,
                                gnuplot_quoted(fmt::format("{} exact scheme: order {}", name,
                                                           fit_words(m->exact_orders.fit)))));
  }
  return terms;
}

// The labels whose fitted order on this metric is at the floor, for a caption.
std::string at_floor_labels(const std::vector<std::pair<std::string, const MetricConvergence*>>& entries) {
  std::vector<std::string> all, partly;
  for (const auto& [label, m] : entries) {
    const FloorCaveat c = metric_caveat(*m);
    if (c == FloorCaveat::All) all.push_back(label);
    if (c == FloorCaveat::Partly) partly.push_back(label);
  }
  std::string text;
  if (!all.empty()) text += fmt::format(" At the floor here, no order can be read: {}.", fmt::join(all, ", "));
  if (!partly.empty()) text += fmt::format(" Partly at the floor, order uncertain: {}.", fmt::join(partly, ", "));
  return text;
}

// The caption of a convergence plot: what to look for.
std::string convergence_caption(const std::string& metric_words, const std::string& where, const std::string& floors) {
  return fmt::format(
      "*Figure:* {} at T against τ, {}. Each measured curve should run parallel to the dashed exact-iterate "
      "curve of its scheme (the same slope is the same order; no dashed curve where the scheme is exact in "
      "time); points at or below the dotted noise floor are noise, and no order can be read from them; every "
      "curve should lie far below the frozen start (the start never moved).{}\n\n",
      metric_words, where, floors);
}

// Section "Convergence in tau at T": per (d, r), one log-log plot per metric (mmd, radial_w2).
void write_convergence_plots(const Study& s, Plots& plots, std::ostream& md) {
  md << "## Convergence in τ at T = " << short_number(s.T) << "\n\n"
     << "Mean over seeds of the error at T (bars: min–max over seeds) against τ, log–log, on the "
        "trained particles. Legends give the least-squares order ± its standard error. Dashed: the "
        "exact scheme iterate (a_N Id)#η* — the time-discretisation error alone, analytic and "
        "noise-free (absent where the scheme is exact in time, e.g. r = 1). Dotted: the noise floor "
        "of the same number of i.i.d. exact samples of γ(T). Frozen start: the start measure (δ₀ as a "
        "black dash-dot line, γ(t0) as a grey band) never moved, in closed form (docs/math.md "
        "section 4): the error of doing nothing.\n\n";
  for (int d : s.config.dims) {
    for (double r : s.config.rs) {
      for (const std::string metric : {"mmd", "radial_w2"}) {
        std::vector<std::string> terms;
        PlotValues values;
        std::vector<FrozenStart> starts;
        std::vector<std::pair<std::string, const MetricConvergence*>> entries;
        for (const auto& label : s.labels) {
          const auto more = convergence_terms(s, plots, label, d, r, metric, terms.empty(), values);
          terms.insert(terms.end(), more.begin(), more.end());
          const ConvergenceGroup* g = find_group(s.groups, label, d, r, "particles");
          const MetricConvergence* m = g ? g->metric(metric) : nullptr;
          if (m) starts.push_back({g->t0, g, m}), entries.emplace_back(label, m);
        }
        if (terms.empty()) continue;
        std::vector<std::string> frozen =
            frozen_start_terms(plots, starts, fmt::format("conv_{}_{}", metric, pair_tag(d, r)), values);
        terms.insert(terms.begin(), frozen.begin(), frozen.end());
        const std::string name = fmt::format("conv_{}_{}", metric, pair_tag(d, r));
        plots.add(name,
                  convergence_body(kMetricLabel.at(metric) + " at T",
                                   fmt::format("d = {}, r = {}, T = {}", d, short_number(r), short_number(s.T)), values,
                                   terms),
                  key_rows(terms));
        md << fmt::format("![{} vs tau, d = {}, r = {}]({}.svg)\n\n", metric, d, short_number(r), name)
           << convergence_caption(metric == "mmd" ? "MMD to γ(T)" : "Radial W2 to γ(T)",
                                  fmt::format("d = {}, r = {}", d, short_number(r)), at_floor_labels(entries));
      }
    }
  }
}

// The cells of a fitted-orders row for a particles group and its chain twin (or nullptr): MMD at
// the group's smallest tau and its floor, the orders on particles and chain, the exact scheme's
// order, the MMD to the exact scheme iterate and its floor.
std::string orders_row_cells(const ConvergenceGroup& gp, const ConvergenceGroup* gc) {
  const MetricConvergence* mp = gp.metric("mmd");
  const MetricConvergence* mc = gc ? gc->metric("mmd") : nullptr;
  const MetricConvergence* sp = gp.metric("mmd_to_scheme");
  if (!mp) return "– | – | – | – | – | – | –";
  const std::size_t last = gp.taus.size() - 1;
  return fmt::format("{} | {} | {} | {} | {} | {} | {}", fmt_g(mp->mean[last]), fmt_g(mp->floor[last]),
                     metric_order_text(*mp), mc ? metric_order_text(*mc) : std::string("–"),
                     fit_words(mp->exact_orders.fit), sp ? fmt_g(sp->mean[last]) : std::string("–"),
                     sp ? fmt_g(sp->floor[last]) : std::string("–"));
}

// The cells of a baselines row for a group: its start measure, then for MMD and radial W2 at its
// smallest tau the measured error beside the three anchors: the frozen start, i.i.d. exact
// samples of gamma(T) (the noise floor) and the exact scheme iterate.
std::string baseline_row_cells(const ConvergenceGroup& g) {
  const std::size_t last = g.taus.size() - 1;
  std::string cells = start_name(g.t0, false);
  for (const char* metric : {"mmd", "radial_w2"}) {
    const MetricConvergence* m = g.metric(metric);
    if (!m) {
      cells += " | – | – | – | –";
      continue;
    }
    cells += fmt::format(" | {} | {} | {} | {}", fmt_g(m->mean[last]), fmt_g(frozen_start_of(g, *m)[last]),
                         fmt_g(m->floor[last]), fmt_g(value_at(m->exact_values, last)));
  }
  return cells;
}

const char* kBaselinesText =
    "Every score against three anchors, at the smallest τ on the trained particles: the **frozen "
    "start** (the start measure δ₀ or γ(t0) never moved; closed form, docs/math.md section 4: "
    "a solver must beat it by far), **i.i.d. exact samples** of γ(T) as many as the particles (the "
    "noise floor: the best a sample of that size can do on average) and the **exact scheme "
    "iterate** (a_N Id)#η* of the scheme the solver discretises (the time-discretisation error "
    "alone; 0 where the scheme is exact in time, – where there is none).\n\n";
const char* kBaselinesColumns =
    "start | MMD | frozen start | i.i.d. floor | exact scheme | radial W2 | frozen start | i.i.d. floor | exact scheme |";

// Section "Fitted orders": the headline table of MMD orders, time-discretisation against network,
// then the baselines of every group.
void write_orders_table(const Study& s, std::ostream& md) {
  md << "## Fitted orders\n\n"
     << "MMD to γ(T): least-squares order in τ (± standard error) on the trained particles and on "
        "fresh chain samples, against the order of the exact scheme iterate alone (analytic, "
        "noise-free; – where the scheme is exact in time). The last columns isolate the network: "
        "MMD to the exact scheme iterate at the smallest τ, next to its noise floor. An order read from "
        "errors at the noise floor (within a factor 1.5 of it at every τ) is marked \"at the floor: no "
        "order\": it measures the sampling noise, not the scheme; \"partly at the floor\" where some τ "
        "are.\n\n"
     << "| scheme | d | r | MMD at τ=" << short_number(s.tau_min)
     << " | floor | order (particles) | order (chain) | exact-scheme order | MMD to scheme iterate | floor |\n"
        "|---|---|---|---|---|---|---|---|---|---|\n";
  for (const auto& label : s.labels) {
    for (int d : s.config.dims) {
      for (double r : s.config.rs) {
        const ConvergenceGroup* gp = find_group(s.groups, label, d, r, "particles");
        if (!gp) continue;
        md << fmt::format("| {} | {} | {} | {} |\n", md_cell(label), d, short_number(r),
                          orders_row_cells(*gp, find_group(s.groups, label, d, r, "chain")));
      }
    }
  }
  md << "\n### Baselines\n\n" << kBaselinesText << "| scheme | d | r | " << kBaselinesColumns
     << "\n|---|---|---|---|---|---|---|---|---|---|---|---|\n";
  for (const auto& label : s.labels)
    for (int d : s.config.dims)
      for (double r : s.config.rs)
        if (const ConvergenceGroup* g = find_group(s.groups, label, d, r, "particles"))
          md << fmt::format("| {} | {} | {} | {} |\n", md_cell(label), d, short_number(r), baseline_row_cells(*g));
  md << "\n";
}

// Section "Every metric": the fitted orders of every metric, both sources.
void write_every_metric_table(const Study& s, std::ostream& md) {
  md << "### Every metric\n\n"
     << "Per scheme, dimension, exponent, source (the m trained particles, or fresh samples through "
        "the chain of generators) and metric: error at the smallest τ (mean over seeds) next to its "
        "noise floor, the least-squares order in τ ± standard error, the successive orders (largest "
        "τ first), and the order of the exact scheme iterate alone (analytic; – where it is exact in "
        "time or the metric does not apply); then two baselines at the smallest τ: the frozen start "
        "(the start measure never moved) and the exact scheme iterate's own error.\n\n"
     << "| scheme | d | r | source | metric | error at τ=" << short_number(s.tau_min)
     << " | floor | order | successive | exact-scheme order | frozen start | exact scheme |\n"
        "|---|---|---|---|---|---|---|---|---|---|---|---|\n";
  for (const ConvergenceGroup* g : s.groups) {
    const std::size_t last = g->taus.size() - 1;
    for (const MetricConvergence& m : g->metrics) {
      md << fmt::format("| {} | {} | {} | {} | {} | {} | {} | {} | {} | {} | {} | {} |\n", md_cell(g->label), g->d,
                        short_number(g->r), g->source, m.metric, fmt_g(m.mean[last]), fmt_g(m.floor[last]),
                        metric_order_text(m), successive_text(m.orders.successive), fit_words(m.exact_orders.fit),
                        fmt_g(frozen_start_of(*g, m)[last]), fmt_g(value_at(m.exact_values, last)));
    }
  }
  md << "\n";
}

// Section "Error along the flow": per (d, r), MMD to gamma(t_n) against t_n (smallest tau, first
// seed) for every scheme, with its floor and the exact scheme iterate's own MMD.
void write_time_plots(const Study& s, Plots& plots, std::ostream& md) {
  md << "## Error along the flow\n\nMMD to γ(t_n) after every step, smallest τ = " << short_number(s.tau_min)
     << ", seed " << s.config.seeds.front()
     << " (solid), its noise floor (dotted), and the exact scheme iterate's own MMD to γ(t_n) "
        "(dashed; time-discretisation error alone).\n\n";
  for (int d : s.config.dims) {
    for (double r : s.config.rs) {
      const analytic::Profile p = analytic::make_profile(d, r);
      std::vector<std::string> terms;
      PlotValues values;
      bool floor_titled = false;
      for (const auto& label : s.labels) {
        const CellResult* cell = find_cell(s.results, label, d, r, s.tau_min, s.config.seeds.front());
        if (!cell) continue;
        std::string data = "# t mmd floor exact_scheme_mmd\n";
        bool exact = false;
        int rows = 0;
        for (const StepResult& step : cell->steps) {
          if (!step.particles) continue;
          const double mmd = (*step.particles)["mmd"];
          if (!(mmd > 0)) continue;
          const double t = step.t;
          const double a = step.value("exact_scale"), a_n = step.value("scheme_scale");
          double e = NAN;
          if (a > 0 && a_n >= 0 && std::abs(a_n - a) > 1e-12 * a) e = dilation_mmd(p, a_n, a);
          const double floor = (*step.particles)["mmd_floor"];
          data += data_row({t, mmd, floor, e});
          values.add(t, {mmd, floor, e});
          if (e > 0) exact = true;
          ++rows;
        }
        if (rows == 0) continue;
        const std::string colour = s.colours.at(label);
        const std::string file = plots.write_data(fmt::format("time_mmd_{}_{}", pair_tag(d, r), file_tag(label)), data);
        terms.push_back(fmt::format("{} u 1:2 w lp lc rgb '{}' pt 7 ps 0.6 lw 2 title {}", gnuplot_quoted(file),
                                    colour, gnuplot_quoted(gnuplot_literal(label))));
        // The floor of every curve dotted in its colour; the first titled for all of them.
        terms.push_back(fmt::format("{} u 1:3 w l dt 3 lw 1.5 lc rgb '{}' {}", gnuplot_quoted(file), colour,
                                    floor_titled ? "notitle" : "title 'noise floor: i.i.d. exact samples of {/Symbol g}(t) (dotted)'"));
        floor_titled = true;
        if (exact)
          terms.push_back(fmt::format("{} u 1:4 w l dt 2 lc rgb '{}' title {}", gnuplot_quoted(file), colour,
                                      gnuplot_quoted(gnuplot_literal(label) + " exact scheme")));
      }
      if (terms.empty()) continue;
      const std::string name = fmt::format("time_mmd_{}", pair_tag(d, r));
      plots.add(name,
                fmt::format("set xlabel 'time t'\nset ylabel 'MMD to {{/Symbol g}}(t)'\nset title {}\n{}{}plot {}",
                            gnuplot_quoted(fmt::format("d = {}, r = {}, {{/Symbol t}} = {}", d, short_number(r),
                                                       short_number(s.tau_min))),
                            axis_commands('x', linear_axis_range(values.x), false),
                            axis_commands('y', log_axis_range(values.y), true), fmt::join(terms, ", \\\n     ")),
                key_rows(terms));
      md << fmt::format("![MMD vs time, d = {}, r = {}]({}.svg)\n\n", d, short_number(r), name)
         << fmt::format("*Figure:* MMD to γ(t) after every step, d = {}, r = {}, τ = {}. Each solid curve should track "
                        "the dashed curve of its scheme's exact iterate (where there is one); where it meets its dotted "
                        "noise floor, the rest of its error is sampling noise.\n\n",
                        d, short_number(r), short_number(s.tau_min));
    }
  }
}

// A circle of this radius about the origin as gnuplot data ("x y" lines) under a comment.
std::string circle_data(const std::string& comment, double radius) {
  std::string data = "# " + comment + "\n";
  for (int k = 0; k <= kCirclePoints; ++k) {
    const double th = 2 * M_PI * k / kCirclePoints;
    data += fmt::format("{:.9g} {:.9g}\n", radius * std::cos(th), radius * std::sin(th));
  }
  return data;
}

// A cell's final particles, summary.final_points (rows of d numbers; empty when it has none). The
// typed results hold no such field (CellSummary::points is the self-convergence rows), so this one
// payload is read from the cell's document (CellResult::document).
using PointRows = std::vector<std::vector<double>>;
PointRows final_points_of(const CellResult& cell) {
  PointRows rows;
  if (!cell.document || !cell.document->contains("summary")) return rows;
  const json& summary = (*cell.document)["summary"];
  if (!summary.is_object() || !summary.contains("final_points") || !summary["final_points"].is_array()) return rows;
  for (const json& row : summary["final_points"]) {
    std::vector<double>& point = rows.emplace_back();
    for (const json& x : row) point.push_back(x.get<double>());
  }
  return rows;
}

// The scatter plot of one cell's final particles (first two coordinates) with the exact support's
// boundary a(T) R and, dashed, the exact scheme iterate's a_N R where it differs. Returns the
// particles' radii.
std::vector<double> add_scatter_plot(const Study& s, Plots& plots, const CellResult& cell, const PointRows& pts,
                                     const std::string& label, int d, double r, const std::string& name,
                                     const std::string& tag) {
  const analytic::Profile p = analytic::make_profile(d, r);
  const double a_T = analytic::flow_scale(r, s.T);
  std::string data = "# x1 x2 radius\n";
  std::vector<double> radii;
  for (const auto& row : pts) {
    double r2 = 0;
    for (double x : row) r2 += x * x;
    radii.push_back(std::sqrt(r2));
    data += fmt::format("{:.9g} {:.9g} {:.9g}\n", row.empty() ? 0.0 : row[0], row.size() > 1 ? row[1] : 0.0,
                        radii.back());
  }
  const std::string pf = plots.write_data("points_" + tag, data);
  const std::string cf = plots.write_data("support_" + tag, circle_data("support boundary", a_T * p.radius));
  // The exact scheme iterate's support a_N * radius, where it differs from gamma(T)'s.
  std::string scheme_circle_term;
  const auto a_N = exact_scheme_scale(cell.exact_scheme(), r, s.tau_min, cell.t0, s.T);
  if (a_N && std::abs(*a_N - a_T) > 1e-3 * a_T) {
    const std::string sf = plots.write_data(
        "scheme_support_" + tag, circle_data("support boundary of the exact scheme iterate", *a_N * p.radius));
    scheme_circle_term = fmt::format(
        ", \\\n     {} u 1:2 w l lw 1.5 dt 2 lc rgb 'black' title {}", gnuplot_quoted(sf),
        gnuplot_quoted(fmt::format("exact {} iterate support a_{{N}}R", exact_kind(cell.exact_scheme()))));
  }
  plots.add(name, fmt::format("set size ratio -1\nset xlabel 'x_1'\nset ylabel 'x_2'\nset title {}\n"
                              "set key outside right top Left reverse font ',10'\n"
                              "plot {} u 1:2 w p pt 7 ps 0.35 lc rgb '{}' title 'particles', \\\n"
                              "     {} u 1:2 w l lw 2 lc rgb 'black' title 'exact support boundary'{}",
                              gnuplot_quoted(fmt::format("{}, d = {}, r = {}, T = {} ({} points)", gnuplot_literal(label), d,
                                                         short_number(r), short_number(s.T), pts.size())),
                              gnuplot_quoted(pf), s.colours.at(label), gnuplot_quoted(cf), scheme_circle_term));
  return radii;
}

// The histogram of the final radii, normalised to a density, against the exact radial density
// (ball regime) or the exact radius a(T) R (sphere regime, a point mass), and the same for the
// cell's exact scheme iterate (a_N Id)#eta* (dashed: its density, or its radius a_N R) where it
// differs from gamma(T).
void add_radial_histogram(const Study& s, Plots& plots, const CellResult& cell, const std::vector<double>& radii,
                          const std::string& label, int d, double r, const std::string& name, const std::string& tag) {
  const analytic::Profile p = analytic::make_profile(d, r);
  const double a_T = analytic::flow_scale(r, s.T);
  const double support = a_T * p.radius;
  const std::string& scheme = cell.exact_scheme();
  const auto a_N = exact_scheme_scale(scheme, r, s.tau_min, cell.t0, s.T);
  const bool scheme_differs = a_N && *a_N > 0 && std::abs(*a_N - a_T) > 1e-3 * a_T;
  const double rmax =
      std::max({*std::max_element(radii.begin(), radii.end()), support, scheme_differs ? *a_N * p.radius : 0.0}) * 1.05;
  const double width = rmax / kHistogramBins;
  std::vector<int> counts(kHistogramBins, 0);
  for (double rho : radii) counts[std::min(kHistogramBins - 1, static_cast<int>(rho / width))]++;
  std::string hist = "# radius_bin_centre density\n";
  for (int b = 0; b < kHistogramBins; ++b)
    hist += fmt::format("{:.9g} {:.9g}\n", (b + 0.5) * width, counts[b] / (radii.size() * width));
  const std::string hf = plots.write_data("radial_hist_" + tag, hist);
  const std::string iterate = fmt::format("exact {} iterate", exact_kind(scheme));
  std::string exact_terms, extra;
  if (p.regime == analytic::Regime::Ball) {
    // The exact radial density of (a Id)#eta* on [0, a R], a = a(T) (gamma(T)) or a_N (the iterate).
    const auto density = [&](double a, const std::string& what) {
      std::string dens = "# radius " + what + "\n";
      for (int k = 1; k < kDensityPoints; ++k) {
        const double rho = a * p.radius * k / static_cast<double>(kDensityPoints);
        dens += fmt::format("{:.9g} {:.9g}\n", rho, analytic::radial_density(p, rho / a) / a);
      }
      return dens;
    };
    const std::string df = plots.write_data("radial_exact_" + tag, density(a_T, "exact_radial_density"));
    exact_terms = fmt::format(", \\\n     {} u 1:2 w l lw 2 lc rgb 'black' title 'exact radial density of {{/Symbol g}}(T)'",
                              gnuplot_quoted(df));
    if (scheme_differs) {
      const std::string sf = plots.write_data("radial_scheme_" + tag, density(*a_N, "exact_scheme_iterate_radial_density"));
      exact_terms += fmt::format(", \\\n     {} u 1:2 w l lw 1.5 dt 2 lc rgb 'black' title {}", gnuplot_quoted(sf),
                                 gnuplot_quoted(iterate + "'s radial density"));
    }
    // The y axis fitted to the bars: the exact density may grow without bound at the support's
    // edge (r > 1 in d = 2), and an axis up to its last point squashed the histogram flat.
    const int most = *std::max_element(counts.begin(), counts.end());
    extra = fmt::format("set yrange [0:{:.9g}]\n", std::max(1.0, 1.6 * most / (radii.size() * width)));
  } else {
    // Point masses: vertical lines, named in the key through empty terms of the same style.
    extra = fmt::format("set arrow from {0:.9g}, graph 0 to {0:.9g}, graph 1 nohead lw 2 lc rgb 'black'\n", support);
    exact_terms = fmt::format(", \\\n     1/0 w l lw 2 lc rgb 'black' title 'exact radius a(T)R = {}'", format_g(support, 3));
    if (scheme_differs) {
      extra += fmt::format("set arrow from {0:.9g}, graph 0 to {0:.9g}, graph 1 nohead lw 1.5 dt 2 lc rgb 'black'\n",
                           *a_N * p.radius);
      exact_terms += fmt::format(", \\\n     1/0 w l lw 1.5 dt 2 lc rgb 'black' title {}",
                                 gnuplot_quoted(fmt::format("{} radius a_{{N}}R = {}", iterate, format_g(*a_N * p.radius, 3))));
    }
  }
  plots.add(name, fmt::format("set xrange [0:{:.9g}]\nset xlabel 'radius ||x||'\nset ylabel 'density'\nset title {}\n"
                              "set style fill transparent solid 0.45 noborder\nset boxwidth {:.9g}\n"
                              "set key top left font ',10'\n{}"
                              "plot {} u 1:2 w boxes lc rgb '{}' title 'particles'{}",
                              rmax, gnuplot_quoted(fmt::format("{}, d = {}, r = {}, T = {}", gnuplot_literal(label), d,
                                                               short_number(r), short_number(s.T))),
                              width, extra, gnuplot_quoted(hf), s.colours.at(label), exact_terms));
}

// Section "Final particles at T": per (scheme, d, r) with summary.final_points (smallest tau,
// first seed), a scatter plot and a radial histogram; a note when the file has none.
void write_final_particles(const Study& s, Plots& plots, std::ostream& md) {
  md << "## Final particles at T\n\nFirst two coordinates of the final particles (smallest τ, first "
        "seed) with the exact support's boundary a(T)·(support radius of η*) (in d = 3 the "
        "projection of the sphere or ball fills that disc); and the histogram of their radii against "
        "the exact radial density (ball regime) or the exact radius (sphere regime), with the exact "
        "scheme iterate's (dashed) where it differs.\n\n";
  int count = 0;
  for (const auto& label : s.labels) {
    for (int d : s.config.dims) {
      for (double r : s.config.rs) {
        const CellResult* cell = find_cell(s.results, label, d, r, s.tau_min, s.config.seeds.front());
        if (!cell) continue;
        const PointRows pts = final_points_of(*cell);
        if (pts.empty()) continue;
        const std::string tag = fmt::format("{}_{}", file_tag(label), pair_tag(d, r));
        const std::string sname = "scatter_" + tag, rname = "radial_" + tag;
        const auto radii = add_scatter_plot(s, plots, *cell, pts, label, d, r, sname, tag);
        add_radial_histogram(s, plots, *cell, radii, label, d, r, rname, tag);
        const bool ball = analytic::make_profile(d, r).regime == analytic::Regime::Ball;
        md << fmt::format("![{0}]({0}.svg)\n\n", sname)
           << fmt::format("*Figure:* final particles of {}, d = {}, r = {} (first two coordinates). They should {}; "
                          "the dashed circle, where drawn, bounds the exact scheme iterate, which a scheme limited "
                          "only by its time step follows.\n\n",
                          md_text(label), d, short_number(r),
                          ball ? "fill the solid circle, the exact support's boundary"
                               : d == 2 ? "lie on the solid circle, the exact support"
                                        : "fill the solid circle, the projection of the exact support (a sphere)")
           << fmt::format("![{0}]({0}.svg)\n\n", rname)
           << fmt::format("*Figure:* radii of the final particles of {}, d = {}, r = {}. The bars should follow {}; the "
                          "dashed {}, where drawn, is the exact scheme iterate's, which a scheme limited only by its time "
                          "step follows.\n\n",
                          md_text(label), d, short_number(r),
                          ball ? "the solid exact radial density" : "the solid exact radius, piling into one narrow peak",
                          ball ? "density" : "line");
        ++count;
      }
    }
  }
  if (count == 0)
    md << "_No final particle positions in this results file (summary.final_points); scatter plots "
          "and radial histograms are skipped._\n\n";
}

// The sum of the cells' wall times (those with one), in the cells' order: the results file's
// timings.cells_wall_s (suite/study/convergence.h study_timings).
double cells_wall_s(const std::vector<CellResult>& cells) {
  double total = 0;
  for (const CellResult& cell : cells)
    if (std::isfinite(cell.summary.wall_s)) total += cell.summary.wall_s;
  return total;
}

// The most cells trained side by side with one (summary.ensemble, sweep --ensemble); 1 when none.
int most_side_by_side(const std::vector<CellResult>& cells) {
  int ensemble = 1;
  for (const CellResult& cell : cells) ensemble = std::max(ensemble, cell.summary.ensemble);
  return ensemble;
}

// Whether a cell belongs to a section of a family toward a target (its id names the family).
bool section_cell(const CellResult& cell) {
  return std::any_of(target_families().begin(), target_families().end(), [&](const TargetFamily* f) {
    return cell.id.find("/" + f->name + "/") != std::string::npos;
  });
}

// The mean over cells of a summary time, over the cells that have one (NaN: none has).
double mean_time(const std::vector<const CellResult*>& cells, double CellSummary::*time) {
  double sum = 0;
  int n = 0;
  for (const CellResult* c : cells)
    if (std::isfinite(c->summary.*time)) sum += c->summary.*time, ++n;
  return n ? sum / n : NAN;
}

// Section "Timings": wall time per cell, median step and iteration, mean over seeds.
void write_timings(const Study& s, std::ostream& md) {
  const Provenance& prov = s.results.provenance;
  md << "## Timings\n\nWall time per cell (training + stepping + evaluation), median step and median "
        "training iteration, mean over seeds. Device: "
     << known_or(prov.device) << ", " << prov.threads << " threads. Sum over cells: "
     << fmt_g(cells_wall_s(s.results.cells), 4) << " s.";
  const int ensemble = most_side_by_side(s.results.cells);
  if (ensemble > 1)
    md << " The cells ran up to " << ensemble
       << " at a time (--ensemble): a cell's wall time is its elapsed time beside the others, so the sum "
          "exceeds the study's wall time; a step's time is the cell's own training and stepping.";
  md << "\n\n"
     << "| scheme | d | r | τ | steps | cell wall s | step median s | iteration median µs |\n"
        "|---|---|---|---|---|---|---|---|\n";
  std::map<std::tuple<int, std::string, int, double, double>, std::vector<const CellResult*>> rows;  // label order, d, r, -tau
  for (const CellResult& c : s.results.cells) {
    if (section_cell(c)) continue;  // a section's cell: its family's section times it
    const auto it = std::find(s.labels.begin(), s.labels.end(), c.label());
    rows[{static_cast<int>(it - s.labels.begin()), c.label(), c.d, c.r, -c.tau}].push_back(&c);
  }
  for (const auto& [key, list] : rows) {
    const CellResult& c0 = *list.front();
    md << fmt::format("| {} | {} | {} | {} | {} | {} | {} | {} |\n", md_cell(std::get<1>(key)), c0.d,
                      short_number(c0.r), short_number(c0.tau), c0.steps.size(),
                      fmt_g(mean_time(list, &CellSummary::wall_s)), fmt_g(mean_time(list, &CellSummary::step_median_s)),
                      fmt_g(mean_time(list, &CellSummary::iteration_median_us)));
  }
  md << "\n";
}

// Section "Failed cells" (only when a cell failed), then the closing line.
void write_failures(const Study& s, std::ostream& md) {
  std::vector<std::string> failures;
  for (const CellResult& c : s.results.cells)
    if (c.summary.status != "ok")
      failures.push_back(fmt::format("- `{}`: {}", c.id, c.summary.failure.empty() ? std::string("failed")
                                                                                   : md_text(c.summary.failure)));
  if (!failures.empty()) md << "## Failed cells\n\n" << fmt::format("{}", fmt::join(failures, "\n")) << "\n\n";
  md << "_Plots: SVG (linked) and PNG beside them; data in `data/`, script `plots.gp`._\n";
}

// Removes every <name>.<ext>.tmp a render may have left (gnuplot stopped in the middle).
void remove_partial_plots(const std::string& dir, const Plots& plots) {
  std::error_code ec;
  for (const auto& name : plots.names())
    for (const char* ext : {".svg", ".png"}) std::filesystem::remove(dir + "/" + name + ext + ".tmp", ec);
}

// Runs plots.gp in the report folder (gnuplot without a shell, the script on its stdin, each plot
// within options.render_timeout_s), then moves every <name>.<ext>.tmp into place. Progress on
// stderr while it renders (lines every 10 s when stderr is not a terminal, so a short render
// prints none); a failed render leaves no .tmp file.
void render_plots(const std::string& dir, const Plots& plots, const std::string& script,
                  const ReportOptions& options) {
  const int count = 2 * static_cast<int>(plots.names().size());  // SVG and PNG
  Progress progress(fmt::format("nwgf report: rendering {} plots in {}", count, dir), count, options.quiet);
  GnuplotOptions o;
  o.program = options.gnuplot;
  o.working_dir = dir;
  o.timeout_s = options.render_timeout_s;
  o.on_progress = [&](int marks, const std::string& plot) {
    progress.update(std::max(0, marks - 1), plot.empty() ? "starting gnuplot" : "plot " + plot);
  };
  try {
    run_gnuplot(script, o);
    for (const auto& name : plots.names())
      for (const char* ext : {".svg", ".png"}) {
        const std::string from = dir + "/" + name + ext + ".tmp", to = dir + "/" + name + ext;
        if (std::rename(from.c_str(), to.c_str()) != 0)
          throw std::runtime_error(fmt::format("gnuplot did not produce {}", from));
      }
  } catch (const std::runtime_error& e) {
    remove_partial_plots(dir, plots);
    throw std::runtime_error(fmt::format("gnuplot failed on {}/plots.gp: {}", dir, e.what()));
  }
}

// ---- Several results files side by side (write_comparison_report) ----

const std::vector<int> kFilePointTypes{7, 5, 9, 11, 13, 15};  // filled circle, square, diamond, ...

// One results file of a comparison: its typed results, path and name in legends and tables.
struct ComparedFile {
  const StudyResults* results;
  std::string path, name;
};

// Names in legends: each file's study name; a name shared by several files gets the file's
// stem, then its position, appended.
std::vector<ComparedFile> compared_files(const std::vector<StudyResults>& results,
                                         const std::vector<ComparedResults>& files) {
  std::vector<ComparedFile> out;
  std::map<std::string, int> uses;
  for (const StudyResults& r : results) ++uses[r.config.name];
  std::set<std::string> taken;
  for (std::size_t k = 0; k < files.size(); ++k) {
    std::string name = results[k].config.name;
    if (uses[name] > 1) name += " [" + std::filesystem::path(files[k].path).stem().string() + "]";
    if (!taken.insert(name).second) name += fmt::format(" #{}", k + 1), taken.insert(name);
    out.push_back({&results[k], files[k].path, name});
  }
  return out;
}

// A convergence group of one file in a comparison.
struct ComparedGroup {
  std::size_t file;
  const ConvergenceGroup* group;
};

// Key of a comparison plot: (d, r, T, source) -- particles before chain.
using CompareKey = std::tuple<int, double, double, int>;
const char* source_of(const CompareKey& k) { return std::get<3>(k) == 0 ? "particles" : "chain"; }

// Colours of a comparison's curves by (file index, label) (suite/report/plot_colours.h): a
// built-in scheme's own colour for its first file, distinct colours for every other curve.
using CurveKey = std::pair<std::size_t, std::string>;
std::map<CurveKey, std::string> compared_colours(const std::map<CompareKey, std::vector<ComparedGroup>>& groups,
                                                 std::size_t file_count) {
  std::vector<CurveKey> keys;
  for (std::size_t f = 0; f < file_count; ++f)
    for (const auto& [key, list] : groups)
      for (const auto& cg : list)
        if (cg.file == f && std::find(keys.begin(), keys.end(), CurveKey{f, cg.group->label}) == keys.end())
          keys.emplace_back(f, cg.group->label);
  std::vector<std::string> preferred;
  for (const auto& k : keys) preferred.push_back(own_colour(k.second));
  const std::vector<std::string> colours = assign_colours(preferred);
  std::map<CurveKey, std::string> out;
  for (std::size_t i = 0; i < keys.size(); ++i) out.emplace(keys[i], colours[i]);
  return out;
}

// The files with groups at a plot's key.
std::set<std::size_t> files_at(const std::vector<ComparedGroup>& list) {
  std::set<std::size_t> f;
  for (const auto& cg : list) f.insert(cg.file);
  return f;
}

// A comparison panel is drawn where at least two files have cells (one file's curves alone
// compare nothing: its own report has them).
bool panel_drawn(const std::vector<ComparedGroup>& list) { return files_at(list).size() >= 2; }

// Section "Convergence in tau at T": per (d, r, T, source) and metric (mmd, radial_w2) where at
// least two files have cells, one plot with the curve of every (file, label) and the baselines:
// each distinct noise floor (dotted), the exact scheme iterate of each exact scheme and start
// (dashed), the frozen start of each start measure.
void write_compared_convergence(const std::vector<ComparedFile>& files,
                                const std::map<CompareKey, std::vector<ComparedGroup>>& groups,
                                const std::map<CurveKey, std::string>& colours, Plots& plots, std::ostream& md) {
  std::set<double> Ts;
  for (const auto& [key, list] : groups) Ts.insert(std::get<2>(key));
  md << "## Convergence in τ at T\n\n"
        "Mean over seeds of the error at T (bars: min–max over seeds) against τ, log–log, for every "
        "scheme and solver of every file (a colour per file and scheme or solver; point shape: file). "
        "Legends give the least-squares order ± its standard error. Baselines: dotted, the noise floor of "
        "as many i.i.d. exact samples of γ(T) (one line per distinct floor); dashed, the exact scheme "
        "iterate (a_N Id)#η* (analytic; absent where the scheme is exact in time); the frozen start (the "
        "start measure never moved, closed form; from δ₀ a black dash-dot line, from γ(t0) a grey band). "
        "Only (d, r) where at least two files have cells are drawn.\n\n";
  for (const auto& [key, list] : groups) {
    if (!panel_drawn(list)) continue;
    const int d = std::get<0>(key);
    const double r = std::get<1>(key), T = std::get<2>(key);
    const std::string source = source_of(key);
    double tau_min = INFINITY, tau_max = 0;
    for (const auto& cg : list)
      for (double t : cg.group->taus) tau_min = std::min(tau_min, t), tau_max = std::max(tau_max, t);
    const std::string where =
        fmt::format("{}_{}{}", source, pair_tag(d, r), Ts.size() > 1 ? "_T" + short_number(T) : std::string());
    for (const std::string metric : {"mmd", "radial_w2"}) {
      std::vector<std::string> terms;
      PlotValues values;
      std::vector<std::vector<double>> floors;  // drawn already
      std::vector<FrozenStart> starts;
      std::vector<std::pair<std::string, const MetricConvergence*>> entries;
      for (const auto& cg : list) {
        const ConvergenceGroup& g = *cg.group;
        const MetricConvergence* m = g.metric(metric);
        if (!m) continue;
        const std::vector<double>& floor = m->floor;
        const bool new_floor = std::find(floors.begin(), floors.end(), floor) == floors.end();
        const std::string& label = g.label;
        const std::string name = fmt::format("{} ({})", label, files[cg.file].name);
        const CurveStyle style{colours.at({cg.file, label}), gnuplot_literal(name),
                               kFilePointTypes[cg.file % kFilePointTypes.size()], floors.empty() && new_floor, new_floor};
        const auto more = measured_terms(plots, g, *m, fmt::format("conv_{}_{}_f{}_{}", metric, where, cg.file + 1, file_tag(label)),
                                         style, values);
        if (!more.empty() && new_floor) floors.push_back(floor);
        terms.insert(terms.end(), more.begin(), more.end());
        starts.push_back({g.t0, &g, m});
        entries.emplace_back(name, m);
      }
      if (terms.empty()) continue;
      // The exact scheme iterates: one curve per (exact scheme, start), from the first group with it.
      std::set<std::pair<std::string, double>> exact_done;
      for (const auto& cg : list) {
        const ConvergenceGroup& g = *cg.group;
        const MetricConvergence* m = g.metric(metric);
        const std::string& scheme = group_exact_scheme(g);
        const std::string kind = exact_kind(scheme);
        if (!m || kind.empty() || !exact_done.insert({kind, g.t0}).second) continue;
        const std::string curve = exact_scheme_curve(scheme, metric, d, r, g.t0, T, tau_min, tau_max);
        if (curve.empty()) continue;
        const std::string cf = plots.write_data(fmt::format("conv_{}_{}_exact{}", metric, where, exact_done.size()),
                                                "# tau exact_scheme_error\n" + curve);
        terms.push_back(fmt::format(
            "{} u 1:2 w l dt 2 lw 1.5 lc rgb '{}' title {}", gnuplot_quoted(cf),
            scheme_descriptor(kind == "JKO" ? neural::Scheme::Backward : neural::Scheme::Forward).colour,
            gnuplot_quoted(fmt::format("exact {} iterate from {}: order {}", kind, start_name(g.t0, true),
                                       fit_words(m->exact_orders.fit)))));
      }
      const std::vector<std::string> frozen = frozen_start_terms(plots, starts, fmt::format("conv_{}_{}", metric, where), values);
      terms.insert(terms.begin(), frozen.begin(), frozen.end());
      const std::string name = fmt::format("conv_{}_{}", metric, where);
      plots.add(name,
                convergence_body(kMetricLabel.at(metric) + " at T",
                                 fmt::format("d = {}, r = {}, T = {}, {}", d, short_number(r), short_number(T), source),
                                 values, terms),
                key_rows(terms));
      md << fmt::format("![{} vs tau, d = {}, r = {}, T = {}, {}]({}.svg)\n\n", metric, d, short_number(r),
                        short_number(T), source, name)
         << convergence_caption(metric == "mmd" ? "MMD to γ(T)" : "Radial W2 to γ(T)",
                                fmt::format("d = {}, r = {}, T = {}, {}", d, short_number(r), short_number(T), source),
                                at_floor_labels(entries));
    }
  }
}

// ---- The verdict, first in every report ----

// Why a Dirac-family group has no expected order: an external solver declaring no scheme, a scheme
// exact in time (its exact iterate is gamma(T) itself: every value 0), or none from its start.
std::string no_expected_reason(const ConvergenceGroup& g, const MetricConvergence& m) {
  if (group_exact_scheme(g) == "other") return "no exact iterate declared";
  const bool zero = std::all_of(m.exact_values.begin(), m.exact_values.end(), [](double v) { return v == 0; });
  return zero ? "exact in time" : "no exact iterate from this start";
}

// The verdict on a Dirac-family particles group: its MMD order against its exact scheme iterate's,
// its MMD at the smallest tau against the floor.
VerdictRow dirac_verdict(const ConvergenceGroup& g, const std::string& study) {
  VerdictRow row;
  row.study = study;
  row.family = "Dirac";
  row.where = fmt::format("d = {}, r = {}", g.d, short_number(g.r));
  row.label = g.label;
  const MetricConvergence* m = g.metric("mmd");
  if (!m) {
    row.order = row.expected = row.at_smallest_tau = "–";
    row.verdict = "no MMD in this file";
    return row;
  }
  VerdictInput v;
  if (m->orders.fit) v.order = m->orders.fit->order, v.order_stderr = m->orders.fit->order_stderr;
  if (m->exact_orders.fit) v.expected = m->exact_orders.fit->order;
  if (!std::isfinite(v.expected)) v.no_expected = no_expected_reason(g, *m);
  const std::size_t last = g.taus.size() - 1;
  v.error = m->mean[last];
  v.floor = m->floor[last];
  v.error_name = "MMD";
  v.caveat = metric_caveat(*m);
  row.order = "MMD: " + metric_order_text(*m);
  row.expected = std::isfinite(v.expected) ? fit_words(m->exact_orders.fit) : "– (" + v.no_expected + ")";
  row.at_smallest_tau = fmt::format("MMD {}, floor {} (τ = {})", fmt_g(v.error), fmt_g(v.floor), short_number(g.taus[last]));
  row.verdict = verdict_text(v);
  row.caveat = v.caveat;
  return row;
}

// Section "Verdict": a line per scheme or solver and case, then the warnings about orders at the
// floor (a blockquote "> **Warning:** ...", the convention the HTML page styles).
void write_verdict(const std::vector<VerdictRow>& rows, bool comparison, std::ostream& md) {
  md << "## Verdict\n\n"
        "Per scheme or solver and case: the least-squares order in τ of its error at T against the order "
        "expected of its scheme (the exact scheme iterate's, analytic and noise-free), and the error at "
        "the smallest τ against its noise floor (i.i.d. exact samples as many as the particles). Orders "
        "agree within "
     << format_shortest(kOrderAgreement)
     << " or two standard errors; an order read from errors within a factor " << format_shortest(kAtFloorFactor)
     << " of the floor measures the noise, not the scheme.\n\n";
  if (rows.empty()) {
    md << "_No convergence groups in this results file._\n\n";
    return;
  }
  md << (comparison ? "| study " : "") << "| family | case | scheme / solver | order | expected order | at the smallest τ | verdict |\n"
     << (comparison ? "|---" : "") << "|---|---|---|---|---|---|---|\n";
  for (const VerdictRow& r : rows)
    md << (comparison ? "| " + md_cell(r.study) + " " : "")
       << fmt::format("| {} | {} | {} | {} | {} | {} | {} |\n", r.family, md_cell(r.where), md_cell(r.label), r.order,
                      r.expected, r.at_smallest_tau, r.verdict);
  md << "\n";
  std::vector<std::string> all, partly;
  for (const VerdictRow& r : rows) {
    const std::string who = (comparison ? md_text(r.study) + " " : "") + md_text(r.label) + " (" + r.family + ", " +
                            md_text(r.where) + ")";
    if (r.caveat == FloorCaveat::All) all.push_back(who);
    if (r.caveat == FloorCaveat::Partly) partly.push_back(who);
  }
  if (!all.empty())
    md << fmt::format("> **Warning:** {} of the {} orders above are read from errors at the noise floor at every τ, so "
                      "no order can be read from them (they measure the sampling noise, not the scheme): {}.\n\n",
                      all.size(), rows.size(), fmt::join(all, "; "));
  if (!partly.empty())
    md << fmt::format("> **Warning:** {} of the {} orders above are read from errors partly at the noise floor, so they "
                      "are uncertain: {}.\n\n",
                      partly.size(), rows.size(), fmt::join(partly, "; "));
}

// The warnings of a comparison (blockquotes "> **Warning:** ..."): files from different commits
// (or a modified or unknown tree), and the (d, r, T) without a panel or with fewer files than the
// comparison has.
void write_comparison_warnings(const std::vector<ComparedFile>& files,
                               const std::map<CompareKey, std::vector<ComparedGroup>>& groups, std::ostream& md) {
  std::vector<std::string> commits;
  for (const auto& f : files) commits.push_back(known_or(f.results->provenance.git_commit, "unknown"));
  const CommitMix mix = commit_mix(commits);
  std::vector<std::string> each;
  for (std::size_t k = 0; k < files.size(); ++k) each.push_back(fmt::format("{} `{}`", md_text(files[k].name), md_cell(commits[k])));
  if (mix.mixed)
    md << fmt::format("> **Warning:** the files come from different commits ({}): a difference between them may be "
                      "a change of the code, not of the schemes or solvers. Rerun them at one commit to compare "
                      "like with like.\n\n",
                      fmt::join(each, ", "));
  else if (mix.dirty || mix.unknown)
    md << fmt::format("> **Warning:** {} ({}): the commit does not pin the code these results came from.\n\n",
                      mix.unknown ? "some files have no commit" : "some files were made from a modified source tree (+dirty)",
                      fmt::join(each, ", "));
  // Per (d, r, T): the files with cells, over both sources.
  std::map<std::tuple<int, double, double>, std::set<std::size_t>> present;
  for (const auto& [key, list] : groups) {
    auto& f = present[{std::get<0>(key), std::get<1>(key), std::get<2>(key)}];
    for (std::size_t i : files_at(list)) f.insert(i);
  }
  std::set<double> Ts;
  for (const auto& [key, f] : present) Ts.insert(std::get<2>(key));
  std::vector<std::string> skipped, partial;
  for (const auto& [key, f] : present) {
    if (f.size() == files.size()) continue;
    std::vector<std::string> lacking, having;
    for (std::size_t i = 0; i < files.size(); ++i) (f.count(i) ? having : lacking).push_back(md_text(files[i].name));
    const std::string where = fmt::format("d = {}, r = {}{}", std::get<0>(key), short_number(std::get<1>(key)),
                                          Ts.size() > 1 ? ", T = " + short_number(std::get<2>(key)) : std::string());
    if (f.size() < 2)
      skipped.push_back(fmt::format("{} (only {} has cells there)", where, fmt::join(having, ", ")));
    else
      partial.push_back(fmt::format("{} (no cells in {})", where, fmt::join(lacking, ", ")));
  }
  if (!skipped.empty())
    md << fmt::format("> **Warning:** no comparison panel for {}: a single file's curves compare nothing; its own "
                      "report (`nwgf report FILE`) has them. The tables below still list them.\n\n",
                      fmt::join(skipped, "; "));
  if (!partial.empty())
    md << fmt::format("> **Warning:** panels with missing files: {}.\n\n", fmt::join(partial, "; "));
}

// The chain group of a file with the label, d, r, T and t0 of a particles group (the last such
// group), or nullptr.
const ConvergenceGroup* chain_twin(const StudyResults& results, const ConvergenceGroup& g) {
  const ConvergenceGroup* chain = nullptr;
  for (const ConvergenceGroup* c : results.groups_of(kDiracFamily))
    if (c->source == "chain" && c->label == g.label && c->d == g.d && c->r == g.r && c->T == g.T && c->t0 == g.t0)
      chain = c;
  return chain;
}

// The Dirac groups of every file by comparison key (d, r, T, source), each list in file order.
std::map<CompareKey, std::vector<ComparedGroup>> compared_groups(const std::vector<ComparedFile>& files) {
  std::map<CompareKey, std::vector<ComparedGroup>> groups;
  for (std::size_t f = 0; f < files.size(); ++f)
    for (const ConvergenceGroup* g : files[f].results->groups_of(kDiracFamily)) {
      const CompareKey key{g->d, g->r, g->T, g->source == "particles" ? 0 : 1};
      groups[key].push_back({f, g});
    }
  return groups;
}

// The verdicts of a comparison on every particles group, by file, then d, r, T.
std::vector<VerdictRow> compared_verdicts(const std::vector<ComparedFile>& files,
                                          const std::map<CompareKey, std::vector<ComparedGroup>>& groups) {
  std::vector<VerdictRow> verdicts;
  for (std::size_t f = 0; f < files.size(); ++f)
    for (const auto& [key, list] : groups)
      if (std::get<3>(key) == 0)
        for (const auto& cg : list)
          if (cg.file == f) verdicts.push_back(dirac_verdict(*cg.group, files[f].name));
  return verdicts;
}

// Section "The files" of a comparison: per file its study name, path, labels, cells and commit.
void write_files_table(const std::vector<ComparedFile>& files, std::ostream& md) {
  md << "## The files\n\n"
     << "Several study results files side by side (`nwgf report A.json B.json ... --out DIR`): the exact "
        "errors of every scheme and external solver against the exact flow γ(t) = (a(t) Id)#η* "
        "(docs/math.md), with the baselines every score reads against. Each file's own report "
        "(`nwgf report FILE`) has its per-cell plots and timings.\n\n"
     << "| study | results file | schemes and solvers | cells | commit |\n|---|---|---|---|---|\n";
  for (const auto& f : files) {
    std::vector<std::string> own;
    for (const ConvergenceGroup* g : f.results->groups_of(kDiracFamily)) {
      const std::string label = md_cell(g->label);
      if (std::find(own.begin(), own.end(), label) == own.end()) own.push_back(label);
    }
    md << fmt::format("| {} | `{}` | {} | {} | `{}` |\n", md_cell(f.name), md_cell(f.path), fmt::join(own, ", "),
                      f.results->cells.size(), md_cell(known_or(f.results->provenance.git_commit)));
  }
  md << "\n";
}

// Sections "Fitted orders" (a row per file, label, d, r, T) and "Baselines" of a comparison.
void write_compared_tables(const std::vector<ComparedFile>& files,
                           const std::map<CompareKey, std::vector<ComparedGroup>>& groups, std::ostream& md) {
  md << "## Fitted orders\n\n"
        "MMD to γ(T) per file and scheme or solver: the error at the group's smallest τ and its "
        "noise floor, the least-squares order in τ (± standard error) on the particles and on fresh "
        "chain samples (an external solver's \"samples\"), the order of the exact scheme iterate "
        "alone (– where the scheme is exact in time or has none), and the MMD to the exact scheme "
        "iterate at the smallest τ with its floor.\n\n"
        "| study | scheme / solver | d | r | T | smallest τ | MMD | floor | order (particles) | order (chain) | "
        "exact-scheme order | MMD to scheme iterate | floor |\n"
        "|---|---|---|---|---|---|---|---|---|---|---|---|---|\n";
  std::vector<const ComparedGroup*> rows;  // particles groups, by file, then d, r, T
  for (std::size_t f = 0; f < files.size(); ++f)
    for (const auto& [key, list] : groups)
      if (std::get<3>(key) == 0)
        for (const auto& cg : list)
          if (cg.file == f) rows.push_back(&cg);
  for (const ComparedGroup* cg : rows) {
    const ConvergenceGroup& g = *cg->group;
    md << fmt::format("| {} | {} | {} | {} | {} | {} | {} |\n", md_cell(files[cg->file].name), md_cell(g.label), g.d,
                      short_number(g.r), short_number(g.T), short_number(g.taus.back()),
                      orders_row_cells(g, chain_twin(*files[cg->file].results, g)));
  }
  md << "\n### Baselines\n\n" << kBaselinesText << "| study | scheme / solver | d | r | T | smallest τ | "
     << kBaselinesColumns << "\n|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n";
  for (const ComparedGroup* cg : rows) {
    const ConvergenceGroup& g = *cg->group;
    md << fmt::format("| {} | {} | {} | {} | {} | {} | {} |\n", md_cell(files[cg->file].name), md_cell(g.label), g.d,
                      short_number(g.r), short_number(g.T), short_number(g.taus.back()), baseline_row_cells(g));
  }
  md << "\n";
}

}  // namespace

namespace {

// Writes the plot script, renders it (unless options say not to) and then report.md: the
// Markdown last, so a report folder with report.md is complete.
ReportSummary finish_report(const std::string& dir, const Plots& plots, const std::string& markdown,
                            const ReportOptions& options) {
  ReportSummary summary;
  summary.markdown = dir + "/report.md";
  summary.plots = plots.names();
  const std::string script = plots.script();
  write_file_atomic(dir + "/plots.gp", script);
  if (options.render && !plots.names().empty()) render_plots(dir, plots, script, options);
  write_file_atomic(summary.markdown, markdown);
  return summary;
}

// What the sections of a study's report read: its config's schemes, the labels (the schemes,
// then the external solvers in the order of their groups), their colours and the Dirac groups.
Study study_of(const StudyResults& results, const ReportOptions& options) {
  const StudyConfig& config = results.config;
  std::vector<const ConvergenceGroup*> groups = results.groups_of(kDiracFamily);
  std::vector<std::string> schemes;
  for (const neural::Scheme scheme : config.schemes) schemes.emplace_back(neural::scheme_name(scheme));
  std::vector<std::string> labels = schemes;
  for (const ConvergenceGroup* g : groups)
    if (std::find(labels.begin(), labels.end(), g->label) == labels.end()) labels.push_back(g->label);
  // A study of line sections only has no taus of its own (its sections have theirs).
  const double tau_min = config.taus.empty() ? NAN : *std::min_element(config.taus.begin(), config.taus.end());
  const double tau_max = config.taus.empty() ? NAN : *std::max_element(config.taus.begin(), config.taus.end());
  std::map<std::string, std::string> colours = label_colours(labels);
  return Study{results, config, options, config.T, tau_min, tau_max, std::move(schemes), std::move(labels),
               std::move(colours), std::move(groups)};
}

// The verdicts on the study's Dirac particles groups, by case (d, r), then scheme or solver.
std::vector<VerdictRow> dirac_verdicts(const Study& s) {
  std::vector<VerdictRow> verdicts;
  for (int d : s.config.dims)
    for (double r : s.config.rs)
      for (const auto& label : s.labels)
        if (const ConvergenceGroup* g = find_group(s.groups, label, d, r, "particles"))
          verdicts.push_back(dirac_verdict(*g, ""));
  return verdicts;
}

}  // namespace

ReportSummary write_report(const json& doc, const ReportOptions& options) {
  const StudyResults results = study_results_from_json(doc, options.results_path);  // the one parse
  check_reportable(results, options);
  const SelfConvergenceEntries self_convergence = self_convergence_entries(results, doc);  // read before any write
  const std::string dir = options.out_dir;
  make_directories(dir + "/data");
  const Study s = study_of(results, options);
  const StudyConfig& config = results.config;
  Plots plots(dir);
  std::ostringstream md;
  md << "# Study `" << md_text(config.name) << "`\n\n";
  std::vector<VerdictRow> verdicts = dirac_verdicts(s);
  for (const TargetFamily* family : target_families()) {  // suite/report/target_report.h
    const auto rows = target_verdict_rows(*family, results);
    verdicts.insert(verdicts.end(), rows.begin(), rows.end());
  }
  write_verdict(verdicts, false, md);
  write_header(s, md);
  if (has_dirac_cells(config)) {  // a study of line sections only has none of these
    write_convergence_plots(s, plots, md);
    write_orders_table(s, md);
    write_every_metric_table(s, md);
    write_time_plots(s, plots, md);
    write_final_particles(s, plots, md);
  }
  const PlotSink sink{[&](const std::string& n, const std::string& c) { return plots.write_data(n, c); },
                      [&](const std::string& n, const std::string& b, int key_rows) { plots.add(n, b, key_rows); }};
  for (const TargetFamily* family : target_families())  // suite/report/target_report.h
    write_target_section(*family, results, sink, md);
  write_self_convergence_section(self_convergence, sink, md);  // suite/report/self_convergence_report.h
  write_timings(s, md);
  write_failures(s, md);

  return finish_report(dir, plots, md.str(), options);
}

ReportSummary write_comparison_report(const std::vector<ComparedResults>& inputs, const ReportOptions& options) {
  if (inputs.size() < 2) throw UsageError("report: a comparison needs at least two results files");
  std::vector<StudyResults> results;  // each file parsed once
  results.reserve(inputs.size());
  for (const auto& f : inputs) {
    ReportOptions o = options;
    o.results_path = f.path;
    results.push_back(study_results_from_json(f.doc, f.path));
    check_reportable(results.back(), o);
  }
  const std::vector<ComparedFile> files = compared_files(results, inputs);
  const std::map<CompareKey, std::vector<ComparedGroup>> groups = compared_groups(files);
  const auto colours = compared_colours(groups, files.size());

  const std::string dir = options.out_dir;
  make_directories(dir + "/data");
  Plots plots(dir);
  std::ostringstream md;
  std::vector<std::string> names;
  for (const auto& f : files) names.push_back(md_text(f.name));
  md << "# Comparison: " << fmt::format("{}", fmt::join(names, ", ")) << "\n\n";
  write_verdict(compared_verdicts(files, groups), true, md);
  write_comparison_warnings(files, groups, md);
  write_files_table(files, md);
  write_compared_convergence(files, groups, colours, plots, md);
  write_compared_tables(files, groups, md);
  md << "_Plots: SVG (linked) and PNG beside them; data in `data/`, script `plots.gp`._\n";

  return finish_report(dir, plots, md.str(), options);
}

}  // namespace nwgf::suite
