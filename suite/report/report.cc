#include "suite/report/report.h"

#include <sys/wait.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <map>
#include <set>
#include <sstream>
#include <tuple>

#include <fmt/format.h>

#include "analytic/flow.h"
#include "analytic/profile.h"
#include "suite/common/errors.h"
#include "suite/study/convergence.h"
#include "suite/common/io_util.h"
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

double num(const json& j, double fallback = NAN) { return j.is_number() ? j.get<double>() : fallback; }

std::string fmt_g(const json& j, int digits = 3) {
  if (!j.is_number()) return "–";
  return fmt::format("{:.{}g}", j.get<double>(), digits);
}
std::string fmt_g(double x, int digits = 3) {
  if (!std::isfinite(x)) return "–";
  return fmt::format("{:.{}g}", x, digits);
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

// gnuplot string literal (double quotes; enhanced text mode).
std::string quoted(const std::string& s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  return out + "\"";
}

std::string pair_tag(int d, double r) { return fmt::format("d{}_r{}", d, short_number(r)); }

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
        s << "set output " << quoted(names_[i] + "." + term + ".tmp") << "\n" << bodies_[i] << "\nunset output\n";
      }
    }
    return s.str();
  }

 private:
  std::string dir_;
  std::vector<std::string> names_, bodies_;
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

}  // namespace

