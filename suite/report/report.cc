#include "suite/report/report.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <map>
#include <sstream>
#include <tuple>

#include <fmt/format.h>

#include "analytic/flow.h"
#include "analytic/profile.h"
#include "suite/common/errors.h"
#include "suite/common/format.h"
#include "suite/common/io_util.h"
#include "suite/report/gnuplot.h"
#include "suite/study/convergence.h"
#include "suite/study/study_config.h"

namespace nwgf::suite {

using nlohmann::json;

namespace {

const std::map<std::string, std::string> kSchemeColour{
    {"backward", "#1f77b4"}, {"forward", "#d62728"}, {"particle", "#2ca02c"}};
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

double num(const json& j, double fallback = NAN) { return j.is_number() ? j.get<double>() : fallback; }

// Table entries: %g with `digits` significant digits (suite/common/format.h), "–" for none.
std::string fmt_g(const json& j, int digits = 3) {
  if (!j.is_number()) return "–";
  return format_g(j.get<double>(), digits);
}
std::string fmt_g(double x, int digits = 3) {
  if (!std::isfinite(x)) return "–";
  return format_g(x, digits);
}

// One line of a data file: the values at 17 significant digits (they read back exactly).
std::string data_row(std::initializer_list<double> values) {
  std::string line;
  for (double v : values) line += (line.empty() ? "" : " ") + format_double(v);
  return line + "\n";
}

std::string fit_text(const json& fit) {
  if (!fit.is_object() || !fit["order"].is_number()) return "–";
  if (!fit["stderr"].is_number()) return fmt::format("{:.2f}", fit["order"].get<double>());
  return fmt::format("{:.2f} ± {:.2f}", fit["order"].get<double>(), fit["stderr"].get<double>());
}

std::string orders_text(const json& orders) {
  std::string s;
  for (const auto& o : orders) s += (s.empty() ? "" : ", ") + fmt_g(o, 2);
  return s.empty() ? "–" : s;
}

std::string pair_tag(int d, double r) { return fmt::format("d{}_r{}", d, short_number(r)); }

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
  void add(const std::string& name, const std::string& body) {
    names_.push_back(name);
    bodies_.push_back(body);
  }

  const std::vector<std::string>& names() const { return names_; }

  // Every plot twice, SVG then PNG, each to <name>.<ext>.tmp (renamed once gnuplot succeeded).
  std::string script() const {
    std::ostringstream s;
    s << "# gnuplot script behind the report's plots (written by nwgf report). Each plot is made\n"
         "# twice: SVG, then PNG. Run from this directory: gnuplot plots.gp\n"
         "set encoding utf8\nset grid lc rgb '#dddddd'\n";
    for (const char* term : {"svg", "png"}) {
      for (std::size_t i = 0; i < names_.size(); ++i) {
        s << "\nreset session\nset encoding utf8\nset grid lc rgb '#dddddd'\n";
        if (std::string(term) == "svg")
          s << "set terminal svg size 720,520 dynamic enhanced font 'Helvetica,13' background rgb 'white'\n";
        else
          s << "set terminal pngcairo size 960,690 enhanced font 'Helvetica,13'\n";
        s << "set output " << gnuplot_quoted(names_[i] + "." + term + ".tmp") << "\n" << bodies_[i]
          << "\nunset output\n";
      }
    }
    return s.str();
  }

