// The report's section of a family toward a target (suite/report/target_report.h).
#include "suite/report/target_report.h"

#include <algorithm>
#include <cmath>
#include <set>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "suite/common/format.h"
#include "suite/report/gnuplot.h"
#include "suite/report/plot_frame.h"
#include "suite/report/report_text.h"
#include "suite/study/study_config.h"  // short_number

namespace nwgf::suite {

namespace {

using json = nlohmann::json;

const char* const kColours[] = {"#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b"};

// What a section's tables and plots show a line for: a built-in scheme, or an external solver
// the section names (its cells "external/NAME/FAMILY/...", its groups labelled NAME).
struct Entry {
  std::string name;       // the scheme or the solver's name (labels, data file names)
  std::string id_prefix;  // of its cell ids: "backward", "external/NAME"
  bool external = false;
};

// "d = 3, r = 1.5: " for a family whose sections name d and r; "" otherwise.
std::string dimension_text(const TargetFamily& family, const json& section) {
  if (!family.sections_name_d_r) return "";
  return fmt::format("d = {}, r = {}: ", section["d"].get<int>(), short_number(section["r"].get<double>()));
}

std::vector<Entry> entries(const json& section) {
  std::vector<Entry> out;
  for (const auto& scheme : section["schemes"]) out.push_back({scheme.get<std::string>(), scheme.get<std::string>(), false});
  if (section.contains("solvers"))
    for (const auto& solver : section["solvers"])
      out.push_back({solver.get<std::string>(), "external/" + solver.get<std::string>(), true});
  return out;
}

const json* find_group(const TargetFamily& family, const json& doc, const Entry& entry, const json& section,
                       const std::string& source) {
  const std::string key = family.name + "_convergence";
  if (!doc.contains(key)) return nullptr;
  for (const auto& g : doc[key]) {
    const bool same = entry.external ? g["scheme"] == "external" && g.value("solver", std::string()) == entry.name
                                     : g["scheme"] == entry.name;
    if (same && g["start"] == section["start"] && g["target"] == section["target"] && g["T"] == section["T"] &&
        g["t0"] == section["t0"] && g["source"] == source &&
        (!family.sections_name_d_r || (g["d"] == section["d"] && g["r"] == section["r"])))
      return &g;
  }
  return nullptr;
}

const json* find_metric(const json& group, const std::string& metric) {
  for (const auto& m : group["metrics"])
    if (m["metric"] == metric) return &m;
  return nullptr;
}

// The cell "<id_prefix>/<family>/<name>/tau<tau>/seed<seed>".
const json* find_cell(const TargetFamily& family, const json& doc, const Entry& entry, const std::string& name,
                      double tau, std::uint64_t seed) {
  const std::string id = fmt::format("{}/{}/{}/tau{}/seed{}", entry.id_prefix, family.name, name, short_number(tau), seed);
  for (const auto& c : doc["cells"])
    if (c["id"] == id) return &c;
  return nullptr;
}

// Convergence plot of one metric (the family's W2 or mmd) of a section: per scheme the measured
// error with bars, the exact scheme iterate dashed, for mmd the floor dotted; axes fitted to what
// is drawn, the key below.
void convergence_plot(const TargetFamily& family, const json& doc, const json& section, const std::string& metric,
                      const PlotSink& plots, std::ostream& md) {
  const std::string name = section["name"];
  std::vector<std::string> terms;
  PlotValues values;
  std::vector<std::string> all, partly;  // entries whose order is at the floor
  int k = 0;
  for (const Entry& entry : entries(section)) {
    const std::string& scheme = entry.name;
    const std::string colour = kColours[k++ % 6];
    const json* g = find_group(family, doc, entry, section, "particles");
    if (!g) continue;
    const json* m = find_metric(*g, metric);
    if (!m) continue;
    std::string data = "# tau mean min max floor exact_scheme\n";
    int rows = 0;
    for (std::size_t i = 0; i < (*g)["taus"].size(); ++i) {
      const double mean = json_number((*m)["mean"][i]);
      if (!(mean > 0)) continue;
      const double tau = (*g)["taus"][i].get<double>(), lo = json_number((*m)["min"][i]), hi = json_number((*m)["max"][i]);
      const double floor = json_number((*m)["floor"][i]), exact = json_number((*m)["exact_scheme"]["values"][i]);
      data += data_row({tau, mean, lo, hi, floor, exact});
      values.add(tau, {mean, lo, hi, metric == "mmd" ? floor : NAN, exact});
      ++rows;
    }
    if (rows == 0) continue;
    const FloorCaveat caveat = caveat_of(*m);
    if (caveat == FloorCaveat::All) all.push_back(scheme);
    if (caveat == FloorCaveat::Partly) partly.push_back(scheme);
    const std::string file = plots.write_data(fmt::format("{}_conv_{}_{}_{}", family.name, metric, name, scheme), data);
    terms.push_back(fmt::format("{} u 1:2:3:4 w yerrorlines lc rgb '{}' pt 7 lw 2 title {}", gnuplot_quoted(file), colour,
                                gnuplot_quoted(fmt::format("{}: order {}", gnuplot_literal(scheme), order_text(*m)))));
    const json& ex = (*m)["exact_scheme"];
    bool any_exact = false;
    for (const auto& v : ex["values"]) any_exact |= json_number(v) > 0;
    if (any_exact)
      terms.push_back(fmt::format("{} u 1:($6 > 0 ? $6 : 1/0) w lp dt 2 pt 6 lw 1.5 lc rgb '{}' title {}",
                                  gnuplot_quoted(file), colour,
                                  gnuplot_quoted(fmt::format("{} exact scheme: order {}", gnuplot_literal(scheme), fit_text(ex["fit"])))));
    if (metric == "mmd")
      terms.push_back(fmt::format("{} u 1:5 w l dt 3 lw 1.5 lc rgb '{}' title {}", gnuplot_quoted(file), colour,
                                  gnuplot_quoted(gnuplot_literal(scheme) + " noise floor (dotted)")));
  }
  if (terms.empty()) return;
  std::vector<double> taus = values.x;
  std::sort(taus.begin(), taus.end());
  taus.erase(std::unique(taus.begin(), taus.end()), taus.end());
  const std::string plot = fmt::format("{}_conv_{}_{}", family.name, metric, name);
  const std::string label = (metric == "mmd" ? std::string("MMD") : family.report.w2_label) + " to the " +
                            family.report.flow_name + " at T";
  plots.add_plot(plot,
                 fmt::format("set xlabel 'step size {{/Symbol t}}'\nset ylabel {}\nset title {}\n{}{}plot {}",
                             gnuplot_quoted(label),
                             gnuplot_quoted(fmt::format("{}{} -> {}, T = {}", dimension_text(family, section),
                                                        section["start"].get<std::string>(),
                                                        section["target"].get<std::string>(),
                                                        short_number(section["T"].get<double>()))),
                             axis_commands('x', log_axis_range(values.x), true, taus),
                             axis_commands('y', log_axis_range(values.y), true), fmt::join(terms, ", \\\n     ")),
                 key_rows(terms));
  std::string floors;
  if (!all.empty()) floors += fmt::format(" At the floor here, no order can be read: {}.", fmt::join(all, ", "));
  if (!partly.empty()) floors += fmt::format(" Partly at the floor, order uncertain: {}.", fmt::join(partly, ", "));
  md << fmt::format("![{} vs tau, {}]({}.svg)\n\n", metric, name, plot)
     << fmt::format("*Figure:* {} against τ, section `{}`. Each measured curve should run parallel to the dashed "
                    "curve of its scheme's exact iterate (the same slope is the same order){}.{}\n\n",
                    label, name,
                    metric == "mmd" ? "; points at or below the dotted noise floor are noise, and no order can be read from them"
                                    : "",
                    floors);
}

// Quantile functions of one scheme (smallest tau, first seed) at the snapshot times.
void quantile_plot(const TargetFamily& family, const json& doc, const json& section, const Entry& entry, double tau,
                   std::uint64_t seed, const PlotSink& plots, std::ostream& md) {
  const std::string name = section["name"];
  const std::string& scheme = entry.name;
  const json* cell = find_cell(family, doc, entry, name, tau, seed);
  if (!cell || !(*cell)["summary"].contains("quantiles")) return;
  const json& snaps = (*cell)["summary"]["quantiles"];
  std::vector<std::string> terms;
  int k = 0;
  for (const auto& snap : snaps) {
    const std::string colour = kColours[k++ % 6];
    std::string data = "# level particle exact_flow exact_scheme\n";
    for (std::size_t i = 0; i < snap["levels"].size(); ++i)
      data += data_row({json_number(snap["levels"][i]), json_number(snap["particles"][i]), json_number(snap["flow"][i]), json_number(snap["scheme"][i])});
    const std::string file =
        plots.write_data(fmt::format("{}_quantiles_{}_{}_n{}", family.name, name, scheme, snap["n"].get<int>()), data);
    const std::string t = format_g(snap["t"].get<double>(), 4);
    const bool first = k == 1;  // the iterate's and the particles' legend entries once
    terms.push_back(fmt::format("{} u 1:3 w l lw 2 lc rgb '{}' title {}", gnuplot_quoted(file), colour,
                                gnuplot_quoted(family.report.flow_name + ", t = " + t)));
    terms.push_back(fmt::format("{} u 1:4 w l dt 2 lw 1.5 lc rgb '{}' {}", gnuplot_quoted(file), colour,
                                first ? "title " + gnuplot_quoted("dashed: exact scheme iterate") : "notitle"));
    terms.push_back(fmt::format("{} u 1:2 w p pt 7 ps 0.5 lc rgb '{}' {}", gnuplot_quoted(file), colour,
                                first ? "title " + gnuplot_quoted("points: " + gnuplot_literal(scheme) + " particles") : "notitle"));
  }
  if (terms.empty()) return;
  const std::string plot = fmt::format("{}_quantiles_{}_{}", family.name, name, scheme);
  plots.add_plot(plot, fmt::format("set xlabel 'level s'\nset ylabel '{}'\nset title {}\n"
                                   "set key top left font ',9'\nset xrange [0:1]\nplot {}",
                                   family.sections_name_d_r ? "radial quantile Q(t, s)" : "quantile Q(t, s)",
                                   gnuplot_quoted(fmt::format("{}, {}{} -> {}, tau = {}", gnuplot_literal(scheme),
                                                              dimension_text(family, section),
                                                              section["start"].get<std::string>(),
                                                              section["target"].get<std::string>(), short_number(tau))),
                                   fmt::join(terms, ", \\\n     ")),
                 0);
  md << fmt::format("![quantiles {} {}]({}.svg)\n\n", scheme, name, plot)
     << fmt::format("*Figure:* quantile functions of {} at the snapshot times, section `{}`, τ = {}. The points (the "
                    "sorted particles) should lie on the dashed exact scheme iterate of their colour, and near the "
                    "solid {} of the same time.\n\n",
                    scheme, name, short_number(tau), family.report.flow_name);
}

// W2 to the flow against t for the smallest tau, per scheme, with the exact iterate's own.
void time_plot(const TargetFamily& family, const json& doc, const json& section, double tau, std::uint64_t seed,
               const PlotSink& plots, std::ostream& md) {
  const std::string name = section["name"];
  std::vector<std::string> terms;
  PlotValues values;
  int k = 0;
  for (const Entry& entry : entries(section)) {
    const std::string& scheme = entry.name;
    const std::string colour = kColours[k++ % 6];
    const json* cell = find_cell(family, doc, entry, name, tau, seed);
    if (!cell) continue;
    const std::string& w2 = family.metrics.front().metric;
    const std::string& w2_exact = family.metrics.front().exact_key;
    std::string data = "# t w2_particles exact_scheme_w2 mmd_to_target\n";
    int rows = 0;
    for (const auto& st : (*cell)["steps"]) {
      if (!st["particles"].is_object()) continue;
      const double t = json_number(st["t"]), w = json_number(st["particles"][w2]), e = json_number(st[w2_exact]);
      const double to_target = json_number(st["particles"]["mmd_to_target"]);
      data += data_row({t, w, e, to_target});
      values.add(t, {w, e > 1e-12 ? e : NAN, to_target});
      ++rows;
    }
    if (rows == 0) continue;
    const std::string file = plots.write_data(fmt::format("{}_time_{}_{}", family.name, name, scheme), data);
    terms.push_back(fmt::format("{} u 1:2 w lp pt 7 ps 0.6 lw 2 lc rgb '{}' title {}", gnuplot_quoted(file), colour,
                                gnuplot_quoted(gnuplot_literal(scheme) + ": " + family.report.w2_label + " to the " +
                                               family.report.flow_name)));
    terms.push_back(fmt::format("{} u 1:($3 > 1e-12 ? $3 : 1/0) w l dt 2 lw 1.5 lc rgb '{}' title {}",
                                gnuplot_quoted(file), colour, gnuplot_quoted(gnuplot_literal(scheme) + " exact scheme iterate")));
    terms.push_back(fmt::format("{} u 1:4 w l dt 4 lw 1 lc rgb '{}' title {}", gnuplot_quoted(file), colour,
                                gnuplot_quoted(gnuplot_literal(scheme) + ": MMD to the target")));
  }
  if (terms.empty()) return;
  const std::string plot = fmt::format("{}_time_{}", family.name, name);
  plots.add_plot(plot,
                 fmt::format("set xlabel 't'\nset ylabel 'error'\nset title {}\n{}{}plot {}",
                             gnuplot_quoted(fmt::format("{}{} -> {}, tau = {}", dimension_text(family, section),
                                                        section["start"].get<std::string>(),
                                                        section["target"].get<std::string>(), short_number(tau))),
                             axis_commands('x', linear_axis_range(values.x), false),
                             axis_commands('y', log_axis_range(values.y), true), fmt::join(terms, ", \\\n     ")),
                 key_rows(terms));
  md << fmt::format("![W2 over time, {}]({}.svg)\n\n", name, plot)
     << fmt::format("*Figure:* {} to the {} after every step, section `{}`, τ = {}. Each solid curve should stay close "
                    "to the dashed curve of its scheme's exact iterate (the time-discretisation error alone); the thin "
                    "dash-dot curves, the MMD to the target, should fall as the flow arrives.\n\n",
                    family.report.w2_label, family.report.flow_name, name, short_number(tau));
}

void section_table(const TargetFamily& family, const json& doc, const json& section, std::ostream& md) {
  const std::string& w2 = family.metrics.front().metric;
  const std::string& W2 = family.report.w2_label;
  md << fmt::format("| scheme | τ | {0} particles | {0} chain | exact scheme {0} | MMD particles | MMD floor | MMD chain | "
                    "MMD to target | cell wall s |\n|---|---|---|---|---|---|---|---|---|---|\n", W2);
  for (const Entry& entry : entries(section)) {
    const std::string& scheme = entry.name;
    const json* gp = find_group(family, doc, entry, section, "particles");
    const json* gc = find_group(family, doc, entry, section, "chain");
    if (!gp) continue;
    const json* w2p = find_metric(*gp, w2);
    const json* mmdp = find_metric(*gp, "mmd");
    const json* tgt = find_metric(*gp, "mmd_to_target");
    const json* w2c = gc ? find_metric(*gc, w2) : nullptr;
    const json* mmdc = gc ? find_metric(*gc, "mmd") : nullptr;
    for (std::size_t i = 0; i < (*gp)["taus"].size(); ++i) {
      const auto at = [&](const json* m, const char* key) { return m ? fmt_g((*m)[key][i]) : std::string("–"); };
      const double tau = (*gp)["taus"][i].get<double>();
      double wall = 0;
      int cells = 0;
      for (const auto& seed : section["seeds"])
        if (const json* c = find_cell(family, doc, entry, section["name"], tau, seed.get<std::uint64_t>()))
          if ((*c)["summary"]["wall_s"].is_number()) wall += (*c)["summary"]["wall_s"].get<double>(), ++cells;
      md << fmt::format("| {} | {} | {} | {} | {} | {} | {} | {} | {} | {} |\n", scheme,
                        short_number((*gp)["taus"][i].get<double>()), at(w2p, "mean"), at(w2c, "mean"),
                        w2p ? fmt_g((*w2p)["exact_scheme"]["values"][i]) : "–", at(mmdp, "mean"), at(mmdp, "floor"),
                        at(mmdc, "mean"), at(tgt, "mean"), cells ? format_g(wall / cells, 3) : std::string("–"));
    }
    md << fmt::format("| {} | order | {} | {} | {} | {} | | {} | | |\n", scheme, w2p ? order_text(*w2p) : "–",
                      w2c ? order_text(*w2c) : "–", w2p ? fit_text((*w2p)["exact_scheme"]["fit"]) : "–",
                      mmdp ? order_text(*mmdp) : "–", mmdc ? order_text(*mmdc) : "–");
  }
  md << "\n";
}

}  // namespace

void write_target_section(const TargetFamily& family, const json& doc, const PlotSink& plots, std::ostream& md) {
  const std::string& key = family.name;
  if (!doc.contains("config") || !doc["config"].contains(key) || !doc["config"][key].is_array()) return;
  md << family.report.heading << "\n\n" << family.report.intro << "\n\n";
  for (const auto& section : doc["config"][key]) {
    const std::vector<double> taus = section["taus"].get<std::vector<double>>();
    if (taus.empty() || section["seeds"].empty()) continue;
    const double tau_min = *std::min_element(taus.begin(), taus.end());
    const std::uint64_t seed = section["seeds"][0].get<std::uint64_t>();
    md << fmt::format("### `{}`: {}{} → {}, T = {}\n\n", section["name"].get<std::string>(), dimension_text(family, section),
                      section["start"].get<std::string>(), section["target"].get<std::string>(),
                      short_number(section["T"].get<double>()));
    bool neural = false;
    for (const auto& scheme : section["schemes"]) neural |= scheme != "particle";
    if (neural)
      md << fmt::format("{} particles, {} chain samples, {} Adam iterations per step; seeds {}.",
                        section["particles"].get<int>(), section["eval_samples"].get<int>(),
                        section["iters"].get<int>(), section["seeds"].dump());
    else
      md << fmt::format("{} particles; seeds {}.", section["particles"].get<int>(), section["seeds"].dump());
    if (section.contains("solvers") && !section["solvers"].empty()) {
      std::vector<std::string> solvers;
      for (const auto& v : section["solvers"]) solvers.push_back("`" + v.get<std::string>() + "`");
      md << fmt::format(" External solvers (run by the study, scored the same way against the exact iterate of "
                        "the scheme each declares): {}.", fmt::join(solvers, ", "));
    }
    md << "\n\n";
    section_table(family, doc, section, md);
    convergence_plot(family, doc, section, family.metrics.front().metric, plots, md);
    convergence_plot(family, doc, section, "mmd", plots, md);
    time_plot(family, doc, section, tau_min, seed, plots, md);
    for (const Entry& entry : entries(section)) quantile_plot(family, doc, section, entry, tau_min, seed, plots, md);
  }
}

std::vector<VerdictRow> target_verdict_rows(const TargetFamily& family, const json& doc) {
  std::vector<VerdictRow> rows;
  const std::string& key = family.name;
  if (!doc.contains("config") || !doc["config"].contains(key) || !doc["config"][key].is_array()) return rows;
  const std::string& w2 = family.metrics.front().metric;
  for (const auto& section : doc["config"][key]) {
    for (const Entry& entry : entries(section)) {
      const json* g = find_group(family, doc, entry, section, "particles");
      if (!g || (*g)["taus"].empty()) continue;
      VerdictRow row;
      row.family = family.name;
      row.where = dimension_text(family, section) + "`" + section["name"].get<std::string>() + "`";
      row.label = entry.name;
      const json* mw = find_metric(*g, w2);
      const json* mm = find_metric(*g, "mmd");
      const std::size_t last = (*g)["taus"].size() - 1;
      VerdictInput v;
      v.error_name = "MMD";
      if (mw) {
        const json& fit = (*mw)["fit"];
        if (fit.is_object()) v.order = json_number(fit["order"]), v.order_stderr = json_number(fit["stderr"]);
        const json& exact = (*mw)["exact_scheme"]["fit"];
        if (exact.is_object()) v.expected = json_number(exact["order"]);
        // Its exact iterate is the flow itself (every value 0: exact in time), or there is none.
        bool zero = !(*mw)["exact_scheme"]["values"].empty();
        for (const auto& x : (*mw)["exact_scheme"]["values"]) zero &= x.is_number() && x.get<double>() == 0;
        v.no_expected = zero ? "exact in time" : "no exact iterate";
        v.caveat = caveat_of(*mw);  // a W2 without a floor: Unknown
        row.order = family.report.w2_label + ": " + order_text(*mw);
        row.expected = std::isfinite(v.expected) ? fit_text(exact) : "– (" + v.no_expected + ")";
      } else {
        row.order = row.expected = "–";
      }
      if (mm) {
        v.error = json_number((*mm)["mean"][last]);
        v.floor = json_number((*mm)["floor"][last]);
      }
      row.at_smallest_tau = fmt::format("{} {}; MMD {}, floor {} (τ = {})", family.report.w2_label,
                                        mw ? fmt_g((*mw)["mean"][last]) : std::string("–"), fmt_g(v.error),
                                        fmt_g(v.floor), short_number((*g)["taus"][last].get<double>()));
      row.verdict = verdict_text(v);
      row.caveat = v.caveat;
      rows.push_back(row);
    }
  }
  return rows;
}

}  // namespace nwgf::suite