ReportSummary write_report(const json& doc, const ReportOptions& options) {
  if (doc.value("kind", "") != "study")
    throw UsageError(fmt::format("{}: is shard {}/{} of a study; merge the shards first (nwgf sweep merge)",
                                 options.results_path, doc["shard"]["index"].get<int>(),
                                 doc["shard"]["count"].get<int>()));
  if (!doc.value("complete", false))
    throw UsageError(fmt::format("{}: the study is incomplete ({} cells); finish it first (nwgf sweep --resume)",
                                 options.results_path, doc["cells"].size()));
  if (options.out_dir.empty()) throw UsageError("report: --out DIR is required");
  const std::string dir = options.out_dir;
  make_directories(dir + "/data");
  const StudyConfig config = study_config_from_json(doc["config"], options.results_path);
  const double T = config.T;
  const double tau_min = *std::min_element(config.taus.begin(), config.taus.end());
  const double tau_max = *std::max_element(config.taus.begin(), config.taus.end());
  Plots plots(dir);
  std::ostringstream md;

  // ---- header
  const json& prov = doc["provenance"];
  md << "# Study `" << config.name << "`\n\n";
  if (!config.description.empty()) md << config.description << "\n\n";
  md << fmt::format(
      "Neural schemes for the Wasserstein gradient flow of the interaction energy (Riesz kernel "
      "-‖x−y‖^r) from δ₀, against the exact flow γ(t) = (a(t) Id)#η* (docs/math.md). Results: `{}`.\n\n",
      options.results_path);
  md << "| | |\n|---|---|\n";
  md << fmt::format("| schemes | {} |\n", fmt::join(config.schemes, ", "));
  md << fmt::format("| d | {} |\n| r | {} |\n", fmt::join(config.dims, ", "), fmt::join(config.rs, ", "));
  md << fmt::format("| τ | {} |\n| seeds | {} |\n", fmt::join(config.taus, ", "), fmt::join(config.seeds, ", "));
  md << fmt::format("| T, t0 | {}, {} (forward cells with r ≠ 1 start at γ({})) |\n", short_number(T),
                    short_number(config.t0), short_number(doc["config"]["forward_t0"].get<double>()));
  md << fmt::format("| particles m / eval samples / particle flow N | {} / {} / {} |\n", config.base.particles,
                    config.base.eval_samples, doc["config"]["particle_flow"]["particles"].get<int>());
  md << fmt::format("| network | MLP {}×{} {}, latent {} |\n", config.base.depth, config.base.width,
                    config.base.activation, config.base.latent == 0 ? std::string("d") : std::to_string(config.base.latent));
  md << fmt::format("| training | {} Adam iterations per step, batch {}, lr {} |\n", config.base.iters,
                    config.base.batch, short_number(config.base.lr));
  md << fmt::format("| provenance | commit `{}`, {}, LibTorch {}, {}, {} threads, {} |\n\n",
                    prov.value("git_commit", "?"), prov.value("compiler", "?"), prov.value("libtorch_version", "?"),
                    prov.value("device", "?"), prov.value("threads", 0), prov.value("start_time", "?"));

  // ---- convergence plots
  md << "## Convergence in τ at T = " << short_number(T) << "\n\n"
     << "Mean over seeds of the error at T (bars: min–max over seeds) against τ, log–log, on the "
        "trained particles. Legends give the least-squares order ± its standard error. Dashed: the "
        "exact scheme iterate (a_N Id)#η* — the time-discretisation error alone, analytic and "
        "noise-free (absent where the scheme is exact in time, e.g. r = 1). Dotted: the noise floor "
        "of the same number of exact samples.\n\n";
  for (int d : config.dims) {
    for (double r : config.rs) {
      const analytic::Profile p = analytic::make_profile(d, r);
      const double a_T = analytic::flow_scale(r, T);
      for (const std::string metric : {"mmd", "radial_w2"}) {
        std::vector<std::string> terms;
        for (const auto& scheme : config.schemes) {
          const json* g = find_group(doc, scheme, d, r, "particles");
          if (!g) continue;
          const json* m = find_metric(*g, metric);
          if (!m) continue;
          const std::string colour = kSchemeColour.at(scheme);
          const std::string tag = fmt::format("conv_{}_{}_{}", metric, pair_tag(d, r), scheme);
          std::string data = "# tau mean min max floor exact_scheme\n";
          int rows = 0;
          for (std::size_t i = 0; i < (*g)["taus"].size(); ++i) {
            const double mean = num((*m)["mean"][i]);
            if (!(mean > 0)) continue;
            data += fmt::format("{:.17g} {:.17g} {:.17g} {:.17g} {:.17g} {:.17g}\n", (*g)["taus"][i].get<double>(),
                                mean, num((*m)["min"][i], mean), num((*m)["max"][i], mean),
                                num((*m)["floor"][i]), num((*m)["exact_scheme"]["values"][i]));
            ++rows;
          }
          if (rows == 0) continue;
          const std::string file = plots.write_data(tag, data);
          terms.push_back(fmt::format("{} u 1:2:3:4 w yerrorlines lc rgb '{}' pt 7 lw 2 title {}", quoted(file),
                                      colour, quoted(fmt::format("{}: order {}", scheme, fit_text((*m)["fit"])))));
          terms.push_back(fmt::format("{} u 1:5 w l dt 3 lw 1.5 lc rgb '{}' {}", quoted(file), colour,
                                      terms.size() == 1 ? "title 'noise floor (dotted)'" : "notitle"));
          // Dense analytic curve of the exact scheme: taus (T - t0)/n spanning the study's range.
          const double t0 = (*g)["t0"].get<double>();
          std::string curve;
          const int n_lo = std::max(1, static_cast<int>(std::floor((T - t0) / (1.5 * tau_max))));
          const int n_hi = static_cast<int>(std::ceil((T - t0) / (0.67 * tau_min)));
          const int stride = std::max(1, (n_hi - n_lo) / kDenseCurvePoints);
          for (int n = n_lo; n <= n_hi; n += stride) {
            const double tau = (T - t0) / n;
            const auto a_n = exact_scheme_scale(scheme, r, tau, t0, T);
            if (!a_n || std::abs(*a_n - a_T) <= 1e-12 * a_T) continue;
            const double v = exact_scheme_metric(metric, p, *a_n, a_T);
            if (v > 0) curve += fmt::format("{:.17g} {:.17g}\n", tau, v);
          }
          if (!curve.empty()) {
            const std::string cf = plots.write_data(tag + "_exact", "# tau exact_scheme_error\n" + curve);
            terms.push_back(fmt::format("{} u 1:2 w l dt 2 lw 1.5 lc rgb '{}' title {}", quoted(cf), colour,
                                        quoted(fmt::format("{} exact scheme: order {}", scheme,
                                                           fit_text((*m)["exact_scheme"]["fit"])))));
          }
        }
        if (terms.empty()) continue;
        const std::string name = fmt::format("conv_{}_{}", metric, pair_tag(d, r));
        plots.add(name, fmt::format("set logscale xy\nset xlabel 'step size {{/Symbol t}}'\nset ylabel {}\n"
                                    "set title {}\nset key bottom right font ',10'\nset format y '%.0e'\n"
                                    "set offsets graph 0.05, graph 0.05, 0, 0\nplot {}",
                                    quoted(kMetricLabel.at(metric) + " at T"),
                                    quoted(fmt::format("d = {}, r = {}, T = {}", d, short_number(r), short_number(T))),
                                    fmt::join(terms, ", \\\n     ")));
        md << fmt::format("![{} vs tau, d = {}, r = {}]({}.svg)\n", metric, d, short_number(r), name);
      }
      md << "\n";
    }
  }

  // ---- headline table: MMD orders, time-discretisation vs network error
  md << "## Fitted orders\n\n"
     << "MMD to γ(T): least-squares order in τ (± standard error) on the trained particles and on "
        "fresh chain samples, against the order of the exact scheme iterate alone (analytic, "
        "noise-free; – where the scheme is exact in time). The last columns isolate the network: "
        "MMD to the exact scheme iterate at the smallest τ, next to its noise floor.\n\n"
     << "| scheme | d | r | MMD at τ=" << short_number(tau_min)
     << " | floor | order (particles) | order (chain) | exact-scheme order | MMD to scheme iterate | floor |\n"
        "|---|---|---|---|---|---|---|---|---|---|\n";
  for (const auto& scheme : config.schemes) {
    for (int d : config.dims) {
      for (double r : config.rs) {
        const json* gp = find_group(doc, scheme, d, r, "particles");
        if (!gp) continue;
        const json* gc = find_group(doc, scheme, d, r, "chain");
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

  // ---- fitted orders table, every metric
  md << "### Every metric\n\n"
     << "Per scheme, dimension, exponent, source (the m trained particles, or fresh samples through "
        "the chain of generators) and metric: error at the smallest τ (mean over seeds) next to its "
        "noise floor, the least-squares order in τ ± standard error, the successive orders (largest "
        "τ first), and the order of the exact scheme iterate alone (analytic; – where it is exact in "
        "time or the metric does not apply).\n\n"
     << "| scheme | d | r | source | metric | error at τ=" << short_number(tau_min)
     << " | floor | order | successive | exact-scheme order |\n|---|---|---|---|---|---|---|---|---|---|\n";
  for (const auto& g : doc["convergence"]) {
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

  // ---- error vs time
  md << "## Error along the flow\n\nMMD to γ(t_n) after every step, smallest τ = " << short_number(tau_min)
     << ", seed " << config.seeds.front()
     << " (solid), its noise floor (dotted), and the exact scheme iterate's own MMD to γ(t_n) "
        "(dashed; time-discretisation error alone).\n\n";
  for (int d : config.dims) {
    for (double r : config.rs) {
      const analytic::Profile p = analytic::make_profile(d, r);
      std::vector<std::string> terms;
      for (const auto& scheme : config.schemes) {
        const json* cell = find_cell(doc, scheme, d, r, tau_min, config.seeds.front());
        if (!cell) continue;
        std::string data = "# t mmd floor exact_scheme_mmd\n";
        std::string exact;
        int rows = 0;
        for (const auto& step : (*cell)["steps"]) {
          if (!step["particles"].is_object()) continue;
          const double mmd = num(step["particles"]["mmd"]);
          if (!(mmd > 0)) continue;
          const double t = step["t"].get<double>();
          const double a = num(step["exact_scale"]), a_n = num(step["scheme_scale"]);
          double e = NAN;
          if (a > 0 && a_n >= 0 && std::abs(a_n - a) > 1e-12 * a) e = dilation_mmd(p, a_n, a);
          data += fmt::format("{:.17g} {:.17g} {:.17g} {:.17g}\n", t, mmd, num(step["particles"]["mmd_floor"]), e);
          if (e > 0) exact += "x";
          ++rows;
        }
        if (rows == 0) continue;
        const std::string colour = kSchemeColour.at(scheme);
        const std::string file = plots.write_data(fmt::format("time_mmd_{}_{}", pair_tag(d, r), scheme), data);
        terms.push_back(fmt::format("{} u 1:2 w lp lc rgb '{}' pt 7 ps 0.6 lw 2 title {}", quoted(file), colour,
                                    quoted(scheme)));
        terms.push_back(fmt::format("{} u 1:3 w l dt 3 lc rgb '{}' notitle", quoted(file), colour));
        if (!exact.empty())
          terms.push_back(fmt::format("{} u 1:4 w l dt 2 lc rgb '{}' title {}", quoted(file), colour,
                                      quoted(scheme + " exact scheme")));
      }
      if (terms.empty()) continue;
      const std::string name = fmt::format("time_mmd_{}", pair_tag(d, r));
      plots.add(name, fmt::format("set logscale y\nset xlabel 'time t'\nset ylabel 'MMD to {{/Symbol g}}(t)'\n"
                                  "set title {}\nset key outside bottom center horizontal font ',10'\n"
                                  "set format y '%.0e'\nplot {}",
                                  quoted(fmt::format("d = {}, r = {}, {{/Symbol t}} = {}", d, short_number(r),
                                                     short_number(tau_min))),
                                  fmt::join(terms, ", \\\n     ")));
      md << fmt::format("![MMD vs time, d = {}, r = {}]({}.svg)\n", d, short_number(r), name);
    }
  }
  md << "\n";

  // ---- final particles: scatter and radial histogram
  md << "## Final particles at T\n\nFirst two coordinates of the final particles (smallest τ, first "
        "seed) with the exact support's boundary a(T)·(support radius of η*) (in d = 3 the "
        "projection of the sphere or ball fills that disc); and the histogram of their radii against "
        "the exact radial density (ball regime) or the exact radius (sphere regime).\n\n";
  int scatter_count = 0;
  for (const auto& scheme : config.schemes) {
    for (int d : config.dims) {
      for (double r : config.rs) {
        const json* cell = find_cell(doc, scheme, d, r, tau_min, config.seeds.front());
        if (!cell || !(*cell)["summary"].contains("final_points")) continue;
        const json& pts = (*cell)["summary"]["final_points"];
        if (!pts.is_array() || pts.empty()) continue;
        const analytic::Profile p = analytic::make_profile(d, r);
        const double a_T = analytic::flow_scale(r, T);
        const double support = a_T * p.radius;
        const std::string tag = fmt::format("{}_{}", scheme, pair_tag(d, r));
        std::string data = "# x1 x2 radius\n";
        std::vector<double> radii;
        for (const auto& row : pts) {
          double r2 = 0;
          for (const auto& x : row) r2 += x.get<double>() * x.get<double>();
          radii.push_back(std::sqrt(r2));
          data += fmt::format("{:.9g} {:.9g} {:.9g}\n", row[0].get<double>(), row.size() > 1 ? row[1].get<double>() : 0.0,
                              radii.back());
        }
        std::string circle = "# support boundary\n";
        for (int k = 0; k <= 200; ++k) {
          const double th = 2 * M_PI * k / 200;
          circle += fmt::format("{:.9g} {:.9g}\n", support * std::cos(th), support * std::sin(th));
        }
        const std::string pf = plots.write_data("points_" + tag, data);
        const std::string cf = plots.write_data("support_" + tag, circle);
        // The exact scheme iterate's support a_N * radius, where it differs from gamma(T)'s.
        std::string scheme_circle_term;
        const auto a_N = exact_scheme_scale(scheme, r, tau_min, (*cell)["config"]["t0"].get<double>(), T);
        if (a_N && std::abs(*a_N - a_T) > 1e-3 * a_T) {
          std::string sc = "# support boundary of the exact scheme iterate\n";
          for (int k = 0; k <= 200; ++k) {
            const double th = 2 * M_PI * k / 200;
            sc += fmt::format("{:.9g} {:.9g}\n", *a_N * p.radius * std::cos(th), *a_N * p.radius * std::sin(th));
          }
          scheme_circle_term = fmt::format(", \\\n     {} u 1:2 w l lw 1.5 dt 2 lc rgb 'black' title 'exact scheme iterate support'",
                                           quoted(plots.write_data("scheme_support_" + tag, sc)));
        }
        const std::string sname = "scatter_" + tag;
        plots.add(sname, fmt::format("set size ratio -1\nset xlabel 'x_1'\nset ylabel 'x_2'\nset title {}\n"
                                     "set key bottom right font ',10'\n"
                                     "plot {} u 1:2 w p pt 7 ps 0.35 lc rgb '{}' title 'particles', \\\n"
                                     "     {} u 1:2 w l lw 2 lc rgb 'black' title 'exact support boundary'{}",
                                     quoted(fmt::format("{}, d = {}, r = {}, T = {} ({} points)", scheme, d,
                                                        short_number(r), short_number(T), pts.size())),
                                     quoted(pf), kSchemeColour.at(scheme), quoted(cf), scheme_circle_term));
        // Radial histogram, normalised to a density.
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
          for (int k = 1; k < 400; ++k) {
            const double rho = support * k / 400.0;
            dens += fmt::format("{:.9g} {:.9g}\n", rho, analytic::radial_density(p, rho / a_T) / a_T);
          }
          const std::string df = plots.write_data("radial_exact_" + tag, dens);
          exact_term = fmt::format(", \\\n     {} u 1:2 w l lw 2 lc rgb 'black' title 'exact radial density'", quoted(df));
          extra = "set yrange [0:*]\n";
        } else {
          extra = fmt::format("set arrow from {0:.9g}, graph 0 to {0:.9g}, graph 1 nohead lw 2 lc rgb 'black'\n"
                              "set label 'exact radius a(T)R (point mass)' at {0:.9g}, graph 0.95 right offset -0.5,0 font ',10'\n",
                              support);
        }
        const std::string rname = "radial_" + tag;
        plots.add(rname, fmt::format("set xrange [0:*]\nset xlabel 'radius ||x||'\nset ylabel 'density'\nset title {}\n"
                                     "set style fill transparent solid 0.45 noborder\nset boxwidth {:.9g}\n"
                                     "set key top left font ',10'\n{}"
                                     "plot {} u 1:2 w boxes lc rgb '{}' title 'particles'{}",
                                     quoted(fmt::format("{}, d = {}, r = {}, T = {}", scheme, d, short_number(r),
                                                        short_number(T))),
                                     width, extra, quoted(hf), kSchemeColour.at(scheme), exact_term));
        md << fmt::format("![{0}]({0}.svg) ![{1}]({1}.svg)\n", sname, rname);
        ++scatter_count;
      }
    }
  }
  if (scatter_count == 0)
    md << "_No final particle positions in this results file (summary.final_points); scatter plots "
          "and radial histograms are skipped._\n";
  md << "\n";

  // ---- timings
  md << "## Timings\n\nWall time per cell (training + stepping + evaluation), median step and median "
        "training iteration, mean over seeds. Device: "
     << prov.value("device", "?") << ", " << prov.value("threads", 0) << " threads. Sum over cells: "
     << fmt_g(doc["timings"]["cells_wall_s"], 4) << " s.";
  {
    int ensemble = 1;  // summary.ensemble: cells trained side by side (sweep --ensemble)
    for (const auto& cell : doc["cells"])
      if (cell.contains("summary") && cell["summary"].contains("ensemble") && cell["summary"]["ensemble"].is_number_integer())
        ensemble = std::max(ensemble, cell["summary"]["ensemble"].get<int>());
    if (ensemble > 1)
      md << " The cells ran up to " << ensemble
         << " at a time (--ensemble): a cell's wall time is its elapsed time beside the others, so the sum "
            "exceeds the study's wall time; a step's time is the cell's own training and stepping.";
  }
  md << "\n\n"
     << "| scheme | d | r | τ | steps | cell wall s | step median s | iteration median µs |\n"
        "|---|---|---|---|---|---|---|---|\n";
  {
    std::map<std::tuple<int, int, double, double>, std::vector<const json*>> rows;  // scheme order, d, r, -tau
    for (const auto& t : doc["timings"]["cells"]) {
      const auto it = std::find(config.schemes.begin(), config.schemes.end(), t["scheme"].get<std::string>());
      rows[{static_cast<int>(it - config.schemes.begin()), t["d"].get<int>(), t["r"].get<double>(),
            -t["tau"].get<double>()}]
          .push_back(&t);
    }
    for (const auto& [key, list] : rows) {
      auto mean = [&](const char* k) {
        double s = 0;
        int n = 0;
        for (const json* t : list)
          if ((*t)[k].is_number()) s += (*t)[k].get<double>(), ++n;
        return n ? s / n : NAN;
      };
      const json& t0 = *list.front();
      md << fmt::format("| {} | {} | {} | {} | {} | {} | {} | {} |\n", t0["scheme"].get<std::string>(),
                        t0["d"].get<int>(), short_number(t0["r"].get<double>()),
                        short_number(t0["tau"].get<double>()), t0["steps"].get<int>(), fmt_g(mean("wall_s")),
                        fmt_g(mean("step_median_s")), fmt_g(mean("iteration_median_us")));
    }
  }
  md << "\n";

  // ---- failures
  std::vector<std::string> failures;
  for (const auto& c : doc["cells"])
    if (c["summary"].value("status", std::string("ok")) != "ok")
      failures.push_back(fmt::format("- `{}`: {}", c["id"].get<std::string>(),
                                     c["summary"]["failure"].is_string() ? c["summary"]["failure"].get<std::string>()
                                                                         : std::string("failed")));
  if (!failures.empty()) md << "## Failed cells\n\n" << fmt::format("{}", fmt::join(failures, "\n")) << "\n\n";
  md << "_Plots: SVG (linked) and PNG beside them; data in `data/`, script `plots.gp`._\n";

  ReportSummary summary;
  summary.markdown = dir + "/report.md";
  summary.plots = plots.names();
  write_file_atomic(dir + "/plots.gp", plots.script());
  if (options.render && !plots.names().empty()) {
    const std::string cmd = fmt::format("cd '{}' && {} plots.gp 2> plots.log", dir, options.gnuplot);
    const int status = std::system(cmd.c_str());
    if (status != 0 || !WIFEXITED(status) || WEXITSTATUS(status) != 0) {
      std::string log;
      try {
        log = read_file(dir + "/plots.log");
      } catch (const std::exception&) {
      }
      const auto nl = log.find('\n');
      throw std::runtime_error(fmt::format("gnuplot failed on {}/plots.gp (is gnuplot-nox installed?){}", dir,
                                           log.empty() ? "" : ": " + log.substr(0, nl)));
    }
    for (const auto& name : plots.names())
      for (const char* ext : {".svg", ".png"}) {
        const std::string from = dir + "/" + name + ext + ".tmp", to = dir + "/" + name + ext;
        if (std::rename(from.c_str(), to.c_str()) != 0)
          throw std::runtime_error(fmt::format("gnuplot did not produce {}", from));
      }
    std::filesystem::remove(dir + "/plots.log");
  }
  write_file_atomic(summary.markdown, md.str());
  return summary;
}

}  // namespace nwgf::suite