 private:
  std::string dir_;
  std::vector<std::string> names_, bodies_;
};

// What every section reads: the results document, its config, and where the report goes.
struct Study {
  const json& doc;
  const StudyConfig& config;
  const ReportOptions& options;
  double T, tau_min, tau_max;
  std::vector<std::string> schemes;  // the config's schemes by name, in order
};

// The study's cell with this id, or nullptr.
const json* find_cell(const json& doc, const std::string& scheme, int d, double r, double tau,
                      std::uint64_t seed) {
  for (const auto& c : doc["cells"]) {
    const json& k = c["config"];
    if (k["scheme"] == scheme && k["d"] == d && k["r"].get<double>() == r && k["tau"].get<double>() == tau &&
        k["seed"].get<std::uint64_t>() == seed)
      return &c;
  }
  return nullptr;
}

const json* find_group(const json& doc, const std::string& scheme, int d, double r, const std::string& source) {
  for (const auto& g : doc["convergence"])
    if (g["scheme"] == scheme && g["d"] == d && g["r"].get<double>() == r && g["source"] == source) return &g;
  return nullptr;
}

const json* find_metric(const json& group, const std::string& metric) {
  for (const auto& m : group["metrics"])
    if (m["metric"] == metric) return &m;
  return nullptr;
}

// Refuses (UsageError) what cannot be reported: a shard, an incomplete study, no output folder.
void check_reportable(const json& doc, const ReportOptions& options) {
  if (doc.value("kind", "") != "study")
    throw UsageError(fmt::format("{}: is shard {}/{} of a study; merge the shards first (nwgf sweep merge)",
                                 options.results_path, doc["shard"]["index"].get<int>(),
                                 doc["shard"]["count"].get<int>()));
  if (!doc.value("complete", false))
    throw UsageError(fmt::format("{}: the study is incomplete ({} cells); finish it first (nwgf sweep --resume)",
                                 options.results_path, doc["cells"].size()));
  if (options.out_dir.empty()) throw UsageError("report: --out DIR is required");
}

// Title, description and the table of the study's settings and provenance.
void write_header(const Study& s, std::ostream& md) {
  const StudyConfig& config = s.config;
  const json& prov = s.doc["provenance"];
  md << "# Study `" << config.name << "`\n\n";
  if (!config.description.empty()) md << config.description << "\n\n";
  md << fmt::format(
      "Neural schemes for the Wasserstein gradient flow of the interaction energy (Riesz kernel "
      "-‖x−y‖^r) from δ₀, against the exact flow γ(t) = (a(t) Id)#η* (docs/math.md). Results: `{}`.\n\n",
      s.options.results_path);
  md << "| | |\n|---|---|\n";
  md << fmt::format("| schemes | {} |\n", fmt::join(s.schemes, ", "));
  md << fmt::format("| d | {} |\n| r | {} |\n", fmt::join(config.dims, ", "), fmt::join(config.rs, ", "));
  md << fmt::format("| τ | {} |\n| seeds | {} |\n", fmt::join(config.taus, ", "), fmt::join(config.seeds, ", "));
  md << fmt::format("| T, t0 | {}, {} (forward cells with r ≠ 1 start at γ({})) |\n", short_number(s.T),
                    short_number(config.t0), short_number(s.doc["config"]["forward_t0"].get<double>()));
  md << fmt::format("| particles m / eval samples / particle flow N | {} / {} / {} |\n", config.base.particles,
                    config.base.eval_samples, s.doc["config"]["particle_flow"]["particles"].get<int>());
  const neural::SchemeSettings& settings = config.base.settings;
  md << fmt::format("| network | MLP {}×{} {}, latent {} |\n", settings.depth, settings.width,
                    neural::activation_name(settings.activation),
                    settings.latent == 0 ? std::string("d") : fmt::format("{}", settings.latent));
  md << fmt::format("| training | {} Adam iterations per step, batch {}, lr {} |\n", settings.iters,
                    settings.batch, short_number(settings.lr));
  md << fmt::format("| provenance | commit `{}`, {}, LibTorch {}, {}, {} threads, {} |\n\n",
                    prov.value("git_commit", "?"), prov.value("compiler", "?"), prov.value("libtorch_version", "?"),
                    prov.value("device", "?"), prov.value("threads", 0), prov.value("start_time", "?"));
}

// The plot terms of one scheme's convergence curve for a metric (measured error with bars, its
// noise floor, and the exact scheme iterate's error over a dense set of taus); none without data.
std::vector<std::string> convergence_terms(const Study& s, Plots& plots, const std::string& scheme, int d,
                                           double r, const std::string& metric, bool first) {
  const json* g = find_group(s.doc, scheme, d, r, "particles");
  if (!g) return {};
  const json* m = find_metric(*g, metric);
  if (!m) return {};
  const std::string colour = kSchemeColour.at(scheme);
  const std::string tag = fmt::format("conv_{}_{}_{}", metric, pair_tag(d, r), scheme);
  std::string data = "# tau mean min max floor exact_scheme\n";
  int rows = 0;
  for (std::size_t i = 0; i < (*g)["taus"].size(); ++i) {
    const double mean = num((*m)["mean"][i]);
    if (!(mean > 0)) continue;
    data += data_row({(*g)["taus"][i].get<double>(), mean, num((*m)["min"][i], mean), num((*m)["max"][i], mean),
                      num((*m)["floor"][i]), num((*m)["exact_scheme"]["values"][i])});
    ++rows;
  }
  if (rows == 0) return {};
  std::vector<std::string> terms;
  const std::string file = plots.write_data(tag, data);
  terms.push_back(fmt::format("{} u 1:2:3:4 w yerrorlines lc rgb '{}' pt 7 lw 2 title {}", gnuplot_quoted(file),
                              colour, gnuplot_quoted(fmt::format("{}: order {}", scheme, fit_text((*m)["fit"])))));
  terms.push_back(fmt::format("{} u 1:5 w l dt 3 lw 1.5 lc rgb '{}' {}", gnuplot_quoted(file), colour,
                              first ? "title 'noise floor (dotted)'" : "notitle"));
  // Dense analytic curve of the exact scheme: taus (T - t0)/n spanning the study's range.
  const analytic::Profile p = analytic::make_profile(d, r);
  const double a_T = analytic::flow_scale(r, s.T);
  const double t0 = (*g)["t0"].get<double>();
  std::string curve;
  const int n_lo = std::max(1, static_cast<int>(std::floor((s.T - t0) / (1.5 * s.tau_max))));
  const int n_hi = static_cast<int>(std::ceil((s.T - t0) / (0.67 * s.tau_min)));
  const int stride = std::max(1, (n_hi - n_lo) / kDenseCurvePoints);
  for (int n = n_lo; n <= n_hi; n += stride) {
    const double tau = (s.T - t0) / n;
    const auto a_n = exact_scheme_scale(scheme, r, tau, t0, s.T);
    if (!a_n || std::abs(*a_n - a_T) <= 1e-12 * a_T) continue;
    const double v = exact_scheme_metric(metric, p, *a_n, a_T);
    if (v > 0) curve += data_row({tau, v});
  }
  if (!curve.empty()) {
    const std::string cf = plots.write_data(tag + "_exact", "# tau exact_scheme_error\n" + curve);
    terms.push_back(fmt::format("{} u 1:2 w l dt 2 lw 1.5 lc rgb '{}' title {}", gnuplot_quoted(cf), colour,
                                gnuplot_quoted(fmt::format("{} exact scheme: order {}", scheme,
                                                           fit_text((*m)["exact_scheme"]["fit"])))));
  }
  return terms;
}

// Section "Convergence in tau at T": per (d, r), one log-log plot per metric (mmd, radial_w2).
void write_convergence_plots(const Study& s, Plots& plots, std::ostream& md) {
  md << "## Convergence in τ at T = " << short_number(s.T) << "\n\n"
     << "Mean over seeds of the error at T (bars: min–max over seeds) against τ, log–log, on the "
        "trained particles. Legends give the least-squares order ± its standard error. Dashed: the "
        "exact scheme iterate (a_N Id)#η* — the time-discretisation error alone, analytic and "
        "noise-free (absent where the scheme is exact in time, e.g. r = 1). Dotted: the noise floor "
        "of the same number of exact samples.\n\n";
  for (int d : s.config.dims) {
    for (double r : s.config.rs) {
      for (const std::string metric : {"mmd", "radial_w2"}) {
        std::vector<std::string> terms;
        for (const auto& scheme : s.schemes) {
          const auto more = convergence_terms(s, plots, scheme, d, r, metric, terms.empty());
          terms.insert(terms.end(), more.begin(), more.end());
        }
        if (terms.empty()) continue;
        const std::string name = fmt::format("conv_{}_{}", metric, pair_tag(d, r));
        plots.add(name, fmt::format("set logscale xy\nset xlabel 'step size {{/Symbol t}}'\nset ylabel {}\n"
                                    "set title {}\nset key bottom right font ',10'\nset format y '%.0e'\n"
                                    "set offsets graph 0.05, graph 0.05, 0, 0\nplot {}",
                                    gnuplot_quoted(kMetricLabel.at(metric) + " at T"),
                                    gnuplot_quoted(fmt::format("d = {}, r = {}, T = {}", d, short_number(r),
                                                               short_number(s.T))),
                                    fmt::join(terms, ", \\\n     ")));
        md << fmt::format("![{} vs tau, d = {}, r = {}]({}.svg)\n", metric, d, short_number(r), name);
      }
      md << "\n";
    }
  }
}

// Section "Fitted orders": the headline table of MMD orders, time-discretisation against network.
void write_orders_table(const Study& s, std::ostream& md) {
  md << "## Fitted orders\n\n"
     << "MMD to γ(T): least-squares order in τ (± standard error) on the trained particles and on "
        "fresh chain samples, against the order of the exact scheme iterate alone (analytic, "
        "noise-free; – where the scheme is exact in time). The last columns isolate the network: "
        "MMD to the exact scheme iterate at the smallest τ, next to its noise floor.\n\n"
     << "| scheme | d | r | MMD at τ=" << short_number(s.tau_min)
     << " | floor | order (particles) | order (chain) | exact-scheme order | MMD to scheme iterate | floor |\n"
        "|---|---|---|---|---|---|---|---|---|---|\n";
  for (const auto& scheme : s.schemes) {
    for (int d : s.config.dims) {
      for (double r : s.config.rs) {
        const json* gp = find_group(s.doc, scheme, d, r, "particles");
        if (!gp) continue;
        const json* gc = find_group(s.doc, scheme, d, r, "chain");
        const json* mp = find_metric(*gp, "mmd");
        const json* mc = gc ? find_metric(*gc, "mmd") : nullptr;
        const json* sp = find_metric(*gp, "mmd_to_scheme");
        const std::size_t last = (*gp)["taus"].size() - 1;
        md << fmt::format("| {} | {} | {} | {} | {} | {} | {} | {} | {} | {} |\n", scheme, d, short_number(r),
                          fmt_g((*mp)["mean"][last]), fmt_g((*mp)["floor"][last]), fit_text((*mp)["fit"]),
                          mc ? fit_text((*mc)["fit"]) : std::string("–"), fit_text((*mp)["exact_scheme"]["fit"]),
                          sp ? fmt_g((*sp)["mean"][last]) : std::string("–"),
                          sp ? fmt_g((*sp)["floor"][last]) : std::string("–"));
      }
    }
  }
  md << "\n";
}

// Section "Every metric": the fitted orders of every metric, both sources.
void write_every_metric_table(const Study& s, std::ostream& md) {
  md << "### Every metric\n\n"
     << "Per scheme, dimension, exponent, source (the m trained particles, or fresh samples through "
        "the chain of generators) and metric: error at the smallest τ (mean over seeds) next to its "
        "noise floor, the least-squares order in τ ± standard error, the successive orders (largest "
        "τ first), and the order of the exact scheme iterate alone (analytic; – where it is exact in "
        "time or the metric does not apply).\n\n"
     << "| scheme | d | r | source | metric | error at τ=" << short_number(s.tau_min)
     << " | floor | order | successive | exact-scheme order |\n|---|---|---|---|---|---|---|---|---|---|\n";
  for (const auto& g : s.doc["convergence"]) {
    const std::size_t last = g["taus"].size() - 1;
    for (const auto& m : g["metrics"]) {
      md << fmt::format("| {} | {} | {} | {} | {} | {} | {} | {} | {} | {} |\n", g["scheme"].get<std::string>(),
                        g["d"].get<int>(), short_number(g["r"].get<double>()), g["source"].get<std::string>(),
                        m["metric"].get<std::string>(), fmt_g(m["mean"][last]), fmt_g(m["floor"][last]),
                        fit_text(m["fit"]), orders_text(m["successive_orders"]),
                        fit_text(m["exact_scheme"]["fit"]));
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
      for (const auto& scheme : s.schemes) {
        const json* cell = find_cell(s.doc, scheme, d, r, s.tau_min, s.config.seeds.front());
        if (!cell) continue;
        std::string data = "# t mmd floor exact_scheme_mmd\n";
        bool exact = false;
        int rows = 0;
        for (const auto& step : (*cell)["steps"]) {
          if (!step["particles"].is_object()) continue;
          const double mmd = num(step["particles"]["mmd"]);
          if (!(mmd > 0)) continue;
          const double t = step["t"].get<double>();
          const double a = num(step["exact_scale"]), a_n = num(step["scheme_scale"]);
          double e = NAN;
          if (a > 0 && a_n >= 0 && std::abs(a_n - a) > 1e-12 * a) e = dilation_mmd(p, a_n, a);
          data += data_row({t, mmd, num(step["particles"]["mmd_floor"]), e});
          if (e > 0) exact = true;
          ++rows;
        }
        if (rows == 0) continue;
        const std::string colour = kSchemeColour.at(scheme);
        const std::string file = plots.write_data(fmt::format("time_mmd_{}_{}", pair_tag(d, r), scheme), data);
        terms.push_back(fmt::format("{} u 1:2 w lp lc rgb '{}' pt 7 ps 0.6 lw 2 title {}", gnuplot_quoted(file),
                                    colour, gnuplot_quoted(scheme)));
        terms.push_back(fmt::format("{} u 1:3 w l dt 3 lc rgb '{}' notitle", gnuplot_quoted(file), colour));
        if (exact)
          terms.push_back(fmt::format("{} u 1:4 w l dt 2 lc rgb '{}' title {}", gnuplot_quoted(file), colour,
                                      gnuplot_quoted(scheme + " exact scheme")));
      }
      if (terms.empty()) continue;
      const std::string name = fmt::format("time_mmd_{}", pair_tag(d, r));
      plots.add(name, fmt::format("set logscale y\nset xlabel 'time t'\nset ylabel 'MMD to {{/Symbol g}}(t)'\n"
                                  "set title {}\nset key outside bottom center horizontal font ',10'\n"
                                  "set format y '%.0e'\nplot {}",
                                  gnuplot_quoted(fmt::format("d = {}, r = {}, {{/Symbol t}} = {}", d,
                                                             short_number(r), short_number(s.tau_min))),
                                  fmt::join(terms, ", \\\n     ")));
      md << fmt::format("![MMD vs time, d = {}, r = {}]({}.svg)\n", d, short_number(r), name);
    }
  }
  md << "\n";
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

// The scatter plot of one cell's final particles (first two coordinates) with the exact support's
// boundary a(T) R and, dashed, the exact scheme iterate's a_N R where it differs. Returns the
// particles' radii.
std::vector<double> add_scatter_plot(const Study& s, Plots& plots, const json& cell, const std::string& scheme,
                                     int d, double r, const std::string& name, const std::string& tag) {
  const json& pts = cell["summary"]["final_points"];
  const analytic::Profile p = analytic::make_profile(d, r);
  const double a_T = analytic::flow_scale(r, s.T);
  std::string data = "# x1 x2 radius\n";
  std::vector<double> radii;
  for (const auto& row : pts) {
    double r2 = 0;
    for (const auto& x : row) r2 += x.get<double>() * x.get<double>();
    radii.push_back(std::sqrt(r2));
    data += fmt::format("{:.9g} {:.9g} {:.9g}\n", row[0].get<double>(), row.size() > 1 ? row[1].get<double>() : 0.0,
                        radii.back());
  }
  const std::string pf = plots.write_data("points_" + tag, data);
  const std::string cf = plots.write_data("support_" + tag, circle_data("support boundary", a_T * p.radius));
  // The exact scheme iterate's support a_N * radius, where it differs from gamma(T)'s.
  std::string scheme_circle_term;
  const auto a_N = exact_scheme_scale(scheme, r, s.tau_min, cell["config"]["t0"].get<double>(), s.T);
  if (a_N && std::abs(*a_N - a_T) > 1e-3 * a_T) {
    const std::string sf = plots.write_data(
        "scheme_support_" + tag, circle_data("support boundary of the exact scheme iterate", *a_N * p.radius));
    scheme_circle_term = fmt::format(
        ", \\\n     {} u 1:2 w l lw 1.5 dt 2 lc rgb 'black' title 'exact scheme iterate support'", gnuplot_quoted(sf));
  }
  plots.add(name, fmt::format("set size ratio -1\nset xlabel 'x_1'\nset ylabel 'x_2'\nset title {}\n"
                              "set key bottom right font ',10'\n"
                              "plot {} u 1:2 w p pt 7 ps 0.35 lc rgb '{}' title 'particles', \\\n"
                              "     {} u 1:2 w l lw 2 lc rgb 'black' title 'exact support boundary'{}",
                              gnuplot_quoted(fmt::format("{}, d = {}, r = {}, T = {} ({} points)", scheme, d,
                                                         short_number(r), short_number(s.T), pts.size())),
                              gnuplot_quoted(pf), kSchemeColour.at(scheme), gnuplot_quoted(cf), scheme_circle_term));
  return radii;
}

// The histogram of the final radii, normalised to a density, against the exact radial density
// (ball regime) or the exact radius a(T) R (sphere regime, a point mass).
void add_radial_histogram(const Study& s, Plots& plots, const std::vector<double>& radii, const std::string& scheme,
                          int d, double r, const std::string& name, const std::string& tag) {
  const analytic::Profile p = analytic::make_profile(d, r);
  const double a_T = analytic::flow_scale(r, s.T);
  const double support = a_T * p.radius;
  const double rmax = std::max(*std::max_element(radii.begin(), radii.end()), support) * 1.05;
  const double width = rmax / kHistogramBins;
  std::vector<int> counts(kHistogramBins, 0);
  for (double rho : radii) counts[std::min(kHistogramBins - 1, static_cast<int>(rho / width))]++;
  std::string hist = "# radius_bin_centre density\n";
  for (int b = 0; b < kHistogramBins; ++b)
    hist += fmt::format("{:.9g} {:.9g}\n", (b + 0.5) * width, counts[b] / (radii.size() * width));
  const std::string hf = plots.write_data("radial_hist_" + tag, hist);
  std::string exact_term;
  std::string extra;
  if (p.regime == analytic::Regime::Ball) {
    std::string dens = "# radius exact_radial_density\n";
    for (int k = 1; k < kDensityPoints; ++k) {
      const double rho = support * k / static_cast<double>(kDensityPoints);
      dens += fmt::format("{:.9g} {:.9g}\n", rho, analytic::radial_density(p, rho / a_T) / a_T);
    }
    const std::string df = plots.write_data("radial_exact_" + tag, dens);
    exact_term = fmt::format(", \\\n     {} u 1:2 w l lw 2 lc rgb 'black' title 'exact radial density'",
                             gnuplot_quoted(df));
    extra = "set yrange [0:*]\n";
  } else {
    extra = fmt::format("set arrow from {0:.9g}, graph 0 to {0:.9g}, graph 1 nohead lw 2 lc rgb 'black'\n"
                        "set label 'exact radius a(T)R (point mass)' at {0:.9g}, graph 0.95 right offset -0.5,0 font ',10'\n",
                        support);
  }
  plots.add(name, fmt::format("set xrange [0:*]\nset xlabel 'radius ||x||'\nset ylabel 'density'\nset title {}\n"
                              "set style fill transparent solid 0.45 noborder\nset boxwidth {:.9g}\n"
                              "set key top left font ',10'\n{}"
                              "plot {} u 1:2 w boxes lc rgb '{}' title 'particles'{}",
                              gnuplot_quoted(fmt::format("{}, d = {}, r = {}, T = {}", scheme, d, short_number(r),
                                                         short_number(s.T))),
                              width, extra, gnuplot_quoted(hf), kSchemeColour.at(scheme), exact_term));
}

// Section "Final particles at T": per (scheme, d, r) with summary.final_points (smallest tau,
// first seed), a scatter plot and a radial histogram; a note when the file has none.
void write_final_particles(const Study& s, Plots& plots, std::ostream& md) {
  md << "## Final particles at T\n\nFirst two coordinates of the final particles (smallest τ, first "
        "seed) with the exact support's boundary a(T)·(support radius of η*) (in d = 3 the "
        "projection of the sphere or ball fills that disc); and the histogram of their radii against "
        "the exact radial density (ball regime) or the exact radius (sphere regime).\n\n";
  int count = 0;
  for (const auto& scheme : s.schemes) {
    for (int d : s.config.dims) {
      for (double r : s.config.rs) {
        const json* cell = find_cell(s.doc, scheme, d, r, s.tau_min, s.config.seeds.front());
        if (!cell || !(*cell)["summary"].contains("final_points")) continue;
        const json& pts = (*cell)["summary"]["final_points"];
        if (!pts.is_array() || pts.empty()) continue;
        const std::string tag = fmt::format("{}_{}", scheme, pair_tag(d, r));
        const std::string sname = "scatter_" + tag, rname = "radial_" + tag;
        const auto radii = add_scatter_plot(s, plots, *cell, scheme, d, r, sname, tag);
        add_radial_histogram(s, plots, radii, scheme, d, r, rname, tag);
        md << fmt::format("![{0}]({0}.svg) ![{1}]({1}.svg)\n", sname, rname);
        ++count;
      }
    }
  }
  if (count == 0)
    md << "_No final particle positions in this results file (summary.final_points); scatter plots "
          "and radial histograms are skipped._\n";
  md << "\n";
}

// Section "Timings": wall time per cell, median step and iteration, mean over seeds.
void write_timings(const Study& s, std::ostream& md) {
  const json& prov = s.doc["provenance"];
  md << "## Timings\n\nWall time per cell (training + stepping + evaluation), median step and median "
        "training iteration, mean over seeds. Device: "
     << prov.value("device", "?") << ", " << prov.value("threads", 0) << " threads. Sum over cells: "
     << fmt_g(s.doc["timings"]["cells_wall_s"], 4) << " s.";
  int ensemble = 1;  // summary.ensemble: cells trained side by side (sweep --ensemble)
  for (const auto& cell : s.doc["cells"])
    if (cell.contains("summary") && cell["summary"].contains("ensemble") && cell["summary"]["ensemble"].is_number_integer())
      ensemble = std::max(ensemble, cell["summary"]["ensemble"].get<int>());
  if (ensemble > 1)
    md << " The cells ran up to " << ensemble
       << " at a time (--ensemble): a cell's wall time is its elapsed time beside the others, so the sum "
          "exceeds the study's wall time; a step's time is the cell's own training and stepping.";
  md << "\n\n"
     << "| scheme | d | r | τ | steps | cell wall s | step median s | iteration median µs |\n"
        "|---|---|---|---|---|---|---|---|\n";
  std::map<std::tuple<int, int, double, double>, std::vector<const json*>> rows;  // scheme order, d, r, -tau
  for (const auto& t : s.doc["timings"]["cells"]) {
    const auto it = std::find(s.schemes.begin(), s.schemes.end(), t["scheme"].get<std::string>());
    rows[{static_cast<int>(it - s.schemes.begin()), t["d"].get<int>(), t["r"].get<double>(),
          -t["tau"].get<double>()}]
        .push_back(&t);
  }
  for (const auto& [key, list] : rows) {
    auto mean = [&](const char* k) {
      double sum = 0;
      int n = 0;
      for (const json* t : list)
        if ((*t)[k].is_number()) sum += (*t)[k].get<double>(), ++n;
      return n ? sum / n : NAN;
    };
    const json& t0 = *list.front();
    md << fmt::format("| {} | {} | {} | {} | {} | {} | {} | {} |\n", t0["scheme"].get<std::string>(),
                      t0["d"].get<int>(), short_number(t0["r"].get<double>()), short_number(t0["tau"].get<double>()),
                      t0["steps"].get<int>(), fmt_g(mean("wall_s")), fmt_g(mean("step_median_s")),
                      fmt_g(mean("iteration_median_us")));
  }
  md << "\n";
}

// Section "Failed cells" (only when a cell failed), then the closing line.
void write_failures(const Study& s, std::ostream& md) {
  std::vector<std::string> failures;
  for (const auto& c : s.doc["cells"])
    if (c["summary"].value("status", std::string("ok")) != "ok")
      failures.push_back(fmt::format("- `{}`: {}", c["id"].get<std::string>(),
                                     c["summary"]["failure"].is_string() ? c["summary"]["failure"].get<std::string>()
                                                                         : std::string("failed")));
  if (!failures.empty()) md << "## Failed cells\n\n" << fmt::format("{}", fmt::join(failures, "\n")) << "\n\n";
  md << "_Plots: SVG (linked) and PNG beside them; data in `data/`, script `plots.gp`._\n";
}

// Runs plots.gp in the report folder (gnuplot without a shell, the script on its stdin), then
// moves every <name>.<ext>.tmp into place.
void render_plots(const std::string& dir, const Plots& plots, const std::string& script,
                  const std::string& gnuplot) {
  GnuplotOptions o;
  o.program = gnuplot;
  o.working_dir = dir;
  try {
    run_gnuplot(script, o);
  } catch (const std::runtime_error& e) {
    throw std::runtime_error(fmt::format("gnuplot failed on {}/plots.gp: {}", dir, e.what()));
  }
  for (const auto& name : plots.names())
    for (const char* ext : {".svg", ".png"}) {
      const std::string from = dir + "/" + name + ext + ".tmp", to = dir + "/" + name + ext;
      if (std::rename(from.c_str(), to.c_str()) != 0)
        throw std::runtime_error(fmt::format("gnuplot did not produce {}", from));
    }
}

}  // namespace

ReportSummary write_report(const json& doc, const ReportOptions& options) {
  check_reportable(doc, options);
  const std::string dir = options.out_dir;
  make_directories(dir + "/data");
  const StudyConfig config = study_config_from_json(doc["config"], options.results_path);
  std::vector<std::string> schemes;
  for (const neural::Scheme scheme : config.schemes) schemes.emplace_back(neural::scheme_name(scheme));
  const Study s{doc, config, options, config.T, *std::min_element(config.taus.begin(), config.taus.end()),
                *std::max_element(config.taus.begin(), config.taus.end()), schemes};
  Plots plots(dir);
  std::ostringstream md;
  write_header(s, md);
  write_convergence_plots(s, plots, md);
  write_orders_table(s, md);
  write_every_metric_table(s, md);
  write_time_plots(s, plots, md);
  write_final_particles(s, plots, md);
  write_timings(s, md);
  write_failures(s, md);

  ReportSummary summary;
  summary.markdown = dir + "/report.md";
  summary.plots = plots.names();
  const std::string script = plots.script();
  write_file_atomic(dir + "/plots.gp", script);
  if (options.render && !plots.names().empty()) render_plots(dir, plots, script, options.gnuplot);
  write_file_atomic(summary.markdown, md.str());
  return summary;
}

}  // namespace nwgf::suite
